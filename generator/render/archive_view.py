"""A source's archived text as Markdown: numbered, anchored paragraphs with quoted passages marked.

Each paragraph gets ``id="p-N"`` (N as in :attr:`ArchivedText.paragraphs`), so
footnotes can land on it. Every passage some record quotes is wrapped in
``<mark>``, followed by links back to the records that quote it. A quote that
runs over several paragraphs is marked in each; its back-links follow its end.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.archive import ArchivedText
from generator.model.records import Record
from generator.render.escape import Safe, escape_md
from generator.render.lookup import display_name
from generator.render.page import PageContext

_BACKLINK_CHARS = 48


@dataclass(frozen=True)
class Paragraph:
    number: int
    anchor: str
    markdown: Safe
    """The paragraph's text, escaped, with marks and back-links; always a single line."""


def paragraph_ranges(archive: ArchivedText) -> list[tuple[int, int]]:
    """Start and end offset of each paragraph in the text as ``ArchivedText`` indexes it."""
    normalized = archive.text.replace("\r\n", "\n")
    ranges, pos = [], 0
    for para in archive.paragraphs:
        pos = normalized.index(para, pos)
        ranges.append((pos, pos + len(para)))
        pos += len(para)
    return ranges


def annotated_paragraphs(source_id: str, page: PageContext) -> list[Paragraph]:
    """The source's paragraphs, marked up with the passages the corpus quotes from it."""
    archive = page.lookup.corpus.archives.get(source_id)
    if archive is None:
        return []
    quotes: list[tuple[int, int, Record]] = []
    for record, citation in page.lookup.corpus.citing(source_id):
        span = page.lookup.locate(citation)
        if span:
            quotes.append((span.start, span.end, record))
    normalized = archive.text.replace("\r\n", "\n")
    out = []
    for number, (start, end) in enumerate(paragraph_ranges(archive), 1):
        inside = [(max(s, start), min(e, end), rec, e <= end) for s, e, rec in quotes if s < end and e > start]
        out.append(Paragraph(number, f"p-{number}", _mark(normalized, start, end, inside, page)))
    return out


def _mark(text: str, start: int, end: int, quotes: list, page: PageContext) -> Safe:
    # Merge overlapping passages into one mark; collect back-links for quotes ending in it.
    merged: list[list] = []
    for s, e, record, ends_here in sorted(quotes, key=lambda q: (q[0], q[1])):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, []])
        if ends_here and all(r.id != record.id for r in merged[-1][2]):
            merged[-1][2].append(record)
    pieces: list[Safe] = []
    pos = start
    for s, e, records in merged:
        pieces.append(Safe(escape_md(text[pos:s], strip=False)))
        pieces.append(Safe("<mark>") + Safe(escape_md(text[s:e], strip=False)) + Safe("</mark>"))
        if records:
            links = Safe(", ").join(page.link(r, _short(display_name(r))) for r in records)
            pieces.append(Safe('<sup class="fs-backlinks">') + links + Safe("</sup>"))
        pos = e
    pieces.append(Safe(escape_md(text[pos:end], strip=False)))
    return Safe("").join(pieces)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _BACKLINK_CHARS else text[: _BACKLINK_CHARS - 1].rstrip() + "…"
