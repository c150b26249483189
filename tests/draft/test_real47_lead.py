"""Round 47's lead rules, written from misses in the round's fresh development articles and tested here on made-up
sentences: a longer description in brackets after a subject does not end its clause; a charge called a scheme
('a conspiracy', 'a plot') is dismissed, with what was charged named first ('the accusations against X over Y');
a deed of the kind charged said to be beyond the speaker's side ('would never commit such crimes') or not what it
came for ('entered the town not to kill civilians'), after a charge against that side, is a denial; and the one who
makes a charge in a sentence is not the one it charges."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers

CHARGE = "The Velorian Rights Watch accused the Kessel Brigade of killing civilians in Barno."
OTHER_CHARGE = "Kessel TV accused the Marno Front of killing civilians in Barno."

# --- a description in brackets between a subject and its verb ---------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "(under sanctions over its raids on the border)",
        "(which was formed in the mountains in 2014)",
        "(listed as a terrorist group by several states)",
        "(now part of the ruling coalition in Kessel City)",
    ],
)
@pytest.mark.parametrize(
    "verb", ["rejected the claims.", "reject claims made by the monitors about the killings.", "denied the reports."]
)
def test_a_bracketed_description_does_not_end_the_subjects_clause(aside: str, verb: str) -> None:
    sentence = f"The Kessel Brigade {aside} {verb}"
    assert deniers("en", EN_LEAD, sentence) == ["Kessel Brigade"], sentence


def test_a_bracketed_aside_with_its_own_verb_of_saying_is_no_description() -> None:
    # the words in brackets say something themselves: the reader does not step over them as a description
    sentence = "The Kessel Brigade (its spokesman said on Monday) plans to leave Barno."
    assert deniers("en", EN_LEAD, sentence) == []


# --- a charge called a scheme ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "what",
    [
        "the accusations",
        "the accusations against him",
        "the accusations against Kessia over the Barno killings",
        "the reports about the raid",
        "these allegations",
    ],
)
@pytest.mark.parametrize("label", ["a conspiracy", "a \u201cconspiracy\u201d", "a plot", "a witch hunt", "a sham"])
def test_a_charge_called_a_scheme_is_dismissed(what: str, label: str) -> None:
    sentence = f"Kessel Prime Minister Lev Arno has called {what} {label}."
    assert deniers("en", EN_LEAD, sentence) == ["Lev Arno"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a scheme of another's, foiled or told: the speaker's claim
        "The Kessel Brigade said it had foiled a plot against the capital.",
        "Lev Arno called the plan a conspiracy against the people.",
        "Lev Arno called the attack on the army over the weekend a sham.",
        # the reports called something that does not dismiss them
        "Lev Arno called the reports about the talks encouraging.",
    ],
)
def test_a_scheme_not_said_of_a_charge_is_no_denial(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- a deed of the kind charged, said to be beyond the speaker's side ----------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "\u201cOur fighters would never do such a thing,\u201d the Kessel Brigade said.",
        "\u201cWe do not commit such acts,\u201d the Kessel Brigade said.",
        "\u201cThe brigade cannot afford to carry out such actions,\u201d Lev Arno, a Kessel Brigade commander, said.",
        "Lev Arno, a Kessel Brigade commander, said the brigade would never commit such crimes.",
        "The Kessel Brigade said its men could not carry out such atrocities.",
        "\u201cOur men will never resort to such practices,\u201d the Kessel Brigade said in a statement.",
    ],
)
def test_such_deeds_beyond_the_charged_side_are_denied(answer: str) -> None:
    found = deniers("en", EN_LEAD, CHARGE, answer)
    assert found and found[-1] in ("Kessel Brigade", "Lev Arno"), (answer, found)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no charge against the speaker's side before
        ("\u201cWe do not commit such acts,\u201d the Kessel Brigade said.",),
        (OTHER_CHARGE, "\u201cOur fighters would never do such a thing,\u201d the Kessel Brigade said."),
        # a third side speaks of the one charged
        (
            CHARGE,
            "Lev Arno, a Velorian official, said the brigade would never commit such crimes, he said, unless ordered.",
        ),
        # a vow to stop such deeds: no deed is said not done
        (CHARGE, "The Kessel Brigade said it would stop such attacks."),
    ],
)
def test_such_deeds_without_a_charge_against_the_speaker_are_no_denial(paragraphs: tuple[str, ...]) -> None:
    assert "Kessel Brigade" not in deniers("en", EN_LEAD, *paragraphs), paragraphs


# --- the deed charged said not to be what the side came for --------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "The Kessel Brigade said its fighters \u201centered Barno not to kill civilians,\u201d but to protect them.",
        "The Kessel Brigade said its fighters \u201cintervened in Barno not to kill civilians,\u201d but to defend it.",
        "The Kessel Brigade said its fighters entered Barno not to kill civilians but to protect them.",
        "The Kessel Brigade said its fighters went to Barno to fight the rebels, not to kill civilians.",
        "The Kessel Brigade said its units were deployed in Barno to guard the roads, not to harm anyone.",
    ],
)
def test_a_deed_said_not_to_be_the_purpose_answers_the_charge(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Kessel Brigade"], answer


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no charge before
        ("The Kessel Brigade said its fighters entered Barno not to kill civilians but to protect them.",),
        # a directive, not a purpose: the brigade told its men what not to do
        (CHARGE, "The Kessel Brigade said it had urged its fighters not to attack civilians."),
        # the accuser's own words
        (CHARGE, "The Velorian Rights Watch urged the Kessel Brigade not to attack civilians."),
    ],
)
def test_a_purpose_denied_without_a_charge_is_no_denial(paragraphs: tuple[str, ...]) -> None:
    assert deniers("en", EN_LEAD, *paragraphs) == [], paragraphs


# --- the one who charges is not the one charged ----------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["denounced", "condemned", "has denounced", "strongly condemned"])
def test_who_makes_a_charge_is_not_charged_by_it(verb: str) -> None:
    charge = (
        f"The Velorian Rights Watch {verb} a \u201cmassacre\u201d by the Kessel Brigade, which allegedly shelled Barno."
    )
    answer = "The Velorian Rights Watch said its monitors went to Barno not to kill anyone but to count the dead."
    assert "the Velorian Rights Watch" not in deniers("en", EN_LEAD, charge, answer)
    assert "Velorian Rights Watch" not in deniers("en", EN_LEAD, charge, answer)
