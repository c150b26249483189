"""English quotations the rules drafted with no speaker or the wrong one (round 47, helper q-en), by shape.

Each group names the shape of a sentence news writes, a few made-up variants of it (names, genders, tenses, marks)
and the controls that must not change. Made-up sentences only (Arlo Venn, Mira Solen, Dara Marr, the Kessel Brigade,
the Kessel Monitoring Team, Veloria, Tovek, Tarvo, Kessel City).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, denied, quotes, said

Q1 = "We will not leave the town while the shelling goes on"
Q2 = "The talks must resume before the winter comes"
Q3 = "Nobody in Tarvo is safe tonight"


def _speaker_of(paragraphs: list[str], words: str) -> str | None:
    """The speaker of the quotation that holds ``words``, after the English grid lead."""
    for quote, speaker in quotes(EN_LEAD, *paragraphs):
        if words in quote:
            return speaker
    raise AssertionError((words, paragraphs))


def _both(paragraphs: list[str]) -> list[list[str]]:
    """The paragraphs with straight marks and with curly ones."""
    return [paragraphs, [curly(p) for p in paragraphs]]


# --- 1. 'they' after two spokespeople of one body ------------------------------------------------------------------
"""A body denies, its spokesman is quoted, then a second description of a spokesman ('the spokesman for the
fighters'), then 'they added' or 'They also said': 'they' is the body both speak for (before: no one, since the loop
back to the body stopped at the first spokesman)."""

BODY_FIRST = [
    ("The Kessel Brigade rejected the report on Monday.", "Kessel Brigade"),
    ("The Kessel Monitoring Team rejected the report on Monday.", "Kessel Monitoring Team"),
    ("The Tovek Rights Council rejected the report on Monday.", "Tovek Rights Council"),
]
FIRST_SPOKESMAN = [
    '"The brigade respects the law," the brigade spokesman said in a statement.',
    '"The brigade respects the law," its spokesman said.',
    '"The brigade respects the law," a spokeswoman said.',
]
SECOND_SPOKESMAN = [
    'In the same note, the spokesman for the fighters has assured that "the reports are not based on evidence".',
    'The spokesperson for the group also said that "the reports are not based on evidence".',
]
THEY_THEN = [
    '"{Q2}," they added.',
    'They have also denounced that "{Q2}."',
]


@pytest.mark.parametrize("then", THEY_THEN)
@pytest.mark.parametrize("second", SECOND_SPOKESMAN)
@pytest.mark.parametrize("first", FIRST_SPOKESMAN)
@pytest.mark.parametrize(("body", "label"), BODY_FIRST)
def test_they_after_two_spokespeople_is_the_body_both_speak_for(body, label, first, second, then):
    for paragraphs in _both([f"{body} {first}", second, then.format(Q2=Q2)]):
        assert _speaker_of(paragraphs, Q2) == label, paragraphs


@pytest.mark.parametrize(
    "voices",
    [
        '"We saw nothing," a brigade spokesman said. "The road is open," a ministry spokesman said.',
        '"We saw nothing," a brigade spokesman said. "The road is open," Arlo Venn said.',
        '"We saw nothing," a brigade spokesman said. "The road is open," residents said.',
    ],
)
def test_guard_they_after_voices_of_other_bodies_or_people_is_no_body_guessed(voices):
    # (a spokesman of another kind of body, a person named, or people: 'they' is not surely the brigade)
    paragraphs = ["The Kessel Brigade rejected the report on Monday. " + voices, f'"{Q2}," they added.']
    assert _speaker_of(paragraphs, Q2) != "Kessel Brigade", paragraphs


# --- 2. a name set off after a noun a preposition governs ---------------------------------------------------------
"""'X said ... The brigade holds the barracks of forces loyal to Veloria's ousted leader, Dara Marr.' then, in a
new paragraph, 'he said' or '"...," he said': Marr is named in passing, as in 'loyal to Dara Marr', and 'he' is still
the one who spoke (before: Marr, the last man named)."""

IN_PASSING = [
    "The brigade holds the old barracks of forces loyal to Veloria's ousted leader, Dara Marr.",
    "The brigade holds the old barracks of forces loyal to the ousted leader, Dara Marr.",
    "Its fighters guard the villa of the late commander, Dara Marr.",
    "The unit was set up with the help of a former minister, Dara Marr.",
    "The brigade once fought for Tovek's elderly ruler, Dara Marr.",
]
HE_THEN = [
    '"{Q1}," he said.',
    'Even so, he said he did not expect an assault. "{Q1}."',
    'He added: "{Q1}."',
]


@pytest.mark.parametrize("then", HE_THEN)
@pytest.mark.parametrize("passing", IN_PASSING)
def test_he_is_the_speaker_not_a_man_set_off_after_a_preposition_s_noun(passing, then):
    for paragraphs in _both([f"Arlo Venn said the brigade has 300 fighters. {passing}", then.format(Q1=Q1)]):
        assert _speaker_of(paragraphs, Q1) == "Arlo Venn", paragraphs


@pytest.mark.parametrize(
    "acted_on",
    [
        "The ministry summoned the brigade's commander, Dara Marr.",
        "The ministry later met the ousted leader, Dara Marr.",
    ],
)
def test_guard_a_man_the_subject_acted_on_is_still_whom_he_stands_for(acted_on):
    # (no preposition before the noun: the one acted on, whom 'he' stands for next, as round 22 reads it)
    paragraphs = [f"Arlo Venn said the brigade has 300 fighters. {acted_on}", f'"{Q1}," he said.']
    assert _speaker_of(paragraphs, Q1) == "Dara Marr", paragraphs


# --- 3. an inverted tag after a clause that holds words in marks --------------------------------------------------
"""'The ban is part of "efforts to demonize" the group, says a group official.': the subject after the inverted verb
speaks; not the words between the marks and the comma, which end the clause that quotes (before: 'the group')."""

QUOTING_CLAUSES = [
    'Veloria\'s move goes in line with "efforts to demonize" the movement',
    'The ban is part of a "campaign of lies" against the brigade',
    'The new law was "a blow to peace" for the whole region',
]
TAGS = [
    (", says a movement official.", "a movement official"),
    (", said a brigade commander.", "a brigade commander"),
    (", said Arlo Venn.", "Arlo Venn"),
    (", says Mira Solen.", "Mira Solen"),
]


@pytest.mark.parametrize(("tag", "label"), TAGS)
@pytest.mark.parametrize("clause", QUOTING_CLAUSES)
def test_an_inverted_tag_after_marks_within_the_clause_names_its_speaker(clause, tag, label):
    for paragraphs in _both([clause + tag]):
        assert [s for _, s, _ in said("en", EN_LEAD, *paragraphs)] == [label], paragraphs


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('"Veloria\'s move goes in line with efforts to demonize the movement," the movement said.', "the movement"),
        ('"The ban is a blow to peace," the brigade, meanwhile, said.', "the brigade"),
        ('Arlo Venn called the ban "a blow to peace," the brigade said.', "the brigade"),
    ],
)
def test_guard_a_subject_before_its_verb_still_speaks(text, label):
    # (a sentence that opens with its marks, or a verb after its subject: the subject before the verb)
    assert [s for _, s, _ in said("en", EN_LEAD, text)][-1:] == [label], text


# --- 4. a body that released a report, then 'the report said' ------------------------------------------------------
"""'The Kessel Monitoring Team released a report on Monday.' then 'The report said "..."': the report is the body's
(before: no one, since only 'a report by X' and 'the report that X released' named its author)."""

ISSUED = [
    "The Kessel Monitoring Team released a report on Monday.",
    "The Kessel Monitoring Team on Monday published its annual report.",
    "The Kessel Monitoring Team has issued a new report on the brigade.",
    "The Tovek Rights Council put out a long report on Tarvo.",
]
REPORT_SAYS = [
    'The report said that "{Q3}."',
    'The report noted "{Q3}."',
    '"{Q3}," the report said.',
]


@pytest.mark.parametrize("says", REPORT_SAYS)
@pytest.mark.parametrize("issued", ISSUED)
def test_the_report_a_body_released_speaks_for_it(issued, says):
    label = "Tovek Rights Council" if "Tovek" in issued else "Kessel Monitoring Team"
    for paragraphs in _both([issued, says.format(Q3=Q3)]):
        assert _speaker_of(paragraphs, Q3) == label, paragraphs


@pytest.mark.parametrize(
    "read",
    [
        "The Kessel Brigade denied a report on Monday.",
        "The Kessel Brigade rejected a new report on the raid.",
        "Arlo Venn released a report on Monday.",
    ],
)
def test_guard_a_report_denied_or_a_person_s_is_not_the_body_s(read):
    # (a report a body denies is someone else's; a person releasing one is not read here)
    paragraphs = [read, f'The report said that "{Q3}."']
    assert _speaker_of(paragraphs, Q3) != "Kessel Brigade", paragraphs


# --- 5. words in marks between two sentences of one speaker's words -----------------------------------------------
"""'The report said that "...".' then 'The brigade's chief has been "resistant to pressure," and his aides could not
"sway policy." The report noted "..."': a sentence with no verb of saying, between two that quote the same speaker,
holds that speaker's words too (before: no one)."""

SAID_BEFORE = [
    (
        'The Kessel Monitoring Team released a report on Monday. The report said that "{Q3}."',
        "The report noted",
        "Kessel Monitoring Team",
    ),
    ('Arlo Venn said that "{Q3}."', "Venn noted", "Arlo Venn"),
    ('Mira Solen told reporters that "{Q3}."', "She added", "Mira Solen"),
]
BETWEEN = [
    'The brigade chief has been "resistant to outside pressure," and other leaders could not "influence policy."',
    'The brigade remains "deeply divided" over the talks.',
    'Its fighters were "tired and unpaid" by the end of the year.',
]


@pytest.mark.parametrize("between", BETWEEN)
@pytest.mark.parametrize(("before", "verb", "label"), SAID_BEFORE)
def test_words_between_two_sentences_of_one_speaker_are_theirs(before, verb, label, between):
    after = f'{verb} "little prospect of change."'
    inner = between.split('"')[1]
    for paragraphs in _both([before.format(Q3=Q3), f"{between} {after}"]):
        assert _speaker_of(paragraphs, inner) == label, paragraphs


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ('Arlo Venn said that "{Q3}."', 'Mira Solen noted "little prospect of change."'),
        ("Arlo Venn said the talks were over.", 'Venn noted "little prospect of change."'),
        ('Arlo Venn said that "{Q3}."', "Venn noted little prospect of change."),
    ],
)
def test_guard_between_two_speakers_or_without_quotations_no_one_is_guessed(before, after):
    # (two speakers around it, or no words in marks on one side: the words may be the writer's)
    paragraphs = [before.format(Q3=Q3), f'The brigade remains "deeply divided" over the talks. {after}']
    assert _speaker_of(paragraphs, "deeply divided") is None, paragraphs


def test_guard_marks_in_the_opening_phrase_are_the_writer_s_label():
    paragraphs = [
        'Arlo Venn said that "Nobody is safe."',
        'The "liberated" town was shelled. Venn noted "little prospect of change."',
    ]
    assert _speaker_of(paragraphs, "liberated") is None, paragraphs


# --- 6. what is denied when reports with words in marks are called false ------------------------------------------
"""'According to the statement, Veloria's reports about "..." and the talk of losses are all "absolutely false."':
what is denied is the reports (with the words they said), not the judgement 'absolutely false' (before: the
judgement, since 'all' stood between the copula and the label, and the reports ran over ten words)."""

REPORTS_JUDGED = [
    'According to the statement, Veloria\'s reports about "stopping an attack from Tarvo" and the talk of brigade '
    'losses are all "absolutely false."',
    'According to the statement, Veloria\'s reports about "stopping an attack from Tarvo" and the talk of brigade '
    'losses are "absolutely false."',
    'According to the statement, the reports about "stopping an attack from Tarvo" and the talk of losses in the '
    'shelling are both "lies."',
    'In its statement, the brigade said the reports about "a raid on Tarvo" were all "baseless."',
]


@pytest.mark.parametrize("text", REPORTS_JUDGED)
def test_reports_called_false_are_what_is_denied(text):
    for paragraph in (text, curly(text)):
        got = denied("en", EN_LEAD, "The Kessel Brigade issued a statement on Monday. " + paragraph)
        assert got and "reports about" in got[0], (paragraph, got)


@pytest.mark.parametrize("text", REPORTS_JUDGED[:3])
def test_reports_called_false_after_a_denial_by_its_verb_are_denied_too(text):
    # (one denial per denier: the place that only calls the reports false adds them, with their words in marks, to
    # what the record says was denied, so that the words are not read as the denier's own)
    for paragraph in (text, curly(text)):
        lead = "However, the Kessel Brigade said it did not carry out any raids that day. "
        got = denied("en", EN_LEAD, lead + paragraph)
        assert len(got) == 1 and "reports about" in got[0], (paragraph, got)


@pytest.mark.parametrize(
    "text",
    [
        'The brigade said the reports were "absolutely false."',
        'The brigade said the reports were all "absolutely false."',
        'The brigade said all of it was "absolutely false."',
    ],
)
def test_guard_a_short_thing_or_a_pronoun_reads_as_before(text):
    got = denied("en", EN_LEAD, text)
    assert got and "reports about" not in got[0], (text, got)


# --- 7. a voice heard, not seen ------------------------------------------------------------------------------------
"""'It showed four soldiers, as an off-camera voice said that they were guilty of "..."': the voice speaks, as one
unnamed person does (before: no one in the paragraph, or the clause before it, 'It showed four soldiers')."""

VOICES = [
    (
        'It showed four soldiers, as an off-camera voice said that they were found guilty of "{Q1}."',
        "an off-camera voice",
    ),
    ('It showed four soldiers, their IDs on display, as an off-camera voice said "{Q1}."', "an off-camera voice"),
    ('In the video, a male voice says: "{Q1}."', "a male voice"),
    ('"{Q1}," a voice on the recording said.', "a voice on the recording"),
    ('A woman\'s voice is heard saying: "{Q1}."', None),
]


@pytest.mark.parametrize(("text", "label"), [v for v in VOICES if v[1] is not None])
def test_a_voice_speaks_as_one_unnamed_person(text, label):
    for paragraphs in _both([text.format(Q1=Q1)]):
        assert _speaker_of(paragraphs, Q1) == label, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'Arlo Venn said the brigade would give "{Q1}" a voice.',
        'The voice of the people was heard, Arlo Venn said: "{Q1}."',
    ],
)
def test_guard_voice_as_a_word_in_the_sentence_changes_no_speaker(text):
    assert _speaker_of([text.format(Q1=Q1)], Q1) == "Arlo Venn"


# --- 8. a judgement of falsehood as what something led to -----------------------------------------------------------
"""'"These discrepancies have led to erroneous conclusions and inaccurate reporting," they added.': what the errors
brought about, not a report the speaker calls false, so no denial (as the development gold counts such words)."""

CAUSED = [
    "These discrepancies have led to erroneous conclusions and inaccurate reporting in the media",
    "The delays resulted in false reports about the brigade",
    "Such errors lead to inaccurate figures",
    "The leak gave rise to false rumours in Tarvo",
]


@pytest.mark.parametrize("words", CAUSED)
def test_falsehood_something_led_to_is_no_denial(words):
    paragraphs = ["Arlo Venn spoke in Tarvo on Monday.", f'"{words}," he added.']
    assert "denial" not in [k for k, _, _ in said_en_kinds(paragraphs)], paragraphs


@pytest.mark.parametrize(
    "words",
    [
        "These reports are false and inaccurate",
        "The leak is a false report",
        "The ministry led the talks, and the reports are false",
    ],
)
def test_guard_falsehood_judged_of_reports_is_a_denial(words):
    paragraphs = ["Arlo Venn spoke in Tarvo on Monday.", f'"{words}," he added.']
    assert "denial" in [k for k, _, _ in said_en_kinds(paragraphs)], paragraphs


def said_en_kinds(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    """(kind, speaker, words) of every unit drafted after the English grid lead."""
    return said("en", EN_LEAD, *paragraphs)


@pytest.mark.parametrize(
    "voice",
    [
        'It showed four soldiers, as an off-camera voice said that they were found guilty of "waging war".',
        '"They were tried," a male voice on the recording said.',
    ],
)
def test_guard_a_voice_is_not_whom_a_later_he_stands_for(voice):
    # (the one the article is about, named before, is still 'he' in the paragraphs after the voice)
    paragraphs = ["Arlo Venn, the brigade's leader, gave us a video of a trial.", voice, f'"{Q1}," he said.']
    for marked in _both(paragraphs):
        assert _speaker_of(marked, Q1) == "Arlo Venn", marked


@pytest.mark.parametrize(
    "opening",
    [
        "Back at the shop, Dara Marr shrugs when I read him the reply.",
        "In the town, Dara Marr waits for news.",
        "At the end of the day, Dara Marr goes home.",
    ],
)
def test_guard_a_subject_after_a_phrase_that_opens_the_sentence_is_whom_he_stands_for(opening):
    # (a phrase of place or time before the subject, set off by a comma: the name after it is the subject)
    paragraphs = ["Arlo Venn said the brigade has 300 fighters.", opening + f' "{Q1}," he says.']
    for marked in _both(paragraphs):
        assert _speaker_of(marked, Q1) == "Dara Marr", marked
