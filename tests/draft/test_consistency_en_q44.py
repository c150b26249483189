"""English quotations whose speaker is unnamed or only described (round 44, helper q-en).

A grid of shapes news uses when it does not name who spoke: 'a resident, who asked not to be named, said', 'one
fighter told the outlet', 'a source close to the brigade', 'an eyewitness', 'a local official, speaking on condition
of anonymity', 'residents said'; a long quotation whose describer comes in a clause at its end or after 'according
to'. The gold files name such a speaker by its description ('an unnamed Kataib Hezbollah commander', 'an aide to
...'), so a description is the speaker a reader would give. And the wrong-pair risks around them: a name inside the
description ('an aide to Arlo Venn') is not the speaker; a speaker named in the paragraph before does not take a
described speaker's words; two described speakers leave a pronoun after them unread; words in marks of one or two
words are someone's only when a verb of saying or calling frames them.

Made-up sentences only (Arlo Venn, Mira Solen, the Kessel Brigade, Tarvo, Kessel City, Veloria Post); each test
asserts who a reader would say spoke the quotation (or that no one is guessed).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, en_quotes, en_speaker_of, quotes

Q1 = "We will not leave the town while the shelling goes on"
Q2 = "The talks must resume before the winter comes"
Q3 = "Nobody in Tarvo is safe tonight"
LONG = f"{Q1}. {Q2}. {Q3}. We have buried eleven people since May and nobody has come to help us"


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _speaker(paragraphs: list[str], target: int = -1) -> str | None:
    return en_quotes(paragraphs)[target][1]


# (description as written, the forms a reader would accept as its speaker)
DESCRIBED = [
    ("a resident of Kessel City", {"a resident of Kessel City", "a resident"}),
    ("one fighter", {"one fighter", "a fighter"}),
    ("a source close to the brigade", {"a source close to the brigade", "a source"}),
    ("an eyewitness", {"an eyewitness"}),
    ("a local official", {"a local official"}),
    ("a senior Kessel Brigade commander", {"a senior Kessel Brigade commander"}),
    ("the father of one of the dead", {"the father of one of the dead", "the father"}),
    ("an unnamed Kessian official", {"an unnamed Kessian official", "a Kessian official"}),
    ("a 34-year-old teacher", {"a 34-year-old teacher", "a teacher"}),
    ("a spokesman for the ministry", {"a spokesman for the ministry", "a spokesman"}),
    ("one of the men", {"one of the men"}),
    ("a Veloria Front member", {"a Veloria Front member"}),
]


def _accepts(label: str | None, forms: set[str]) -> bool:
    return label is not None and label.lower() in {f.lower() for f in forms}


# --- 1. a described speaker before or after the words --------------------------------------------------------------

FRAMES = [
    '{D}, who asked not to be named, said: "{Q1}."',
    '{D}, speaking on condition of anonymity, said: "{Q1}."',
    '{D} told Veloria Post: "{Q1}."',
    '{D} said on Tuesday: "{Q1}."',
    '{D}, who declined to be named, told Veloria Post by phone: "{Q1}."',
    '"{Q1}," {d} said.',
    '"{Q1}," {d} told the outlet.',
    '"{Q1}," said {d}, who asked not to be named.',
    '"{Q1}," said {d}, speaking on condition of anonymity.',
    '"{Q1}," {d}, who declined to give a name, told Veloria Post.',
    '"{Q1}," {d} said on Tuesday, asking not to be named for fear of reprisals.',
    '"{Q1}," according to {d}.',
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize(("desc", "forms"), DESCRIBED)
def test_a_described_speaker_speaks_as_described(frame, desc, forms):
    text = frame.format(D=_cap(desc), d=desc, Q1=Q1)
    assert _accepts(_speaker([text]), forms), text


# --- 2. a long quotation that opens its paragraph, its describer in a clause at the end ----------------------------

LONG_FRAMES = [
    '"{L}," said {d}, who asked not to be named.',
    '"{L}," {d} told Veloria Post.',
    '"{L}," according to {d}.',
    '"{L}," {d}, who spoke on condition of anonymity, said on Tuesday.',
]


@pytest.mark.parametrize("frame", LONG_FRAMES)
@pytest.mark.parametrize(("desc", "forms"), DESCRIBED)
@pytest.mark.parametrize("before", ["Arlo Venn said on Monday that the brigade would stay.", "The brigade left Tarvo."])
def test_a_long_quotation_opening_its_paragraph_is_its_describer_s(frame, desc, forms, before):
    paragraphs = [before, frame.format(d=desc, L=LONG)]
    assert _accepts(_speaker(paragraphs), forms), paragraphs


# --- 3. a name inside the description is not the speaker -----------------------------------------------------------

NAME_INSIDE = [
    ("an aide to Arlo Venn", "Arlo Venn"),
    ("a spokesman for Arlo Venn", "Arlo Venn"),
    ("a relative of Mira Solen", "Mira Solen"),
    ("a lawyer for Dario Kesh", "Dario Kesh"),
    ("a source close to Dario Kesh", "Dario Kesh"),
    ("a friend of Mira Solen", "Mira Solen"),
]
NAME_INSIDE_FRAMES = [
    '"{Q1}," {d} said.',
    '"{Q1}," said {d}, who asked not to be named.',
    '{D} told Veloria Post: "{Q1}."',
    '"{Q1}," according to {d}.',
]


@pytest.mark.parametrize("frame", NAME_INSIDE_FRAMES)
@pytest.mark.parametrize(("desc", "name"), NAME_INSIDE)
def test_a_name_inside_a_description_is_not_the_speaker(frame, desc, name):
    text = frame.format(D=_cap(desc), d=desc, Q1=Q1)
    assert _speaker([text]) != name, text


# --- 4. a speaker named before does not take a described speaker's words -------------------------------------------

NAMED_BEFORE = [
    "Arlo Venn, a spokesman for the Kessel Brigade, said on Monday that the brigade would stay.",
    '"We are staying," Arlo Venn said on Monday.',
    "The Kessel Brigade said in a statement that its fighters had left.",
]
DESCRIBED_AFTER = [
    ('"{Q1}," one resident said.', {"one resident", "a resident"}),
    ('"{Q1}," said a local official, who asked not to be named.', {"a local official"}),
    ('A source close to the brigade said: "{Q1}."', {"a source close to the brigade", "a source"}),
    ('"{Q1}," an eyewitness told Veloria Post.', {"an eyewitness"}),
    ('But one fighter told Veloria Post: "{Q1}."', {"one fighter", "a fighter"}),
    ('"{Q1}," residents said.', {"residents"}),
]


@pytest.mark.parametrize(("after", "forms"), DESCRIBED_AFTER)
@pytest.mark.parametrize("before", NAMED_BEFORE)
def test_a_speaker_named_before_does_not_take_a_described_speaker_s_words(after, forms, before):
    paragraphs = [before, after.format(Q1=Q1)]
    assert _accepts(_speaker(paragraphs), forms), paragraphs


# --- 5. controls: a described speaker, then a named one; two described speakers ------------------------------------

THEN_NAMED = [
    '"{Q2}," said Arlo Venn, the brigade\'s commander.',
    'Arlo Venn, the brigade\'s commander, said: "{Q2}."',
    '"{Q2}," Arlo Venn told reporters.',
]


@pytest.mark.parametrize("named", THEN_NAMED)
@pytest.mark.parametrize(("after", "forms"), DESCRIBED_AFTER)
def test_a_described_speaker_then_a_named_one_each_speak_their_own(named, after, forms):
    paragraphs = [after.format(Q1=Q1), named.format(Q2=Q2)]
    assert _accepts(en_speaker_of(paragraphs, Q1), forms), paragraphs
    assert en_speaker_of(paragraphs, Q2) == "Arlo Venn", paragraphs


TWO_DESCRIBED = [
    '"{Q1}," one resident said, while another said: "{Q2}."',
    '"{Q1}," one resident said. Another said: "{Q2}."',
    'One fighter said: "{Q1}." Another told Veloria Post: "{Q2}."',
]


@pytest.mark.parametrize("text", TWO_DESCRIBED)
def test_two_described_speakers_in_a_paragraph_keep_their_own_words(text):
    paragraphs = [text.format(Q1=Q1, Q2=Q2)]
    first, second = en_speaker_of(paragraphs, Q1), en_speaker_of(paragraphs, Q2)
    assert first in ("one resident", "a resident", "one fighter", "a fighter"), paragraphs
    assert second != first, paragraphs


@pytest.mark.parametrize("text", TWO_DESCRIBED)
@pytest.mark.parametrize("tag", ["he added", "he said", "she said"])
def test_a_pronoun_after_two_described_speakers_is_no_one_guessed(text, tag):
    paragraphs = [text.format(Q1=Q1, Q2=Q2), f'"{Q3}," {tag}.']
    assert en_speaker_of(paragraphs, Q3) is None, paragraphs


# --- 6. a pronoun or a bare paragraph after a described speaker --------------------------------------------------


@pytest.mark.parametrize(("after", "forms"), DESCRIBED_AFTER[:5])
@pytest.mark.parametrize("goes_on", ['"{Q3}," he added.', 'He added: "{Q3}."', '"{Q3}."'])
def test_the_words_after_a_described_speaker_s_go_on_as_theirs(after, forms, goes_on):
    paragraphs = [after.format(Q1=Q1), goes_on.format(Q3=Q3)]
    assert en_speaker_of(paragraphs, Q3) is None or _accepts(en_speaker_of(paragraphs, Q3), forms), paragraphs
    assert en_speaker_of(paragraphs, Q3) != "Arlo Venn", paragraphs


# --- 7. words of one or two words: someone's when a verb of saying or calling frames them -------------------------

FRAMED_SHORT = [
    ('Arlo Venn called the report "fabricated".', "Arlo Venn", "fabricated"),
    ('Arlo Venn described the claims as "baseless lies".', "Arlo Venn", "baseless lies"),
    ('Arlo Venn dismissed the report as "false".', "Arlo Venn", "false"),
    ('Arlo Venn said the claims were "baseless".', "Arlo Venn", "baseless"),
    ('The Kessel Brigade called the claims "lies".', "Kessel Brigade", "lies"),
    ('The Kessel Brigade rejected the report as "pure fabrication".', "Kessel Brigade", "pure fabrication"),
    ('Mira Solen termed the accusations "absurd".', "Mira Solen", "absurd"),
    ('Mira Solen said talks were "very advanced".', "Mira Solen", "very advanced"),
]


@pytest.mark.parametrize(("text", "label", "words"), FRAMED_SHORT)
def test_short_words_a_verb_of_saying_frames_are_the_speaker_s(text, label, words):
    assert en_speaker_of([text], words) == label, text


UNFRAMED_SHORT = [
    ('Residents fled the "red zone" on Monday.', "red zone"),
    ('The "liberated" town was shelled again on Monday.', "liberated"),
    ('Fighters of the so-called "Tarvo Shield" entered the town.', "Tarvo Shield"),
    ('A "ghost unit" of 300 men was disbanded in May.', "ghost unit"),
    ('The brigade\'s "popular committees" run the town.', "popular committees"),
]


@pytest.mark.parametrize(("text", "words"), UNFRAMED_SHORT)
@pytest.mark.parametrize(
    "before", ["Arlo Venn said on Monday that the brigade would stay.", '"We are staying," a resident said.']
)
def test_short_words_no_verb_frames_are_no_one_s(text, words, before):
    paragraphs = [before, text]
    assert en_speaker_of(paragraphs, words) is None, paragraphs


TITLES_AND_SLOGANS = [
    'A report titled "Winter in Tarvo" was published on Monday.',
    'Protesters chanted "Freedom for Tarvo" outside the town hall.',
    'The operation, dubbed "Iron Winter", began in May.',
    'Banners reading "No more war in Kessia" hung from the walls.',
]


@pytest.mark.parametrize("text", TITLES_AND_SLOGANS)
@pytest.mark.parametrize("before", ['"We are staying," a resident said.', '"We are staying," residents said.'])
def test_titles_and_slogans_after_a_described_speaker_are_no_one_s(text, before):
    assert _speaker([before, text]) is None, text


# --- 8. the cases round 43 left open -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        'Banners reading "No more war in Kessia" hung from the town hall.',
        'A banner reading "Tarvo will not kneel" was hung on the bridge.',
        'Placards saying "Stop the shelling" lined the road.',
    ],
)
def test_words_on_a_banner_are_no_one_s(banner):
    paragraphs = ["Arlo Venn said on Monday that the brigade would stay.", banner]
    assert _speaker(paragraphs) is None, paragraphs


@pytest.mark.parametrize(
    "first",
    [
        "The Kessel Brigade and the Veloria Front signed a truce on Monday.",
        "The Kessel Brigade and the Veloria Front both denied the report.",
    ],
)
@pytest.mark.parametrize("tag", ['"{Q1}," the group said.', 'The group said: "{Q1}."'])
def test_the_group_after_two_bodies_named_together_is_no_one_guessed(first, tag):
    paragraphs = [first, tag.format(Q1=Q1)]
    assert _speaker(paragraphs) is None, paragraphs


@pytest.mark.parametrize(
    "frame",
    ['All he could say was: "{Q2}."', 'All he would say was: "{Q2}."', 'All he said was: "{Q2}."'],
)
def test_all_he_could_say_was_is_his_words(frame):
    paragraphs = ["Arlo Venn was asked about the talks.", frame.format(Q2=Q2)]
    assert _speaker(paragraphs) == "Arlo Venn", paragraphs


def test_guard_the_group_after_one_body_is_that_body():
    paragraphs = ["The Kessel Brigade signed a truce with the army on Monday.", f'"{Q1}," the group said.']
    assert _speaker(paragraphs) == "Kessel Brigade", paragraphs


@pytest.mark.parametrize(
    "text",
    ["All he could say was that the talks had failed.", 'All they had was "bread and water".'],
)
def test_guard_all_that_is_no_saying_gives_no_words(text):
    paragraphs = ["Arlo Venn was asked about the talks.", text]
    assert all(speaker is None for _, speaker in quotes(EN_LEAD, *paragraphs)), paragraphs


# --- 9. a described speaker with a name given after it, curly marks, and a witness's cries ------------------------

NAME_GIVEN = [
    ('Another resident, Arlo Venn, 52, said: "{Q1}."', {"Arlo Venn"}),
    ('"{Q1}," said another resident, Arlo Venn, 52.', {"Arlo Venn"}),
    ('"{Q1}," said Arlo Venn, 52, a baker in Tarvo.', {"Arlo Venn"}),
    ('A woman who identified herself only as Mira said: "{Q1}."', {"Mira", "a woman"}),
    ('"{Q1}," said a fighter who gave his name as Tarek.', {"Tarek", "a fighter"}),
    ('One resident, who would only give his first name, Arlo, told Veloria Post: "{Q1}."', {"Arlo", "one resident"}),
    ('"{Q1}," said Mira, a teacher who declined to give her surname.', {"Mira"}),
]


@pytest.mark.parametrize("marks", ["straight", "curly"])
@pytest.mark.parametrize(("text", "forms"), NAME_GIVEN)
def test_a_described_speaker_who_gives_a_name_speaks_by_either(text, forms, marks):
    from tests.draft.conftest import curly

    paragraph = text.format(Q1=Q1)
    paragraph = curly(paragraph) if marks == "curly" else paragraph
    assert _accepts(_speaker([paragraph]), forms), paragraph


@pytest.mark.parametrize("frame", FRAMES[:4] + FRAMES[5:8] + FRAMES[11:])
@pytest.mark.parametrize(("desc", "forms"), DESCRIBED[::2])
def test_a_described_speaker_speaks_as_described_in_curly_marks(frame, desc, forms):
    from tests.draft.conftest import curly

    text = curly(frame.format(D=_cap(desc), d=desc, Q1=Q1))
    assert _accepts(_speaker([text]), forms), text


CRIES = ["wailed", "sobbed", "screamed", "yelled", "shouted", "cried", "pleaded"]


@pytest.mark.parametrize("verb", CRIES)
@pytest.mark.parametrize(
    ("frame", "forms"),
    [
        ('"{Q3}," a woman {v}.', {"a woman"}),
        ('"{Q3}," {v} one of the mothers.', {"one of the mothers"}),
        ('An old man {v}: "{Q3}."', {"an old man"}),
        ('"{Q3}," Mira Solen {v}.', {"Mira Solen"}),
    ],
)
def test_a_witness_s_cry_gives_the_words_a_speaker(verb, frame, forms):
    text = frame.format(v=verb, Q3=Q3)
    assert _accepts(_speaker([text]), forms), text


@pytest.mark.parametrize(
    "text",
    [
        "The crowd screamed as the shells fell.",
        "A woman sobbed in the street.",
        "Arlo Venn yelled at the guards.",
        "Children screamed and wailed all night.",
    ],
)
def test_guard_a_cry_with_no_words_of_its_own_says_nothing(text):
    from tests.draft.conftest import said_en

    assert said_en(text) == [], text


# --- 10. 'it' after a clause whose subject is a document: the document's words, not the last body's -----------------

DOCUMENT_CLAUSES = [
    ('While the prosecution document is not an indictment, it does say that Venn "{w}."', "the prosecution document"),
    ('Although the UN report does not name the brigade, it says its fighters "{w}."', "the UN report"),
    ('Though the leaked memo is unsigned, it says the brigade "{w}."', "the leaked memo"),
    ('While the court filing names no one, it states that the fighters "{w}."', "the court filing"),
]


@pytest.mark.parametrize(("text", "label"), DOCUMENT_CLAUSES)
@pytest.mark.parametrize(
    "before",
    [
        "March 4, 2026 (KESSEL CITY) — The Kessel Brigade denied the charges on Sunday.",
        "The Kessel Brigade denied the charges on Sunday.",
        "Arlo Venn, the brigade's commander, denied the charges on Sunday.",
    ],
)
def test_it_after_a_clause_opened_by_a_document_is_the_document(text, label, before):
    paragraphs = [before, text.format(w="bear criminal responsibility")]
    assert _speaker(paragraphs) == label, paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'Although the attack was condemned, it said: "{Q1}."',
        'While the talks stalled, it said: "{Q1}."',
    ],
)
def test_guard_it_after_a_clause_of_no_document_is_still_the_body(text):
    paragraphs = ["The Kessel Brigade denied the report on Monday.", text.format(Q1=Q1)]
    assert _speaker(paragraphs) == "Kessel Brigade", paragraphs
