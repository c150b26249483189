"""A source's archived text as Markdown: numbered, anchored paragraphs with quoted passages marked.

Each paragraph gets ``id="p-N"`` (N as in :attr:`ArchivedText.paragraphs`), so
footnotes can land on it. Every passage some record quotes is wrapped in
``<mark>``, followed by links back to the records that quote it. A quote that
runs over several paragraphs is marked in each; its back-links follow its end.

Each quoted passage is placed in the paragraphs it overlaps by a binary search
over their offsets, and a passage that one record quotes more than once is placed
once, so the work grows with the number of passages and paragraphs, not their product.
"""

from __future__ import annotations

from bisect import bisect_right
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
    ranges = paragraph_ranges(archive)
    starts = [start for start, _ in ranges]
    # For each paragraph, the passages that overlap it, clipped to it, in citation order.
    inside: list[list[tuple[int, int, Record, bool]]] = [[] for _ in ranges]
    placed: set[tuple[int, int, str]] = set()
    for record, citation in page.lookup.corpus.citing(source_id):
        span = page.lookup.locate(citation)
        if not span or (span.start, span.end, record.id) in placed:
            continue  # the same record quoting the same passage again adds no mark and no link
        placed.add((span.start, span.end, record.id))
        k = max(bisect_right(starts, span.start) - 1, 0)
        while k < len(ranges) and ranges[k][0] < span.end:
            start, end = ranges[k]
            if span.start < end:
                inside[k].append((max(span.start, start), min(span.end, end), record, span.end <= end))
            k += 1
    normalized = archive.text.replace("\r\n", "\n")
    return [
        Paragraph(number, f"p-{number}", _mark(normalized, start, end, inside[number - 1], page))
        for number, (start, end) in enumerate(ranges, 1)
    ]


def _mark(text: str, start: int, end: int, quotes: list, page: PageContext) -> Safe:
    # Merge overlapping passages into one mark; collect back-links for quotes ending in it.
    merged: list[list] = []
    for s, e, record, ends_here in sorted(quotes, key=lambda q: (q[0], q[1])):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e, {}])
        if ends_here:
            merged[-1][2].setdefault(record.id, record)  # one back-link per record, in order of first use
    pieces: list[Safe] = []
    pos = start
    for s, e, by_id in merged:
        records = list(by_id.values())
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
