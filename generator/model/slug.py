"""Turning names into ids: lowercase ASCII slugs that are safe as file names and URLs."""

from __future__ import annotations

import re
import unicodedata

from generator.model.fields import MAX_ID_LENGTH

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """'Abdul Rahman Al-Jazairi' -> 'abdul-rahman-al-jazairi'; '' when nothing Latin is left (ask for an id)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NOT_ALNUM.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug


def transliterated_slug(text: str, limit: int = MAX_ID_LENGTH) -> str:
    """A slug of a name in any script: 'الحشد الشعبي' -> 'alhshd-alshby', 'Fatemiyoun' -> 'fatemiyoun'.

    Other scripts are transliterated with rigour; a letter it cannot render ('ع' comes out as '?') is dropped
    rather than splitting the word.
    """
    if text.isascii():
        return slugify(text, limit)
    from rigour.text.translit import ascii_text  # loaded only for names in other scripts

    return slugify(ascii_text(text).replace("?", ""), limit)
