"""The timeline: dated claims, denials and events in date order, each date with its own precision.

Entries are ordered by :meth:`generator.model.edtf.Edtf.sort_key` (earliest
possible day, then latest), so "2025-02" comes before "2025-02-13" and an
interval sorts by its start. Each entry shows its date as written
("February 2025", "7–8 December 2024", "c. 2025"), never a made-up day.
Undated records are counted, not placed.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import edtf
from generator.model.corpus import Corpus
from generator.model.records import Record

TIMELINE_TYPES = ("event", "claim", "denial")


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


def timeline_entries(corpus: Corpus) -> Timeline:
    """Every dated event, claim and denial, oldest first."""
    dated: list[tuple[tuple, TimelineEntry]] = []
    undated = 0
    for type_name in TIMELINE_TYPES:
        for record in corpus.of_type(type_name):
            if not record.date:
                undated += 1
                continue
            value = edtf.parse(record.date)
            year = str(value.start.year) if value.start else "Start unknown"
            key = (value.sort_key(), TIMELINE_TYPES.index(type_name), record.id)
            dated.append((key, TimelineEntry(record, record.date, year)))
    dated.sort(key=lambda item: item[0])
    return Timeline([entry for _, entry in dated], undated)
