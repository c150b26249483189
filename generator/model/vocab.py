"""Controlled vocabularies: the kinds of records and the relationships between them.

Each term carries the label readers see, so templates, exports and docs use the
same words. Adding a term here is the whole change needed to allow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args


def label(term: str) -> str:
    """How a vocabulary term reads in running text: 'intelligence-service' -> 'intelligence service'."""
    return term.replace("-", " ")


@dataclass(frozen=True)
class Kind:
    """What one kind of group, actor, place or event means to readers and to the formats we export."""

    schema_org: str
    """The schema.org type of such a record (JSON-LD on the pages, the ClaimReview download)."""
    ftm_schema: str | None = None
    """The FollowTheMoney schema of such a record; None where the record type decides (events, places)."""
    ftm_topic: str | None = None
    """The FollowTheMoney topic this kind implies on its own; no other topic is ever inferred."""


# Literal types rather than enums: strict validation takes the plain strings editors write. Each is
# spelled out so type checkers can check it; a test checks that the tables below have a row for
# every kind and no other.
GroupKind = Literal["armed-group", "militia", "faction", "party", "coalition", "movement", "network"]
ActorKind = Literal[
    "person",
    "government",
    "ministry",
    "parliament",
    "committee",
    "intelligence-service",
    "armed-force",
    "security-service",
    "agency",
    "outlet",
    "organization",
]
PlaceKind = Literal["country", "province", "city", "border-crossing", "region", "site"]
EventKind = Literal["movement", "battle", "attack", "political", "investigation", "other"]

_ARMED = Kind("Organization", "Organization")
_PUBLIC = Kind("GovernmentOrganization", "PublicBody")

# One table per vocabulary: what each kind means to every format we write.
GROUP_KINDS: dict[str, Kind] = {
    "armed-group": _ARMED,
    "militia": _ARMED,
    "faction": _ARMED,
    "party": Kind("Organization", "Organization", "pol.party"),
    "coalition": _ARMED,
    "movement": _ARMED,
    "network": _ARMED,
}
ACTOR_KINDS: dict[str, Kind] = {
    "person": Kind("Person", "Person"),
    "government": Kind("GovernmentOrganization", "PublicBody", "gov"),
    "ministry": Kind("GovernmentOrganization", "PublicBody", "gov.executive"),
    "parliament": Kind("GovernmentOrganization", "PublicBody", "gov.legislative"),
    "committee": _PUBLIC,
    "intelligence-service": Kind("GovernmentOrganization", "PublicBody", "gov.security"),
    "armed-force": Kind("GovernmentOrganization", "PublicBody", "mil"),
    "security-service": Kind("GovernmentOrganization", "PublicBody", "gov.security"),
    "agency": _PUBLIC,
    "outlet": Kind("NewsMediaOrganization", "Organization"),
    "organization": Kind("Organization", "Organization"),
}
PLACE_KINDS: dict[str, Kind] = {
    "country": Kind("Country"),
    "province": Kind("AdministrativeArea"),
    "city": Kind("City"),
    "border-crossing": Kind("Place"),
    "region": Kind("AdministrativeArea"),
    "site": Kind("Place"),
}
EVENT_KINDS: dict[str, Kind] = {name: Kind("Event") for name in get_args(EventKind)}
KINDS: dict[str, dict[str, Kind]] = {
    "group": GROUP_KINDS,
    "actor": ACTOR_KINDS,
    "place": PLACE_KINDS,
    "event": EVENT_KINDS,
}
"""Each record type's vocabulary of kinds, by record type."""

# Where a claim stands in the public record; never our own verdict.
ClaimStatus = Literal["alleged", "disputed", "denied", "corroborated", "retracted"]
ReviewStatus = Literal["draft", "reviewed"]
# How an alias relates to the main name; transliterations and translations of it need no citation.
AliasKind = Literal["alias", "weak", "former", "transliteration", "translation"]


@dataclass(frozen=True)
class Relation:
    """A typed link from one record to another, read forwards and backwards."""

    label: str
    inverse: str
    targets: tuple[str, ...]


# Keys are what editors write; ``inverse`` is how the target's page lists the link.
RELATIONS: dict[str, Relation] = {
    "recruited-by": Relation("recruited by", "recruited", ("group", "actor")),
    "sponsored-by": Relation("sponsored by", "sponsors", ("group", "actor")),
    "armed-by": Relation("armed by", "arms", ("group", "actor")),
    "trained-by": Relation("trained by", "trained", ("group", "actor")),
    "fought-for": Relation("fought for", "was fought for by", ("group", "actor")),
    "fought-alongside": Relation("fought alongside", "fought alongside", ("group", "actor")),
    "fought-against": Relation("fought against", "fought against", ("group", "actor")),
    "allied-with": Relation("allied with", "allied with", ("group", "actor")),
    "aligned-with": Relation("aligned with", "has aligned with it", ("group", "actor")),
    "rival-of": Relation("rival of", "rival of", ("group", "actor")),
    "led-by": Relation("led by", "leads", ("group", "actor")),
    "member-of": Relation("member of", "has member", ("group", "actor")),
    "part-of": Relation("part of", "includes", ("group", "actor")),
    "affiliated-with": Relation("affiliated with", "affiliated with", ("group", "actor")),
    "commanded-by": Relation("commanded by", "commands", ("group", "actor")),
    "accused-by": Relation("accused by", "accuses", ("group", "actor")),
    "hosted-by": Relation("hosted by", "hosts", ("group", "actor")),
    "based-in": Relation("based in", "base of", ("place",)),
    "deployed-to": Relation("deployed to", "received deployment of", ("place",)),
    "relocated-to": Relation("relocated to", "received", ("place",)),
    "withdrew-from": Relation("withdrew from", "was left by", ("place",)),
    "operated-in": Relation("operated in", "area of operation of", ("place",)),
    "originates-from": Relation("originates from", "origin of", ("place",)),
}
