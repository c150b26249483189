"""English quotations whose speaker is named where the rules may not look (round 45, helper q-en).

A grid of shapes news uses to name who spoke somewhere other than a plain 'X said' next to the words: the sentence
after the quotation ('"...." Those were the words of Arlo Venn.', '"...." The words were Mira Solen's.'); a clause
before a colon a sentence or two up; a quotation run over paragraphs, each opening with a mark; several quotations
of one speaker strung together with one tag ('"...." "...," he said.'); verbs and frames of saying ('wrote on X',
'told a news conference', 'was quoted as saying', 'in remarks carried by', 'quipped', 'went on'); name forms with
titles and particles ('Maj. Gen.', 'Sheikh', 'Abu ... al-', 'bin', initials, hyphens); the speaker as a possessive
('In Venn's words, "..."'). And the precision controls: a slogan or title in marks, a quoted document with no
author, two speakers in a paragraph, an answer after a question, a name only mentioned in the tag.

Made-up sentences only (Arlo Venn, Mira Solen, the Kessel Brigade, Tarvo, Kessel City, Veloria Post); each test
asserts who a reader would say spoke the quotation (or that no one is guessed).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, en_quotes, en_speaker_of, quotes

Q1 = "We will not leave the town while the shelling goes on"
Q2 = "The talks must resume before the winter comes"
Q3 = "Nobody in Tarvo is safe tonight"


# (the name as written, the labels a reader would accept for it: the name with or without its title)
NAMES = [
    ("Arlo Venn", {"Arlo Venn"}),
    ("Mira Solen", {"Mira Solen"}),
    ("Abu Arlo al-Kessi", {"Abu Arlo al-Kessi"}),
    ("Sheikh Arlo Venn", {"Arlo Venn", "Sheikh Arlo Venn"}),
    ("Maj. Gen. Arlo Venn", {"Arlo Venn", "Maj. Gen. Arlo Venn"}),
    ("Dr. Mira Solen", {"Mira Solen", "Dr. Mira Solen"}),
    ("Mullah Arlo Akhund", {"Arlo Akhund", "Mullah Arlo Akhund"}),
    ("Hajji Arlo Venn", {"Arlo Venn", "Hajji Arlo Venn"}),
    ("Arlo bin Tamer", {"Arlo bin Tamer"}),
    ("Arlo ibn Tamer al-Kessi", {"Arlo ibn Tamer al-Kessi"}),
    ("Mira Solen-Kesh", {"Mira Solen-Kesh"}),
    ("A.J. Venn", {"A.J. Venn"}),
    ("A. J. Venn", {"A. J. Venn", "A.J. Venn"}),
]


def _accepts(label: str | None, forms: set[str]) -> bool:
    return label is not None and label in forms


# --- 1. verbs and frames of saying, before and after the words ------------------------------------------------------

FRAMES = [
    '"{Q1}," {N} wrote on X.',
    '{N} wrote on X: "{Q1}."',
    '"{Q1}," {N} wrote in a post on X.',
    '{N} posted: "{Q1}."',
    '"{Q1}," {N} tweeted.',
    '{N} wrote in an op-ed: "{Q1}."',
    '"{Q1}," {N} said in a televised address.',
    'In a televised address, {N} said: "{Q1}."',
    '"{Q1}," {N} told reporters.',
    '{N} told reporters in Kessel City: "{Q1}."',
    '"{Q1}," {N} told a news conference.',
    '"{Q1}," {N} said in an interview with Veloria Post.',
    '"{Q1}," {N} said in remarks carried by Veloria Post.',
    'In remarks carried by Veloria Post, {N} said: "{Q1}."',
    '{N} was quoted as saying: "{Q1}."',
    'Veloria Post quoted {N} as saying: "{Q1}."',
    'In a speech, {N} said: "{Q1}."',
    '"{Q1}," {N} warned.',
    '"{Q1}," {N} vowed.',
    '"{Q1}," {N} insisted.',
    '"{Q1}," {N} added.',
    '"{Q1}," {N} continued.',
    '"{Q1}," {N} went on.',
    '"{Q1}," {N} noted.',
    '"{Q1}," {N} explained.',
    '"Why {q1}?" {N} asked.',
    '"{Q1}," {N} quipped.',
    '"{Q1}," {N} recalled.',
    '"{Q1}," said {N}.',
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("name", "forms"), NAMES)
def test_a_named_speaker_speaks_in_every_frame(frame, name, forms):
    text = frame.format(N=name, Q1=Q1, q1=Q1[0].lower() + Q1[1:])
    assert _accepts(en_quotes([text])[-1][1], forms), text


# --- 2. the speaker named in the sentence after the words -----------------------------------------------------------

NEXT_SENTENCE = [
    "That was how {N}, the brigade's commander, put it.",
    "Those were the words of {N}, the brigade's commander.",
    "These were the words of {N}.",
    "So said {N}, the brigade's commander.",
    "The remarks came from {N}.",
    "The warning came from {N}, the brigade's commander.",
    "The words were {N}'s.",
]
NEXT_NAMES = [n for n in NAMES if n[0] not in ("A. J. Venn",)]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize("after", NEXT_SENTENCE)
@pytest.mark.parametrize(("name", "forms"), NEXT_NAMES[::2])
def test_the_speaker_named_in_the_next_sentence_speaks_the_words(after, name, forms, marks):
    paragraph = f'"{Q1}." ' + after.format(N=name)
    paragraph = curly(paragraph) if marks == "curly" else paragraph
    assert _accepts(en_speaker_of([paragraph], Q1), forms), paragraph


NEXT_NOT_A_SPEAKER = [
    "The words were painted on a wall in Tarvo.",
    "The slogan was written on the gate by Arlo Venn's men.",
    "Arlo Venn's brother was killed in May.",
    "The town of Tarvo was shelled again on Monday.",
    "Those were the days of the siege.",
    "Those were the words of a song Arlo Venn loved.",
    "The house was Arlo Venn's.",
]


@pytest.mark.parametrize("after", NEXT_NOT_A_SPEAKER)
def test_guard_a_next_sentence_that_names_no_speaker_gives_none(after):
    paragraph = f'"{Q1}." ' + after
    assert en_speaker_of([paragraph], Q1) is None, paragraph


# --- 3. several quotations of one speaker strung together with one tag --------------------------------------------

STRUNG = [
    ['"{Q1}." "{Q2}," {t}.'],
    ['"{Q1}." "{Q2}," {t}. "{Q3}."'],
    ['"{Q1}." "{Q3}." "{Q2}," {t}.'],
    ['"{Q1}. {Q3}." "{Q2}," {t}.'],
]
TAGS = [
    ("Arlo Venn said", "Arlo Venn"),
    ("said Mira Solen", "Mira Solen"),
    ("Maj. Gen. Arlo Venn told reporters", "Arlo Venn"),
    ("Abu Arlo al-Kessi added", "Abu Arlo al-Kessi"),
    ("the Kessel Brigade said", "Kessel Brigade"),
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("tag", "label"), TAGS)
@pytest.mark.parametrize("shape", STRUNG)
def test_quotations_strung_together_with_one_tag_are_the_tag_s(shape, tag, label, marks):
    paragraphs = [p.format(Q1=Q1, Q2=Q2, Q3=Q3, t=tag) for p in shape]
    paragraphs = [curly(p) for p in paragraphs] if marks == "curly" else paragraphs
    paragraphs = ["Talks in Tarvo broke down on Monday.", *paragraphs]
    for words in (Q1, Q2, Q3):
        if any(words in p for p in paragraphs):
            assert en_speaker_of(paragraphs, words) == label, (words, paragraphs)


@pytest.mark.parametrize("pronoun", ["he said", "he added", "she said"])
def test_strung_quotations_with_a_pronoun_tag_are_the_one_named_before(pronoun):
    first = "Arlo Venn spoke to the crowd." if pronoun.startswith("he") else "Mira Solen spoke to the crowd."
    label = "Arlo Venn" if pronoun.startswith("he") else "Mira Solen"
    paragraphs = [first, f'"{Q1}." "{Q2}," {pronoun}. "{Q3}."']
    assert [s for _, s in en_quotes(paragraphs)] == [label, label, label], paragraphs


ANSWERS = [
    '"Will the brigade stay?" "{Q1}," Arlo Venn replied.',
    '"Will the brigade stay?" "{Q1}," Arlo Venn answered.',
    '"Will the brigade stay?" "{Q1}," Arlo Venn responded.',
    '"Will the brigade stay?" "{Q1}," Arlo Venn shot back.',
]


@pytest.mark.parametrize("text", ANSWERS)
def test_guard_a_question_before_an_answer_is_not_the_answerer_s(text):
    # (the question is a reporter's, whom no one names: the tag of the answer after it is not its speaker's)
    paragraph = text.format(Q1=Q1)
    assert en_speaker_of([paragraph], "Will the brigade stay") != "Arlo Venn", paragraph
    assert en_speaker_of([paragraph], Q1) == "Arlo Venn", paragraph


@pytest.mark.parametrize(
    "text",
    [
        'Arlo Venn said the brigade would stay. "{Q1}." "{Q2}," Mira Solen said.',
        '"{Q1}," Arlo Venn said. "{Q2}," Mira Solen said.',
        '"{Q1}," Arlo Venn said, while Mira Solen said: "{Q2}."',
        'Arlo Venn said: "{Q1}." Mira Solen disagreed. "{Q2}," she said.',
    ],
)
def test_guard_two_speakers_in_a_paragraph_keep_their_own_words(text):
    paragraph = text.format(Q1=Q1, Q2=Q2)
    assert en_speaker_of([paragraph], Q1) == "Arlo Venn", paragraph
    assert en_speaker_of([paragraph], Q2) == "Mira Solen", paragraph


# --- 4. a quotation run over paragraphs, each opening with a mark -----------------------------------------------

OVER_PARAGRAPHS = [
    ['"{Q1}.', '"{Q2}," {t}.'],
    ['"{Q1}.', '"{Q3}.', '"{Q2}," {t}.'],
    ["{T}:", '"{Q1}.', '"{Q2}."'],
    ["{T} on Monday the brigade would stay:", '"{Q1}.', '"{Q2}."'],
    ['{T}: "{Q1}.', '"{Q2}."'],
    ['{T}: "{Q1}.', '"{Q3}.', '"{Q2}."'],
]
OVER_TAGS = [
    ("Arlo Venn said", "Arlo Venn", "Arlo Venn said"),
    ("said Mira Solen", "Mira Solen", "Mira Solen said"),
    ("Sheikh Abu Arlo al-Kessi said", "Abu Arlo al-Kessi", "Sheikh Abu Arlo al-Kessi said"),
    ("the Kessel Brigade said", "Kessel Brigade", "The Kessel Brigade said"),
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("tag", "label", "opening"), OVER_TAGS)
@pytest.mark.parametrize("shape", OVER_PARAGRAPHS)
def test_a_quotation_over_paragraphs_is_its_one_speaker_s(shape, tag, label, opening, marks):
    paragraphs = [p.format(Q1=Q1, Q2=Q2, Q3=Q3, t=tag, T=opening) for p in shape]
    paragraphs = [curly(p) for p in paragraphs] if marks == "curly" else paragraphs
    for words in (Q1, Q2, Q3):
        if any(words in p for p in paragraphs):
            assert en_speaker_of(paragraphs, words) == label, (words, paragraphs)


# --- 5. the speaker as a possessive --------------------------------------------------------------------------------

POSSESSIVE = [
    ('In {N}\'s words, "{Q1}."', None),
    ('In the words of {N}, "{Q1}."', None),
    ('To quote {N}, "{Q1}."', None),
    ('{N}\'s statement read: "{Q1}."', None),
    ('"{Q1}," read {N}\'s statement.', None),
    ('"{Q1}," {N}\'s statement read.', None),
]
POSSESSIVE_NAMES = [
    ("Arlo Venn", {"Arlo Venn"}),
    ("Mira Solen", {"Mira Solen"}),
    ("Kessel Brigade", {"Kessel Brigade"}),
]


@pytest.mark.parametrize(("frame", "_"), POSSESSIVE)
@pytest.mark.parametrize(("name", "forms"), POSSESSIVE_NAMES)
@pytest.mark.parametrize("named_before", [False, True])
def test_the_speaker_as_a_possessive_speaks(frame, _, name, forms, named_before):
    text = frame.format(N=("the " + name) if name.startswith("Kessel") else name, Q1=Q1)
    text = text[0].upper() + text[1:]
    paragraphs = [f"{name} spoke on Monday.", text] if named_before else [text]
    assert _accepts(en_speaker_of(paragraphs, Q1), forms), paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'Venn\'s statement read: "{Q1}."',
        'In Venn\'s words, "{Q1}."',
    ],
)
def test_a_surname_possessive_after_the_full_name_is_the_full_name(text):
    paragraphs = ["Arlo Venn, the brigade's commander, spoke on Monday.", text.format(Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) == "Arlo Venn", paragraphs


# --- 6. a name after a long apposition, and a statement's issuer ----------------------------------------------------

LONG_APPOSITION = [
    '"{Q1}," said {N}, who heads the brigade and has led it since the war began in Tarvo in May.',
    '{N}, who heads the brigade and has led it since the war began in Tarvo in May, said: "{Q1}."',
    'The brigade\'s commander and its longest-serving officer, {N}, said: "{Q1}."',
    '"{Q1}," said the brigade\'s commander and its longest-serving officer, {N}.',
]


@pytest.mark.parametrize("frame", LONG_APPOSITION)
@pytest.mark.parametrize(("name", "forms"), NAMES[:14:2])
def test_a_name_after_a_long_apposition_speaks(frame, name, forms):
    text = frame.format(N=name, Q1=Q1)
    assert _accepts(en_speaker_of([text], Q1), forms), text


ISSUER = [
    ('"{Q1}," according to a statement from the Kessel Brigade.', "Kessel Brigade"),
    ('According to a statement from the Kessel Brigade, "{Q1}."', "Kessel Brigade"),
    ('"{Q1}," read a statement issued by the Kessel Brigade.', "Kessel Brigade"),
    ('The Kessel Brigade issued the following statement: "{Q1}."', "Kessel Brigade"),
    ('Regarding the report, Arlo Venn issued the following statement: "{Q1}."', "Arlo Venn"),
    ('The statement, signed by Arlo Venn, read: "{Q1}."', "Arlo Venn"),
    ('A statement signed by Mira Solen said: "{Q1}."', "Mira Solen"),
]


@pytest.mark.parametrize(("text", "label"), ISSUER)
def test_a_statement_s_issuer_speaks_its_words(text, label):
    paragraph = text.format(Q1=Q1)
    assert en_speaker_of([paragraph], Q1) == label, paragraph


@pytest.mark.xfail(strict=True, reason="the passive 'it was said by X' after a quotation is read by no rule yet")
def test_it_was_said_by_names_the_speaker():
    paragraph = f'"{Q1}," it was said by Arlo Venn.'
    assert en_speaker_of([paragraph], Q1) == "Arlo Venn", paragraph


# --- 7. controls: titles, slogans, a document with no author, a name only mentioned ------------------------------

NO_ONE = [
    'Arlo Venn led the "Freedom Brigade" in Tarvo.',
    'The "Freedom Brigade" was formed by Arlo Venn in May.',
    'Arlo Venn wrote a book titled "Winter in Tarvo."',
    'Protesters chanted "Freedom for Tarvo" as Arlo Venn spoke.',
    'Arlo Venn\'s men hung a banner reading "Tarvo will not kneel."',
    '"{Q1}," read a banner carrying Arlo Venn\'s picture.',
]


@pytest.mark.parametrize("text", NO_ONE)
@pytest.mark.parametrize("before", [None, "Arlo Venn said on Monday that the brigade would stay."])
def test_guard_a_slogan_or_title_is_no_one_s(text, before):
    paragraphs = [text.format(Q1=Q1)] if before is None else [before, text.format(Q1=Q1)]
    assert all(s is None for _, s in en_quotes(paragraphs)), paragraphs


@pytest.mark.parametrize(
    "text",
    [
        '"{Q1}," said a statement mentioning Arlo Venn.',
        '"{Q1}," said a statement that named Arlo Venn.',
        '"{Q1}," read a leaflet about Mira Solen.',
        '"{Q1}," said a report on Arlo Venn\'s brigade.',
    ],
)
def test_guard_a_name_only_mentioned_in_the_tag_is_not_the_speaker(text):
    paragraph = text.format(Q1=Q1)
    assert en_speaker_of([paragraph], Q1) not in ("Arlo Venn", "Mira Solen"), paragraph


@pytest.mark.parametrize(
    "text",
    [
        'A leaked memo said: "{Q1}."',
        '"{Q1}," the document reads.',
        'An unsigned leaflet read: "{Q1}."',
    ],
)
@pytest.mark.parametrize("before", [None, "Arlo Venn spoke on Monday."])
def test_guard_a_document_with_no_author_does_not_take_the_last_speaker(text, before):
    paragraphs = [text.format(Q1=Q1)] if before is None else [before, text.format(Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) != "Arlo Venn", paragraphs


# --- 8. 'all he could say was' after a clause that sets the scene, and a colon a paragraph or two up ----------------

ALL_HE_SAID = [
    'All he could say was, "{Q1}."',
    'When pressed, all he could say was: "{Q1}."',
    'But when reporters pointed out that his men were to blame, all he could say was, "{Q1}."',
    'Asked again on Monday, all he would say was, "{Q1}."',
    'Still, when asked about the raid, all he would tell reporters was: "{Q1}."',
]


@pytest.mark.parametrize("text", ALL_HE_SAID)
@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("Arlo Venn was asked about the talks.", "Arlo Venn"),
        ("Maj. Gen. Arlo Venn, the brigade's commander, was asked about the talks.", "Arlo Venn"),
        ("Abu Arlo al-Kessi was asked about the talks.", "Abu Arlo al-Kessi"),
    ],
)
def test_all_he_could_say_after_a_scene_setting_clause_is_his_words(text, before, label):
    paragraphs = [before, text.format(Q1=Q1)]
    assert en_speaker_of(paragraphs, Q1) == label, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "When pressed, all the brigade could say was that the talks had failed.",
        'Asked again, all they had was "bread and water".',
    ],
)
def test_guard_all_that_is_no_saying_after_a_clause_gives_no_words(text):
    paragraphs = ["Arlo Venn was asked about the talks.", text]
    assert all(speaker is None for _, speaker in quotes(EN_LEAD, *paragraphs)), paragraphs


COLON_BEFORE = [
    ['{N} had a clear message for the army: the brigade will not leave Tarvo. "{Q1}."'],
    ["{N} had a clear message for the army: the brigade will not leave Tarvo.", '"{Q1}."'],
    ['{N} was blunt: the brigade will not leave Tarvo. "{Q1}."'],
    ["{N} was blunt:", '"{Q1}."'],
    ["{N}, the brigade's commander, put it this way:", '"{Q1}."'],
]


@pytest.mark.parametrize("shape", COLON_BEFORE)
@pytest.mark.parametrize(("name", "forms"), [NAMES[0], NAMES[2], NAMES[4], NAMES[6]])
def test_a_clause_before_a_colon_names_the_speaker_of_the_words_after(shape, name, forms):
    paragraphs = [p.format(N=name, Q1=Q1) for p in shape]
    assert _accepts(en_speaker_of(paragraphs, Q1), forms), paragraphs


@pytest.mark.xfail(
    strict=True,
    reason="a colon two paragraphs up: only the paragraph just before a quotation's is read for a speaker",
)
def test_a_colon_two_paragraphs_up_names_the_speaker():
    paragraphs = ["Arlo Venn had a clear message for the army:", "The brigade will not leave Tarvo.", f'"{Q1}."']
    assert en_speaker_of(paragraphs, Q1) == "Arlo Venn", paragraphs


def test_guard_a_colon_of_no_one_gives_no_speaker():
    paragraphs = [f'The reason was simple: the brigade stays. "{Q1}."']
    assert en_speaker_of(paragraphs, Q1) is None, paragraphs
