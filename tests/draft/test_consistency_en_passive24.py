"""English, round 24 of issue 17 (seen in the round's walk-through, a Middle East Eye article): what a passive denial
denies is its subject alone, without the perfect's 'have' and without a word turning from the story before
('However, the allegations have been rejected by the Iranian officials' denies 'the allegations').

Made-up names only; a guard keeps a subject that only starts like such a word ('Still waters') whole.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

TURNS = ["", "However, ", "But ", "Meanwhile, ", "Nevertheless, ", "Yet, "]
AUXILIARIES = ["were", "have been", "had been", "have since been", "were later"]


def denials(*paragraphs: str) -> list[tuple[str, str]]:
    return [(r["summary"], r.get("denied", "")) for r in built("en", *paragraphs) if r["type"] == "denial"]


@pytest.mark.parametrize("turn", TURNS)
@pytest.mark.parametrize("aux", AUXILIARIES)
@pytest.mark.parametrize("verb", ["rejected", "denied", "dismissed"])
def test_a_passive_denial_denies_its_subject_alone(turn, aux, verb) -> None:
    subject = "the allegations" if turn else "The allegations"
    got = denials(f"{turn}{subject} {aux} {verb} by the Velorian interior ministry.")
    assert got == [("The Velorian interior ministry denied the allegations.", subject)], got


def test_a_subject_that_starts_like_a_turn_stays_whole() -> None:
    # (guard) 'Still' with no comma is the subject's own word
    got = denials("Still photographs were rejected by the Velorian interior ministry as fakes.")
    assert got and got[0][1] == "Still photographs", got
