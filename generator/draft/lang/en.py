"""English: the rules of :mod:`generator.draft.speakers`, :mod:`.descriptors` and :mod:`.units`."""

from __future__ import annotations

from generator.draft.descriptors import describe
from generator.draft.lang import Analysis, is_headline
from generator.draft.names import NameIndex
from generator.draft.speakers import Reader
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
        # A speaker who denies with a verb of denying somewhere in the article: their other statements that
        # only call something false repeat that denial, and are drafted as claims, not as more denials.
        by_verb = [u.speaker for u in units if u.kind == "denial" and u.denial is not None and u.denial.act.verb.denial]
        for unit in units:
            if unit.kind == "denial" and is_headline(unit.paragraph, first):
                if not unit.attributions:
                    continue
                unit.kind, unit.denial = "quote", None
            if (
                unit.kind == "denial"
                and unit.denial is not None
                and not unit.denial.act.verb.denial
                and any(unit.speaker.same(d) for d in by_verb)
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


ENGLISH = English()
