"""Review of round 34's English rules that no one had reviewed (the lead's b3e4f17, r34-r3-en's 4a285467, r34-w3-en's
5482ea57): made-up sentences that showed a defect of each rule before its mend, and the cases it was written for.
Made-up names throughout.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, claimants, denied, record_kinds, said

LEAD = "Talks resumed in Port Sable on Sunday."


# --- 'neither recent nor genuine': a conjunction, a preposition or 'either' after the last word opens no noun -------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the videos were neither recent nor genuine according to the brigade.",
        "Lev Arno said the videos were neither recent nor genuine in any way.",
        "Lev Arno said the photographs were neither new nor authentic either.",
        "Lev Arno said the videos were neither recent nor genuine.",
    ],
)
def test_neither_nor_genuine_before_a_preposition_still_calls_it_false(text: str) -> None:
    assert [k for k, _, _ in said("en", LEAD, text)][:1] == ["denial"]


def test_neither_nor_genuine_before_a_noun_calls_nothing_false() -> None:
    text = "Lev Arno said neither the army nor genuine aid groups had entered Dorna."
    assert "denial" not in [k for k, _, _ in said("en", LEAD, text)]


# --- a clause an empty 'it' calls untrue, a word that makes the judgement whole before it -----------------------------


@pytest.mark.parametrize(
    "text, what",
    [
        ("Lev Arno said it was simply not true that troops had entered the town.", "troops had entered the town"),
        ("Lev Arno said it was absolutely untrue that troops had entered the town.", "troops had entered the town"),
        ("Lev Arno said it is completely false that the brigade had shelled Dorna.", "the brigade had shelled Dorna"),
        ("Lev Arno said it is just not true that the brigade had shelled Dorna.", "the brigade had shelled Dorna"),
        ("Lev Arno said it was not true that troops had entered the town.", "troops had entered the town"),
    ],
)
def test_a_clause_called_wholly_untrue_is_what_is_denied(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


def test_a_clause_called_not_entirely_true_is_not_turned_round() -> None:
    text = "Lev Arno said it was not entirely true that troops had entered the town."
    assert "troops had entered the town" not in denied("en", LEAD, text)


# --- a name's other forms in brackets after words of naming, an adverb before them too --------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Kessel Brigade (formerly known as Liwa Kessel) denied the allegations.", "Kessel Brigade"),
        ("The Kessel Brigade (previously called the Brigade of the Gate) denied the allegations.", "Kessel Brigade"),
        (
            "The spokesman for the Kessel Brigade (once known as the Brigade of the Gate) denied the allegations.",
            "the spokesman for the Kessel Brigade",
        ),
        ("The Kessel Brigade (also known as Liwa Kessel) denied the allegations.", "Kessel Brigade"),
    ],
)
def test_other_names_in_brackets_after_an_adverb_leave_the_subject_speaking(text: str, speaker: str) -> None:
    assert [(k, s) for k, s, _ in said("en", LEAD, text)] == [("denial", speaker)]


# --- a judgement set before the charge: every noun of charging ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, what",
    [
        (
            "The spokesman dismissed as part of a smear campaign charges that Veloria arms the brigade.",
            "charges that Veloria arms the brigade",
        ),
        (
            "The spokesman rejected as a ploy of the enemy assertions that Veloria arms the brigade.",
            "assertions that Veloria arms the brigade",
        ),
        (
            "The spokesman dismissed as part of a smear campaign allegations that Veloria arms the brigade.",
            "allegations that Veloria arms the brigade",
        ),
    ],
)
def test_a_judgement_set_before_any_charge_is_not_denied(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


# --- a name given to armed people in the plural or to a group, whatever words give it ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A group of fighters dubbed Dara Venn denied the allegations.",
        "A band of gunmen nicknamed Dara Venn denied the allegations.",
        "A group of fighters also known as Dara Venn denied the allegations.",
        "A group of fighters known as Dara Venn denied the allegations.",
    ],
)
def test_a_name_given_to_a_group_by_any_words_of_naming_is_a_bodys(text: str) -> None:
    assert record_kinds("en", LEAD, text).get("dara-venn") == "armed-group"


def test_a_name_given_to_one_commander_stays_a_persons() -> None:
    assert record_kinds("en", LEAD, "A rebel commander dubbed Dara Venn denied the allegations.").get("dara-venn") == (
        "person"
    )


# --- an '-ly' word in marks is the report's own after 'of', 'about' or 'that'; only right after the noun it says how --


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno said the brigade had read the Watch\'s claims of "costly" losses.',
        'Lev Arno said the brigade had read the Watch\'s claims about "costly" losses.',
        'Lev Arno said the brigade had read the Watch\'s claim that "friendly" fire killed them.',
        'Lev Arno said the brigade had read the Watch\'s claims of "heavy" losses.',
    ],
)
def test_an_ly_word_after_what_the_report_says_is_its_own(text: str) -> None:
    assert [s for _, s, _ in said("en", LEAD, text)] == ["Watch"]


def test_an_ly_word_right_after_the_reports_noun_only_says_how() -> None:
    text = 'Lev Arno said the brigade had read the Watch\'s report "carefully".'
    assert "Watch" not in [s for _, s, _ in said("en", LEAD, text)]


# --- 'X said that Y, a claim that Z denied': after any verb of saying, and a plural charge with no article ------------


@pytest.mark.parametrize(
    "text, what",
    [
        (
            "The army said that its jets hit two rebel camps, a claim that Lev Arno denied.",
            "its jets hit two rebel camps",
        ),
        (
            "The army said that its jets had destroyed two rebel camps, claims that Lev Arno denied.",
            "its jets had destroyed two rebel camps",
        ),
        (
            "Officials in Kessa claimed the rebels had lost forty men, allegations the group's spokesman rejected.",
            "the rebels had lost forty men",
        ),
        (
            "The army said that its jets had destroyed two rebel camps, a claim that Lev Arno denied.",
            "its jets had destroyed two rebel camps",
        ),
    ],
)
def test_the_clause_a_charge_sums_up_is_what_is_denied(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


# --- a verb of denying in its base form opening marks after a verb of saying and a comma is a call ---------------------


@pytest.mark.parametrize(
    "text",
    [
        'The commander told his men, "Deny everything."',
        'Lev Arno told the crowd in Dorna, "Reject their reports of a raid."',
        'Lev Arno said, "Refute every rumour you hear."',
        'The commander told his men: "Deny everything."',
    ],
)
def test_a_call_to_deny_after_a_comma_is_no_denial(text: str) -> None:
    assert "denial" not in [k for k, _, _ in said("en", LEAD, text)]


def test_a_subject_with_an_aside_still_denies_in_marks() -> None:
    text = 'The residents, most of them farmers, "firmly reject" the reports of a raid, Lev Arno said.'
    assert "denial" in [k for k, _, _ in said("en", LEAD, text)]


# --- not having been told, a word of manner before the participle too: no denial -------------------------------------

WARNED = "The rebels said the army had warned the villagers before the strike."


@pytest.mark.parametrize(
    "words, kind",
    [
        ("he was not properly informed of the strike", "claim"),
        ("he had not been formally notified of the strike", "claim"),
        ("he was not officially told of the strike", "claim"),
        ("he was not told of the strike", "claim"),
        ("the army had not properly warned the villagers", "denial"),
    ],
)
def test_not_having_been_told_with_an_adverb_is_still_no_denial(words: str, kind: str) -> None:
    assert claimants("en", LEAD, WARNED, f"Tarek Vossel, an army spokesman, said {words}.")[-1] == (
        kind,
        "tarek-vossel",
    )


# --- a record found by the end of its name: a state's name of several words is read whole ------------------------------


def _ministry_index(state: str) -> NameIndex:
    index = NameIndex()
    name = f"{state} Ministry of Interior"
    index.add(name, Known("the-ministry", "actor", "ministry", name))
    index.add(f"{state}'s interior ministry", Known("the-ministry", "actor", "ministry", name))
    return index


def _linked(state: str, *paragraphs: str) -> set[str]:
    out: set[str] = set()
    for d in built("en", LEAD, *paragraphs, index=_ministry_index(state)):
        if d["type"] in ("claim", "denial"):
            who = d.get("denier") or d.get("claimant") or {}
            out.add(str(who.get("actor", who.get("described_as"))))
    return out


SAID_BY_THE_MINISTRY = "\u201cThe men were planning another attack,\u201d the interior ministry said in a statement."


@pytest.mark.parametrize("state", ["South Sudan", "North Korea", "Dominican Republic"])
def test_the_ministry_of_a_state_of_several_words_named_is_linked(state: str) -> None:
    assert "the-ministry" in _linked(state, f"Police in {state} arrested four men on Monday.", SAID_BY_THE_MINISTRY)


def test_the_ministry_of_south_sudan_is_not_sudans() -> None:
    assert "the-ministry" not in _linked(
        "South Sudan", "Police in Sudan arrested four men on Monday.", SAID_BY_THE_MINISTRY
    )


@pytest.mark.parametrize(
    "text",
    [
        "A band of guerillas known as Dara Venn denied the allegations.",
        "A band of jihadis known as Dara Venn denied the allegations.",
        "A band of guerrillas known as Dara Venn denied the allegations.",
    ],
)
def test_a_name_given_to_armed_people_in_either_spelling_is_a_bodys(text: str) -> None:
    assert record_kinds("en", LEAD, text).get("dara-venn") == "armed-group"


# --- a people's adjective by faith or descent before a name on file with its people's adjective is no other state's --


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Dorna said the Kurdish Varda Front had no role in the raid.", True),
        ("Dorna said Jewish Varda Front members had no role in the raid.", True),
        ("Dorna said the Balochi Varda Front had no role in the raid.", True),
        ("Dorna said the Baluchi Varda Front had no role in the raid.", True),
        ("Dorna said the Sunni Varda Front had no role in the raid.", True),
        ("Dorna said the Kesselian Varda Front had no role in the raid.", False),
    ],
)
def test_a_peoples_adjective_by_descent_keeps_the_name_on_file(text: str, linked: bool) -> None:
    from tests.draft.test_consistency_en_m34 import _varda_index

    assert ("varda-front" in [k.id for _, _, k in _varda_index().scan(text)]) == linked
