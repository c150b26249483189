"""English quotations read the same whoever speaks, whatever stands between speaker and verb, wherever they stand.

Metamorphic tests (issue 17, round 10): made-up sentences built from templates and slot fillers along the axes
real news varies on. Variants that mean the same must give the same speaker. All names are fictional.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import quotes, said

WORDS = "The crossing is closed and no one passed"
MORE = "and we will stay"

# (how the speaker is written as a subject, the label the draft must give)
SPEAKERS = [
    ("Lev Arno", "Lev Arno"),
    ("Colonel Lev Arno", "Lev Arno"),
    ("ministry spokesman Lev Arno", "Lev Arno"),
    ("Kessel Brigade spokesman Lev Arno", "Lev Arno"),
    ("Lev Arno, the brigade's spokesman,", "Lev Arno"),
    ("Lev Arno, a spokesman for the Kessel Brigade,", "Lev Arno"),
    ("Lev Arno, 54,", "Lev Arno"),
    ("the spokesman of the Kessel Brigade, Lev Arno,", "Lev Arno"),
    ("the Kessel Brigade's spokesman, Lev Arno,", "Lev Arno"),
    ("the Velorian Foreign Ministry's spokesman, Lev Arno,", "Lev Arno"),
    ("the Kessel Brigade", "Kessel Brigade"),
    ("the Kessel Brigade's spokesman", "Kessel Brigade"),
    ("Veloria", "Veloria"),  # a capital or state for its government, never written mid-sentence here
    ("a ministry official", "a ministry official"),
    ("a security source", "a security source"),
]
# What news writes between a subject and its verb.
BETWEEN = [
    "",
    " on Tuesday",
    " in a statement",
    " in a video clip",
    " in a video message",
    " in an interview with Meridian Wire",
    ", speaking to Meridian Wire,",
    ", in a statement,",
    " also",
    " later",
    " has",
]
# (verb after its subject, or None where it does not come first in news: '"...," said X')
VERBS = ["said", "added", "stressed", "explained", "told Meridian Wire", "warned", "insisted"]
POSITIONS = {
    "that": '{S}{b} {v} that "{w}."',
    "colon": '{S}{b} {v}: "{w}."',
    "after": '"{w}," {s}{b} {v}.',
    "split": '"{w}," {s}{b} {v}, "{m}."',
}


def _text(position: str, subject: str, between: str, verb: str) -> str:
    if verb == "told Meridian Wire" and position in ("colon", "that") and "Meridian Wire" in between:
        verb = "told reporters"
    text = POSITIONS[position].format(S=subject[0].upper() + subject[1:], s=subject, b=between, v=verb, w=WORDS, m=MORE)
    return text.replace(",,", ",")


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(BETWEEN),
    st.sampled_from(VERBS),
    st.sampled_from(sorted(POSITIONS)),
)
def test_a_quotation_s_speaker_is_the_same_whatever_stands_between_subject_and_verb(speaker, between, verb, position):
    subject, label = speaker
    text = _text(position, subject, between, verb)
    assert [s for _, s in quotes(text)] == [label] * (2 if position == "split" else 1), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SPEAKERS), st.sampled_from([" on Tuesday", " in a video clip", " in a statement", ""]))
def test_the_speaker_after_an_inverted_verb_is_read_past_where_they_spoke(speaker, occasion):
    subject, label = speaker
    subject = subject.rstrip(",")
    if subject.endswith("54") or (occasion and "," in subject):
        return  # ('said Lev Arno, 54, in a video clip' is not how news writes it)
    text = f'"{WORDS}," said {subject}{occasion}.'
    assert [s for _, s in quotes(text)] == [label], text


# Verbs that are speech only with a complement ('continued: "..."', 'asked whether', 'admitted that'): the quotation
# right before them is one, as it is for 'said'.
NEEDING = ["continued", "went on", "asked", "admitted", "reported", "indicated", "mentioned"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SPEAKERS), st.sampled_from(NEEDING), st.booleans())
def test_a_verb_that_needs_a_complement_has_it_in_the_quotation_before_it(speaker, verb, inverted):
    subject, label = speaker
    if inverted and "," in subject:
        return
    text = f'"{WORDS}," {verb} {subject}.' if inverted else f'"{WORDS}," {subject} {verb}.'
    assert [s for _, s in quotes(text.replace(",.", "."))] == [label], text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SPEAKERS), st.sampled_from(["indicated", "mentioned", "admitted", "said"]))
def test_a_verb_before_a_comma_and_a_quotation_reads_as_said_does(speaker, verb):
    subject, label = speaker
    text = f'{subject[0].upper() + subject[1:]} {verb}, "{WORDS}."'.replace(",,", ",")
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(BETWEEN), st.sampled_from(["said", "denied the reports", "added"]))
def test_a_word_opening_a_sentence_is_a_name_whatever_stands_before_its_verb(between, verb):
    # 'Veloria' is never written mid-sentence: only its verb tells it is a name
    words = [w for _, w in quotes(f'Veloria{between} {verb}, "{WORDS}."'.replace(",,", ","))]
    assert words == ["Veloria"]


def test_a_word_opening_a_sentence_before_no_verb_of_saying_is_no_name():
    assert [w for _, w in quotes(f'Yesterday in a video clip, "{WORDS}," he wrote.')] == [None]


# A participle of saying shares its clause's subject, whether the clause's verb is one of saying or not.
CLAUSES = ["said on Monday", "spoke on Monday", "appeared on television", "took to Telegram"]
NAMED = [
    ("Lev Arno", "Lev Arno"),
    ("Colonel Lev Arno", "Lev Arno"),
    ("The Kessel Brigade", "Kessel Brigade"),
    ("A ministry official", "a ministry official"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(NAMED),
    st.sampled_from(CLAUSES),
    st.sampled_from(["saying", "adding", "stressing", "warning", "insisting"]),
    st.sampled_from(["", "On Tuesday, ", "Later, "]),
)
def test_a_participle_shares_its_clause_s_subject_whatever_the_clause_s_verb(named, clause, participle, opening):
    subject, label = named
    if opening:
        subject = subject[0].lower() + subject[1:] if subject.startswith(("The ", "A ")) else subject
    text = f'{opening}{subject} {clause}, {participle} that "{WORDS}."'
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Meridian Wire said", "Meridian Wire reported", "Meridian Wire wrote", "reported Meridian Wire"]),
    st.sampled_from(["citing {}", "citing {} as saying", "quoting {} as saying", "citing {} as saying in a statement"]),
    st.sampled_from([("Dario Venn", "Dario Venn"), ("a security source", "a security source")]),
)
def test_an_outlet_citing_someone_relays_their_words_whatever_its_verb(outlet, relay, cited):
    words, label = cited
    text = f"\u201cThis report is utterly fake,\u201d {outlet}, {relay.format(words)}."
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", label)], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Mohammed bin Karim", "Abu Karim al-Sayegh", "Karim ibn Sayegh", "Sheikh Karim al-Sayegh"]),
    st.sampled_from(['"{w}," {f} said.', '{f} said: "{w}."', '"{w}," said {f}.', '{f} told Meridian Wire that "{w}."']),
)
def test_a_full_name_is_read_whole_at_the_start_of_a_sentence_as_in_its_middle(name, template):
    text = template.format(w=WORDS, f=name)
    (label,) = [s for _, s in quotes(text)]
    assert label is not None and name.endswith(label) and " " in label, text


def _states() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Kessel", Known("kessel", "place", "city", "Kessel"))
    return index


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Veloria", "Kessel"]),
    st.sampled_from(['"{w}," {s} said.', '{s} said: "{w}."', '"{w}," said {s}.', 'According to {s}, "{w}."']),
    st.sampled_from(["", " on Tuesday", " in a video clip", " also"]),
)
def test_a_state_or_its_capital_speaks_before_its_verb_and_after_it(state, template, between):
    if not template.startswith("{s} said"):
        between = ""
    text = template.format(w=WORDS, s=f"{state}{between}")
    assert [s for _, s in quotes(text, index=_states())] == [state], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([s for s in SPEAKERS if "," not in s[0] and s[0] != "Veloria"]),
    st.sampled_from(["was quoted as saying", "was quoted by Meridian Wire as saying", "was cited as saying"]),
)
def test_quoted_as_saying_reads_the_same_with_the_outlet_that_quoted(speaker, phrase):
    subject, label = speaker
    text = f'"{WORDS}," {subject} {phrase}.'
    assert [s for _, s in quotes(text)] == [label], text


# Round 11: a passive that frames a subject's words reads alike whoever its subject is and wherever the quotation is.
FRAMES = ["was quoted as saying", "was cited as saying", "is heard saying", "can be heard saying in the video"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([s for s in SPEAKERS if "," not in s[0]]),
    st.sampled_from(FRAMES),
    st.sampled_from(['"{w}," {s} {f}.', '{S} {f}: "{w}."']),
)
def test_a_passive_framing_words_gives_its_subject_as_said_does(speaker, frame, template):
    # 'Veloria' too: only the frame after it tells an opening word is a name
    subject, label = speaker
    text = template.format(w=WORDS, s=subject, S=subject[0].upper() + subject[1:], f=frame)
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Officials", "Residents", "Witnesses", "Police", "Analysts"]),
    st.sampled_from(VERBS[:4]),
)
def test_a_common_noun_opening_a_sentence_is_labelled_as_it_is_mid_sentence(noun, verb):
    opening = [s for _, s in quotes(f'{noun} {verb}: "{WORDS}."')]
    after = [s for _, s in quotes(f'"{WORDS}," {noun.lower()} {verb}.')]
    assert opening == after == [noun.lower()], (opening, after)


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["told Meridian Wire", "told reporters", "said", "told Meridian Wire on Tuesday"]),
    st.sampled_from(["", "that "]),
    st.sampled_from([("the Kessel Brigade", "Kessel Brigade"), ("the Velorian Border Guard", "Velorian Border Guard")]),
)
def test_one_reporting_another_s_denial_gives_the_denier_with_or_without_that(told, that, denier):
    # ('told Meridian Wire Dario Venn denied', two names side by side, is not read apart: not varied here)
    words, label = denier
    text = f"Lev Arno {told} {that}{words} denied the reports."
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", label)], text


# --- round 13: the marks after a quotation, and 'as X put it' -------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([('"', '"'), ("\u201c", "\u201d")]),
    st.sampled_from(["{o}{w},{c} {s} said.", "{o}{w}{c}, {s} said.", "{o}{w}{c} {s} said.", "{o}{w}{c} said {s}."]),
    st.sampled_from([("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade"), ("a source", "a source")]),
)
def test_a_quotation_opening_the_sentence_is_its_speaker_s_with_or_without_a_comma(marks, shape, speaker):
    # '"..." Lev Arno said' (no comma, as web copies often print it) as '"...," Lev Arno said'
    (o, c), (written, label) = marks, speaker
    text = shape.format(o=o, c=c, w=WORDS, s=written)
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            'As {s} put it, "{w}."',
            '"{w}," as {s} put it.',
            '{S} put it bluntly: "{w}."',
            '{S} put it this way: "{w}."',
            '"{w}," {s} said.',
        ]
    ),
    st.sampled_from([("Lev Arno", "Lev Arno"), ("Colonel Lev Arno", "Lev Arno")]),
)
def test_as_one_put_it_gives_the_quotation_as_said_does(shape, speaker):
    written, label = speaker
    text = shape.format(s=written, S=written, w=WORDS)
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("Dario Venn, a commander in the brigade, was more cautious:", "Dario Venn"),
            ("The Kessel Brigade put out a short statement on Monday:", "Kessel Brigade"),
            ("Dario Venn was blunt:", "Dario Venn"),
        ]
    ),
    st.booleans(),
)
def test_a_quotation_after_a_colon_is_the_one_named_before_in_its_paragraph_or_the_next(lead, apart):
    # 'Dario Venn was more cautious:' then '"..."' in the next paragraph, as in the same paragraph
    text, label = lead
    paragraphs = (text, f'"{WORDS}."') if apart else (f'{text} "{WORDS}."',)
    assert [s for _, s in quotes(*paragraphs)] == [label], paragraphs


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ("Two officials", "two officials", "they"),
            ("Residents", "residents", "they"),
            ("The Kessel rebels", "the Kessel rebels", "they"),
            ("The Kessel Brigade", "Kessel Brigade", "it"),
            ("Lev Arno", "Lev Arno", "he"),
        ]
    ),
    st.sampled_from(["denied the reports.", "said the town was calm.", "spoke to reporters on Monday."]),
    st.sampled_from(['"{w}," {p} said.', '{P} said: "{w}."', '"{w}," {p} added.']),
)
def test_they_is_the_plural_or_body_subject_just_before_as_he_and_it_are(subject, done, template):
    # 'Velorian officials denied the reports. "...," they said.' as 'Lev Arno denied the reports. "...," he said.'
    written, label, pronoun = subject
    text = (f"{written} {done}", template.format(w=WORDS, p=pronoun, P=pronoun.capitalize()))
    assert [s for _, s in quotes(*text)][-1] == label, text


def test_they_is_no_one_after_a_sentence_about_others():
    # 'The Kessel Brigade said ... Lev Arno and Dario Venn disagreed. "...," they said.': not the brigade
    text = (
        "The Kessel Brigade said the town was calm.",
        "Lev Arno and Dario Venn disagreed.",
        f'"{WORDS}," they said.',
    )
    assert [s for _, s in quotes(*text)] == [None]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            ("Foreign Minister Lev Arno", "the minister"),
            ("Lev Arno, Veloria's foreign minister,", "the minister"),
            ("Lev Arno, Veloria's foreign minister,", "the foreign minister"),
            ("Lev Arno, its spokesman,", "the spokesman"),
            ("General Lev Arno", "the general"),
            ("Colonel Lev Arno, the brigade's spokesman,", "the colonel"),
            ("Lev Arno, a senior commander in the brigade,", "the commander"),
        ]
    ),
    st.sampled_from(['"{w}," {d} said.', '{D} said: "{w}."', '"{w}," said {d}.', '{D} told Meridian Wire: "{w}."']),
)
def test_a_title_alone_later_is_the_person_it_named_however_the_title_was_set(intro, shape):
    # 'Lev Arno, Veloria's foreign minister, arrived. "...," the minister said.' as after 'Foreign Minister Lev Arno
    # arrived': Arno; 'the general' after 'General Lev Arno' as 'the minister' after 'Minister ...'
    named, title = intro
    text = (f"{named} arrived in Kessel on Monday.", shape.format(w=WORDS, d=title, D=title[0].upper() + title[1:]))
    assert [s for _, s in quotes(*text)] == ["Lev Arno"], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["The general", "The premier", "The old man", "A woman"]),
    st.sampled_from(["Meridian Wire", "Kessel TV", "the Velorian Herald"]),
)
def test_the_one_told_is_never_the_speaker_whoever_tells(subject, outlet):
    # 'The general told Meridian Wire: "..."': never the outlet, whether the subject is read or not
    assert [s for _, s in quotes(f'{subject} told {outlet}: "{WORDS}."')] not in (
        ["Meridian Wire"],
        ["Kessel TV"],
        ["Velorian Herald"],
        ["the Velorian Herald"],
    )


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            '"{w}," read a statement from {s}.',
            '"{w}," a statement from {s} read.',
            '"{w}," a statement issued by {s} read.',
            '"{w}," a statement from {s} said.',
        ]
    ),
    st.sampled_from([("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade")]),
)
def test_a_statement_read_gives_its_author_in_either_order(shape, author):
    # '"...," a statement from X read.' as '"...," read a statement from X.' (and not '"Welcome," read a sign')
    written, label = author
    assert [s for _, s in quotes(shape.format(w=WORDS, s=written))] == [label]
    assert [s for _, s in quotes('"Welcome to Kessel," read a sign at the entrance.')] == [None]


# --- round 19: long asides after a quotation, the lead's dateline, where the words were given, later paragraphs ------

# What news sets off between a subject and its verb, some of it long: the subject's aside, however long, is read past
# after the quotation as it is before it.
ASIDES = [
    ", who spoke on condition of anonymity,",
    ", who spoke on condition of anonymity because he was not authorised to brief the media,",
    ", speaking on condition of anonymity because he was not authorised to brief the media,",
    ", who asked not to be identified because the talks are confidential and still under way,",
    ", who has led the brigade since it was founded in the hills above Kessel in 2019,",
    ", the brigade's spokesman, who spoke by phone from a hideout near the border,",
    ", 54, a farmer who fled Kessel last week with her three children and two goats,",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [("Lev Arno", "Lev Arno"), ("a senior official", "a senior official"), ("Colonel Lev Arno", "Lev Arno")]
    ),
    st.sampled_from(ASIDES),
    st.sampled_from(["said", "told Meridian Wire", "told reporters", "added"]),
)
def test_a_subject_s_long_aside_is_read_past_after_the_quotation_as_before_it(speaker, aside, verb):
    # '"...," a senior official, who spoke on condition of anonymity because he was not authorised to brief the
    # media, said' as 'A senior official, who ..., said: "..."' (the words before the verb were counted with the aside)
    written, label = speaker
    if aside.startswith((", the", ", 54")) and not written.endswith("Arno"):
        return  # (two descriptions one after another: not how news writes an unnamed source)
    before = f'{written[0].upper() + written[1:]}{aside} {verb}: "{WORDS}."'
    after = f'"{WORDS}," {written}{aside} {verb}.'
    assert [s for _, s in quotes(before)] == [s for _, s in quotes(after)] == [label], after


# Where the words were given, after the verb; and the lead's dateline before the sentence (guards: read alike already).
GIVEN = [
    "told Meridian Wire by phone",
    "told Meridian Wire by telephone from Kessel",
    "said in a statement posted on Telegram",
    "said in a statement posted on its website",
    "said in a post on X",
    "told reporters in Kessel",
    "told a news conference in Kessel on Tuesday",
    "told state television",
    "said in a statement carried by state media",
    "told Kessel TV in an interview broadcast on Tuesday",
]
DATELINES = [
    "",
    "KESSEL (Meridian Wire) - ",
    "KESSEL, Veloria (Meridian Wire) \u2014 ",
    "VELORIA CITY, March 3 (Meridian Wire) - ",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            ("Lev Arno", "Lev Arno"),
            ("the Kessel Brigade", "Kessel Brigade"),
            ("a senior official", "a senior official"),
            ("Lev Arno, who heads the brigade,", "Lev Arno"),
        ]
    ),
    st.sampled_from(GIVEN),
    st.sampled_from(DATELINES),
    st.sampled_from(
        ['"{w}," {s} {v}.', '{S} {v}: "{w}."', '{S} {v} that "{w}."', '"{w}," {s} {v}, adding that it rained.']
    ),
)
def test_where_the_words_were_given_and_the_dateline_change_no_speaker(speaker, given_, dateline, shape):
    written, label = speaker
    text = dateline + shape.format(w=WORDS, s=written, S=written[0].upper() + written[1:], v=given_)
    assert [s for _, s in quotes(text.replace(",,", ","))] == [label], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Lev Arno, the brigade's spokesman, spoke to reporters in Kessel on Tuesday.",
            "KESSEL (Meridian Wire) - Lev Arno, a commander in the Kessel Brigade, said on Tuesday the road was shut.",
            "The Kessel Brigade's spokesman, Lev Arno, told Meridian Wire by phone that the road was shut.",
            '"Nothing moves," said Lev Arno, who leads the brigade\'s political wing.',
        ]
    ),
    st.permutations(
        [
            '"{w}," he said.',
            '"{w}," Arno told reporters.',
            'According to Arno, "{w}."',
            '"{w}," Arno said by phone.',
            '"{w}," according to Arno.',
        ]
    ),
)
def test_a_speaker_introduced_once_keeps_the_next_three_paragraphs_by_pronoun_or_surname(intro, following):
    # (guard: read alike already)
    paragraphs = (intro, *(f.format(w=WORDS) for f in following[:3]))
    got = [s for _, s in quotes(*paragraphs)]
    assert got and set(got) == {"Lev Arno"}, paragraphs


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade"), ("Colonel Lev Arno", "Lev Arno")]
    ),
    st.sampled_from(["", ", the brigade's spokesman,", ", who spoke by phone from Kessel,"]),
    st.sampled_from(
        ["{S}{a} said.", "That was how {s}{a} put it.", "That is how {s}{a} put it.", "{S}{a} said on Tuesday."]
    ),
)
def test_the_sentence_after_a_quotation_names_its_speaker_with_or_without_an_aside(speaker, aside, shape):
    # '"...". That was how Lev Arno, the brigade's spokesman, put it.' as '"...". Lev Arno said.' (the aside was
    # counted among the few words such a sentence may have, and 'how X put it' had no complement)
    written, label = speaker
    if aside.startswith(", the") and not written.endswith("Arno"):
        return
    following = shape.format(s=written, S=written[0].upper() + written[1:], a=aside)
    assert [s for _, s in quotes(f'"{WORDS}." {following}')] == [label], following


# An unnamed source described at length, with no commas: the description ends where what tells of the source begins.
UNNAMED = [
    ("a senior official who spoke on condition of anonymity", "a senior official"),
    (
        "a senior official who spoke on condition of anonymity because he was not authorised to brief the media",
        "a senior official",
    ),
    ("a senior official speaking on condition of anonymity", "a senior official"),
    ("a senior official, speaking on condition of anonymity,", "a senior official"),
    ("a source familiar with the talks", "a source familiar with the talks"),
    ("an official briefed on the talks", "an official briefed on the talks"),
    ("a diplomat knowledgeable about the talks", "a diplomat knowledgeable about the talks"),
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(UNNAMED),
    st.sampled_from(
        [
            '"{w}," {s} said.',
            '{S} said: "{w}."',
            '"{w}," said {s}.',
            '{S} told Meridian Wire that "{w}."',
            '"{w}," {s} told reporters.',
        ]
    ),
)
def test_an_unnamed_source_described_at_length_speaks_wherever_the_quotation_stands(source, shape):
    # 'A source familiar with the talks said' (the description's head was read as 'familiar'); '"...," a senior
    # official who spoke on condition of anonymity because ... said' (the relative clause counted among the subject's
    # words); 'a senior official speaking on condition of anonymity' as 'a senior official, speaking ...,'
    written, label = source
    if shape.startswith('"{w}," said') and written.endswith(","):
        return
    text = shape.format(w=WORDS, s=written, S=written[0].upper() + written[1:]).replace(",,", ",")
    assert [s for _, s in quotes(text)] == [label], text


# --- round 20: initials in a name, two speakers joined by 'but', asides before a colon or 'was quoted' ----------------
# (parametrised: every variant runs; before this round's rules 'N of M' of them failed, as the final report says)

WITH_INITIALS = ["J.D. Harlow", "Dario K. Venn", "R. Teller", "Abu Karim al-Sayegh"]
SHAPES = [
    '"{w}," said {s}, the spokesman of the Kessel Brigade.',
    '"{w}," {s}, who heads the Kessel Brigade, told Meridian Wire on Monday.',
    '{s}, a spokesman for the Kessel Brigade, said: "{w}."',
    'According to {s}, "{w}."',
    '"{w}?" {s} asked.',
    '{s} added that "{w}."',
    '{s} was quoted by Meridian Wire as saying "{w}."',
    '{s} wrote on Telegram: "{w}."',
    'Kessel Brigade spokesman {s} said: "{w}."',
    '"{w}," {s} said in a statement.',
    'Meridian Wire quoted {s} saying: "{w}."',
    'The brigade released footage showing its commander {s} declaring that "{w}."',
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("name", WITH_INITIALS)
def test_a_name_with_initials_is_read_whole_in_every_shape(name, shape):
    # 'J.D. Harlow', 'Dario K. Venn': the stop after an initial ends no name (the name was cut there, or lost)
    text = shape.format(w=WORDS, s=name)
    assert [s for _, s in quotes(text)] == [name], text


TWO_SPEAKERS = [
    '{a} said "{w}," {c} {b} told Meridian Wire that "{m}."',
    '{a} said "{w}," {c} {b} said: "{m}."',
    '"{w}," {a} said, {c} {b} added: "{m}."',
]


@pytest.mark.parametrize("shape", TWO_SPEAKERS)
@pytest.mark.parametrize("joiner", ["but", "and", "while", "whereas"])
@pytest.mark.parametrize("first", [("Lev Arno", "Lev Arno"), ("Colonel Mira Dahl", "Mira Dahl")])
def test_the_second_of_two_speakers_joined_after_a_quotation_speaks_the_second_quotation(shape, joiner, first):
    # 'X said "...," but Y told Meridian Wire that "..."': Y's words, as after 'while' (the space after the quotation's
    # closing mark hid the 'but' that opens Y's clause)
    written, label = first
    text = shape.format(a=written, b="Sami Rostov", c=joiner, w=WORDS, m=MORE)
    assert [s for _, s in quotes(text)] == [label, "Sami Rostov"], text


APPOSITIONS = [
    "a spokesman for the Kessel Brigade",
    "the brigade's spokesman",
    "54",
    "who heads the Kessel Brigade",
]
CLAUSES_BEFORE_A_COLON = ["disagreed", "was more cautious", "was blunt", "had a different view", "put it simply"]


@pytest.mark.parametrize("clause", CLAUSES_BEFORE_A_COLON)
@pytest.mark.parametrize("aside", APPOSITIONS)
@pytest.mark.parametrize("before", ["", '"{w}," Lev Arno said. '])
def test_a_name_with_an_apposition_before_a_short_clause_and_a_colon_speaks(clause, aside, before):
    # 'Sami Rostov, a spokesman for the Kessel Brigade, disagreed: "..."' as 'Sami Rostov disagreed: "..."' (the body
    # in the apposition made a second name, and a speaker just before left no sole one)
    text = before.format(w=WORDS) + f'Sami Rostov, {aside}, {clause}: "{MORE}."'
    assert [s for _, s in quotes(text)][-1] == "Sami Rostov", text


@pytest.mark.parametrize(
    "frame", ["was quoted by Meridian Wire as saying", "was quoted as saying", "was cited as saying"]
)
@pytest.mark.parametrize(
    "aside", [*APPOSITIONS, "Kessel's governor", "who was released last week", "the former head of the Kessel Brigade"]
)
@pytest.mark.parametrize("colon", [":", ""])
def test_the_one_quoted_as_saying_is_the_name_before_its_apposition(frame, aside, colon):
    # 'Lev Arno, the former head of the Kessel Brigade, was quoted as saying': Arno, not 'the former head'
    text = f'Lev Arno, {aside}, {frame}{colon} "{WORDS}."'
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


@pytest.mark.parametrize(
    "shape", ['"{w}," {s} said.', '{s} said: "{w}."', '"{w}," said {s}.', 'According to {s}, "{w}."']
)
@pytest.mark.parametrize("title", ["Hajj", "Sen.", "Gov.", "Sheikh", "Dr."])
def test_a_title_or_honorific_before_a_name_is_left_out_of_its_label(shape, title):
    # 'Hajj Karim Sayegh' as 'Haji Karim Sayegh'; 'Sen. Lev Arno' as 'Senator Lev Arno'
    text = shape.format(w=WORDS, s=f"{title} Karim Sayegh")
    assert [s for _, s in quotes(text)] == ["Karim Sayegh"], text


LONG_APPOSITIONS = [
    "deputy head of the Kessel Brigade's political bureau",
    "former envoy to the Velorian talks in Kessel",
    "senior adviser to the Velorian prime minister",
    "a fellow at the Velorian Institute, a think tank in Kessel",
    "a lecturer at Kessel University, a public college near the border",
]


@pytest.mark.parametrize(
    "shape",
    [
        '"{w}," Lev Arno, {a}, said.',
        'Lev Arno, {a}, told Meridian Wire that "{w}."',
        '"{w}," Lev Arno, {a}, wrote on X.',
        'Speaking in Kessel on Monday, Lev Arno, {a}, said: "{w}."',
        '"{w}?" Lev Arno, {a}, asked.',
    ],
)
@pytest.mark.parametrize("aside", LONG_APPOSITIONS)
def test_an_apposition_led_by_a_rank_or_two_in_a_row_is_read_past(shape, aside):
    # 'Lev Arno, deputy head of ...,' (a rank with no article, taken for a clause) and 'Lev Arno, a fellow at X, a think
    # tank in Kessel,' (two appositions that name no speaker noun) as 'Lev Arno, the brigade's spokesman,'
    text = shape.format(w=WORDS, a=aside)
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


@pytest.mark.parametrize("verb", ["asked", "said", "added"])
@pytest.mark.parametrize(
    "subject",
    [
        "Kessel Brigade deputy political chief Abu Karim al-Sayegh",
        "Velorian Deputy Foreign Minister Lev Arno",
        "Lev Arno",
    ],
)
def test_a_question_s_speaker_in_the_next_sentence_is_read_however_long_the_title(verb, subject):
    # '"...?" Kessel Brigade deputy political chief Abu Karim al-Sayegh asked.': the sentence after the question mark
    # is only its speaker and verb, however many words the name and title take
    text = f'"Is the crossing closed?" {subject} {verb}.'
    (label,) = [s for _, s in quotes(text)]
    assert label is not None and subject.endswith(label), text


@pytest.mark.parametrize(
    "shape",
    [
        '{s}, {a}, said: "{w}."',
        '"{w}," {s}, {a}, said.',
        '{s}, {a}, told Meridian Wire that the road was "closed for good."',
        '"{w}," {s}, {a}, told Meridian Wire.',
    ],
)
@pytest.mark.parametrize(
    "aside",
    [
        "who heads the brigade, and also leads its committees",
        "who was named last year, and lives in Kessel",
        "who heads the brigade's \u201cpopular committees\u201d",
        'whose brigade calls itself the "guardians of Kessel"',
        'who calls the town "a fortress"',
    ],
)
@pytest.mark.parametrize("speaker", ["Lev Arno", "Abu Karim al-Sayegh"])
@pytest.mark.parametrize("american", [False, True])
def test_a_relative_aside_that_goes_on_after_and_or_holds_words_in_marks_is_read_past(shape, aside, speaker, american):
    # 'X, who ..., and also leads ..., said' (the aside's second verb after 'and'); 'X, who heads the brigade's "popular
    # committees", told' (a few words in marks inside the aside: no quotation the verb's subject follows)
    text = shape.format(s=speaker, a=aside, w=WORDS)
    if american:
        text = text.replace('",', ',"').replace("\u201d,", ",\u201d")  # the comma inside the marks
    got = [
        s for q, s in quotes(text) if q.strip(",. ") not in ("guardians of Kessel", "a fortress", "popular committees")
    ]
    assert got == [speaker], text


@pytest.mark.parametrize(
    "later", ['"{w}," {s} said.', '{s} told Meridian Wire: "{w}."', 'According to {s}, "{w}."', '{s} added that "{w}."']
)
@pytest.mark.parametrize(
    "full, short",
    [
        ("Lev Arno-Venn", "Arno-Venn"),
        ("Karim Abdul-Sayegh", "Abdul-Sayegh"),
        ("Colonel Mira Dahl-Rostov", "Dahl-Rostov"),
        ("Karim al-Sayegh", "al-Sayegh"),
        ("Lev Arno", "Arno"),
    ],
)
def test_a_hyphenated_surname_alone_later_is_the_person_named_in_full_before(later, full, short):
    # 'Lev Arno-Venn spoke ...' then 'Arno-Venn said': the person, as 'Arno' after 'Lev Arno' (the surname was keyed by
    # its last part only, so the whole compound made a new person)
    text = (f"{full} spoke to reporters in Kessel on Monday.", later.format(w=WORDS, s=short))
    assert [s for _, s in quotes(*text)] == [full.removeprefix("Colonel ")], text


@pytest.mark.parametrize(
    "sentence",
    [
        '\u201cWe will not withdraw,\u201d Mr Al Vossel, who is known as "the minister", said on Twitter.',
        "\u201cWe will not withdraw,\u201d Lev Arno, a commander dubbed \u201cthe Fox\u201d by his men, told Meridian Wire.",
        "Lev Arno, known as \u201cthe Fox\u201d, said: \u201cWe will not withdraw.\u201d",
        "\u201cWe will not withdraw,\u201d said Lev Arno, who is known as \u201cthe Fox\u201d.",
    ],
)
def test_a_nickname_in_marks_in_the_speakers_aside_is_a_name(sentence) -> None:
    # the nickname's marks end no clause and hold no one's words: the speaker is the one it names
    got = dict(quotes(sentence))
    words = next(w for w in got if "withdraw" in w)
    assert got[words] in ("Vossel", "Lev Arno")
    assert all(speaker is None for w, speaker in got.items() if w != words)


@pytest.mark.parametrize(
    "subject",
    [
        "Fighters loyal to cleric Tamar Al Hosn",
        "Fighters loyal to Veloria\u2019s populist cleric Tamar Al Hosn",
        "Fighters close to the cleric Tamar Al Hosn",
        "An adviser to President Tamar Al Hosn",
    ],
)
def test_a_name_after_to_is_not_the_subject(subject) -> None:
    # 'fighters loyal to cleric X said' (the fighters speak), as 'a source close to X said'; but 'ministry
    # spokesman X said' and "X's rival Y said" stay X and Y
    ((_, speaker),) = quotes(f'{subject} said: "We are deployed."')
    assert speaker == subject[0].lower() + subject[1:]
    ((_, spokesman),) = quotes('Ministry of Defence spokesman Tamar Al Hosn said: "We are deployed."')
    assert spokesman == "Tamar Al Hosn"


@pytest.mark.parametrize(
    "shape",
    [
        '"{w}," {s} was quoted as {v} Meridian Wire.',
        '{S} was quoted as {v} Meridian Wire: "{w}."',
        '{S} was quoted by Kessel TV as {v} Meridian Wire that "{w}."',
        'Kessel TV quoted {s} as {v} Meridian Wire: "{w}."',
    ],
)
@pytest.mark.parametrize("verb", ["telling", "having said to", "saying to"])
@pytest.mark.parametrize(
    "speaker",
    [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade"), ("J.D. Harlow", "J.D. Harlow")],
)
def test_quoted_as_telling_or_as_having_said_reads_as_quoted_as_saying(shape, verb, speaker):
    # '"...," the minister was quoted as telling Meridian Wire', 'was quoted by X as having said': the one quoted speaks
    written, label = speaker
    text = shape.format(w=WORDS, s=written, S=written[0].upper() + written[1:], v=verb)
    assert [s for _, s in quotes(text)] == [label], text


def test_a_title_quoted_as_telling_later_in_the_paragraph_is_the_person_it_named():
    text = (
        "Velorian Interior Minister Lev Arno was quoted by Kessel TV as having said that troops would cross the border. "
        f'"{WORDS}," the Velorian Interior Minister was quoted as telling Kessel TV.'
    )
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


@pytest.mark.parametrize(
    "verb", ["attributed the report to", "blamed the strike on", "attributes the rumours to", "blames the raid on"]
)
@pytest.mark.parametrize(
    "speaker", [("The Kessel Brigade", "Kessel Brigade"), ("Lev Arno", "Lev Arno"), ("The agency", "the agency")]
)
def test_a_cause_put_in_quoted_words_is_the_subject_s_as_described_as_is(verb, speaker):
    # 'The agency attributed the report to "a campaign of lies"', as 'described the report as "..."': the subject's
    # words (and no speech without the quotation: 'blamed the attack on Veloria')
    written, label = speaker
    assert [s for _, s in quotes(f'{written} {verb} "a campaign of lies against the brigade."')] == [label]
    assert said("en", f"{written} blamed the attack on Veloria.") == []
