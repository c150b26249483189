"""The record types: the single source of truth for the content schema.

Every field is declared once here, with the docstring beneath it that editors
see in their YAML language server (via ``factsheet schema``) and readers see in
the format reference. Validation, templates and exports all read these classes.

A record's id is its file name and its type is its folder
(``content/<type>/<id>.yaml``), so neither is written inside the file.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import PydanticCustomError

from generator.model.fields import EdtfDate, ExternalId, HttpUrl, LanguageTag, Ref, Reverse, Sha256, Slug, Text
from generator.model.vocab import (
    RELATIONS,
    ActorKind,
    AliasKind,
    ClaimStatus,
    EventKind,
    GroupKind,
    PlaceKind,
    ReviewStatus,
)

# Reverse lookups: how the target of each reference sees it. One generic index answers them all
# (generator/model/reverse.py), in one order: by record type, then by date for chronological types,
# then by id; statements within a record in file order.
CITING = Reverse("citing", "Every citation of this source, with the record that makes it.", pairs=True)
INBOUND = Reverse(
    "inbound", "Relationships other records declare towards this one, with the record that declares each.", pairs=True
)
ROLES_IN = Reverse("roles_in", "People and bodies holding a role in this group or actor, with the role.", pairs=True)
CLAIMS_ABOUT = Reverse("claims_about", "Claims that list this record among their subjects.")
CLAIMS_BY = Reverse("claims_by", "Claims made by this actor or group (or by unnamed speakers from it).")
CLAIMS_TOLD_TO = Reverse("claims_told_to", "Claims made to this outlet or body.")
DENIALS_OF = Reverse("denials_of", "Denials that answer this claim.")
DENIALS_BY = Reverse("denials_by", "Denials issued by this actor or group (or by unnamed officials of it).")
DENIALS_ABOUT = Reverse("denials_about", "Denials that list this record among their subjects.")
EVENTS_WITH = Reverse("events_with", "Events this record took part in, or that happened at this place.")
PLACES_IN = Reverse("places_in", "Places located in this place.")
ACTORS_OF = Reverse("actors_of", "Actors whose country is this place.")
NOT_SAME_AS_OF = Reverse(
    "not_same_as_of",
    "Decisions of other records that they are not the same as this one, with each decision.",
    pairs=True,
)
STATUS_CHANGES_BY = Reverse(
    "status_changes_by",
    "Changes of a claim's status made by this actor, group or denial, with each change.",
    pairs=True,
)
DIFFERING_ACCOUNTS_OF = Reverse(
    "differing_accounts_of", "Claims that record a different account than this one, with what differs.", pairs=True
)


class Strict(BaseModel):
    """Base for everything read from YAML: no coercion, no unknown keys, docstrings as descriptions."""

    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        frozen=True,
        use_attribute_docstrings=True,
        validate_default=False,
    )


class Citation(Strict):
    """A source and the exact words in it that back a statement."""

    source: Annotated[str, Ref("source", reverse=CITING)]
    """Id of the source record whose archived text contains the quote."""
    quote: Text
    """The passage, copied verbatim from the archived text (whitespace, curly quotes and dash variants may differ)."""
    paragraph: PositiveInt | None = None
    """Optional locator: the 1-based paragraph of the archived text where the quote starts."""
    translation: Text | None = None
    """Our English translation of a quote in another language, shown beside the verbatim quote and marked as ours."""


class Cited(Strict):
    """A statement that carries its own citations."""

    citations: list[Citation] = []
    """Where this statement comes from; may be left out when the record's own citations back it."""


class Alias(Cited):
    """Another name for a record, in any language or script."""

    name: Text
    """The name as written, in its own script."""
    lang: LanguageTag | None = None
    """BCP 47 language tag, with a script subtag where it matters: ar, fa-Arab, ur, ar-Latn."""
    kind: AliasKind = "alias"
    """alias, weak (a loose descriptor), former, or transliteration/translation of the main name (these need no citation)."""


class Relationship(Cited):
    """A typed, dated link to another record: recruited by, fought for, led by, based in..."""

    type: Literal[tuple(RELATIONS)]  # type: ignore[valid-type]
    """The kind of link, read from this record to the target: '<this> recruited-by <target>'."""
    target: Annotated[str, Ref("group", "actor", "place", reverse=INBOUND)]
    """Id of the record at the other end."""
    date: EdtfDate | None = None
    """When the link held, with honest precision; an interval as START/END."""
    note: Text | None = None
    """A short qualifier in the source's own terms, e.g. 'to defend Shia religious sites'."""


class Role(Cited):
    """An office or position a person holds or held."""

    title: Text
    """The role as the source words it, e.g. 'member of parliament'."""
    organization: Annotated[str, Ref("group", "actor", reverse=ROLES_IN)] | None = None
    """Id of the body the role belongs to, where there is a record for it."""
    date: EdtfDate | None = None
    """When the role was held; an interval as START/END, open end as '..'."""
    former: bool = False
    """True when the source describes the role as past."""
    note: Text | None = None
    """A short qualifier, e.g. how the date is known."""


class NotSameAs(Cited):
    """A decision that this record and another of the same type are different, so nobody merges them later."""

    record: Annotated[str, Ref("group", "actor", "place", "event", reverse=NOT_SAME_AS_OF)]
    """Id of the other record, of the same type as this one."""
    reason: Text
    """The evidence for keeping them apart, in our words: different roles, dates, places or spellings in the sources."""


class StatusChange(Cited):
    """One change of a claim's standing: when it became alleged, disputed, denied, corroborated or retracted."""

    status: ClaimStatus
    """The claim_status from this date on."""
    date: EdtfDate
    """When the change happened, with honest precision."""
    by: Annotated[str, Ref("actor", "group", "denial", reverse=STATUS_CHANGES_BY)] | None = None
    """Id of who changed it: the denial record, or the actor or group that disputed, corroborated or retracted it."""
    note: Text | None = None
    """A short qualifier in our words, e.g. 'the ministry denied it the next day'."""


class DifferingAccount(Cited):
    """Another claim that gives a different account of the same thing: a date, a number, who said it."""

    claim: Annotated[str, Ref("claim", reverse=DIFFERING_ACCOUNTS_OF)]
    """Id of the claim whose account differs from this one."""
    detail: Text
    """What differs, in our words and read the same from either claim, e.g. 'the number of soldiers (130 or 2,000)'."""


def _unique_ids(values: list[str]) -> list[str]:
    seen = [v for i, v in enumerate(values) if v in values[:i]]
    if seen:
        raise PydanticCustomError("invalid-value", "'{value}' is listed twice; keep one", {"value": seen[0]})
    return values


class Speaker(Strict):
    """Who made a statement: a record, or an unnamed speaker as the source describes them."""

    actor: Annotated[str, Ref("actor", "group")] | None = None
    """Id of the person or institution who spoke."""
    described_as: Text | None = None
    """For unnamed speakers: the source's own description, e.g. 'an Iraqi security official'."""
    affiliation: Annotated[str, Ref("actor", "group")] | None = None
    """For unnamed speakers: the body they belong to, where the description names one."""

    @model_validator(mode="after")
    def _one_of(self) -> Speaker:
        if (self.actor is None) == (self.described_as is None):
            raise PydanticCustomError(
                "invalid-value", "give exactly one of 'actor' (an id) or 'described_as' (an unnamed speaker)"
            )
        if self.actor is not None and self.affiliation is not None:
            raise PydanticCustomError(
                "invalid-value",
                "'affiliation' is for unnamed speakers; a named actor's affiliations live on its record",
            )
        return self

    def identity(self) -> tuple[str, ...]:
        """Who this is, for telling speakers apart: see :func:`speaker_identity`."""
        return speaker_identity(self.actor, self.described_as, self.affiliation)


def speaker_identity(
    actor: str | None, described_as: str | None = None, affiliation: str | None = None
) -> tuple[str, ...]:
    """One speaker as a key: the record when there is one, else the description (case aside) and the body an
    unnamed speaker belongs to, so 'a security source' of one body is not 'a security source' of another.
    Drafting (one denial per denier) and validation (one's own claim is not what one denies) both use it."""
    if actor:
        return ("actor", actor)
    return ("unnamed", (described_as or "").strip().casefold(), affiliation or "")


class Record(Strict):
    """Fields every record shares: the editorial state and the record-level citations."""

    TYPE: ClassVar[str]
    """The folder under content/ that holds records of this type."""
    MUST_CITE: ClassVar[bool] = False
    """Whether the record needs citations of its own even when it states nothing else (claims, denials, events)."""
    CHRONOLOGICAL: ClassVar[bool] = False
    """Whether records of this type are listed in date order (things said or done at a time), else by id."""
    UNCITED: ClassVar[frozenset[str]] = frozenset(
        {"name", "status", "reviewed_by", "reviewed_at", "notes", "former_ids", "citations"}
    )
    """Fields that are names or bookkeeping, not facts, and so need no citation."""

    id: SkipJsonSchema[Slug] = Field(default="", exclude=True)
    """The record's id: its file name without .yaml (set by the loader, never written in the file)."""
    status: ReviewStatus | None = None
    """Editorial state: draft (never published) or reviewed; leave out for records accepted through normal review."""
    reviewed_by: Text | None = None
    """Who reviewed the record."""
    reviewed_at: EdtfDate | None = None
    """When it was reviewed, YYYY-MM-DD."""
    notes: Text | None = None
    """Editors' notes on how the record was made (ambiguities, how a date was worked out); in the data exports, not on the pages."""
    former_ids: list[Slug] = []
    """Ids this record had before: written by `factsheet rename` and `factsheet merge`, never reused; each old address redirects here."""
    citations: list[Citation] = []
    """Sources backing the record's fields that carry no citations of their own."""

    _unique_former_ids = field_validator("former_ids")(_unique_ids)

    @model_validator(mode="after")
    def _review_complete(self) -> Record:
        if self.status == "reviewed" and not (self.reviewed_by and self.reviewed_at):
            raise PydanticCustomError(
                "invalid-value", "a reviewed record names who reviewed it and when: 'reviewed_by' and 'reviewed_at'"
            )
        return self

    @property
    def label(self) -> str:
        """What a page or link calls this record."""
        return getattr(self, "name", None) or getattr(self, "title", None) or self.id


class Named(Record):
    """A record that readers look up by name: groups, actors, places."""

    UNCITED = Record.UNCITED | {"same_as", "not_same_as"}

    name: Text
    """The main name, as the record's main language writes it."""
    aliases: list[Alias] = []
    """Every other name: spellings, transliterations, translations, other scripts, former names."""
    description: Text | None = None
    """One or two neutral sentences on what this is, backed by the record's citations."""
    same_as: list[ExternalId] = []
    """External identifiers of the same thing: a Wikidata QID (Q42) or an OpenSanctions id (NK-...); exported as sameAs."""
    not_same_as: list[NotSameAs] = []
    """Records of the same type decided to be different from this one, each with its reason; one side is enough, both pages show it."""

    _unique_same_as = field_validator("same_as")(_unique_ids)


class Source(Record):
    """An archived article or document that quotes are checked against."""

    TYPE = "source"
    UNCITED = Record.UNCITED | {
        "title",
        "publisher",
        "url",
        "language",
        "published",
        "retrieved",
        "archive",
        "archive_url",
        "sha256",
        "reported_by",
        "date_note",
        "author",
    }

    title: Text
    """The headline or title as published."""
    publisher: Text
    """The outlet or body that published it."""
    author: Text | None = None
    """The byline, where there is one."""
    url: HttpUrl | None = None
    """The original address; leave out rather than guess."""
    language: LanguageTag
    """Language of the archived text (BCP 47)."""
    published: EdtfDate | None = None
    """Publication date with honest precision: 2025-02 when the day is unknown."""
    date_note: Text | None = None
    """How the dates were worked out, e.g. from the weekdays the article names."""
    retrieved: EdtfDate | None = None
    """When the copy under seeds/ was taken."""
    archive_url: HttpUrl | None = None
    """A public archived copy of the original: a Wayback Machine (web.archive.org) or archive.today address."""
    archive: Text
    """Path of the archived text, relative to the project and inside seeds/."""
    sha256: Sha256
    """SHA-256 of the archived file's bytes, so any change to it is noticed."""
    reported_by: Text | None = None
    """Who did the reporting, where it differs from the publisher (a wire, an edition in another language)."""


class Group(Named):
    """An armed group, faction, militia, party or coalition."""

    TYPE = "group"

    kind: GroupKind
    """armed-group, militia, faction, party, coalition, movement or network."""
    origin: Text | None = None
    """Where its members come from or where it was formed, in the source's terms."""
    date: EdtfDate | None = None
    """When it was active, as far as the sources say; an interval as START/END."""
    relationships: list[Relationship] = []
    """Cited, dated links to other groups, actors and places."""


class Actor(Named):
    """A person or an institution: ministry, committee, intelligence service, government, armed force, outlet."""

    TYPE = "actor"

    kind: ActorKind
    """person, government, ministry, parliament, committee, intelligence-service, armed-force, security-service, agency, outlet or organization."""
    country: Annotated[str, Ref("place", reverse=ACTORS_OF)] | None = None
    """Id of the country place record the actor belongs to, where relevant."""
    roles: list[Role] = []
    """Offices and positions, each dated where known."""
    relationships: list[Relationship] = []
    """Affiliations and other cited links to groups, actors and places."""


class Place(Named):
    """A country, province, city, border crossing or site that the records refer to."""

    TYPE = "place"

    kind: PlaceKind
    """country, province, city, border-crossing, region or site."""
    located_in: Annotated[str, Ref("place", reverse=PLACES_IN)] | None = None
    """Id of the enclosing place, e.g. a province's country."""


class Claim(Record):
    """What someone asserted, when, and about whom; recorded as said, never as fact."""

    TYPE = "claim"
    MUST_CITE = True
    CHRONOLOGICAL = True
    UNCITED = Record.UNCITED | {"summary", "status_history", "differs_from"}

    summary: Text
    """A neutral one-line summary in our words: '<claimant> said that ...'."""
    claimant: Annotated[Speaker, CLAIMS_BY]
    """Who made the claim: an actor id, or an unnamed speaker as described."""
    date: EdtfDate | None = None
    """When it was said, with honest precision."""
    subjects: list[Annotated[str, Ref("group", "actor", "place", "event", reverse=CLAIMS_ABOUT)]] = []
    """Ids of the records the claim is about."""
    claim_status: ClaimStatus = "alleged"
    """alleged, disputed, denied, corroborated or retracted: where the claim stands, not our verdict."""
    status_history: list[StatusChange] = []
    """Each change of claim_status in date order, dated and cited; the last one's status is claim_status."""
    differs_from: list[DifferingAccount] = []
    """Claims giving a different account of the same events, each with what differs; one side is enough, both pages show it."""
    reported_to: Annotated[str, Ref("actor", reverse=CLAIMS_TOLD_TO)] | None = None
    """Id of the outlet or body the claimant spoke to, where the source says."""
    citations: list[Citation] = []
    """The passages where the claim is made or reported; at least one (a draft may have none yet)."""


class Denial(Record):
    """An official denial (or acknowledgement) that answers one or more claims."""

    TYPE = "denial"
    MUST_CITE = True
    CHRONOLOGICAL = True
    UNCITED = Record.UNCITED | {"summary"}

    summary: Text
    """A neutral one-line summary in our words."""
    denier: Annotated[Speaker, DENIALS_BY]
    """Who denied: an actor id, or an unnamed official as described."""
    claims: list[Annotated[str, Ref("claim", reverse=DENIALS_OF)]] = []
    """Ids of the claims this answers; at least one (a draft may have none yet)."""
    subjects: list[Annotated[str, Ref("group", "actor", "place", "event", reverse=DENIALS_ABOUT)]] = []
    """Ids of the records the denial is about: who or what the denied reports concern."""
    denied: Text | None = None
    """What was denied, in the source's terms."""
    acknowledged: Text | None = None
    """What, if anything, was acknowledged at the same time."""
    date: EdtfDate | None = None
    """When, with honest precision."""
    citations: list[Citation] = []
    """The passages that report the denial; at least one (a draft may have none yet)."""

    @model_validator(mode="after")
    def _says_something(self) -> Denial:
        if not (self.denied or self.acknowledged):
            raise PydanticCustomError("invalid-value", "say what was 'denied', what was 'acknowledged', or both")
        return self


class Event(Record):
    """Something that happened at a time and place: a crossing, a battle, the fall of a government."""

    TYPE = "event"
    MUST_CITE = True
    CHRONOLOGICAL = True
    UNCITED = Record.UNCITED | {"summary", "same_as", "not_same_as"}

    name: Text
    """A short neutral name for the event."""
    kind: EventKind = "other"
    """movement, battle, attack, political, investigation or other."""
    date: EdtfDate | None = None
    """When it happened; an interval as START/END."""
    summary: Text | None = None
    """One or two neutral sentences, backed by the citations."""
    places: list[Annotated[str, Ref("place", reverse=EVENTS_WITH)]] = []
    """Ids of the places involved."""
    participants: list[Annotated[str, Ref("group", "actor", reverse=EVENTS_WITH)]] = []
    """Ids of the groups and actors involved."""
    same_as: list[ExternalId] = []
    """External identifiers of the same event: a Wikidata QID (Q42) or an OpenSanctions id (NK-...); exported as sameAs."""
    not_same_as: list[NotSameAs] = []
    """Events decided to be different from this one, each with its reason; one side is enough, both pages show it."""
    citations: list[Citation] = []
    """The passages that report the event; at least one (a draft may have none yet)."""

    _unique_same_as = field_validator("same_as")(_unique_ids)


SHARED_FIELDS = ("status", "reviewed_by", "reviewed_at", "notes", "former_ids", "citations")
"""Bookkeeping fields every record has; files, exports and docs list them after a type's own fields."""


def field_order(cls: type[BaseModel]) -> list[str]:
    """The order editors see fields in: the type's own fields as the model declares them, then SHARED_FIELDS."""
    fields = [f for f in cls.model_fields if f != "id"]
    return [f for f in fields if f not in SHARED_FIELDS] + [f for f in SHARED_FIELDS if f in fields]


RECORD_TYPES: dict[str, type[Record]] = {cls.TYPE: cls for cls in (Source, Group, Actor, Place, Event, Claim, Denial)}
"""Every record type by its folder name, in the order pages and exports list them."""


def field_docs(cls: type[BaseModel]) -> dict[str, Any]:
    """The documented fields of a model, for the format reference and its test."""
    return {name: f.description for name, f in cls.model_fields.items() if name != "id"}
