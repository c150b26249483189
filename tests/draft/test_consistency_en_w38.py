"""Round 38 walk-throughs of unseen English articles (armed groups, militias and officials): the shapes that were
drafted wrong, in made-up sentences (invented names and places)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, quotes

# --- A stance voiced at quoted words: the words are the speaker's -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A spokesman for the Kessel Brigade expressed concern at "unfounded insinuations" in the press.',
            [("unfounded insinuations", "a spokesman for the Kessel Brigade")],
        ),
        (
            'Lev Arno expressed concern over "the baseless claims" made by the Orvan Front.',
            [("the baseless claims", "Lev Arno")],
        ),
        (
            'The ministry voiced concern about "a campaign of lies" against the army.',
            [("a campaign of lies", "the ministry")],
        ),
        (
            'Dara Venn expressed regret at "the hasty statement" of the council.',
            [("the hasty statement", "Dara Venn")],
        ),
        (
            'A Kessel Brigade official expressed surprise at "the ridiculous claims" of the army.',
            [("the ridiculous claims", "a Kessel Brigade official")],
        ),
        # (two quotations in the one sentence: both the speaker's)
        (
            'A spokesman for the Kessel Brigade expressed concern at "unfounded insinuations" in a section of the '
            'media "against the brigade in regard to the raid" on Tarvo.',
            [
                ("unfounded insinuations", "a spokesman for the Kessel Brigade"),
                ("against the brigade in regard to the raid", "a spokesman for the Kessel Brigade"),
            ],
        ),
    ],
)
def test_stance_voiced_at_quoted_words_is_the_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(EN_LEAD, text) == expected


def test_name_quoted_inside_a_noun_after_a_stance_has_no_speaker() -> None:
    # (a campaign's name in marks, after 'the': the writer's noun, not words the subject said)
    assert quotes(EN_LEAD, 'Lev Arno expressed concern over the "new dawn" campaign.') == [("new dawn", None)]


def test_stance_voiced_at_unfounded_words_is_a_denial() -> None:
    text = 'A spokesman for the Kessel Brigade expressed concern at "unfounded and baseless insinuations" in the press.'
    kinds = [(r["type"], r.get("denier", {}).get("described_as")) for r in built("en", EN_LEAD, text)]
    assert ("denial", "a spokesman for the Kessel Brigade") in kinds


# --- Reports that quote someone: the one quoted speaks, not the one who denies the reports -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A spokesman of the Kessel Brigade "strongly refuted" reports in the media quoting unnamed Orvan sources '
            'as saying that "fighters of the brigade tipped off the raiders".',
            [
                ("strongly refuted", "a spokesman of the Kessel Brigade"),
                ("fighters of the brigade tipped off the raiders", "unnamed Orvan sources"),
            ],
        ),
        (
            'The Kessel Brigade denied reports quoting Orvan officials as saying "the brigade shelled the market".',
            [("the brigade shelled the market", "Orvan officials")],
        ),
        (
            'The ministry dismissed media reports citing diplomats as saying "the talks have collapsed".',
            [("the talks have collapsed", "diplomats")],
        ),
        (
            'The Kessel Brigade rejected press reports quoting Lev Arno as saying "we will withdraw from Tarvo".',
            [("we will withdraw from Tarvo", "Lev Arno")],
        ),
        # (already read so: one report, or a relative clause, before 'quoted')
        (
            'Lev Arno rejected a report quoting a senior army officer as saying that "the front has run out of '
            'ammunition".',
            [("the front has run out of ammunition", "a senior army officer")],
        ),
        (
            'Lev Arno denied a Valen Post report that quoted witnesses as saying "the fighters burned the village".',
            [("the fighters burned the village", "witnesses")],
        ),
        (
            'The Orvan Front dismissed reports which quoted residents as saying that "the militia looted the shops".',
            [("the militia looted the shops", "residents")],
        ),
        (
            'Meridian Wire reported, quoting Dara Venn as saying, "the talks are over".',
            [("the talks are over", "Dara Venn")],
        ),
    ],
)
def test_words_of_the_one_reports_quote_are_theirs(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes(EN_LEAD, text) == expected


# --- 'It read in part:' after a statement: the statement's author speaks ----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Kessel Brigade spokesman Lev Arno, in a statement on Monday, dismissed the allegation as "baseless".',
                'The statement denied any harassment of locals. It read in part: "The brigade is determined to '
                'restore order in Tarvo."',
            ),
            [("baseless", "Lev Arno"), ("The brigade is determined to restore order in Tarvo.", "Lev Arno")],
        ),
        (
            (
                "The Kessel Brigade issued a statement on Monday.",
                'The statement denied any harassment of locals. It read in part: "The brigade is determined to '
                'restore order."',
            ),
            [("The brigade is determined to restore order.", "Kessel Brigade")],
        ),
        (
            (
                "The Orvan Front issued a statement on Monday.",
                'The statement denied the reports. It reads in full: "The front never entered Tarvo."',
            ),
            [("The front never entered Tarvo.", "Orvan Front")],
        ),
        (
            (
                'Lev Arno issued a statement on Monday. It denied the reports. It read: "The brigade never entered Tarvo."',
            ),
            [("The brigade never entered Tarvo.", "Lev Arno")],
        ),
        # (the statement named again as the subject, 'in part' before a comma)
        (
            (
                "The Orvan Front issued a statement on Monday.",
                'The statement denied the reports. The statement read in part, "The front never entered Tarvo."',
            ),
            [("The front never entered Tarvo.", "Orvan Front")],
        ),
    ],
)
def test_it_read_in_part_is_the_statements_author(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert quotes(EN_LEAD, *paragraphs) == expected


def test_it_read_before_any_statement_is_no_writing() -> None:
    # ('it' with no statement spoken of is still a pronoun for a body: the brigade that spoke)
    paragraphs = ("The Kessel Brigade denied the reports.", 'It read the charges as "a campaign of lies".')
    assert all(speaker != "Lev Arno" for _, speaker in quotes(EN_LEAD, *paragraphs))


# --- A surname with two letters near each other swapped is a person, proposed as the one named before ----------


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Tomas Kadrim", "Kardim"),
        ("Lev Tarsin", "Tasrin"),
        ("Dara Velkon", "Veklon"),
        # (with one letter between the two swapped)
        ("Lev Sulamir", "Sumalir"),
        ("Dara Borinek", "Bonirek"),
    ],
)
def test_surname_with_swapped_letters_is_a_person_proposed_as_the_other(first: str, later: str) -> None:
    paragraphs = (
        f'The Kessel Front spokesman {first} said "no armed group is active in Tarvo".',
        f'"There are no armed threats, and the people live in calm," {later} claimed.',
    )
    records = {r["id"]: r for r in built("en", EN_LEAD, *paragraphs) if r["type"] == "actor"}
    lone = records[later.lower()]
    assert lone["kind"] == "person"
    assert f"Possibly the same person as `{first.lower().replace(' ', '-')}`" in lone["notes"]


def test_surname_with_letters_swapped_far_apart_is_no_proposal() -> None:
    # (the first and last letters swapped: no slip, another name)
    paragraphs = (
        'The Kessel Front spokesman Tomas Kadrim said "no armed group is active in Tarvo".',
        '"There are no armed threats," Madrik claimed.',
    )
    records = {r["id"]: r for r in built("en", EN_LEAD, *paragraphs) if r["type"] == "actor"}
    assert "Possibly the same person" not in records["madrik"]["notes"]
