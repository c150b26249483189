"""Round 46's lead rules, on made-up sentences: a pronoun that answers a charge an active verb makes ('Y accused X
of ..., which it denies') stands for the one charged (X), never for a name inside the charge after it, and a charged
one named only by a description ('the ministry') is the body so described before."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers

# --- the one an active verb of charging names, not a name inside the charge ------------------------------------------

VERBS = ["accused {X} of {DEED}", "has accused {X} of {DEED}", "blamed {X} for {DEED}", "accuses {X} of {DEED}"]
ANSWERS = [", which it denies.", ", a charge it denies.", ", which it has denied.", ", an accusation it rejects."]
DEEDS = ["arming the Tovek Front", "shelling Barno", "helping Mira Solen", "supplying the Marno Brigade with drones"]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("deed", DEEDS)
def test_it_answering_a_charge_is_the_body_charged(verb: str, answer: str, deed: str) -> None:
    sentence = "Kessel TV " + verb.format(X="the Velorian interior ministry", DEED=deed) + answer
    assert deniers("en", EN_LEAD, sentence) == ["the Velorian interior ministry"], sentence


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("answer", [", which he denies.", ", a charge he has denied."])
@pytest.mark.parametrize("deed", ["arming the Tovek Front", "shelling Barno", "helping the Marno Brigade"])
def test_he_answering_a_charge_is_the_man_charged(verb: str, answer: str, deed: str) -> None:
    sentence = "Kessel TV " + verb.format(X="Arlo Venn", DEED=deed) + answer
    assert deniers("en", EN_LEAD, sentence) == ["Arlo Venn"], sentence


# --- the one charged named by a description of a body named before ---------------------------------------------------

BEFORE = {
    "ministry": "The Velorian interior ministry opened a new office in Barno on Monday.",
    "brigade": "The Marno Brigade took over the checkpoints near Barno last week.",
}


@pytest.mark.parametrize("noun", sorted(BEFORE))
@pytest.mark.parametrize("answer", [", which it denies.", ", a charge it denies.", ", which it has denied."])
@pytest.mark.parametrize("deed", ["striking the convoy", "arming the Tovek Front", "shelling Barno"])
def test_it_answering_a_charge_is_the_body_described(noun: str, answer: str, deed: str) -> None:
    sentence = f"Kessel TV accused the {noun} of {deed}{answer}"
    expected = {"ministry": "the Velorian interior ministry", "brigade": "Marno Brigade"}[noun]
    assert deniers("en", EN_LEAD, BEFORE[noun], sentence) == [expected], sentence


# --- controls: no denier rather than a wrong one ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the pronoun is not of the kind of the one charged: a person for 'it', a body for 'he'
        "Kessel TV accused the minister of arming the Tovek Front, which it denies.",
        "Kessel TV accused the Marno Brigade of helping Arlo Venn, which he denies.",
        # the one charged is a place, whom no pronoun 'it' answers for here
        "Kessel TV accused the villagers of hiding the Tovek Front, which it denies.",
    ],
)
def test_a_pronoun_of_another_kind_than_the_one_charged_gets_no_denier(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence
