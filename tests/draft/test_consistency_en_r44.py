"""Round 43's English rules read again (round 44, helper r-en): a negation that answers a charge told before, a 'not'
in the reported words beside a denier's words in marks, and the broad 'was not' of one who has denied.

Made-up sentences only (Lev Arno, Dara Venn, Tovan Marelo, the Kessel Brigade, Kessia, Veloria, Port Sable,
Arnotown); each test asserts what a reader would draft.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import curly, said_en


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, who) for k, who, _ in said_en(*paragraphs)]


def _last_kind(*paragraphs: str) -> str:
    got = _kinds(*paragraphs)
    assert got, paragraphs
    return got[-1][0]


REPORT = "Kessel TV reported that Velorian forces struck a convoy near Port Sable, killing twelve civilians."
REPORT_DAY = (
    "Kessel TV reported that Velorian forces struck a convoy near Port Sable on Monday, killing twelve civilians."
)

# --- 1. a negation with no word of denying that answers a charge told before (units.answered_charges,
# lang.en.negates_deed_told): it still answers the deed told, in every voice and mark ---------------------------------

ANSWERS = [
    "The Velorian defence ministry said no civilians were killed in the strike.",
    "The ministry told reporters that no civilians were killed in the strike.",
    '"No civilians were killed in the strike," the Velorian defence ministry said.',
    '"No civilians were killed in the strike," said Dara Venn, the ministry\'s spokeswoman.',
    "Officials said none of the convoy's trucks were struck.",
    "Dara Venn told reporters no convoy was struck by Velorian forces.",
    "Velorian officials insisted that no civilians had been killed in the strike.",
    "The ministry said no innocent civilians were killed in the strike near Port Sable.",
    "The ministry said none of those killed in the strike were civilians.",
    "The ministry said no civilians were killed in the strike, which it said targeted fighters.",
    "The ministry said nobody was killed in the strike.",
    "The ministry said no people were killed in the strike.",
    "Velorian officials said none of their pilots struck the convoy.",
    "Dara Venn said none of the army's jets struck the convoy.",
    "The ministry stressed that no civilians had been killed in the strike.",
    "Lev Arno told journalists no civilians were killed in the strike.",
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("answer", ANSWERS)
def test_a_negation_answering_the_deed_told_is_a_denial(answer: str, marks: str) -> None:
    paragraphs = (REPORT, answer) if marks == "straight" else (curly(REPORT), curly(answer))
    assert _last_kind(*paragraphs) == "denial", paragraphs


@pytest.mark.parametrize(
    ("charge", "answer"),
    [
        (
            "Kessel TV reported that Velorian jets bombed a market in Arnotown, killing nine people.",
            "The army said no one was killed in Arnotown.",
        ),
        (
            "Kessel TV reported that Velorian jets bombed a market in Arnotown, killing nine people.",
            "\u201cNone of our jets bombed the market,\u201d the army\u2019s spokeswoman said.",
        ),
        (
            "The Kessel Brigade accused Velorian troops of killing four farmers in Arnotown.",
            "Veloria's army said no farmers were killed by its troops.",
        ),
    ],
)
def test_other_deeds_and_doers_answered(charge: str, answer: str) -> None:
    assert _last_kind(charge, answer) == "denial"


@pytest.mark.parametrize(
    ("charge", "answer"),
    [
        (
            "Kessel TV reported that Velorian jets bombed a market in Arnotown, killing nine people.",
            "The army said no one was killed in Port Sable.",
        ),
        (
            "The Kessel Brigade accused Velorian troops of killing four farmers in Arnotown.",
            "The brigade said no farmers were killed in the first raid on Arnotown in March.",
        ),
        (
            "Kessel TV reported that Velorian forces struck a convoy near Port Sable, killing twelve civilians.",
            "The ministry said none of the wounded were taken to Port Sable hospitals.",
        ),
    ],
)
def test_other_deeds_and_doers_not_answered(charge: str, answer: str) -> None:
    assert _last_kind(charge, answer) != "denial"


def test_a_negation_answering_a_charge_of_its_own_side_by_the_other_side_is_a_denial() -> None:
    charge = (
        "The Velorian defence ministry said Kessel fighters struck a convoy near Port Sable, killing twelve soldiers."
    )
    answer = "Kessel Brigade commander Tovan Marelo said no soldiers were killed in the strike."
    assert _kinds(charge, answer)[-1] == ("denial", "Tovan Marelo")


# the same rule, where the negation is of something else than the deed told: a deed to come, other people, another
# place or day, what is said of those the deed was done to, a plan
NOT_ANSWERS = [
    "The Velorian defence ministry said no talks were planned.",
    "The ministry said no further strikes were planned against the convoy route.",
    "The ministry said no civilians would be killed in the next strikes.",
    "The ministry said no civilians will be killed in the coming strikes.",
    "Dara Venn said no civilians could be killed in such a strike.",
    "The ministry said none of those killed in the strike were fighters.",
    "The ministry said no one who was killed in the strike was a fighter.",
    "The ministry said no civilians killed in the strike had been armed.",
    "The ministry said no civilians were killed in Tuesday's strike on Arnotown.",
    "The ministry said no soldiers were killed in the strike by Kessel rockets on its base.",
    "The Red Crescent said no aid workers were killed in the strike.",
    "Officials said no soldiers were killed in the strike.",
    "The ministry said nobody has been arrested over the strike.",
    "Dara Venn said no civilians should be killed in any strike.",
    "The officials said no strike is planned near Port Sable.",
    "Lev Arno said none of those wounded in the strike were fighters.",
    'The ministry quoted a Red Crescent official as saying: "No aid workers were killed in the strike."',
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("answer", NOT_ANSWERS)
def test_a_negation_of_something_else_than_the_deed_told_is_no_denial(answer: str, marks: str) -> None:
    paragraphs = (REPORT, answer) if marks == "straight" else (curly(REPORT), curly(answer))
    assert _last_kind(*paragraphs) != "denial", paragraphs


@pytest.mark.parametrize(
    "answer",
    [
        "The ministry said no civilians were killed in the strike on Arnotown last week.",
        "Dara Venn said no civilians were killed in Friday's strike.",
        "The ministry said no civilians were killed in the strike in March.",
    ],
)
def test_a_negation_of_the_deed_at_another_place_or_time_is_no_denial(answer: str) -> None:
    assert _last_kind(REPORT_DAY, answer) != "denial"


@pytest.mark.parametrize(
    ("report", "answer"),
    [
        (REPORT_DAY, "The ministry said no civilians were killed in Monday's strike near Port Sable."),
        (REPORT, "The ministry said no civilians were killed in the strike on Monday."),  # (no day told: no other day)
        (REPORT, "The ministry said no civilians were killed in Velorian strikes near the port."),  # (a people's word)
        (REPORT_DAY, "Dara Venn said no civilians were killed in the strike near Port Sable last night."),
    ],
)
def test_the_same_place_and_day_or_none_named_still_answer(report: str, answer: str) -> None:
    assert _last_kind(report, answer) == "denial"


def test_a_negation_of_ones_own_side_answering_ones_own_charge_is_no_denial() -> None:
    charge = (
        "The Velorian defence ministry said Kessel fighters struck a convoy near Port Sable, killing twelve soldiers."
    )
    answer = "Velorian army spokesman Lev Arno said no civilians were killed in the strike."
    assert _last_kind(charge, answer) != "denial"


# --- 2. a thing called a sham, said not to be one: no denial by the broad 'was not' (denials._NOT_DONE,
# lang.en._NEGATES), but one where it answers a charge of a sham (lang.en.negates_deed_told) ---------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Velorian army said the plan was not a sham.",),
        ("Lev Arno said the truce was not a sham.",),
        ("Dara Venn said the vote was not a farce.",),
        ("The Velorian army denied striking the convoy.", "The army said the plan was not a sham."),
        ("The Velorian army denied striking the convoy.", "The army said the talks were not a complete farce."),
        ("The Velorian army denied striking the convoy.", "The army said the strike was not the first this month."),
        ("Lev Arno denied the report.", "Arno said the raid was not the last of its kind."),
        ("Dara Venn denied the report.", '"The talks were not a charade," Venn said.'),
    ],
)
def test_a_thing_said_not_to_be_a_sham_or_not_the_first_is_no_denial(paragraphs: tuple[str, ...]) -> None:
    assert _last_kind(*paragraphs) != "denial", paragraphs


@pytest.mark.parametrize(
    ("charge", "answer"),
    [
        (
            "Kessia's foreign minister said the truce plan was a sham.",
            "The Velorian army said the plan was not a sham.",
        ),
        ("Lev Arno said the vote was a farce.", "Dara Venn said the vote was not a farce."),
        ("Lev Arno said the vote was a farce.", '"The vote was not a farce," Dara Venn said.'),
        ("Dara Venn said the talks were a complete sham.", "Lev Arno said the talks weren't a sham."),
    ],
)
def test_a_thing_said_not_to_be_a_sham_answering_a_charge_of_a_sham_is_a_denial(charge: str, answer: str) -> None:
    assert _last_kind(charge, answer) == "denial"


def test_a_sham_charge_of_another_thing_is_not_answered() -> None:
    assert _last_kind("Lev Arno said the vote was a farce.", "Dara Venn said the plan was not a farce.") != "denial"


# --- 3. a 'not' in the reported words beside a denier's words in marks (units.restated_denials, beside_quotes;
# lang.en.negates_beside_marks): the denier's own 'not' restates; a relative clause's, another side's, a plan's,
# 'not only' do not ------------------------------------------------------------------------------------------------------

DENIED = "The Velorian army denied striking the convoy."

BESIDE_RESTATES = [
    "Velorian officials insisted that their jets did not fly over Port Sable, calling the footage ‘old’.",
    'The army said the brigade has never "respected a truce" and that it did not strike the convoy.',
    'The army said "our jets were grounded" and that it did not fly over Port Sable.',
    'Army spokeswoman Dara Venn said the strike was not carried out by Velorian jets, calling the report "a lie".',
    "Dara Venn, the army's spokeswoman, said its jets did not fly that day and called the footage \u201cold\u201d.",
    'The army said no shells were fired and that its pilots keep their "honour".',
    'Army spokesman Lev Arno said its jets never flew over the convoy and spoke of a "campaign".',
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("again", BESIDE_RESTATES)
def test_a_deniers_own_not_beside_its_words_in_marks_restates(again: str, marks: str) -> None:
    paragraphs = (DENIED, again) if marks == "straight" else (curly(DENIED), curly(again))
    assert [k for k, _ in _kinds(*paragraphs)] == ["denial", "denial"], paragraphs


BESIDE_NOT = [
    'The army said forces that did not take part in the operation were "on leave".',
    'The army said the brigade\'s fighters, who have not been paid for months, were "fleeing".',
    'The army said the Kessel Brigade had not paid its fighters, calling the group "a gang of thieves".',
    'The army said Kessia had not condemned the brigade\'s "attacks on our towns".',
    'The army said it was not only "ready" but also "willing" to talk.',
    'The army said it would not attend the talks on Friday, describing them as "pointless".',
    'The army said the convoy, which had not been inspected, was carrying "weapons for the brigade".',
    'The army said no talks are planned and the brigade must "lay down its arms".',
    'Army spokesman Lev Arno said: "We will not retreat."',
    'The army quoted a farmer as saying he did not see "any aircraft" that day.',
    'Dara Venn said officers who were not on duty had "seen the convoy".',
    'The army said the brigade, not its jets, had "struck the convoy" on Monday.',
    'The officials added that Kessel TV had not verified its "sources".',
    'The ministry said jets that were not Velorian had "struck the convoy".',
    'The army said it had not only "defended its towns" but also "protected civilians".',
    'Army spokeswoman Dara Venn said the brigade\'s leaders, who never "kept a truce", were "in hiding".',
    "Lev Arno added that Kessia\u2019s forces had not \u2018left the border\u2019 yet.",
    'The army said its pilots were "at their bases", adding that no talks are planned.',
    'The army said its pilots were "at their bases". It did not give further details.',
    'The army said its pilots were "at their bases", but did not say where the jets were.',
    'The army, which has not commented on earlier strikes, said its pilots were "at their bases".',
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("again", BESIDE_NOT)
def test_a_not_of_others_or_of_a_relative_clause_beside_marks_restates_nothing(again: str, marks: str) -> None:
    paragraphs = (DENIED, again) if marks == "straight" else (curly(DENIED), curly(again))
    assert [k for k, _ in _kinds(*paragraphs)][1:] != ["denial"], paragraphs


# --- 4. the broad 'no ... are' of one who has denied: a plan is no deed denied (lang.en._NEGATES) ---------------------


@pytest.mark.parametrize(
    "again",
    [
        "The army said no talks are planned with the brigade.",
        "Lev Arno said no new strikes were scheduled.",
        "Dara Venn said no decision is expected before Friday.",
        "The officials said no further talks were envisaged.",
    ],
)
def test_a_plan_said_to_be_none_by_a_denier_restates_nothing(again: str) -> None:
    assert [k for k, _ in _kinds(DENIED, again)] == ["denial", "reported"]


@pytest.mark.parametrize(
    "again",
    [
        "The army said no strike was carried out on the convoy.",
        "The army said no jets were flying over Port Sable that day.",
    ],
)
def test_a_deed_said_to_be_none_by_a_denier_still_restates(again: str) -> None:
    assert [k for k, _ in _kinds(DENIED, again)] == ["denial", "denial"]


# --- 5. an auxiliary opening a question is no name's first word (names._mention) ----------------------------------------


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Has Lev Arno rejected the claims?", "Lev Arno"),
        ("Did Dara Venn deny the reports?", "Dara Venn"),
        ("Was Tovan Marelo in the town?", "Tovan Marelo"),
        ("Is Dara Venn still in Port Sable?", "Dara Venn"),
        ("Have Lev Arno and Dara Venn met?", "Lev Arno"),
    ],
)
def test_an_auxiliary_opening_a_question_is_no_part_of_the_name(question: str, name: str) -> None:
    surname = name.split()[1]
    got = _kinds(question, f"{surname} said on Monday that talks would resume.")
    assert got == [("reported", name)], got


def test_guard_a_name_after_a_question_of_the_text_is_still_read() -> None:
    got = _kinds("Why did the talks fail?", "Lev Arno said on Monday that talks would resume.")
    assert got == [("reported", "Lev Arno")], got
