"""English, round 33 of issue 17, walk-through (a Nigerian state's denial of arming a militia, Iraq's and Israel's
denials of drills over Iraq, a Sudanese army statement and a rebel movement's denial, Hezbollah's denial of a role
in clashes):

- an office held to someone, then that someone's name ('Dara Velk, aide to the governor, Omar Tessin, said'): the
  person before the office speaks, not the one served;
- a body's report, its name before 'report' ('The Kessel Herald report said ...'), is the body's, as 'a report by
  the Kessel Herald' is; a name after 'said' there is what was reported, never its subject;
- a clause told before an inverted verb ('Rebels of the front attacked our positions, said a statement by X') is no
  description of a speaker; '"...," said the statement without further details' and '"...," further said the
  statement' are the statement's issuer's; words in marks that open with a possessive are no name;
- a second verb of the denier's after 'and' (praising, urging, pointing at another) ends what is denied;
- an unnamed source set after a place with no comma after it ('in Lask, Dorna State, a military source said') speaks,
  not the place;
- a paragraph that is only a quotation stopped on a comma, then a paragraph that only names its speaker, is theirs.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- the person before an office held to someone speaks, not the one served ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Responding to the claim, Dara Velk, press secretary to the regional governor, Omar Tessin, said the "
        "authorities had never armed any vigilante group.",
        "Dara Velk, spokesman for the governor, Omar Tessin, denied that the province funded the militia.",
        "Dara Velk, an aide to the minister, Omar Tessin, said the ministry had not paid the fighters.",
        "Dara Velk, 41, adviser to the president, Omar Tessin, rejected reports that the palace armed the guards.",
    ],
)
def test_person_before_office_held_to_someone_speaks(text: str) -> None:
    assert [who for _, who in speakers("en", LEAD, text)] == ["Dara Velk"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The spokesman for the governor, Omar Tessin, denied that the province funded the militia.", "Omar Tessin"),
        ("Dara Velk, the governor, said the province had not funded the militia.", "Dara Velk"),
        ("Dara Velk, commander of the Kessel Brigade, denied that the province funded the militia.", "Dara Velk"),
    ],
)
def test_office_then_name_still_reads_as_before(text: str, who: str) -> None:
    assert [w for _, w in speakers("en", LEAD, text)] == [who]


def test_quotation_after_the_aides_denial_is_the_aides() -> None:
    text = (
        "Dara Velk, media aide to the governor, Omar Tessin, said the province had never armed any vigilante group. "
        '"We state clearly that the province has not recruited any militia."'
    )
    assert {who for _, who in speakers("en", LEAD, text)} == {"Dara Velk"}


# --- a body's report is the body's ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Herald report said Dorland Air Force jets were flying over the border.",
        "The Kessel Herald report, published on Friday, said Dorland Air Force jets were flying over the border.",
        "The Marland Times report claimed that Dorland Air Force jets were flying over the border.",
    ],
)
def test_a_bodys_report_is_the_bodys(text: str) -> None:
    who_spoke = [who for _, who in speakers("en", LEAD, text)]
    assert who_spoke and "Dorland Air Force" not in who_spoke
    assert who_spoke[-1] in ("Kessel Herald", "Marland Times")


def test_no_name_after_said_is_the_reports_subject() -> None:
    text = (
        "The Kessel Herald report, citing sources in the Velorian interior ministry, said Dorland Air Force (DAF) "
        "jets were flying over the border. It said it could not confirm the report."
    )
    assert "Dorland Air Force" not in [who for _, who in speakers("en", LEAD, text)]


# --- a clause before an inverted verb, and the statement that speaks after it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the Kessel Front attacked our positions near Dorna, said a statement by the Army Press Office in "
        "Veloria.",
        "Fighters of the Kessel Liberation Front of Lev Arno (KLF-LA) attacked our forces in the Dorna area of Mount "
        "Vel, said a statement by the Army Press Office in Veloria.",
        "Members of the Kessel Front shelled our base near Dorna, said a statement from the Army Press Office.",
    ],
)
def test_clause_before_inverted_verb_is_no_speaker(text: str) -> None:
    assert [who for _, who in speakers("en", LEAD, text)] == ["Army Press Office"]


@pytest.mark.parametrize(
    "second",
    [
        '"Our troops repelled them," said the statement without giving details.',
        '"They repelled them," further said the statement.',
        '"Our troops will protect the homeland," also said the statement.',
    ],
)
def test_statement_after_quotation_speaks(second: str) -> None:
    text = "The Army Press Office issued a statement on Monday. " + second
    assert [who for _, who in speakers("en", LEAD, text)] == ["Army Press Office"]


# --- a second verb of the denier's ends what is denied -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kessel Brigade on Monday denied its fighters took part in the clashes between the army and rebels "
            "in Dorna, and commended the government for its stand.",
            "its fighters took part in the clashes between the army and rebels in Dorna",
        ),
        (
            "Lev Arno issued a statement dismissing that his group had launched the raid and pointed an accusing "
            "finger at the army.",
            "that his group had launched the raid",
        ),
        ("The ministry rejected the reports and urged the media to be accurate.", "the reports"),
        (
            "The ministry denied that the rebels looted the town and thanked the residents.",
            "that the rebels looted the town",
        ),
    ],
)
def test_second_verb_of_the_denier_ends_what_is_denied(text: str, expected: str) -> None:
    assert denied("en", LEAD, text) == [expected]


def test_a_second_verb_of_the_denied_clause_stays() -> None:
    assert denied("en", LEAD, "The ministry denied that the rebels looted the town and burned the market.") == [
        "that the rebels looted the town and burned the market"
    ]


# --- an unnamed source after a place speaks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The fighters were held at Vorna, a border town between Dorna and Kessel, by troops stationed in Lask, "
            "Dorna State, a military source told the Kessel Wire.",
            "a military source",
        ),
        (
            "The fighters were held at Vorna by troops stationed in Lask, Dorna State, a security source said.",
            "a security source",
        ),
        (
            "The fighters were held near the border of Veloria, a security official told the Kessel Wire.",
            "a security official",
        ),
    ],
)
def test_unnamed_source_after_a_place_speaks(text: str, who: str) -> None:
    assert [w for _, w in speakers("en", LEAD, text)] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The fighters were held at Vorna, Lev Arno, a security official said.", "Lev Arno"),
        ("Veloria, a neighbour of Dorna, dismissed the reports.", "Veloria"),
    ],
)
def test_name_before_its_appositive_still_speaks(text: str, who: str) -> None:
    assert [w for _, w in speakers("en", LEAD, text)] == [who]


# --- a paragraph that only names the speaker of the quotation before it -------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Marland army spokesman Dario Venn said.",
        "Dario Venn, a spokesman for the Marland army, said.",
        "Marland army spokesman Dario Venn told reporters.",
    ],
)
def test_paragraph_naming_the_speaker_after_a_quotation(attribution: str) -> None:
    quotation = "\u201cI find that report absurd, and someone is clearly trying to make trouble,\u201d"
    assert speakers("en", LEAD, "The Marland army also dismissed the report.", quotation, attribution)[-1] == (
        "quote",
        "Dario Venn",
    )
    assert speakers("en", LEAD, quotation, attribution) == [("quote", "Dario Venn")]


def test_quotation_stopped_on_a_full_stop_is_not_given_to_the_next_paragraph() -> None:
    quotation = "\u201cI find that report absurd, and someone is clearly trying to make trouble.\u201d"
    got = speakers(
        "en", LEAD, "The Marland army also dismissed the report.", quotation, "Dario Venn said the talks would go on."
    )
    assert ("quote", "Dario Venn") not in got


# --- an aside of where a report was carried is no part of the thing judged false ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Marland army spokesman also described the report, carried on the website of the Kessel Herald as "
            "\u201cutterly baseless\u201d.",
            "the report",
        ),
        (
            "A Marland army spokesman described the report, carried by the Kessel Herald, as \u201cutterly "
            "baseless\u201d.",
            "the report",
        ),
        (
            "The ministry called the story, published by the Kessel Herald on Monday, \u201cpure fiction\u201d.",
            "the story",
        ),
        ("A Marland army spokesman described the report as \u201cutterly baseless\u201d.", "the report"),
    ],
)
def test_aside_of_where_a_report_was_carried_is_no_part_of_it(text: str, expected: str) -> None:
    assert denied("en", LEAD, text) == [expected]
