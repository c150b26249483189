"""Folding: names written in different ways made to meet, as search and the drafter compare them.

Two levels:

:func:`fold`
    Case, diacritics and Arabic vowel marks, Arabic and Persian letter variants,
    tatweel, apostrophes and transliteration marks, hyphens, and the Arabic
    article (al-, el-, ul-, ash-..., and ال written onto a word).
:func:`skeleton`
    For Latin-script words only, after folding: the usual transliteration
    variants collapse (ou/oo/u, ee/i, e/i, o/u, y/i, ei/ey/ay/ai, q/k, doubled
    letters, a final h after a vowel), so Fatemiyoun, Fatemiyun and Fatimiyoun
    all become ``fatimiun``.

The search box folds a reader's query the same way in JavaScript
(``templates/pages/assets/factsheet/search.js``); a browser test checks that the two agree.
"""

from __future__ import annotations

import re
import unicodedata

# Letters folded onto one form (after case folding and removing combining marks).
_LETTERS = str.maketrans(
    {
        # Arabic and Persian yeh, alef maksura -> Arabic yeh
        "\u06cc": "\u064a",
        "\u0649": "\u064a",
        "\u06d0": "\u064a",
        # Persian keheh, swash kaf -> Arabic kaf
        "\u06a9": "\u0643",
        "\u06aa": "\u0643",
        # teh marbuta and the heh forms -> heh
        "\u0629": "\u0647",
        "\u06c3": "\u0647",
        "\u06be": "\u0647",
        "\u06c1": "\u0647",
        "\u06d5": "\u0647",
        # alef wasla (the other alef forms lose their hamza or madda as combining marks)
        "\u0671": "\u0627",
        # tatweel, zero-width non-joiner and joiner: no letters at all
        "\u0640": "",
        "\u200c": "",
        "\u200d": "",
        # apostrophes and the marks transliterations use for ayn and hamza
        "'": "",
        "\u2019": "",
        "\u2018": "",
        "\u02bc": "",
        "\u02bb": "",
        "\u02be": "",
        "\u02bf": "",
        "`": "",
        "\u00b4": "",
        # Latin letters without a decomposition
        "\u00df": "ss",
        "\u0131": "i",
        "\u0142": "l",
        "\u00f8": "o",
        "\u0111": "d",
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u00fe": "th",
        "\u00f0": "d",
        # Arabic-Indic and Persian digits
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
# The article joined by a hyphen, in its usual spellings and assimilated forms (ash-Sham, ad-Din).
_ARTICLE = re.compile(r"(?<![^\W_])(?:al|el|ul|ad|ar|as|at|az|an|ash|adh|ath)[-\u2010\u2011](?=[^\W\d_])")
_LONE_ARTICLES = frozenset({"al", "el", "ul"})
_ARABIC_ARTICLE = "\u0627\u0644"
# Words that say nothing about which record is meant; left out of the keys.
STOPWORDS = frozenset({"the", "of", "and", "from", "in", "for", "a", "an", "to", "with", "by", "on", "at", "or"})

_LATIN_WORD = re.compile(r"^[a-z]+$")
_SKELETON_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"ph", "f"),
        (r"[ae][iy]", "ai"),
        (r"y", "i"),
        (r"e", "i"),
        (r"o", "u"),
        (r"q", "k"),
        (r"([a-z])\1+", r"\1"),
        (r"(?<=[aiu])h$", ""),
    )
)


def fold(text: str) -> str:
    """``text`` as lowercase words without marks, letter variants or the article, separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").translate(_LETTERS)
    text = _ARTICLE.sub("", text)
    words = "".join(c if c.isalnum() else " " for c in text).split()
    if len(words) > 1:
        words = [w for w in words if w not in _LONE_ARTICLES] or words
    words = [w[2:] if w.startswith(_ARABIC_ARTICLE) and len(w) >= 4 else w for w in words]
    return " ".join(words)


def skeleton(word: str) -> str:
    """A folded Latin-script word with transliteration variants collapsed; other words as they are."""
    if not _LATIN_WORD.match(word):
        return word
    for pattern, replacement in _SKELETON_STEPS:
        word = pattern.sub(replacement, word)
    return word
