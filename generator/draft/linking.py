"""The people, bodies, groups and places an article names that are already on record.

Every paragraph is read for the names and aliases of existing records (:meth:`NameIndex.scan`: across
case, diacritics, 'al-', possessives, Arabic and Persian letter forms and proclitics, and a country's names
in other scripts), and only a whole name counts: 'Damascus' inside 'Damascus International Airport' or 'ريف
دمشق' is not Damascus. Each record found is listed once, with the words the text uses and the paragraph
where it first appears, in the notes of every drafted claim and denial (after :data:`NAMED_ON_FILE`), so
the editor has the ids at hand for subjects, places and the claims a denial answers. A record already
linked in the draft's own fields (its speaker, subjects, the outlet told) is not listed again.

A city is linked only where the text names it as a place: after a preposition of place ('in Damascus',
'near Erbil', 'في دمشق', 'بحلب', 'در تهران'), as a dateline ('DAMASCUS –', 'Damascus, SANA'), or as 'the city
of'. Elsewhere a capital usually stands for its government ('Washington withdrew', 'warned Washington',
'between Washington and Tehran'), which is another record; there the city is proposed after
:data:`NAMED_MAYBE` with that reason, for the editor to decide, and not linked.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from generator.draft.names import Known, NameIndex, key_tokens
from generator.draft.text import Paragraph
from generator.render.search_keys import fold

# Words after which a city is a place. English prepositions; Arabic and Persian ones as search folds them,
# with the words for city and capital ('مدينة دمشق', 'شهر تهران').
_PLACE_BEFORE = frozenset(
    "in at near from to into outside around across inside within toward towards via through of city capital".split()
)
_PLACE_BEFORE_ARABIC = frozenset(
    fold(w)
    for w in "في إلى الى من قرب داخل حول نحو عند مدينة العاصمة عاصمة در به از نزدیک شهر داخل اطراف پایتخت".split()
)
# Proclitics of place written on the name: 'بحلب' (in Aleppo), 'لواشنطن' (to Washington).
_PLACE_CLITICS = ("\u0628", "\u0644", "\u0648\u0628", "\u0648\u0644")

NAMED_ON_FILE = "Named in the article and on file:"
NAMED_MAYBE = "Perhaps named, not linked:"
_CITY_REASON = "a city named where it may stand for its government"
_TYPES = ("actor", "group", "place")


@dataclass(frozen=True)
class Named:
    """A record the article names: its id, the words of its first mention, and that paragraph."""

    id: str
    words: str
    paragraph: int
    why: str = ""
    """Empty for a certain link; else why the record is only proposed."""


def named_on_file(paragraphs: list[Paragraph], index: NameIndex, skip: Collection[int] = ()) -> list[Named]:
    """Each existing person, body, group and place the article names, in order of first mention.

    A record named only in ways that make it uncertain comes with the reason (``why``); one certain
    mention anywhere in the article makes it certain.
    """
    found: dict[str, Named] = {}
    for para in paragraphs:
        if para.number in skip:
            continue
        for start, end, known in index.scan(para.text):
            if known.type not in _TYPES:
                continue
            why = "" if named_as_place(para.text, start, end, known, index) else _CITY_REASON
            before = found.get(known.id)
            if before is None or (before.why and not why):
                found[known.id] = Named(known.id, para.text[start:end], para.number, why)
    return list(found.values())


def named_as_place(text: str, start: int, end: int, known: Known, index: NameIndex) -> bool:
    """Whether a name found in ``text`` names its record as it is: always, except a city not named as a place."""
    if known.type != "place" or known.kind != "city":
        return True
    before = text[:start]
    if not before.strip() and re.match(r"\s*[,/(\u2013\u2014-]|\s*$", text[end:]):
        return True  # a dateline: 'DAMASCUS/TEHRAN –', 'Damascus, SANA', 'دمشق - '
    words = before.split()
    previous = words[-1].strip("\u00ab\u201c\"'(") if words else ""
    if previous.isascii():
        return previous.lower() in _PLACE_BEFORE
    if fold(previous) in _PLACE_BEFORE_ARABIC:
        return True
    first = key_tokens(text[start:end])[0][0]  # as written: 'بحلب' is not a name on file, 'بغداد' is
    return first not in index.by_first_word and first.startswith(_PLACE_CLITICS)


def named_note(named: list[Named], linked: set[str]) -> str:
    """The sentences for a draft's notes: the records named in the article that the draft does not link yet."""
    sure = [n for n in named if n.id not in linked and not n.why]
    maybe = [n for n in named if n.id not in linked and n.why]
    note = ""
    if sure:
        note += f" {NAMED_ON_FILE} " + "; ".join(f"`{n.id}` (¶{n.paragraph} \u2018{n.words}\u2019)" for n in sure) + "."
    if maybe:
        note += (
            f" {NAMED_MAYBE} "
            + "; ".join(f"`{n.id}` (¶{n.paragraph} \u2018{n.words}\u2019: {n.why})" for n in maybe)
            + "."
        )
    return note
