"""schema.org nodes for claims, denials and the records they name, shared by the pages and the exports.

The pages' JSON-LD (:mod:`generator.render.jsonld`) and the ClaimReview download
(:mod:`generator.export.claimreview`) both build their nodes here, so they say the same.
See the export's docstring for how denials map to ``ClaimReview`` and how dates are written.
"""

from __future__ import annotations

from typing import Any

from generator.model import edtf
from generator.model.corpus import Corpus
from generator.model.fields import external_id_url
from generator.model.records import Citation, Claim, Denial, Record, Source, Speaker
from generator.model.vocab import KINDS
from generator.sitelinks import SiteLinks

CONTEXT = "https://schema.org"


def date_properties(value: str | None) -> dict[str, str]:
    """``datePublished`` for one certain day; ``temporal`` with the EDTF text for any other date."""
    if not value:
        return {}
    day, _, interval = edtf.to_iso(value, whole_day=True)
    return {"datePublished": day} if day and not interval else {"temporal": value}


class Graph:
    """Builds the nodes for one corpus."""

    def __init__(self, corpus: Corpus, links: SiteLinks) -> None:
        self.corpus = corpus
        self.links = links

    def node_id(self, record: Record, fragment: str | None = None) -> str:
        fragment = fragment or record.TYPE
        page = self.links.absolute(record.TYPE, record.id)
        # Ids have no dots, so '<id>.<fragment>' cannot collide however the parts are spelled.
        return f"{page}#{fragment}" if page else f"_:{record.id}.{fragment}"

    def page(self, record: Record) -> dict[str, str]:
        page = self.links.absolute(record.TYPE, record.id)
        return {"url": page} if page else {}

    def schema_type(self, record: Record) -> str:
        """The record's schema.org type: its kind's (:data:`generator.model.vocab.KINDS`), or its record type's."""
        kind = KINDS.get(record.TYPE, {}).get(getattr(record, "kind", ""))
        if kind is not None:
            return kind.schema_org
        if isinstance(record, Source):
            return "NewsArticle" if record.url else "CreativeWork"
        return "Thing"

    def ref(self, record: Record) -> dict[str, Any]:
        """A short node for a record that a claim names: type, id, name, page, and its Wikidata or OpenSanctions ids."""
        node: dict[str, Any] = {"@type": self.schema_type(record), "@id": self.node_id(record), "name": record.label}
        node |= self.page(record)
        same_as = [external_id_url(ext) for ext in getattr(record, "same_as", ())]
        if same_as:
            node["sameAs"] = same_as
        return node

    def agent(self, speaker: Speaker) -> dict[str, Any] | None:
        """Who spoke: the actor's node, or an unnamed Person described as the source does."""
        if speaker.actor:
            record = self.corpus.get(speaker.actor)
            return self.ref(record) if record else None
        node: dict[str, Any] = {"@type": "Person", "description": speaker.described_as}
        body = self.corpus.get(speaker.affiliation) if speaker.affiliation else None
        if body is not None and self.schema_type(body) != "Person":
            node["affiliation"] = self.ref(body)
        return node

    def speaker_name(self, speaker: Speaker) -> str | None:
        if speaker.actor:
            record = self.corpus.get(speaker.actor)
            return record.label if record else None
        return speaker.described_as

    def work(self, source: Source) -> dict[str, Any]:
        """The source a claim appears in, as a CreativeWork."""
        node: dict[str, Any] = {"@type": "CreativeWork", "@id": self.node_id(source), "headline": source.title}
        if source.url:
            node["url"] = source.url
        node["publisher"] = {"@type": "Organization", "name": source.publisher}
        node["inLanguage"] = source.language
        node.update(date_properties(source.published))
        return node

    def appearances(self, citations: list[Citation]) -> list[dict[str, Any]]:
        sources = (self.corpus.get(s) for s in dict.fromkeys(c.source for c in citations))
        return [self.work(s) for s in sources if isinstance(s, Source)]

    def claim(self, claim: Claim) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "Claim", "@id": self.node_id(claim), **self.page(claim)}
        node.update(identifier=claim.id, text=claim.summary)
        author = self.agent(claim.claimant)
        if author:
            node["author"] = author
        node.update(date_properties(claim.date))
        node["appearance"] = self.appearances(claim.citations)
        about = [self.ref(r) for r in (self.corpus.get(s) for s in dict.fromkeys(claim.subjects)) if r is not None]
        if about:
            node["about"] = about
        return node

    def review(self, denial: Denial, claim: Claim) -> dict[str, Any]:
        node: dict[str, Any] = {
            "@type": "ClaimReview",
            "@id": self.node_id(denial, f"review-{claim.id}"),
            **self.page(denial),
            "identifier": denial.id,
            "itemReviewed": {"@id": self.node_id(claim)},
            "claimReviewed": claim.summary,
        }
        author = self.agent(denial.denier)
        if author:
            node["author"] = author
        verb = "Denied" if denial.denied else "Acknowledged"
        name = self.speaker_name(denial.denier)
        node["reviewRating"] = {"@type": "Rating", "alternateName": f"{verb} by {name}" if name else verb}
        node["reviewBody"] = denial.summary
        node.update(date_properties(denial.date))
        return node

    def nodes(self) -> list[dict[str, Any]]:
        claims = [self.claim(c) for c in self.corpus.all_of(Claim)]
        reviews = [
            self.review(denial, claim)
            for denial in self.corpus.all_of(Denial)
            for claim in (self.corpus.get(c) for c in dict.fromkeys(denial.claims))
            if isinstance(claim, Claim)  # a claim still in draft is not published, nor reviewed here
        ]
        return claims + reviews
