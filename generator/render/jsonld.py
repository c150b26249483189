"""schema.org JSON-LD for each fact sheet, built from the model, embedded safely in the page.

Types: groups are ``Organization``; actors ``Person``, ``GovernmentOrganization``,
``NewsMediaOrganization`` or ``Organization`` by kind; places ``Country``,
``AdministrativeArea``, ``City`` or ``Place``; events ``Event``; sources
``NewsArticle`` or ``CreativeWork``; claims ``Claim``; a denial is a
``ClaimReview`` of each claim it answers (the denier's answer, not our verdict).
Claim and ClaimReview nodes come from the ClaimReview export, so the pages and
the download say the same.

Dates keep their precision: schema.org dates are ISO 8601, which allows ``2025``
and ``2025-02``; a date marked uncertain or approximate is left out rather than
stated as certain. Every record also names the sources it cites.

:func:`script_block` writes the JSON so that nothing in it can end the script
element or be read as markup: ``<``, ``>`` and ``&`` (and the line separators
JavaScript treats as line ends) are written as ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
from typing import Any

from generator.model import edtf
from generator.model.corpus import Corpus
from generator.model.fields import external_id_url
from generator.model.records import Actor, Claim, Denial, Event, Group, Place, Record, Source
from generator.render.escape import Safe
from generator.schemaorg import CONTEXT, Graph
from generator.sitelinks import SiteLinks

# Markup characters (and Markdown's, so that no Markdown step could ever read the block) as \uXXXX escapes.
_JSON_ESCAPES = {c: f"\\u{ord(c):04x}" for c in "<>&[]`*_{}\u2028\u2029"}
# The same for noncharacters and lone surrogates (the loader refuses them; no page may carry them), written
# as JSON writes them with ensure_ascii; one table, so each string is escaped in a single pass.
_STRING_ESCAPES = {ord(c): escaped for c, escaped in _JSON_ESCAPES.items()} | {
    code: json.dumps(chr(code))[1:-1]
    for code in [
        *range(0xD800, 0xE000),
        *range(0xFDD0, 0xFDF0),
        *(p + 0xFFFE for p in range(0, 0x110000, 0x10000)),
        *(p + 0xFFFF for p in range(0, 0x110000, 0x10000)),
    ]
}


def _dates(value: str | None, start: str, end: str) -> dict[str, str]:
    first, last, interval = edtf.to_iso(value)
    out = {start: first} if first else {}
    if interval and last:
        out[end] = last
    return out


class PageGraph:
    """JSON-LD nodes for the records of one corpus."""

    def __init__(self, corpus: Corpus, links: SiteLinks | None = None) -> None:
        self.corpus = corpus
        self.graph = Graph(corpus, links or SiteLinks())

    def _type(self, record: Record) -> str:
        return self.graph.schema_type(record)

    def _named(self, record: Record) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": self._type(record), "@id": self.graph.node_id(record), "name": record.label}
        node |= self.graph.page(record)
        aliases = [a.name for a in getattr(record, "aliases", ())]
        if aliases:
            node["alternateName"] = aliases
        if description := getattr(record, "description", None):
            node["description"] = description
        same_as = [external_id_url(ext) for ext in getattr(record, "same_as", ())]
        if same_as:
            node["sameAs"] = same_as
        return node

    def _ref(self, record_id: str | None) -> dict[str, Any] | None:
        record = self.corpus.get(record_id) if record_id else None
        return self.graph.ref(record) if record is not None else None

    def _citations(self, record: Record) -> list[dict[str, Any]]:
        return self.graph.appearances(list(record.citations))

    def node(self, record: Record) -> dict[str, Any] | list[dict[str, Any]]:
        """The record's node (a denial gives one ClaimReview per claim it answers)."""
        if isinstance(record, Claim):
            return self.graph.claim(record)
        if isinstance(record, Denial):
            claims = [c for c in (self.corpus.get(i) for i in dict.fromkeys(record.claims)) if isinstance(c, Claim)]
            return [self.graph.review(record, claim) for claim in claims]
        if isinstance(record, Source):
            work = self.graph.work(record)
            work["@type"] = self._type(record)
            if record.author:
                work["author"] = {"@type": "Person", "name": record.author}
            return work
        node = self._named(record)
        if isinstance(record, Group):
            places = [self._ref(r.target) for r in record.relationships if r.type == "based-in"]
            if places := [p for p in places if p]:
                node["location"] = places
            parents = [
                self._ref(r.target)
                for r in record.relationships
                if r.type in ("member-of", "part-of") and self.corpus.type_of(r.target) != "place"
            ]
            if parents := [p for p in parents if p]:
                node["memberOf"] = parents
        elif isinstance(record, Actor):
            if record.kind == "person":
                titles = [role.title for role in record.roles if not role.former]
                if titles:
                    node["jobTitle"] = titles
                bodies = [self._ref(role.organization) for role in record.roles if role.organization]
                if bodies := [b for b in bodies if b]:
                    node["affiliation"] = bodies
            if (country := self._ref(record.country)) is not None:
                node["nationality" if record.kind == "person" else "location"] = country
        elif isinstance(record, Place):
            if (parent := self._ref(record.located_in)) is not None:
                node["containedInPlace"] = parent
        elif isinstance(record, Event):
            node |= _dates(record.date, "startDate", "endDate")
            if record.summary:
                node["description"] = record.summary
            places = [p for p in (self._ref(i) for i in record.places) if p]
            if places:
                node["location"] = places
            people = [p for p in (self._ref(i) for i in record.participants) if p]
            if people:
                node["attendee"] = people
        citations = self._citations(record)
        if citations:
            node["citation"] = citations
        return node

    def document(self, record: Record) -> dict[str, Any]:
        node = self.node(record)
        if isinstance(node, list):
            return {"@context": CONTEXT, "@graph": node}
        return {"@context": CONTEXT, **node}


def _json(value: Any) -> str:
    """Compact JSON in which strings carry no markup characters (they are \\u escapes instead)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).translate(_STRING_ESCAPES)
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_json(v) for v in value) + "]"
    return json.dumps(value)


def script_block(data: Any) -> Safe:
    """``<script type="application/ld+json">`` holding ``data`` as JSON that cannot break out of the element."""
    return Safe(f'<script type="application/ld+json">{_json(data)}</script>')
