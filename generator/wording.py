"""The words a denial shares with a claim, one definition for the two places that rank claims by them.

The drafter proposes, in a drafted denial's notes, the claims it may answer; the validator names likely
claims in its hint for a denial that lists none. Both rank by shared words, and with one definition they
cannot disagree on what a word is. Words are folded as search folds them, so that spellings meet (ي and ی,
diacritics, al-); British and American spellings and a few of the region's demonyms count as one word;
words under four letters and common ones are left out. Each word keeps the form it was first written in,
since the editor reads 'فرماندهی', not its folded 'فرماندهي'.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from generator.folding import STOPWORDS, fold

COMMON = STOPWORDS | frozenset(
    """said says that this these those have has were been will would also which their there they them what
    when about after before against into over under more than other some such only very from with""".split()
)
# British and American spellings, and demonyms of the region, as one word each (no offline library covers
# these; the list is short on purpose).
_VARIANTS = {
    "defense": "defence",
    "organization": "organisation",
    "center": "centre",
    "program": "programme",
    "iraqi": "iraq",
    "iranian": "iran",
    "syrian": "syria",
    "lebanese": "lebanon",
    "israeli": "israel",
    "pakistani": "pakistan",
    "afghan": "afghanistan",
    "turkish": "turkey",
    "kurdish": "kurdistan",
    "american": "us",
    "yemeni": "yemen",
}


def variant(word: str) -> str:
    """A folded word with its spelling variants made one: 'defense' -> 'defence', 'iraqi' -> 'iraq'."""
    return _VARIANTS.get(word, word)


def _bare(token: str) -> str:
    """A token without the punctuation around it (marks, brackets, guillemets, the Arabic comma)."""
    start, end = 0, len(token)
    while start < end and not token[start].isalnum():
        start += 1
    while end > start and not token[end - 1].isalnum():
        end -= 1
    return token[start:end]


@lru_cache(maxsize=8192)  # each existing claim's words are compared with every drafted denial's
def content_words(text: str) -> Mapping[str, str]:
    """The text's words worth sharing, folded, each mapped to the form it was first written in."""
    words: dict[str, str] = {}
    for token in text.split():
        for word in fold(token).split():
            if len(word) >= 4 and word not in COMMON:
                words.setdefault(variant(word), _bare(token) or word)
    return words


def shared(words: Mapping[str, str], other: Mapping[str, str]) -> list[str]:
    """The words of ``words`` also in ``other``, as first written in ``words``, in the order of their folded
    forms (so that the same pair of texts always lists them alike)."""
    return [words[key] for key in sorted(words.keys() & other.keys())]
