"""Archived source texts: paragraphs, and finding a quote in them.

Quotes must match the archived text verbatim, tolerating only differences that
copying text between tools introduces: runs of whitespace, curly versus
straight quotes, and the many dashes. Everything else (case, letters,
punctuation, diacritics) must match, so a quote cannot drift from its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    }
)
_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def fold(text: str) -> str:
    """The form in which quotes and archives are compared."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


@dataclass(frozen=True)
class Span:
    """Where a quote sits in the archived text: character offsets and the paragraph it starts in."""

    start: int
    end: int
    paragraph: int


@dataclass
class ArchivedText:
    """The text of one archived source, split into numbered paragraphs (1-based)."""

    text: str

    @cached_property
    def paragraphs(self) -> list[str]:
        """Blocks separated by blank lines, stripped, empty ones dropped."""
        return [p.strip() for p in _PARAGRAPH_BREAK.split(self.text.replace("\r\n", "\n")) if p.strip()]

    @cached_property
    def _index(self) -> tuple[str, list[int], list[int]]:
        """The folded text, the original offset of each folded character, and paragraph starts in it."""
        out: list[str] = []
        offsets: list[int] = []
        starts: list[int] = []
        normalized = self.text.replace("\r\n", "\n")
        pos = 0
        for para in self.paragraphs:
            pos = normalized.index(para, pos)
            if out:
                out.append(" ")
                offsets.append(pos)
            starts.append(len(out))
            space = False
            for i, ch in enumerate(para):
                if ch.isspace():
                    space = True
                    continue
                if space:
                    out.append(" ")
                    offsets.append(pos + i)
                    space = False
                out.append(ch.translate(_FOLD))
                offsets.append(pos + i)
            pos += len(para)
        return "".join(out), offsets, starts

    @property
    def folded(self) -> str:
        return self._index[0]

    def find(self, quote: str) -> Span | None:
        """Locate ``quote`` in the text, or None when it is not there verbatim."""
        needle = fold(quote)
        if not needle:
            return None
        folded, offsets, starts = self._index
        at = folded.find(needle)
        if at < 0:
            return None
        end = at + len(needle) - 1
        paragraph = _bisect_right(starts, at)
        return Span(offsets[at], offsets[end] + 1, paragraph)

    def paragraph_of(self, offset: int) -> int:
        """The 1-based paragraph that holds the character at ``offset`` of the original text."""
        folded, offsets, starts = self._index
        lo = _bisect_right(offsets, offset) - 1
        return _bisect_right(starts, max(lo, 0))

    def nearest(self, quote: str) -> tuple[int, str, str, str] | None:
        """For an error hint: how much of the quote matches, and where it first diverges.

        Returns (paragraph, the last words that match, the quote's words from the
        divergence, the archive's words there), or None when not even the first
        few characters occur.
        """
        needle = fold(quote)
        folded, _, starts = self._index
        lo, hi = 0, len(needle)
        while lo < hi:  # longest prefix of the quote that occurs somewhere
            mid = (lo + hi + 1) // 2
            if needle[:mid] in folded:
                lo = mid
            else:
                hi = mid - 1
        if lo < min(12, len(needle)):
            return None
        at = folded.find(needle[:lo])
        return (
            _bisect_right(starts, at),
            needle[max(0, lo - 25) : lo],
            needle[lo : lo + 25],
            folded[at + lo : at + lo + 25],
        )


def _bisect_right(values: list[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
