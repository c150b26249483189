"""English quotations whose speaker the rules found no one for, or the wrong one (round 46, helper q-en).

A grid of shapes news uses for a speaker named away from the words, or not as a plain 'X said': a writing of the
one a possessive pronoun stands for ('His statement went on: "..."', '"...," its message said'); a name set off by
a description with a clause of its own ('Mira Solen, the minister who last year said that talks were over, told
reporters: "..."'); a transcript's stage direction between the words ('"...." (Laughs) "...."'); a transcript's
question and answer ('Q: "...?"', 'A: "...."'); and, kept as they read, the shapes of the same kind the rules read
already: a time or an adverb in the tag ('"...," Venn said on Tuesday'), 'says', an age, 'speaking by phone', a
statement or a video and its words in the next sentence, a long subject before a colon, an interview introduced
once and quoted over paragraphs, 'he', 'the general', 'the minister' or the surname alone in the paragraph after,
an anonymous speaker who gave a first name. And the precision controls: an interviewer's question, two people
named in the paragraph before, scare quotes and titles, a headline, a possessive with no one it can stand for.

Made-up sentences only (Arlo Venn, Mira Solen, the Kessel Brigade, Tarvo, Tovek, Kessel City, Veloria Post); each
test asserts who a reader would say spoke the quotation (or that no one is guessed).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import curly, en_quotes, en_speaker_of

Q1 = "We will not leave the town while the shelling goes on"
Q2 = "The talks must resume before the winter comes"
Q3 = "Nobody in Tarvo is safe tonight"
QUESTION = "Will the brigade stay in Tarvo?"


def _marked(paragraphs: list[str], marks: str) -> list[str]:
    return [curly(p) for p in paragraphs] if marks == "curly" else paragraphs


# (the one named before, the possessive that stands for them, their label)
OWNERS = [
    ("Arlo Venn, the brigade's commander, spoke in Tarvo on Monday.", "His", "Arlo Venn"),
    ("Mira Solen, the defence minister, spoke in Kessel City on Monday.", "Her", "Mira Solen"),
    ("Maj. Gen. Arlo Venn visited the front on Monday.", "His", "Arlo Venn"),
    ("The Kessel Brigade rejected the report on Monday.", "Its", "Kessel Brigade"),
    ("The Kessel Brigade rejected the report on Monday.", "Their", "Kessel Brigade"),
]

# --- 1. a writing of the one a possessive pronoun stands for --------------------------------------------------------

OWN_WRITINGS = [
    '{P} statement went on: "{Q1}."',
    '{P} statement added: "{Q1}."',
    '{P} statement said: "{Q1}."',
    '"{Q1}," {p} statement said.',
    '"{Q1}," {p} statement added.',
    '{P} message said: "{Q1}."',
    '"{Q1}," {p} message said.',
    '{P} latest statement went on: "{Q1}."',
    '"{Q1}," {p} post said.',
    '{P} letter went on: "{Q1}."',
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("frame", OWN_WRITINGS)
@pytest.mark.parametrize(("before", "pronoun", "label"), OWNERS)
def test_a_writing_of_the_one_a_possessive_stands_for_is_theirs(before, pronoun, label, frame, marks):
    paragraphs = _marked([before, frame.format(P=pronoun, p=pronoun.lower(), Q1=Q1)], marks)
    assert en_speaker_of(paragraphs, Q1) == label, paragraphs


@pytest.mark.parametrize("frame", OWN_WRITINGS)
@pytest.mark.parametrize("pronoun", ["His", "Her", "Its", "Their"])
def test_guard_a_possessive_writing_is_never_a_speaker_of_its_own(frame, pronoun):
    # (before: a speaker 'His statement'; a writing is its author's or no one's)
    for before in ("Talks in Tarvo broke down on Monday.", "Arlo Venn spoke on Monday.", "Veloria held talks."):
        paragraphs = [before, frame.format(P=pronoun, p=pronoun.lower(), Q1=Q1)]
        speaker = en_speaker_of(paragraphs, Q1)
        assert speaker is None or not speaker.lower().startswith(pronoun.lower()), paragraphs


@pytest.mark.parametrize("frame", OWN_WRITINGS[:6])
def test_guard_its_statement_after_a_person_alone_is_not_the_person_s(frame):
    paragraphs = ["Arlo Venn spoke on Monday.", frame.format(P="Its", p="its", Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) != "Arlo Venn", paragraphs


# --- 2. a name set off by a description with a clause of its own ---------------------------------------------------

SET_OFF = [
    "{N}, the {o} who last year said that the talks were over, {v}",
    "{N}, the {o} who has led the brigade since 2019 and who was wounded twice near Tovek, {v}",
    "{N}, the {o} who told Veloria Post in May that the town would fall, {v}",
    "{N}, the {o} who signed the truce, {v}",
    "{N}, the {o} who denied the raid last week, {v}",
]
SET_OFF_NAMES = [
    ("Arlo Venn", "commander", "Arlo Venn"),
    ("Mira Solen", "minister", "Mira Solen"),
    ("Abu Arlo al-Kessi", "spokesman", "Abu Arlo al-Kessi"),
    ("Col. Arlo Venn", "officer", "Arlo Venn"),
]
SET_OFF_VERBS = ['told reporters: "{Q1}."', 'said: "{Q1}."', 'said on Tuesday: "{Q1}."', 'told Veloria Post: "{Q1}."']


@pytest.mark.parametrize("verb", SET_OFF_VERBS)
@pytest.mark.parametrize("frame", SET_OFF)
@pytest.mark.parametrize(("name", "office", "label"), SET_OFF_NAMES)
def test_a_name_set_off_by_a_description_with_a_clause_speaks(name, office, label, frame, verb):
    text = frame.format(N=name, o=office, v=verb.format(Q1=Q1))
    assert en_speaker_of([text], Q1) == label, text


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("name", "office", "label"), SET_OFF_NAMES)
def test_words_in_the_clause_of_a_set_off_description_are_the_name_s_too(name, office, label, marks):
    text = f'{name}, the {office} who last year said that "the talks are over," told reporters: "{Q1}."'
    paragraphs = _marked([text], marks)
    assert en_speaker_of(paragraphs, "the talks are over") == label, paragraphs
    assert en_speaker_of(paragraphs, Q1) == label, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'In Tarvo, the commander who led the raid said: "{Q1}."',
        'On Monday, the minister who signed the truce told reporters: "{Q1}."',
        'After the raid on Tovek, the officer who led it said: "{Q1}."',
    ],
)
def test_guard_a_description_after_a_place_or_a_time_is_no_one_named(text):
    paragraph = text.format(Q1=Q1)
    assert en_speaker_of([paragraph], Q1) not in ("Tarvo", "Tovek", "Monday"), paragraph


# --- 3. a transcript's stage direction between the words -----------------------------------------------------------

DIRECTIONS = ["(Laughs)", "(laughs)", "[Laughs]", "(Laughter)", "(Pause)", "(Sighs)", "(Smiles)"]
GOES_ON = [
    ['"{Q1}," {t}. {d} "{Q2}."'],
    ['"{Q1}," {t}. {d} "{Q2}." "{Q3}."'],
    ['"{Q1}," {t}.', '{d} "{Q2}."'],
]
DIRECTION_TAGS = [("he said", "Arlo Venn"), ("Arlo Venn said", "Arlo Venn"), ("said Mira Solen", "Mira Solen")]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("tag", "label"), DIRECTION_TAGS)
@pytest.mark.parametrize("shape", GOES_ON)
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_words_after_a_stage_direction_go_on_with_the_speaker_before(direction, shape, tag, label, marks):
    paragraphs = [
        "Arlo Venn spoke to Veloria Post in Tarvo.",
        *(p.format(Q1=Q1, Q2=Q2, Q3=Q3, t=tag, d=direction) for p in shape),
    ]
    paragraphs = _marked(paragraphs, marks)
    for words in (Q1, Q2, Q3):
        if any(words in p for p in paragraphs):
            assert en_speaker_of(paragraphs, words) == label, (words, paragraphs)


@pytest.mark.parametrize("aside", ["(Tarvo)", "(the brigade)", "(AFP)", "(Photo: Veloria Post)"])
def test_guard_a_bracket_that_is_no_stage_direction_does_not_carry_the_speaker(aside):
    # (only a transcript's directions are stepped over: another aside keeps the sentence from being only words)
    paragraphs = ["Arlo Venn spoke on Monday.", f'"{Q1}," Mira Solen said. {aside} "{Q2}," Arlo Venn said.']
    assert en_speaker_of(paragraphs, Q1) == "Mira Solen", paragraphs
    assert en_speaker_of(paragraphs, Q2) == "Arlo Venn", paragraphs


# --- 4. a transcript's question and answer --------------------------------------------------------------------------

INTERVIEWS = [
    ("Arlo Venn gave an interview to Veloria Post on Monday.", "Arlo Venn"),
    ("Veloria Post spoke to Arlo Venn in Tarvo on Monday.", "Arlo Venn"),
    ("Mira Solen, the defence minister, spoke to Veloria Post on Monday.", "Mira Solen"),
    ("Abu Arlo al-Kessi answered questions from Veloria Post by phone.", "Abu Arlo al-Kessi"),
    ("The following is an interview with Maj. Gen. Arlo Venn, edited for length.", "Arlo Venn"),
]
QA = [
    ['Q: "{QUESTION}"', 'A: "{Q1}."'],
    ['Q: "{QUESTION}"', 'A: "{Q1}. {Q2}."'],
    ['Q: "{QUESTION}"', 'A: "{Q1}."', 'Q: "And the talks?"', 'A: "{Q2}."'],
    ['Question: "{QUESTION}"', 'Answer: "{Q1}."'],
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("shape", QA)
@pytest.mark.parametrize(("intro", "label"), INTERVIEWS)
def test_a_transcript_s_answers_are_the_interviewee_s_and_its_questions_no_one_s(intro, label, shape, marks):
    paragraphs = _marked([intro, *(p.format(QUESTION=QUESTION, Q1=Q1, Q2=Q2) for p in shape)], marks)
    for quote, speaker in en_quotes(paragraphs):
        if quote.rstrip(' .,\u201d"').endswith("?"):
            assert speaker is None, (quote, paragraphs)
        elif Q1 in quote or Q2 in quote:
            assert speaker == label, (quote, paragraphs)


@pytest.mark.parametrize(
    "intro",
    [
        "Arlo Venn said on Monday that the brigade would stay.",
        "Mira Solen said on Monday that the talks had failed.",
        "The Kessel Brigade said on Monday that it would stay.",
        "Veloria Post asked Arlo Venn about the siege.",
    ],
)
def test_guard_a_transcript_s_question_is_not_the_one_who_spoke_before(intro):
    # (before: the question went on with the account of the paragraph before, as the one named there)
    paragraphs = [intro, f'Q: "{QUESTION}"', f'A: "{Q1}."']
    assert en_speaker_of(paragraphs, QUESTION) is None, paragraphs


@pytest.mark.parametrize(
    "intro",
    [
        "Arlo Venn and Mira Solen spoke to Veloria Post on Monday.",
        "Talks in Tarvo broke down on Monday.",
        "The Kessel Brigade gave an interview to Veloria Post.",
    ],
)
def test_guard_an_answer_with_no_one_person_before_is_no_one_s(intro):
    paragraphs = [intro, f'Q: "{QUESTION}"', f'A: "{Q1}."']
    assert en_speaker_of(paragraphs, Q1) is None, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'A: "{Q1}."',
    ],
)
def test_guard_a_letter_label_with_no_interview_before_is_no_one_s(text):
    paragraphs = ["Talks in Tarvo broke down on Monday.", text.format(Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) is None, paragraphs


# --- 5. shapes of the same kind the rules read already (kept as they read) ----------------------------------------

TAGS_BETWEEN = [
    '"{Q1}," {N} said on Tuesday.',
    '"{Q1}," {N} said Tuesday.',
    '"{Q1}," {N} later said.',
    '"{Q1}," {N} said later.',
    '"{Q1}," {N} then said.',
    '"{Q1}," {N}, 54, said.',
    '"{Q1}," {N}, 54, told Veloria Post.',
    '"{Q1}," said {N}, speaking by phone from Kessel City.',
    '"{Q1}," {N} told Veloria Post by phone from Kessel City.',
    '"{Q1}," said {N}, 54, a farmer from Tovek.',
    '"{Q1}," says {N}.',
    '"{Q1}," {N} says.',
    '"{Q1}," {N} says of the siege.',
    '"{Q1}," {N} said in Tarvo last week.',
]
TAG_NAMES = [("Arlo Venn", "Arlo Venn"), ("Mira Solen", "Mira Solen"), ("Abu Arlo al-Kessi", "Abu Arlo al-Kessi")]


@pytest.mark.parametrize("frame", TAGS_BETWEEN)
@pytest.mark.parametrize(("name", "label"), TAG_NAMES)
def test_a_time_an_adverb_or_an_age_in_the_tag_keeps_the_speaker(frame, name, label):
    text = frame.format(N=name, Q1=Q1)
    assert en_speaker_of([text], Q1) == label, text


STATEMENT_THEN_WORDS = [
    ('In a statement, {N} denied the raid. "{Q1}," the statement said.', None),
    ('In a statement, {N} denied the raid. "{Q1}," it said.', None),
    ("In a statement, {N} denied the raid.", '"{Q1}," the statement said.'),
    ('In a video posted on Monday, {N} denied the raid. "{Q1}," the video said.', None),
    ('In a post on X, {N} denied the raid. "{Q1}," the post said.', None),
    ('{N} issued a statement denying the raid. "{Q1}," the statement said.', None),
]
STATEMENT_NAMES = [("Arlo Venn", "Arlo Venn"), ("the Kessel Brigade", "Kessel Brigade")]


@pytest.mark.parametrize(("first", "second"), STATEMENT_THEN_WORDS)
@pytest.mark.parametrize(("name", "label"), STATEMENT_NAMES)
def test_a_statement_s_words_in_the_next_sentence_are_its_issuer_s(first, second, name, label):
    paragraphs = [first.format(N=name, Q1=Q1)] + ([second.format(Q1=Q1)] if second else [])
    paragraphs = [p[0].upper() + p[1:] for p in paragraphs]
    assert en_speaker_of(paragraphs, Q1) == label, paragraphs


LONG_SUBJECT = [
    "{N}, who has led the brigade since 2019 and who was wounded twice in the fighting near Tovek, told Veloria "
    'Post: "{Q1}."',
    "{N}, who was wounded twice in the fighting near Tovek, where the brigade held out for a month, told "
    'reporters: "{Q1}."',
    "{N}, who has led the brigade since 2019, and who was wounded twice near Tovek, said in a long interview with "
    'Veloria Post on Monday: "{Q1}."',
]


@pytest.mark.parametrize("frame", LONG_SUBJECT)
@pytest.mark.parametrize(("name", "label"), TAG_NAMES)
def test_a_subject_far_from_its_colon_speaks(frame, name, label):
    text = frame.format(N=name, Q1=Q1)
    assert en_speaker_of([text], Q1) == label, text


INTERVIEW_OVER_PARAGRAPHS = [
    ["In an interview with Veloria Post, {N} said:", '"{Q1}.', '"{Q2}."'],
    ["In an interview with Veloria Post, {N} said:", '"{Q1}."', '"{Q2}."'],
    ["In an interview with Veloria Post, {N} said the brigade would stay.", '"{Q1}."', '"{Q2}."'],
    ["In an interview with Veloria Post, {N} spoke about the siege.", '"{Q1}," he said.', '"{Q2}."'],
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("shape", INTERVIEW_OVER_PARAGRAPHS)
def test_an_interview_introduced_once_is_quoted_over_paragraphs(shape, marks):
    paragraphs = _marked([p.format(N="Arlo Venn", Q1=Q1, Q2=Q2) for p in shape], marks)
    assert en_speaker_of(paragraphs, Q1) == "Arlo Venn", paragraphs
    assert en_speaker_of(paragraphs, Q2) == "Arlo Venn", paragraphs


NEXT_PARAGRAPH = [
    ("Arlo Venn, the brigade's commander, spoke in Tarvo on Monday.", 'He said: "{Q1}."', "Arlo Venn"),
    ("Arlo Venn, the brigade's commander, spoke in Tarvo on Monday.", '"{Q1}," he said.', "Arlo Venn"),
    ("Gen. Arlo Venn spoke in Tarvo on Monday.", 'The general said: "{Q1}."', "Arlo Venn"),
    ("Gen. Arlo Venn spoke in Tarvo on Monday.", '"{Q1}," the general added.', "Arlo Venn"),
    ("Mira Solen, the defence minister, spoke on Monday.", 'The minister said: "{Q1}."', "Mira Solen"),
    ("Mira Solen, the defence minister, spoke on Monday.", '"{Q1}," she said.', "Mira Solen"),
    ("Arlo Venn, a spokesman for the brigade, spoke on Monday.", '"{Q1}," the spokesman said.', "Arlo Venn"),
    ("Arlo Venn, a spokesman for the brigade, spoke on Monday.", 'The spokesman said: "{Q1}."', "Arlo Venn"),
    ("Arlo Venn spoke on Monday.", '"{Q1}," Venn said.', "Arlo Venn"),
    ("Arlo Venn spoke on Monday.", 'Venn: "{Q1}."', "Arlo Venn"),
    ("Arlo Venn, a farmer, fled Tarvo in May.", '"{Q1}," the farmer says.', "Arlo Venn"),
    ("Arlo Venn, 54, fled Tarvo in May.", '"{Q1}," the 54-year-old said.', "Arlo Venn"),
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("before", "text", "label"), NEXT_PARAGRAPH)
def test_the_one_named_in_the_paragraph_before_speaks_here(before, text, label, marks):
    paragraphs = _marked([before, text.format(Q1=Q1)], marks)
    assert en_speaker_of(paragraphs, Q1) == label, paragraphs


ANONYMOUS = [
    '"{Q1}," a fighter who gave only his first name, Arlo, said.',
    '"{Q1}," said a fighter who gave only his first name, Arlo.',
    '"{Q1}," a fighter who gave his name only as Arlo said.',
    'A fighter who gave only his first name, Arlo, said: "{Q1}."',
    '"{Q1}," said a fighter who asked to be identified only by his first name, Arlo.',
]


@pytest.mark.parametrize("text", ANONYMOUS)
def test_an_anonymous_speaker_is_read_by_the_name_or_the_description_given(text):
    paragraph = text.format(Q1=Q1)
    assert en_speaker_of([paragraph], Q1) in ("Arlo", "a fighter"), paragraph


@pytest.mark.parametrize(
    "text",
    [
        '"{Q1}," another commander said.',
        '"{Q1}," another fighter told Veloria Post.',
        '"{Q1}," a second commander said.',
        '"{Q1}," said a fighter who declined to give his name.',
    ],
)
def test_an_unnamed_speaker_speaks_as_described(text):
    paragraph = text.format(Q1=Q1)
    speaker = en_speaker_of(["Arlo Venn, a commander, spoke on Monday.", paragraph], Q1)
    assert speaker is not None and speaker != "Arlo Venn", paragraph


# --- 6. controls: two people before, scare quotes, a headline ------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "Arlo Venn and Mira Solen spoke on Monday.",
        "Arlo Venn met Mira Solen in Tarvo on Monday.",
        "Arlo Venn and Abu Arlo al-Kessi signed the truce.",
    ],
)
@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_guard_an_untagged_quotation_after_two_people_is_no_one_s(before, marks):
    paragraphs = _marked([before, f'"{Q1}."'], marks)
    assert en_speaker_of(paragraphs, Q1) is None, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'Arlo Venn led the so-called "iron column" into Tovek.',
        'Protesters held signs reading "{Q1}."',
    ],
)
def test_guard_scare_quotes_and_signs_are_no_one_s(text):
    paragraph = text.format(Q1=Q1)
    assert all(s is None for _, s in en_quotes(["Mira Solen spoke on Monday.", paragraph])), paragraph


@pytest.mark.parametrize(
    "line", ['Shelling in Tarvo: "{Q1}"', 'Tarvo after the siege: "{Q1}"', '"{Q1}": life in Tarvo']
)
def test_guard_a_headline_with_marks_is_not_the_one_named_before(line):
    paragraphs = ["Arlo Venn spoke in Tarvo on Monday.", line.format(Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) != "Arlo Venn", paragraphs


# --- 7. hard ones, left for later ----------------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="a transcript's words with no marks ('VENN: ...', 'A: ...') are no quotation")
@pytest.mark.parametrize("label", ["VENN", "Venn", "A"])
def test_a_transcript_s_words_without_marks_are_the_interviewee_s(label):
    paragraphs = ["Arlo Venn gave an interview to Veloria Post on Monday.", f"Q: {QUESTION}", f"{label}: {Q1}."]
    assert en_speaker_of(paragraphs, Q1) == "Arlo Venn", paragraphs


@pytest.mark.xfail(
    strict=True,
    reason="a paragraph that is only a question in marks, in an interview, is read as the interviewee's words",
)
def test_an_interviewer_s_question_in_marks_is_no_one_s():
    paragraphs = ["Arlo Venn gave an interview to Veloria Post on Monday.", f'"{QUESTION}"', f'"{Q1}."']
    assert en_speaker_of(paragraphs, QUESTION) is None, paragraphs


@pytest.mark.xfail(strict=True, reason="'she' after two people named, one of each gender: no gender of names is read")
def test_she_after_a_man_and_a_woman_is_the_woman():
    paragraphs = ["Arlo Venn met Mira Solen on Monday.", f'"{Q1}," she said.']
    assert en_speaker_of(paragraphs, Q1) == "Mira Solen", paragraphs
