"""Value types shared by every record: ids, references, dates, languages, links, checksums.

Each type is an ``Annotated[str, ...]`` so the JSON Schema that editors see
carries the same pattern and description that the validator enforces. Errors
are raised as ``PydanticCustomError`` whose type is one of our issue codes, so
the loader can report them without translating pydantic's vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, GetCoreSchemaHandler, GetJsonSchemaHandler, WithJsonSchema
from pydantic_core import PydanticCustomError, core_schema

from generator.model import edtf

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)
MAX_ID_LENGTH = 80


def check_slug(value: str) -> str:
    if len(value) > MAX_ID_LENGTH or not _SLUG.match(value):
        raise PydanticCustomError(
            "invalid-id",
            "'{value}' is not an id; ids are lowercase slugs of a-z, 0-9 and single hyphens, "
            "at most {limit} characters",
            {"value": value[:100], "limit": MAX_ID_LENGTH},
        )
    return value


Slug = Annotated[
    str,
    AfterValidator(check_slug),
    Field(json_schema_extra={"pattern": SLUG_PATTERN, "maxLength": MAX_ID_LENGTH}),
]


@dataclass(frozen=True)
class Reverse:
    """How the target of a reference sees it: the name and meaning of the reverse lookup.

    Declared on the reference field (or on a statement field whose references all share it,
    like a claim's ``claimant``), so one generic index answers every lookup
    (:mod:`generator.model.reverse`) and no reverse index is written by hand.
    """

    name: str
    """The lookup's name, as pages and checks call it: ``corpus.claims_about(id)``."""
    doc: str
    """What it answers, in one line (shown in the format reference)."""
    pairs: bool = False
    """Answer (record, statement) pairs, e.g. a relationship with the record declaring it, instead of records."""


@dataclass(frozen=True)
class RefTo:
    """Marks a string field as a reference to a record of one of ``types``: ``Annotated[str, Ref("claim")]``.

    It is pydantic metadata: the value must be a slug (checked here), and whether it names a record of an
    allowed type is checked once all records are loaded. The JSON Schema says which types it takes.
    """

    types: tuple[str, ...]
    reverse: Reverse | None = None

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        # Written bare (``field: Ref("claim")``), the marker stands for the string type itself.
        return core_schema.no_info_after_validator_function(check_slug, handler(str if source is self else source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        names = " or ".join(self.types)
        article = "an" if names[0] in "aeiou" else "a"
        description = f"id of {article} {names} record"
        return {"type": "string", "pattern": SLUG_PATTERN, "description": description, "x-ref": list(self.types)}


def Ref(*types: str, reverse: Reverse | None = None) -> RefTo:
    """A reference to the id of a record of one of ``types``, for ``Annotated[str, Ref(...)]``."""
    return RefTo(types, reverse)


def check_edtf(value: str) -> str:
    try:
        edtf.parse(value)
    except edtf.EdtfError as exc:
        raise PydanticCustomError("invalid-date", str(exc)) from None
    return value


EdtfDate = Annotated[
    str,
    AfterValidator(check_edtf),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^(\d{4}(-\d{2}(-\d{2})?)?[?~%]?|\.\.)?(/(\d{4}(-\d{2}(-\d{2})?)?[?~%]?|\.\.)?)?$",
            "description": "EDTF date: YYYY, YYYY-MM or YYYY-MM-DD, optionally ?/~/%, or START/END",
            "examples": ["2025", "2025-02", "2025-02-13", "2024-12-07/2024-12-08", "2013/.."],
        }
    ),
]

# BCP 47 in the canonical case: language, optional script, optional region.
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$"
_LANGUAGE = re.compile(LANGUAGE_PATTERN)


def check_language(value: str) -> str:
    if not _LANGUAGE.match(value):
        raise PydanticCustomError(
            "invalid-language",
            "'{value}' is not a language tag; use BCP 47 such as en, ar, fa-Arab, ar-Latn or en-GB",
            {"value": value[:100]},
        )
    return value


LanguageTag = Annotated[
    str,
    AfterValidator(check_language),
    Field(json_schema_extra={"pattern": LANGUAGE_PATTERN, "examples": ["en", "ar", "fa-Arab", "ar-Latn"]}),
]


def check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise PydanticCustomError(
            "invalid-url",
            "'{value}' is not an http(s) address; only http:// and https:// links may leave the site",
            {"value": value[:200]},
        )
    if parts.username or parts.password:
        raise PydanticCustomError(
            "invalid-url", "'{value}' carries credentials; remove the user:password@ part", {"value": value[:200]}
        )
    return value


HttpUrl = Annotated[
    str, AfterValidator(check_url), Field(json_schema_extra={"pattern": r"^https?://\S+$", "format": "uri"})
]

SHA256_PATTERN = r"^[0-9a-f]{64}$"
_SHA256 = re.compile(SHA256_PATTERN)


def check_sha256(value: str) -> str:
    if not _SHA256.match(value):
        raise PydanticCustomError(
            "invalid-value", "sha256 must be 64 lowercase hexadecimal digits; `factsheet validate` prints the right one"
        )
    return value


Sha256 = Annotated[str, AfterValidator(check_sha256), Field(json_schema_extra={"pattern": SHA256_PATTERN})]


def check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("invalid-value", "this text is empty; write something or remove the field")
    return value


# Text that must say something; block scalars keep their trailing newline, which is harmless.
Text = Annotated[str, AfterValidator(check_text), Field(json_schema_extra={"minLength": 1, "pattern": r"\S"})]


# External identifiers: a Wikidata item, or an OpenSanctions entity. OpenSanctions gives an entity that
# has a Wikidata item that item's QID as its id, so a QID stands for both; its own ids begin NK-.
WIKIDATA_PATTERN = r"^Q[1-9][0-9]*$"
OPENSANCTIONS_PATTERN = r"^NK-[A-Za-z0-9]{8,40}$"
EXTERNAL_ID_PATTERN = r"^(?:Q[1-9][0-9]*|NK-[A-Za-z0-9]{8,40})$"
_EXTERNAL_ID = re.compile(EXTERNAL_ID_PATTERN)


def check_external_id(value: str) -> str:
    if not _EXTERNAL_ID.match(value):
        raise PydanticCustomError(
            "invalid-identifier",
            "'{value}' is not an external identifier; write a Wikidata QID such as Q42, "
            "or an OpenSanctions id such as NK-2JzfZ6ZEpy4ruKQEykYqMj",
            {"value": value[:100]},
        )
    return value


ExternalId = Annotated[
    str,
    AfterValidator(check_external_id),
    Field(json_schema_extra={"pattern": EXTERNAL_ID_PATTERN, "examples": ["Q42", "NK-2JzfZ6ZEpy4ruKQEykYqMj"]}),
]


def external_id_url(value: str) -> str:
    """The public page of an external identifier: Wikidata for a QID, OpenSanctions for an NK- id."""
    if value.startswith("Q"):
        return f"https://www.wikidata.org/wiki/{value}"
    return f"https://www.opensanctions.org/entities/{value}/"
