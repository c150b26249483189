"""Round 50's tidying, tested on made-up sentences: the English month and weekday names are one list
(generator.weekdays), from which the drafting rules' alternations are made; and a passive that frames its subject's
words ('was quoted ... as saying', verbs.QUOTED_AS) reads the time between participle and 'as' as a speaker's occasion
does (verbs.SPOKEN_WHEN): 'late on Friday', 'on Sunday evening', 'early Tuesday', 'this week', 'last night'."""

from __future__ import annotations

import re

import pytest

from generator.draft import speakers, text, verbs
from generator.weekdays import MONTH_NAMES, WEEKDAY_NAMES
from tests.draft.conftest import EN_LEAD, quotes, said_en

# --- one list of months and weekdays ----------------------------------------------------------------------------------


def test_the_drafting_alternations_are_made_from_the_one_list_of_names() -> None:
    assert verbs.DAYS.split("|") == [day.lower() for day in WEEKDAY_NAMES]
    assert verbs.MONTHS.split("|") == [names[0].lower() for names in MONTH_NAMES]
    shorts = {short.lower() for names in MONTH_NAMES for short in names[1:]}
    assert shorts == {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    assert shorts <= text.ABBREVIATIONS


@pytest.mark.parametrize("names", MONTH_NAMES)
def test_a_datelines_month_is_any_of_its_forms_and_no_other_prefix(names: tuple[str, ...]) -> None:
    month = re.compile(speakers._short_or_whole(names))
    for name in names:
        assert month.fullmatch(name), name
    # (a form cut between two of its written forms is none: 'Janu', 'Septe')
    whole = names[0]
    for cut in range(len(min(names, key=len)) + 1, len(whole)):
        if whole[:cut] not in names:
            assert not month.fullmatch(whole[:cut]), whole[:cut]


# --- 'was quoted <when> as saying': the time read as an occasion's ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        (
            "A day after the Ostravia police claimed the arrest of a Kessel militant, the Grey Banner Brigade was "
            "quoted late on Friday denying the charge.",
            "Grey Banner Brigade",
        ),
        (
            "Hours after the army accused the Tarvo Front of the ambush, the Kessel Brigade was quoted early on "
            "Tuesday rejecting the accusation.",
            "Kessel Brigade",
        ),
        (
            "Once the ministry had blamed the Velor Guard for the raid, the Grey Banner Brigade was quoted on Sunday "
            "evening denying the charge.",
            "Grey Banner Brigade",
        ),
        (
            "A week after the police named Lev Arno as the organiser, the Tarvo Front was cited last night as "
            "dismissing the claims.",
            "Tarvo Front",
        ),
    ],
)
def test_a_passive_quoted_at_a_time_is_its_subjects_denial_not_the_clause_befores(sentence: str, denier: str) -> None:
    assert [(k, s) for k, s, _ in said_en(sentence)] == [("denial", denier)], sentence


@pytest.mark.parametrize(
    "paragraph",
    [
        'Lev Arno was quoted this week as saying, "We will not withdraw from Barno."',
        'The envoy Lev Arno was quoted early Sunday as having said: "We will not withdraw from Barno."',
        '"We will not withdraw from Barno," Lev Arno was quoted late on Friday as saying.',
        '"We will not withdraw from Barno," Lev Arno was quoted this week as saying.',
        '"We will not withdraw from Barno," Lev Arno was cited last night as saying.',
        '"We will not withdraw from Barno," Lev Arno has been quoted this morning as telling the crowd.',
    ],
)
def test_the_words_of_one_quoted_at_a_time_are_theirs(paragraph: str) -> None:
    assert [s for _, s in quotes(EN_LEAD, paragraph)] == ["Lev Arno"], paragraph


@pytest.mark.parametrize(
    "paragraphs",
    [
        # reported at a time, but not as saying: the words are the one who said them
        (
            'Lev Arno was reported late on Friday as wounded. "We will not withdraw from Barno," the Kessel Brigade said.',
        ),
        ('"We will not withdraw from Barno," the Kessel Brigade said, as Lev Arno was reported this week as missing.',),
        # quoted at a time, with no participle of saying after it
        ('"We will not withdraw from Barno," the Kessel Brigade said on Friday, and Lev Arno was quoted this week.',),
        (
            "Lev Arno was quoted this morning in the Meridian Wire.",
            '"We will not withdraw from Barno," the Kessel Brigade said.',
        ),
    ],
)
def test_one_reported_at_a_time_without_saying_is_not_the_speaker(paragraphs: tuple[str, ...]) -> None:
    assert [s for _, s in quotes(EN_LEAD, *paragraphs)] == ["Kessel Brigade"], paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "After the army blamed the Kessel Brigade for the raid, Lev Arno was reported late on Friday as wounded, and "
        "the brigade denied the charge.",
        "After the army blamed the Kessel Brigade for the raid, Lev Arno was reported this week as missing. The "
        "brigade denied the charge.",
        "Lev Arno was quoted late on Friday in the Meridian Wire. The Kessel Brigade denied the charge.",
    ],
)
def test_one_reported_at_a_time_as_something_else_denies_nothing(sentence: str) -> None:
    assert [(k, s) for k, s, _ in said_en(sentence)] == [("denial", "Kessel Brigade")], sentence
