"""English, round 41: a review of round 40's English rules (the merges of r40-lex-en, r40-m-en, r40-r-en and the
English parts of r40-lead's and r40-w's), in made-up sentences (invented names and places): where a rule of theirs
forgot a spelling or a case, or fired where it should not."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, said


def deniers(*paragraphs: str) -> list[str]:
    """The deniers drafted from the paragraphs after the lead, each once, in order."""
    out: list[str] = []
    for kind, who, _ in said("en", EN_LEAD, *paragraphs):
        if kind == "denial" and who not in out:
            out.append(who)
    return out


def _both(texts: list[str]) -> list[str]:
    """Each text with straight and with curly apostrophes and marks."""
    return [v for t in texts for v in dict.fromkeys((t, curly(t)))]


# --- 1. 'weren't its fighters', '"The attack wasn't our doing"': the contracted negation disowns as 'were not' -------

DISOWNED = [
    "The Kessel Brigade said the attackers weren't its fighters.",
    "The Kessel Brigade said the gunmen aren't its men.",
    "The Kessel Brigade said the attack wasn't its doing.",
    '"The attack wasn\'t our doing," the Kessel Brigade said.',
    '"They aren\'t our men," the Kessel Brigade said.',
    '"The man isn\'t one of us," the Kessel Brigade said.',
]


@pytest.mark.parametrize("text", _both(DISOWNED))
def test_a_contracted_negation_disowns_as_not_does(text: str) -> None:
    assert deniers(text) == ["Kessel Brigade"]


@pytest.mark.parametrize(
    "text",
    [
        # (who people are, no denial, contracted or not)
        "The Kessel Brigade said the dead weren't fighters.",
        "The Kessel Brigade said the dead were not fighters.",
    ],
)
def test_a_contracted_negation_of_who_people_are_denies_nothing(text: str) -> None:
    assert deniers(text) == []


# --- 2. 'it categorically had no role' denies; 'it officially has no forces', 'it usually has no presence' hedge -----


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it officially has no forces in Ostravia.",
        "The Kessel Brigade said it nominally has no presence in Ostravia.",
        "The Kessel Brigade said it technically had no role in the attack on the convoy.",
        "The Kessel Brigade said it usually has no forces in Ostravia.",
        "The Kessel Brigade said it normally has no presence in Ostravia.",
        "The Kessel Brigade said it generally has no forces in Ostravia.",
        "The Kessel Brigade said it typically has no presence in Ostravia.",
        "The Kessel Brigade said it seemingly had no role in the attack on the convoy.",
        "The Kessel Brigade said it purportedly had no role in the attack on the convoy.",
        "The Kessel Brigade said it ostensibly had no role in the attack on the convoy.",
        "The Kessel Brigade said it presumably had no role in the attack on the convoy.",
        "The Kessel Brigade said its fighters mainly did not carry out the attack on the convoy.",
        "The Kessel Brigade said it has officially no forces in Ostravia.",
    ],
)
def test_a_hedge_between_a_side_and_its_no_part_denies_nothing(text: str) -> None:
    assert deniers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it categorically had no role in the attack on the convoy.",
        "The Kessel Brigade said it absolutely has no forces in Ostravia.",
        "The Kessel Brigade said it had categorically no role in the attack on the convoy.",
        "The Kessel Brigade said it firmly has no presence in Ostravia.",
    ],
)
def test_a_word_that_strengthens_a_side_s_no_part_still_denies(text: str) -> None:
    assert deniers(text) == ["Kessel Brigade"]
