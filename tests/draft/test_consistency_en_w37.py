"""Round 37 walk-throughs of unseen English articles (armed groups and officials): the shapes that were drafted wrong,
in made-up sentences (invented names and places)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants, denied_by, quotes, record_kinds, speakers

# --- The speaker set after the denied words as a description and a name, each set off by commas -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kessel Brigade has denied reports that its fighters shelled the market in Tarvo, a spokesman for the "
            "brigade's political wing, Lev Arno, told Meridian Wire on Tuesday.",
            "reports that its fighters shelled the market in Tarvo",
        ),
        (
            "The Kessel Brigade denied claims that it had seized the dam, a spokesman for the group, Dara Venn, said "
            "on Monday.",
            "claims that it had seized the dam",
        ),
        (
            "The Orvan Front rejected reports that it plans to hand over the prisoners next month, an adviser to the "
            "front's leader, Tomas Reyl, told reporters.",
            "reports that it plans to hand over the prisoners next month",
        ),
        (
            "The militia has denied accusations that it recruited children, the head of the militia's media office, "
            "Lev Arno, told the Valen Post.",
            "accusations that it recruited children",
        ),
    ],
)
def test_apposed_speaker_after_the_denied_words_is_not_denied(text: str, expected: str) -> None:
    assert [what for _, what in denied_by("en", text)] == [expected]


def test_speaker_with_no_name_after_the_denied_words_still_cut() -> None:
    # (the shape the lead read before: a description alone, no name set off after it)
    text = "The Kessel Brigade denied reports of a truce in Tarvo, its spokesman Dara Venn told Meridian Wire."
    assert [what for _, what in denied_by("en", text)] == ["reports of a truce in Tarvo"]


# --- A body's page or account on a platform, named before the body: the body speaks ------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The Facebook page of the Tarvo Resistance Committees accused the Kessel Brigade of killing 43 people in "
            "the state.",
            "tarvo-resistance-committees",
        ),
        (
            "The Twitter account of the Orvan Front accused the army of bombing a school in Velm.",
            "orvan-front",
        ),
        (
            "The official X account of the Orvan Front said its fighters had downed a drone near Velm.",
            "orvan-front",
        ),
        # (already read so: a channel and a website were media of their own before)
        (
            "The Telegram channel of the Kessel Brigade said its fighters had shelled an army post near Tarvo.",
            "kessel-brigade",
        ),
        (
            "The website of the Kessel Brigade claimed that its fighters had downed a drone over Tarvo.",
            "kessel-brigade",
        ),
    ],
)
def test_platform_page_of_a_body_is_the_body_speaking(text: str, owner: str) -> None:
    assert claimants("en", text) == [("claim", owner)]


# --- People who comment in print or online are speakers, not the last one named ------------------------------------

_ARNO = (
    "Commenting on the report, Lev Arno, the head of the Kessel Media Office, rejected the allegations made by the "
    "Valen Post."
)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Other commentators dismissed the Valen Post report, urging the paper to check its sources.", "commentators"),
        ("Commentators dismissed the report.", "commentators"),
        ("Other pundits dismissed the report.", "pundits"),
        ("Other columnists dismissed the report.", "columnists"),
        ("Pro-army bloggers dismissed the report.", "bloggers"),
        ("Some commentators said the report was flawed.", "commentators"),
    ],
)
def test_commentators_speak_for_themselves(sentence: str, label: str) -> None:
    units = speakers("en", _ARNO, sentence)
    assert units[0] == ("denial", "Lev Arno")
    assert len(units) == 2
    assert label in units[1][1].lower()
    assert "Arno" not in units[1][1]


def test_a_known_kind_of_people_still_speaks() -> None:
    # (analysts were read so before)
    assert speakers("en", _ARNO, "Other analysts dismissed the report.")[1] == ("denial", "other analysts")


# --- A quotation left unclosed before a tag and a second opening mark -----------------------------------------------

_ASKED = "Lev Arno was questioned by the presenter Dara Venn, who said, “You say your forces protect people.”"


def test_tag_inside_an_unclosed_quotation_gives_the_next_quotation_its_speaker() -> None:
    found = quotes(
        _ASKED,
        "“Yes, I categorically reject that anyone goes door to door. Arno responded, “They are not our fighters.”",
        "“They could be criminals posing as our men,” he continued.",
    )
    assert found[0] == ("You say your forces protect people.", "Dara Venn")
    # the first words are no longer the presenter's, nor is the tag inside them
    assert found[1][0] == "Yes, I categorically reject that anyone goes door to door."
    assert found[1][1] != "Dara Venn"
    assert found[2] == ("They are not our fighters.", "Lev Arno")
    assert found[3] == ("They could be criminals posing as our men,", "Lev Arno")


def test_tag_inside_an_unclosed_quotation_with_replied() -> None:
    found = quotes(_ASKED, "“No, we have never taken anyone from their homes. Arno replied, “Those reports are false.”")
    assert ("Those reports are false.", "Lev Arno") in found
    assert all("replied" not in q for q, _ in found)
    assert all(who != "Dara Venn" for q, who in found if q.startswith("No, we"))


def test_tag_inside_an_unclosed_quotation_with_said() -> None:
    found = quotes(
        "The brigade's leader Lev Arno spoke to reporters in Tarvo on Monday.",
        "“We did not attack the market. Arno said, “Our fighters were not there.”",
    )
    assert found == [("We did not attack the market.", None), ("Our fighters were not there.", "Lev Arno")]


def test_well_formed_quotations_unchanged() -> None:
    found = quotes("“We did not attack the market,” Arno said. “Our fighters were not there.”")
    assert found == [("We did not attack the market,", "Arno"), ("Our fighters were not there.", "Arno")]


# --- When and to whom a denial was made, at the end of its object -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lev Arno, adviser to the brigade's commander, dismissed the claims of the committees yesterday to "
            "Meridian Radio, saying that they were untrue.",
            "the claims of the committees",
        ),
        (
            "Lev Arno dismissed the claims of the council on Tuesday to the Valen Post, saying they were false.",
            "the claims of the council",
        ),
        ("Lev Arno rejected the accusations yesterday to reporters in Tarvo.", "the accusations"),
    ],
)
def test_time_and_addressee_after_the_object_are_not_denied(text: str, expected: str) -> None:
    assert [what for _, what in denied_by("en", text)] == [expected]


def test_addressee_with_no_time_stays_with_the_object() -> None:
    # ('to' with no day before it may be the object's own: 'the transfer of arms to the brigade')
    text = "Lev Arno denied the transfer of arms to the Kessel Brigade."
    assert [what for _, what in denied_by("en", text)] == ["the transfer of arms to the Kessel Brigade"]


# --- Committees in the plural are a body ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "The Lev Arno Resistance Committees accused the Kessel Brigade of killing 43 people.",
            "lev-arno-resistance-committees",
        ),
        (
            "The Dara Venn Popular Committees said the Kessel Brigade had shelled the market.",
            "dara-venn-popular-committees",
        ),
        (
            "The Facebook page of the Wad Arno Resistance Committees accused the brigade of killing 43 people.",
            "wad-arno-resistance-committees",
        ),
        (
            "The Tarvo Resistance Committees accused the Kessel Brigade of killing 43 people.",
            "tarvo-resistance-committees",
        ),
    ],
)
def test_committees_are_a_body(text: str, record: str) -> None:
    assert record_kinds("en", text).get(record) == "committee"
