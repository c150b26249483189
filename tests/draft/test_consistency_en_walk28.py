"""English, round 28 of issue 17, walk-through (outlet copy on Nigeria's task force, the Pakistani Taliban, Syrian
rebel factions and Nigeria's military):

- a body named with its kind after it opens the sentence: 'The Ahvar Al Dun group described the raids as "..."' is
  Ahvar Al Dun, not the last body named before (nor one named after, in a clause of its own);
- a name with an appositive that says it is a body ('X, an alliance of rebel groups, said', 'X, a militant group,')
  is a body, not a person: 'it' later is X;
- a name ending in 'Force' ('the Ardan Joint Task Force') is a body;
- 'X said the reports were "totally false"': the summary keeps what X called them (not 'X said the reports.');
- 'said in a statement on Friday in Kessel, that ...': where the words were said is no part of what was denied.

Made-up names only. Guards: a person described by a body's member ('X, a member of the group,') stays a person;
a person's office in a group ('X, a militia commander,') stays a person; 'the group' alone is still the last body
that spoke; a denial verb's judgement stays as it was.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, built, denied

LEAD = "Talks resumed in Kessel on Sunday."


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    """(quotation, speaker label) for every quotation drafted."""
    out = []
    for u in analyse("en", LEAD, *paragraphs).units:
        for a in u.attributions:
            out.append((a.quote.text, u.speaker.label))
    return out


def _records(*paragraphs: str) -> list[dict]:
    return built("en", LEAD, *paragraphs)


# --- a body named with its kind after it ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ahvar Al Dun group described Wednesday's raids as \u201ccowardly crimes\u201d.",
            [("cowardly crimes", "Ahvar Al Dun")],
        ),
        (
            "The Ahvar Al Dun group described Wednesday's raids as \u201ccowardly crimes\u201d and accused the army of "
            "provocation, an allegation also levelled by another hardline rebel group, Saraya Al Nur, which said the "
            "attacks had been \u201cstaged\u201d.",
            [("cowardly crimes", "Ahvar Al Dun"), ("staged", "Saraya Al Nur")],
        ),
        (
            "The Ardan Hills movement condemned the blasts as \u201ca crime against all of us\u201d.",
            [("a crime against all of us", "Ardan Hills")],
        ),
        (
            "The Velor Front group described the raids as \u201ccowardly crimes\u201d and accused the army of a massacre, a "
            "charge also made by another militia, Sabri Guards, which said the raids had been \u201cinvented\u201d.",
            [("cowardly crimes", "Velor Front"), ("invented", "Sabri Guards")],
        ),
        (
            "The Ahvar Al Dun faction called the shelling \u201ca war crime\u201d.",
            [("a war crime", "Ahvar Al Dun")],
        ),
    ],
)
def test_a_body_named_with_its_kind_after_it_speaks(text, expected) -> None:
    got = _quotes(text)
    assert got == expected, got


def test_the_group_alone_is_still_the_last_body_that_spoke() -> None:
    # (guard) no name before 'group': the group named before
    got = _quotes(
        "The Kessel Brigade denied the raid on Monday.",
        "The group described the reports as \u201cpure fabrication\u201d.",
    )
    assert got == [("pure fabrication", "Kessel Brigade")], got


# --- an appositive that says the name is a body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Velor Dun, an alliance of rebel groups, said it \u201cdenies any link to the explosions\u201d.",
        "Velor Dun, a rebel alliance, said it denied any link to the explosions.",
        "Velor Dun, an alliance of rebel groups dominated by the Kessel Front, said it denied any link to the blasts.",
        "Velor Dun, a militant group, said it denied any link to the explosions.",
        "Velor Dun, an armed faction, denied any link to the explosions.",
    ],
)
def test_a_name_an_appositive_calls_a_body_is_no_person(text) -> None:
    records = _records(text)
    kinds = {r["name"]: r.get("kind") for r in records if r["type"] in ("actor", "group")}
    assert kinds.get("Velor Dun") not in (None, "person"), kinds
    deniers = [r["denier"] for r in records if r["type"] == "denial"]
    assert deniers == [{"actor": "velor-dun"}] or deniers == [{"group": "velor-dun"}], deniers


@pytest.mark.parametrize(
    "later",
    [
        "\u201cOur targets are the barracks of the regime,\u201d it said on Telegram.",
        "\u201cOur targets are the barracks of the regime,\u201d it said in a statement.",
    ],
)
def test_it_after_a_name_an_appositive_calls_a_body(later) -> None:
    got = _quotes("Velor Dun, a rebel alliance, said it denied any link to the explosions.", later)
    assert got[-1] == ("Our targets are the barracks of the regime,", "Velor Dun"), got


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno, a member of the group, said the raid had failed.",
        "Lev Arno, a militia commander, said the raid had failed.",
        "Lev Arno, a spokesman for the alliance, said the raid had failed.",
        "Lev Arno, the group's spokesman, said the raid had failed.",
    ],
)
def test_a_person_described_by_a_body_stays_a_person(text) -> None:
    # (guard) the appositive's head is a person's office or membership, not the body
    kinds = {r["name"]: r.get("kind") for r in _records(text) if r["type"] in ("actor", "group")}
    assert kinds.get("Lev Arno") == "person", kinds


# --- a name ending in 'Force' ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ardan Joint Task Force on Friday denied any attack on its troops.",
        "The Multiregional Task Force (MRTF) on Friday denied any attack on its troops.",
        "The Kessel Quick Reaction Force denied any attack on its troops.",
    ],
)
def test_a_task_force_is_a_body(text) -> None:
    kinds = [r.get("kind") for r in _records(text) if r["type"] == "actor"]
    assert kinds and "person" not in kinds, kinds


# --- 'said the reports were "totally false"' ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "Lev Arno said the reports were \u201ctotally false\u201d and part of a \u201csmear campaign\u201d against "
            "the brigade.",
            "Lev Arno said the reports were \u201ctotally false\u201d.",
        ),
        (
            "Lev Arno said the reports were \u201ctotally false\u201d.",
            "Lev Arno said the reports were \u201ctotally false\u201d.",
        ),
        (
            "Lev Arno said the claims were \u201cbaseless\u201d and part of a \u201cpropaganda war\u201d against Veloria.",
            "Lev Arno said the claims were \u201cbaseless\u201d.",
        ),
        (
            "Lev Arno said the accusations were \u201ccompletely untrue\u201d and a \u201cfabrication\u201d.",
            "Lev Arno said the accusations were \u201ccompletely untrue\u201d.",
        ),
        (
            "Lev Arno said the allegations are \u201cutterly baseless\u201d.",
            "Lev Arno said the allegations are \u201cutterly baseless\u201d.",
        ),
    ],
)
def test_the_summary_keeps_what_the_reports_were_called(text, summary) -> None:
    got = [r["summary"] for r in _records(text) if r["type"] == "denial"]
    assert got == [summary], got


def test_a_denial_verbs_judgement_stays() -> None:
    # (guard) 'dismissed the reports as "totally false"' was summarised so before
    got = [
        r["summary"]
        for r in _records("Lev Arno dismissed the reports as \u201ctotally false\u201d.")
        if r["type"] == "denial"
    ]
    assert got == ["Lev Arno dismissed the reports as \u201ctotally false\u201d."], got


# --- where the words were said ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spokesman of the brigade, Col. Lev Arno, said in a statement on Friday in Kessel, that online reports on the "
        "purported raid were false.",
        "Lev Arno said in a statement on Friday in Kessel that online reports on the purported raid were false.",
        "Lev Arno said on Friday in Kessel, that online reports on the purported raid were false.",
        "Lev Arno said in a statement in Kessel that online reports on the purported raid were false.",
        "Lev Arno said in a statement on Friday in Port Vessel, that online reports on the purported raid were false.",
    ],
)
def test_where_the_denial_was_said_is_not_denied(text) -> None:
    got = denied("en", f"{LEAD}\n\n{text}")
    assert got == ["online reports on the purported raid"], got


# --- 'said it "denies ..."': the verb of denying in marks -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The Kessel Brigade said it \u201cdenies any link to the explosions\u201d.", "any link to the explosions"),
        (
            "The Kessel Brigade said it \u201ccategorically denies any role in the attack\u201d.",
            "any role in the attack",
        ),
        ("The Kessel Brigade said it \u201crejects all the accusations\u201d.", "all the accusations"),
        ("Lev Arno said he \u201cdenies any involvement in the raid\u201d.", "any involvement in the raid"),
        ("The Kessel Brigade said it denied any link to the explosions.", "any link to the explosions"),
    ],
)
def test_a_verb_of_denying_in_marks_denies_its_object(text, what) -> None:
    assert denied("en", f"{LEAD}\n\n{text}") == [what]


# --- an Arabic body's head word: 'Jabhat' (front) -------------------------------------------------------------------


def test_jabhat_names_a_body_and_its_short_name_is_the_same() -> None:
    got = _quotes(
        "Velor Dun, an alliance dominated by the former affiliate Jabhat Nasr Al Dun, said it denied any link.",
        "Nasr Al Dun had earlier claimed the raid. It also claimed to have \u201cpunished the traitors\u201d in Kessel.",
    )
    assert got[-1] == ("punished the traitors", "Jabhat Nasr Al Dun"), got
