"""English, round 27 of issue 17, walk-through (wire and outlet copy on South Sudan, Chad, Kenya, Nigeria):

- one office under its three names: 'The military spokesman further stressed ...' after 'The army spokesperson,
  Col. Dario Venn' is Venn; 'The Army spokesman' after 'Director of Army Public Relations, Brig. Gen. Lev Arno' is Arno;
- 'He says the government is telling lies to ...': the one said to lie is no speaker ('telling', 'told' tell nothing);
- a body's acronym before the time it spoke: 'The Ostravian army (OSA) on Sunday dismissed as unfounded reports ...';
- 'Meridian Wire news agency cited Lev Arno, the spokesman, as saying that ...': the outlet only passes the words on;
- a deck's 'Official says ...' is an unnamed official, not someone called Official;
- 'X had earlier appeared in a video in which he refuted claims ...': X, who appeared in it (not the last speaker).

Made-up names only. Guards: a spokeswoman is no man named a spokesman (nor the other way round); 'told reporters'
still speaks; an acronym that is the name stays; a body that quotes someone and says something of its own still
speaks; a name that opens a sentence before 'says' stays a name; a name after 'in which' speaks.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse

LEAD = "Fighting went on in Kessel on Sunday."


def _units(*paragraphs: str) -> list[tuple[str, str]]:
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs).units]


def _speakers(*paragraphs: str) -> list[str]:
    return [label for _, label in _units(*paragraphs)]


# --- one office under three names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("named", "later", "speaker"),
    [
        (
            "The army spokesperson, Col. Dario Venn said the brigade had never crossed the river.",
            "The military spokesman further stressed that the army remains committed to the truce.",
            "Dario Venn",
        ),
        (
            "Director of Army Public Relations, Brigadier General Lev Arno, insisted that the troops were intact.",
            "The Army spokesman, who told reporters he was in Kessel, appealed to all citizens to stay calm.",
            "Lev Arno",
        ),
        (
            "Dario Venn, a spokesperson for the Kessel Brigade, said the convoy had turned back.",
            "The brigade spokesman added that no fighter was hurt.",
            "Dario Venn",
        ),
        (
            "The Velorian interior ministry spokeswoman, Petra Lind, said the border was calm.",
            "The ministry spokesperson added that the crossing would reopen on Monday.",
            "Petra Lind",
        ),
    ],
)
def test_one_office_under_another_name_is_the_one_named(named, later, speaker) -> None:
    got = _speakers(named, later)
    assert got[-1] == speaker, got


@pytest.mark.parametrize(
    ("named", "later"),
    [
        ("The brigade spokeswoman, Petra Lind, said the border was calm.", "The spokesman said the raid had failed."),
        ("The brigade spokesman, Lev Arno, said the border was calm.", "The spokeswoman said the raid had failed."),
    ],
)
def test_a_spokeswoman_is_no_man_named_a_spokesman(named, later) -> None:
    # (guard) the office's other gender is someone else
    got = _speakers(named, later)
    assert got[-1] in ("the spokesman", "the spokeswoman"), got


# --- the one said to lie is no speaker ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "He says the government is telling lies to manipulate opinion.",
        "He said the Velorian interior ministry told lies to cover its defeat.",
        "He said Ostravia had been telling lies about the raid.",
        "He says the army is telling outright lies.",
        "He said the ministry was not telling the truth about the losses.",
    ],
)
def test_the_one_said_to_lie_is_no_speaker(sentence) -> None:
    got = _speakers("Lev Arno, a spokesman for the Kessel Brigade, denies the army's account.", sentence)
    assert got[-1] == "Lev Arno", got


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Dario Venn told reporters the raid had failed.", "Dario Venn"),
        ("Petra Lind told a news conference that the convoy had turned back.", "Petra Lind"),
    ],
)
def test_told_a_hearer_still_speaks(sentence, speaker) -> None:
    # (guard) 'told' with whom it was told is speech
    assert _speakers(sentence) == [speaker]


# --- an acronym before the time ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ostravian army (OSA) on Sunday dismissed as unfounded reports alleging it lost heavy weapons.",
        "The Ostravian army (OSA) on Sunday denied the reports.",
        "The Velorian interior ministry (VIM) on Tuesday rejected the claims.",
        "The Ostravian army (OSA) on Sunday said the reports were false.",
    ],
)
def test_an_acronym_before_the_time_leaves_the_body(sentence) -> None:
    got = _units(sentence)
    assert len(got) == 1 and got[0][0] == "denial", got
    assert got[0][1].lower().startswith(("the ostravian army", "the velorian interior ministry")), got


def test_an_acronym_that_is_the_name_stays() -> None:
    # (guard) a named body with its acronym and a time
    assert _speakers("The Kessel Liberation Front (KLF) on Sunday denied the reports.") == ["Kessel Liberation Front"]


# --- the outlet that cites ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Meridian Wire news agency cited Lev Arno, the spokesman, as saying that 20 officers were killed.",
        "Meridian Wire cited Lev Arno as saying that 20 officers were killed.",
        "Meridian Wire quoted Lev Arno as saying the raid failed.",
    ],
)
def test_the_outlet_that_cites_only_passes_the_words_on(sentence) -> None:
    assert _speakers(sentence) == ["Lev Arno"]


def test_a_body_that_quotes_and_says_still_speaks() -> None:
    # (guard) its own verb after the one it quotes is its own
    got = _speakers(
        "The Velorian interior ministry quoted Dario Venn as saying the raid failed, and said it would investigate."
    )
    assert got == ["the Velorian interior ministry", "Dario Venn"], got


# --- a deck's 'Official says' ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Official says only one officer died in the ambush after the brigade said it killed 25.", "official"),
        ("Source says the talks with Ostravia failed.", "source"),
    ],
)
def test_a_common_noun_opening_a_deck_is_no_name(sentence, speaker) -> None:
    assert _speakers(sentence)[0] == speaker


def test_a_name_opening_a_sentence_stays_a_name() -> None:
    # (guard) 'Venn says' is still Venn
    assert _speakers("Venn says the talks with Ostravia failed.") == ["Venn"]


# --- 'appeared in a video in which he ...' ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dario Venn appeared in a video in which he refuted claims that the group had been crushed.",
        "Dario Venn had earlier appeared in a video in which he refuted claims that the group had been crushed.",
        "Dario Venn appears in a new recording in which he denies the reports.",
    ],
)
def test_who_appeared_in_a_video_speaks_in_it(sentence) -> None:
    got = _speakers("In a statement, army spokesman Lev Arno said the video was propaganda.", sentence)
    assert got[-1] == "Dario Venn", got


def test_another_named_in_the_video_speaks_for_himself() -> None:
    # (guard) a name after 'in which' is the speaker
    got = _speakers("Venn appeared in a video in which Lev Arno denied the reports.")
    assert got == ["Lev Arno"], got
