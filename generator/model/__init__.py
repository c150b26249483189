"""The record model: types, fields and vocabularies, declared once."""

from generator.model.records import (
    RECORD_TYPES,
    Actor,
    Alias,
    Citation,
    Claim,
    Denial,
    Event,
    Group,
    Place,
    Record,
    Relationship,
    Role,
    Source,
    Speaker,
)

__all__ = [
    "RECORD_TYPES",
    "Actor",
    "Alias",
    "Citation",
    "Claim",
    "Denial",
    "Event",
    "Group",
    "Place",
    "Record",
    "Relationship",
    "Role",
    "Source",
    "Speaker",
]
