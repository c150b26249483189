"""English denials, round 26: shapes a denial was not read in, or was given to the wrong name.

Parametrised tests on made-up names and sentences only: a hyphened modifier that holds a hyphened name before the
denier ('Al-Qaeda-affiliated Hurras al-Din has denied'), 'claims that' read as a verb after a bare subject, and a
photo's credit ('(Photo: Lev Arno/AFP)') that took the place of a speaker. Guards for the readings that must stay
close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "Police blamed the Kessel Brigade for the bombing."

# --- a hyphened modifier holding a hyphened name, before the denier ---------------------------------------------------

HYPHENED_MODIFIERS = [
    ("Al-Qaeda-affiliated Hurras al-Din has denied any role in the attack.", "Hurras al-Din"),
    ("Al-Qaeda-linked group Hurras al-Din denied any role in the attack.", "Hurras al-Din"),
    ("The Al-Qaeda-affiliated Hurras al-Din on Monday rejected the report.", "Hurras al-Din"),
    ("Al-Nusra-aligned Ostravia Front dismissed the reports as baseless.", "Ostravia Front"),
    ("Al-Sadr-backed faction Kessel Brigade denied the reports.", "Kessel Brigade"),
]


@pytest.mark.parametrize(("text", "denier"), HYPHENED_MODIFIERS)
def test_a_hyphened_name_in_a_modifier_before_the_denier_leaves_the_denier_its_subject(text, denier):
    # 'Al-Qaeda-affiliated Hurras al-Din has denied ...' as 'Iran-backed Kataib Hezbollah has denied ...' (the
    # modifier of two hyphens was not read as one that only describes the name: nothing was drafted)
    assert [(k, s) for k, s, _ in said("en", LEAD, text)] == [("denial", denier)], text


def test_a_one_hyphen_modifier_is_still_read_so():
    text = "ISIS-affiliated Ostravia Front has said it was not behind the bombing."
    assert [(k, s) for k, s, _ in said("en", LEAD, text)] == [("denial", "Ostravia Front")]


def test_a_hyphened_modifier_of_a_common_noun_is_still_the_subject():
    # 'Al-Qaeda-linked militants denied ...': no name after the modifier, the phrase itself denies
    text = "Al-Qaeda-linked militants denied the attack, Lev Arno said."
    assert [k for k, _, _ in said("en", LEAD, text)] == ["denial"]


# --- 'claims that' after a bare subject: a verb ------------------------------------------------------------------------

CLAIMS_THAT = [
    ("Lev Arno claims that the brigade had nothing to do with the attack.", "Lev Arno"),
    ("The ministry claims that the brigade had no role in the bombing.", "the ministry"),
    ("Dario Venn claims that the Kessel Brigade was not involved in the attack.", "Dario Venn"),
    ("The spokesman notes that the brigade had nothing to do with the attack.", "the spokesman"),
]


@pytest.mark.parametrize(("text", "denier"), CLAIMS_THAT)
def test_claims_that_after_a_bare_subject_is_its_verb(text, denier):
    # 'X claims that Y had nothing to do with the attack' as 'X claimed that ...': a denial on Y's behalf reported by
    # X (the -s form was read only as the noun, and the sentence as no one's)
    assert [(k, s) for k, s, _ in said("en", LEAD, text)] == [("denial", denier)], text


def test_claims_that_after_a_pronoun_is_the_pronouns_speaker():
    got = said("en", LEAD, "Lev Arno spoke on Monday. He claims that the group was not involved in the attack.")
    assert [(k, s) for k, s, _ in got] == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "text",
    [
        "Iranian claims that the brigade was behind it were dismissed.",
        "Such claims that the brigade was behind it are common.",
        "The claims that the brigade was behind it grew on Monday.",
    ],
)
def test_claims_that_after_a_nationality_a_determiner_or_an_article_stays_a_noun(text):
    assert said("en", LEAD, text) == [], text


# --- a photo's credit is no speaker ------------------------------------------------------------------------------------

# (a first paragraph that names no body 'the group' could be)
PLAIN_LEAD = "The ministry denied the report on Monday."
CREDITS = [
    "The blast hit a market in the city. (Photo: Lev Arno/AFP)",
    "The blast hit a market in the city. (Photo credit: Lev Arno/Meridian Wire)",
    "The blast hit a market in the city. (File photo: Meridian Wire)",
    "The blast hit a market in the city. Credit: Lev Arno/AFP",
    "The blast hit a market in the city. Photo: Lev Arno/AFP",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_photo_credit_is_not_what_the_group_after_it_refers_to(credit):
    # '(Photo: Lev Arno/AFP)' ending a paragraph: 'the group' in the next was read as AFP, the last body named
    got = said("en", PLAIN_LEAD, credit, '"We did not carry out the attack," the group said.')
    assert [(k, s) for k, s, _ in got][1:] == [("denial", "the group")], credit


@pytest.mark.parametrize("credit", ["Photo: Lev Arno/AFP", "Credit: Lev Arno/AFP", "Photo credit: Lev Arno"])
def test_a_paragraph_of_a_credit_alone_is_no_one_s_words(credit):
    got = said("en", PLAIN_LEAD, credit, '"We did not shell the town," the group said.')
    assert [(k, s) for k, s, _ in got][1:] == [("denial", "the group")], credit


def test_credit_in_a_sentence_of_speech_is_not_blanked():
    got = said("en", LEAD, "Lev Arno said he would give credit: the army did well.")
    assert [(k, s) for k, s, _ in got] == [("reported", "Lev Arno")]


# --- an opening clause of denying, or of answering what it calls false, before a main verb of no saying -----------

CHARGE = "Lev Arno accused the Kessel Brigade of arming the rebels."
OPENINGS = [
    (
        "Reacting to the \u201cbaseless and provocative\u201d accusations, the Kessel Brigade summoned the envoy.",
        "Kessel Brigade",
    ),
    ("Reacting to the baseless accusations, the Kessel Brigade summoned the envoy on Tuesday.", "Kessel Brigade"),
    ("Responding to the false reports, the Kessel Brigade held a rally.", "Kessel Brigade"),
    ("Reacting to these \u201cfabricated\u201d claims, Dario Venn on Monday met the envoy.", "Dario Venn"),
    ("Denying the accusations, the Kessel Brigade summoned the envoy on Tuesday.", "Kessel Brigade"),
    ("Rejecting the claims, Dario Venn on Monday met the envoy.", "Dario Venn"),
    ("Brushing aside the accusations, the Kessel Brigade held a rally.", "Kessel Brigade"),
]


@pytest.mark.parametrize(("text", "denier"), OPENINGS)
def test_an_opening_clause_of_denying_gives_the_denial_to_the_main_clause_subject(text, denier):
    # 'Reacting to the "baseless" accusations, Iran summoned the envoy' as 'Rejecting the accusations, Iran said
    # ...': the subject after the clause denies, whatever its verb (with no verb of saying, nothing was drafted)
    got = said("en", CHARGE, text)
    assert [(k, s) for k, s, _ in got][1:] == [("denial", denier)], text


@pytest.mark.parametrize(
    "text",
    [
        "Reacting to the accusations, the Kessel Brigade summoned the envoy on Tuesday.",
        "Responding to the protests, the Kessel Brigade held a rally.",
        "Rejecting the proposal, the council held a vote.",
    ],
)
def test_an_opening_clause_with_no_judgement_or_no_claim_is_no_denial(text):
    got = said("en", CHARGE, text)
    assert [k for k, _, _ in got][1:] == [], text


def test_an_opening_clause_of_denying_before_said_is_read_as_before():
    got = said("en", CHARGE, "Responding to the baseless accusations, the Kessel Brigade said it would protest.")
    assert [(k, s) for k, s, _ in got][1:] == [("denial", "Kessel Brigade")]


# --- rumours warned against: a denial of them ---------------------------------------------------------------------------

RUMOURS = [
    "Lev Arno warned against similar media rumours about alleged Kessel Brigade involvement in the war.",
    "Lev Arno warned against rumors about the brigade.",
    "Lev Arno warned against rumours that the brigade had fled.",
    "Lev Arno cautioned the public against believing rumours about the raid.",
    "Lev Arno on Monday warned citizens against media rumours of a pullout.",
    "Lev Arno warns against the rumours of a rift.",
]


@pytest.mark.parametrize("text", RUMOURS)
def test_rumours_warned_against_are_denied(text):
    # 'X warned against similar media rumours about ...' as 'X dismissed the rumours' (it was read as X's claim)
    got = said("en", "Dario Venn denied the reports.", text)
    assert [(k, s) for k, s, _ in got][1:] == [("denial", "Lev Arno")], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno warned against spreading rumours about the brigade.",
        "Lev Arno warned against attacks.",
        "Lev Arno warned against rumours.",
    ],
)
def test_spreading_rumours_or_another_thing_warned_against_is_no_denial(text):
    got = said("en", "Dario Venn denied the reports.", text)
    assert [k for k, _, _ in got][1:] == ["reported"], text


def test_reports_that_after_a_verb_stay_its_object():
    # 'The ministry also rejected reports that ...': 'reports' is what was rejected, not a verb of 'the ministry
    # also rejected' (a subject of three lowercase words)
    got = said("en", "Lev Arno denied the raid.", "The ministry also rejected reports that the brigade fled.")
    assert [k for k, _, _ in got][1:] == ["denial"]
