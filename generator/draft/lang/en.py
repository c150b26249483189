"""English: the rules of :mod:`generator.draft.speakers`, :mod:`.descriptors` and :mod:`.units`."""

from __future__ import annotations

from generator.draft.descriptors import describe
from generator.draft.discourse import Entity, Speaker
from generator.draft.lang import Analysis, is_headline
from generator.draft.names import NameIndex, key_tokens
from generator.draft.speakers import Reader, head_word
from generator.draft.text import Paragraph
from generator.draft.units import units_of


class English:
    language = "en"

    def analyse(self, paragraphs: list[Paragraph], index: NameIndex, skip: set[int]) -> Analysis:
        reader = Reader(paragraphs, index, skip)
        readings = reader.read()
        descriptors, leaderships = describe(readings)
        analysis = Analysis(descriptors=descriptors, leaderships=leaderships, entities=reader.discourse.entities)
        analysis.unattributed = [(q.paragraph, q.text) for r in readings for q in r.unattributed]
        for r in readings:
            for m in r.mentions:
                ent = r.entities.get(id(m))
                if ent is not None and id(ent) not in analysis.first_sentence:
                    analysis.first_sentence[id(ent)] = (r.sentence.number, r.sentence.text)
        first = min((p.number for p in paragraphs if p.number not in skip), default=0)
        units = units_of(readings)
        for unit in units:
            holder = _named_office_holder(unit.speaker, reader.discourse.entities)
            if holder is not unit.speaker:
                unit.speaker = holder
                if unit.act is not None:
                    unit.act.speaker = holder
                for att in unit.attributions:
                    att.speaker = holder
        # A speaker who denies with a verb of denying somewhere in the article: their other statements that
        # only call something false repeat that denial, and are drafted as claims, not as more denials.
        by_verb = [u.speaker for u in units if u.kind == "denial" and u.denial is not None and u.denial.act.verb.denial]
        states = [s for s in by_verb if _state(s, index)]
        for unit in units:
            if unit.kind == "denial" and is_headline(unit.paragraph, first):
                if not unit.attributions:
                    continue
                unit.kind, unit.denial = "quote", None
            if (
                unit.kind == "denial"
                and unit.denial is not None
                and not unit.denial.act.verb.denial
                and (
                    any(unit.speaker.same(d) for d in by_verb)
                    or any(_speaks_for(unit.speaker, _state(state, index)) for state in states)
                )
            ):
                unit.kind, unit.denial = ("quote" if unit.attributions else "reported"), None
            analysis.units.append(unit)
            analysis.mentioned[id(unit)] = [
                r.entities[id(m)]
                for r in unit.readings
                for m in r.mentions
                if id(m) in r.entities and unit.start <= m.start < unit.end
            ]
        return analysis


# Offices held by one person at a time: 'the ministry spokesman' is the spokesman the article names. Not
# 'official', 'source' or 'member': those are many people, and an unnamed source is unnamed on purpose.
_OFFICES = frozenset(
    "spokesman spokeswoman spokesperson minister commander leader chief president ambassador governor mayor envoy "
    "secretary-general premier".split()
)
_UNDETERMINED = frozenset("a an one some two three several another any".split())


def _named_office_holder(speaker: Speaker, entities: list[Entity]) -> Speaker:
    """An office described without a name, read as the one person the article names in that office.

    News leads often give the office and name its holder a paragraph later ('Iranian Foreign Ministry
    spokesman has dismissed ...', then 'Foreign Ministry Spokesman Bahram Ghasemi dismissed ...'), and the body
    returns to him by office ('The spokesman of Iran's Foreign Ministry noted ...'). The description must be
    definite or bare ('a spokesman' is someone else), its head an office one person holds, and every other
    word of it, but at most one, written around the person's name; with two such people it stays unnamed.
    """
    if speaker.entity is not None or not speaker.described or speaker.plural:
        return speaker
    words = [w for w, _, _ in key_tokens(speaker.described)]
    head = head_word(speaker.described)
    if not words or words[0] in _UNDETERMINED or head not in _OFFICES:
        return speaker
    others = [w for w in words if w not in ("the", "of", "for", "at", "in", "and", head)]
    fits = [
        ent
        for ent in entities
        if ent.person
        and head in ent.nearby
        and sum(not _stem_in(w, ent.nearby | set(ent.key.split())) for w in others) <= max(1, len(others) // 3)
    ]
    if len(fits) != 1:
        return speaker
    how = f"'{speaker.described}' read as {fits[0].label}, named in that office in the article"
    return Speaker(fits[0].label, fits[0], None, True, how)


def _state(speaker: Speaker, index: NameIndex) -> str:
    """The country's word when ``speaker`` is a state ('Iraq has rejected', 'Iran denied'); else ''."""
    if speaker.entity is not None:
        known = speaker.entity.known
        if known is None or known.kind not in ("government", "state"):
            return ""
        name = known.name
    else:
        place = index.lookup(speaker.described or "", ("place",))
        if place is None or place.kind != "country":
            return ""
        name = place.name
    words = [w for w, _, _ in key_tokens(name) if w not in ("government", "state", "republic", "islamic", "the", "of")]
    return words[0] if len(words) == 1 else ""


def _speaks_for(speaker: Speaker, country: str) -> bool:
    """Whether a person is written as an official of ``country``: 'Iranian Foreign Ministry spokesman X'.

    A state denies through its officials: after 'Iran denied the report', its spokesman calling the report a
    lie is that same denial told again, not a second one.
    """
    ent = speaker.entity
    return bool(country) and ent is not None and ent.person and _stem_in(country, ent.nearby)


def _stem_in(word: str, words: set[str]) -> bool:
    """Whether ``word`` or a word of the same stem is in ``words``: 'iranian' and 'iran', 'syrian' and 'syria'."""
    stem = word[:4]
    return word in words or (len(word) >= 4 and any(len(w) >= 4 and w[:4] == stem for w in words))


ENGLISH = English()
