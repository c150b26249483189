"""What the methodology page says about the model, taken from the model itself.

The page (``templates/methodology.md.j2``) explains how records are made; the facts it
states (which claim statuses exist, what a citation holds, how dates are written, which
kinds of alias there are) come from here, so the page cannot drift from what validation
enforces. Each sentence that quotes the model quotes a field's own docstring.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from pydantic import BaseModel

from generator.model import records
from generator.model.vocab import AliasKind, ClaimStatus

CLAIM_STATUS_MEANINGS: dict[str, tuple[str, str]] = {
    "alleged": (
        "the claim has been made and reported; nobody on the record has answered it yet",
        "the claimant, by making it",
    ),
    "disputed": (
        "someone on the record contests it, without a formal denial",
        "anyone the sources quote contesting it",
    ),
    "denied": (
        "an official or body it concerns has denied it; the denial is a record of its own, linked to the claim",
        "an official or body the claim concerns",
    ),
    "corroborated": ("sources independent of the claimant report the same thing", "independent sources"),
    "retracted": ("the claimant has withdrawn it", "the claimant alone"),
}
"""What each claim status means to readers, and whose word in a source moves a claim to it; a test keeps the
keys equal to the model's statuses."""

ALIAS_KIND_MEANINGS: dict[str, str] = {
    "alias": "another name the sources use",
    "weak": "a loose descriptor rather than a name",
    "former": "a name no longer used",
    "transliteration": "the main name written in another script",
    "translation": "the main name translated",
}
"""What each kind of alias means; a test keeps the keys equal to the model's alias kinds."""

_STATEMENTS: dict[str, type[BaseModel]] = {
    "citation": records.Citation,
    "alias": records.Alias,
    "status_change": records.StatusChange,
    "relationship": records.Relationship,
    "role": records.Role,
}


@dataclass(frozen=True)
class Term:
    name: str
    meaning: str
    who: str = ""


def field_doc(owner: str, field: str) -> str:
    """The docstring of ``field`` on a record type (``claim``) or a statement (``citation``), as the model has it."""
    cls = records.RECORD_TYPES.get(owner) or _STATEMENTS.get(owner)
    info = cls.model_fields.get(field) if cls is not None else None
    if info is None or not info.description:
        raise KeyError(f"the model has no documented field {owner}.{field}")
    return " ".join(info.description.split())


def claim_statuses() -> list[Term]:
    """The model's claim statuses, in its order, with their meanings."""
    return [Term(name, *CLAIM_STATUS_MEANINGS[name]) for name in get_args(ClaimStatus)]


def alias_kinds() -> list[Term]:
    """The model's kinds of alias, in its order, with their meanings."""
    return [Term(name, ALIAS_KIND_MEANINGS[name]) for name in get_args(AliasKind)]


def record_types() -> list[Term]:
    """Every record type with the first line of its docstring."""
    return [Term(name, (cls.__doc__ or "").strip().split("\n")[0]) for name, cls in records.RECORD_TYPES.items()]
