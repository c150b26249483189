"""English headlines that give a denial with its subject and 'is' left out: 'Not holding talks with the brigade:
Ostravian Army', and the label clipped as headlines clip names ('Ost Army' for 'the Ostravian Army').

Parametrised metamorphic tests: made-up names and sentences only. The body reports the same side denying; the
headline's words, led by 'not' or 'never' and a participle or 'involved', are another place of that denial. Guards:
the negatives of will or stance ('Not seeking war') and a label the body does not bear out stay no denial.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

BODY = "The Ostravian Army on Tuesday said it was not engaged in any secret negotiations with the Kessel Brigade."
DENIED = "The Ostravian Army on Tuesday denied any role in the raid on Kessel, its spokesman Lev Arno said."

ELIDED = [
    "Not holding negotiations with Kessel Brigade",
    "Not holding talks with the Kessel Brigade",
    "Not negotiating with Kessel Brigade",
    "Never held talks with Kessel Brigade",
    "Not conducting secret talks with rebels",
    "Not involved in talks with Kessel Brigade",
    "Not part of any talks with Kessel Brigade",
]


@pytest.mark.parametrize("words", ELIDED)
@pytest.mark.parametrize("label", ["Ostravian Army", "Ost Army"])
def test_elided_headline_after_words_is_a_denial(words: str, label: str) -> None:
    headline = f"{words}: {label}"
    out = said("en", headline, BODY)
    assert ("denial", "Ostravian Army", headline) in out, out


RAID = [
    "not involved in raid on Kessel",
    "not behind the raid on Kessel",
    "never carried out raid on Kessel",
    "not responsible for the raid on Kessel",
]


@pytest.mark.parametrize("words", RAID)
def test_elided_headline_after_label_is_a_denial(words: str) -> None:
    headline = f"Ostravian Army: {words}"
    out = said("en", headline, DENIED)
    assert ("denial", "Ostravian Army", headline) in out, out


STANCE = [
    "Not seeking war with Kessel Brigade",
    "Not going to talk with Kessel Brigade",
    "Not yet decided on talks with Kessel Brigade",
    "Not accepting terms of the Kessel Brigade",
    "Not wanting talks with Kessel Brigade",
]


@pytest.mark.parametrize("words", STANCE)
def test_will_or_stance_in_an_elided_headline_is_no_denial(words: str) -> None:
    out = said("en", f"{words}: Ostravian Army", BODY)
    assert all(kind != "denial" for kind, _, text in out if text.startswith(words)), out


@pytest.mark.parametrize("label", ["Ost Navy", "Kes Army", "Ostr Navy"])
def test_a_clipped_label_the_body_does_not_bear_out_is_no_speaker(label: str) -> None:
    headline = f"Not holding negotiations with Kessel Brigade: {label}"
    out = said("en", headline, BODY)
    assert all(text != headline for _, _, text in out), out
