"""Round 54's den helper's rules, tested on made-up sentences, each with near-misses: 'nothing could be further from the
truth' calls what was said false, as 'far from the truth' does."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, said


def _last_kinds(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of the units drafted from the last of ``paragraphs`` (after the grid lead)."""
    last = paragraphs[-1]
    return [(kind, who) for kind, who, words in said("en", EN_LEAD, *paragraphs) if words.rstrip(",.") in last]


def _denies(*paragraphs: str) -> list[str]:
    return [who for kind, who in _last_kinds(*paragraphs) if kind == "denial"]


# --- further from the truth ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cNothing could be further from the truth,\u201d the ministry said.", "the ministry"),
        ("The ministry said nothing could be further from the truth.", "the ministry"),
        ("\u201cNothing can be farther from the truth,\u201d Lev Arno told reporters.", "Lev Arno"),
        ("Lev Arno said the reports \u201ccould not be further from the truth\u201d.", "Lev Arno"),
        ("\u201cThis could not be further from the truth,\u201d Dara Venn said of the reports.", "Dara Venn"),
        ("The army said the allegations couldn\u2019t be further from the truth.", "the army"),
        (
            "\u201cThat is further from the truth than anything we have heard,\u201d the Kessel Brigades said.",
            "Kessel Brigades",
        ),
    ],
)
def test_further_from_the_truth_denies(sentence: str, denier: str) -> None:
    assert _denies(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the two sides were further from agreement than ever.",
        "\u201cNothing could be further from my mind,\u201d Dara Venn said.",
        "The ministry said the party had moved further from the centre.",
        "Did the ministry say nothing could be further from the truth?",
    ],
)
def test_further_from_something_else_denies_nothing(sentence: str) -> None:
    assert _denies(sentence) == [], sentence
