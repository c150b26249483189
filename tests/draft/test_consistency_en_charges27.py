"""English: charges a speaker makes, which the writer calls false ('Dario Venn levelled false claims against the
brigade, saying ...'), are the speaker's claims, not the speaker's denial; one who says another made false charges
denies them (issue 17, round 27). Names are made up.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

_MAKES_CHARGES = [
    "The Velorian interior minister, Dario Venn, made baseless accusations against the Kessel Region, claiming the "
    "protests are run from Ostrava.",
    "Dario Venn levelled false claims against the brigade, saying its fighters shelled the town.",
    "Dario Venn leveled false claims against the brigade, saying its fighters shelled the town.",
    "In a speech, Dario Venn repeated the fabricated allegations that the brigade attacked Ostrava.",
    "Dario Venn has hurled baseless accusations at the brigade, claiming it shelled the town.",
    "Dario Venn peddled a series of false claims about the brigade, saying it had shelled the town.",
]
_DENIES_THEM = [
    ("Lev Arno said Dario Venn made baseless accusations against the brigade.", "Lev Arno"),
    ("The brigade said the minister had levelled false claims against its fighters.", "the brigade"),
    ("Dario Venn has made a series of false claims about the brigade, the Kessel Brigade said.", "Kessel Brigade"),
]


@pytest.mark.parametrize("sentence", _MAKES_CHARGES)
def test_one_who_makes_charges_called_false_does_not_deny(sentence: str):
    assert [kind for kind, _, _ in said("en", sentence)] == ["reported"]


@pytest.mark.parametrize(("sentence", "denier"), _DENIES_THEM)
def test_one_who_says_another_made_false_charges_denies(sentence: str, denier: str):
    assert [(kind, speaker) for kind, speaker, _ in said("en", sentence)] == [("denial", denier)]
