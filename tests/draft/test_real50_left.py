"""Round 50's left helper's rules, written from development misses and tested here on made-up sentences: a
description that names a body before its noun of a movement or group ('the Lebanese Kessel resistance movement')
is that body, one denier with its name; and, where the speaker's side was charged before, three answers to the charge
are denials: the deed said to be wholly another side's ('the raid was purely Ostravian', 'carried out by the
Ostravians themselves'), a question why its side would do it ('Why would we hide our losses?'), and its side said
to own its deeds openly ('Whenever we carry out an operation, we announce it openly'); and quoted words after a verb of
approving ('welcomed the "brave decision" of the council') are its subject's."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers, quotes, said

# --- a body named inside a description of a movement or group ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "denier"),
    [
        (
            "The Velorian Kessel resistance movement has rejected claims that it knew of the raid.",
            "Kessel said in a statement that the report was baseless.",
            "Velorian Kessel",
        ),
        (
            "The Kessel armed group denied any role in the attack.",
            "Kessel added that it had no fighters in the town.",
            "Kessel",
        ),
        (
            "The Dornish Kessel political movement rejected the charge.",
            "Kessel said the charge was baseless.",
            "Dornish Kessel",
        ),
        (
            "The Lebanese Kessel militant organization rejected the allegations.",
            "Kessel said the allegations were baseless.",
            "Lebanese Kessel",
        ),
        (
            "The Syrian Orvale rebel faction dismissed the report as false.",
            "Orvale said it had not been in the village.",
            "Syrian Orvale",
        ),
        (
            "The Velorian Tamar party denied that it had taken money from abroad.",
            "Tamar said the claim was a fabrication.",
            "Velorian Tamar",
        ),
        (
            "The Iran-backed Tamar paramilitary group denied that it had fired the rockets.",
            "Tamar said the charge was a lie.",
            "Tamar",
        ),
    ],
)
def test_a_movement_described_with_its_name_is_that_body(first: str, second: str, denier: str) -> None:
    assert deniers("en", EN_LEAD, first, second) == [denier, denier], first


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Shiite resistance movement rejected the claims.",
        "The Kessel Sunni armed group rejected the claims.",
        "The Kessel Salafist militant group rejected the claims.",
    ],
)
def test_a_sect_after_the_name_is_no_part_of_it(sentence: str) -> None:
    assert deniers("en", EN_LEAD, "Kessel said on Monday that the talks had failed.", sentence) == ["Kessel"], sentence


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a state's adjective alone names no body
        ("The Lebanese resistance movement denied the report.", "Kessel said the report was false."),
        ("The Syrian opposition group denied the report.", "Kessel said the report was false."),
    ],
)
def test_a_movement_described_by_its_state_alone_is_no_body_named(first: str, second: str) -> None:
    assert deniers("en", EN_LEAD, first, second)[0].startswith("the "), first


@pytest.mark.parametrize(
    "sentence",
    [
        # a wing of its own ('youth'), not the body named
        "The Kessel youth movement denied the report.",
        # a noun of no movement or group
        "The Kessel resistance leadership denied the report.",
    ],
)
def test_a_wing_or_another_noun_is_not_the_body_named(sentence: str) -> None:
    assert deniers("en", EN_LEAD, "Kessel said on Monday that the talks had failed.", sentence) != ["Kessel"], sentence


# --- a deed said to be wholly another side's ---------------------------------------------------------------------

CHARGE = "Meridian Wire reported that the Kessel Brigade had planned the raid on the depot in Barno."


@pytest.mark.parametrize(
    "answer",
    [
        "The Kessel Brigade said the raid was purely Ostravian.",
        "The Kessel Brigade said the raid had been planned and carried out by the Ostravians themselves.",
        "The Kessel Brigade insisted that the decision to strike the depot was entirely Ostravian.",
        "The Kessel Brigade reiterated that the raid was a purely Ostravian operation.",
        "The Kessel Brigade said the raid was wholly an Ostravian affair.",
        "The Kessel Brigade said the raid was executed by Ostravian fighters alone.",
        "The Kessel Brigade stressed that the raid was 100 percent Ostravian.",
        "The Kessel Brigade said the operation was solely Ostravian in its planning and execution.",
    ],
)
def test_a_deed_said_to_be_wholly_anothers_answers_the_charge(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Kessel Brigade"], answer


@pytest.mark.parametrize(
    ("before", "answer"),
    [
        # the speaker's own side named: it owns the deed
        (CHARGE, "The Kessel Brigade said the raid was purely a Kessel operation."),
        # no charge before: a claim
        (EN_LEAD, "The Kessel Brigade said the uprising was purely Ostravian."),
        # no side named
        (CHARGE, "The Kessel Brigade said the talks were purely technical."),
        # a third party who names the doer: its claim
        (CHARGE, "Dara Venn said the raid was carried out by the Kessel Brigade itself."),
    ],
)
def test_a_deed_owned_unanswered_or_told_by_a_third_party_denies_nothing(before: str, answer: str) -> None:
    assert [k for k, _, _ in said("en", EN_LEAD, before, answer)].count("denial") == 0, answer


# --- a question why the speaker's side would do the deed charged -------------------------------------------------

SHELLED = "Meridian Wire reported that the Kessel Brigade had shelled the market in Barno and hidden its own losses."


@pytest.mark.parametrize(
    ("answer", "denier"),
    [
        ("\u201cWhy would we hide our losses?\u201d the brigade's spokesman, Lev Arno, said.", "Lev Arno"),
        (
            "\u201cWhy will we hide that kind of news? Maybe the others lost more men,\u201d Lev Arno, the brigade's "
            "spokesman, said.",
            "Lev Arno",
        ),
        (
            "\u201cWhy should we shell a market where our own families shop?\u201d the Kessel Brigade said in a "
            "statement.",
            "Kessel Brigade",
        ),
        ("\u201cWhy would we ever attack our own neighbours?\u201d the Kessel Brigade asked.", "Kessel Brigade"),
        ("The Kessel Brigade said: \u201cWhy on earth would we target civilians in Barno?\u201d", "Kessel Brigade"),
        ("\u201cWhy would our fighters kill the people they protect?\u201d the Kessel Brigade said.", "Kessel Brigade"),
        ("\u201cWhy do we need to lie about our dead?\u201d the Kessel Brigade said.", "Kessel Brigade"),
        ("\u201cWhy would we do such a thing?\u201d the Kessel Brigade said.", "Kessel Brigade"),
    ],
)
def test_a_question_why_the_side_would_do_the_deed_charged_denies_it(answer: str, denier: str) -> None:
    assert deniers("en", EN_LEAD, SHELLED, answer) == [denier], answer


@pytest.mark.parametrize(
    ("before", "answer"),
    [
        # no deed of the kind charged
        (SHELLED, "\u201cWhy would we stop now?\u201d the Kessel Brigade said."),
        # another's deed
        (SHELLED, "\u201cWhy did they attack us?\u201d the Kessel Brigade said."),
        # no charge before
        ("Talks went on in Barno.", "\u201cWhy would we attack the town?\u201d the Kessel Brigade said."),
        # one who was not charged
        (SHELLED, "\u201cWhy would we hide our losses?\u201d Dara Venn, a resident, asked."),
    ],
)
def test_a_question_of_no_deed_charged_or_by_one_not_charged_denies_nothing(before: str, answer: str) -> None:
    assert [k for k, _, _ in said("en", EN_LEAD, before, answer)].count("denial") == 0, answer


# --- the speaker's side said to own its deeds openly --------------------------------------------------------------

STRUCK = "Meridian Wire reported that the Kessel Brigade had shelled the market in Barno."


@pytest.mark.parametrize(
    ("answer", "denier"),
    [
        (
            "\u201cWhenever we carry out an operation, we announce it openly,\u201d the Kessel Brigade said.",
            "Kessel Brigade",
        ),
        ("\u201cWe always claim responsibility for our attacks,\u201d the Kessel Brigade said.", "Kessel Brigade"),
        (
            "\u201cIf we had carried out the attack, we would have claimed it,\u201d Lev Arno, the brigade's spokesman, "
            "said.",
            "Lev Arno",
        ),
        ("The Kessel Brigade said it always claims responsibility for its operations.", "Kessel Brigade"),
        ("The Kessel Brigade said that had it carried out the strike, it would have announced it.", "Kessel Brigade"),
        (
            "\u201cEvery time we launch an attack, we declare it,\u201d the Kessel Brigade said in a statement.",
            "Kessel Brigade",
        ),
        ("The Kessel Brigade said it openly claims all of its military operations.", "Kessel Brigade"),
        (
            "\u201cWhen we conduct an operation, we take responsibility for it,\u201d the Kessel Brigade said.",
            "Kessel Brigade",
        ),
    ],
)
def test_a_side_said_to_own_its_deeds_openly_denies_the_deed_charged(answer: str, denier: str) -> None:
    assert deniers("en", EN_LEAD, STRUCK, answer) == [denier], answer


@pytest.mark.parametrize(
    ("before", "answer"),
    [
        # one deed owned, no habit of owning
        (STRUCK, "\u201cWe announced the operation on Monday,\u201d the Kessel Brigade said."),
        # no charge before
        (
            "Talks went on in Barno.",
            "\u201cWhenever we carry out an operation, we announce it openly,\u201d the Kessel Brigade said.",
        ),
        # a deed to come
        (STRUCK, "The Kessel Brigade said it would announce its next operation soon."),
        # said of the side by another
        (STRUCK, "Dara Venn said the brigade always claims its attacks."),
    ],
)
def test_a_deed_owned_once_or_said_by_another_denies_nothing(before: str, answer: str) -> None:
    assert [k for k, _, _ in said("en", EN_LEAD, before, answer)].count("denial") == 0, answer


# --- quoted words after a verb of approving ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Lev Arno, the governor, commended the initiative led by \u201ccivil leaders and the police\u201d.",
            "Lev Arno",
        ),
        (
            "The Kessel Brigade, in a statement, welcomed the \u201cbrave decision\u201d of the council.",
            "Kessel Brigade",
        ),
        ("Dara Venn welcomed what she called a \u201cnew page\u201d in the talks.", "Dara Venn"),
        ("The council lauded the \u201ctireless work\u201d of the rescue teams.", "the council"),
        ("The ministry applauded the \u201cwise stance\u201d of the tribal elders.", "the ministry"),
        ("Lev Arno issued a statement welcoming the \u201cend of the siege\u201d.", "Lev Arno"),
        (
            "The Kessel Brigade commends the \u201cheroic resistance\u201d of the villagers, its statement said.",
            "Kessel Brigade",
        ),
    ],
)
def test_quoted_words_after_a_verb_of_approving_are_its_subjects(sentence: str, speaker: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, sentence)] == [speaker], sentence


def test_a_verb_of_approving_with_no_quoted_words_is_no_speech() -> None:
    assert said("en", EN_LEAD, "The mayor welcomed the delegation to Barno on Monday.") == []
    assert said("en", EN_LEAD, "The mayor lauded the rescue teams in Barno on Monday.") == []
