"""The people, bodies, groups and places an article names that are already on record.

Every paragraph is read for the names and aliases of existing records (:meth:`NameIndex.scan`: across
case, diacritics, 'al-', possessives, Arabic and Persian letter forms and proclitics, and a country's names
in other scripts), and only a whole name counts: 'Damascus' inside 'Damascus International Airport' or 'ريف
دمشق' is not Damascus. Each record found is listed once, with the words the text uses and the paragraph
where it first appears, in the notes of every drafted claim and denial (after :data:`NAMED_ON_FILE`), so
the editor has the ids at hand for subjects, places and the claims a denial answers. A record already
linked in the draft's own fields (its speaker, subjects, the outlet told) is not listed again.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from generator.draft.names import NameIndex
from generator.draft.text import Paragraph

NAMED_ON_FILE = "Named in the article and on file:"
_TYPES = ("actor", "group", "place")


@dataclass(frozen=True)
class Named:
    """A record the article names: its id, the words of its first mention, and that paragraph."""

    id: str
    words: str
    paragraph: int


def named_on_file(paragraphs: list[Paragraph], index: NameIndex, skip: Collection[int] = ()) -> list[Named]:
    """Each existing person, body, group and place the article names, in order of first mention."""
    found: dict[str, Named] = {}
    for para in paragraphs:
        if para.number in skip:
            continue
        for start, end, known in index.scan(para.text):
            if known.type in _TYPES and known.id not in found:
                found[known.id] = Named(known.id, para.text[start:end], para.number)
    return list(found.values())


def named_note(named: list[Named], linked: set[str]) -> str:
    """The sentence for a draft's notes: the records named in the article that the draft does not link yet."""
    rest = [n for n in named if n.id not in linked]
    if not rest:
        return ""
    return f" {NAMED_ON_FILE} " + "; ".join(f"`{n.id}` (¶{n.paragraph} \u2018{n.words}\u2019)" for n in rest) + "."
