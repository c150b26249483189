"""English, round 42 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with made-up
names (Kessel National Army, Tarvo, Ostravia).

- A body named first with some of its words in lowercase ('The Kessel national army denied ...', a translation's
  capitals), then in capitals ('the Kessel National Army said'): the first was drafted as an unnamed body so
  described, apart from the named one that speaks later.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants

# 1. The body's exact words, a capital opening them: the body named in capitals elsewhere in the article.
LOWERCASED_FIRST = [
    (
        (
            "The Kessel national army denied the reports of an attack on Tarvo.",
            "The Kessel National Army said its forces were in Tarvo.",
        ),
        "kessel-national-army",
    ),
    (
        (
            "The Tarvo interior ministry denied the reports of an attack.",
            "The Tarvo Interior Ministry said its forces were in Tarvo.",
        ),
        "tarvo-interior-ministry",
    ),
    (
        (
            "The Kessel national guard said its forces had left Tarvo.",
            "The Kessel National Guard later denied the reports of an attack.",
        ),
        "kessel-national-guard",
    ),
    (
        (
            "The Ostravian defence ministry said on Sunday that no strike had taken place.",
            "A statement by the Ostravian Defence Ministry added that the reports were false.",
        ),
        "ostravian-defence-ministry",
    ),
    (
        (
            "The Ostravian armed forces denied the reports of an attack on Tarvo.",
            "The Ostravian Armed Forces said their units were in Tarvo.",
        ),
        "ostravian-armed-forces",
    ),
]


@pytest.mark.parametrize(("paragraphs", "body"), LOWERCASED_FIRST)
def test_a_body_written_first_in_lowercase_is_the_one_named_in_capitals(paragraphs: tuple[str, ...], body: str) -> None:
    assert {who for _, who in claimants("en", *paragraphs)} == {body}


# (other words are another description: 'the Kessel army' may be any of its forces, 'the national army' names none)
NOT_THE_SAME_WORDS = [
    ("The Kessel army denied the reports of an attack on Tarvo.", "the Kessel army"),
    ("The national army denied the reports of an attack on Tarvo.", "the national army"),
]


@pytest.mark.parametrize(("first", "described"), NOT_THE_SAME_WORDS)
def test_other_words_stay_as_written(first: str, described: str) -> None:
    drafted = claimants("en", first, "The Kessel National Army said its forces were in Tarvo.")
    assert drafted == [("denial", described), ("claim", "kessel-national-army")]
