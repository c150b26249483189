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
    def _index(self) -> tuple[str, list[int]]:
        """The folded text (paragraphs joined by one space) and where each paragraph starts in it."""
        starts, pos = [], 0
        parts = [fold(p) for p in self.paragraphs]
        for part in parts:
            starts.append(pos)
            pos += len(part) + 1
        return " ".join(parts), starts

    @cached_property
    def _offsets(self) -> list[int]:
        """For each character of the folded text, its offset in the original text (for highlighting)."""
        offsets: list[int] = []
        normalized = self.text.replace("\r\n", "\n")
        pos = 0
        for para in self.paragraphs:
            pos = normalized.index(para, pos)
            if offsets:
                offsets.append(pos)  # the space that joins two paragraphs
            space = False
            for i, ch in enumerate(para):
                if ch.isspace():
                    space = True
                    continue
                if space:
                    offsets.append(pos + i)
                    space = False
                offsets.append(pos + i)
            pos += len(para)
        return offsets

    @property
    def folded(self) -> str:
        return self._index[0]

    def locate(self, quote: str, paragraph: int | None = None) -> tuple[int, int] | None:
        """Where ``quote`` starts in the folded text and the paragraph it starts in, or None.

        With ``paragraph``, prefer an occurrence that starts in that paragraph: the
        same words may occur more than once, and the locator says which is meant.
        """
        needle = fold(quote)
        if not needle:
            return None
        folded, starts = self._index
        at = -1
        if paragraph is not None and 1 <= paragraph <= len(starts):
            at = folded.find(needle, starts[paragraph - 1])
            if at >= 0 and paragraph < len(starts) and at >= starts[paragraph]:
                at = -1
        if at < 0:
            at = folded.find(needle)
        return None if at < 0 else (at, _bisect_right(starts, at))

    def find(self, quote: str, paragraph: int | None = None) -> Span | None:
        """Locate ``quote`` in the original text (offsets and paragraph), or None when it is not there verbatim."""
        found = self.locate(quote, paragraph)
        if found is None:
            return None
        at, para = found
        end = at + len(fold(quote)) - 1
        return Span(self._offsets[at], self._offsets[end] + 1, para)

    def paragraph_of(self, offset: int) -> int:
        """The 1-based paragraph that holds the character at ``offset`` of the original text."""
        lo = _bisect_right(self._offsets, offset) - 1
        return _bisect_right(self._index[1], max(lo, 0))

    def nearest(self, quote: str) -> tuple[int, str, str, str] | None:
        """For an error hint: how much of the quote matches, and where it first diverges.

        Returns (paragraph, the last words that match, the quote's words from the
        divergence, the archive's words there), or None when not even the first
        few characters occur.
        """
        needle = fold(quote)
        folded, starts = self._index
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
