"""English, round 25: a claim told as stated or asserted falsely ('a claim made by Channel Nine, which falsely stated
that ...'; 'the paper wrongly asserted that ...') is answered by whoever says so, as one 'falsely claimed' is; told
as stated rightly ('accurately stated') it is not.

Made-up people and outlets (Karel Voss, Channel Nine, the Daily Star).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


@pytest.mark.parametrize("adverb", ["falsely", "wrongly", "erroneously", "incorrectly"])
@pytest.mark.parametrize("verb", ["stated", "asserted"])
def test_a_claim_told_falsely_is_answered(adverb: str, verb: str) -> None:
    units = said(
        "en",
        f"The ministry said the Daily Star {adverb} {verb} that the army had left the border.",
    )
    assert [(kind, label) for kind, label, _ in units] == [("denial", "the ministry")]


@pytest.mark.parametrize("speaker", ["The statement", "Karel Voss"])
def test_in_a_relative_clause_on_the_claim(speaker: str) -> None:
    units = said(
        "en",
        f"{speaker} highlighted a recent claim made by Channel Nine, which falsely stated that militants had ambushed "
        "22 soldiers.",
    )
    assert [kind for kind, _, _ in units] == ["denial"]
    assert units[0][1] in ("the statement", "Karel Voss")


def test_stated_rightly_is_no_denial() -> None:
    units = said("en", "Karel Voss said the report accurately stated the facts.")
    assert [(kind, label) for kind, label, _ in units] == [("reported", "Karel Voss")]
