"""English quotations, round 21 of issue 17: the shapes held-out news varies on that earlier rounds did not vary.

Parametrised metamorphic tests: made-up names and sentences only. Each family varies one thing that does not change
who said what: a verb of saying news uses less often, an interview's opening question, a described subject before a
colon, a second speaker whose clause opens the sentence. Guards for shapes read right already close the file.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import quotes

WORDS = "The crossing is closed and no one passed"
MORE = "We will stay"

# --- verbs of saying news uses less often, in every position ----------------------------------------------------------

RARER_VERBS = [
    "retorted",
    "quipped",
    "opined",
    "elaborated",
    "boasted",
    "joked",
    "contended",
    "reasoned",
    "proclaimed",
    "exclaimed",
    "recounted",
    "fumed",
    "answered",
    "observed",
    "shouted",
    "agreed",
    "shot back",
    "chimed in",
    "weighed in",
    "protested",
    "hinted",
    "mused",
    "speculated",
    "summed up",
]
PLACES = ['"{w}," {s} {v}.', '"{w}," {v} {s}.', '{S} {v}: "{w}."', '"{w}," {s} {v} on Tuesday.']
SPEAKERS = [
    ("Lev Arno", "Lev Arno"),
    ("a senior official", "a senior official"),
    ("the Kessel Brigade", "Kessel Brigade"),
]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("verb", RARER_VERBS)
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_rarer_verb_of_saying_gives_its_subject_the_quotation_as_said_does(place, verb, speaker):
    # '"...," Lev Arno retorted.' as '"...," Lev Arno said.' (the verb was not read: the words were no one's)
    written, label = speaker
    text = place.format(w=WORDS, s=written, S=written[0].upper() + written[1:], v=verb)
    assert [s for _, s in quotes(text)] == [label], text


@pytest.mark.parametrize(
    "shape",
    [
        "Lev Arno {v} questions from reporters in Kessel.",
        "Lev Arno {v} a minute of silence for the dead.",
        "The brigade {v} to a truce on Monday.",
        "Lev Arno {v} slogans at the crossing.",
    ],
)
@pytest.mark.parametrize("verb", ["answered", "observed", "agreed", "shouted"])
def test_a_verb_that_is_speech_only_with_its_words_says_nothing_without_them(shape, verb):
    # 'answered questions', 'observed a minute of silence', 'agreed to a truce': no words said, no quotation read
    from tests.draft.conftest import said

    assert said("en", shape.format(v=verb)) == []


@pytest.mark.parametrize("verb", ["retorted", "answered", "continued", "admitted", "said"])
@pytest.mark.parametrize(
    "asked", ["when asked about Dario Venn", "while visiting Kessel", "after meeting Dario Venn", "before leaving"]
)
def test_a_verb_after_its_quotation_is_speech_with_a_clause_of_time_after_it(verb, asked):
    # '"...," he retorted when asked about Dario Venn' as '"...," he retorted.' (the verb that needs its words took
    # them from the quotation only where nothing followed it)
    got = [s for _, s in quotes("Lev Arno spoke on Monday.", f'"{WORDS}," he {verb} {asked}.')]
    assert got == ["Lev Arno"], (verb, asked)


# --- an interview's question, then the answer ---------------------------------------------------------------------------

QUESTIONS = [
    "Asked whether the crossing was closed",
    "Asked by Meridian Wire whether the crossing was closed",
    "Asked whether Dario Venn had crossed",
    "Asked about the claims made by Dario Venn",
    "When asked if the Velorian army had crossed",
    "In an interview with Meridian Wire",
    "Responding to a question from Meridian Wire",
]
ANSWERERS = [
    ("Lev Arno", "Lev Arno"),
    ("Colonel Lev Arno", "Lev Arno"),
    ("a senior official", "a senior official"),
    ("the Kessel Brigade's spokesman", "Kessel Brigade"),
    ("he", None),
]


@pytest.mark.parametrize("verb", ["answered", "replied", "retorted", "said"])
@pytest.mark.parametrize("answerer", ANSWERERS)
@pytest.mark.parametrize("question", QUESTIONS)
def test_the_one_who_answers_a_question_speaks_never_the_one_the_question_names(verb, answerer, question):
    # 'Asked by Meridian Wire whether ..., a senior official answered: "..."': the official, never the outlet or a
    # person the question names ('he' with no one before: no speaker, rather than the name in the question)
    written, label = answerer
    text = f'{question}, {written} {verb}: "{WORDS}."'
    assert [s for _, s in quotes(text)] == [label], text


@pytest.mark.parametrize(
    "asked", ['"Is the crossing closed?" Meridian Wire asked.', "Meridian Wire asked whether it was."]
)
@pytest.mark.parametrize("verb", ["answered", "replied", "said"])
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_an_answer_after_a_question_asked_in_the_paragraph_before_is_the_answerer_s(asked, verb, speaker):
    written, label = speaker
    got = [s for _, s in quotes(asked, f'"{WORDS}," {written} {verb}.')]
    assert got[-1] == label, (asked, got)


# --- a described subject, a short clause, a colon -------------------------------------------------------------------

DESCRIBED = [
    ("The Velorian army", "Velorian army"),
    ("A Velorian official", "a Velorian official"),
    ("Velorian officials", "Velorian officials"),
    ("The ministry", "ministry"),
    ("Residents", "residents"),
]
CLAUSES = ["disagreed", "was more cautious", "were more cautious", "had a different view", "was blunt"]


@pytest.mark.parametrize("before", ["", '"{w}," said Lev Arno. ', "Lev Arno spoke on Monday.\n\n"])
@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("described", DESCRIBED)
def test_a_described_subject_before_a_short_clause_and_a_colon_speaks_as_a_name_does(before, clause, described):
    # 'The Velorian army disagreed: "..."' as 'Sami Rostov disagreed: "..."' (no one was drafted, or the one the
    # paragraph named before)
    written, label = described
    if clause.startswith("was") and written.endswith("s"):
        clause = clause.replace("was", "were")
    elif clause.startswith("were") and not written.endswith("s"):
        clause = clause.replace("were", "was")
    paragraphs = (before.format(w=WORDS) + f'{written} {clause}: "{MORE}."').split("\n\n")
    got = [s for _, s in quotes(*paragraphs)][-1]
    assert got is not None and label.lower() in got.lower(), paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        'The message was clear: "{w}."',
        'The army\'s answer was short: "{w}."',
        'The sign at the crossing was blunt: "{w}."',
        'Soldiers found a note on the door: "{w}."',
        'The officials\' warning was clear: "{w}."',
    ],
)
def test_a_colon_after_a_thing_described_or_a_clause_with_an_object_is_no_one_s_label(sentence):
    assert [s for _, s in quotes(sentence.format(w=WORDS))] == [None]


# --- a second speaker whose clause opens the sentence ---------------------------------------------------------------

OPENED = [
    'While {a} said "{w}," {b} said "{m}."',
    'Whereas {a} said: "{w}," {b} told Meridian Wire: "{m}."',
    'Responding to {a}, who said "{w}," {b} said: "{m}."',
    'After {a} said "{w}," {b} replied: "{m}."',
    'Although {a} insisted that "{w}," {b} said "{m}."',
]


@pytest.mark.parametrize("shape", OPENED)
@pytest.mark.parametrize("first", [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade")])
def test_a_quotation_after_its_own_verb_is_not_taken_by_the_next_clause_s_speaker(shape, first):
    # 'While Lev Arno said "...," Dario Venn said "..."': the first quotation is Arno's (the verb after it, with its
    # subject, took it as '"...," Dario Venn said' would)
    written, label = first
    text = shape.format(a=written, b="Dario Venn", w=WORDS, m=MORE)
    assert [s for _, s in quotes(text)] == [label, "Dario Venn"], text


@pytest.mark.parametrize(
    "relay",
    ["Meridian Wire reported", "according to Meridian Wire", "Meridian Wire said", "Kessel TV reported on Tuesday"],
)
def test_a_quotation_after_its_own_verb_and_an_outlet_after_it_stays_the_speaker_s(relay):
    # 'Lev Arno said: "...," Meridian Wire reported': the outlet passes Arno's words on
    text = f'Lev Arno said: "{WORDS}," {relay}.'
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


# --- guards: the brief's shapes read alike already ----------------------------------------------------------------------

LONG_TITLES = [
    "the deputy head of the Kessel council's foreign relations office",
    "deputy head of the Kessel council's foreign relations office",
    "a member of the Kessel Brigade's political bureau",
    "who heads the foreign relations office of the Kessel council",
]


@pytest.mark.parametrize("title", LONG_TITLES)
@pytest.mark.parametrize(
    "shape", ['"{w}," said Karim Sayegh, {t}.', '"{w}," said Karim Sayegh, {t}, in a statement on Tuesday.']
)
def test_a_long_title_after_an_inverted_speaker_is_read_past(title, shape):
    text = shape.format(w=WORDS, t=title)
    assert [s for _, s in quotes(text)] == ["Karim Sayegh"], text


@pytest.mark.parametrize(
    "source",
    [
        "a source close to the brigade",
        "sources close to the Kessel Brigade",
        "a person familiar with the matter",
        "a Western diplomat",
        "the ministers",
        "the two foreign ministers",
        "Velorian officials",
    ],
)
@pytest.mark.parametrize(
    "shape",
    ['"{w}," {s} told Meridian Wire.', '{S} told Meridian Wire that "{w}."', '{S} said the crossing was "{w}."'],
)
def test_an_unnamed_or_plural_source_speaks_wherever_the_quotation_stands(source, shape):
    text = shape.format(w=WORDS, s=source, S=source[0].upper() + source[1:])
    assert [s.lower() if s else s for _, s in quotes(text)] == [source.lower()], text


@pytest.mark.parametrize(
    "middle", ["", "The crossing has been closed since March.", "The Velorian army denied the claim."]
)
@pytest.mark.parametrize("later", ['"{m}," he said.', 'He added: "{m}."', 'He told Meridian Wire the road was "{m}."'])
def test_he_is_the_person_named_two_paragraphs_before_past_a_sentence_about_no_person(middle, later):
    paragraphs = ["Lev Arno, the brigade's spokesman, spoke to reporters on Monday.", middle, later.format(m=MORE)]
    assert [s for _, s in quotes(*[p for p in paragraphs if p])] == ["Lev Arno"], paragraphs


# --- an aside that names a role after 'as', and 'told' whose object is never its speaker ---------------------------

ROLES = [
    "who is named as Veloria's caretaker president",
    "who serves as the Kessel Brigade's envoy",
    "who was appointed as Veloria's deputy minister",
    "who is designated as Veloria's caretaker president, and also heads the brigade's \u201cpopular committees\u201d",
]


@pytest.mark.parametrize("aside", ROLES)
@pytest.mark.parametrize(
    "told",
    [
        "told Meridian Wire that the strikes were \u201c{w}\u201d.",
        "told Meridian Wire in a phone interview that the strikes were \u201c{w}\u201d.",
        "said: \u201c{w}.\u201d",
    ],
)
def test_a_role_after_as_in_the_speakers_aside_is_no_clause_of_its_own(aside, told):
    # 'Lev Arno, who is named as Veloria's caretaker president, told ...': Arno (the 'as' opened a clause whose
    # subject was 'Veloria's caretaker president'); and never the outlet told, read as the subject of '"...", told X'
    text = f"Lev Arno, {aside}, {told.format(w=WORDS)}"
    got = [s for q, s in quotes(text) if q != "popular committees"]
    assert got == ["Lev Arno"], text


@pytest.mark.parametrize("age", ["", " 54,"])
@pytest.mark.parametrize("title", ["the commander", "the veteran commander", "the spokesman"])
@pytest.mark.parametrize("shape", ['"{w}," {t} said.', '"{w}," said {t}.', '{T} told Meridian Wire: "{w}."'])
def test_a_title_alone_later_is_the_person_whose_appositive_follows_an_age(age, title, shape):
    # 'Lev Arno, 54, a commander in the brigade, ...' then '"...," the commander said': Arno, as without the age
    role = "commander" if "commander" in title else "spokesman"
    intro = f"Lev Arno,{age} a {role} in the Kessel Brigade, spoke to reporters on Monday."
    text = shape.format(w=WORDS, t=title, T=title[0].upper() + title[1:])
    assert [s for _, s in quotes(intro, text)] == ["Lev Arno"], (intro, text)


# --- an aside between dashes, and 'was reported as saying' ----------------------------------------------------------

DASHED = ["the brigade\u2019s spokesman", "who heads the brigade", "a commander in the Kessel Brigade"]


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
@pytest.mark.parametrize("aside", DASHED)
@pytest.mark.parametrize(
    "shape",
    [
        "Lev Arno {d} {a} {d} said: \u201c{w}.\u201d",
        "\u201c{w},\u201d Lev Arno {d} {a} {d} said.",
        "Lev Arno {d} {a} {d} told Meridian Wire that \u201c{w}.\u201d",
    ],
)
@pytest.mark.parametrize("opening", [True, False])
def test_an_aside_set_off_by_dashes_is_read_past_as_one_set_off_by_commas(dash, aside, shape, opening):
    # 'Lev Arno \u2013 the brigade's spokesman \u2013 said:' as 'Lev Arno, the brigade's spokesman, said:' (the dash
    # cut the subject off, or 'Lev Arno \u2013' opening the article was read as an outlet's dateline)
    text = shape.format(d=dash, a=aside, w=WORDS)
    paragraphs = (text,) if opening else ("The crossing was shut on Monday.", text)
    assert [s for _, s in quotes(*paragraphs)] == ["Lev Arno"], text


@pytest.mark.parametrize(
    "shape",
    [
        '"{w}," {s} was reported as saying.',
        '{S} was reported by Meridian Wire as saying: "{w}."',
        '"{w}," {s} was reported as saying by Kessel TV.',
    ],
)
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_reported_as_saying_reads_as_quoted_as_saying(shape, speaker):
    written, label = speaker
    text = shape.format(w=WORDS, s=written, S=written[0].upper() + written[1:])
    assert [s for _, s in quotes(text)] == [label], text
    assert quotes("Lev Arno was reported killed on Monday.") == []


@pytest.mark.parametrize("relative", ['whom {a} called "a traitor,"', 'whom {a} described as "a traitor,"'])
@pytest.mark.parametrize("caller", [("Lev Arno", "Lev Arno"), ("the Kessel Brigade", "Kessel Brigade")])
@pytest.mark.parametrize("main", ["denied the report.", 'said: "{w}."', "told Meridian Wire that the road was shut."])
def test_words_in_a_relative_clause_after_whom_are_its_own_subject_s(relative, caller, main):
    # 'Dario Venn, whom Lev Arno called "a traitor," denied the report': Arno's words, as after 'which Arno called'
    # (not Venn's, the name the clause follows, nor the speaker of the verb after it)
    written, label = caller
    text = f"Dario Venn, {relative.format(a=written)} {main.format(w=WORDS)}"
    got = quotes(text)
    assert got[0] == ("a traitor,", label), text
    assert [s for _, s in got[1:]] == (["Dario Venn"] if "said" in main else []), text


@pytest.mark.parametrize("agency", ["Meridian", "Kessel Wire"])
@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_a_dateline_with_its_agency_between_dashes_is_no_name_and_aside(agency, dash):
    # 'Kessel - Meridian - The Kessel Brigade said: "..."': an outlet's dateline, not 'Kessel' with an aside
    text = f'Kessel {dash} {agency} {dash} The Kessel Brigade said in a statement: "{WORDS}."'
    assert [s for _, s in quotes(text)] == ["Kessel Brigade"], text
