"""Helpers for draft tests: read a small made-up text the way `factsheet draft` does."""

from __future__ import annotations

from generator.draft.names import NameIndex
from generator.draft.speakers import Reader
from generator.draft.text import read
from generator.model.archive import ArchivedText


def reader(*paragraphs: str, index: NameIndex | None = None) -> Reader:
    """A Reader over 'Title' plus ``paragraphs`` (paragraph 1, the title, is skipped as drafting skips it)."""
    text = "\n\n".join(("Title", *paragraphs)) + "\n"
    r = Reader(read(ArchivedText(text)), index or NameIndex(), skip={1})
    r.read()
    return r


def quotes(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str | None]]:
    """(quotation, speaker label or None) for every quotation, in order."""
    out = []
    for reading in reader(*paragraphs, index=index).readings:
        found = {id(a.quote): a.speaker.label for a in reading.quotes}
        for q in reading.sentence.quotes:
            out.append((q.text, found.get(id(q))))
    return out
