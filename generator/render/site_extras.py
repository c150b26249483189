"""What the pages show beyond the records: history dates, downloads, whether diagrams can be drawn.

The build gathers these (from git, the exporters, the vendored Mermaid) and hands
them to :func:`generator.render.render_pages`; rendering without them (the golden
test, a project outside git) simply leaves those parts out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Mapping


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


@dataclass(frozen=True)
class SiteExtras:
    updated: Mapping[str, RecordChange] = field(default_factory=dict)
    """Each record's newest change, by record id; empty outside git."""
    downloads: tuple[Download, ...] = ()
    diagrams: bool = False
    """Whether Mermaid is served with the site, so relationship diagrams can be drawn."""
    site_url: str | None = None
    """The site's address from mkdocs.yml, for absolute ids in JSON-LD; None when not set."""

    def latest(self, ids: set[str] | frozenset[str], limit: int = 10) -> list[RecordChange]:
        """The ``limit`` most recently changed records among ``ids``, newest first."""
        changes = [c for rid, c in self.updated.items() if rid in ids]
        return sorted(changes, key=lambda c: (_moment(c.date), c.record_id), reverse=True)[:limit]


def _moment(iso: str) -> datetime:
    """An ISO 8601 date-time as an aware moment, so changes committed in different time zones order correctly."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


RECENT_CHANGES = 10
"""How many changed records the home page lists: a fixed number, so the page does not grow with the corpus."""
