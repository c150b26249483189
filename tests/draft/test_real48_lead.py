"""Round 48's lead rules, written from misses in the round's fresh English development articles and tested here on
made-up sentences: 'the opposition' is a body that speaks ('Kessia's Western-backed opposition denied ...'); one
named now 'issued the denial' told before is its denier; a charge said to be made 'in haste' ('the condemnations
were issued "in haste"', 'the hasty accusations') is dismissed. A plea 'not to give any credence' to what is told
denies it, as 'give no credence' does; and words said to 'attempt to make people believe that' something happened
call it false."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers

# --- the opposition as a speaker --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "denier"),
    [
        ("Kessia's Western-backed opposition", "Kessia's Western-backed opposition"),
        ("Kessia's opposition", "Kessia's opposition"),
        ("The Western-backed opposition", "the Western-backed opposition"),
        ("The Kessian opposition", "the Kessian opposition"),
        ("The main opposition party", "the main opposition party"),
    ],
)
@pytest.mark.parametrize(
    "verb", ["denied that the brigade had seized the depot.", "rejected the reports.", "dismissed the claims as lies."]
)
def test_the_opposition_speaks_as_a_body(subject: str, denier: str, verb: str) -> None:
    sentence = f"{subject} {verb}"
    assert deniers("en", EN_LEAD, sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition to the plan grew, the minister said.",
        "The army said the opposition had gained ground near Barno.",
    ],
)
def test_the_opposition_named_in_others_words_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == []


# --- 'issued the denial' -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Army spokesman Tovek Banks issued the denial after rebel chief Arno Vell claimed that the brigade had fled.",
        "Army spokesman Tovek Banks issued the denial on Monday after the rebels claimed that the brigade had fled.",
        "Army spokesman Tovek Banks issued the formal denial.",
        "Tovek Banks, the army's spokesman, issued the denial hours after the video appeared.",
    ],
)
def test_who_issued_the_denial_is_its_denier(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == ["Tovek Banks"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an outlet that published someone's denial relays it
        "Kessel TV published the denial of the ministry.",
        # an order, not a denial
        "The ministry issued the order after the rebels claimed the town.",
    ],
)
def test_what_is_not_issuing_the_denial_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == []


# --- a charge made in haste ----------------------------------------------------------------------------------------

CHARGE = "The Velorian Rights Watch accused the Kessel Brigade of shelling a shelter in Barno."


@pytest.mark.parametrize(
    "answer",
    [
        "The Kessel Brigade said the condemnations were issued \u201cin haste\u201d and based on one source.",
        "The Kessel Brigade said the accusations were made in haste.",
        "The Kessel Brigade said the claims had been levelled in haste by its enemies.",
        "The Kessel Brigade said the charges were voiced in such haste that no one checked them.",
        "The Kessel Brigade dismissed the hasty accusations of the rebels.",
        "The Kessel Brigade said the hasty condemnations ignored the facts.",
    ],
)
def test_a_charge_made_in_haste_is_dismissed(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Kessel Brigade"], answer


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the troops left the town in haste.",
        # (the statement may be the speaker's own)
        "The ministry said the statement was issued in haste to calm the public.",
        "The ministry warned against hasty conclusions about the crash.",
        "The convoy was assembled in haste, Lev Arno said.",
    ],
)
def test_haste_not_said_of_a_charge_is_no_denial(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == []


# --- 'not to give any credence', 'attempt to make people believe that' ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the government invites the population not to give any credence to the videos.",
        "Lev Arno urged citizens not to give any credence to the reports.",
        "Lev Arno said the reports should not be given any credence.",
        "Lev Arno said the reports cannot be given any credence.",
    ],
)
def test_a_plea_to_give_no_credence_denies(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == ["Lev Arno"], sentence


@pytest.mark.parametrize(
    "answer",
    [
        "\u201cThese videos attempt to make people believe that massacres were committed by our forces,\u201d Lev Arno said.",
        "Lev Arno said the campaign was designed to make people believe that the army had fled.",
        "Lev Arno said the rebels were trying to make the world believe that the army had shelled Barno.",
        "Lev Arno said the posts sought to make the public believe that the brigade had left its posts.",
    ],
)
def test_words_said_to_make_people_believe_a_thing_call_it_false(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Lev Arno"], answer


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe want to make people believe in peace again,\u201d Lev Arno said.",
        "Lev Arno said the report lends credence to the claims of the monitors.",
        "Lev Arno said the army would try to make people feel safe in Barno.",
    ],
)
def test_belief_and_credence_said_otherwise_deny_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == []


# --- words in single marks within a denier's restatement -----------------------------------------------------------

DENIED = "Kessel leader Lev Arno has denied sending men to fight in Barno, despite reports that gunmen there serve him."


@pytest.mark.parametrize(
    "restated",
    [
        "\"No 'Kessel troops' and especially no 'military convoys from Kessia' are taking part in the conflict,\" "
        "Lev Arno said.",
        "\u201cNo \u2018Kessel troops\u2019 are taking part in the conflict,\u201d Lev Arno said.",
        "\u201cThere are no \u2018secret prisons\u2019 run by my men in Barno,\u201d Lev Arno said.",
        "\u201cMy men have never sent \u2018convoys\u2019 to Barno,\u201d Lev Arno said.",
    ],
)
def test_a_restatement_with_words_in_single_marks_is_a_place_of_the_denial(restated: str) -> None:
    assert deniers("en", EN_LEAD, DENIED, restated) == ["Lev Arno", "Lev Arno"], restated


@pytest.mark.parametrize(
    "said",
    [
        "\u201cWe will hold the \u2018line\u2019 in Barno,\u201d Lev Arno said.",
        "\u201cThe soldiers\u2019 homes in Barno were shelled,\u201d Lev Arno said.",
        "\u201cOur \u2018convoys\u2019 reached Barno on Monday,\u201d Lev Arno said.",
    ],
)
def test_words_in_single_marks_that_negate_nothing_are_no_place_of_the_denial(said: str) -> None:
    assert deniers("en", EN_LEAD, DENIED, said) == ["Lev Arno"], said
