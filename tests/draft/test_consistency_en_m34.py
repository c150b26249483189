"""English, round 34 of issue 17, known defects (made-up names and facts, our own sentences):

- two people named together as who denies, the second after a word for how they are related ('X and her husband Y
  denied ...', 'X and his brother Y rejected ...'): each denies.
"""

from __future__ import annotations

import functools

import pytest

from generator.draft.names import NameIndex
from generator.project import Project
from tests.conftest import REPO, check
from tests.draft.conftest import analyse, built

LEAD = "Talks resumed in Port Sable on Sunday."


@functools.cache
def _on_file() -> NameIndex:
    """The project's own records: the groups and actors news names in many ways."""
    corpus, _ = check(Project(REPO))
    return NameIndex.of(corpus)


def _said(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs, index=index or NameIndex()).units]


def _records(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    out = []
    for r in built("en", LEAD, *paragraphs, index=index or NameIndex()):
        if r["type"] in ("claim", "denial"):
            who = r.get("claimant") or r.get("denier")
            out.append((r["type"], who.get("actor") or who.get("described_as")))
    return out


# --- two named together, the second after how they are related -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        ("Lena Varo and her husband Piet Dorran denied the charges of fraud.", ["lena-varo", "piet-dorran"]),
        ("Lena Varo and her husband Piet Dorran have denied any wrongdoing.", ["lena-varo", "piet-dorran"]),
        ("Lena Varo and her husband Piet Dorran have both denied any wrongdoing.", ["lena-varo", "piet-dorran"]),
        ("Tomas Rell and his brother Karim Sayegh rejected the accusations.", ["tomas-rell", "karim-sayegh"]),
        (
            "Commander Ruud Kessel and his deputy Amir Tolan rejected the allegations that they had ordered the strike.",
            ["ruud-kessel", "amir-tolan"],
        ),
        (
            "Commander Ruud Kessel and his brother Amir Tolan denied the allegations that they had ordered the strike.",
            ["ruud-kessel", "amir-tolan"],
        ),
        ("Lev Arno and his lawyer Petra Lind denied that he took bribes.", ["lev-arno", "petra-lind"]),
        ("Mira Solen and her son Dario Venn on Monday denied the reports.", ["mira-solen", "dario-venn"]),
        ("Dina Venn and their daughter Zara Venn dismissed the reports as lies.", ["dina-venn", "zara-venn"]),
    ],
)
def test_two_named_together_after_how_they_are_related_both_deny(text: str, deniers: list[str]) -> None:
    assert sorted(who for kind, who in _records(text) if kind == "denial") == sorted(deniers)


@pytest.mark.parametrize(
    "text",
    [
        # one name, and a description of who is related (no name of that one): no second denier is named
        "Lena Varo and her husband denied the charges of fraud.",
        # the one related is what is denied, not who denies
        "Lena Varo denied that her husband Piet Dorran took the money.",
    ],
)
def test_one_named_with_one_described_is_not_two_named(text: str) -> None:
    assert "piet-dorran" not in [who for kind, who in _records(text) if kind == "denial"]
