"""Turning names into ids: lowercase ASCII slugs that are safe as file names and URLs."""

from __future__ import annotations

import re
import unicodedata

from generator.model.fields import MAX_ID_LENGTH

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# An apostrophe inside a word is not a word break: a possessive goes ('Sudan's RSF' -> 'sudan-rsf'), and an
# elision or a transliterated ayn or hamza closes up ('don't' -> 'dont', 'Ma'an' -> 'maan').
_POSSESSIVE = re.compile(r"(?<=[a-z0-9])['\u2019]s\b")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z0-9])['\u2019\u02bc\u02bb\u2018`](?=[a-z0-9])")


def slugify(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """'Abdul Rahman Al-Jazairi' -> 'abdul-rahman-al-jazairi', 'Iraq's defence ministry' -> 'iraq-defence-ministry';
    '' when nothing Latin is left (ask for an id)."""
    text = unicodedata.normalize("NFKD", text).lower()
    text = _INNER_APOSTROPHE.sub("", _POSSESSIVE.sub("", text))
    ascii_text = text.encode("ascii", "ignore").decode()
    slug = _NOT_ALNUM.sub("-", ascii_text).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug


# The letters Kurdish (and Uyghur) add to the Arabic script, which the transliteration cannot render, as the letter
# each is written on: 'ە' the final 'ه' (as Persian copy types it, 'سوریە'), 'ۆ' and 'ۇ' 'و', 'ێ' and 'ې' 'ی', 'ڕ'
# 'ر', 'ڵ' 'ل', 'ھ' 'ه'; a name so spelt gets the slug of its Persian spelling, not one with the letter dropped
_KURDISH_LETTERS = str.maketrans(
    "\u06d5\u06c6\u06c7\u06ce\u06d0\u0695\u06b5\u06be", "\u0647\u0648\u0648\u06cc\u06cc\u0631\u0644\u0647"
)


def transliterated_slug(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """A slug of a name in any script: 'الحشد الشعبي' -> 'alhshd-alshby', 'Fatemiyoun' -> 'fatemiyoun'.

    Other scripts are transliterated with rigour; a letter it cannot render ('ع' comes out as '?') is dropped
    rather than splitting the word.
    """
    if text.isascii():
        return slugify(text, limit)
    from rigour.text.translit import ascii_text  # loaded only for names in other scripts

    return slugify(ascii_text(text.translate(_KURDISH_LETTERS)).replace("?", ""), limit)
