"""Round 39's lead rules, on made-up sentences: a body's denial restated in the words of one who speaks for it,
however his title is set ('X, its spokesman,', 'X, a spokesman for the brigade,', 'Brigade spokesman X', 'army
spokesman X', 'a ministry spokesman'), and 'nowhere near' as words that say something is not so. A speaker of
another body, or of another office of the same kind, restates nothing of the body's denial."""

from __future__ import annotations

import pytest

from generator.draft.lang.en import negates
from tests.draft.conftest import said_en

BRIGADE = "The Kessel Brigade denied carrying out the attack on the convoy."
ARMY = "The army denied that its jets had struck the market."
MINISTRY = "The ministry denied the report."


def kinds(*paragraphs: str) -> list[str]:
    """The kind of each unit drafted after the lead, in order."""
    return [kind for kind, _, _ in said_en(*paragraphs)]


@pytest.mark.parametrize(
    ("lead", "quoted"),
    [
        (BRIGADE, '"We have never attacked civilians," Lev Arno, its spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, the brigade\'s spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, the brigade\u2019s spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, a spokesman for the brigade, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, spokesman of the Kessel Brigade, said.'),
        (BRIGADE, 'Brigade spokesman Lev Arno said: "Our fighters were not near the road that day."'),
        (BRIGADE, 'Its spokesman Lev Arno said: "Our fighters were nowhere near the road that day."'),
        (BRIGADE, '"No prisoners were moved," a brigade official said.'),
        (ARMY, '"Our aircraft did not fly over the town on Monday," army spokesman Lev Arno said.'),
        (MINISTRY, '"No prisoners were moved," a ministry spokesman said.'),
        ("Dara Venn denied the report.", '"No prisoners were moved," Lev Arno, her spokesman, said.'),
    ],
)
def test_a_denial_restated_by_one_who_speaks_for_the_denier_is_a_place_of_it(lead: str, quoted: str) -> None:
    assert kinds(lead, quoted) == ["denial", "denial"]


@pytest.mark.parametrize(
    ("lead", "quoted"),
    [
        (BRIGADE, '"We have never attacked civilians," Lev Arno, a spokesman for the Valdorian army, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, the army\'s spokesman, said.'),
        (BRIGADE, '"No prisoners were moved," a Valdorian official said.'),
        (
            "The Foreign Ministry denied the report.",
            'Defence Ministry spokesman Lev Arno said: "Our jets did not fly."',
        ),
        (ARMY, '"Our jets did not fly over the town," said Lev Arno, a spokesman for the rebels.'),
        (ARMY, '"Our jets did not fly over the town," rebel spokesman Lev Arno said.'),
        (MINISTRY, '"No prisoners were moved," a police spokesman said.'),
        ("Dara Venn denied the report.", '"No prisoners were moved," Lev Arno, her deputy, said.'),
    ],
)
def test_words_of_another_side_restate_no_denial(lead: str, quoted: str) -> None:
    assert kinds(lead, quoted) == ["denial", "quote"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Our fighters were nowhere near the road that day.", True),
        ("The convoy was nowhere near the border.", True),
        ("The talks are going nowhere.", False),
    ],
)
def test_nowhere_near_says_something_is_not_so(words: str, expected: bool) -> None:
    assert negates(words) is expected
