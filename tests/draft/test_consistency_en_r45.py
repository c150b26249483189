"""Round 44's English rules read again (round 45, helper r-en): a death and a backing said not so, the negations that
deny nothing, a described speaker joined to a titled name, 'which the ministry denied', banners, 'the group', 'he',
'it' after a document, all one could say, reports of a side's media not believed, and a coalition that did not.

Made-up sentences only (Tovek Banks, Lev Arno, Dara Sol, Dario Venn, Mara Sol, the Kessel Brigade, the Veloria Front,
Kessia, Veloria, Ostravia, Port Sable, Arnotown); each test asserts what a reader would draft, both ways: where the
rule must read the shape and where a like sentence must not draft it.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, quotes, said_en


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, who) for k, who, _ in said_en(*paragraphs)]


def _last(*paragraphs: str) -> tuple[str, str]:
    got = _kinds(*paragraphs)
    assert got, paragraphs
    return got[-1]


def _marked(paragraphs: tuple[str, ...], marks: str) -> tuple[str, ...]:
    return paragraphs if marks == "straight" else tuple(curly(p) for p in paragraphs)


def _speaker_of(paragraphs: list[str], words: str) -> str | None:
    found = [who for q, who in quotes(EN_LEAD, *paragraphs) if words in q]
    assert found, (paragraphs, words)
    return found[-1]


MARKS = ["straight", "curly"]

# --- 1. one reported killed said to be alive (lang.en._death_denied, _told_dead): the death must be told of the one
# named, in the same clause, not anywhere in the report -------------------------------------------------------------

DEATH_TOLD = [
    "Kessel TV reported that Velorian commander Tovek Banks was killed in a strike near Port Sable.",
    "Kessel TV reported that commander Tovek Banks had died in a strike on Arnotown.",
    "Kessel TV said a Kessel drone killed Velorian commander Tovek Banks near Port Sable.",
    "The Kessel Brigade claimed its fighters had assassinated Tovek Banks in Arnotown.",
    "Kessel TV reported that Tovek Banks, a commander of the Velorian army, was killed near Port Sable.",
]
ALIVE = [
    "The Velorian army said Tovek Banks is alive and well.",
    "The army said Banks remains alive.",
    '"Tovek Banks is alive and well," the Velorian army said.',
    "Army spokeswoman Mara Sol said that Tovek Banks was still alive.",
    "Velorian officials said Tovek Banks was unharmed.",
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("alive", ALIVE)
@pytest.mark.parametrize("told", DEATH_TOLD)
def test_one_told_killed_said_alive_is_a_denial(told: str, alive: str, marks: str) -> None:
    assert _last(*_marked((told, alive), marks))[0] == "denial"


NO_DEATH_OF_HIS = [
    # another's death beside his wounding, or his name cited as a source
    "Kessel TV reported that Velorian jets killed twelve civilians in Arnotown and wounded commander Tovek Banks.",
    "Kessel TV reported that Velorian jets killed twelve civilians in Arnotown, citing commander Tovek Banks.",
    "Kessel TV reported that Velorian jets killed twelve civilians, but commander Tovek Banks escaped unhurt.",
    "Kessel TV reported that Velorian jets struck Arnotown, citing commander Tovek Banks, who said nine were killed.",
    # no one reported dead
    "Kessel TV reported that commander Tovek Banks visited Arnotown on Monday.",
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("alive", ALIVE[:3])
@pytest.mark.parametrize("told", NO_DEATH_OF_HIS)
def test_one_alive_whose_death_no_one_told_is_no_denial(told: str, alive: str, marks: str) -> None:
    assert _last(*_marked((told, alive), marks))[0] != "denial"


@pytest.mark.parametrize("told", DEATH_TOLD[:2])
def test_another_said_alive_answers_no_report_of_a_death(told: str) -> None:
    assert _last(told, "The Kessel Brigade said Mara Sol is alive and well.")[0] != "denial"


# --- 2. a side said not backed by the backer a charge named (lang.en._backing_denied) -------------------------------

BACKING_CHARGED = "The Kessel Brigade accused Ostravia of funding the Arno Front."


@pytest.mark.parametrize(
    "answer",
    [
        "The Ostravian ministry said the Arno Front was not funded by Ostravia.",
        "Ostravian officials said the Arno Front is not funded by Ostravia.",
        "Ostravian spokeswoman Mara Sol said the Arno Front was never funded by Ostravia.",
    ],
)
def test_a_side_not_funded_by_the_backer_charged_is_a_denial(answer: str) -> None:
    assert _last(BACKING_CHARGED, answer)[0] == "denial"


@pytest.mark.parametrize(
    "answer",
    [
        "The Ostravian ministry said the Arno Front was not funded by Veloria.",
        "Ostravian officials said the Arno Front is not funded by Kessia.",
    ],
)
def test_a_side_not_funded_by_a_backer_no_charge_named_is_no_denial(answer: str) -> None:
    assert _last(BACKING_CHARGED, answer)[0] != "denial"


# --- 3. negations that deny nothing, even from one who denied (lang.en._NOT_A_DENIAL): a ceasing not done is the
# other side's deed going on ('has not stopped shelling'), but a stopping denied is a denial ----------------------------

STOPPING_CHARGED = "Kessel TV reported that the Velorian army stopped an aid convoy near Arnotown."
STOPPING_DENIED = [
    '"Our troops have not stopped any aid convoy," it said.',
    '"The convoys were not stopped by our troops," the army said.',
    'Army spokeswoman Mara Sol said: "Our soldiers have never stopped a convoy."',
    '"The convoy was not halted at any checkpoint," the army said.',
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("answer", STOPPING_DENIED)
def test_a_stopping_denied_by_one_who_denied_is_told_again(answer: str, marks: str) -> None:
    paragraphs = _marked((STOPPING_CHARGED, f"The Velorian army denied the report. {answer}"), marks)
    assert _last(*paragraphs)[0] == "denial", paragraphs


CEASING_NOT_DONE = [
    '"The Kessel Brigade has not stopped shelling our villages," it said.',
    '"Kessia has not halted its attacks on Arnotown," the army said.',
    'Army spokeswoman Mara Sol said: "The brigade has never ceased firing on our posts."',
    '"The Front has not stopped their raids," the army said.',
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize("answer", CEASING_NOT_DONE)
def test_a_ceasing_not_done_by_the_other_side_tells_no_denial(answer: str, marks: str) -> None:
    paragraphs = _marked((STOPPING_CHARGED, f"The Velorian army denied the report. {answer}"), marks)
    assert _last(*paragraphs)[0] != "denial", paragraphs


SHELLING_CHARGED = "Kessel TV reported that the Velorian army shelled Arnotown and detained Lev Arno."


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "answer",
    [
        '"We have not kept anyone in detention in Arnotown," it said.',
        '"Our troops have never kept Lev Arno in detention," the army said.',
        '"Nobody could have shelled Arnotown from our posts," it said.',
        'Army spokeswoman Mara Sol said: "No one could have shelled Arnotown from our side."',
    ],
)
def test_a_detention_or_a_shelling_denied_by_one_who_denied_is_told_again(answer: str, marks: str) -> None:
    paragraphs = _marked((SHELLING_CHARGED, f"The Velorian army denied the report. {answer}"), marks)
    assert _last(*paragraphs)[0] == "denial", paragraphs


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "answer",
    [
        '"The Kessel Brigade has never kept its promises," it said.',
        '"Kessia has not kept its word on the truce," the army said.',
        '"Nothing will stop our troops from defending Arnotown," it said.',
        'Army spokeswoman Mara Sol said: "No one can stop us."',
    ],
)
def test_a_promise_not_kept_or_a_vow_tells_no_denial(answer: str, marks: str) -> None:
    paragraphs = _marked((SHELLING_CHARGED, f"The Velorian army denied the report. {answer}"), marks)
    assert _last(*paragraphs)[0] != "denial", paragraphs


# --- 4. a described speaker joined to one named after an office (speakers.Reader.described_and_titled): two deniers
# where the first is another person or a body, one where the first may be the named one's own title ----------------


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        (
            "Veloria's defence ministry and Mayor Dara Sol denied the report.",
            ["Veloria's defence ministry", "Dara Sol"],
        ),
        (
            "The Velorian defence ministry and Mayor Dara Sol denied that troops shelled Arnotown.",
            ["the Velorian defence ministry", "Dara Sol"],
        ),
        ("An adviser to Lev Arno and Mayor Dara Sol denied the report.", ["an adviser to Lev Arno", "Dara Sol"]),
        (
            "A spokeswoman for the ministry and Mayor Dara Sol denied the report.",
            ["a spokeswoman for the ministry", "Dara Sol"],
        ),
        (
            "A spokesman for the Kessel Brigade and General Tovek Banks rejected the claims.",
            ["a spokesman for the Kessel Brigade", "Tovek Banks"],
        ),
    ],
)
def test_a_described_speaker_and_a_titled_name_deny_each(text: str, deniers: list[str]) -> None:
    assert [who for k, who in _kinds(text) if k == "denial"] == deniers


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman of the Kessel Brigade and MP Dario Venn denied the report.",
        "The spokesman for the Kessel Brigade and MP Dario Venn denied the report.",
        "The head of the Kessel Brigade and General Tovek Banks denied the report.",
    ],
)
def test_one_man_s_two_titles_are_one_denier(text: str) -> None:
    assert [who for k, who in _kinds(text) if k == "denial"] in (["Dario Venn"], ["Tovek Banks"])


# --- 5. 'which the ministry denied' after a ministry described earlier in the sentence
# (speakers.Reader._described_earlier_in_sentence): the one described, not where two ministries are ------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The Kessel Brigade accused Veloria's defence ministry of shelling Arnotown, which the ministry denied.",
            "Veloria's defence ministry",
        ),
        (
            "The Kessel Brigade accused the Velorian defence ministry of shelling Arnotown, which the ministry denied.",
            "the Velorian defence ministry",
        ),
        (
            "Kessel TV said the Velorian interior ministry had ordered the raid, which the ministry denied.",
            "the Velorian interior ministry",
        ),
        (
            "The Kessel Brigade accused Veloria's defence ministry and Ostravia's interior ministry of shelling "
            "Arnotown, which the ministry denied.",
            "the ministry",
        ),
        (
            "The Kessel Brigade accused the Velorian defence ministry of shelling a school run by the Ostravian "
            "education ministry, which the ministry denied.",
            "the ministry",
        ),
    ],
)
def test_the_ministry_of_a_relative_denial_is_the_one_described_if_only_one(text: str, denier: str) -> None:
    assert _last(text) == ("denial", denier)


# --- 6. banners (speakers._TITLE_BEFORE_MARKS): the words a banner bore are no one's, at a sentence's start or within
# it; but one who stood by a banner and then spoke said the words -------------------------------------------------------


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno stood beside a banner and said "We will not leave Arnotown."',
        'Lev Arno held a sign and said, "We will not leave Arnotown."',
        'Mara Sol unfurled a banner and said: "We will not leave Arnotown."',
        'Lev Arno put down his placard and then said "We will not leave Arnotown."',
    ],
)
def test_one_who_stood_by_a_banner_and_spoke_said_the_words(text: str, marks: str) -> None:
    text = _marked((text,), marks)[0]
    assert _speaker_of([text], "We will not leave Arnotown") in ("Lev Arno", "Mara Sol")


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "text",
    [
        'Protesters carried banners reading "Free Arnotown" through the square.',
        'Banners reading "Free Arnotown" hung from the walls.',
        'Signs saying "Free Arnotown" were posted on every door.',
        'Lev Arno marched under a banner that read "Free Arnotown".',
        'Protesters carried banners that read "Free Arnotown" and marched.',
    ],
)
def test_the_words_a_banner_bore_are_no_one_s(text: str, marks: str) -> None:
    text = _marked((text,), marks)[0]
    assert _speaker_of([text], "Free Arnotown") is None


# --- 7. 'the group' after two groups named together (discourse.Discourse._two_groups_named_together): no one; after
# one group and one ministry, the group ------------------------------------------------------------------------------

GROUP_SAID = '"We will keep our word," the group said.'


@pytest.mark.parametrize(
    "before",
    [
        "The Kessel Brigade and the Velorian defence ministry signed a truce in Port Sable.",
        "The Velorian defence ministry met the Kessel Brigade in Port Sable.",
        "The Velorian defence ministry and the Kessel Brigade signed a truce in Port Sable.",
    ],
)
def test_the_group_after_one_group_and_a_ministry_is_the_group(before: str) -> None:
    assert _speaker_of([before, GROUP_SAID], "We will keep our word") == "Kessel Brigade"


@pytest.mark.parametrize(
    "before",
    [
        "The Kessel Brigade and the Veloria Front signed a truce in Port Sable.",
        "The Kessel Brigade and the Veloria Front group signed a truce in Port Sable.",
    ],
)
def test_the_group_after_two_groups_named_together_is_no_one(before: str) -> None:
    assert _speaker_of([before, GROUP_SAID], "We will keep our word") is None


# --- 8. 'he' after two unnamed people (discourse.Discourse._another_in_a_paragraph_before): no one; after a named man
# and an unnamed woman, the man ------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ['"We will not leave," he said.', '"We will not leave," he added.'])
@pytest.mark.parametrize(
    "before",
    [
        '"The shelling went on all night," Lev Arno said, while a woman said: "We hid in the cellar."',
        "Lev Arno, a Kessel commander, spoke to a woman at the market.",
        '"The shelling went on all night," a man said, while a woman said: "We hid in the cellar."',
    ],
)
def test_he_after_a_man_and_a_woman_is_the_man(before: str, tag: str) -> None:
    assert _speaker_of([before, tag], "We will not leave") in ("Lev Arno", "a man")


@pytest.mark.xfail(
    reason="'another' said in the same sentence as 'one resident' is not remembered as the last person (the "
    "discourse keeps one subject per sentence), so 'he' right after reads as the first; before round 44 the same",
    strict=True,
)
def test_he_right_after_another_in_the_same_paragraph_is_not_the_first() -> None:
    text = (
        '"The shelling went on all night," one resident said, while another said: "We hid." "We will stay," he added.'
    )
    assert _speaker_of([text], "We will stay") != "one resident"


# --- 9. 'it' after a clause a document opens (speakers.Reader._document_of_the_clause_before): the document, not a
# body named in it, and no document where the clause's subject is a body ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'While the UN report does not name the Kessel Brigade, it says "fighters loyal to the brigade" shelled '
            "Arnotown.",
            "the UN report",
        ),
        (
            'Although the Velorian inquiry does not name the Kessel Brigade, it says "fighters loyal to the brigade" '
            "shelled Arnotown.",
            "the Velorian inquiry",
        ),
    ],
)
def test_it_after_a_document_s_clause_is_the_document(text: str, speaker: str) -> None:
    assert _speaker_of([text], "fighters loyal to the brigade") == speaker


def test_it_after_a_body_s_clause_is_no_document() -> None:
    text = (
        'While the Kessel Brigade does not name the UN report, it says "fighters loyal to the army" shelled Arnotown.'
    )
    assert _speaker_of([text], "fighters loyal to the army") != "the UN report"


# --- 10. 'All he could say was:' (speakers.Reader._all_one_said_was): the pronoun's one, and no one after two ---------


@pytest.mark.parametrize(
    ("before", "speaker"),
    [("Dara Sol wept.", "Dara Sol"), ("Lev Arno sat in silence.", "Lev Arno"), ("Lev Arno and Dara Sol wept.", None)],
)
def test_all_one_could_say_was(before: str, speaker: str | None) -> None:
    pronoun = "she" if speaker == "Dara Sol" else "he"
    text = f'{before} All {pronoun} could say was: "We will not leave."'
    assert _speaker_of([text], "We will not leave") == speaker


# --- 11. reports of a side's or hostile media not to be believed (denials._FALSE): a side's call or its 'we'; not one
# man's own disbelief, nor a plea for care, nor such reports cited --------------------------------------------------

MEDIA_CHARGE = "Kessel TV reported that Velorian jets bombed a market in Arnotown."


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "answer",
    [
        '"We do not believe the reports of hostile channels," the Velorian army said.',
        "The Velorian army urged citizens not to be swayed by reports published by media close to the Front.",
        'Army spokeswoman Mara Sol said: "We do not believe the claims of media loyal to the Front."',
        '"I never believe the stories spread by enemy websites," army spokesman Lev Arno said.',
        "The Velorian army called on citizens not to believe reports by pro-Front media.",
    ],
)
def test_reports_of_a_side_s_media_dismissed_are_a_denial(answer: str, marks: str) -> None:
    assert _last(*_marked((MEDIA_CHARGE, answer), marks))[0] == "denial"


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "answer",
    [
        '"I do not believe the reports of pro-government media," said Dara Sol, a Kessel shopkeeper.',
        "Residents said they do not believe the reports of pro-government media.",
        "The Velorian army urged citizens not to be swayed by unconfirmed reports.",
    ],
)
def test_one_s_own_disbelief_or_a_plea_for_care_is_no_denial(answer: str, marks: str) -> None:
    assert _last(*_marked((MEDIA_CHARGE, answer), marks))[0] != "denial"


# --- 12. a coalition or an alliance that did not (denials._OWN_SIDE, _SIDE_DID_NOT): its own spokesman denies; the
# other side's charge that it did not protect or keep is no denial --------------------------------------------------


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "text",
    [
        '"The coalition did not conduct airstrikes on Arnotown," a coalition spokeswoman said.',
        '"The coalition ... did not conduct airstrikes on Arnotown," the coalition said in a statement.',
        '"The alliance did not strike the market," alliance spokesman Lev Arno said.',
    ],
)
def test_a_coalition_that_did_not_strike_denies(text: str, marks: str) -> None:
    assert _last(*_marked((text,), marks))[0] == "denial"


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(
    "text",
    [
        '"The coalition did not protect the civilians of Arnotown," Kessel Brigade commander Tovan Marelo said.',
        '"The alliance did not keep its promises to us," said Dara Sol, a Kessel farmer.',
    ],
)
def test_a_coalition_that_did_not_protect_is_a_charge(text: str, marks: str) -> None:
    assert _last(*_marked((text,), marks))[0] != "denial"
