"""What the pages show beyond the records: history from git, downloads, whether diagrams can be drawn, editorial settings.

The build gathers these (from git, the exporters, the vendored Mermaid) and hands
them to :func:`generator.render.render_pages`; rendering without them (the golden
test, a project outside git) simply leaves those parts out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.changelog import Correction, HistoryEntry


@dataclass(frozen=True)
class DownloadFile:
    path: str
    """Docs-relative path: downloads/records.json, downloads/csv/claim.csv."""
    bytes: int


@dataclass(frozen=True)
class Download:
    """One export format on the downloads page."""

    name: str
    """The exporter's --format name."""
    title: str
    description: str
    mime_type: str
    files: tuple[DownloadFile, ...]


@dataclass(frozen=True)
class RecordChange:
    """The newest change to one record, for "last updated" and the home page's list."""

    record_id: str
    date: str
    """ISO 8601 with offset, from git's committer date."""
    kind: str
    """added, modified, deleted or renamed."""
    author: str = ""


ROLE_FALLBACK = "an editor"
"""How a reviewer with no role configured is credited when the site credits roles."""


@dataclass(frozen=True)
class Editorial:
    """How the site speaks about its own work, from mkdocs.yml's ``extra:`` (see :func:`editorial_settings`)."""

    correction_url: str | None = None
    """Where readers ask for a correction: an http(s) page, e.g. a new issue on the project's repository."""
    correction_email: str | None = None
    """An address readers can write to with a correction, shown as text."""
    review_credit: str = "name"
    """How a reviewed record names its reviewer: "name" (as reviewed_by has it) or "role" (from reviewer_roles)."""
    reviewer_roles: Mapping[str, str] = field(default_factory=dict)
    """Each reviewer's role by the name reviewed_by gives, e.g. {"Ann Editor": "senior editor"}."""

    def reviewer(self, name: str | None) -> str:
        """Who reviewed a record, as the site credits them."""
        if not name:
            return ""
        role = self.reviewer_roles.get(name)
        if self.review_credit == "role":
            return role or ROLE_FALLBACK
        return f"{name} ({role})" if role else name


def editorial_settings(extra: Any) -> Editorial:
    """Read the editorial settings from mkdocs.yml's ``extra:`` mapping; anything malformed is ignored.

    ``correction_url`` (http or https), ``correction_email``, ``review_credit`` (name or role) and
    ``reviewer_roles`` (a mapping of names to roles).
    """
    extra = extra if isinstance(extra, dict) else {}
    url = extra.get("correction_url")
    url = url.strip() if isinstance(url, str) and url.strip().lower().startswith(("https://", "http://")) else None
    email = extra.get("correction_email")
    email = email.strip() if isinstance(email, str) and "@" in email else None
    credit = extra.get("review_credit") if extra.get("review_credit") in ("name", "role") else "name"
    roles = extra.get("reviewer_roles")
    roles = {str(k): str(v) for k, v in roles.items() if isinstance(v, str)} if isinstance(roles, dict) else {}
    return Editorial(url, email, credit, roles)


@dataclass(frozen=True)
class SiteExtras:
    updated: Mapping[str, RecordChange] = field(default_factory=dict)
    """Each record's newest change, by record id; empty outside git."""
    history: Mapping[str, tuple[HistoryEntry, ...]] = field(default_factory=dict)
    """Each record's history in readers' words, newest first (:mod:`generator.changelog`); empty outside git."""
    corrections: tuple[Correction, ...] = ()
    """Every correction across the published records, newest first."""
    editorial: Editorial = field(default_factory=Editorial)
    downloads: tuple[Download, ...] = ()
    diagrams: bool = False
    """Whether Mermaid is served with the site, so relationship diagrams can be drawn."""
    site_url: str | None = None
    """The site's address from mkdocs.yml, for absolute ids in JSON-LD; None when not set."""
    directory_urls: bool = True
    """As mkdocs.yml's use_directory_urls, for the page addresses in JSON-LD."""

    def latest(self, ids: set[str] | frozenset[str], limit: int = 10) -> list[RecordChange]:
        """The ``limit`` most recently changed records among ``ids``, newest first."""
        changes = [c for rid, c in self.updated.items() if rid in ids]
        return sorted(changes, key=lambda c: (_moment(c.date), c.record_id), reverse=True)[:limit]


def _moment(iso: str) -> datetime:
    """An ISO 8601 date-time as an aware moment, so changes committed in different time zones order correctly."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


RECENT_CHANGES = 10
"""How many changed records the home page lists: a fixed number, so the page does not grow with the corpus."""
