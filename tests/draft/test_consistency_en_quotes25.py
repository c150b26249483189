"""English quotations, round 25: precision, and quotations left with no speaker, where a second person is named
beside the speaker.

Made-up names and sentences only. Each shape is varied (itertools products) and read against its plain twin, the
same quotation with the same speaker and nothing else named; a guard beside each keeps the rule from firing where
the words are someone else's or no one's.

- an aside after the subject that holds a clause of its own, opened by a subordinator, with another person as its
  subject ('Lev Arno, speaking after Dario Venn, said'), or a likeness set off inside it ('who, like Dario Venn,
  fought in Ostravia'): the subject speaks;
- words in marks after 'what X called': X's, not the sentence's subject's;
- words in marks after 'so-called' or 'self-styled': no one's quotation;
- a writing with the one it was sent to after it ("Lev Arno's letter to Dario Venn read"): its owner's.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import quotes, reader

L, R = "\u201c", "\u201d"
WORDS = "The crossing will stay closed until the spring"


def _said(subject: str) -> list[str]:
    """The one quotation in every position around its tag, with ``subject`` as the tag's subject."""
    lower = WORDS[0].lower() + WORDS[1:]
    return [
        f"{subject} said: {L}{WORDS}.{R}",
        f"{L}{WORDS},{R} {subject} said.",
        f"{subject} said {L}{lower}.{R}",
        f"{subject} told reporters: {L}{WORDS}.{R}",
    ]


# --- an aside after the subject holding a clause of another person's ---------------------------------------------------

ASIDES = [
    "speaking after Dario Venn",
    "speaking as Dario Venn looked on",
    "speaking while Dario Venn looked on",
    "arriving after Dario Venn",
    "writing after Dario Venn was arrested",
    "speaking because Dario Venn could not",
    "who spoke after Dario Venn",
    "who was speaking after Dario Venn",
    "who took over when Dario Venn resigned",
    "who arrived after Dario Venn left",
    "who, like Dario Venn, fought in Ostravia",
    "speaking, like Dario Venn, from Kessel",
    "who, unlike Petra Lind, stayed in Kessel",
]


@pytest.mark.parametrize(("aside", "n"), list(itertools.product(ASIDES, range(4))))
def test_an_aside_holding_another_s_clause_leaves_the_subject_the_speaker(aside, n) -> None:
    # 'Lev Arno, speaking after Dario Venn, said: "..."' as 'Lev Arno said: "..."' (before: Venn's words, the clause
    # opened by 'after' read as the subject's own clause; or no one's, past 'who took over when Dario Venn resigned',
    # 'who, like Dario Venn, fought')
    plain = quotes(_said("Lev Arno")[n])
    varied = quotes(_said(f"Lev Arno, {aside},")[n].replace(",,", ","))
    assert [s for _, s in varied] == [s for _, s in plain] == ["Lev Arno"], varied


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the clause opening the sentence still has its own subject
        (f"After Dario Venn left, Lev Arno said: {L}{WORDS}.{R}", "Lev Arno"),
        (f"Lev Arno left after Dario Venn said: {L}{WORDS}.{R}", "Dario Venn"),
        # a clause after a comma that is no aside of the subject: the clause's subject speaks
        (f"The crossing closed on Monday, when Dario Venn said: {L}{WORDS}.{R}", "Dario Venn"),
        # a likeness before the verb itself: the subject, as before
        (f"Lev Arno, like Dario Venn, said: {L}{WORDS}.{R}", "Lev Arno"),
    ],
)
def test_guard_a_clause_that_is_no_aside_of_the_subject_keeps_its_own_subject(text, speaker) -> None:
    found = quotes(text)
    assert [s for _, s in found] == [speaker], found


# --- words in marks after 'what X called' --------------------------------------------------------------------------------

FRAMES = ["Lev Arno slammed", "Lev Arno rejected", "Lev Arno said he would not accept", "Lev Arno questioned"]
CALLERS = [("Dario Venn", "Dario Venn"), ("Petra Lind", "Petra Lind"), ("the Kessel Brigade", "Kessel Brigade")]
NAMING = ["called", "has called", "had repeatedly called", "described as", "termed", "branded"]


@pytest.mark.parametrize(("frame", "caller", "verb"), list(itertools.product(FRAMES, CALLERS, NAMING)))
def test_words_after_what_another_called_them_are_the_caller_s(frame, caller, verb) -> None:
    # 'Lev Arno slammed what Dario Venn called "a plan for peace"' as 'the plan, which Dario Venn called "..."'
    # (before: Arno's words, the one who slammed it)
    name, label = caller
    varied = quotes(f"{frame} what {name} {verb} {L}a plan for peace{R}.")
    twin = quotes(f"{frame} the plan, which {name} {verb} {L}a plan for peace{R}.")
    assert [s for _, s in varied] == [s for _, s in twin] == [label], (varied, twin)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'what he called': the subject's own words, as before
        (f"Lev Arno dismissed what he called {L}lies{R}.", "Lev Arno"),
        (f"The Kessel Brigade dismissed what it called {L}lies{R}.", "Kessel Brigade"),
        # 'what' inside the speaker's own quotation changes nothing
        (f"{L}This is what Dario Venn called a plan,{R} Lev Arno said.", "Lev Arno"),
        # 'what X called' with no words in marks after it: the next quotation is the speaker's
        (f"Lev Arno asked what Dario Venn called the plan. {L}{WORDS},{R} he said.", "Lev Arno"),
    ],
)
def test_guard_what_the_subject_called_or_no_marks_keeps_the_subject(text, speaker) -> None:
    found = quotes(text)
    assert [s for _, s in found] == [speaker], found


# --- words in marks after 'so-called' ------------------------------------------------------------------------------------

SCARE = ["so-called", "self-styled", "self-proclaimed"]
SCARE_FRAMES = [
    "Lev Arno said the {s} {q} had ended.",
    f"{L}{WORDS},{R} Lev Arno said of the {{s}} {{q}}.",
    "The {s} {q} ended on Monday, Lev Arno said.",
    "Lev Arno criticised the {s} {q}.",
    "Lev Arno told reporters the {s} {q} were over.",
    "According to Lev Arno, the {s} {q} have ended.",
    "The Kessel Brigade said in a statement that the {s} {q} had failed.",
]


@pytest.mark.parametrize(("frame", "scare"), list(itertools.product(SCARE_FRAMES, SCARE)))
def test_words_in_marks_after_so_called_are_no_one_s_whoever_speaks_around_them(frame, scare) -> None:
    # 'Lev Arno said the so-called "peace talks" had ended' as 'The so-called "peace talks" ended': the marks are the
    # writer's distance from a name, no quotation (before: Arno's words wherever a verb of saying stood near)
    varied = quotes(frame.format(s=scare, q=f"{L}peace talks{R}"))
    twin = quotes(f"The {scare} {L}peace talks{R} ended on Monday.")
    assert [s for t, s in varied if t == "peace talks"] == [s for _, s in twin] == [None], varied


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the words of a quotation that hold 'so-called' are the speaker's
        (f"Lev Arno said: {L}The so-called peace talks have ended.{R}", ["Lev Arno"]),
        # 'so-called' inside the marks: the speaker's words
        (f"Lev Arno called the talks {L}so-called peace talks{R}.", ["Lev Arno"]),
        # a so-called name in the speaker's aside: the speaker still speaks the quotation (before: the name in marks
        # was his words too)
        (f"Lev Arno, the so-called {L}iron minister{R}, said: {L}{WORDS}.{R}", [None, "Lev Arno"]),
    ],
)
def test_guard_so_called_inside_a_quotation_or_an_aside_changes_no_speaker(text, found) -> None:
    got = quotes(text)
    assert [s for _, s in got] == found, got


# --- a writing with the one it was sent to ----------------------------------------------------------------------------

OWNERS = [("Lev Arno's", "Lev Arno"), ("the Kessel Brigade's", "Kessel Brigade"), ("Petra Lind's", "Petra Lind")]
WRITS = ["letter", "statement", "message", "open letter"]
TO = ["to Dario Venn", "to the Velorian interior ministry", "to Meridian Wire", "addressed to Dario Venn"]


@pytest.mark.parametrize(("owner", "writ", "to", "after"), list(itertools.product(OWNERS, WRITS, TO, [False, True])))
def test_a_writing_sent_to_another_is_its_owner_s_as_without_them(owner, writ, to, after) -> None:
    # "Lev Arno's letter to Dario Venn read: ..." as "Lev Arno's letter read: ..." (before: no one's, or the whole
    # phrase as a speaker described)
    name, label = owner

    def read_as(subject: str) -> list[str | None]:
        if after:
            return [s for _, s in quotes(f"{L}{WORDS},{R} {subject} read.")]
        return [s for _, s in quotes(f"{subject[0].upper() + subject[1:]} read: {L}{WORDS}.{R}")]

    assert read_as(f"{name} {writ} {to}") == read_as(f"{name} {writ}") == [label]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one who answers a letter speaks, not its writer
        (f"Dario Venn, replying to Lev Arno's letter to the ministry, said: {L}{WORDS}.{R}", "Dario Venn"),
        # a writing sent to one who then speaks: the one who speaks
        (f"After Lev Arno's letter to Dario Venn, Petra Lind said: {L}{WORDS}.{R}", "Petra Lind"),
    ],
)
def test_guard_a_writing_sent_to_another_inside_a_phrase_changes_no_speaker(text, speaker) -> None:
    found = quotes(text)
    assert [s for _, s in found] == [speaker], found


# --- a phrase set off after the subject that holds another's name ----------------------------------------------------

PHRASES = [
    "in a rebuke of Dario Venn",
    "in a jab at Dario Venn",
    "in a thinly veiled jab at Dario Venn",
    "in a reply to Dario Venn",
    "in an apparent reference to Dario Venn",
    "in a response to Dario Venn's remarks",
    "in comments directed at Dario Venn",
    "in a call with Petra Lind",
    "after a meeting with Dario Venn",
    "during talks with the Kessel Brigade",
]
PHRASE_SHAPES = [
    ("{L}{W},{R} Lev Arno, {a}, said.", "Lev Arno, {a}, said: {L}{W}.{R}"),
    ("Lev Arno, {a}, called the plan {L}a fabrication{R}.", "Lev Arno called the plan {L}a fabrication{R}."),
    ("{L}{W},{R} Lev Arno, {a}, told reporters.", "{L}{W},{R} Lev Arno told reporters."),
]


@pytest.mark.parametrize(("phrase", "shape"), list(itertools.product(PHRASES, PHRASE_SHAPES)))
def test_a_phrase_set_off_after_the_subject_leaves_the_subject_the_speaker(phrase, shape) -> None:
    # '"...," Lev Arno, in a rebuke of Dario Venn, said.' as 'Lev Arno, in a rebuke of Dario Venn, said: "..."' and
    # '"...," Lev Arno said.' (before: no one's)
    varied, twin = (s.format(a=phrase, L=L, R=R, W=WORDS) for s in shape)
    assert [s for _, s in quotes(varied)] == [s for _, s in quotes(twin)] == ["Lev Arno"], quotes(varied)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the phrase opening the sentence: the subject after it speaks, not the name inside it
        (f"In a call with Lev Arno, minister Karl Brenn said: {L}{WORDS}.{R}", "Karl Brenn"),
        # a subject after the phrase: that subject, not the name inside the phrase nor the clause before
        (f"Kessel fell on Monday, in a blow to Dario Venn, officials said: {L}{WORDS}.{R}", "officials"),
        (f"{L}{WORDS},{R} officials said on Monday, in a blow to Dario Venn.", "officials"),
    ],
)
def test_guard_a_phrase_before_another_subject_gives_the_words_to_no_one_inside_it(text, speaker) -> None:
    found = quotes(text)
    assert [s for _, s in found] == [speaker], found


# --- 'in X's words', 'in the words of X', 'to quote X' -----------------------------------------------------------------

WORDS_OF = [
    ("In {o}'s words, the plan was {q}.", "In the words of {o}, the plan was {q}."),
    ("The plan was, in {o}'s words, {q}.", "The plan was, in the words of {o}, {q}."),
    ("The plan was {q}, in {o}'s words.", "The plan was {q}, in the words of {o}."),
    ("To use {o}'s words, the plan was {q}.", "To quote {o}, the plan was {q}."),
    ("The plan was {q}, to use {o}'s own words.", "The plan was, to quote {o}, {q}."),
]
OWNERS_OF = [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade"), ("Petra Lind", "Petra Lind")]


@pytest.mark.parametrize(("forms", "owner", "which"), list(itertools.product(WORDS_OF, OWNERS_OF, (0, 1))))
def test_words_given_as_one_s_own_words_are_theirs_as_after_according_to(forms, owner, which) -> None:
    # 'In Lev Arno's words, the plan was "a fabrication"' as 'According to Lev Arno, the plan was "a fabrication"'
    # (before: no one's, with or without another person named in the sentence before)
    name, label = owner
    text = forms[which].format(o=name, q=f"{L}a fabrication{R}")
    text = text[0].upper() + text[1:]
    twin = f"According to {name}, the plan was {L}a fabrication{R}."
    before = "Dario Venn met Petra Lind on Monday." if label != "Petra Lind" else "Dario Venn met Lev Arno on Monday."
    assert [s for _, s in quotes(text)] == [s for _, s in quotes(twin)] == [label], quotes(text)
    assert [s for _, s in quotes(before, text)] == [label], quotes(before, text)


@pytest.mark.parametrize(
    "text",
    [
        f"In other words, the plan was {L}a fabrication{R}.",
        f"In a few words, the plan was {L}a fabrication{R}.",
        f"The plan, in Kessel, was {L}a fabrication{R}.",
    ],
)
def test_guard_words_that_name_no_one_give_the_words_to_no_one(text) -> None:
    assert [s for _, s in quotes(text)] == [None], quotes(text)


# --- a passive of naming with its agent ------------------------------------------------------------------------------

PASSIVES = [
    ("Dario Venn's plan was described by {a} as {q}.", "{A} described Dario Venn's plan as {q}."),
    ("The plan was described by {a} as {q}.", "{A} described the plan as {q}."),
    ("The plan was called {q} by {a}.", "{A} called the plan {q}."),
    ("The plan was branded {q} by {a}.", "{A} branded the plan {q}."),
    ("The plan has been termed {q} by {a}.", "{A} termed the plan {q}."),
    ("Dario Venn's plan, described by {a} as {q}, failed.", "{A} described Dario Venn's plan as {q}."),
]
AGENTS = [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade"), ("Petra Lind", "Petra Lind")]


@pytest.mark.parametrize(("forms", "agent"), list(itertools.product(PASSIVES, AGENTS)))
def test_words_named_in_the_passive_are_the_agent_s_as_in_the_active(forms, agent) -> None:
    # 'The plan was described by Lev Arno as "a fabrication"' as 'Lev Arno described the plan as "a fabrication"'
    # (before: no one's)
    name, label = agent
    passive, active = (f.format(a=name, A=name[0].upper() + name[1:], q=f"{L}a fabrication{R}") for f in forms)
    assert [s for _, s in quotes(passive)] == [s for _, s in quotes(active)] == [label], quotes(passive)


def test_guard_the_subject_described_in_the_passive_speaks_after_its_own_verb() -> None:
    got = quotes(f"Lev Arno, described by Dario Venn as {L}the iron minister{R}, said: {L}{WORDS}.{R}")
    assert got[-1][1] == "Lev Arno", got


@pytest.mark.parametrize(
    "text",
    [
        # no words named in marks after 'as'
        "The plan was described by Lev Arno as bold.",
        # 'called off by': no naming
        "The plan was called off by Lev Arno.",
    ],
)
def test_guard_a_passive_of_naming_without_words_in_marks_is_no_act_of_saying(text) -> None:
    assert reader(text).readings[0].acts == []


# --- a quotation over paragraphs whose speaker is named only where it closes ----------------------------------------

OPEN = [f"{L}{WORDS}.", f"{L}The road is closed. The bridge is shut."]
CLOSE = [
    (f"{L}The rest will wait,{R} Lev Arno said.", "Lev Arno"),
    (f"{L}The rest will wait,{R} said Petra Lind.", "Petra Lind"),
    (f"{L}The rest will wait,{R} the Kessel Brigade said in a statement.", "Kessel Brigade"),
    (f"The rest will wait,{R} Lev Arno said.", "Lev Arno"),
]
BEFORE = ["", "Dario Venn said the crossing was open.", "Dario Venn arrived in Kessel on Monday."]


@pytest.mark.parametrize(
    ("opening", "close", "before", "middle"), list(itertools.product(OPEN, CLOSE, BEFORE, (False, True)))
)
def test_a_quotation_over_paragraphs_is_the_speaker_s_named_where_it_closes(opening, close, before, middle) -> None:
    # '"The crossing will stay closed.' then '"The rest will wait," Lev Arno said.': Arno's both, whether or not the
    # second paragraph opens its marks again, and with a paragraph of the same quotation between (before: the first
    # paragraph's words no one's, or given to one who spoke in the paragraph before, 'Dario Venn said ...')
    text, label = close
    paragraphs = [p for p in (before, opening, f"{L}The rest is closed." if middle else "", text) if p]
    found = quotes(*paragraphs)
    assert [s for _, s in found] == [label] * (3 if middle else 2), found


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        # the first paragraph has its own speaker: each keeps theirs
        ((f"Petra Lind said: {L}{WORDS}.", f"{L}The rest will wait,{R} Lev Arno said."), ["Petra Lind", "Lev Arno"]),
        # the first quotation closes in its paragraph: no one's, as before
        ((f"{L}{WORDS}.{R}", f"{L}The rest will wait,{R} Lev Arno said."), [None, "Lev Arno"]),
        # a paragraph of narration between: the open words are not surely the next speaker's
        ((f"{L}{WORDS}.", "Dario Venn disagreed.", f"{L}The rest will wait,{R} Lev Arno said."), [None, "Lev Arno"]),
        # the next paragraph closes its words with no tag: no one's
        ((f"{L}{WORDS}.", f"{L}The rest will wait.{R}", "Lev Arno arrived on Monday."), [None, None]),
    ],
)
def test_guard_words_left_open_take_no_speaker_from_a_paragraph_that_does_not_close_them_with_a_tag(
    paragraphs, found
) -> None:
    got = quotes(*paragraphs)
    assert [s for _, s in got] == found, got
