"""Round 53's English-quotation helper's rules, tested on made-up sentences: a paragraph of bare quotation after one
whose speaker reports what another said is the reporter's, not the other's ('X said the attack, which the army blamed
on Y, was staged.' then '"..."'); a quotation stopped on a comma, then a paragraph that opens on its verb in small
letters ('said Lev Arno, the brigade commander.'); and ranks and offices written short with a stop before a name
('Amb. Lev Arno', 'Cmdr. Petra Lind')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes

_WORDS = '"This is a lie from start to finish."'


def _speakers(*paragraphs: str) -> list[str | None]:
    return [who for _, who in quotes(EN_LEAD, *paragraphs)]


# --- a paragraph of bare quotation after one where the speaker reports another's words ------------------------------


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # another speaks in a relative clause
        (
            "Lev Arno, the brigade commander, said the attack, which the army blamed on the brigade, was staged.",
            "Lev Arno",
        ),
        ("Petra Lind said the raid, which the ministry says killed ten, never took place.", "Petra Lind"),
        ("Dario Venn dismissed the reports, which the army said were confirmed, as a fabrication.", "Dario Venn"),
        ("Tomas Vell said the strike, which Mira Kos described as a massacre, had hit an empty depot.", "Tomas Vell"),
        # another speaks in the clause the first verb reports
        ("Lev Arno said the army had claimed that the brigade fired first.", "Lev Arno"),
        ("Petra Lind told reporters the ministry had accused her fighters of the raid.", "Petra Lind"),
        ("Dario Venn rejected what the army said about the convoy.", "Dario Venn"),
        ("Tomas Vell said that, as the ministry claimed, the depot had been empty.", "Tomas Vell"),
        ("The Kessel Brigade said Mira Kos had denied the report.", "Kessel Brigade"),
        # or in a clause of time after it
        ("The Kessel Brigade denied any role after the army said it had found rockets.", "Kessel Brigade"),
        ("Lev Arno denied the charge, hours after the ministry accused him of the raid.", "Lev Arno"),
        # an outlet relays the sentence
        ("Lev Arno denied any role, according to Reuters.", "Lev Arno"),
        ("Petra Lind said the brigade had no part in the raid, the Kessa Times reported.", "Petra Lind"),
    ],
)
def test_bare_quotation_after_one_reporting_anothers_words_is_the_reporters(before: str, speaker: str) -> None:
    assert _speakers(before, _WORDS) == [speaker], before


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # two speakers set side by side: the last speaks on
        ("Lev Arno said the army had lied, while Petra Lind said it was true.", "Petra Lind"),
        ("Lev Arno said the army had lied, and Petra Lind said it was true.", "Petra Lind"),
        ("Lev Arno said the army had lied, but Petra Lind insisted it was true.", "Petra Lind"),
        ("Lev Arno said the army had lied; Petra Lind said it was true.", "Petra Lind"),
        ("Lev Arno said the army had lied. Petra Lind said it was true.", "Petra Lind"),
        # a sentence whose first speaker is inside an opening phrase: the main clause's speaks
        ("Responding to what the army said, Lev Arno denied any role.", "Lev Arno"),
        ("After the army said it had found rockets, the Kessel Brigade denied any role.", "Kessel Brigade"),
    ],
)
def test_bare_quotation_after_speakers_side_by_side_is_the_last(before: str, speaker: str) -> None:
    assert _speakers(before, _WORDS) == [speaker], before


def test_the_same_sentences_then_a_pronoun_were_read_so_already() -> None:
    got = _speakers("Lev Arno said the attack, which the army says killed ten, was staged.", '"It is a lie," he said.')
    assert got == ["Lev Arno"]


# --- a quotation stopped on a comma, then its verb and speaker in the next paragraph -------------------------------

_STOPPED = '"We will not leave the town and we will not give up our weapons,"'


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("said Lev Arno.", "Lev Arno"),
        ("said Lev Arno, the brigade commander.", "Lev Arno"),
        ("said Petra Lind, the brigade commander, in an interview with Reuters.", "Petra Lind"),
        ("added the brigade's spokesman, Dario Venn.", "Dario Venn"),
        ("said Tomas Vell, who commands the brigade.", "Tomas Vell"),
        ("said Kessel Brigade spokesman Mira Kos.", "Mira Kos"),
        ("said the Kessel Brigade in a statement.", "Kessel Brigade"),
        ("said a brigade spokesman.", "a brigade spokesman"),
        ("wrote Lev Arno on X.", "Lev Arno"),
        ("said Petra Lind on Monday.", "Petra Lind"),
    ],
)
def test_a_paragraph_opening_on_the_verb_names_the_stopped_quotations_speaker(tag: str, speaker: str) -> None:
    assert _speakers(_STOPPED, tag) == [speaker], tag


def test_a_paragraph_opening_on_the_verb_after_a_speaker_before() -> None:
    assert _speakers("Petra Lind said the town was calm.", _STOPPED, "said Lev Arno.") == ["Lev Arno"]


def test_a_quotation_closed_with_a_stop_is_not_named_by_the_paragraph_after() -> None:
    assert _speakers('"We will not leave the town."', "said Lev Arno.") == [None]


def test_a_paragraph_opening_with_a_capital_verb_is_not_read_so() -> None:
    # ('Said Lev Arno.' reads as no verb of saying; a paragraph in small letters is the broken sentence's rest)
    assert _speakers(_STOPPED, "Said Lev Arno.") == [None]


# --- ranks and offices written short with a stop ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Amb.", "Cmdr.", "Supt.", "Insp.", "Pvt.", "Asst. Commissioner", "Atty.", "Hon.", "Det.", "Msgr.", "Engr."],
)
@pytest.mark.parametrize(
    "shape",
    ['"We will not leave," {title} Qasim Nouri said.', '"We will not leave," said {title} Qasim Nouri.'],
)
def test_a_short_title_with_a_stop_ends_no_sentence(title: str, shape: str) -> None:
    assert _speakers(shape.format(title=title)) == ["Qasim Nouri"], (title, shape)


@pytest.mark.parametrize("title", ["Amb.", "Cmdr.", "Supt."])
def test_a_short_title_before_a_name_in_a_colon_tag(title: str) -> None:
    assert _speakers(f'{title} Petra Lind told Reuters: "We will not leave."') == ["Petra Lind"]


def test_a_short_titled_name_said_before_is_whom_he_stands_for() -> None:
    got = _speakers("Cmdr. Dario Venn said the fighters would stay.", '"We will not leave," he said.')
    assert got == ["Dario Venn"]


# --- a paragraph of bare quotation after one that ends on how someone answered, in more words ------------------------

_ANSWER = '"We will not leave the town, whatever they say."'


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Lev Arno was quick to respond.", "Lev Arno"),
        ("Petra Lind was quick to respond to the claims.", "Petra Lind"),
        ("The Kessel Brigade was quick to reply to the accusations.", "Kessel Brigade"),
        ("Dario Venn has a different account.", "Dario Venn"),
        ("Tomas Vell gave a different version of events.", "Tomas Vell"),
        ("Mira Kos offered a very different explanation.", "Mira Kos"),
        ("The Kessel Brigade has a conflicting account.", "Kessel Brigade"),
        ("Lev Arno, the brigade commander, sees things differently.", "Lev Arno"),
        ("Petra Lind saw matters differently.", "Petra Lind"),
    ],
)
def test_a_paragraph_of_quotation_after_how_one_answered_is_theirs(before: str, speaker: str) -> None:
    assert _speakers(before, _ANSWER) == [speaker], before


@pytest.mark.parametrize(
    "before",
    [
        "Police were quick to respond to the blast.",
        "Lev Arno has a different car.",
        "Petra Lind was quick to leave the town.",
    ],
)
def test_a_paragraph_of_quotation_after_no_answer_stays_unread(before: str) -> None:
    assert _speakers(before, _ANSWER) == [None], before


# --- one described, then the name they go by: 'named', 'called', 'who gave his name as' -----------------------------

_CAME = '"We came because we were told to,"'


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        (f"{_CAME} said a fighter named Zelimkhan.", "Zelimkhan"),
        (f"{_CAME} a fighter called Zelimkhan said.", "Zelimkhan"),
        (f"{_CAME} said a fighter named Lev Arno.", "Lev Arno"),
        (f"{_CAME} said one fighter, a man named Zelimkhan.", "Zelimkhan"),
        (f"{_CAME} one of the fighters, a 33-year-old named Zelimkhan, was quoted as saying.", "Zelimkhan"),
        (f"{_CAME} one of the fighters, a 40-year-old called Petra Lind, said.", "Petra Lind"),
        ('A fighter named Zelimkhan said: "We came because we were told to."', "Zelimkhan"),
        ('A 33-year-old fighter named Dario Venn told the newspaper: "We came because we were told to."', "Dario Venn"),
        (f"{_CAME} said a 33-year-old fighter who identified himself as Zelimkhan.", "Zelimkhan"),
        (f"{_CAME} said a fighter who identified himself only as Abu Zaid.", "Abu Zaid"),
        ('A resident who identified herself as Mira said: "We came because we were told to."', "Mira"),
        (f"{_CAME} said a resident who gave his name as Ahmed.", "Ahmed"),
        (f"{_CAME} said a woman who gave her name only as Mira.", "Mira"),
        ('One resident, who gave his name as Ahmed, said: "We came because we were told to."', "Ahmed"),
        (f"{_CAME} one resident, who gave his first name as Ahmed, said.", "Ahmed"),
        (f"{_CAME} said one resident, who gave his name as Ahmed.", "Ahmed"),
        (f"{_CAME} said the group's leader, known as Abu Karim.", "Abu Karim"),
    ],
)
def test_the_name_a_description_goes_by_speaks(said: str, speaker: str) -> None:
    assert _speakers(said) == [speaker], said


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # a verb 'called', 'named' after a subject, not a description's name
        ('The army called Lev Arno a liar. "We came because we were told to," he said.', "Lev Arno"),
        ('A man named Lev Arno was arrested. "We came because we were told to," the police said.', "the police"),
        # 'named' with no name after it
        (f"{_CAME} said the newly named minister, Lev Arno.", "Lev Arno"),
        (f"{_CAME} said Lev Arno, a man named in the indictment.", "Lev Arno"),
        # a name's own aside is no other name
        (f"{_CAME} said Lev Arno, known as Abu Karim.", "Lev Arno"),
    ],
)
def test_named_or_called_as_a_verb_gives_no_name(said: str, speaker: str) -> None:
    assert _speakers(said) == [speaker], said


# --- a name before a settlement's word in small letters is a place, not whom 'he' stands for -------------------------

_SPOKE = "Colonel Lev Arno, the army spokesman, said the troops had taken the camp."
_HE = '"We captured a small training facility," he said.'


@pytest.mark.parametrize(
    "between",
    [
        "The troops took the other camp east of Kessa's Tain Nyo village in March.",
        "The troops took the other camp near the Tain Nyo village in March.",
        "Fighting spread to Kessa's Dara Venn district on Monday.",
        "Shelling hit the Mira Kos township overnight.",
        "The troops reached the Tomas Vell neighbourhood at dawn.",
        "Families fled from Kessa's Petra Lind refugee camp.",
    ],
)
def test_a_settlement_named_as_a_person_is_no_speaker(between: str) -> None:
    assert _speakers(_SPOKE, between, _HE) == ["Lev Arno"], between


@pytest.mark.parametrize(
    "told",
    [
        "Dario Venn told villagers on Monday that the troops would stay.",
        "Dario Venn, the district chief, told reporters on Monday that the troops would stay.",
    ],
)
def test_a_person_before_other_words_in_small_letters_stays_a_person(told: str) -> None:
    assert _speakers(told, '"We will stay," he said.') == ["Dario Venn"], told
