"""Controlled vocabularies: the kinds of records and the relationships between them.

Each term carries the label readers see, so templates, exports and docs use the
same words. Adding a term here is the whole change needed to allow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


def label(term: str) -> str:
    """How a vocabulary term reads in running text: 'intelligence-service' -> 'intelligence service'."""
    return term.replace("-", " ")


# Literal types rather than enums: strict validation takes the plain strings editors write.
GroupKind = Literal["armed-group", "militia", "faction", "party", "coalition", "movement", "network"]
ActorKind = Literal[
    "person", "government", "ministry", "parliament", "committee", "intelligence-service",
    "armed-force", "security-service", "agency", "outlet", "organization",
]  # fmt: skip
PlaceKind = Literal["country", "province", "city", "border-crossing", "region", "site"]
EventKind = Literal["movement", "battle", "attack", "political", "investigation", "other"]
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
