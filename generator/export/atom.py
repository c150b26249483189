"""An Atom feed of record changes, from git history: new records, corrections and updates, newest first.

Entries are the records' histories (:mod:`generator.changelog`): one per commit and
record, for published records only (drafts are not in the corpus this exporter gets,
and a record that no longer exists has no page to link to). A change that only
reformatted a file is not an entry. Each entry has a title such as "New group:
Fatemiyoun", "Correction to claim: ..." or "Updated place: ...", the commit's date
and author, a summary in readers' words with the editor's reason (and, for a
correction, what was wrong), a link to the record's page, and a permanent tag: URI
made from the record id and the commit. Corrections are categorised ``correction``.

The feed is published at ``downloads/changes.atom``. With mkdocs.yml's ``site_url``
every link is absolute; without it, links are relative to the site root
(``group/fatemiyoun/``) and the feed's ``xml:base`` of ``../`` makes readers resolve
them against the site root rather than against ``downloads/``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime
from urllib.parse import urlsplit

from generator.changelog import HistoryEntry, record_changelog
from generator.export.base import Exporter, register
from generator.model.corpus import Corpus
from generator.model.records import RECORD_TYPES, Record
from generator.sitelinks import SiteLinks

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
SITE_PATH = "downloads/changes.atom"
"""Where the build publishes the feed (generator/build/downloads.py's folder and this exporter's file name)."""
MAX_ENTRIES = 200
"""Feed readers want recent changes, not the whole history; the newest entries are kept."""
VERBS = {"added": "New", "modified": "Updated", "renamed": "Renamed", "correction": "Correction to"}
FALLBACK_AUTHORITY = "factsheet.invalid"
"""Tag URI authority when no site_url names the site (.invalid is reserved, so it clashes with no one's)."""
FEED_TAG_DATE = "2025"
"""The date part of the feed's own tag: URI; fixed so the feed keeps its id as history grows or is cut short."""
NO_DATE = "1970-01-01T00:00:00Z"
# Characters XML 1.0 cannot hold, which a commit message or name could still contain.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TYPE_ORDER = {name: i for i, name in enumerate(RECORD_TYPES)}


def tag_authority(links: SiteLinks) -> str:
    """The site's host name, so entry ids are the site's own; a reserved name when it is unknown."""
    host = urlsplit(links.base).hostname if links.base else None
    return host or FALLBACK_AUTHORITY


def entry_id(authority: str, change: HistoryEntry, record_id: str) -> str:
    """A permanent id for one record's change in one commit (RFC 4151 tag: URI)."""
    return f"tag:{authority},{change.date[:10]}:factsheet/{record_id}/{change.commit}"


def entry_title(change: HistoryEntry, record: Record) -> str:
    verb = VERBS["correction"] if change.is_correction else VERBS.get(change.kind, "Updated")
    return f"{verb} {record.TYPE}: {record.label}"


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = _text(text)
    return element


def _newest_first(item: tuple[HistoryEntry, Record]) -> tuple:
    change, record = item
    when = datetime.fromisoformat(change.date).timestamp()
    return (-when, change.commit, _TYPE_ORDER.get(record.TYPE, 99), record.id)


@register
class AtomExporter(Exporter):
    NAME = "atom"
    FILE_NAME = "changes.atom"
    MIME_TYPE = "application/atom+xml"
    TITLE = "Record changes (Atom feed)"

    def changes(self, corpus: Corpus) -> list[tuple[HistoryEntry, Record]]:
        """(change, record) pairs for published records, newest first, at most MAX_ENTRIES."""
        history = record_changelog(self.project, corpus) if self.project is not None else {}
        pairs = [(c, r) for rid, changes in history.items() if (r := corpus.get(rid)) is not None for c in changes]
        return sorted(pairs, key=_newest_first)[:MAX_ENTRIES]

    def export(self, corpus: Corpus) -> str:
        links = self.site.links
        authority = tag_authority(links)
        changes = self.changes(corpus)

        # The namespace is written as a plain attribute: ElementTree cannot put unprefixed
        # attributes (rel, href) under a default namespace it manages itself.
        feed = ET.Element("feed", {"xmlns": ATOM_NS, XML_BASE: links.base or "../" * SITE_PATH.count("/")})
        _sub(feed, "id", f"tag:{authority},{FEED_TAG_DATE}:factsheet/changes")
        _sub(feed, "title", f"{self.site.name}: record changes")
        _sub(feed, "updated", changes[0][0].date if changes else NO_DATE)
        _sub(feed, "link", rel="alternate", href=links.base or "./")
        if links.base:
            _sub(feed, "link", rel="self", href=links.base + SITE_PATH)
        _sub(feed, "generator", "factsheet")
        for change, record in changes:
            entry = _sub(feed, "entry")
            _sub(entry, "id", entry_id(authority, change, record.id))
            _sub(entry, "title", entry_title(change, record))
            _sub(entry, "updated", change.date)
            author = _sub(entry, "author")
            _sub(author, "name", change.author or "unknown")
            _sub(entry, "link", rel="alternate", href=links.url(record.TYPE, record.id))
            if change.is_correction:
                _sub(entry, "category", term="correction", label="Correction")
            _sub(entry, "summary", f"{change.summary.rstrip('.')}. (commit {change.commit[:12]})")
        ET.indent(feed)
        body = ET.tostring(feed, encoding="unicode")
        return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"
