"""English shapes drafted wrong at the end of round 40, each in several made-up variants (round 41, helper m-en).

Made-up sentences only (Lev Arno, Dara Venn, the Kessel Brigade, Kessia); each test asserts what a reader would draft.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import EN_LEAD, quotes

WORDS = "The crossing is closed"

# --- 1. 'he said' after a paragraph that went on to speak of another man: the last speaker ---------------------------

SPOKE = [
    '"Nothing passed," said Lev Arno, the commander.',
    '"Nothing passed," Lev Arno said.',
    "Lev Arno said the talks would go on.",
    "Lev Arno told Meridian Wire the road was shut.",
    'Colonel Lev Arno said: "Nothing passed."',
]
# the man spoken of, the subject of his own sentence, who says nothing
SPOKEN_OF = [
    "Dara Venn fled Kessel in 2011.",
    "Dara Venn, the governor, visited the crossing on Monday.",
    "Dara Venn has led the council since 2019.",
    "Dara Venn's rule ended in 2011.",
    "On Monday, Dara Venn arrived in Kessel.",
]
PRONOUN_TAGS = ['"{w}," he said.', '"{w}," he told Meridian Wire.', 'He said: "{w}."', '"{w}," he said on Monday.']


@pytest.mark.parametrize(("spoke", "spoken_of", "tag"), list(itertools.product(SPOKE, SPOKEN_OF, PRONOUN_TAGS)))
def test_he_said_after_a_paragraph_that_went_on_to_a_man_spoken_of_is_the_last_speaker(spoke, spoken_of, tag):
    # 'Lev Arno said ... Dara Venn fled Kessel in 2011.' then '"...," he said': Arno (it was Venn, who never spoke)
    got = quotes(EN_LEAD, f"{spoke} {spoken_of}", tag.format(w=WORDS))
    assert got[-1][1] == "Lev Arno", got


@pytest.mark.parametrize("spoke", SPOKE[:3])
@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        # a paragraph of his own: the man it is about, as before
        (("Dara Venn fled Kessel in 2011.",), "Dara Venn"),
        # one the sentence's subject acted on (round 22's rule)
        (("The ministry summoned Dara Venn on Monday.",), "Dara Venn"),
        # he is named in the pronoun's own paragraph
        (("",), None),
    ],
)
def test_guard_a_man_of_his_own_paragraph_or_acted_on_is_still_he(spoke, paragraphs, label):
    if label is None:
        got = quotes(EN_LEAD, spoke, f'Dara Venn fled Kessel in 2011. "{WORDS}," he said.')
        assert got[-1][1] == "Dara Venn", got
        return
    joined = spoke + " " + paragraphs[0] if "ministry" in paragraphs[0] else None
    text = [spoke, *paragraphs] if joined is None else [joined]
    got = quotes(EN_LEAD, *text, f'"{WORDS}," he said.')
    assert got[-1][1] == label, got


def test_guard_a_woman_spoken_of_leaves_he_to_the_man_who_spoke_and_she_to_her():
    text = ('"Nothing passed," Lev Arno said. Sara Vale, the governor, visited the crossing.', f'"{WORDS}," she said.')
    assert quotes(EN_LEAD, *text)[-1][1] == "Sara Vale"
