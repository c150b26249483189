"""The timeline: dated claims, denials and events in date order, each date with its own precision.

Entries are ordered by :func:`generator.model.edtf.order_key`: a date known only
to the month ("2025-02") follows the days of that month that are known, a year its
months, and an interval sorts by its start; then by source (the first cited source
and paragraph). A denial follows the claims it answers, even when its own date
would place it before them (a denial of 12 February answering a claim of "February").
Each entry shows its date as written ("February 2025", "7–8 December 2024",
"c. 2025"), never a made-up day, and says when the day or month is not known.
Undated records are counted, not placed.

A timeline of more than :data:`PAGE_LIMIT` entries is split into a page per year
(``timeline/<year>.md``), with ``timeline.md`` listing the years: no page then grows
with the whole corpus, and an edit changes the page of one year, not one huge page.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from generator.model import edtf
from generator.model.corpus import Corpus
from generator.model.records import Record
from generator.model.reverse import dated_order

TIMELINE_TYPES = ("event", "claim", "denial")
PAGE_LIMIT = 1000
"""The most dated entries shown on one timeline page; above it, a page per year."""


@dataclass(frozen=True)
class TimelineEntry:
    record: Record
    date: str
    """The EDTF text, as the record gives it."""
    year: str
    """The heading it is listed under: the year it starts in, or "Start unknown"."""


@dataclass(frozen=True)
class Timeline:
    entries: list[TimelineEntry]
    undated: int

    @property
    def split(self) -> bool:
        """Whether the timeline has a page per year."""
        return len(self.entries) > PAGE_LIMIT

    def years(self) -> list[tuple[str, list[TimelineEntry]]]:
        """Entries grouped by heading, in the order the single-page timeline shows them (Jinja's groupby)."""
        ordered = sorted(self.entries, key=lambda e: e.year)  # stable: date order within a year
        return [(year, list(group)) for year, group in itertools.groupby(ordered, key=lambda e: e.year)]

    def in_year(self, year: str) -> list[TimelineEntry]:
        return [e for e in self.entries if e.year == year]


def year_page(year: str, folder: str = "timeline") -> str:
    """The docs path of one year's page in ``folder``: ``timeline/2025.md``, ``claims/undated.md``."""
    if year.isdigit():
        return f"{folder}/{year}.md"
    if year.startswith("-") and year[1:].isdigit():
        return f"{folder}/bce-{year[1:]}.md"
    return f"{folder}/" + (re.sub(r"[^a-z0-9]+", "-", year.lower()).strip("-") or "other") + ".md"


def year_of(date_text: str | None) -> str:
    """The year heading a dated record is listed under: the year it starts in, "Start unknown" or "Undated"."""
    if not date_text:
        return "Undated"
    value = edtf.parse(date_text)
    return str(value.start.year) if value.start else "Start unknown"


def timeline_entries(corpus: Corpus) -> Timeline:
    """Every dated event, claim and denial, oldest first."""
    dated: list[tuple[tuple, TimelineEntry]] = []
    keys: dict[str, tuple] = {}
    undated = 0
    for type_name in TIMELINE_TYPES:
        for record in corpus.of_type(type_name):
            date: str | None = getattr(record, "date", None)  # every timeline type is dated
            if not date:
                undated += 1
                continue
            order = dated_order(record)
            keys[record.id] = (order[0], TIMELINE_TYPES.index(type_name), *order[1:])
    for type_name in TIMELINE_TYPES:
        for record in corpus.of_type(type_name):
            if record.id not in keys:
                continue
            key = keys[record.id]
            answered = [keys[c] for c in getattr(record, "claims", []) if c in keys]
            if answered and max(answered) > key:  # follow the latest claim it answers, right after it
                key = (*max(answered), key)
            date = getattr(record, "date", None) or ""
            dated.append((key, TimelineEntry(record, date, year_of(date))))
    dated.sort(key=lambda item: item[0])
    return Timeline([entry for _, entry in dated], undated)


def precision_note(date_text: str | None) -> str:
    """ "day not known" for a date known only to the month, which the timeline places after that month's days.

    (A year alone reads as one; a day needs no note.)
    """
    if not date_text or "/" in date_text:
        return ""
    value = edtf.parse(date_text)
    return "day not known" if value.start and value.start.precision == "month" else ""
