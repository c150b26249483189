"""What pages need to know about the corpus beyond the model's reverse lookups.

Built once per render: where each record's page lives and where each quote sits
in its archived text. Who refers to a record (claims about it, denials of a claim,
events it took part in) is asked of the corpus itself: ``corpus.claims_about(id)``.
"""

from __future__ import annotations

from generator.model.archive import Span, fold
from generator.model.corpus import Corpus
from generator.model.records import Citation, Record
from generator.model.reverse import dated_order


def record_path(record: Record) -> str:
    """The permanent docs path of a record's page: ``<type>/<id>.md``, never derived from its name."""
    return f"{record.TYPE}/{record.id}.md"


def display_name(record: Record) -> str:
    """What a link to the record says: its name or title, or a claim's or denial's summary."""
    return (
        getattr(record, "name", None) or getattr(record, "title", None) or getattr(record, "summary", None) or record.id
    )


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

    def by_date(self, records: list[Record]) -> list[Record]:
        """Records in date order (undated last, a month after its known days), then by source, then by id."""
        return sorted(records, key=dated_order)
