"""FollowTheMoney entities, one JSON object a line, for Aleph, OpenSanctions' tools and other FtM software.

Mapping (docs/exports.md has the full table):

- sources -> ``Article`` (FtM's Document for published pieces), with title,
  publisher, author, sourceUrl, date, language and the archive's file name;
- groups -> ``Organization``; person actors -> ``Person``; public institutions
  -> ``PublicBody``; outlets and other organisations -> ``Organization``;
- places -> ``Address`` (the FtM schema for a location tied to entities);
- events -> ``Event`` with the places and participants involved;
- roles with an organisation, and member-of / part-of relationships -> ``Membership``;
  led-by / commanded-by -> ``Directorship``; every other relationship -> ``UnknownLink``
  whose ``role`` is the relationship's label;
- every entity and link cites its sources through ``proof``.

Claims and denials have no FtM schema; the ClaimReview export carries them.

Ids are stable: ``fs-<id>`` for records, and for links the record, the list and
the index of the statement, and the target: ``fs-<id>.relationships-2.<target>``.
A record's former ids (``factsheet rename``, ``factsheet merge``) are its entity's
``referents``, as FtM lists the ids an entity was merged from.
FtM dates cannot say "uncertain" or "approximate", so dates with ``?``, ``~`` or
``%`` are left out rather than stated as certain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from generator.export.base import Exporter, register
from generator.model import edtf
from generator.model.corpus import Corpus
from generator.model.records import Actor, Alias, Citation, Event, Group, Place, Record, Relationship, Role, Source
from generator.model.vocab import KINDS, RELATIONS, label
from generator.model.walk import iter_citations
from generator.sitelinks import SiteLinks

if TYPE_CHECKING:  # followthemoney is imported when an export runs, not whenever the CLI starts
    from followthemoney.property import Property
    from followthemoney.proxy import EntityProxy

ID_PREFIX = "fs-"


def topic_of(record: Group | Actor) -> str | None:
    """The FtM topic a group's or actor's kind implies alone (:data:`generator.model.vocab.KINDS`)."""
    return KINDS[record.TYPE][record.kind].ftm_topic


ALIAS_PROPERTIES = {"weak": "weakAlias", "former": "previousName"}
"""FtM name property by alias kind; the other kinds (alias, transliteration, translation) are ``alias``."""

CUTTABLE_TYPES = frozenset({"name", "string", "text", "html"})
"""FtM types whose over-long values are cut (with '…'); over-long values of other types are left out."""

SCHEMATA = {"source": "Article", "place": "Address", "event": "Event"}
"""FtM schema by record type where the kind does not decide it; claims and denials have none."""

MEMBERSHIP_RELATIONS = frozenset({"member-of", "part-of"})
DIRECTORSHIP_ROLES = {"led-by": "leader", "commanded-by": "commander"}
"""Relationships read as '<target> directs <this>', with the role the target holds."""


def entity_id(record_id: str) -> str:
    return ID_PREFIX + record_id


def link_id(record_id: str, field: str, index: int, target: str) -> str:
    """A link entity's id, fixed by its endpoints and its place in the record: fs-a.relationships-2.b."""
    return f"{ID_PREFIX}{record_id}.{field}-{index}.{target}"


def ftm_dates(value: str | None, point: str = "date") -> dict[str, str]:
    """FtM date properties for an EDTF value: a point as ``point``, an interval as startDate/endDate.

    FtM dates keep year or month precision (2025, 2025-02) but cannot mark a date
    uncertain or approximate, so qualified dates are left out.
    """
    first, last, interval = edtf.to_iso(value)
    if not interval:
        return {point: first} if first else {}
    return {prop: iso for prop, iso in (("startDate", first), ("endDate", last)) if iso}


class _Builder:
    """Builds the entities of one corpus in a fixed order: records by type and id, each followed by its links."""

    def __init__(self, corpus: Corpus, links: SiteLinks) -> None:
        from followthemoney import model, registry

        self.model = model
        self.registry = registry
        self.corpus = corpus
        self.links = links
        self.notes: list[str] = []
        """Values cut or left out to fit FtM's limits; see :meth:`fit`."""

    def entities(self) -> Iterator[EntityProxy]:
        for record in self.corpus:
            builder = getattr(self, f"_{record.TYPE}", None)
            if builder is not None:
                yield from builder(record)

    # Helpers -------------------------------------------------------------

    def make(self, schema: str, eid: str, props: dict[str, Any]) -> EntityProxy:
        """An entity with FtM's cleaning applied to each value; None, '' and [] values are skipped."""
        proxy = self.model.make_entity(schema)
        proxy.id = eid
        for prop, values in props.items():
            for value in values if isinstance(values, list) else [values]:
                if value is not None and value != "":
                    fitted = self.fit(eid, proxy.schema.properties[prop], str(value))
                    if fitted is not None:
                        proxy.add(prop, fitted)
        return proxy

    def fit(self, eid: str, prop: Property, value: str) -> str | None:
        """``value`` within FtM's length limit for ``prop``: free text and names cut with '…', others left out.

        FtM refuses a whole entity for one value over its limit (384 characters for a
        name, 1,024 for a string); our records have no such limit. A cut is said in
        the export's notes, as is a value left out (an address or code cut short
        would be wrong, not short).
        """
        limit = prop.max_length
        if len(value) <= limit:
            return value
        where = f"{eid} {prop.name}"
        if prop.type.name in CUTTABLE_TYPES:
            self.notes.append(
                f"{where}: cut from {len(value):,} to {limit} characters, FollowTheMoney's limit for a "
                f"{prop.type.name} (the JSON export and the site have it whole)"
            )
            return value[: limit - 1].rstrip() + "\u2026"
        self.notes.append(
            f"{where}: left out, {len(value):,} characters is over FollowTheMoney's limit of {limit} "
            f"for a {prop.type.name}"
        )
        return None

    def exists(self, record_id: str | None) -> bool:
        """Whether a referenced record is exported (a draft is not, and links to it are left out)."""
        return record_id is not None and self.corpus.get(record_id) is not None

    def schema_of(self, record_id: str) -> str | None:
        """The FtM schema a record becomes; None for claims and denials, which have none."""
        record = self.corpus.get(record_id)
        if isinstance(record, (Actor, Group)):
            return KINDS[record.TYPE][record.kind].ftm_schema
        return SCHEMATA.get(record.TYPE) if record else None

    def proof(self, citations: Iterable[Citation]) -> list[str]:
        return [entity_id(s) for s in dict.fromkeys(c.source for c in citations) if self.exists(s)]

    def country(self, place_id: str | None) -> str | None:
        """The ISO code of the country a place is or lies in, following located_in; None when not known to FtM."""
        seen = set()
        while place_id and place_id not in seen:
            seen.add(place_id)
            place = self.corpus.get(place_id)
            if not isinstance(place, Place):
                return None
            if place.kind == "country":
                return self.registry.country.clean(place.name)
            place_id = place.located_in
        return None

    def names(self, aliases: list[Alias]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for alias in aliases:
            out.setdefault(ALIAS_PROPERTIES.get(alias.kind, "alias"), []).append(alias.name)
        return out

    def common(self, record: Record) -> dict[str, Any]:
        """Properties every entity made from a record carries: its page and its sources."""
        citations = [citation for _, citation in iter_citations(record)]
        # FtM has a property for a Wikidata item and none for another dataset's id: OpenSanctions ids
        # (NK-...) are in the JSON export and the pages' JSON-LD sameAs.
        wikidata = [ext for ext in getattr(record, "same_as", ()) if ext.startswith("Q")]
        return {
            "sourceUrl": self.links.absolute(record.TYPE, record.id),
            "proof": self.proof(citations),
            "wikidataId": wikidata,
        }

    # Record types --------------------------------------------------------

    def _source(self, source: Source) -> Iterator[EntityProxy]:
        props = {
            "title": source.title,
            "fileName": source.archive.rsplit("/", 1)[-1],
            "publisher": source.publisher,
            "author": source.author,
            "sourceUrl": source.url,
            "language": source.language,  # FtM keeps ISO 639 codes it knows and drops others
            "retrievedAt": ftm_dates(source.retrieved).get("date"),
            # An Article has one date and no interval: a publication known only as a span is left out.
            "date": ftm_dates(source.published).get("date"),
        }
        yield self.make(SCHEMATA["source"], entity_id(source.id), props)

    def _group(self, group: Group) -> Iterator[EntityProxy]:
        props = {
            "name": group.name,
            **self.names(group.aliases),
            "description": group.description,
            "classification": label(group.kind),
            "topics": topic_of(group),
            **self.common(group),
        }
        yield self.make(KINDS["group"][group.kind].ftm_schema or "Organization", entity_id(group.id), props)
        yield from self.relationships(group)

    def _actor(self, actor: Actor) -> Iterator[EntityProxy]:
        schema = self.schema_of(actor.id)
        props = {
            "name": actor.name,
            **self.names(actor.aliases),
            "description": actor.description,
            "country": self.country(actor.country),
            "topics": topic_of(actor),
            **self.common(actor),
        }
        if schema == "Person":
            props["position"] = [_position(r) for r in actor.roles if not self.exists(r.organization)]
        else:
            props["classification"] = label(actor.kind)
        yield self.make(schema or "Organization", entity_id(actor.id), props)
        yield from self.roles(actor)
        yield from self.relationships(actor)

    def _place(self, place: Place) -> Iterator[EntityProxy]:
        props = {
            "full": place.name,
            "name": place.name,
            **self.names(place.aliases),
            "summary": place.description,
            "remarks": label(place.kind),
            "city": place.name if place.kind == "city" else None,
            "region": place.name if place.kind in ("province", "region") else None,
            "country": self.country(place.id),
            **self.common(place),
        }
        yield self.make(SCHEMATA["place"], entity_id(place.id), props)

    def _event(self, event: Event) -> Iterator[EntityProxy]:
        places = [p for p in event.places if self.exists(p)]
        props = {
            "name": event.name,
            "summary": event.summary,
            **ftm_dates(event.date),
            "involved": [entity_id(p) for p in event.participants if self.exists(p)],
            "addressEntity": [entity_id(p) for p in places],
            "country": [c for c in dict.fromkeys(self.country(p) for p in places) if c],
            **self.common(event),
        }
        yield self.make(SCHEMATA["event"], entity_id(event.id), props)

    # Statements as link entities -----------------------------------------

    def is_organization(self, record_id: str) -> bool:
        """Whether a record's entity can be the ``organization`` end of a Membership or Directorship."""
        return self.schema_of(record_id) in ("Organization", "PublicBody")

    def link(self, schema: str, link: str, ends: dict[str, str], props: dict[str, Any]) -> EntityProxy:
        """A link entity between two records: ``ends`` maps FtM's end properties to record ids."""
        return self.make(schema, link, {**{prop: entity_id(rid) for prop, rid in ends.items()}, **props})

    def roles(self, actor: Actor) -> Iterator[EntityProxy]:
        for index, role in enumerate(actor.roles):
            body = role.organization
            if body is None or not self.exists(body):
                continue  # a role without a body on record is the person's 'position'
            props = {
                "role": role.title,
                "status": "former" if role.former else None,
                "description": role.note,
                **ftm_dates(role.date),
                "proof": self.proof(role.citations or actor.citations),
            }
            link = link_id(actor.id, "roles", index, body)
            if self.is_organization(body):
                yield self.link("Membership", link, {"member": actor.id, "organization": body}, props)
            else:
                yield self.link("UnknownLink", link, {"subject": actor.id, "object": body}, props)

    def relationships(self, record: Group | Actor) -> Iterator[EntityProxy]:
        for index, rel in enumerate(record.relationships):
            if self.exists(rel.target):
                yield self.relationship(record, index, rel)

    def relationship(self, record: Group | Actor, index: int, rel: Relationship) -> EntityProxy:
        props = {
            "role": RELATIONS[rel.type].label,
            "description": rel.note,
            **ftm_dates(rel.date),
            "proof": self.proof(rel.citations or record.citations),
        }
        link = link_id(record.id, "relationships", index, rel.target)
        if rel.type in MEMBERSHIP_RELATIONS and self.is_organization(rel.target):
            return self.link("Membership", link, {"member": record.id, "organization": rel.target}, props)
        if rel.type in DIRECTORSHIP_ROLES and self.is_organization(record.id):
            props["role"] = DIRECTORSHIP_ROLES[rel.type]
            return self.link("Directorship", link, {"director": rel.target, "organization": record.id}, props)
        return self.link("UnknownLink", link, {"subject": record.id, "object": rel.target}, props)


def _position(role: Role) -> str:
    return role.title + (" (former)" if role.former else "")


def entity_problems(entities: Iterable[dict[str, Any]]) -> list[str]:
    """What FollowTheMoney's own model finds wrong with these entities; [] when all are valid.

    Each entity is re-read from its dictionary with every value cleaned again
    (``cleaned=False``) and must come back unchanged; its schema must accept the
    values and have every required property; entity references must point at
    entities in the same set, of the schema the property expects.
    """
    from followthemoney import model, registry
    from followthemoney.exc import InvalidData

    entities = list(entities)
    schemata = {e.get("id"): model.get(e.get("schema", "")) for e in entities}
    problems = []
    for data in entities:
        where = data.get("id") or "<no id>"
        schema = model.get(data.get("schema", ""))
        if schema is None or schema.abstract:
            problems.append(f"{where}: no usable schema {data.get('schema')!r}")
            continue
        unknown = sorted(set(data.get("properties", {})) - set(schema.properties))
        if unknown:
            problems.append(f"{where}: {schema.name} has no properties {unknown}")
        try:
            proxy = model.get_proxy(data, cleaned=False)
            schema.validate(data)  # type: ignore[arg-type]  # a plain dict is what FtM's own loader passes
        except InvalidData as exc:
            problems.append(f"{where}: {exc} {exc.errors}")
            continue
        if not registry.entity.validate(str(data.get("id") or "")):
            problems.append(f"{where}: the id is not a valid FtM entity id")
        if proxy.to_dict() != data:
            problems.append(f"{where}: values change when FtM cleans them: {proxy.to_dict()['properties']}")
        missing = sorted(p for p in schema.required if not proxy.has(p))
        if missing:
            problems.append(f"{where}: {schema.name} lacks required {missing}")
        for prop, value in proxy.itervalues():
            if prop.type.name != "entity":
                continue
            target = schemata.get(value)
            if target is None:
                problems.append(f"{where}: {prop.name} points at {value}, which is not exported")
            elif prop.range is not None and not target.is_a(prop.range):
                problems.append(f"{where}: {prop.name} wants a {prop.range.name}, {value} is a {target.name}")
    return problems


@register
class FtmExporter(Exporter):
    NAME = "ftm"
    FILE_NAME = "entities.ftm.json"
    MIME_TYPE = "application/x-ndjson"
    TITLE = "Entities for FollowTheMoney tools (JSON lines)"

    @classmethod
    def missing(cls) -> str | None:
        try:
            import followthemoney  # noqa: F401
        except ImportError:
            return "pip install 'factsheet[ftm]' (FollowTheMoney; building it needs a C compiler and ICU headers)"
        return None

    def entities(self, corpus: Corpus) -> list[dict[str, Any]]:
        """The entities as FtM dictionaries (id, schema, properties), in export order; cuts go to ``notes``."""
        builder = _Builder(corpus, self.site.links)
        entities = [proxy.to_dict() for proxy in builder.entities()]
        self.notes = builder.notes
        # A renamed or merged record's old ids, as FtM records the ids an entity was merged from.
        referents = {entity_id(r.id): [entity_id(old) for old in r.former_ids] for r in corpus if r.former_ids}
        for entity in entities:
            if entity["id"] in referents:
                entity["referents"] = referents[entity["id"]]
        return entities

    def export(self, corpus: Corpus) -> str:
        entities = self.entities(corpus)
        problems = entity_problems(entities)
        if problems:  # a mapping bug, not a content problem: say exactly what FtM rejected
            raise ValueError("FollowTheMoney rejects the export: " + "; ".join(problems[:5]))
        return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities)
