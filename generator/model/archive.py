"""Archived source texts: paragraphs, and finding a quote in them.

Quotes must match the archived text verbatim, tolerating only differences that
copying text between tools introduces: runs of whitespace, curly versus
straight quotes, and the many dashes. Everything else (case, letters,
punctuation, diacritics) must match, so a quote cannot drift from its source.

Each archive is folded once and indexed by word, so a quote is found by looking
up one of its whole words rather than by reading the whole text, and each
distinct quote is looked up once (the answers are kept): checking many quotes,
or one quote cited many times, costs about the quotes' length, not their number
times the archive's (see the resource model in SECURITY.md).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
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
    searches: int = field(default=0, init=False, repr=False, compare=False)
    """Quotes looked up in the text, each distinct (quote, paragraph) once; repeats are answered from memory."""
    scans: int = field(default=0, init=False, repr=False, compare=False)
    """Look-ups that read the whole folded text because the word index could not narrow them down."""
    _located: dict[tuple[str, int | None], tuple[int, int] | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _nearest: dict[str, tuple[int, str, str, str] | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

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

    @property
    def _typecode(self) -> str:
        """Offsets are kept in 4 bytes each (8 for a text of 4 G characters or more): half the memory of ``q``."""
        return "I" if len(self.text) < 2**32 else "q"

    @cached_property
    def _words(self) -> dict[str, array]:
        """Where each word of the folded text starts, in order: the index quotes are found by."""
        index: dict[str, array] = {}
        pos = 0
        for word in self.folded.split(" "):
            positions = index.get(word)
            if positions is None:
                positions = index[word] = array(self._typecode)
            positions.append(pos)
            pos += len(word) + 1
        return index

    @cached_property
    def _vocabulary(self) -> list[str]:
        """The distinct words of the folded text, sorted: the words that start with a given prefix are a range."""
        return sorted(self._words)

    @cached_property
    def _vocabulary_text(self) -> str:
        """The distinct words, one a line: far shorter than the text, to rule out a needle without a space."""
        return "\n".join(self._vocabulary)

    @cached_property
    def _offsets(self) -> array:
        """For each character of the folded text, its offset in the original text (for highlighting)."""
        offsets = array(self._typecode)
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

    def _find(self, needle: str, start: int = 0) -> int:
        """``self.folded.find(needle, start)``, through the word index when it can narrow the search.

        A folded needle of three words or more holds whole words (all but its first and
        last, which may be cut), and wherever it occurs, each of those starts a word of the
        text. So the candidates are the places where its rarest whole word starts, each
        checked in place. A needle of two words has none, but its second starts a word of
        the text: the candidates are where the words beginning with it start. A needle of
        one word, or one whose candidates are so many that checking them would cost more
        than reading the text, is found by one scan of the folded text (``str.find``), unless
        it is one word that no word of the text holds (a scan of the distinct words says so).
        """
        folded = self.folded
        words = needle.split(" ")
        if len(words) >= 3:
            index = self._words
            offset = len(words[0]) + 1
            best_offset, best = 0, None
            for word in words[1:-1]:
                positions = index.get(word)
                if positions is None:
                    return -1  # a whole word of the quote is nowhere in the text
                if best is None or len(positions) < len(best):
                    best_offset, best = offset, positions
                offset += len(word) + 1
            if best is not None and len(best) * len(needle) <= len(folded):
                for k in range(bisect_left(best, start + best_offset), len(best)):
                    at = best[k] - best_offset
                    if folded.startswith(needle, at):
                        return at
                return -1
        elif len(words) == 1 and needle not in self._vocabulary_text:
            return -1  # a needle without a space lies inside one word, and no word holds it
        elif len(words) == 2 and words[0] and words[1]:
            at = self._find_two_words(needle, words[0], words[1], start)
            if at is not None:
                return at
        self.scans += 1
        return folded.find(needle, start)

    def _find_two_words(self, needle: str, first: str, second: str, start: int) -> int | None:
        """``_find`` for 'first second': at the words that begin with ``second``; None when they are too many."""
        folded, index, vocabulary = self.folded, self._words, self._vocabulary
        budget = len(folded) // len(needle)
        offset = len(first) + 1
        places: list[int] = []
        first_word = k = bisect_left(vocabulary, second)
        while k < len(vocabulary) and vocabulary[k].startswith(second):
            positions = index[vocabulary[k]]
            places.extend(positions[bisect_left(positions, start + offset) :])
            k += 1
            if len(places) + k - first_word > budget:
                return None
        for place in sorted(places):
            if folded.startswith(needle, place - offset):
                return place - offset
        return -1

    def locate(self, quote: str, paragraph: int | None = None) -> tuple[int, int] | None:
        """Where ``quote`` starts in the folded text and the paragraph it starts in, or None.

        With ``paragraph``, prefer an occurrence that starts in that paragraph: the
        same words may occur more than once, and the locator says which is meant.
        """
        needle = fold(quote)
        if not needle:
            return None
        key = (needle, paragraph)
        if key in self._located:
            return self._located[key]
        self.searches += 1
        starts = self._index[1]
        at = -1
        if paragraph is not None and 1 <= paragraph <= len(starts):
            at = self._find(needle, starts[paragraph - 1])
            if at >= 0 and paragraph < len(starts) and at >= starts[paragraph]:
                at = -1
        if at < 0:
            at = self._find(needle)
        found = None if at < 0 else (at, _bisect_right(starts, at))
        self._located[key] = found
        return found

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
        if needle in self._nearest:
            return self._nearest[needle]
        folded, starts = self._index
        lo, hi = 0, len(needle)
        while lo < hi:  # longest prefix of the quote that occurs somewhere
            mid = (lo + hi + 1) // 2
            if self._find(needle[:mid]) >= 0:
                lo = mid
            else:
                hi = mid - 1
        near = None
        if lo >= min(12, len(needle)):
            at = self._find(needle[:lo])
            near = (
                _bisect_right(starts, at),
                needle[max(0, lo - 25) : lo],
                needle[lo : lo + 25],
                folded[at + lo : at + lo + 25],
            )
        self._nearest[needle] = near
        return near


def _bisect_right(values: Sequence[int], x: int) -> int:
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


HEADLINE_WORDS = 30
"""Headlines are short; a first line longer than this is more likely the article's first paragraph."""


_CLOSERS = "\"'»”’)]} \t"
"""What may follow a sentence's full stop: closing marks and brackets."""


def looks_like_headline(line: str) -> bool:
    """Whether a first line reads as a headline rather than a paragraph: short, and not ended by a full stop.

    Headlines carry no full stop at their end, the first sentence of a copy saved without its headline does. A full
    stop inside says nothing ('U.S. denies ...'), nor one that closes an abbreviation at the end ('... to the U.S.'),
    nor an ellipsis ('Venn: we will not ...').
    """
    if len(line.split()) > HEADLINE_WORDS:
        return False
    end = line.rstrip(_CLOSERS)
    if not end.endswith((".", "\u06d4")) or end.endswith(".."):
        return True
    last = end.split()[-1].rstrip(".")
    return "." in last or len(last) == 1  # 'U.S.', 'Jr.'-like initials end no sentence
