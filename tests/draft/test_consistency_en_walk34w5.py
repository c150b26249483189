"""English, round 34, a fifth walk-through of unseen articles (Pakistan's interior ministry, Boko Haram's spokesman,
India's foreign ministry):

- 'the Interior Ministry' of an article about one country is not the ministry on file of another country: a record
  found by the end of its name ('Dornish Ministry of Interior' for 'the Interior Ministry') is not taken where the
  article names countries and none of them is the record's own.

Made-up names only.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Dornmark", Known("dornmark", "place", "country", "Dornmark"))
    index.add(
        "Dornmark Ministry of Interior",
        Known("dornmark-interior", "actor", "ministry", "Dornmark Ministry of Interior"),
    )
    index.add(
        "Dornmark's interior ministry", Known("dornmark-interior", "actor", "ministry", "Dornmark Ministry of Interior")
    )
    return index


def _linked(*paragraphs: str) -> set[str]:
    found = built("en", *paragraphs, index=_index())
    out: set[str] = set()
    for d in found:
        if d["type"] in ("claim", "denial"):
            who = d.get("denier") or d.get("claimant") or {}
            out.add(str(who.get("actor", who.get("group", who.get("described_as")))))
    return out


# --- a ministry found by the end of its name is of its own country -----------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Veloria has dismissed a claim by a rebel outfit that it bombed the market.",
            "However, the Interior Ministry rejected the outfit's claims.",
        ),
        (
            "A bomb killed nine people in Veloria's capital on Tuesday.",
            "The Interior Ministry denied that the Arno Front had any part in the attack.",
        ),
        (
            "Police in Veloria arrested four men on Monday.",
            "\u201cThe men were planning another attack,\u201d the interior ministry said in a statement.",
        ),
    ],
)
def test_a_ministry_of_another_country_is_not_linked(paragraphs: tuple[str, ...]) -> None:
    assert "dornmark-interior" not in _linked(*paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Police in Dornmark arrested four men on Monday.",
            "\u201cThe men were planning another attack,\u201d the interior ministry said in a statement.",
        ),
        (
            "Four men were arrested on Monday.",
            "\u201cThe men were planning another attack,\u201d the interior ministry said in a statement.",
        ),
    ],
)
def test_the_ministry_of_the_country_named_or_of_none_is_linked(paragraphs: tuple[str, ...]) -> None:
    assert "dornmark-interior" in _linked(*paragraphs)


# --- a straight mark closed by a curly one, with a straight-marked quotation after it ------------------------------

MIXED_THEN_STRAIGHT = [
    '"None of our men died there,\u201d he said, adding, "The agencies are hiding the facts."',
    '"We lost no one,\u201d the spokesman said. "The army is lying about the raid," he added.',
    '"The base is still ours,\u201d he told reporters. "Nobody has surrendered to the troops," he said.',
    '"No fighter was captured,\u201d Lev Arno said, and "the rest are mere rumours," he added.',
]


@pytest.mark.parametrize("text", MIXED_THEN_STRAIGHT)
def test_a_straight_mark_closed_by_a_curly_one_before_another_quotation(text: str) -> None:
    from tests.draft.conftest import quotes

    found = quotes("Lev Arno, the group's spokesman, spoke on Monday.", text)
    assert len(found) == 2
    assert all("\u201d" not in q and '"' not in q for q, _ in found)
    assert all(who == "Lev Arno" for _, who in found)


@pytest.mark.parametrize(
    "text",
    [
        # (a curly mark inside a straight-marked quotation that a straight mark closes is left as it is)
        '"They call it the \u201cgreat raid\u201d, but it was nothing," he said.',
        '"We said no.\u201d and \u201cwe meant it," he said.',
    ],
)
def test_a_straight_quotation_closed_by_a_straight_mark_stays_whole(text: str) -> None:
    from tests.draft.conftest import quotes

    found = quotes("Lev Arno, the group's spokesman, spoke on Monday.", text)
    assert len(found) == 1


# --- 'X said that Y, a claim that Z denied': Z denies Y, not the whole sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "The army said that its jets had destroyed two rebel camps, a claim that Lev Arno denied.",
            "its jets had destroyed two rebel camps",
        ),
        (
            "Officials in Kessa claimed the rebels had lost forty men, a claim the group's spokesman rejected.",
            "the rebels had lost forty men",
        ),
        (
            "The ministry alleged that the brigade had shelled the market, an accusation which the brigade denied.",
            "the brigade had shelled the market",
        ),
        (
            "Police said six attackers were killed in the raid, a claim that Tomas Vell flatly denied on Monday.",
            "six attackers were killed in the raid",
        ),
    ],
)
def test_a_claim_summed_up_after_its_clause_is_what_is_denied(text: str, what: str) -> None:
    found = [d for d in built("en", "Talks resumed in Kessa on Sunday.", text) if d["type"] == "denial"]
    assert [d["denied"] for d in found] == [what]


# --- a ministry's name in small letters before a spokesman's title ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of external affairs spokesperson Lev Arno condemned the accusations, saying Kessa uses such tactics.",
        "Ministry of external affairs spokesperson Lev Arno denied the reports.",
        "The ministry of home affairs spokesman Lev Arno denied the reports.",
        "Ministry of foreign affairs spokeswoman Lev Arno rejected the claims as baseless.",
    ],
)
def test_a_ministry_named_in_small_letters_before_a_title_is_no_part_of_the_name(text: str) -> None:
    found = [d for d in built("en", "Talks resumed in Kessa on Sunday.", text) if d["type"] == "denial"]
    assert [d["denier"] for d in found] == [{"actor": "lev-arno"}]


# --- a judgement in marks set before the charge it judges is no part of what is denied --------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            'Veloria has dismissed as "ridiculous" claims by a banned outfit of carrying out the blast.',
            "claims by a banned outfit of carrying out the blast",
        ),
        (
            "The army dismissed as \u201cabsurd\u201d claims that its troops had fled the town.",
            "claims that its troops had fled the town",
        ),
        (
            'The ministry rejected as "pure fiction" reports about a secret meeting in Kessa.',
            "reports about a secret meeting in Kessa",
        ),
    ],
)
def test_a_judgement_in_marks_before_the_charge_is_not_denied(text: str, what: str) -> None:
    found = [d for d in built("en", "Talks resumed in Kessa on Sunday.", text) if d["type"] == "denial"]
    assert [d["denied"] for d in found] == [what]


# --- a name given to armed people in the plural, or to a group, is a body's ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kessan militants, known as Dalo Rahm, have claimed responsibility for the attack.",
        "A group of fighters known as Dalo Rahm claimed the attack on Monday.",
        "The rebels, known as Dalo Rahm, said they had taken the town.",
        "An armed outfit known as Dalo Rahm said it had taken the town.",
    ],
)
def test_a_name_given_to_armed_people_or_a_group_is_a_bodys(text: str) -> None:
    kinds = [d["kind"] for d in built("en", "Talks resumed in Kessa on Sunday.", text) if d.get("name") == "Dalo Rahm"]
    assert kinds and "person" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "A commander known as Dalo Rahm said the town had fallen.",
        "The group's leader, known as Dalo Rahm, said the town had fallen.",
    ],
)
def test_a_name_given_to_one_person_stays_a_persons(text: str) -> None:
    kinds = [d["kind"] for d in built("en", "Talks resumed in Kessa on Sunday.", text) if d.get("name") == "Dalo Rahm"]
    assert kinds == ["person"]
