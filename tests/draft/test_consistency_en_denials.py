"""English denials read the same whichever way news words them (issue 17, round 10: metamorphic tests).

Made-up sentences are built from templates and slot fillers along the axes real news varies on: who denies, the
verb of denying (every one of the lexicon, in every tense), what stands between the subject and its verb, and a
pronoun for the subject. Each property says that variants meaning the same are read the same: a denial, by the
same denier. Names are fictional.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.verbs import ACKNOWLEDGE, DENY, DISMISSING_PHRASES, SAYING_VERBS
from tests.draft.conftest import deniers, said

# (subject as written, the label the denier gets)
SUBJECTS = [
    ("Lev Arno", "Lev Arno"),
    ("The Kessel Brigade", "Kessel Brigade"),
    ("Brigade spokesman Lev Arno", "Lev Arno"),
    ("Lev Arno, the brigade's spokesman,", "Lev Arno"),
    ("Veloria's foreign ministry", "Veloria's foreign ministry"),
]
# A single capitalised word opening the sentence, unknown to the index: a capital standing for its government.
CAPITAL = ("Ostrava", "Ostrava")
# (past, -s, base, -ing) of every verb of denying
FORMS = [
    ("denied", "denies", "deny", "denying"),
    ("rejected", "rejects", "reject", "rejecting"),
    ("dismissed", "dismisses", "dismiss", "dismissing"),
    ("refuted", "refutes", "refute", "refuting"),
    ("rebutted", "rebuts", "rebut", "rebutting"),
    ("repudiated", "repudiates", "repudiate", "repudiating"),
    ("rubbished", "rubbishes", "rubbish", "rubbishing"),
    ("debunked", "debunks", "debunk", "debunking"),
    ("disputed", "disputes", "dispute", "disputing"),
    ("disowned", "disowns", "disown", "disowning"),
    ("disavowed", "disavows", "disavow", "disavowing"),
    ("contested", "contests", "contest", "contesting"),
    ("disclaimed", "disclaims", "disclaim", "disclaiming"),
]
# Verbs of denying in more than one word, or with the object they need, in the past
PHRASES = [
    "brushed aside",
    "shrugged off",
    "waved away",
    "poured cold water on",
    "pushed back against",
    "denounced",
    "issued a denial of",
    "condemned as lies",
]
# What may stand between a subject and its verb
BETWEEN = [
    "",
    " also",
    " on Tuesday",
    " in a statement",
    " in a video message",
    " in a video clip",
    " in an audio recording",
    " in an interview with Meridian Wire",
    " in a communique",
    " strongly",
    " on Tuesday evening",
    " late on Tuesday",
    " in a video clip posted on Telegram",
    ", in a video clip posted on Telegram,",
    " in remarks to Meridian Wire",
    ", in remarks to Meridian Wire,",
    ", in response,",
    ", speaking to reporters,",
]
OBJECTS = ["the reports of a raid", "the claims", "the allegations", "the accusations against the brigade"]
PAST_VERBS = [f[0] for f in FORMS] + PHRASES


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(SUBJECTS), st.sampled_from(PAST_VERBS), st.sampled_from(BETWEEN), st.sampled_from(OBJECTS))
def test_what_stands_between_a_subject_and_its_verb_changes_no_denier(subject, verb, between, what) -> None:
    written, label = subject
    assert deniers("en", f"{written}{between} {verb} {what}.") == [label]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PAST_VERBS), st.sampled_from(BETWEEN), st.sampled_from(OBJECTS))
def test_a_capital_opening_the_sentence_denies_with_any_verb(verb, between, what) -> None:
    # 'Ostrava denied' is the capital's denial; so is 'Ostrava brushed aside', 'Ostrava on Tuesday issued a denial'
    written, label = CAPITAL
    assert deniers("en", f"{written}{between} {verb} {what}.") == [label]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FORMS), st.sampled_from(OBJECTS), st.integers(0, 9))
def test_every_tense_of_every_verb_of_denying_is_a_denial(forms, what, shape) -> None:
    past, present, base, participle = forms
    sentence, label = [
        (f"Lev Arno {past} {what}.", "Lev Arno"),
        (f"Lev Arno {present} {what}.", "Lev Arno"),
        (f"Lev Arno has repeatedly {past} {what}.", "Lev Arno"),
        (f"Lev Arno continued to {base} {what}.", "Lev Arno"),
        (f"Brigade leaders {base} {what}.", "Brigade leaders"),
        (f"Lev Arno issued a statement {participle} {what}.", "Lev Arno"),
        (f"Lev Arno said in a statement {participle} {what}.", "Lev Arno"),
        (f"Lev Arno said in an interview {participle} {what}.", "Lev Arno"),
        (f"{participle.capitalize()} {what}, Lev Arno said the brigade was at home.", "Lev Arno"),
        (f"Lev Arno was quick to {base} {what}.", "Lev Arno"),
    ][shape]
    assert deniers("en", sentence) == [label]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([("Lev Arno", "he"), ("The Kessel Brigade", "it")]),
    st.sampled_from(["said", "said that", "told Meridian Wire", "told reporters"]),
    st.sampled_from([f[0] for f in FORMS]),
    st.sampled_from(["", "had "]),
)
def test_a_subject_reporting_its_own_denial_denies_as_when_it_denies(subject, saying, verb, had) -> None:
    # 'The Kessel Brigade said it rejected the reports' is the brigade's denial, as 'X said the brigade rejected'
    # is the brigade's and 'The Kessel Brigade rejected the reports' is
    written, pronoun = subject
    alone = deniers("en", f"{written} {verb} the reports of a raid.")
    assert alone and deniers("en", f"{written} {saying} {pronoun} {had}{verb} the reports of a raid.") == alone


# (finite, participle) of the phrases of dismissing, and of condemning what was said
DISMISSING = [
    ("brushed aside", "brushing aside"),
    ("shrugged off", "shrugging off"),
    ("waved away", "waving away"),
    ("poured cold water on", "pouring cold water on"),
    ("pushed back against", "pushing back against"),
    ("dispelled", "dispelling"),
    ("denounced", "denouncing"),
    ("decried", "decrying"),
    ("heaped scorn on", "heaping scorn on"),
]
# What a participle of denying shares its subject after
BEFORE_PARTICIPLE = [
    "Lev Arno said on Tuesday,",
    "Lev Arno told Meridian Wire,",
    "Lev Arno posted on Telegram,",
    "Lev Arno issued a statement",
    "Lev Arno released a video clip",
    "Lev Arno gave an interview",
    "Lev Arno said in a video clip",
    "Lev Arno said in a communique",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([(f[0], f[3]) for f in FORMS] + DISMISSING),
    st.sampled_from(BEFORE_PARTICIPLE),
    st.sampled_from(OBJECTS),
)
def test_a_participle_of_denying_denies_as_its_finite_form(verb, before, what) -> None:
    # 'X said, brushing aside the reports' as 'X said, denying the reports', and both as 'X brushed aside the reports'
    finite, participle = verb
    assert deniers("en", f"Lev Arno {finite} {what}.") == ["Lev Arno"]
    assert deniers("en", f"{before} {participle} {what}.") == ["Lev Arno"]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("Lev Arno", "he", "him"), ("Lina Varo", "she", "her")]),
    st.sampled_from(
        [
            "{He} denied the reports.",
            "{He} in a video clip rubbished the reports.",
            "{He} said the reports were baseless.",
            "{He} was quoted as saying the reports were baseless.",
            "According to {him}, the reports were baseless.",
            "The reports were baseless, according to {him}.",
            "\u201cWe reject these claims,\u201d {he} said.",
        ]
    ),
)
def test_a_pronoun_for_the_denier_reads_as_its_name(person, shape) -> None:
    # the denier named in the paragraph before, then 'he' or 'him' for it in any construction
    name, he, him = person
    sentence = shape.format(He=he.capitalize(), he=he, him=him)
    assert deniers("en", f"{name}, an official of the Kessel Brigade, spoke at the border.", sentence) == [name]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([f[0] for f in FORMS] + ["brushed aside", "shrugged off", "waved away", "dispelled"]),
    st.sampled_from(["were", "have been", "were swiftly"]),
)
def test_a_denial_in_the_passive_with_its_agent_is_the_agents(verb, be) -> None:
    # 'The reports were brushed aside by X' as 'The reports were denied by X', each as 'X denied the reports'
    assert deniers("en", f"Lev Arno {verb} the reports.") == ["Lev Arno"]
    assert deniers("en", f"The reports {be} {verb} by Lev Arno.") == ["Lev Arno"]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([f[3] for f in FORMS]),
    st.sampled_from(
        [
            "Lev Arno was quoted as {v} the reports.",
            "Lev Arno was quoted by Meridian Wire as {v} the reports.",
            "Meridian Wire quoted Lev Arno as {v} the reports.",
            "Meridian Wire cited Lev Arno, the brigade's spokesman, as {v} the reports.",
        ]
    ),
)
def test_quoted_as_denying_reads_as_quoted_as_saying(participle, shape) -> None:
    # 'X was quoted as denying the reports' as 'X was quoted as saying the reports were false'
    assert deniers("en", shape.replace("{v} the reports", "saying the reports were false")) == ["Lev Arno"]
    assert deniers("en", shape.format(v=participle)) == ["Lev Arno"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["said", "reported", "told reporters", "added", "stated"]),
    st.sampled_from(["denied", "rubbished", "brushed aside"]),
)
def test_a_denial_reported_by_another_is_the_deniers_with_or_without_that(saying, verb) -> None:
    # 'X reported the brigade denied' as 'X reported that the brigade denied' and 'X said the brigade denied'
    with_that = deniers("en", f"Lina Varo {saying} that the Kessel Brigade {verb} the reports.")
    assert with_that == ["Kessel Brigade"]
    assert deniers("en", f"Lina Varo {saying} the Kessel Brigade {verb} the reports.") == with_that


def test_a_passive_of_dismissing_needs_what_was_said_as_its_subject() -> None:
    assert deniers("en", "The drone was shot down by the Kessel Brigade.") == []


def test_verbs_of_denying_that_are_nouns_need_what_is_denied() -> None:
    # the base and -s forms that are also nouns deny only with a claim as their object
    assert deniers("en", "The border dispute has lasted for years.") == []
    assert deniers("en", "Brigade leaders dispute the reports.") == ["Brigade leaders"]
    assert deniers("en", "Rubbish piled up in the streets of the old town.") == []
    assert deniers("en", "Two parties contest the election in the north.") == []
    assert deniers("en", "The council moved to contest the election results.") == []
    assert deniers("en", "Lev Arno disputes the account of the raid.") == ["Lev Arno"]


# Round 11: the shapes of a denial across clauses and sentences, and what is no denial.
# (a first clause that is no speech, a second that denies with the same subject)
NOT_SPEECH = ["met the envoy", "withdrew from the town on Tuesday", "arrived in the city", "visited the border"]
JOINS = [" and", ", and", ", but", " but", " and later"]
DENYING = ["denied the reports of a raid", "said the reports were false", "rejected the claims as baseless"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([*SUBJECTS[:3], ("A ministry official", "a ministry official")]),
    st.sampled_from(NOT_SPEECH),
    st.sampled_from(JOINS),
    st.sampled_from(DENYING),
)
def test_a_denial_in_a_second_clause_is_the_subjects_as_in_a_first(subject, done, join, denying) -> None:
    # 'Lev Arno met the envoy and denied the reports' as 'Lev Arno denied the reports' (not nothing, and not
    # 'Lev Arno met the envoy' for a speaker)
    written, label = subject
    assert deniers("en", f"{written} {denying}.") == [label]
    assert deniers("en", f"{written} {done}{join} {denying}.") == [label]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("Lev Arno", "he"), ("The Kessel Brigade", "it")]),
    st.sampled_from(["said", "said that", "told Meridian Wire", "told reporters", "told journalists on Tuesday that"]),
    st.sampled_from(
        [
            "{p} had no role in the attack",
            "{p} has no forces in Ostravia",
            "{p} did not carry out the attack",
            "{p} played no part in the attack",
            "{p} was not involved in the attack",
        ]
    ),
)
def test_a_denial_told_to_an_audience_reads_as_said(subject, saying, what) -> None:
    # 'X told reporters he had no role' as 'X said he had no role' and 'X told Meridian Wire he had no role'
    written, pronoun = subject
    label = written.removeprefix("The ")
    assert deniers("en", f"{written} {saying} {what.format(p=pronoun)}.") == [label]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Lev Arno said", "Lev Arno told reporters", "The Kessel Brigade said in a statement"]),
    st.sampled_from(["he", "it", "they", "the brigade"]),
    st.sampled_from(
        [
            "did not expect talks soon",
            "did not know the date of the talks",
            "did not require an office in the city",
            "had not yet decided",
            "did not want a war",
            "did not believe the talks would fail",
        ]
    ),
)
def test_a_state_of_mind_negated_is_no_denial(saying, who, what) -> None:
    # 'said the group did not require an office' reports; 'said the group did not carry out the attack' denies
    assert deniers("en", f"{saying} {who} {what}.") == []
    assert deniers("en", f"{saying} {who} did not carry out the attack.") != []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("Lev Arno", "He", "Lev Arno"), ("The Kessel Brigade", "It", "Kessel Brigade")]),
    st.sampled_from(["issued a statement", "spoke to reporters on Tuesday", "visited the border", "met the envoy"]),
    st.sampled_from(
        [
            "{P} denied the reports.",
            "{P} said the reports were lies.",
            "{P} rejected the claims as baseless.",
            "{P} said {p} had no role in the attack.",
        ]
    ),
)
def test_a_denier_named_in_one_sentence_denies_in_the_next(subject, done, denying) -> None:
    # 'The brigade issued a statement. It said the reports were lies.': the brigade's denial
    written, pronoun, label = subject
    sentence = denying.format(P=pronoun, p=pronoun.lower())
    assert deniers("en", f"{written} {done}. {sentence}") == [label]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([("Lev Arno", "he", "Lev Arno"), ("The Kessel Brigade", "it", "Kessel Brigade")]),
    st.sampled_from(DENYING),
    st.sampled_from(["{p} said", "{p} added", "{p} told Meridian Wire", "the brigade said", "the statement said"]),
    st.sampled_from(["We did nothing", "We did not carry out the raid", "These claims are lies"]),
)
def test_the_deniers_words_quoted_after_a_denial_are_its_denial(subject, denying, tag, words) -> None:
    # 'X denied the reports. "We did nothing," he said.': both the denial and the quoted words are X's; 'the
    # statement said' with no statement named before is the body's that last spoke, as 'the brigade said' is
    written, pronoun, label = subject
    if tag.startswith("the ") and label != "Kessel Brigade":
        tag = "{p} said"
    quoted = f"\u201c{words},\u201d {tag.format(p=pronoun)}."
    assert deniers("en", f"{written} {denying}. {quoted}") == [label, label]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["said", "told reporters", "told reporters that", "stated that"]),
    st.sampled_from(["had denied the reports", "rejected the claims", "said the reports were false"]),
)
def test_a_denial_reported_by_another_is_the_deniers_not_the_reporters(saying, denying) -> None:
    # 'Mira Sol said Lev Arno had denied the reports': Lev Arno denies, Mira Sol only reports it
    assert deniers("en", f"Mira Sol {saying} Lev Arno {denying}.") == ["Lev Arno"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["did not need", "do not need", "did not want", "do not want", "had not expected", "did not know"]),
    st.sampled_from(["he said", "he told Meridian Wire"]),
)
def test_a_deniers_words_of_will_or_need_restate_no_denial_in_any_tense(negated, tag) -> None:
    # after a denial, '"We do not need an office," he said' restates none, and so '"We did not need an office"'
    first = "Lev Arno denied the reports of a raid."
    assert deniers("en", first, f"\u201cWe {negated} an office in the city,\u201d {tag}.") == ["Lev Arno"]
    assert deniers("en", first, f"\u201cWe did not attack the city,\u201d {tag}.") == ["Lev Arno", "Lev Arno"]


# --- round 13: what is denied, along the verb axis ------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["denied", "disclaimed", "disavowed", "rejected", "disowned"]),
    st.sampled_from(
        ["responsibility for the attack", "any responsibility for the raid", "any involvement in the raid"]
    ),
    st.sampled_from(SUBJECTS),
)
def test_every_verb_of_denying_denies_a_responsibility_as_denied_does(verb, what, subject) -> None:
    # 'The brigade disclaimed responsibility for the attack' as 'The brigade denied responsibility for the attack'
    written, label = subject
    assert deniers("en", f"{written} {verb} {what}.") == [label]


# (after 'said it', after 'We') the ways news says a side did not do it, is not there, has no part
NOT_SO = [
    ("did not carry out the attack", "did not carry out the attack"),
    ("never attacked the town", "never attacked the town"),
    ("has no forces in Kessel", "have no forces in Kessel"),
    ("does not have any forces in Kessel", "do not have any forces in Kessel"),
    ("is not present in Kessel", "are not present in Kessel"),
    ("is not in Kessel", "are not in Kessel"),
    ("had nothing to do with the attack", "had nothing to do with the attack"),
    ("was not involved in the attack", "were not involved in the attack"),
    ("did not fire a single shell", "did not fire a single shell"),
    ("fired no shells", "fired no shells"),
    ("carried out no strikes on the town", "carried out no strikes on the town"),
    ("is not part of the coalition", "are not part of the coalition"),
    ("is not a party to the conflict", "are not a party to the conflict"),
    ("did not receive any request", "did not receive any request"),
    ("did not issue any such statement", "did not issue any such statement"),
]
# The same in words of no person: what never happened
NEVER_WAS = ["no attack took place", "no such meeting took place", "not one shell was fired", "there was no attack"]


def _kinds(*paragraphs: str) -> list[str]:
    return [kind for kind, _, _ in said("en", *paragraphs)]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [(f"it {third}", f"We {first}") for third, first in NOT_SO]
        + [(words, words.capitalize()) for words in NEVER_WAS]
    ),
    st.sampled_from(["denied the reports.", "rejected the claims.", "dismissed the reports as baseless."]),
    st.sampled_from(['"{w}," it said.', 'It said: "{w}."', '"{w}," the brigade added.']),
)
def test_words_that_deny_in_reported_speech_deny_when_the_denier_restates_them(words, denying, tag):
    # 'The Kessel Brigade said it fired no shells' denies; so, after 'The Kessel Brigade denied the reports.', does
    # '"We fired no shells," it said.' (the denier's own words restating the denial), whichever negation they use
    reported, quoted = words
    assert _kinds(f"The Kessel Brigade said {reported}.") == ["denial"], reported
    text = ("The Kessel Brigade " + denying, tag.format(w=quoted))
    assert _kinds(*text) == ["denial", "denial"], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["is alive", "is not dead", "was not killed", "is in good health", "was not injured", "is fine", "is safe"]
    ),
    st.sampled_from(
        [
            ("The Kessel Brigade denied that its commander had been killed.", "it said"),
            ("Lev Arno denied the reports of the commander's death.", "Arno said"),
        ]
    ),
)
def test_one_said_killed_said_to_be_well_restates_the_denial_in_every_wording(well, denial):
    # 'The commander is alive' after a denial of his death restates it, as 'The commander is not dead' does
    denied, tag = denial
    text = (denied, f'"The commander {well}," {tag}.')
    assert _kinds(*text) == ["denial", "denial"], text


# Every verb of saying in the past that may take a that-clause (not those of denying or acknowledging, whose clause
# is what they deny or grant)
THAT_VERBS = sorted(
    v
    for v in SAYING_VERBS
    if (v.endswith("ed") or v in ("said", "wrote")) and v not in DENY | ACKNOWLEDGE | DISMISSING_PHRASES
)
# Verbs of asserting that news sets before a clause without 'that'
BARE_VERBS = [
    *("said", "claimed", "argued", "asserted", "maintained", "alleged", "suggested", "revealed", "recalled"),
    *("replied", "responded", "countered", "declared", "clarified", "wrote", "tweeted", "reiterated", "pointed out"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(THAT_VERBS),
    st.sampled_from([("the Kessel Brigade", "Kessel Brigade"), ("Dario Venn", "Dario Venn"), ("it", None)]),
    st.sampled_from(["denied the reports", "had rejected the claims", "has dismissed the reports as baseless"]),
)
def test_a_denial_reported_after_any_verb_of_saying_and_that_is_the_deniers(verb, denier, denying) -> None:
    # 'Lev Arno pointed out that the Kessel Brigade had denied the claims' as 'Lev Arno said that ...': the brigade
    # denies (not 'Lev Arno pointed out that the Kessel Brigade', nor Arno)
    written, label = denier
    text = f"The Kessel Brigade met Lev Arno. Lev Arno {verb} that {written} {denying}."
    assert deniers("en", text) == [label or "Kessel Brigade"], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BARE_VERBS),
    st.sampled_from([("the Kessel Brigade", "Kessel Brigade"), ("Dario Venn", "Dario Venn")]),
    st.sampled_from(["denied the reports", "had rejected the claims"]),
)
def test_a_denial_reported_after_a_verb_of_asserting_without_that_is_the_deniers(verb, denier, denying) -> None:
    # 'Lev Arno claimed the Kessel Brigade had rejected the claims' as 'Lev Arno said the Kessel Brigade ...'
    written, label = denier
    assert deniers("en", f"Lev Arno {verb} {written} {denying}.") == [label]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            *(("has no forces in Kessel", "We have no forces in Kessel"), ("is not in Kessel", "We are not in Kessel")),
            ("does not have any forces in Kessel", "We do not have any forces in Kessel"),
            ("is not present in Kessel", "Our forces are not present in Kessel"),
            ("is not part of the coalition", "We are not part of the coalition"),
            ("is not a party to the conflict", "We are not a party to the conflict"),
            *(
                ("fired no shells", "We fired no shells"),
                ("did not issue any statement", "We did not issue any statement"),
            ),
            ("no attack took place", "No attack took place"),
        ]
    ),
    st.sampled_from([('"{w}," the Kessel Brigade said.', "Kessel Brigade"), ('Lev Arno said: "{w}."', "Lev Arno")]),
)
def test_the_first_person_quoted_alone_denies_as_the_clause_after_said_it(words, quoted) -> None:
    # '"We have no forces in Kessel," the brigade said' as 'The brigade said it has no forces in Kessel'
    reported, first = words
    template, label = quoted
    subject = "The Kessel Brigade" if label == "Kessel Brigade" else label
    that = reported if reported.startswith("no ") else f"it {reported}"
    assert deniers("en", f"{subject} said {that}.") == [label]
    assert deniers("en", template.format(w=first)) == [label], template.format(w=first)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "{S} issued a statement denying the reports.",
            "{S} issued a statement in which {p} denied the reports.",
            "{S} issued a statement on Tuesday in which {p} said the reports were baseless.",
            "{S} released a statement that said the reports were baseless.",
            "{S} released a statement which denied the reports.",
            "A statement issued by {s} denied the reports.",
            "The statement, issued by {s}, denied the reports.",
            "A statement, released by {s} on Tuesday, said the reports were baseless.",
        ]
    ),
    st.sampled_from(
        [("The Kessel Brigade", "it", "Kessel Brigade"), ("Lev Arno", "he", "Lev Arno"), ("Veloria", "it", "Veloria")]
    ),
)
def test_a_writing_denies_for_its_issuer_however_the_issuer_is_attached(shape, issuer) -> None:
    # 'X issued a statement in which it denied', 'X released a statement that said', 'The statement, issued by X,
    # denied' as 'X issued a statement denying': X denies (not 'the statement', nor no one)
    written, pronoun, label = issuer
    lower = written[0].lower() + written[1:] if written.startswith("The ") else written
    text = shape.format(S=written, s=lower, p=pronoun)
    assert deniers("en", text) == [label], text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            *("The letter does not exist", "No such letter exists", "The letter is not authentic", "It is a forgery"),
            *("The weapons are not ours", "The weapons do not belong to us", "We have no contact with them"),
            *("We have had no dealings with them", "We have no links with them"),
        ]
    ),
    st.sampled_from([("The Kessel Brigade", "it", "Kessel Brigade"), ("Lev Arno", "he", "Lev Arno")]),
)
def test_a_denier_s_words_that_something_is_not_so_restate_the_denial_in_every_wording(words, denier):
    # after 'The Kessel Brigade denied the reports.', '"The letter does not exist," it said' restates the denial as
    # '"No such letter exists"' does
    written, pronoun, label = denier
    restated = (f"{written} denied the reports.", f'"{words}," {pronoun} said.')
    assert deniers("en", *restated) == [label, label], restated


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            ("said the reports were fabricated", "accused the ministry of fabricating the reports"),
            ("said the reports were pure fiction", "said the reports were fiction"),
            ("said the claims were slanderous", "said the claims were slander"),
            ("said the claims lacked any basis", "said the claims lack any basis"),
            ("said the ministry was lying", "said the ministry had lied"),
            ("said it did not issue any statement", "said no statement had been issued"),
            ("said no camp had been targeted", "said no troops had been deployed"),
        ]
    ),
    st.sampled_from([("The Kessel Brigade", "Kessel Brigade"), ("Lev Arno", "Lev Arno")]),
)
def test_a_word_of_calling_it_false_denies_in_each_of_its_forms(forms, subject):
    # 'accused the ministry of fabricating the reports' as 'said the reports were fabricated', 'were fiction' as 'were
    # pure fiction', 'had lied' as 'was lying'
    written, label = subject
    for form in forms:
        assert deniers("en", f"{written} {form}.") == [label], form


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            *("was quick to", "moved quickly to", "took to Telegram to", "went on television to"),
            *("appeared in a video to", "held a press conference to", "was forced to", "felt compelled to"),
        ]
    ),
    st.sampled_from(["deny", "reject", "dismiss"]),
    st.sampled_from(SUBJECTS[:3]),
)
def test_a_denial_in_the_infinitive_after_what_the_denier_did_denies_as_quick_to_deny(lead, verb, subject) -> None:
    # 'Lev Arno took to Telegram to deny the reports' as 'Lev Arno was quick to deny the reports' (not 'refused to
    # deny', 'was asked to deny')
    written, label = subject
    assert deniers("en", f"{written} {lead} {verb} the reports.") == [label]
    assert deniers("en", f"{written} refused to {verb} the reports.") == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ", however,",
            ", like the Velorian army,",
            ", unlike the Velorian army,",
            ", in a statement,",
            ", for its part,",
        ]
    ),
    st.sampled_from(["denied the reports", "rejected the claims", "said the reports were false"]),
)
def test_an_aside_between_the_subject_and_its_verb_changes_no_denier(aside, denying) -> None:
    # 'The Kessel Brigade, like the Velorian army, denied the reports' as 'The Kessel Brigade, however, denied ...'
    assert deniers("en", f"The Kessel Brigade{aside} {denying}.") == ["Kessel Brigade"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [("army sources", "army sources"), ("Dario Venn", "Dario Venn"), ("the Kessel Brigade", "Kessel Brigade")]
    ),
    st.sampled_from(["denied the reports", "rejected the claims", "said the reports were false"]),
)
def test_a_denial_after_citing_another_is_the_one_cited_s_whatever_the_verb(cited, denying) -> None:
    # 'The ministry, citing army sources, denied the reports' as '..., citing army sources, said the reports were
    # false': the one cited denies (not no one)
    written, label = cited
    assert deniers("en", f"Veloria's foreign ministry, citing {written}, {denying}.") == [label]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "{A} and {b} denied the reports.",
            "{A} denied the reports, as did {b}.",
            "{A} denied the reports, and so did {b}.",
            "{A} has denied the reports, as has {b}.",
        ]
    ),
    st.sampled_from(
        [
            (("The Kessel Brigade", "Kessel Brigade"), ("the Velorian army", "the Velorian army")),
            (("Lev Arno", "Lev Arno"), ("Dario Venn", "Dario Venn")),
            (("Veloria", "Veloria"), ("the Kessel Brigade", "Kessel Brigade")),
        ]
    ),
)
def test_a_second_denier_after_as_did_denies_as_one_joined_by_and(shape, pair):
    # 'X denied the reports, as did Y' as 'X and Y denied the reports': each denies
    (first, first_label), (second, second_label) = pair
    text = shape.format(A=first, b=second)
    assert sorted(deniers("en", text)) == sorted([first_label, second_label]), text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["The Ministry", "The ministry", "Our army", "Our forces", "We"]),
    st.sampled_from(
        ["did not issue any such decision", "has not issued any such decision", "never issued any decision"]
    ),
)
def test_a_side_denying_its_act_at_the_quotation_s_start_denies_in_any_case_and_tense(side, act) -> None:
    # '"The ministry did not issue any such decision," X said' as '"The Ministry did not ...', 'has not issued' as
    # 'did not issue', 'our army' as 'our forces'
    words = act.replace("has not", "have not") if side in ("Our forces", "We") else act
    assert deniers("en", f'"{side} {words}," Lev Arno said.') == ["Lev Arno"]


@pytest.mark.parametrize("hearer", ["reporters", "journalists", "the press", "the media"])
def test_every_unnamed_hearer_reads_as_one(hearer) -> None:
    # one list of the hearers news leaves unnamed (verbs.UNNAMED_HEARERS): 'told the press he had no role' as
    # 'told reporters he had no role'
    assert deniers("en", f"Lev Arno told {hearer} he had no role in the attack.") == ["Lev Arno"]


# --- round 21: a side named in the words that deny, and what stands between a denier and its verb ------------------

# (the denier as written before its verb, as written after it, a word of the label it gets)
R21_DENIERS = [
    ("Lev Arno", "Lev Arno", "Lev Arno"),
    ("Lev Arno, a spokesman for the Kessel Brigade,", "Lev Arno, a spokesman for the Kessel Brigade", "Lev Arno"),
    ("Veloria's foreign ministry", "Veloria's foreign ministry", "Veloria's foreign ministry"),
    ("A senior Velorian official", "a senior Velorian official", "Velorian official"),
]
# The side said not to have done it, named (not 'it', which was read already)
R21_SIDES = ["the Kessel Brigade", "the brigade", "Veloria", "the brigade's fighters", "Kessel Brigade fighters"]
R21_NOT_SO = [
    "had no role in the raid",
    "has no forces in Ostravia",
    "did not take part in the raid",
    "is not present in Ostravia",
    "had no involvement in the raid",
]
_R21_PLURAL = {"has no": "have no", "is not": "are not"}
# How the denier's words are framed: the clause after the verb, or before its speaker
R21_FRAMES = [
    "{S} said {c}.",
    "{S} told Meridian Wire that {c}.",
    "{C}, {s} said.",
    "{C}, said {s}.",
]


def _r21_variants() -> list:
    out: list = []
    for i, (side, what, frame) in enumerate(itertools.product(R21_SIDES, R21_NOT_SO, R21_FRAMES)):
        written, after, label = R21_DENIERS[i % len(R21_DENIERS)]
        if side.endswith("fighters"):
            what = next((what.replace(a, b) for a, b in _R21_PLURAL.items() if what.startswith(a)), what)
        clause = f"{side} {what}"
        text = frame.format(S=written, s=after, c=clause, C=clause[0].upper() + clause[1:])
        out.append((text, label))
    return out


@pytest.mark.parametrize(("text", "label"), _r21_variants())
def test_a_side_named_in_the_words_that_deny_denies_as_a_pronoun_does(text, label) -> None:
    # 'X said the Kessel Brigade had no role in the raid' as 'X said it had no role in the raid', and so 'The brigade
    # had no role in the raid, X said' and 'None of ...'
    found = deniers("en", text)
    assert len(found) == 1 and label.lower() in found[0].lower(), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said none of the brigade's fighters took part in the raid.",
        "Lev Arno said none of the Kessel Brigade fighters were involved in the raid.",
        "No raid took place, Lev Arno said.",
        "No raid took place, Lev Arno told Meridian Wire.",
        "No raid took place, according to Lev Arno.",
        "The brigade did not carry out the raid, said Lev Arno.",
    ],
)
def test_a_denial_set_before_its_speaker_or_of_a_side_s_members_is_the_speakers(text) -> None:
    assert deniers("en", text) == ["Lev Arno"], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the group had no role in the government.",
        "Lev Arno said the Kessel Brigade had no role in the government.",
        "Lev Arno said none of the hostages had been freed.",
        "Lev Arno said none of the hostages were there.",
        "Lev Arno said the Kessel Brigade did not want a war.",
        "Lev Arno said Veloria had not expected the talks to fail.",
        "The council had no role in the government, Lev Arno said.",
    ],
)
def test_a_side_named_in_words_of_no_denial_denies_nothing(text) -> None:
    assert deniers("en", text) == [], text


# What may stand between a subject and its verb, without commas
R21_BETWEEN = [
    "has since",
    "had earlier",
    "meanwhile",
    "himself",
    "in turn",
    "soon",
    "earlier this week",
    "at a press conference",
    "at a news conference in Barno",
    "during a briefing",
    "on 3 May",
    "on May 3",
    "on Nov. 3",
]


@pytest.mark.parametrize(
    ("between", "denying"),
    [
        (between, denying)
        for between in R21_BETWEEN
        for denying in ("denied the reports", "rejected the claims as baseless", "said the reports were false")
    ],
)
def test_a_time_or_an_occasion_between_a_denier_and_its_verb_changes_no_denier(between, denying) -> None:
    # 'Lev Arno has since denied the reports', 'Lev Arno at a press conference denied', 'Lev Arno on 3 May denied' as
    # 'Lev Arno on Tuesday denied'
    assert deniers("en", f"Lev Arno {between} {denying}.") == ["Lev Arno"]


@pytest.mark.parametrize(
    ("verb", "word"),
    [(v, w) for v in ("called", "termed", "branded", "labelled") for w in ("inaccurate", "misleading")],
)
def test_words_said_only_of_what_was_said_deny_after_any_verb_of_labelling(verb, word) -> None:
    # 'called the report misleading' as 'described the report as misleading' and 'called the report false'
    assert deniers("en", f"The Kessel Brigade described the report as {word}.") == ["Kessel Brigade"]
    assert deniers("en", f"The Kessel Brigade {verb} the report {word}.") == ["Kessel Brigade"]
    assert deniers("en", f"The Kessel Brigade {verb} the decision incorrect.") == []


@pytest.mark.parametrize("verb", ["denied", "rejected", "dismissed", "refuted"])
@pytest.mark.parametrize(
    "agent", [("Lev Arno", "Lev Arno"), ("a senior Velorian official", "a senior Velorian official")]
)
def test_the_judgement_after_a_passive_s_agent_is_not_the_agent(verb, agent) -> None:
    # 'The claims were dismissed by X as baseless' as 'The claims were dismissed as baseless by X'
    written, label = agent
    assert deniers("en", f"The claims were {verb} by {written}.") == [label]
    assert deniers("en", f"The claims were {verb} by {written} as baseless.") == [label]


@pytest.mark.parametrize(
    "words", ["a denial", "a flat denial", "a strongly worded denial", "a swift, categorical denial"]
)
def test_a_denial_issued_reads_the_same_whatever_its_adjectives(words) -> None:
    assert deniers("en", f"The Kessel Brigade issued {words} on Tuesday.") == ["Kessel Brigade"]


@pytest.mark.parametrize("hearer", ["Meridian Wire", "reporters", "a news conference", "a press conference in Barno"])
def test_a_denial_told_to_a_news_conference_reads_as_told_to_reporters(hearer) -> None:
    assert deniers("en", f"Lev Arno told {hearer} that the brigade did not carry out the raid.") == ["Lev Arno"]


@pytest.mark.parametrize(
    ("whole", "split"),
    [
        ("We did not carry out the raid", ("We did not,", "carry out the raid.")),
        ("The brigade had no role in the raid", ("The brigade,", "had no role in the raid.")),
        ("We had nothing to do with the raid", ("We had nothing,", "to do with the raid.")),
    ],
)
def test_a_denier_s_words_split_by_their_tag_deny_as_when_whole(whole, split) -> None:
    # '"We did not," he said, "carry out the raid."' as '"We did not carry out the raid," he said.'
    first = "Lev Arno spoke to reporters."
    assert deniers("en", first, f"\u201c{whole},\u201d he said.") == ["Lev Arno"]
    assert deniers("en", first, f"\u201c{split[0]}\u201d he said, \u201c{split[1]}\u201d") == ["Lev Arno"]


@pytest.mark.parametrize(
    "words",
    [
        "We did not do it",
        "We didn\u2019t do that",
        "He is not one of us",
        "They are not our members",
        "The man is not a member of our brigade",
        "The brigade had no role in the raid",
        "The Kessel Brigade has no forces in Ostravia",
    ],
)
def test_a_denier_s_own_words_that_it_did_not_do_it_or_that_they_are_not_its_own_deny(words) -> None:
    # '"We didn't do it"' as '"We did not carry out the raid"'; '"He is not one of us"' as '"We have no links with him"'
    assert deniers("en", f"\u201c{words},\u201d Lev Arno said.") == ["Lev Arno"]


@pytest.mark.parametrize(
    "words",
    [
        "We did not see it",
        "He is not in the city",
        "They are not our enemies",
        "The brigade had no role in the government",
    ],
)
def test_a_speaker_s_words_of_no_denial_stay_none(words) -> None:
    assert deniers("en", f"\u201c{words},\u201d Lev Arno said.") == []


def test_an_aside_along_with_another_changes_no_denier() -> None:
    # 'The brigade, along with the front, denied' as 'The brigade, like the front, denied'
    assert deniers("en", "The Kessel Brigade, along with the Marno Front, denied the reports.") == ["Kessel Brigade"]
    assert deniers("en", "The Kessel Brigade, together with the Marno Front, denied the reports.") == ["Kessel Brigade"]


@pytest.mark.parametrize("opener", ["Although", "While", "After", "When", "Even though", "Though"])
@pytest.mark.parametrize("denier", [("the Kessel Brigade", "Kessel Brigade"), ("Lev Arno", "Lev Arno")])
def test_a_denial_in_a_clause_opening_the_sentence_is_the_deniers_whatever_the_subordinator(opener, denier) -> None:
    # 'After the Kessel Brigade denied the reports, X said ...' as 'Although the Kessel Brigade denied the reports, X
    # said ...', and as 'X said ... after the Kessel Brigade denied the reports'
    written, label = denier
    assert deniers("en", f"{opener} {written} denied the reports, Dario Venn said the raid took place.") == [label]


@pytest.mark.parametrize("verb", ["rejected", "dismissed", "disputed"])
@pytest.mark.parametrize("noun", ["the idea", "the suggestion", "any suggestion"])
def test_a_noun_of_proposing_before_a_that_clause_of_what_is_so_is_a_claim(verb, noun) -> None:
    # 'rejected the idea that it was involved' as 'rejected the claim that it was involved' (not 'the idea of talks',
    # 'calls that it disarm': proposals)
    assert deniers("en", f"The Kessel Brigade {verb} the claim that it was involved in the raid.") == ["Kessel Brigade"]
    assert deniers("en", f"The Kessel Brigade {verb} {noun} that it was involved in the raid.") == ["Kessel Brigade"]
    assert deniers("en", f"The Kessel Brigade {verb} calls that it disarm.") == []


@pytest.mark.parametrize("judged", ["mistaken", "unproven", "a fantasy", "an invention", "pure invention"])
@pytest.mark.parametrize("what", ["the reports", "these claims", "the allegations against the brigade"])
def test_what_was_said_called_invented_or_mistaken_is_denied_as_called_absurd(judged, what) -> None:
    # 'the reports are a fantasy' as 'the reports are absurd' (not 'the plan was a fantasy': only what was said)
    assert deniers("en", f"Lev Arno said {what} were absurd.") == ["Lev Arno"]
    assert deniers("en", f"Lev Arno said {what} were {judged}.") == ["Lev Arno"]
    if not judged.startswith("pure"):  # ('pure invention', as 'pure fiction', calls anything said false)
        assert deniers("en", f"Lev Arno said the plan was {judged}.") == []


@pytest.mark.parametrize(
    ("first", "second", "noun", "label"),
    [
        ("the Kessel Brigade", "the Marno Front", "brigade", "Kessel Brigade"),
        ("the Marno Front", "the Kessel Brigade", "brigade", "Kessel Brigade"),
        ("the Kessel Militia", "the Marno Front", "militia", "Kessel Militia"),
        ("the Kessel Movement", "the Marno Front", "movement", "Kessel Movement"),
        ("the Kessel Brigade", "the Marno Front", "front", "Marno Front"),
    ],
)
def test_the_body_s_kind_refers_back_to_the_body_so_named_whichever_was_named_last(first, second, noun, label) -> None:
    # 'The Kessel Brigade and the Marno Front clashed. The brigade denied ...': the brigade, as when it was named last
    opening = f"{first[0].upper()}{first[1:]} and {second} clashed in Barno."
    assert deniers("en", opening, f"The {noun} denied the reports of a raid.") == [label]
