"""English quotations, round 22 of issue 17: precision, and quotations left with no speaker rather than a wrong one.

Parametrised metamorphic tests: made-up names and sentences only. Each family compares variants with a plain twin of
the same shape: 'he' after a body's sentence that names one person, whatever the body's verb; 'he added' after a
sentence naming someone who never spoke; 'the post said' as 'the statement said'; a report by a body described, not
named. Guards show the readings each fix must leave alone, and shapes of the brief that read alike already.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import quotes

WORDS = "The crossing is closed and no one passed"
MORE = "We will stay"
HE_SAID = ['"{w}," he said.', 'He said: "{w}."', '"{w}," he told Meridian Wire.', '"{w}," he was quoted as saying.']


def speakers(*paragraphs: str) -> list[str | None]:
    return [s for _, s in quotes(*paragraphs)]


def _together(paragraphs: list[str], apart: bool) -> list[str]:
    return paragraphs if apart else [" ".join(paragraphs)]


# --- 'he' after a body's sentence that names one person: the person, whatever the body's verb -----------------------

BODIES = ["The ministry", "The Kessel Brigade", "The Velorian interior ministry", "Kessel TV", "Police", "Officials"]
# verbs of stance, which make the body the sentence's speaker; 'met' is the twin, no speech at all
STANCES = [
    "criticised Dario Venn",
    "praised Dario Venn",
    "accused Dario Venn of lying",
    "condemned Dario Venn",
    "thanked Dario Venn",
    "welcomed Dario Venn",
]
BEFORE = ["", "Lev Arno arrived in Kessel on Monday.", '"Nothing passed," Lev Arno said.']


@pytest.mark.parametrize(
    "body, stance, said, before, apart",
    list(itertools.product(BODIES, STANCES, HE_SAID[:3], BEFORE, [True, False])),
)
def test_he_after_a_body_s_sentence_naming_one_person_is_that_person_whatever_the_verb(
    body, stance, said, before, apart
):
    # 'The ministry criticised Dario Venn. "...," he said.' as 'The ministry met Dario Venn. "...," he said.': Venn
    # (not the ministry, which 'he' is never, nor Lev Arno named further back, past the one just named)
    paragraphs = [p for p in (before, f"{body} {stance} on Monday.") if p]
    text = [*_together(paragraphs, apart), said.format(w=WORDS)]
    twin = [*_together([p for p in (before, f"{body} met Dario Venn on Monday.") if p], apart), said.format(w=WORDS)]
    assert speakers(*twin)[-1] == "Dario Venn", twin
    assert speakers(*text)[-1] == "Dario Venn", text


@pytest.mark.parametrize("body", BODIES[:4])
@pytest.mark.parametrize(
    "named",
    [
        "criticised Dario Venn and Lev Arno",
        "criticised Dario Venn's plan and Lev Arno's",
        "said Dario Venn had been killed",
        "said in a statement that Dario Venn, its commander, was killed",
    ],
)
@pytest.mark.parametrize("said", HE_SAID[:2])
def test_guard_he_after_a_body_s_sentence_is_no_person_it_did_not_take_as_its_one_object(body, named, said):
    # two people judged, a possessive, one said to be dead: 'he' is neither (as before; 'The party said in a
    # statement ... He pointed out', as translations write it, stays the body)
    text = (f"{body} {named}.", said.format(w=WORDS))
    assert speakers(*text)[-1] not in ("Dario Venn", "Lev Arno"), text


@pytest.mark.parametrize(
    "first, label",
    [
        ("Lev Arno criticised Dario Venn on Monday.", "Lev Arno"),
        ("Lev Arno criticised the Kessel Brigade on Monday.", "Lev Arno"),
        ("The ministry criticised the plan on Monday.", "the ministry"),
        ("Lev Arno spoke on Monday. The ministry criticised the plan.", "Lev Arno"),
        ("The ministry criticised spokeswoman Sara Vale on Monday.", "Sara Vale"),
    ],
)
def test_guard_he_after_a_person_or_a_body_naming_no_one_is_read_as_before(first, label):
    # a person subject stays 'he'; a body naming no person stays the body that spoke ('The party said ... He pointed
    # out', as translations write it) or the person before it; 'she' is the woman the text marks
    said = HE_SAID[0].format(w=WORDS)
    if "Sara Vale" in first:
        said = said.replace("he said", "she said")
    assert speakers(first, said) == [label], first


# --- 'he added' is one who has spoken: not a person only named since another spoke -----------------------------------

NARRATIONS = [
    "Dario Venn, the governor, visited the crossing on Monday.",
    "Dario Venn has led the council since 2019.",
    "The ministry summoned Dario Venn on Monday.",
    "Meridian Wire could not reach Dario Venn for comment.",
    "Dario Venn arrived in Kessel later that day.",
]
GOES_ON = ['"{m}," he added.', 'He added: "{m}."', '"{m}," he went on.', '"{m}," he continued.']
FIRST = ['"{w}," said Lev Arno, the commander.', 'Lev Arno told Meridian Wire: "{w}."', '"{w}," Lev Arno said.']


@pytest.mark.parametrize(
    "first, narration, goes_on, apart",
    list(itertools.product(FIRST, NARRATIONS, GOES_ON, [True, False])),
)
def test_he_added_after_a_sentence_naming_one_who_never_spoke_is_no_one(first, narration, goes_on, apart):
    # '"...," said Lev Arno. Dario Venn visited the crossing. "...," he added.': Arno, who may add, or Venn, the
    # subject, who never spoke: not written, so no one (it was Venn, a wrong speaker where Arno goes on)
    paragraphs = [*_together([first.format(w=WORDS), narration], apart), goes_on.format(m=MORE)]
    # Round 41 changed one case: where Venn, the subject of his own sentence, is named after Arno spoke in Arno's
    # paragraph, the pronoun opening the next paragraph is Arno, the last speaker. In the 272 English development
    # articles no such paragraph is followed by a pronoun's tag, and each of the 8 pronoun tags after a paragraph
    # that names a second man only spoken of is the last speaker in the gold (none is the man spoken of, none left
    # without a speaker); round 40 found 'he said' given to the man spoken of (tests/draft/test_consistency_en_m41.py).
    # A narration of its own paragraph, or a man the sentence's subject acted on, still leaves 'he added' no one's.
    own_subject = narration.startswith("Dario Venn")
    expected = "Lev Arno" if own_subject and not apart else None
    assert speakers(*paragraphs)[-1] == expected, paragraphs


@pytest.mark.parametrize("narration", NARRATIONS)
@pytest.mark.parametrize(
    "later, label",
    [
        ('"{m}," Arno added.', "Lev Arno"),
        ('"{m}," the commander added.', "Lev Arno"),
        ('"{m}," he said.', "Dario Venn"),
    ],
)
def test_guard_a_name_adds_and_he_said_is_the_subject_as_before(narration, later, label):
    # the name or the title that goes on is read as ever; 'he said' (not going on) is the last subject
    if "he said" in later and "could not reach" in narration:
        return  # (the outlet is the subject there)
    paragraphs = (FIRST[0].format(w=WORDS), narration, later.format(m=MORE))
    assert speakers(*paragraphs)[-1] == label, paragraphs


@pytest.mark.parametrize("goes_on", GOES_ON)
@pytest.mark.parametrize(
    "paragraphs, label",
    [
        (['"Nothing passed," Dario Venn said.', NARRATIONS[0]], "Dario Venn"),  # Venn spoke: Venn adds
        ([NARRATIONS[0]], "Dario Venn"),  # no one else spoke: the subject adds
        (['"Nothing passed," Lev Arno said.', "The crossing was shut on Monday."], "Lev Arno"),  # no one named
        (['"Nothing passed," Lev Arno said.'], "Lev Arno"),
        (['The Kessel Brigade said in a statement: "No."', NARRATIONS[1]], "Dario Venn"),  # a body spoke, no person
    ],
)
def test_guard_he_added_is_still_read_where_only_one_may_go_on(goes_on, paragraphs, label):
    assert speakers(*paragraphs, goes_on.format(m=MORE))[-1] == label, paragraphs


# --- a post, message, tweet or letter speaks for its author, as a statement does --------------------------------------

WRITTEN = [
    ("Lev Arno posted a message on X on Monday.", "message"),
    ("Lev Arno sent a letter to Dario Venn on Monday.", "letter"),
    ("Lev Arno wrote a letter to the Kessel Brigade.", "letter"),
    ("In a post on X, Lev Arno said the road was shut.", "post"),
    ("Lev Arno said in a post on Telegram that the road was shut.", "post"),
    ("Lev Arno published a post on X on Monday.", "post"),
    ("Lev Arno posted a tweet on Monday.", "tweet"),
    ("Lev Arno issued a statement on Monday.", "statement"),
]
WRITING_SAID = ['"{m}," the {n} said.', '"{m}," the {n} read.', 'The {n} added: "{m}."', '"{m}," said the {n}.']


@pytest.mark.parametrize(
    "written, said, between",
    list(itertools.product(WRITTEN, WRITING_SAID, ["", "The crossing was shut on Monday."])),
)
def test_the_post_said_is_its_author_s_as_the_statement_said_is(written, said, between):
    # 'Lev Arno posted a message on X. "...," the message said.' as '... issued a statement. "...," the statement
    # said': Arno (it was a speaker 'the post', or no one)
    intro, noun = written
    paragraphs = [p for p in (intro, between, said.format(m=MORE, n=noun)) if p]
    assert speakers(*paragraphs)[-1] == "Lev Arno", paragraphs


@pytest.mark.parametrize(
    "text",
    [
        'A post on X said: "{m}."',
        '"{m}," a post on X said.',
        'A post on his Telegram channel said: "{m}."',
        '"{m}," the post said.',
    ],
)
def test_a_writing_no_one_is_named_to_have_written_is_no_speaker(text):
    # 'a post' is no speaker: where no author is named, no one is drafted
    assert speakers(text.format(m=MORE)) == [None], text


def test_guard_a_newspaper_called_the_post_still_speaks():
    assert speakers("The Kessel Post reported the raid on Monday.", f'"{MORE}," the Post said.') == ["Kessel Post"]


# --- a report by a body described, not named ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "author, label",
    [
        ("the Velorian interior ministry", "the Velorian interior ministry"),
        ("the Ostravian defence ministry", "the Ostravian defence ministry"),
        ("the Kessel Brigade", "Kessel Brigade"),
    ],
)
@pytest.mark.parametrize(
    "intro", ["A report by {a} was released on Monday.", "The report by {a}, released on Monday, was long."]
)
@pytest.mark.parametrize("said", ['"{m}," the report said.', 'The report said: "{m}."', '"{m}," the report read.'])
def test_a_report_by_a_body_described_is_that_body_s_as_one_by_a_body_named(author, label, intro, said):
    # 'A report by the Velorian interior ministry ... "...," the report said.': the ministry (it was 'Velorian', the
    # adjective read as a body's name)
    paragraphs = (intro.format(a=author), said.format(m=MORE))
    assert speakers(*paragraphs) == [label], paragraphs


# --- guards: shapes of the brief that read alike already ------------------------------------------------------------

MID_TAGS = [
    "Lev Arno said",
    "said Lev Arno",
    "Colonel Lev Arno said",
    "said Colonel Lev Arno",
    "Lev Arno, the commander, said",
    "the brigade's commander, Lev Arno, said",
    "Lev Arno told Meridian Wire",
    "Lev Arno said in a statement",
    "Lev Arno said on Sunday",
    "said Lev Arno on Sunday",
    "according to Lev Arno",
    "Lev Arno wrote on Telegram",
]


@pytest.mark.parametrize("tag", MID_TAGS)
@pytest.mark.parametrize("before", ["", "Dario Venn spoke first.", '"No," Dario Venn said.'])
def test_guard_a_tag_in_the_middle_of_a_quotation_gives_both_halves_its_speaker(tag, before):
    text = f'"{WORDS}," {tag}, "and {MORE.lower()}."'
    got = speakers(*[p for p in (before, text) if p])
    assert got[-2:] == ["Lev Arno", "Lev Arno"], text


@pytest.mark.parametrize(
    "intro, role",
    [
        ("Lev Arno, the brigade's spokesman, spoke on Monday.", "spokesman"),
        ("Velorian interior minister Lev Arno spoke on Monday.", "minister"),
        ("Lev Arno, the commander of the Kessel Brigade, spoke on Monday.", "commander"),
    ],
)
@pytest.mark.parametrize(
    "between",
    [
        "Dario Venn, the governor of Kessel, disagreed.",
        "The governor, Dario Venn, was not there.",
        "Governor Dario Venn met him.",
    ],
)
@pytest.mark.parametrize(
    "shape", ['"{w}," the {r} said.', 'The {r} told Meridian Wire: "{w}."', '"{w}," said the {r}.']
)
def test_guard_a_role_alone_is_the_person_it_named_past_another_of_another_role(intro, role, between, shape):
    assert speakers(intro, between, shape.format(w=WORDS, r=role)) == ["Lev Arno"]


# --- the one told, in the passive: never the speaker -----------------------------------------------------------------

TELLERS = [
    ("Dario Venn", "Dario Venn"),
    ("the Kessel Brigade", "Kessel Brigade"),
    ("a senior official", "a senior official"),
]
TOLD = ["told", "warned", "assured"]


@pytest.mark.parametrize("teller", TELLERS)
@pytest.mark.parametrize("verb", TOLD)
@pytest.mark.parametrize(
    "shape",
    ['Lev Arno was {v} by {t}: "{w}."', '"{w}," Lev Arno was {v} by {t}.', 'Lev Arno said he was {v} by {t}: "{w}."'],
)
def test_the_one_told_in_the_passive_is_never_the_speaker_the_one_who_told_is(teller, verb, shape):
    # 'Lev Arno was told by Dario Venn: "..."' as 'Dario Venn told Lev Arno: "..."': Venn (it was Arno, the one
    # told, or no one)
    written, label = teller
    active = f'{written[0].upper() + written[1:]} {verb} Lev Arno: "{WORDS}."'
    assert speakers(active) == [label], active
    text = shape.format(v=verb, t=written, w=WORDS)
    assert speakers(text) == [label], text


@pytest.mark.parametrize("verb", TOLD)
@pytest.mark.parametrize("before", ["", "Dario Venn arrived in Kessel on Monday."])
def test_the_one_told_with_no_one_named_who_told_is_no_label(verb, before):
    # 'Lev Arno was told: "..."': not Arno's words; no one is named who told him
    text = f'Lev Arno was {verb}: "{WORDS}."'
    assert speakers(*[p for p in (before, text) if p]) == [None], text


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno, who was told by Dario Venn that the road was shut, said: "{w}."',
        '"{w}," Lev Arno, who was told by Dario Venn that the road was shut, said.',
        'Lev Arno was blunt: "{w}."',
    ],
)
def test_guard_the_one_told_in_an_aside_still_speaks_by_his_own_verb(text):
    assert speakers(text.format(w=WORDS)) == ["Lev Arno"], text
