"""English, round 29 of issue 17, walk-through (outlet copy on the Afghan Taliban and Pakistan, Somalia's foreign
minister, Darfur's rebels, Turkey and the Syrian Kurds, Hezbollah on the Israeli border), wrong speakers:

- an appositive after a name that ends in another person, the object of a preposition with a title of its own
  written in lower case ('X, a commander from the faction headed by exiled leader Y, told Reuters', 'X, an adviser
  to veteran commander Y, said'): X speaks, not Y;
- "the Minister of Foreign Affairs" with no name after it, once the article has named the holder of that office:
  the holder speaks, not a person called 'Foreign Affairs';
- words in marks inside a clause of its own after the main verb ('X denied any role after Y said it had stopped
  "gunmen"') are Y's words, not X's: X's denial cites its own words only, and 'it' in the next sentence is X;
- words in marks followed by a clause of time ('"a lie," hours after Israel said ...') are the first speaker's;
- a dateline whose dash is two hyphens ('KESSEL (AP) --') is no part of the subject;
- whom a denier assured is not what it denied ('assured Veloria that its fighters were not involved');
- 'said there were no military operations in that area' is a denial, as 'there had been no clashes' is.

Made-up names only. Guards: 'The spokesman of the Kessel Brigade Brigadier General Lev Arno denied' is still Lev
Arno; 'ministry spokesman Lev Arno' is still Lev Arno; an office holder named in full is still that person.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, built, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- a person named inside an appositive, after a preposition -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We hold the hills," Omar Deng, a commander from the Kessel faction headed by exiled leader Tarek Amin Lual, '
        "told Reuters.",
        '"We hold the hills," Omar Deng, a commander from the Kessel faction led by exiled leader Tarek Amin Lual, '
        "told AFP.",
        '"We hold the hills," Omar Deng, a fighter with the faction headed by the exiled leader Tarek Lual, said.',
        "Omar Deng, a commander from the faction headed by exiled leader Tarek Amin Lual, said the army had attacked.",
        "Omar Deng, a commander from the faction headed by exiled leader Tarek Amin Lual, denied the reports.",
        "Omar Deng, a commander from the faction headed by its leader Tarek Amin Lual, denied the reports.",
        "Omar Deng, a commander from the faction headed by veteran commander Tarek Amin Lual, denied the reports.",
        "Omar Deng, a commander from the faction headed by longtime chief Tarek Amin Lual, denied the reports.",
        "Omar Deng, an adviser to exiled leader Tarek Amin Lual, denied the reports.",
        "Omar Deng, a fighter loyal to veteran commander Tarek Lual, denied the reports.",
        "Omar Deng, the deputy of exiled leader Tarek Lual, denied the reports.",
    ],
)
def test_a_person_after_a_preposition_in_an_appositive_is_not_the_speaker(text: str) -> None:
    found = speakers("en", LEAD, text)
    assert found, text
    assert all(label == "Omar Deng" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The spokesman of the Kessel Brigade Brigadier General Lev Arno denied the reports.", "Lev Arno"),
        ("Kessel Brigade spokesman Lev Arno denied the reports.", "Lev Arno"),
        (
            "Omar Deng, a commander from the faction headed by rebel leader Tarek Amin Lual, denied the reports.",
            "Omar Deng",
        ),
        ("The exiled leader Tarek Amin Lual denied the reports.", "Tarek Amin Lual"),
        ("Veteran commander Tarek Lual denied the reports.", "Tarek Lual"),
    ],
)
def test_a_title_before_the_subject_still_names_it(text: str, speaker: str) -> None:
    assert [label for _, label in speakers("en", LEAD, text)] == [speaker]


# --- 'the Minister of Foreign Affairs' with no name after it ------------------------------------------------------


@pytest.mark.parametrize(
    "office",
    [
        "Minister of Foreign Affairs",
        "Minister of Internal Affairs",
        "Minister of Religious Affairs",
        "Minister of Public Works",
        "Secretary of Homeland Security",
        "Minister of Foreign Relations",
    ],
)
@pytest.mark.parametrize(
    "later",
    [
        "The {office} also said that the reports were spread to mislead the public.",
        "The {office} also denied the reports.",
        '"No car is missing," the {office} said.',
    ],
)
def test_a_minister_by_portfolio_alone_is_the_holder_named_before(office: str, later: str) -> None:
    first = f"The {office} Farah Ali Dool denied reports that cars owned by the ministry were seized by the militia."
    records = built("en", LEAD, first, later.format(office=office))
    people = [r for r in records if r["type"] == "actor"]
    assert [p["name"] for p in people] == ["Farah Ali Dool"], people
    for r in records:
        if r["type"] in ("claim", "denial"):
            speaker = r.get("claimant") or r.get("denier")
            assert speaker in ({"actor": "farah-ali-dool"}, {"described_as": f"the {office}"}), (r["summary"], speaker)


def test_a_body_named_after_an_office_is_still_a_body() -> None:
    found = speakers("en", LEAD, "The Director of the Kessel Border Guard said the crossing was closed.")
    assert found == [("reported", "Kessel Border Guard")] or found[0][1] != "the Director", found


# --- another speaker's clause after a denial --------------------------------------------------------------------


def _israel_index():
    from tests.draft.test_linking import state_index

    return state_index("israel", "Israel", "Q801")


def _cited_by(text: str) -> list[tuple[str, object, str]]:
    """(type, speaker field, cited words) of every claim and denial drafted."""
    return [
        (r["type"], r.get("denier") or r.get("claimant"), " | ".join(c["quote"] for c in r["citations"]))
        for r in built("en", LEAD, text, index=_israel_index())
        if r["type"] in ("claim", "denial")
    ]


@pytest.mark.parametrize(
    ("text", "theirs", "other"),
    [
        (
            "The Kessel Brigade denied any involvement in the clash after the Jewish state said it had repelled an "
            'attack by "gunmen".',
            "gunmen",
            {"actor": "israel"},
        ),
        (
            'The Kessel Brigade denied any role in the clash after Israel said it had stopped "terrorists" at the border.',
            "terrorists",
            {"actor": "israel"},
        ),
        (
            'The militia denied any role in the clash after the army said it had killed "infiltrators" near the border.',
            "infiltrators",
            {"described_as": "the army"},
        ),
        (
            'The Kessel Brigade denied the reports, hours after Israel said it had stopped "terrorists".',
            "terrorists",
            {"actor": "israel"},
        ),
        (
            'The Kessel Brigade denied the reports as Israel said its troops had stopped "terrorists".',
            "terrorists",
            {"actor": "israel"},
        ),
    ],
)
def test_a_denial_does_not_cite_anothers_clause_after_it(text: str, theirs: str, other: object) -> None:
    found = _cited_by(text)
    denials = [(who, cited) for kind, who, cited in found if kind == "denial"]
    assert len(denials) == 1, found
    assert theirs not in denials[0][1], denials
    assert any(kind == "claim" and who == other and theirs in cited for kind, who, cited in found), found


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            'The brigade rejected the charge as "baseless", after the army said it had found weapons.',
            "baseless",
            "the brigade",
        ),
        (
            'The brigade called the report "a lie," hours after Israel said it had found weapons.',
            "a lie,",
            "the brigade",
        ),
        (
            'The brigade called the report "a lie," shortly after Israel said it had found weapons.',
            "a lie,",
            "the brigade",
        ),
        (
            'The brigade called the report "a lie," a day after Israel said it had found weapons.',
            "a lie,",
            "the brigade",
        ),
        ('The brigade called the report "a lie", before Israel said it had found weapons.', "a lie", "the brigade"),
        (
            'Hezbollah denied any role, calling the reports "lies", after Israel said it had stopped gunmen.',
            "lies",
            "Hezbollah",
        ),
    ],
)
def test_words_in_marks_before_another_clause_are_the_first_speakers(text: str, quoted: str, speaker: str) -> None:
    units = analyse("en", LEAD, text, index=_israel_index()).units
    pairs = [(a.quote.text, u.speaker.label) for u in units for a in u.attributions]
    assert (quoted, speaker) in pairs, pairs
    assert all(s == speaker for q, s in pairs if q == quoted), pairs


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            '"We were not there," the brigade said, after Israel said it had found weapons.',
            "We were not there,",
            "the brigade",
        ),
        ('"We were not there," said Lev Arno.', "We were not there,", "Lev Arno"),
    ],
)
def test_attributions_after_a_quotation_still_hold(text: str, quoted: str, speaker: str) -> None:
    units = analyse("en", LEAD, text, index=_israel_index()).units
    pairs = [(a.quote.text, u.speaker.label) for u in units for a in u.attributions]
    assert (quoted, speaker) in pairs, pairs


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            'The Kessel Brigade denied any role in the clash after the Jewish state said it had stopped "gunmen".',
            'The brigade "confirms that it did not open fire", it said in a statement.',
        ),
        (
            'The Kessel Brigade denied any role in the clash after Israel said it had stopped "gunmen".',
            "It said none of its fighters had been hurt.",
        ),
        (
            "The Kessel Brigade denied any role in the clash as the army said it had killed three gunmen.",
            "It said none of its fighters had been hurt.",
        ),
        (
            "The Kessel Brigade denied any role in the clash, hours after the army said it had killed three gunmen.",
            '"None of our fighters was there," it said.',
        ),
    ],
)
def test_it_after_a_clause_of_time_is_the_main_clauses_subject(first: str, then: str) -> None:
    units = analyse("en", LEAD, first, then, index=_israel_index()).units
    last = [u for u in units if u.number == 4]
    assert last and all(u.speaker.label == "Kessel Brigade" for u in last), [(u.kind, u.speaker.label) for u in units]


# --- a dateline with a double hyphen ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "KESSEL --",
        "KESSEL -- ",
        "KESSEL (AP) --",
        "KESSEL, Velor (AP) --",
        "NORTH KESSEL --",
        "KESSEL -",
        "KESSEL \u2014",
    ],
)
@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            'The Kessel Brigade on Wednesday rejected claims of a role in the attacks, calling them "irresponsible."',
            "denial",
        ),
        ("The Kessel Brigade said on Wednesday that its fighters had left the town.", "reported"),
    ],
)
def test_a_dateline_with_a_double_hyphen_is_no_part_of_the_subject(dateline: str, body: str, kind: str) -> None:
    units = analyse("en", f"{dateline} {body}".replace("  ", " ")).units
    assert [(u.kind, u.speaker.label) for u in units] == [(kind, "Kessel Brigade")]


# --- whom a denier assured is not what it denied ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade has assured Veloria that its fighters were not involved.",
        "The Kessel Brigade assured the envoy that its fighters were not involved.",
        "The Kessel Brigade assured the visiting UN envoy that its fighters were not involved.",
        "The Kessel Brigade reassured Veloria that its fighters were not involved.",
        "The Kessel Brigade assures Veloria that its fighters were not involved.",
    ],
)
def test_whom_a_denier_assured_is_not_what_it_denied(text: str) -> None:
    denials = [r for r in built("en", LEAD, text) if r["type"] == "denial"]
    assert [d["denied"] for d in denials] == ["its fighters were involved"], denials
    assert denials[0]["summary"].startswith("Kessel Brigade says") or denials[0]["summary"].startswith(
        "Kessel Brigade said"
    ), denials[0]["summary"]


# --- no operations of a kind of force --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Army spokesman Brigadier Lev Arno said there were no military operations in that area recently.",
        "Lev Arno said there had been no armed clashes near the town.",
        "Lev Arno said there were no fresh attacks on the town.",
        "Lev Arno said there was no ground incursion into the valley.",
    ],
)
def test_no_operations_of_a_kind_of_force_is_a_denial(text: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", "Lev Arno")]


def test_no_new_things_of_another_kind_is_no_denial() -> None:
    assert speakers("en", LEAD, "Lev Arno said there were no new cases in the town.") == [("reported", "Lev Arno")]
