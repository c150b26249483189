"""English, round 32 of issue 17, walk-through (wire copy on Sudan's Rapid Support Forces, Libya's east-based army,
Pakistan and the Taliban, Mali's junta, Somalia's al-Shabab):

- a country set off by commas after a place that ends an aside ('X, speaking to reporters in Veloria, Dorland,
  rejected ...') only places that place, even when the country is not on file and reads as a name: X denies, not
  the country;
- the subject of a passive of charging ('X has been accused of arming Y, which it denies', '..., a charge he
  denies', '..., something it denies') is the one charged and denies, not the last name before the answer, which
  stays the denier where the subject made the charge ('X accused Y of it, which it denied'); 'something' stands for
  the charge as 'a charge' does;
- a state on file, then an appositive or a relative clause set off by commas ('Veloria, a neighbour of Dorna,
  dismissed ...', 'Veloria, which has long rejected claims ..., dismissed ...') denies: the state, not the
  description, and not no one.

Made-up names only.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- a country after the place that ends an aside only places it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Members of a Kessel Brigade delegation, speaking to reporters in Veloria, Dorland, also rejected reports "
            "of receiving rifles from Marland.",
            "members of a Kessel Brigade delegation",
        ),
        (
            "The Kessel Brigade, speaking to reporters in Veloria, Dorland, rejected reports of receiving rifles from "
            "Marland.",
            "Kessel Brigade",
        ),
        (
            "Lev Arno, speaking at a news conference in Veloria, Dorland, on Monday denied reports of receiving "
            "rifles from Marland.",
            "Lev Arno",
        ),
        (
            "Lev Arno, who lives in Veloria, Dorland, denied reports of receiving rifles from Marland.",
            "Lev Arno",
        ),
        (
            "The Kessel Brigade, addressing journalists in Veloria, Dorland, dismissed reports of receiving rifles "
            "from Marland.",
            "Kessel Brigade",
        ),
    ],
)
def test_country_after_place_in_aside_only_places_it(text: str, who: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", who)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a name that is the subject, after an opening phrase of place, still speaks
        ("In an interview in Veloria, Dorland rejected reports of receiving rifles from Marland.", "Dorland"),
        # a surname set off after a description of office, as an appositive, still speaks
        ("The governor of Veloria, Venn, rejected reports of receiving rifles from Marland.", "Venn"),
    ],
)
def test_name_after_place_that_is_no_aside_still_speaks(text: str, who: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", who)]


# --- 'X has been accused of ..., which it denies': the one accused denies ----------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The Kessel Brigade has been accused of arming the Veloria Front, which it denies.", "Kessel Brigade"),
        ("The Kessel Brigade is accused of arming the Veloria Front, a charge it denies.", "Kessel Brigade"),
        ("The Kessel Brigade has been accused of arming the Veloria Front, something it denies.", "Kessel Brigade"),
        ("Lev Arno has been accused of arming the Veloria Front, a charge he denies.", "Lev Arno"),
        ("Lev Arno was blamed for the raid on the Veloria Front, which he denies.", "Lev Arno"),
        (
            "The Kessel Brigade is a partner of the Veloria Front but has long been accused of sheltering its "
            "fighters, something it denies.",
            "Kessel Brigade",
        ),
        # a state that opens the sentence, read as no name
        ("Chad has been accused of sheltering fighters of the Veloria Front, something it denies.", "Chad"),
        ("Jordan is a partner of Kessel but has been accused of arming the Veloria Front, which it denies.", "Jordan"),
    ],
)
def test_one_accused_in_passive_denies(text: str, who: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", who)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the one the subject accuses denies, as before
        ("Lev Arno accused the Kessel Brigade of the raid, which it denied.", "Kessel Brigade"),
        ("Lev Arno blamed the Kessel Brigade for the raid, a charge it denies.", "Kessel Brigade"),
        ("Lev Arno accused the Kessel Brigade of the raid, something it denies.", "Kessel Brigade"),
        # the one accused in a reported clause, not the reporter, denies
        ("Lev Arno said the Kessel Brigade had been accused of the raid, which it denies.", "Kessel Brigade"),
    ],
)
def test_one_accused_by_the_subject_denies(text: str, who: str) -> None:
    assert [s for s in speakers("en", LEAD, text) if s[0] == "denial"] == [("denial", who)]


# --- 'Our armed air force denies ...': one's own side with words before its noun -----------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "Our armed air force denies targeting any civilian car in Veloria",
        "Our air force denies targeting any civilian car in Veloria",
        "Our brave fighters deny any role in the raid on Veloria",
        "Our naval forces categorically deny the reports about Veloria",
        "Our special forces did not enter Veloria",
        "Our national army rejects these allegations about Veloria",
    ],
)
def test_own_side_with_words_before_its_noun_denies(quote: str) -> None:
    text = f'"{quote}," Lev Arno, the brigade\'s spokesman, said in a statement.'
    assert speakers("en", LEAD, text) == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "quote",
    [
        "Our armed forces will continue to fight in Veloria",
        "Our air force struck three targets in Veloria",
        "Our brave fighters have the right to defend Veloria",
    ],
)
def test_own_side_that_does_not_deny_claims(quote: str) -> None:
    text = f'"{quote}," Lev Arno, the brigade\'s spokesman, said in a statement.'
    assert speakers("en", LEAD, text) == [("quote", "Lev Arno")]


# --- 'X have on numerous occasions accused': X, before how often ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Rights groups have on numerous occasions accused the Kessel Brigade of abuses.", "rights groups"),
        ("Rights groups have on several occasions accused the Kessel Brigade of abuses.", "rights groups"),
        ("Rights groups on many occasions accused the Kessel Brigade of abuses.", "rights groups"),
        ("The Veloria Front has on numerous occasions accused the Kessel Brigade of abuses.", "Veloria Front"),
        ("Lev Arno has on multiple occasions accused the Kessel Brigade of abuses.", "Lev Arno"),
    ],
)
def test_how_often_is_no_part_of_the_subject(text: str, who: str) -> None:
    assert [w.lower() for _, w in speakers("en", LEAD, text)] == [who.lower()]


# --- a state on file, then an aside, denies ----------------------------------------------------------------------


def _state_index() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Dorna", Known("dorna", "place", "country", "Dorna"))
    return index


@pytest.mark.parametrize(
    "text",
    [
        "Veloria, a neighbour of Dorna, dismissed the latest allegation as baseless.",
        "Veloria, a close ally of Dorna, on Monday rejected the latest allegation.",
        "Veloria, which consistently rejects claims it is arming the rebels, dismissed the latest allegation as "
        "baseless.",
        "Veloria, which has long denied arming the rebels, dismissed the latest allegation as baseless.",
        "Veloria, which consistently rejects claims it is arming the rebels, who were driven out of Dorna in 2001, "
        'dismissed the latest allegation as "totally baseless."',
    ],
)
def test_state_then_aside_denies(text: str) -> None:
    lead = "Talks on the border between Veloria and Dorna resumed on Sunday."  # (Veloria named inside a sentence)
    found = [(u.kind, u.speaker.label) for u in analyse("en", lead, text, index=_state_index()).units]
    assert found == [("denial", "Veloria")]
