"""English, round 32 of issue 17, walk-through (a coalition spokesman on a convoy near a border, Nigeria's army on
reports of soldiers killed and of protesters shot, the Taliban's spokesman on a tweet):

- a verb inside a relative clause with a preposition ('a tweet in which he claimed the group had ...') belongs to
  what is denied, not to a later speaker: 'denied that a tweet in which he claimed X had been sent from Y' denies it
  all;
- a judgement set first may judge reports with a word before them ('dismissed as blatant lie, media reports that ...'):
  the reports are denied, not 'as blatant lie, ...';
- a body's name joined by a spaced dash ('Joint Task Force - Operation Kessel Shield spokesman Lev Arno said') starts
  the speaker set after the words, as it does without the dash; and reports called false with a longer subject
  ('Reports about a raid on a convoy near the border are false') deny the reports;
- the reason given after a denial in the speaker's own words ('the commander was not present, as he was attending a
  meeting') is no part of what is denied: turned, it would say the opposite of the reason;
- 'dismissing it as propaganda' after 'said the report was ...' denies the report, not 'it';
- 'Chief of Army Staff' is an office: 'Army Staff' is no body, and 'the army' later is not it; nor is 'the army' a
  body whose name the word only opens ('Director of Army Public Relations').

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

LEAD = "Talks resumed in Kessel on Sunday."


def _denied(*paragraphs: str) -> list[str]:
    return [r["denied"] for r in built("en", LEAD, *paragraphs) if r["type"] == "denial"]


# --- a verb inside 'in which he claimed' is part of what is denied --------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The brigade's spokesman on Saturday denied that a message in which he claimed the brigade had shot down "
            "a drone had been sent from Veloria.",
            "that a message in which he claimed the brigade had shot down a drone had been sent from Veloria",
        ),
        (
            "Lev Arno denied that a statement in which he said the brigade had seized the town was his.",
            "that a statement in which he said the brigade had seized the town was his",
        ),
        (
            "Lev Arno denied that a letter in which he claimed victory had been written in Veloria.",
            "that a letter in which he claimed victory had been written in Veloria",
        ),
        (
            "Lev Arno denied that a post in which the brigade claimed the raid had come from his account.",
            "that a post in which the brigade claimed the raid had come from his account",
        ),
        (
            "Lev Arno denied that a video in which they announced the raid had been filmed in Veloria.",
            "that a video in which they announced the raid had been filmed in Veloria",
        ),
    ],
)
def test_a_verb_in_a_relative_clause_with_a_preposition_is_denied(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade denied the raid in a statement in which it said the town was calm.",
        "The brigade denied the raid in a video in which its commander said the town was calm.",
    ],
)
def test_the_writing_a_denial_was_made_in_is_no_part_of_it(text: str) -> None:
    assert _denied(text) == ["the raid"]


def test_a_later_speaker_after_the_object_still_ends_it() -> None:
    assert _denied("Lev Arno denied that the brigade had shelled Tarn after Dario Venn said it had.") == [
        "that the brigade had shelled Tarn"
    ]


# --- a judgement set first, before reports with a word of their own -------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The Kessel Brigade has dismissed as blatant lie, media reports that six fighters were killed at Tarn.",
            "media reports that six fighters were killed at Tarn",
        ),
        (
            "The Kessel Brigade dismissed as a blatant lie, social media reports that its fighters had left Tarn.",
            "social media reports that its fighters had left Tarn",
        ),
        (
            "The ministry dismissed as pure fabrication, online claims that its troops had left Tarn.",
            "online claims that its troops had left Tarn",
        ),
        (
            "The ministry has dismissed as baseless, press reports that it had closed the border.",
            "press reports that it had closed the border",
        ),
    ],
)
def test_a_judgement_set_first_before_qualified_reports(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


def test_a_judgement_set_first_before_the_reports_is_as_before() -> None:
    assert _denied("The ministry dismissed as a lie, claims that its troops had left Tarn.") == [
        "claims that its troops had left Tarn"
    ]


# --- a body's name with a spaced dash, set after the words; a longer subject called false -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reports about a raid on a convoy are false, Joint Task Force - Operation Kessel Shield (JTF-OKS) spokesman "
        "Lev Arno said in a statement on Tuesday.",
        "Reports about a raid on a convoy are false, Joint Task Force - Operation Kessel Shield spokesman Lev Arno "
        "said.",
        "Reports about a raid on a convoy are false, Task Force - Kessel spokesman Lev Arno told reporters.",
    ],
)
def test_a_body_with_a_spaced_dash_starts_the_speaker_after_the_words(text: str) -> None:
    assert _denied(text) == ["Reports about a raid on a convoy"]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "Reports about a raid on a convoy near the border are false, spokesman Lev Arno said.",
            "Reports about a raid on a convoy near the border",
        ),
        (
            "Recent reports about a militia attack on a contract convoy near the border with Veloria are false, "
            "Lev Arno said in a statement on Tuesday.",
            "Recent reports about a militia attack on a contract convoy near the border with Veloria",
        ),
        (
            "The claims about a rocket attack on a base near the airport in Tarn are baseless, Lev Arno said.",
            "The claims about a rocket attack on a base near the airport in Tarn",
        ),
    ],
)
def test_longer_reports_called_false_are_denied(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


# --- the reason after a denial in the speaker's own words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "In a statement on Tuesday, the brigade's spokesman, Lev Arno, clarified that the commander was not "
            "present at the scene, as he was attending a meeting in Tarn.",
            "the commander was present at the scene",
        ),
        (
            "Lev Arno said the commander was not present at the scene, as he was attending a meeting in Tarn.",
            "the commander was present at the scene",
        ),
        ("Lev Arno said the commander was not in Tarn, because he was abroad.", "the commander was in Tarn"),
        (
            "Lev Arno said that the brigade did not fire the shells, since it has no artillery.",
            "the brigade did fire the shells",
        ),
        (
            "Lev Arno insisted the commander had not been at the scene, as he was in a meeting.",
            "the commander had been at the scene",
        ),
    ],
)
def test_the_reason_after_a_denial_is_not_denied(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


# --- 'dismissing it as ...' after the report named --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The source said that the report was a misrepresentation of facts, dismissing it as pure propaganda.",
            "the report",
        ),
        ("The spokesman said the claim was a distortion, dismissing it as propaganda.", "the claim"),
        ("Lev Arno said these reports were a distortion, dismissing them as propaganda.", "these reports"),
    ],
)
def test_dismissing_it_after_the_report_denies_the_report(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


def test_rejecting_the_report_then_calling_it_is_as_before() -> None:
    assert _denied("Lev Arno rejected the report, calling it propaganda.") == ["the report"]


# --- 'Chief of Army Staff' is an office --------------------------------------------------------------------------


def _names(*paragraphs: str) -> list[str]:
    return [r["name"] for r in built("en", LEAD, *paragraphs) if r["type"] in ("actor", "group")]


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the commander was attending the Chief of Army Staff\u2019s weekly briefing.",
        "Lev Arno said the commander was attending the Chief of Defence Staff's weekly briefing.",
        "Lev Arno, the Chief of Army Staff, said the troops had left.",
        "The Deputy Chief of Army Staff, Lev Arno, said the troops had left.",
    ],
)
def test_chief_of_army_staff_is_an_office(text: str) -> None:
    assert _names(text) == ["Lev Arno"]


def test_the_army_after_the_chief_of_army_staff_is_no_staff() -> None:
    records = built(
        "en",
        LEAD,
        "Lev Arno said the commander was attending the Chief of Army Staff\u2019s weekly briefing.",
        "According to the army, \u201cthe troops repelled the attack.\u201d",
    )
    assert "Army Staff" not in [r.get("name") for r in records]
    assert all(r.get("claimant", {}).get("actor") != "army-staff" for r in records)


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno, Director of Army Public Relations, said the commander was away.",
        "Lev Arno, head of Army Intelligence, said the commander was away.",
        "The Kessel Army said it had repelled the attack. Lev Arno, Director of Army Public Relations, said the "
        "commander was away.",
    ],
)
def test_the_army_is_no_body_the_word_only_opens(text: str) -> None:
    records = built("en", LEAD, text, "According to the army, \u201cthe troops repelled the attack.\u201d")
    claimants = [r["claimant"] for r in records if r["type"] == "claim"]
    assert claimants[-1].get("actor") not in ("army-public-relations", "army-intelligence")


# --- one word after an unnamed source at a body is the body's place ---------------------------------------------


def _speakers(*paragraphs: str) -> list[str]:
    return [
        r.get("claimant", r.get("denier")) for r in built("en", LEAD, *paragraphs) if r["type"] in ("claim", "denial")
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "A highly placed source at the 14 Brigade, Tarnova told Kessel Times that no soldier was killed in "
            "Tarnova.",
            "a highly placed source at the 14 Brigade",
        ),
        (
            "A senior official at the Kessel General Hospital, Dovra told reporters that no one had died.",
            "a senior official at the Kessel General Hospital",
        ),
        ("A source in the 3rd Division, Tarnova said the convoy was not attacked.", "a source in the 3rd Division"),
    ],
)
def test_a_place_after_a_source_at_a_body_is_no_speaker(text: str, who: str) -> None:
    assert _speakers(text) == [{"described_as": who}]


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the brigade, Lev Arno told reporters that no soldier was killed.",
        "A senior official at the ministry, Lev Arno, said the convoy was not attacked.",
        "A senior official at the ministry, Lev Arno said the convoy was not attacked.",
    ],
)
def test_a_name_after_a_description_still_speaks(text: str) -> None:
    assert _speakers(text) == [{"actor": "lev-arno"}]


# --- one body, its state written by name then by its adjective -----------------------------------------------------


def _bodies(*paragraphs: str) -> list[str | None]:
    return [
        (r.get("claimant") or r.get("denier") or {}).get("actor")
        for r in built("en", LEAD, *paragraphs)
        if r["type"] in ("claim", "denial")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Nigerian Army", "Nigeria Army"),
        ("Kenya Army", "Kenyan Army"),
        ("Somali Defence Ministry", "Somalia Defence Ministry"),
    ],
)
def test_a_body_with_its_state_by_name_or_adjective_is_one(first: str, second: str) -> None:
    found = _bodies(
        f"The {first} has dismissed reports that six soldiers were killed in Tarn.",
        f"According to the {second}, \u201ctroops carried out routine clearance operations.\u201d",
    )
    assert len(found) == 2 and found[0] == found[1]


def test_bodies_of_two_states_stay_two() -> None:
    found = _bodies(
        "The Kenyan Army has dismissed reports that six soldiers were killed in Tarn.",
        "According to the Somali Army, \u201ctroops carried out routine clearance operations.\u201d",
    )
    assert len(found) == 2 and found[0] != found[1]


@pytest.mark.parametrize(
    "text",
    [
        "Reports of a raid on a convoy are false, spokesman Lev Arno III said.",
        "Reports of a raid on a convoy are false, spokesman Lev Arno Jr. said.",
        "Lev Arno II denied reports of a raid on a convoy.",
    ],
)
def test_an_id_takes_the_surname_not_a_generational_suffix(text: str) -> None:
    ids = [r["id"] for r in built("en", LEAD, text) if r["type"] == "denial"]
    assert len(ids) == 1 and ids[0].startswith("arno-")
