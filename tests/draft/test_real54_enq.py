"""Round 54's English-quotation helper's rules, tested on made-up sentences: a one-word name ending in 's' right after
a quotation closed with a straight mark and a comma ('"...," Hamas said') is mid-sentence, a name, not a plural
opening a sentence; words in marks inside a clause whose speaker is set after its verb at the sentence's end ('The
army has "no presence" in the town, said Lev Arno.', '..., according to the ministry.'); and an office news calls by
another word when it refers back to its holder ('the lawmaker' after 'MP Lev Arno', 'the premier', 'the top
diplomat')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [who for _, who in quotes(EN_LEAD, *paragraphs)]


# --- a one-word name in -s after a quotation closed with a straight mark ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We were never there," Hamas said.', "Hamas"),
        ('"We were never there," Hamas said in a statement.', "Hamas"),
        ('"We were never there," Hamas said on Monday.', "Hamas"),
        ('"The reports are lies," Hamas told reporters in Kessa.', "Hamas"),
        ('"The reports are lies," Abbas said.', "Abbas"),
        ('"The reports are lies," Kessas said in a statement on Telegram.', "Kessas"),
        ('"The reports are lies," Tarvos added.', "Tarvos"),
        ('"The talks failed because of the army," Abbas told the Kessa Times.', "Abbas"),
    ],
)
def test_a_name_in_s_after_a_closed_straight_quotation_speaks(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker], sentence


def test_the_name_after_one_quotation_speaks_in_the_next() -> None:
    got = _speakers('"We were never there," Hamas said. "Never," Hamas added.')
    assert got == ["Hamas", "Hamas"]


def test_it_after_a_name_in_s_is_that_name() -> None:
    got = _speakers('"We were never there," Hamas said in a statement.', '"We reject the claims," it added.')
    assert got == ["Hamas", "Hamas"]


def test_a_name_in_s_opening_a_sentence_before_is_read_so_after() -> None:
    got = _speakers("Hamas denied the report on Monday.", '"We were never there," Hamas said in a statement.')
    assert got == ["Hamas"]


def test_a_curly_closing_mark_was_read_so_already() -> None:
    assert _speakers("\u201cWe were never there,\u201d Hamas said.") == ["Hamas"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a plural opening a sentence is still a common noun
        ('Residents said: "We were never there."', "residents"),
        ('Officials told reporters: "We were never there."', "officials"),
        ('Witnesses said: "The shelling went on for hours."', "witnesses"),
    ],
)
def test_a_plural_opening_a_sentence_stays_a_common_noun(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker], sentence


def test_a_name_in_s_opening_a_sentence_alone_stays_unread() -> None:
    # (no mark before it and no other mention: a word in -s opening a sentence may be any plural)
    assert _speakers('Hamas said in a statement: "We were never there."') == [None]


# --- words in marks in a clause whose speaker follows its verb at the sentence's end ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The army has "no presence" in the town, said Lev Arno.', "Lev Arno"),
        ('The army has "no presence" in the town, said Lev Arno, the brigade commander.', "Lev Arno"),
        ('The fighters have "no presence" in the town, said a brigade spokesman.', "a brigade spokesman"),
        ('The talks were "very positive" and will resume next week, said Dario Venn.', "Dario Venn"),
        ('Kessa has "no presence" in the town, added Petra Lind.', "Petra Lind"),
        ('The army has "no presence" in the town, according to Lev Arno.', "Lev Arno"),
        ('The army has "no presence" in the town, according to Lev Arno, the brigade commander.', "Lev Arno"),
        ('There is "no army" in the town, according to Petra Lind, the mayor.', "Petra Lind"),
        ('The raid killed "at least ten" people, according to the ministry.', "the ministry"),
        ('The convoy carried "only food" to Kessa, according to the Kessel Brigade.', "Kessel Brigade"),
        (
            'The army has "no presence" in the town, according to a statement from the Kessel Brigade.',
            "Kessel Brigade",
        ),
    ],
)
def test_words_in_marks_in_a_clause_told_after_by_a_speaker_after_its_verb(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the speaker's tag set before its verb was read so already
        ('The army has "no presence" in the town, Lev Arno said.', "Lev Arno"),
        # the marks closed right before the comma, as before
        ('The army has "no presence in the town," according to Lev Arno.', "Lev Arno"),
        ('The army has "no presence in the town," said Lev Arno.', "Lev Arno"),
    ],
)
def test_the_same_words_read_so_already(sentence: str, speaker: str) -> None:
    assert _speakers(sentence) == [speaker], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # another speaker's verb inside the clause: theirs, as before
        ('The army said its troops had "no presence" in the town, according to Lev Arno.', "the army"),
        # a clause after the speaker: not surely the one told
        ('The army is "lying" about the raid, said Lev Arno, adding that the town was calm.', None),
        # a source that names no one
        ('The army has "no presence" in the town, according to reports.', None),
        # a stop between: another sentence's tag
        ('The army has "no presence" in the town. So said Lev Arno.', None),
    ],
)
def test_words_in_marks_with_no_sure_speaker_after_stay_as_they_were(sentence: str, speaker: str | None) -> None:
    assert _speakers(sentence)[:1] == [speaker], sentence


# --- an office called by another word when news refers back to its holder -------------------------------------------


@pytest.mark.parametrize(
    ("named", "tag"),
    [
        ("MP Lev Arno spoke to reporters in Kessa on Monday.", '"We were never there," the lawmaker said.'),
        ("Lawmaker Lev Arno spoke to reporters in Kessa on Monday.", '"We were never there," the MP said.'),
        (
            "Lev Arno, a member of parliament, spoke to reporters on Monday.",
            '"We were never there," the lawmaker said.',
        ),
        ("Lev Arno, a Kessan MP, spoke to reporters on Monday.", '"We were never there," said the legislator.'),
        ("Prime Minister Lev Arno spoke to reporters on Monday.", '"We were never there," the premier said.'),
        (
            "Lev Arno, the prime minister, spoke to reporters on Monday.",
            '"We were never there," the premier told them.',
        ),
        ("Foreign Minister Lev Arno spoke to reporters on Monday.", '"We were never there," the top diplomat said.'),
        ("Ambassador Lev Arno spoke to reporters on Monday.", '"We were never there," the diplomat said.'),
        ("Lev Arno, Kessa's ambassador to Tarvo, spoke on Monday.", '"We were never there," the envoy said.'),
        ("Ayatollah Lev Arno spoke at Friday prayers.", '"We were never there," the cleric said.'),
        ("Imam Lev Arno spoke at Friday prayers.", '"We were never there," said the cleric.'),
    ],
)
def test_an_office_called_by_another_word_is_its_holder(named: str, tag: str) -> None:
    assert _speakers(named, tag) == ["Lev Arno"], (named, tag)


@pytest.mark.parametrize(
    ("named", "tag", "speaker"),
    [
        # no holder of the office named: the description speaks as written
        ("Lev Arno, a Kessan general, spoke on Monday.", '"We were never there," the lawmaker said.', "the lawmaker"),
        ("Lev Arno, the defence minister, spoke on Monday.", '"We were never there," the premier said.', "the premier"),
        ("Lev Arno, a farmer, spoke on Monday.", '"We were never there," the diplomat said.', "the diplomat"),
        # the office's own word was read so already
        ("MP Lev Arno spoke to reporters on Monday.", '"We were never there," the MP said.', "Lev Arno"),
    ],
)
def test_an_office_no_one_named_holds_stays_a_description(named: str, tag: str, speaker: str) -> None:
    assert _speakers(named, tag) == [speaker], (named, tag)
