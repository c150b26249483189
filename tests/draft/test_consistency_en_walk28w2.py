"""English, round 28 of issue 17, second walk-through (the precision of speakers in reports with several sides):

- 'the spokesman' after someone described without a name in that office ('A spokesman for the army ...') is that
  one, not another side's spokesman whom the article names only later: unnamed rather than wrong;
- a description that opens the sentence, then an appositive whose head is no one who speaks ('A spokesman with
  the Kessel Press Office, a mouthpiece of the army, said'): the description speaks;
- 'the movement', 'the militia', 'the party' are never a ministry, an army or a police that spoke last.

Made-up names only. Guards: a holder named before the description ('Foreign Ministry spokesman X said ... "...,"
the spokesman said') and a 'the spokesman' with no one described before are still read as the holder; a
named person with appositives stays the speaker; 'the movement' after a movement spoke is that movement, and 'the
ministry' is still the ministry.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- 'the spokesman' after an unnamed one, another side's named later ------------------------------------------------

_LATER = [
    (
        "A spokesman for the Veloran army met reporters in Kessel on Tuesday.",
        '"Such reports are baseless," the spokesman said.',
        "Rebel spokesman Tamir Oskan also denied the reports.",
    ),
    (
        "Reporters asked a spokesman of the Veloran Interior Ministry about the talks.",
        '"The reports are invented," said the spokesman.',
        "The rebels' spokesman, Hadi Sorran, rejected them as well.",
    ),
    (
        'A spokesman with Kessel Press Relations, a mouthpiece of the Veloran army, said on Tuesday that "the army is'
        ' holding no talks."',
        '"Such reports are baseless," said the spokesman.',
        "Rebel spokesman Tamir Oskan also denied the reports.",
    ),
    (
        'A spokesman with Kessel Press Relations (KPR), the media wing of the Veloran army, said that "no talks are'
        ' under way."',
        '"Such reports are baseless," said the spokesman.',
        "Rebel spokesman Tamir Oskan also denied the reports.",
    ),
]


@pytest.mark.parametrize("paragraphs", _LATER)
def test_the_spokesman_is_not_another_sides_named_later(paragraphs: tuple[str, ...]) -> None:
    units = analyse("en", LEAD, *paragraphs).units
    said = next(u for u in units if u.paragraph.number == 4)  # (LEAD is ¶2; the 'the spokesman' paragraph ¶4)
    named = units[-1].speaker.label
    assert said.speaker.label != named


def test_a_holder_named_before_is_still_the_spokesman() -> None:
    found = speakers(
        "en",
        LEAD,
        "The Veloran Foreign Ministry spokesman has dismissed the reports.",
        'Foreign Ministry spokesman Tamir Oskan said the reports were "baseless."',
        '"We hold no talks," the spokesman said.',
    )
    assert found[-1] == ("quote", "Tamir Oskan")


def test_a_holder_named_after_with_no_one_described_before() -> None:
    found = speakers(
        "en", LEAD, '"The reports are baseless," the spokesman said.', "Foreign Ministry spokesman Tamir Oskan spoke."
    )
    assert found[0][1] == "Tamir Oskan"


# --- a description, then an appositive of no speaker's head ----------------------------------------------------------

_APPOSITIVES = ["a mouthpiece of the Veloran army", "the media wing of the Veloran army", "a unit of the Veloran army"]


@pytest.mark.parametrize("appositive", _APPOSITIVES)
def test_description_then_appositive_speaks(appositive: str) -> None:
    found = speakers(
        "en", LEAD, f'A spokesman with Kessel Press Relations, {appositive}, said that "the army holds no talks."'
    )
    assert found == [("quote", "a spokesman with Kessel Press Relations")]


@pytest.mark.parametrize("appositive", _APPOSITIVES)
def test_name_then_appositives_still_speaks(appositive: str) -> None:
    found = speakers(
        "en", LEAD, f'Doran Feld, a spokesman with Kessel Press Relations, {appositive}, said that "no talks."'
    )
    assert found == [("quote", "Doran Feld")]


# --- 'the movement' is never a state's body ---------------------------------------------------------------------------

_STATE_THEN_GROUP = [
    (
        'The Veloran Interior Ministry said on Monday that "no talks are under way."',
        "Shortly after, local channels reported that a senior Darvan commander said that the movement had declared a"
        " truce.",
    ),
    ("The Veloran Defence Ministry denied the reports.", "The movement said it had declared a truce in the north."),
    ("The Ardan Army denied the reports.", "The militia said its fighters had left the town."),
    ("The Kessel Police Service denied the raid.", 'The party said in a statement that "no member was arrested."'),
]


@pytest.mark.parametrize("paragraphs", _STATE_THEN_GROUP)
def test_the_movement_is_not_a_state_body(paragraphs: tuple[str, str]) -> None:
    found = speakers("en", LEAD, *paragraphs)
    state = found[0][1]
    assert all(label != state for _, label in found[1:])


def test_the_movement_after_a_movement() -> None:
    found = speakers(
        "en", LEAD, "The Darvan Front denied the reports.", "The movement said it had declared a truce in the north."
    )
    assert found[-1][1] == "Darvan Front"


def test_the_ministry_after_a_ministry() -> None:
    found = speakers(
        "en", LEAD, 'The Veloran Interior Ministry said that "no talks are under way."', "The ministry said so again."
    )
    assert found[-1][1] == "Veloran Interior Ministry"
