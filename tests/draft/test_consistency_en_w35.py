"""Round 35, English walk-throughs of unseen articles (w-en): shapes an editor met in five real articles on armed
groups and officials, each written here with made-up names and places."""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, record_kinds, said, speakers


# An appositive opened by an office held to someone, ending with the name of the one served, whatever titles and
# bodies stand before that name: the person before the appositive speaks, not the one served.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lev Arno, media adviser to Kessel Brigade leader Dara Venn, denied on Monday that any talks were taking "
            "place with the council.",
            "Lev Arno",
        ),
        ("Tomas Rell, spokesman for Marden Front commander Ilya Sorn, denied the report.", "Tomas Rell"),
        ("Lev Arno, an aide to Kessel Brigade leader Dara Venn, denied the report.", "Lev Arno"),
        ("Lev Arno, chief of staff to President Dara Venn, denied the report.", "Lev Arno"),
        ("Lev Arno, senior adviser to Kessel Brigade chief Dara Venn, said the talks had ended.", "Lev Arno"),
        ("Petra Lind, envoy of Marden Front leader Ilya Sorn, rejected the accusation.", "Petra Lind"),
        # (as before: the one served with no title, or no office held to anyone)
        ("Mira Tal, adviser to Dara Venn, rejected the claims.", "Mira Tal"),
        ("Mira Tal, deputy to council chief Oren Vask, dismissed the report as false.", "Mira Tal"),
        ("Lev Arno, spokesman of Dara Venn, said the talks had ended.", "Lev Arno"),
    ],
)
def test_the_one_who_serves_speaks_not_the_one_served(text: str, speaker: str) -> None:
    assert [who for _, who in speakers("en", text)] == [speaker]


def test_a_titled_name_that_opens_the_sentence_still_speaks() -> None:
    # no person before the office: the title chain is the speaker's own
    text = "The spokesman of the Kessel Brigade Brigadier General Lev Arno said the road was open."
    assert [who for _, who in speakers("en", text)] == ["Lev Arno"]


# An office with a word of its field before it and no article, then whom it serves: an appositive, not a clause.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Oren Vask, media adviser to the council, said the talks had ended.", "Oren Vask"),
        ("Oren Vask, legal adviser to the council, denied the report.", "Oren Vask"),
        ("Lina Dorr, press secretary of the ministry, rejected the claims.", "Lina Dorr"),
        ("Tomas Rell, military spokesman for the Marden Front, said the road was closed.", "Tomas Rell"),
        ("Oren Vask, media adviser to Dara Venn, told reporters the talks had ended.", "Oren Vask"),
        ("Mira Tal, political adviser to the governor, dismissed the report as false.", "Mira Tal"),
    ],
)
def test_an_office_with_a_word_of_its_field_is_an_appositive(text: str, speaker: str) -> None:
    assert [who for _, who in speakers("en", text)] == [speaker]


# When the denial was made, after its verb, is not what was denied: a day with its time of day, 'late on', 'last night'.
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Lev Arno denied on Monday evening that any talks were taking place.", "that any talks were taking place"),
        ("Lev Arno denied late on Monday that any talks were taking place.", "that any talks were taking place"),
        (
            "Lev Arno denied on Sunday night reports that talks were taking place.",
            "reports that talks were taking place",
        ),
        (
            "The Kessel Brigade denied on Tuesday morning that its fighters had entered the town.",
            "that its fighters had entered the town",
        ),
        ("Lev Arno denied yesterday that any talks were taking place.", "that any talks were taking place"),
        ("Lev Arno denied last night that the convoy had been hit.", "that the convoy had been hit"),
        # (a time that owns the charge stays with it)
        ("Lev Arno denied last week's reports of talks.", "last week's reports of talks"),
    ],
)
def test_the_time_of_a_denial_is_not_what_was_denied(text: str, what: str) -> None:
    assert denied("en", text) == [what]


# A part of a body before a name: 'a splinter group of X' is a description of a body's part (no group of people
# counted), and X is a body, whatever name data says of its words.
@pytest.mark.parametrize(
    "text",
    [
        "A seeming factional group of Kessa Doran has today denied their group's involvement in the abduction of seven "
        "traders in Dorna.",
        "A splinter group of Kessa Doran denied involvement in the abduction.",
        "A breakaway group of Kessa Doran rejected the accusation.",
        "A rival group of Kessa Doran denied any role in the raid.",
        "A dissident group of the Marden Front denied the report.",
    ],
)
def test_a_group_of_a_body_denies(text: str) -> None:
    units = said("en", text)
    assert [kind for kind, _, _ in units] == ["denial"]
    assert "group of" in units[0][1]


@pytest.mark.parametrize(
    "first",
    [
        "A splinter group of Kessa Doran denied involvement in the abduction.",
        "The armed wing of Kessa Doran rejected the accusation.",
        "A faction of Kessa Doran denied the report.",
        "An offshoot of Kessa Doran denied the report.",
    ],
)
def test_a_name_with_factions_or_wings_is_a_body(first: str) -> None:
    kinds = record_kinds("en", first, "Kessa Doran said the army had planned the raid.")
    assert kinds.get("kessa-doran") == "armed-group"


def test_a_group_of_people_is_still_counted() -> None:
    assert [who for _, who, _ in said("en", "A group of fighters denied involvement in the abduction.")] == [
        "a group of fighters"
    ]


# An Arabic name shortened to the words from its particle on ('Ibn Dorran', 'Abu Tessa') is the person named before in
# full, where only one such person was.
@pytest.mark.parametrize(
    ("first", "second", "speaker"),
    [
        (
            "Sheikh Abu Karim Ibn Dorran said the group had no part in the raid.",
            "Ibn Dorran said the talks would go on.",
            "Abu Karim Ibn Dorran",
        ),
        (
            "Lev Arno Bin Sallem said the group had no part in the raid.",
            "Bin Sallem said the talks would go on.",
            "Lev Arno Bin Sallem",
        ),
        (
            "Omar Abu Tessa said the group had no part in the raid.",
            "Abu Tessa said the talks would go on.",
            "Omar Abu Tessa",
        ),
        (
            "Commander Karim Ibn Vessar told reporters the road was open.",
            "Ibn Vessar added that the convoy would leave on Monday.",
            "Karim Ibn Vessar",
        ),
    ],
)
def test_a_shortened_arabic_name_is_the_one_named_in_full(first: str, second: str, speaker: str) -> None:
    got = speakers("en", first, second)
    assert [who for _, who in got] == [speaker, speaker]
    assert len(record_kinds("en", first, second)) == 1


def test_a_shortened_name_two_people_share_is_neither() -> None:
    kinds = record_kinds(
        "en",
        "Omar Abu Tessa and Karim Abu Tessa said the group had no part in the raid.",
        "Abu Tessa said the talks would go on.",
    )
    assert "omar-abu-tessa" in kinds and "karim-abu-tessa" in kinds and "abu-tessa" in kinds


# 'Chief of Army Staff' and a name after it: the office, then a person, whatever name data says of the given name.
@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Chief of Army Staff Qoravel Tunsk said the road was open.",
        "Kessel Brigade Chief of Army Staff Qoravel Tunsk stated on Wednesday that the army had no evidence.",
        "Chief of Defence Staff Qoravel Tunsk denied the report.",
        "Marden Front Chief of Air Staff Qoravel Tunsk said the base was calm.",
    ],
)
def test_a_name_after_chief_of_army_staff_is_a_person(text: str) -> None:
    assert [who for _, who in speakers("en", text)] == ["Qoravel Tunsk"]
    assert record_kinds("en", text).get("qoravel-tunsk") == "person"
