"""English, round 32: a review of round 31's English rules, each defect shown by made-up sentences first:

- a short lead-in that ends with its verb of saying ('The KCK's statement said.') says nothing; but a short claim
  with its speaker after it ('Ten soldiers died, the army said.') says something, and stays a claim;
- 'no' before the words a subject ends with says no one spoke ('no official had confirmed'), but not 'No' inside a
  name ('a spokesman for the No Borders Network said') nor 'no' inside a relative clause of the subject ('an official
  who had no authority to speak said');
- a plural of a word written capitalised is a body ('Houthis said' after 'Houthi fighters'), but not a people by its
  faith, sect or descent ('Muslims', 'Sunnis', 'Arabs'), whom no one body speaks for, as 'Iraqis';
- an honorific that ends a name after a title ('Col Osman Nuh Hajji') is part of the name, but an honorific alone
  ('the Sheikh said') is still the title of the person named so before;
- a headline's label is a dateline only when it is a place: 'Varda Front: ...' over 'the Varda Front media office
  said' is the front's;
- 'the kingdom' is no country whose full name says it is another kind of state (not Iran, an Islamic Republic);
- 'the rights group' is never an armed body, the last that spoke or the last named;
- a writing posted on some channel ('on a news website', 'on a pro-army Telegram channel') names no owner;
- 'identified by Reuters' names who identified, not the name ('identified as' does);
- backing a side denied by its name is one name, the whole object ('does not arm Kessel'), not a person, a plan or a
  school ('does not back Lev Arno in the race', 'does not fund Kessel University').

Made-up names only.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, built

LEAD = "Talks resumed in Kessel on Sunday."


def _units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted."""
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs).units]


# --- a short claim with its speaker after it is no lead-in ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ten soldiers died, the army said.", "the army"),
        ("The camp is closed now, Lev Arno said.", "Lev Arno"),
        ("Two convoys were hit, the brigade added.", "the brigade"),
        ("The road is open again, the Varda Front stated.", "Varda Front"),
    ],
)
def test_a_short_claim_with_its_speaker_after_it_is_a_claim(text: str, speaker: str) -> None:
    assert _units(text) == [("reported", speaker)]


def test_a_lead_in_still_says_nothing() -> None:
    units = _units(
        "The Varda Front's statement said.",
        "\u201cWe categorically deny these allegations, which are lies,\u201d the front said.",
    )
    assert [k for k, _ in units] == ["denial"]


# --- 'no' says no one spoke, but not inside a name or a relative clause --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokesman for the No Borders Network said the camp was closed.", "a spokesman for the No Borders Network"),
        ("The No Surrender Front said the camp was closed.", "Surrender Front"),  # (the name as read, 'No' left out)
        ("An official who had no authority to speak to the press said the camp was closed.", "an official"),
        ("A guard who saw no one at the gate said the camp was closed.", "a guard"),
    ],
)
def test_no_inside_a_name_or_a_relative_clause_speaks(text: str, speaker: str) -> None:
    assert _units(text) == [("reported", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "No official has confirmed the raid.",
        "So far no minister has denied the report.",
        "No government or security official in Kessel was confirming the incident.",
    ],
)
def test_no_one_still_speaks_no_one(text: str) -> None:
    assert _units(text) == []


def test_a_speaker_before_no_one_still_speaks() -> None:
    assert ("reported", "Lev Arno") in _units("Lev Arno said no official had confirmed the raid.")


# --- a people by its faith, sect or descent is no body -------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("On Monday, Muslim leaders met in Kessel.", "Muslims said on Monday they had been attacked."),
        ("On Monday, Christian leaders met in Kessel.", "Christians said on Monday they had been attacked."),
        ("On Monday, Sunni leaders met in Kessel.", "Sunnis said on Monday they had been attacked."),
        ("On Monday, Arab leaders met in Kessel.", "Arabs said on Monday they had been attacked."),
        ("On Monday, Kurd leaders met in Kessel.", "Kurds said on Monday they had been attacked."),
    ],
)
def test_a_people_by_faith_or_descent_is_no_body(paragraphs: tuple[str, ...]) -> None:
    found = built("en", LEAD, *paragraphs, index=NameIndex())
    assert not [r for r in found if r["type"] == "actor" and r.get("kind") == "organization"]


def test_a_movement_by_its_members_name_is_still_a_body() -> None:
    found = built(
        "en", LEAD, "On Monday, Dorni fighters fired at the ship.", "Dornis said on Monday they had hit a tanker."
    )
    assert [r for r in found if r["type"] == "actor" and r.get("kind") == "organization"]


# --- an honorific alone is a title, not a name ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sheikh Lev Arno met the envoy on Monday. The Sheikh said the talks had failed.",
        "Sheikh Lev Arno met the envoy on Monday. Later, the Sheikh said the talks had failed.",
    ],
)
def test_an_honorific_alone_is_the_person_named_so(text: str) -> None:
    assert _units(text) == [("reported", "Lev Arno")]


def test_an_honorific_alone_is_no_name_of_its_own() -> None:
    units = _units("Sayyid Lev Arno met the envoy on Monday. The Sayyid said the talks had failed.")
    assert not [label for _, label in units if label.lower().endswith("sayyid")]


def test_an_honorific_ending_a_name_after_a_title_is_still_the_name() -> None:
    assert _units("Col Osman Nuh Hajji said the talks had failed.") == [("reported", "Osman Nuh Hajji")]


# --- a headline's label is a dateline only when it is a place ------------------------------------------------------


def _headline_units(*paragraphs: str) -> list[tuple[str, int, str]]:
    """(kind, paragraph, speaker label) of every unit drafted from ``paragraphs``, the first a headline."""
    from generator.draft.lang import attributor_for
    from generator.draft.text import read
    from generator.model.archive import ArchivedText

    index = NameIndex()
    index.add("Kessel", Known("kessel", "place", "city", "Kessel"))
    text = "\n\n".join(paragraphs) + "\n"
    found = attributor_for("en").analyse(read(ArchivedText(text)), index, set())
    return [(u.kind, u.paragraph.number, u.speaker.label) for u in found.units]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Varda Front: reports of talks are false",
            "The Varda Front media office said on Monday that reports of talks were false.",
        ),
        (
            "Dornis: reports of talks are false",
            "The Dornis political bureau said on Monday that reports of talks were false.",
        ),
        (
            "Marnoz: reports of talks are false",
            "Marnoz's media office said on Monday that reports of talks were false.",
        ),
    ],
)
def test_a_body_before_a_headline_colon_speaks_through_its_office(paragraphs: tuple[str, ...]) -> None:
    assert [u for u in _headline_units(*paragraphs) if u[1] == 1]


def test_a_place_before_a_headline_colon_is_still_a_dateline() -> None:
    units = _headline_units(
        "Kessel: reports of talks are false", "The Kessel city council said on Monday that reports of talks were false."
    )
    assert [u for u in units if u[1] == 1] == []


# --- 'the kingdom' is no country whose full name says it is another kind of state ----------------------------------


def _last_speakers(*paragraphs: str) -> list[str]:
    """The speakers of the units drafted from the last paragraph."""
    last = len(paragraphs) + 2
    return [u.speaker.label for u in analyse("en", LEAD, *paragraphs).units if u.number == last]


@pytest.mark.parametrize(
    ("paragraphs", "wrong"),
    [
        (("Iran denied the report.", "The kingdom said it would send aid to the port."), "Iran"),
        (("Egypt denied the report on Monday.", "The kingdom said it would send aid to the port."), "Egypt"),
        (("Iran denied the report.", "The sultanate said it would send aid to the port."), "Iran"),
        (("Saudi Arabia denied the report.", "The republic said it would send aid to the port."), "Saudi Arabia"),
    ],
)
def test_the_kingdom_is_no_republic(paragraphs: tuple[str, ...], wrong: str) -> None:
    assert wrong not in _last_speakers(*paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "country"),
    [
        (("Iran denied the report.", "The Islamic republic said it would send aid to the port."), "Iran"),
        (("Jordan denied the report.", "The Hashemite kingdom said it would send aid to the port."), "Jordan"),
        (("Qatar denied the report.", "The emirate said it would send aid to the port."), "Qatar"),
        (("Oman denied the report.", "The sultanate said it would send aid to the port."), "Oman"),
        (
            ("Iran denied the report.", "On Monday, Saudi Arabia sent aid.", "The kingdom said it would send more."),
            "Saudi Arabia",
        ),
    ],
)
def test_the_kingdom_is_still_the_country_of_that_kind(paragraphs: tuple[str, ...], country: str) -> None:
    assert _last_speakers(*paragraphs) == [country]


# --- 'the rights group' is never an armed body ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Kessel Brigade denied killing villagers on Monday.",
            "The rights group said it had evidence of the killings.",
        ),
        ("The Kessel Brigade denied killing villagers on Monday.", "The aid group said its staff had seen the bodies."),
        (
            "The Varda Front denied killing villagers on Monday.",
            "The humanitarian organisation said it had evidence of the killings.",
        ),
        (
            "A report by Dorn Monitors accused the Kessel Brigade of killing villagers.",
            "The Kessel Brigade denied the report on Monday.",
            "The rights group said it had evidence of the killings.",
        ),
    ],
)
def test_a_civil_body_by_its_kind_is_no_armed_body(paragraphs: tuple[str, ...]) -> None:
    assert _last_speakers(*paragraphs) not in (["Kessel Brigade"], ["Varda Front"])


# --- a writing posted on some channel names no owner -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A statement published on a news website said the talks had failed.",
        "A statement posted on a pro-army Telegram channel said the talks had failed.",
        "A statement posted on an opposition website said the talks had failed.",
        "A statement carried on some Telegram channel said the talks had failed.",
    ],
)
def test_a_writing_on_some_channel_names_no_speaker(text: str) -> None:
    assert _units(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A statement posted in Kessel Brigade media said the talks had failed.", "Kessel Brigade"),
        ("A statement posted on the Varda Front's Telegram channel said the talks had failed.", "Varda Front"),
    ],
)
def test_a_writing_on_its_owner_s_channel_is_the_owner_s(text: str, speaker: str) -> None:
    assert _units(text) == [("reported", speaker)]


# --- 'identified by' names who identified, not the name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A fighter identified by Reuters said the town had fallen.",
        "A fighter, identified by Reuters, said the town had fallen.",
        "A soldier identified by Kessel Wire said the town had fallen.",
    ],
)
def test_identified_by_names_who_identified(text: str) -> None:
    # (the one identified speaks, or no one is read: never the one who identified him)
    assert not [label for _, label in _units(text) if label in ("Reuters", "Kessel Wire")]


def test_identified_by_in_an_aside_leaves_the_speaker() -> None:
    assert _units("A fighter, identified by Reuters, said the town had fallen.") == [("reported", "a fighter")]


@pytest.mark.parametrize(
    "text",
    [
        "A commander identified only as Abu Karim said the town had fallen.",
        "A commander, identified as Abu Karim, said the town had fallen.",
        "A commander known as Abu Karim said the town had fallen.",
    ],
)
def test_identified_as_still_names_the_speaker(text: str) -> None:
    assert _units(text) == [("reported", "Abu Karim")]


# --- backing a side by its name: one name, the whole object ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Varda Party said it does not back Lev Arno in the presidential race.",
        "The Varda Party said it does not back President Lev Arno's plan.",
        "The ministry said it does not fund UNICEF programmes in the north.",
        "The ministry said it does not fund Kessel University.",
    ],
)
def test_backing_a_person_a_plan_or_a_school_is_no_denial(text: str) -> None:
    assert [k for k, _ in _units(text)] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it does not arm Hezbollah.",
        "The ministry said it does not fund Hamas or any other group.",
        "The ministry said it does not arm the Kessel Brigade.",
        "\u201cWe do not fund any militia,\u201d the ministry said.",
    ],
)
def test_backing_an_armed_side_denied_is_still_a_denial(text: str) -> None:
    assert [k for k, _ in _units(text)] == ["denial"]
