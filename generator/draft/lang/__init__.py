"""Drafting rules per language, behind one small interface, so that a better attributor can replace them.

    analysis = attributor_for(language).analyse(paragraphs, index, skip)

An :class:`Attributor` reads an article's paragraphs and says what to draft: the units (one claim or
denial each, with its speaker and the span it cites), the people and bodies it met (each matched to a
record or not), and the quotations it could not attribute. :mod:`generator.draft.build` turns that into
records; nothing there depends on the language. English (:mod:`.en`) has the fullest rules; Arabic
(:mod:`.ar`) and Persian (:mod:`.fa`) share one reader for Arabic-script news (:mod:`.arabic_script`)
with their own verbs of saying, denial cues and stop words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from generator.draft.descriptors import Descriptor, Leadership
from generator.draft.discourse import Entity, Speaker
from generator.draft.names import NameIndex
from generator.draft.text import Paragraph
from generator.draft.units import Unit


@dataclass
class Analysis:
    """What an attributor read in one article."""

    units: list[Unit] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    """Every person and body named, in order of first mention."""
    descriptors: list[Descriptor] = field(default_factory=list)
    leaderships: list[Leadership] = field(default_factory=list)
    first_sentence: dict[int, tuple[int, str]] = field(default_factory=dict)
    """By ``id(entity)``: (paragraph, text) of the sentence that first names it, for its record's citation."""
    unattributed: list[tuple[int, str]] = field(default_factory=list)
    """(paragraph, words) of quotations no rule could attribute."""
    names_in_marks: int = 0
    """Quotation marks that hold a name or nickname, not anyone's words ('known as "the minister"'): no quotation."""
    quotations: int | None = None
    """How many quotations the attributor read in the paragraphs it drafts from, where it finds them by its own marks
    (Arabic and Persian: slashes, turned marks, names in marks left out); None: as the shared reader found them."""
    mentioned: dict[int, list[Entity]] = field(default_factory=dict)
    """By ``id(unit)``: the entities named inside the unit's span (its subjects)."""
    translated: bool = False
    """Whether quotations are in a language other than English, so an English summary must be checked."""
    index: NameIndex | None = None
    """The index read with where the reader added the article's own short names for records ('سپاه' for the Guards
    in Persian news about Iran), for the records drafted to link them too; None for the index given."""


class Attributor(Protocol):
    """Finds quotations, who said them, and who denies what, in one language's news."""

    language: str

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis: ...

    def describes_a_speaker(self, word: str) -> bool:
        """Whether one word, its article aside, stands for an unnamed speaker or an office ('المصدر', the
        source; 'المسؤول', the official), so that it is no name to draft a record for."""
        ...


def is_headline(paragraph: Paragraph, first: int) -> bool:
    """Whether a paragraph is the article's headline: its first read paragraph, short, with no closing stop.

    A headline restates what the body says with its attribution ('Iran dismisses claims ...'), so a denial
    is drafted from it only as another place of the body's (:func:`headline_denials`); its quotations still
    are ('<speaker>: <words>').
    """
    return paragraph.number == first and reads_as_headline(paragraph.text)


def reads_as_headline(text: str) -> bool:
    """Whether a paragraph's words read as a headline: short, with no closing stop."""
    text = text.strip()
    return len(text.split()) <= 20 and text[-1:] not in '.!?\u061f\u201d\u00bb"'


def headline_denials(
    headlines: list[Unit], body: list[Unit], one_side: Callable[[Speaker, Speaker], bool]
) -> list[Unit]:
    """What to keep of the denials read in the headline: each whose denier denies in the body too (the same or, by
    ``one_side``, one side: a body and its spokesman), as another place of that denial ('Ministry denies ...' over 'The
    ministry denied ...'). A headline's denier that the body does not bear out is left out, and a headline denial
    with quotations is kept as their claim ('X: "..."')."""
    kept = []
    for unit in headlines:
        if any(u.kind == "denial" and one_side(unit.speaker, u.speaker) for u in body):
            kept.append(unit)
        elif unit.attributions:
            unit.kind, unit.denial = "quote", None
            kept.append(unit)
    return kept


def attributor_for(language: str | None) -> Attributor:
    """The rules for a BCP 47 tag's language ('ar', 'fa-Arab', 'en-GB'); English for anything else."""
    primary = (language or "en").split("-")[0].lower()
    if primary == "ar":
        from generator.draft.lang.ar import ARABIC

        return ARABIC
    if primary in ("fa", "prs", "per"):
        from generator.draft.lang.fa import PERSIAN

        return PERSIAN
    from generator.draft.lang.en import ENGLISH

    return ENGLISH
