"""English, round 31 of issue 17, known defects (made-up names and facts):

- 'the organisation said', 'the group said', 'the rights group said' after a sentence that names an armed group or
  another body refers back to the body of that kind that spoke (a rights body reporting on a junta), not to a body
  the sentence only names;
- 'the kingdom', 'the emirate', 'the republic', 'the sultanate' is the country the article named, as 'the ministry'
  is the ministry named before;
- a bare plural name ('the Houthis', 'Houthis said') is a body, not a person;
- a place before a headline's colon ('Kessel: ...') is a dateline, not the speaker of a body whose name holds it;
- two people named after their offices and joined by 'and' or 'as well as' ('Brigade spokesman X as well as Front
  leader Y have denied') deny one each, as 'X and Y denied' does.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, built, deniers

LEAD = "Talks resumed in Port Sable on Sunday."


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Veloria Rights Watch", Known("veloria-rights-watch", "actor", "organization", "Veloria Rights Watch"))
    index.add("Amnesty Kessel", Known("amnesty-kessel", "actor", "organization", "Amnesty Kessel"))
    index.add("Ostravia", Known("ostravia", "place", "country", "Ostravia"))
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Marnia", Known("marnia", "place", "country", "Marnia"))
    index.add("Kessel", Known("kessel", "place", "city", "Kessel"))
    index.add("Dornmark", Known("dornmark", "place", "region", "Dornmark"))
    return index


def _speakers(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs, index=index or _index()).units]


def _records(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    out = []
    for r in built("en", LEAD, *paragraphs, index=index or _index()):
        if r["type"] in ("claim", "denial"):
            who = r.get("claimant") or r.get("denier")
            out.append((r["type"], who.get("actor") or who.get("described_as")))
    return out


# --- 'the organisation said' is the body that spoke, not one the sentence names --------------------------------

REPORT = (
    "Veloria Rights Watch said in a report on Monday that soldiers of Veloria's junta killed 30 civilians in March."
)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Kessel Brigade, an armed group active in the north, also killed civilians, the organisation said.",
        "The Kessel Brigade also killed at least eight villagers in May, the rights group said.",
        "The Kessel Brigade also killed at least eight villagers in May, the group said.",
        "The Kessel Brigade, a militia loyal to the junta, looted homes in Dorn, the organization said.",
        "Members of the Marno Front abducted two teachers, the rights organisation said in its report.",
        "The organisation said the Kessel Brigade had also killed villagers in May.",
        "The rights group said the Kessel Brigade had also abducted teachers.",
    ],
)
def test_the_organisation_is_the_body_that_spoke(text: str) -> None:
    assert _speakers(REPORT, text)[-1] == ("reported", "Veloria Rights Watch")


def test_the_rights_group_after_another_rights_body_spoke() -> None:
    assert _speakers(
        "Amnesty Kessel said on Monday that Veloria's army had killed 30 civilians.",
        "The Kessel Brigade and the army both committed abuses, the rights group said.",
    )[-1] == ("reported", "Amnesty Kessel")


def test_the_group_that_spoke_last_is_still_the_group() -> None:
    # (the armed group spoke after the rights body: 'the group' is the armed group)
    assert (
        _speakers(
            REPORT,
            "The Kessel Brigade, an armed group active in the north, denied the accusations.",
            "The group said its fighters had not entered the town.",
        )[-1][1]
        == "Kessel Brigade"
    )


def test_the_group_that_was_the_last_subject_is_still_the_group() -> None:
    assert (
        _speakers(
            REPORT,
            "The Kessel Brigade, an armed group, was formed in 2019 in the hills near Dorn.",
            "The group said it would fight on.",
        )[-1][1]
        == "Kessel Brigade"
    )


# --- 'the kingdom' is the country the article named -------------------------------------------------------------


def _last_speakers(*paragraphs: str) -> list[str]:
    """The speakers of the units drafted from the last paragraph."""
    last = len(paragraphs) + 2
    return [u.speaker.label for u in analyse("en", LEAD, *paragraphs, index=_index()).units if u.number == last]


@pytest.mark.parametrize(
    ("paragraphs", "country"),
    [
        (("Saudi Arabia denied the report.", "The kingdom said it would send aid to the port."), "Saudi Arabia"),
        (
            ("Saudi Arabia's foreign ministry rejected the report on Monday.", "The kingdom said it would send aid."),
            "Saudi Arabia",
        ),
        (("On Monday, Ostravia sent aid to the port.", "\u201cWe will send more,\u201d the kingdom said."), "Ostravia"),
        (("On Monday, Ostravia rejected the claims.", "The emirate said it would send aid."), "Ostravia"),
        (("On Monday, Ostravia rejected the claims.", "The sultanate said it would send aid."), "Ostravia"),
        (("On Monday, Ostravia rejected the claims.", "The republic said it would send aid."), "Ostravia"),
        (
            ("Saudi Arabia closed its border with Marnia.", "The kingdom said it would reopen it in May."),
            "Saudi Arabia",
        ),
        (
            ("Saudi Arabia said it had closed its border with Marnia.", "The kingdom said it would reopen it in May."),
            "Saudi Arabia",
        ),
    ],
)
def test_the_kingdom_is_the_country_named(paragraphs: tuple[str, ...], country: str) -> None:
    assert _last_speakers(*paragraphs) == [country]


def test_the_kingdom_denies_as_the_country() -> None:
    found = _records("Saudi Arabia was accused of shelling the port.", "The kingdom denied the accusations.")
    assert found == [("denial", "Saudi Arabia")]


def test_the_kingdom_with_no_country_named_is_no_country() -> None:
    assert _last_speakers("The kingdom said it would send aid.") in ([], ["the kingdom"])


# --- a bare plural name is a body -------------------------------------------------------------------------------


def _person_records(*paragraphs: str) -> list[str]:
    return [
        r["name"]
        for r in built("en", LEAD, *paragraphs, index=NameIndex())
        if r["type"] == "actor" and r.get("kind") == "person"
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Dornis said on Monday they had hit a tanker.",),
        ("The Dornis denied attacking the ship.",),
        ("On Monday, Dorni fighters fired at the ship.", "Dornis said on Monday they had hit a tanker."),
        ("On Monday, Dorni fighters fired at the ship.", "\u201cWe will go on,\u201d Dornis said."),
        ("On Monday, Dorni fighters fired at the ship.", "Dornis denied attacking the ship."),
        ("The Dornis fired at the ship.", "\u201cWe will go on,\u201d the Dornis said."),
    ],
)
def test_a_bare_plural_name_is_a_body(paragraphs: tuple[str, ...]) -> None:
    found = built("en", LEAD, *paragraphs, index=NameIndex())
    speakers = [r for r in found if r["type"] in ("claim", "denial")]
    assert speakers
    assert not [r for r in found if r["type"] == "actor" and r.get("kind") == "person"]


def test_a_surname_in_s_is_still_a_person() -> None:
    found = built(
        "en", LEAD, "Lev Adams, a lawyer, said on Monday the ship was hit.", "Adams said it sank.", index=NameIndex()
    )
    assert [r for r in found if r["type"] == "actor" and r.get("kind") == "person"]


# --- a place before a headline's colon is a dateline ------------------------------------------------------------


def _units(*paragraphs: str) -> list[tuple[str, int, str]]:
    from generator.draft.lang import attributor_for
    from generator.draft.text import read
    from generator.model.archive import ArchivedText

    text = "\n\n".join(paragraphs) + "\n"
    found = attributor_for("en").analyse(read(ArchivedText(text)), _index(), set())
    return [(u.kind, u.paragraph.number, u.speaker.label) for u in found.units]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Dornmark: 30 killed in strike on school",
            "Dornmark's health ministry said on Monday that 30 people were killed.",
        ),
        (
            "Kessel: 30 killed in strike on school",
            "The Kessel health ministry said on Monday that 30 people were killed.",
        ),
        ("Dornmark: strike kills 30", "The Dornmark government media office said 30 were killed."),
        (
            "Kessel: reports of a truce are false",
            "The Kessel city council said on Monday that reports of a truce were false.",
        ),
        ("Dornmark: talks to resume on Monday", "Dornmark's interior ministry said the talks would resume on Monday."),
    ],
)
def test_a_place_before_a_headline_colon_is_no_speaker(paragraphs: tuple[str, ...]) -> None:
    assert [u for u in _units(*paragraphs) if u[1] == 1] == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kessel: reports of talks are false", "Kessel on Monday denied reports of talks with the militia."),
        ("Ostravia: reports of talks are false", "Ostravia on Monday denied reports of talks with the militia."),
        ("Kessel Brigade: reports of talks are false", "The Kessel Brigade denied reports of talks with the army."),
    ],
)
def test_a_headline_label_that_speaks_in_the_body_still_speaks(paragraphs: tuple[str, ...]) -> None:
    assert [u for u in _units(*paragraphs) if u[1] == 1]


# --- two people named with their offices, joined by 'and' or 'as well as', deny one each --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Brigade spokesman Lev Arno as well as Front leader Dario Venn have denied involvement in the attack.",
        "Brigade spokesman Lev Arno and Front leader Dario Venn denied involvement in the attack.",
        "Kessel Brigade spokesman Lev Arno as well as its splinter group Marno Front's top leader Dario Venn have both "
        "issued official statements denying involvement in the attack.",
        "A report by Kessel TV has claimed that Brigade spokesman Lev Arno as well as Front leader Dario Venn have both "
        "issued statements denying involvement in the attack.",
        "Brigade spokesman Lev Arno and Marno Front chief Dario Venn both denied any role in the blast.",
        "Kessel Brigade spokesman Lev Arno and Marno Front commander Dario Venn rejected the accusations.",
        "Lev Arno as well as Dario Venn denied involvement in the attack.",
    ],
)
def test_two_named_with_their_offices_deny_one_each(text: str) -> None:
    assert sorted(deniers("en", LEAD, text, index=NameIndex())) == ["Dario Venn", "Lev Arno"]


@pytest.mark.parametrize(
    "text",
    [
        "Velor's Foreign and Expatriates Ministry denied the report.",
        "Brigade spokesman Lev Arno denied the report and Front leader Dario Venn said nothing.",
    ],
)
def test_one_subject_with_and_inside_stays_one(text: str) -> None:
    assert len(sorted(deniers("en", LEAD, text, index=NameIndex()))) == 1
