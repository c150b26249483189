"""generator.weekdays.resolve_date: a day of the month after 'on' read against the publication date, beside the
weekdays it already read."""

from __future__ import annotations

import pytest

from generator.weekdays import resolve_date

PUBLISHED = "2023-12-30"  # a Saturday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("French newspaper Le Figaro alleged on December 26 that the chief had been told.", "2023-12-26"),
        ("The ministry said on 26 December that the report was false.", "2023-12-26"),
        ("The ministry said on the 26th of December that the report was false.", "2023-12-26"),
        ("The ministry said on Dec. 26 that the report was false.", "2023-12-26"),
        ("The ministry said on Dec. 26, 2022 that the report was false.", "2022-12-26"),  # (the year as written)
        ("The ministry said on Friday, December 29 that the report was false.", "2023-12-29"),
        ("The ministry said on January 3 that the report was false.", "2023-01-03"),  # (not a later day this year)
        ("The ministry said on December 30 that the report was false.", "2023-12-30"),  # (the day it was published)
        ("The ministry said on Friday that the report was false.", "2023-12-29"),  # (a weekday, as before)
    ],
)
def test_one_day_named_after_on_dates_the_statement(text: str, day: str) -> None:
    dated = resolve_date(text, PUBLISHED)
    assert dated is not None and dated[0] == day, text
    assert "check it against the text" in dated[1]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Thursday, December 29 that the report was false.",  # (the 29th was a Friday)
        "The ministry said on December 26 and again on December 27 that it was false.",  # (two days)
        "The ministry said on February 30 that the report was false.",  # (no such day)
        "Fighting has gone on since October 7, the ministry said.",  # (not after 'on')
        "He received a call on the morning of October 7, the daily said.",  # (the morning of an event)
        "May 5 soldiers be court-martialled, the ministry asked.",  # ('May' with no 'on')
        "The ministry said the report was false.",  # (no day)
    ],
)
def test_no_day_or_two_days_date_nothing(text: str) -> None:
    assert resolve_date(text, PUBLISHED) is None, text


def test_a_month_precision_publication_dates_nothing() -> None:
    assert resolve_date("The ministry said on December 26 that it was false.", "2023-12") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The group told reporters on December 27 that it had no part in it.", "2023-12-27"),
        ("The ministry said in a statement on 27 December that the claim was baseless.", "2023-12-27"),
        ("The army denied the account on Dec. 27, calling it a fabrication.", "2023-12-27"),
        ("In a statement issued on December 27, the office rejected the allegation.", "2023-12-27"),
        ("On December 27, the foreign ministry spokesman said the report was false.", "2023-12-27"),
        ("On December 27, Iran's envoy to the United Nations, Amir Saeid Iravani, wrote to the council.", "2023-12-27"),
        ("The minister told the United Nations on December 27 that the charge was false.", "2023-12-27"),
        ("Since the attack, the movement has said on December 27 that it acted alone.", "2023-12-27"),
    ],
)
def test_a_day_after_saying_dates_the_statement(text: str, day: str) -> None:
    dated = resolve_date(text, PUBLISHED)
    assert dated is not None and dated[0] == day, text


@pytest.mark.parametrize(
    "text",
    [
        "Tehran denied any role in the attack on October 7, the ministry said.",
        "Hamas fighters crossed into Israel on October 7, officials said.",
        "The group said that its fighters had struck on October 7 without outside help.",
        "Since the assault on 7 October, the ministry has denied any part in it.",
        "The raid on Dec. 25 killed three advisers, the guards said.",
        "On October 7, Hamas fighters stormed the border fence, the army said.",
        "The spokesman rejected claims about the massacre on October 7.",
        "The official said the strikes on December 25 had hit empty buildings.",
    ],
)
def test_a_day_of_an_event_dates_nothing(text: str) -> None:
    assert resolve_date(text, PUBLISHED) is None, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The strike on Monday, December 25 was not ours, the group said on Friday.", "2023-12-29"),
        ("The attack on October 7 was planned in Gaza, the movement said on Thursday.", "2023-12-28"),
        ("The ministry said on Friday that the raid on December 25 was a lie.", "2023-12-29"),
    ],
)
def test_an_event_day_leaves_the_statement_weekday(text: str, day: str) -> None:
    dated = resolve_date(text, PUBLISHED)
    assert dated is not None and dated[0] == day, text
