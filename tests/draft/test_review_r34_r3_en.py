"""Review of this round's English drafting rules (r34-m-en): made-up sentences that showed a defect before each mend."""

from __future__ import annotations

import pytest

from generator.draft.names import NameIndex
from tests.draft.conftest import built

LEAD = "Talks resumed in Port Sable on Sunday."
CLAIM = "The army said it had struck a rebel camp near Dorna on Sunday."


def _records(*paragraphs: str) -> list[tuple[str, object]]:
    out = []
    for r in built("en", LEAD, *paragraphs, index=NameIndex()):
        if r["type"] in ("claim", "denial"):
            who = r.get("claimant") or r.get("denier")
            out.append((r["type"], who.get("actor") or who.get("described_as")))
    return out


# --- 'not told' is passive: not having told or warned others is one's own act, which may deny ------------------------

WARNED = "The rebels said the army had warned the villagers before the strike."


@pytest.mark.parametrize(
    "words",
    [
        "the army had not warned the villagers",
        "the army had never warned the villagers",
        "the army hadn\u2019t warned the villagers",
        "the army did not warn the villagers",
    ],
)
def test_not_having_warned_others_denies_as_did_not_warn_does(words: str) -> None:
    assert _records(WARNED, f"Tarek Vossel, an army spokesman, said {words}.")[-1] == ("denial", "tarek-vossel")


@pytest.mark.parametrize(
    "words",
    [
        "the army was not warned of the strike",
        "he had not been warned of the strike",
        "he was never told of the strike",
        "he wasn\u2019t informed of any strike",
    ],
)
def test_not_having_been_warned_is_still_no_denial(words: str) -> None:
    assert _records(WARNED, f"Tarek Vossel, an army spokesman, said {words}.")[-1] == ("claim", "tarek-vossel")


# --- an imperative in marks is no one's denial ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Deny everything," the commander told his men, according to the rebels.',
        "\u201cRefute the rumours on the radio,\u201d the governor told the officials.",
        "The governor told the officials: \u201cRefute the rumours on the radio.\u201d",
    ],
)
def test_a_call_to_deny_in_marks_is_no_denial(text: str) -> None:
    assert [kind for kind, _ in _records(text)] != ["denial"]


# --- a person described as a body's spokesman is no body --------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Tarek Vossel, the spokesman for the media wing, said five fighters were killed.", "Vossel said more died."),
        ("Tarek Vossel, the head of the media wing, said five fighters were killed.", "Vossel said more died."),
    ],
)
def test_a_person_described_by_a_body_he_speaks_for_stays_a_person(paragraphs: tuple[str, ...]) -> None:
    assert {who for _, who in _records(*paragraphs)} == {"tarek-vossel"}


# --- a word used as a place at a sentence's start ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Chad Miller, a local trader, said the road was closed.",
            "In Chad, officials counted the refugees.",
            "Chad said the refugees would be sent back.",
        ),
        (
            "Chad Miller, a local trader, said the road was closed.",
            "From Chad, the refugees walked for days.",
            "Chad said the refugees would be sent back.",
        ),
    ],
)
def test_a_given_name_used_as_a_place_at_a_sentence_start_stays_the_state(paragraphs: tuple[str, ...]) -> None:
    assert _records(*paragraphs)[-1] == ("claim", "Chad")


# --- a word before a name on file with its people's adjective that is no other people's -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Veteran Varda Front fighters said the road was shut.",
        "Dorna said the Sunni Varda Front had no role in the raid.",
        "Dorna said the Velorian Varda Front had no role in the raid.",
    ],
)
def test_a_word_that_is_no_other_peoples_keeps_the_name_on_file(text: str) -> None:
    from tests.draft.test_consistency_en_m34 import _varda_index

    assert "varda-front" in [k.id for _, _, k in _varda_index().scan(text)]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Veteran Taliban commanders denied the report.", True),
        ("Dorna said Sunni Taliban fighters had no role in the raid.", True),
        ("Dorna said the Afghanistan Taliban had no role in the raid.", True),
        ("Dorna said the Pakistani Taliban had no role in the raid.", False),
        ("Pakistani Taliban fighters denied the report.", False),
    ],
)
def test_the_taliban_after_a_word_that_is_no_other_peoples_are_the_taliban_on_file(text: str, linked: bool) -> None:
    from tests.draft.test_consistency_en_m34 import _on_file

    assert ("taliban" in [k.id for _, _, k in _on_file().scan(text)]) == linked


# --- 'neither ... nor genuine' before a noun calls nothing false ------------------------------------------------------

SHELLED = "The rebels said the army had shelled the town."


@pytest.mark.parametrize(
    "text",
    [
        "Neither the rebels nor genuine aid groups were allowed into the town, a resident said.",
        "Tarek Vossel said neither the army nor true believers would accept the deal.",
        "Tarek Vossel said neither the army nor genuine Velorian volunteers had entered the town.",
    ],
)
def test_neither_nor_before_a_noun_is_no_denial(text: str) -> None:
    assert [kind for kind, _ in _records(SHELLED, text)] == ["claim", "claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Tarek Vossel said the videos were neither recent nor genuine.",
        "Tarek Vossel said the videos were neither recent nor genuine and had been edited.",
    ],
)
def test_neither_nor_genuine_said_of_the_thing_still_denies(text: str) -> None:
    assert [kind for kind, _ in _records(SHELLED, text)] == ["claim", "denial"]
