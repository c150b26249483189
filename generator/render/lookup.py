"""What pages need to know about the corpus beyond its own reverse indexes.

Built once per render: where each record's page lives, where each quote sits in
its archived text, and the links the corpus does not index (events a record
took part in, people holding roles in a group, places inside a place).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from generator.model.archive import Span, fold
from generator.model.corpus import Corpus
from generator.model.records import Actor, Citation, Event, Place, Record, Role
from generator.render.dates import sort_key


def record_path(record: Record) -> str:
    """The permanent docs path of a record's page: ``<type>/<id>.md``, never derived from its name."""
    return f"{record.TYPE}/{record.id}.md"


def display_name(record: Record) -> str:
    """What a link to the record says: its name or title, or a claim's or denial's summary."""
    return getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "summary", None) or record.id


class Lookup:
    """Read-only indexes over one corpus, shared by all pages of a render."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._spans: dict[tuple[str, str, int | None], Span | None] = {}

    def path_of(self, record_id: str) -> str | None:
        """The page path of a record in this corpus, or None when it is not published here."""
        record = self.corpus.get(record_id)
        return record_path(record) if record else None

    # Quotes ------------------------------------------------------------------

    def locate(self, citation: Citation) -> Span | None:
        """Where the citation's quote sits in its source's archived text, if it can be found."""
        # The editor's paragraph locator picks the occurrence meant when the words occur twice.
        key = (citation.source, fold(citation.quote), citation.paragraph)
        if key not in self._spans:
            archive = self.corpus.archives.get(citation.source)
            self._spans[key] = archive.find(citation.quote, citation.paragraph) if archive else None
        return self._spans[key]

    def paragraph(self, citation: Citation) -> int | None:
        """The paragraph to link to: where the quote was found, else the editor's locator."""
        span = self.locate(citation)
        if span:
            return span.paragraph
        archive = self.corpus.archives.get(citation.source)
        if citation.paragraph and archive and citation.paragraph <= len(archive.paragraphs):
            return citation.paragraph
        return None

    def citing_records(self, source_id: str) -> list[Record]:
        """Distinct records that quote this source, in corpus order."""
        return list({record.id: record for record, _ in self.corpus.citing(source_id)}.values())

    def sources_of(self, record: Record) -> list[str]:
        """Distinct sources among a record's own citations, in citation order."""
        return list(dict.fromkeys(c.source for c in record.citations))

    # Links the corpus does not index --------------------------------------------

    @cached_property
    def _events_with(self) -> dict[str, list[Event]]:
        index: dict[str, list[Event]] = defaultdict(list)
        for event in self.corpus.of_type("event"):
            for ref in dict.fromkeys([*event.participants, *event.places]):
                index[ref].append(event)
        return index

    @cached_property
    def _roles_in(self) -> dict[str, list[tuple[Actor, Role]]]:
        index: dict[str, list[tuple[Actor, Role]]] = defaultdict(list)
        for actor in self.corpus.of_type("actor"):
            for role in actor.roles:
                if role.organization:
                    index[role.organization].append((actor, role))
        return index

    @cached_property
    def _claims_told_to(self) -> dict[str, list]:
        index: dict[str, list] = defaultdict(list)
        for claim in self.corpus.of_type("claim"):
            if claim.reported_to:
                index[claim.reported_to].append(claim)
        return index

    @cached_property
    def _places_in(self) -> dict[str, list[Place]]:
        index: dict[str, list[Place]] = defaultdict(list)
        for place in self.corpus.of_type("place"):
            if place.located_in:
                index[place.located_in].append(place)
        return index

    @cached_property
    def _actors_of(self) -> dict[str, list[Actor]]:
        index: dict[str, list[Actor]] = defaultdict(list)
        for actor in self.corpus.of_type("actor"):
            if actor.country:
                index[actor.country].append(actor)
        return index

    def events_with(self, record_id: str) -> list[Event]:
        """Events this record took part in or that happened at this place, in date order."""
        return sorted(self._events_with.get(record_id, []), key=lambda e: (sort_key(e.date), e.id))

    def roles_in(self, record_id: str) -> list[tuple[Actor, Role]]:
        """People and bodies holding a role in this group or actor, with the role."""
        return self._roles_in.get(record_id, [])

    def places_in(self, record_id: str) -> list[Place]:
        """Places whose ``located_in`` is this place."""
        return self._places_in.get(record_id, [])

    def actors_of(self, record_id: str) -> list[Actor]:
        """Actors whose ``country`` is this place."""
        return self._actors_of.get(record_id, [])

    def claims_about(self, record_id: str) -> list:
        """Claims about this record, in date order."""
        return _by_date(self.corpus.claims_about(record_id))

    def claims_by(self, record_id: str) -> list:
        """Claims made by this record (or by unnamed speakers from it), in date order."""
        return _by_date(self.corpus.claims_by(record_id))

    def claims_told_to(self, record_id: str) -> list:
        """Claims made to this outlet or body, in date order."""
        return _by_date(self._claims_told_to.get(record_id, []))

    def denials_by(self, record_id: str) -> list:
        """Denials issued by this record (or by unnamed officials of it), in date order."""
        return _by_date(self.corpus.denials_by(record_id))

    def denials_of(self, claim_id: str) -> list:
        """Denials answering this claim, in date order."""
        return _by_date(self.corpus.denials_of(claim_id))

    def by_date(self, records: list) -> list:
        return _by_date(records)


def _by_date(records: list) -> list:
    return sorted(records, key=lambda r: (sort_key(getattr(r, "date", None)), r.id))
