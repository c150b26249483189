"""English precision: when another subject, another person or nothing at all must be drafted (issue 17, round 12).

Metamorphic tests: made-up sentences from templates and slot fillers. A wrong speaker or denier costs an editor more
than a missing one, so each property says which variants must read alike, and where no one, or another than the
first name, is the speaker. All names are fictional.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.conftest import deniers, quotes, said

WORDS = "The crossing is closed and no one passed"


# --- a second clause after 'and' has its own subject, whatever the first clause's verb ---------------------------

FIRST_SUBJECTS = ["The army", "Lev Arno", "Troops", "The Velorian Border Guard", "Clashes"]
# A first clause's verb and what follows it: of saying or not, with an object or none
FIRST_CLAUSES = [
    "advanced",
    "advanced on the town",
    "met the envoy",
    "entered the town on Monday",
    "shelled the old market",
    "erupted near the border",
    "said the crossing was closed",
]
SECOND_SUBJECTS = [
    ("the Kessel Brigade", "Kessel Brigade"),
    ("the brigade", "the brigade"),
    ("Dario Venn", "Dario Venn"),
    ("a ministry official", "a ministry official"),
    ("Veloria", "Veloria"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(FIRST_SUBJECTS),
    st.sampled_from(FIRST_CLAUSES),
    st.sampled_from([" and ", ", and ", " but ", ", but "]),
    st.sampled_from(SECOND_SUBJECTS),
)
def test_a_second_clause_after_and_has_its_own_subject_whatever_the_first_verb(first, clause, join, second):
    # 'The army advanced and the brigade denied the reports': the brigade, as after 'said the road was closed and'
    # (not 'the army advanced and the brigade', 'Lev Arno met the envoy', or nothing)
    written, label = second
    assert deniers("en", f"{first} {clause}{join}{written} denied the reports.") == [label]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIRST_SUBJECTS), st.sampled_from(FIRST_CLAUSES), st.sampled_from(SECOND_SUBJECTS[:3]))
def test_a_quotation_after_a_second_clause_is_its_subject_s(first, clause, second):
    written, label = second
    text = f'{first} {clause} and {written} said: "{WORDS}."'
    assert [s for _, s in quotes(text)] == [label], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("The army and the police", ["the army", "the police"]),
            ("Lev Arno and Dario Venn", ["Lev Arno", "Dario Venn"]),
            ("The army and the Kessel Brigade", ["the army", "Kessel Brigade"]),
            ("The spokesman of the army and the brigade", ["the spokesman of the army", "the brigade"]),
        ]
    ),
    st.sampled_from(["denied the reports", "rejected the claims"]),
)
def test_two_subjects_joined_by_and_still_deny_together(subject, denying):
    # the other side of the property above: 'and' between two subjects joins no clauses
    written, labels = subject
    assert deniers("en", f"{written} {denying}.") == labels


def test_an_adjective_of_denying_after_an_article_and_its_modifiers_denies_nothing():
    text = (
        "The spokesperson said the court has no say over Kessel which is an internationally recognised disputed area."
    )
    assert deniers("en", text) == []


# --- 'he' and 'she' by gender, where the text marks it --------------------------------------------------------

QUOTED = ['"{w}," {p} said.', '{P} said: "{w}."', '"{w}," {p} added.', '"{w}," {p} was quoted as saying.']
# (a woman as the text marks her, her label)
WOMEN = [
    ("spokeswoman Sara Vale", "Sara Vale"),
    ("Mrs Sara Vale", "Sara Vale"),
    ("Ms Sara Vale", "Sara Vale"),
    ("Sara Vale, the brigade's spokeswoman,", "Sara Vale"),
]
MEN = [("Colonel Tom Reed", "Tom Reed"), ("Tom Reed", "Tom Reed"), ("Minister Tom Reed", "Tom Reed")]


def _said(pronoun: str, template: str) -> str:
    return template.format(w=WORDS, p=pronoun, P=pronoun.capitalize())


def _opening(person: str) -> str:
    return person[0].upper() + person[1:]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WOMEN), st.sampled_from(MEN), st.booleans(), st.sampled_from(QUOTED))
def test_she_is_the_woman_the_text_marks_whichever_of_two_is_the_subject(woman, man, she_first, template):
    # 'Colonel Tom Reed met spokeswoman Sara Vale. She said': Vale, as after 'Spokeswoman Sara Vale met Colonel Tom
    # Reed'; and 'he' after the latter is Reed, not the woman who was the subject
    (her, her_label), (him, his_label) = woman, man
    first = f"{_opening(her)} met {him.rstrip(',')}." if she_first else f"{_opening(him)} met {her.rstrip(',')}."
    first = first.replace(",.", ".")
    assert [s for _, s in quotes(first, _said("she", template))] == [her_label], first
    if she_first:
        assert [s for _, s in quotes(first, _said("he", template))] == [his_label], first


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(MEN), st.sampled_from(["Minister Sara Vale", "Sara Vale", "Colonel Sara Vale"]))
def test_she_after_two_people_the_text_does_not_mark_is_no_one(man, other):
    # 'Colonel Tom Reed met Minister Sara Vale. She said': the text does not say which is a woman; 'he' stays the
    # subject (test_consistency_en_discourse), but 'she' is left unattributed rather than given to the man
    first = f"{man[0]} met {other}."
    assert [s for _, s in quotes(first, _said("she", QUOTED[0]))] == [None], first


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(QUOTED), st.sampled_from(["arrived in Kessel.", "visited the border on Monday."]))
def test_she_for_the_only_person_named_marks_her_for_later(template, done):
    # 'Sara Vale arrived in Kessel. "...," she said.' tells Vale is a woman: 'she' after 'Sara Vale met Tom Reed' is Vale
    paragraphs = (f"Sara Vale {done}", _said("she", template), "Sara Vale met Tom Reed.", _said("she", template))
    assert [s for _, s in quotes(*paragraphs)] == ["Sara Vale", "Sara Vale"]


def test_a_woman_speaking_to_a_man_named_after_she_is_still_she():
    # a person named after the pronoun ('she told Tom Reed') is no one it may stand for
    assert [s for _, s in quotes("Sara Vale arrived in Kessel.", f'"{WORDS}," she told Tom Reed.')] == ["Sara Vale"]


# --- the hearer of 'told' and the subject after it ---------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Meridian Wire", "the Meridian Wire", "Kessel TV", "Meridian Wire on Tuesday"]),
    st.sampled_from(["", "that "]),
    st.sampled_from(
        [
            ("Dario Venn", "Dario Venn"),
            ("Colonel Dario Venn", "Dario Venn"),
            ("the Kessel Brigade", "Kessel Brigade"),
            ("Veloria", "Veloria"),
        ]
    ),
)
def test_the_outlet_told_and_the_speaker_after_it_are_two_with_or_without_that(outlet, that, speaker):
    # 'told Meridian Wire Dario Venn denied' as 'told Meridian Wire that Dario Venn denied' (not one name
    # 'Meridian Wire Dario Venn', nor 'Tuesday Dario Venn')
    written, label = speaker
    assert deniers("en", f"Lev Arno told {outlet} {that}{written} denied the reports.") == [label]


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(["Reuters", "Al Jazeera"]))
def test_an_outlet_the_words_cannot_tell_from_the_speaker_gives_no_wrong_denier(outlet):
    # 'told Reuters Dario Venn denied': where the outlet ends is not written; nothing is better than 'Jazeera Dario Venn'
    assert deniers("en", f"Lev Arno told {outlet} Dario Venn denied the reports.") in ([], ["Dario Venn"])


def test_a_day_is_no_part_of_a_name():
    assert [s for _, s in quotes(f'On Tuesday Dario Venn said: "{WORDS}."')] == ["Dario Venn"]


# --- a verb of denying whose object is no claim denies nothing ----------------------------------------------------

# (verb, objects that are no claim) for each verb of denying that also refuses, turns down, removes or competes
NOT_CLAIMS = [
    ("denied", ["them access to the town", "the convoy entry", "him a visa", "himself sleep", "the request for talks"]),
    ("denied", ["his appeal", "bail to the suspects", "nothing"]),
    ("rejected", ["the offer of talks", "the demands", "calls for a truce", "the request", "the appeal", "nothing"]),
    ("dismissed", ["the commander", "two officers", "the case against him", "the lawsuit"]),
    ("disputed", ["the border", "the election results"]),
    ("contested", ["the election", "the seat in the north"]),
]
CLAIMS = ["the reports", "the claims of a raid", "the allegations", "the account of the raid"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([(verb, what) for verb, objects in NOT_CLAIMS for what in objects]),
    st.sampled_from([("Lev Arno", "Lev Arno"), ("The Kessel Brigade", "Kessel Brigade")]),
    st.sampled_from(CLAIMS),
)
def test_a_verb_of_denying_denies_a_claim_and_nothing_else(refused, subject, claim):
    # 'rejected the demands' as 'rejected the proposal', 'denied the request for talks' as 'rejected the request',
    # 'contested the election' as 'rejected the election': news, no denial; the same verb with a claim denies
    (verb, what), (written, label) = refused, subject
    assert deniers("en", f"{written} {verb} {what}.") == []
    assert deniers("en", f"{written} {verb} {claim}.") == [label]


# --- words quoted from another are that one's denial, not the relayer's -------------------------------------------

RELAYS = [
    'Lev Arno said Dario Venn told him: "{w}."',
    'Lev Arno said that Dario Venn had told him: "{w}."',
    'According to Lev Arno, Dario Venn said: "{w}."',
    'Lev Arno quoted Dario Venn as saying: "{w}."',
    '"{w}," Lev Arno quoted Dario Venn as saying.',
    'Lev Arno responded to Dario Venn, who said: "{w}."',
    'Lev Arno said Dario Venn had said: "{w}."',
    '"{w}," Lev Arno said Dario Venn told him.',
    '"{w}," Lev Arno said that Dario Venn had told reporters.',
]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(RELAYS),
    st.sampled_from(["We did not attack the town", "These reports are baseless", "We reject these claims"]),
)
def test_a_denial_in_words_quoted_from_another_is_theirs_however_relayed(relay, words):
    # 'Lev Arno said Dario Venn told him: "We did not attack"' as 'Lev Arno quoted Dario Venn as saying: "..."': the
    # quotation and its denial are Venn's; Arno only passes them on
    text = relay.format(w=words)
    assert {(k, s) for k, s, _ in said("en", text)} == {("denial", "Dario Venn")}, text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Lev Arno accused the Kessel Brigade of {v} the reports.",
            "Lev Arno mocked the Kessel Brigade for {v} the reports.",
            "Lev Arno criticised the brigade for {v} the reports.",
            "The Kessel Brigade stopped short of {v} the reports.",
        ]
    ),
    st.sampled_from(["denying", "rejecting", "dismissing", "rubbishing"]),
)
def test_a_participle_of_denying_after_of_or_for_is_no_denial_by_the_subject(template, participle):
    # 'X issued a statement denying the reports' is X's denial; 'X accused Y of denying the reports' is not X's
    assert "Lev Arno" not in deniers("en", template.format(v=participle))
    assert deniers("en", f"Lev Arno issued a statement {participle} the reports.") == ["Lev Arno"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["dismissed", "rejected"]),
    st.sampled_from(["the Kessel Brigade's denial", "the brigade's denial of the reports", "the denials"]),
)
def test_rejecting_another_s_denial_is_no_denial(verb, what):
    # no denial of the one who rejects it; the denial is its owner's, where the text names one ('the brigade's
    # denial of the reports' is the brigade's: tests/draft/test_consistency_en_denials25.py)
    owner = {"the denials": [], "the Kessel Brigade's denial": []}.get(what, ["the brigade"])
    assert deniers("en", f"Lev Arno {verb} {what}.") == owner


# --- a description as a sentence's subject, and the words before a name that are no title of it ------------------

DESCRIBED = [("A ministry official", "a ministry official"), ("An army officer", "an army officer")]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(DESCRIBED), st.sampled_from(["met Lev Arno.", "visited Lev Arno in Kessel."]))
def test_he_after_an_unnamed_subject_is_that_subject_as_after_a_named_one(subject, done):
    # 'A ministry official met Lev Arno. He said': the official, as 'Dario Venn met Lev Arno. He said' is Venn
    written, label = subject
    said_next = f'"{WORDS}," he said.'
    assert [s for _, s in quotes(f"Dario Venn {done}", said_next)] == ["Dario Venn"]
    assert [s for _, s in quotes(f"{written} {done}", said_next)] == [label]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["minister", "commander", "spokesman", "envoy"]),
    st.sampled_from(["met", "visited", "called", "thanked"]),
)
def test_a_clause_s_subject_is_no_title_of_the_name_it_acts_on(noun, verb):
    # 'The minister met Lev Arno.' does not make Arno 'the minister': a later 'the minister said' is not his (as
    # 'Minister Lev Arno' would make it)
    text = (f"The {noun} {verb} Lev Arno on Monday.", f'"{WORDS}," the {noun} said.')
    assert [s for _, s in quotes(*text)] == [f"the {noun}"], text
    titled = (f"{noun.capitalize()} Lev Arno arrived on Monday.", f'"{WORDS}," the {noun} said.')
    assert [s for _, s in quotes(*titled)] == ["Lev Arno"], titled


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["was killed on Monday.", "was shot dead in Kessel.", "died in the strike.", "was found dead."]),
    st.sampled_from(QUOTED),
)
def test_he_after_a_death_is_not_the_dead(died, template):
    # 'Lev Arno was killed on Monday. "...," he said.': not Arno, as 'The body of Lev Arno was found' is not
    assert [s for _, s in quotes(f"Lev Arno {died}", _said("he", template))] == [None]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["A source", "Sources", "An official", "A senior commander"]),
    st.sampled_from(["in the Kessel Brigade", "close to the Kessel Brigade"]),
    st.sampled_from(
        ["{S} denied the reports.", '{S} told Meridian Wire: "{w}."', '"{w}," {s} said.', '"{w}," said {s}.']
    ),
)
def test_a_source_close_to_a_body_speaks_as_a_source_in_it(who, where, template):
    # 'a source close to the brigade said' as 'a source in the brigade said' (the head is 'source', not 'close')
    subject = f"{who} {where}"
    text = template.format(S=subject, s=subject[0].lower() + subject[1:], w=WORDS)
    assert [s for _, s, _ in said("en", text)] == [subject[0].lower() + subject[1:]], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["Security forces", "Velorian troops", "The authorities in Kessel", "Local militias"]),
    st.sampled_from(["said the town was taken.", "attacked the town.", "withdrew on Monday."]),
)
def test_it_is_never_bodies_described_in_the_plural(bodies, done):
    # 'Security forces said ... "...," it said.': not the forces, whether they spoke or not ('they' would be)
    assert [s for _, s in quotes(f"{bodies} {done}", f'"{WORDS}," it said.')] == [None]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            *("Lawmaker", "Political analyst", "Human rights activist", "Local journalist", "Veteran politician"),
            *("Cleric", "Lev Arno's deputy", "Lev Arno's rival", "The brigade's new recruit"),
        ]
    ),
    st.sampled_from(["denied the reports.", 'said: "{w}."', "told Meridian Wire the reports were false."]),
)
def test_a_noun_for_a_person_before_a_name_is_its_title_as_a_title_is(role, verb):
    # 'Political analyst Dario Venn denied' as 'Lawmaker Dario Venn denied': Venn speaks
    text = f"{role} Dario Venn {verb.format(w=WORDS)}"
    assert [s for _, s, _ in said("en", text)] == ["Dario Venn"], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Dario Venn, a resident of Kessel, disagreed.",
            "Dario Venn was less sure.",
            "Residents were less sure.",
            "A local official disagreed.",
            "The Kessel Brigade disagreed.",
        ]
    ),
    st.booleans(),
)
def test_a_quotation_after_another_subject_is_not_the_last_speaker_s_in_a_paragraph_or_after_it(other, apart):
    # '"...," Lev Arno said. Dario Venn disagreed. "We are afraid."' does not continue Arno's words, in one paragraph
    # as across paragraphs; after a sentence of Arno's own ('Arno paused.') it does
    first = f'"{WORDS}," Lev Arno said.'
    paragraphs = (first, other, '"We are afraid."') if apart else (f'{first} {other} "We are afraid."',)
    assert [s for _, s in quotes(*paragraphs)][1] != "Lev Arno", paragraphs
    assert [s for _, s in quotes(f'{first} Arno paused. "We are afraid."')] == ["Lev Arno", "Lev Arno"]


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        ["condemned", "denounced", "slammed", "decried", "criticised", "warned against", "deplored", "lambasted"]
    ),
    st.sampled_from(["the attack", "the raid on the town", "the killing of civilians", "the shelling of Kessel"]),
)
def test_condemning_criticising_or_warning_against_an_act_is_no_denial(verb, act):
    # 'X condemned the attack' reports a stance, whatever the verb; only a claim as object makes it a denial
    assert deniers("en", f"Lev Arno {verb} {act}.") == []
    assert deniers("en", f"Lev Arno {verb} {act}, calling the reports of a raid baseless.") == ["Lev Arno"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            'Meridian Wire quoted Dario Venn as saying: "{w}."',
            'Meridian Wire quoted Dario Venn saying: "{w}."',
            'Meridian Wire reported Dario Venn as saying: "{w}."',
            "Meridian Wire reported Dario Venn as saying {w}.",
            'Meridian Wire said, citing Dario Venn: "{w}."',
            'Meridian Wire, citing Dario Venn, said: "{w}."',
            'Lev Arno said, quoting Dario Venn: "{w}."',
            'Lev Arno, quoting Dario Venn, said: "{w}."',
            'Lev Arno recalled Dario Venn saying: "{w}."',
            'The Kessel Brigade posted a clip of Dario Venn saying: "{w}."',
            'A video showed Dario Venn saying "{w}."',
        ]
    ),
    st.sampled_from(["We did not attack the town", "These reports are baseless", WORDS]),
)
def test_words_passed_on_are_the_speaker_s_however_the_relay_is_worded(relay, words):
    # 'quoted X saying', 'X, citing Y, said', 'said, quoting Y', 'a clip of Y saying' as 'quoted Y as saying': Y's words,
    # and Y's denial where they deny
    text = relay.format(w=words)
    assert {s for _, s, _ in said("en", text)} == {"Dario Venn"}, text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            ("Dario Venn blamed the Kessel Brigade for the raid", "it", "the group", "Kessel Brigade"),
            ("Dario Venn accused Lev Arno of ordering the raid", "he", "Arno", "Lev Arno"),
            ("Dario Venn said the Kessel Brigade carried out the raid", "it", "the Kessel Brigade", "Kessel Brigade"),
        ]
    ),
    st.sampled_from(
        [", which {s} denied.", ", which {s} has rejected.", ", a charge {s} denies.", ", an accusation {s} dismissed."]
    ),
    st.booleans(),
)
def test_a_charge_answered_in_a_clause_after_it_is_denied_by_that_clause_s_subject(charge, answer, pronoun):
    # 'X blamed the Kessel Brigade for the raid, which it denied' as '..., a charge the group denies', as 'The Kessel
    # Brigade denied it': the one charged denies, not the one who charged
    said_of, it, named, label = charge
    text = said_of + answer.format(s=it if pronoun else named)
    assert deniers("en", text) == [label], text


# --- recall on the tense axis: every tense of a verb of denying denies ---------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([("denied", "denying"), ("rejected", "rejecting"), ("dismissed", "dismissing")]),
    st.sampled_from(
        [
            *("is {ing}", "are {ing}", "was {ing}", "has been {ing}", "had been {ing}", "is still {ing}"),
            *("has long {ed}", "had always {ed}", "has already {ed}", "had previously {ed}"),
        ]
    ),
    st.sampled_from([("The Kessel Brigade", "Kessel Brigade"), ("Lev Arno", "Lev Arno")]),
)
def test_a_denial_in_a_progressive_or_with_an_adverb_of_time_denies_as_the_simple_past(verb, tense, subject):
    # 'The brigade has been denying the reports', 'has long denied' as 'The brigade denied the reports'
    (ed, ing), (written, label) = verb, subject
    assert deniers("en", f"{written} {ed} the reports.") == [label]
    assert deniers("en", f"{written} {tense.format(ed=ed, ing=ing)} the reports.") == [label]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["attacked the town", "carried out the raid", "shelled the village"]),
    st.sampled_from(["Lev Arno said he", "The Kessel Brigade said it", "Lev Arno told Meridian Wire they"]),
)
def test_never_with_a_past_tense_denies_as_did_not_does(act, saying):
    # 'said it never attacked the town' as 'said it did not attack the town' (not 'never intended', 'never wanted')
    base = {"attacked the town": "attack the town", "carried out the raid": "carry out the raid"}.get(
        act, "shell the village"
    )
    assert deniers("en", f"{saying} did not {base}.") != []
    assert deniers("en", f"{saying} never {act}.") == deniers("en", f"{saying} did not {base}.")
    assert deniers("en", f"{saying} never intended to {base}.") == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["the reports were false", "the claims were baseless", "he had no role in the raid"]),
    st.sampled_from(["Meridian Wire", "a ministry statement"]),
)
def test_an_outlet_set_after_the_speaker_s_verb_is_no_denier(words, source):
    # 'X said, according to Meridian Wire, that ...' as 'According to Meridian Wire, X said ...': X denies
    assert deniers("en", f"According to {source}, Lev Arno said {words}.") == ["Lev Arno"]
    assert deniers("en", f"Lev Arno said, according to {source}, that {words}.") == ["Lev Arno"]


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "said the brigade's denial was false",
            "called the brigade's denials lies",
            "described the denial as a lie",
            "rejected the brigade's denial as baseless",
            "dismissed the denial as propaganda",
        ]
    ),
)
def test_calling_another_s_denial_false_is_no_denial(judged):
    # 'X said the brigade's denial was false' maintains what was denied, as 'X dismissed the denial' does; 'X said the
    # brigade's claims were false' denies them
    assert deniers("en", f"Lev Arno {judged}.") == []
    assert deniers("en", f"Lev Arno {judged.replace('denials', 'claims').replace('denial', 'claim')}.") == ["Lev Arno"]


# --- round 13: 'she' after people whose gender no word marks -------------------------------------------------------

# Sentences that name no one, between the people named and the pronoun
NO_ONE_NAMED = ["The talks lasted an hour.", "The crossing stayed closed on Monday.", "It was raining."]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([*WOMEN, *MEN, ("Minister Sara Vale", "Sara Vale")]),
    st.sampled_from(MEN),
    st.booleans(),
    st.sampled_from(NO_ONE_NAMED),
    st.sampled_from(["she", "he"]),
    st.booleans(),
)
def test_a_sentence_naming_no_one_changes_whom_he_or_she_may_be(first, second, swap, middle, pronoun, apart):
    # 'Tom Reed met Sara Vale. The talks lasted an hour. She said' as 'Tom Reed met Sara Vale. She said' (no one, not
    # the subject Reed because the sentence just before named no one), in one paragraph or across paragraphs
    a, b = (second, first) if swap else (first, second)
    met = f"{_opening(a[0])} met {b[0].rstrip(',')}.".replace(",.", ".")
    said_next = _said(pronoun, QUOTED[0])
    direct = quotes(met, said_next)
    between = quotes(met, middle, said_next) if apart else quotes(f"{met} {middle}", said_next)
    assert between == direct, (met, middle, pronoun)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Tom Reed arrived in Kessel.", "Colonel Tom Reed met the envoy.", "Tom Reed left on Monday."]),
    st.sampled_from(
        ["He met the envoy.", "His convoy was late.", "He left on Monday.", f'"{WORDS}," he said.', "He said so."]
    ),
    st.sampled_from(QUOTED),
)
def test_he_or_his_opening_a_sentence_after_one_person_marks_him_as_he_said_does(first, marking, template):
    # 'Tom Reed arrived. He met the envoy. "...," she said.': not Reed, as after 'Tom Reed arrived. "...," he said.'
    spoken = [s for _, s in quotes(first, marking, _said("she", template))]
    assert spoken[-1] is None, (first, marking)
    # and 'She'/'Her' so marks the one woman named: 'he' then is not her
    woman = first.replace("Tom Reed", "Sara Vale")
    marked = marking.replace("He ", "She ").replace("His ", "Her ").replace(" he said", " she said")
    spoken = [s for _, s in quotes(woman, marked, _said("he", template))]
    assert spoken[-1] is None, (woman, marked)


# --- round 13: the one charged denies the charge, not the one who made it ----------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            ("The interior ministry", "the Kessel Brigade", "it", "Kessel Brigade"),
            ("Veloria", "the Kessel Brigade", "it", "Kessel Brigade"),
            ("Lev Arno", "Dario Venn", "he", "Dario Venn"),
            ("The Kessel Brigade", "Dario Venn", "he", "Dario Venn"),
        ]
    ),
    st.sampled_from(
        [
            "{A} accused {B} of the attack.",
            "{A} blamed {B} for the attack.",
            "{A} said {B} carried out the attack.",
            "{A} told Meridian Wire that {B} was behind the attack.",
        ]
    ),
    st.sampled_from(["denied the accusations", "rejected the accusation as baseless", "dismissed the claims"]),
    st.booleans(),
)
def test_a_pronoun_denying_the_charge_just_made_is_the_one_charged(parties, charge, denying, apart):
    # 'The ministry accused the Kessel Brigade of the attack. It denied the accusations.': the brigade, as after 'The
    # ministry blamed the brigade for the attack' (not the ministry, which made the charge), in one paragraph or two
    accuser, charged, pronoun, label = parties
    first = charge.format(A=accuser, B=charged)
    second = f"{pronoun.capitalize()} {denying}."
    paragraphs = (first, second) if apart else (f"{first} {second}",)
    assert deniers("en", *paragraphs) == [label], paragraphs


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["The interior ministry", "In a statement, the interior ministry", "On Tuesday the ministry"]),
    st.sampled_from([", which it denied.", ", an accusation it has denied.", ", a charge it rejects."]),
)
def test_a_charge_answered_after_a_lowercase_subject_is_the_charged_ones(subject, answer):
    # 'The interior ministry said the Kessel Brigade carried out the attack, which it denied' as 'The Velorian army
    # said ...': the brigade (the first name is not the subject where the subject has no capital)
    text = f"{subject} said the Kessel Brigade carried out the attack{answer}"
    assert deniers("en", text) == ["Kessel Brigade"], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ("Sara Vale, the mother of Dario Venn,", "she", "he"),
            ("The mother of Dario Venn, Sara Vale,", "she", "he"),
            ("Dario Venn's mother, Sara Vale,", "she", "he"),
            ("His widow, Sara Vale,", "she", "he"),
            ("The brigade's spokeswoman, Sara Vale,", "she", "he"),
        ]
    ),
    st.sampled_from(QUOTED),
)
def test_an_appositive_before_a_name_marks_its_gender_as_one_after_it_does(marked, template):
    # 'The mother of Dario Venn, Sara Vale, spoke.' tells 'she' is Vale, as 'Sara Vale, the mother of Dario Venn,' does;
    # 'he' then is not her
    subject, right, wrong = marked
    first = f"{subject} spoke in Kessel on Monday."
    assert [s for _, s in quotes(first, _said(right, template))] == ["Sara Vale"], first
    assert [s for _, s in quotes(first, _said(wrong, template))] != ["Sara Vale"], first


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["them", "it", "the claims"]),
    st.sampled_from(["denied", "rejected"]),
)
def test_a_pronoun_for_the_charges_as_the_whole_object_is_denied_as_the_charges_are(what, verb):
    # 'Veloria accused the brigade of two raids. The brigade denied them.' as '... denied the claims.' (not 'denied
    # them access', where 'them' are the ones refused)
    assert deniers("en", "Veloria accused the Kessel Brigade of two raids.", f"The brigade {verb} {what}.") == [
        "Kessel Brigade"
    ]
    assert deniers("en", "The brigade denied them access to the town.") == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("Meridian Wire", "the Kessel Brigade", "It", "Kessel Brigade"),
            ("Lev Arno", "Dario Venn", "He", "Dario Venn"),
            ("The Kessel Brigade", "Dario Venn", "He", "Dario Venn"),
        ]
    ),
    st.sampled_from(["contacted {B} on Monday.", "asked {B} about the raid.", "approached {B} for comment."]),
    st.sampled_from(["denied the reports.", "rejected the claims.", "said the reports were false."]),
)
def test_a_pronoun_answering_after_one_was_asked_is_the_one_asked(parties, asking, denying):
    # 'Meridian Wire contacted the Kessel Brigade. It denied the reports.': the brigade answers, not the outlet
    asker, asked, pronoun, label = parties
    text = (f"{asker} {asking.format(B=asked)}", f"{pronoun} {denying}")
    assert deniers("en", *text) == [label], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["Lev Arno", "The Kessel Brigade"]),
    st.sampled_from(
        [
            "warned against rumours.",
            "warned against spreading rumours about the raid.",
            "said there were rumours of a raid.",
            "said he had heard rumours of a raid.",
        ]
    ),
    st.sampled_from(
        [
            "said the reports were rumours.",
            "dismissed the reports as rumours.",
            "called the reports rumours.",
            "said the claims were nothing but rumours.",
        ]
    ),
)
def test_rumours_deny_only_what_is_called_rumours(subject, mentioned, called):
    # 'X warned against rumours', 'X said there were rumours of a raid' deny nothing; 'X said the reports were
    # rumours', 'X called the reports rumours' deny them
    label = subject.replace("The ", "")
    assert deniers("en", f"{subject} {mentioned}") == [], mentioned
    assert deniers("en", f"{subject} {called}") == [label], called


# --- round 19: the one asked answers, whether the sentence before asked 'whether ...' or quoted the question ---------


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            '"Is the crossing closed?" Lev Arno asked Dario Venn.',
            '"Is the crossing closed?" Colonel Lev Arno asked Dario Venn.',
            "Lev Arno asked Dario Venn whether the crossing was closed.",
        ]
    ),
    st.sampled_from(['"It is closed," he replied.', '"It is closed," he said.', 'He replied: "It is closed."']),
    st.booleans(),
)
def test_he_answering_a_question_quoted_before_is_the_one_asked(asking, answer, apart):
    # '"...?" Lev Arno asked Dario Venn. "...," he replied.' as 'Lev Arno asked Dario Venn whether ...': Venn
    # answers (the one asked ending the sentence was read as asked only before 'about', 'whether', 'why')
    paragraphs = (asking, answer) if apart else (f"{asking} {answer}",)
    assert [s for q, s in quotes(*paragraphs) if q.startswith("It is")] == ["Dario Venn"], paragraphs


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            '"The crossing is closed," Lev Arno told Dario Venn.',
            'Lev Arno told Dario Venn: "The crossing is closed."',
            "Lev Arno told Dario Venn the crossing was closed.",
            '"Is the crossing closed?" Lev Arno asked Dario Venn.',
        ]
    ),
    st.sampled_from(['"It is closed," he replied.', 'He replied: "It is closed."', '"It is closed," he responded.']),
)
def test_he_replying_to_one_told_or_asked_is_the_one_told_or_asked(first, answer):
    # '"...," Lev Arno told Dario Venn. "...," he replied.' as after 'asked Dario Venn': Venn replies (the quotation
    # went to the teller, a wrong speaker)
    assert [s for q, s in quotes(f"{first} {answer}") if q.startswith("It is")] == ["Dario Venn"], first
