"""The helper each template gets as ``page``: links relative to the page, and its footnotes.

Every fragment returned here is :class:`Safe`: built from escaped record text and
hrefs we construct, so templates can output it with ``{{ }}`` unchanged.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote as quote_url
from urllib.parse import urlsplit

from generator.model.archive import fold
from generator.model.fields import external_id_url
from generator.model.records import Alias, Citation, Claim, DifferingAccount, NotSameAs, Record, Source, Speaker
from generator.render.dates import format_date
from generator.render.escape import NOT_TEXT, Safe, escape_md, external_href, html_attr, internal_href, markdown_link
from generator.render.languages import direction, holds_rtl, html_lang, language_name
from generator.render.lookup import Lookup, display_name
from generator.render.quotemarks import enclose


class Footnotes:
    """Numbered citations of one page: each passage (source, quote, paragraph) gets one number, in order of first use."""

    def __init__(self, page: PageContext) -> None:
        self._page = page
        self._numbers: dict[tuple[str, str, int | None], int] = {}
        self._citations: list[Citation] = []

    def ref(self, citation: Citation) -> Safe:
        key = (citation.source, fold(citation.quote), self._page.lookup.paragraph(citation))
        if key not in self._numbers:
            self._citations.append(citation)
            self._numbers[key] = len(self._citations)
        return Safe(f"[^{self._numbers[key]}]")

    def __len__(self) -> int:
        return len(self._citations)

    def definitions(self) -> Safe:
        """The footnote definitions, one line each, for the end of the page."""
        lines = [f"[^{n}]: {self._page.citation_text(c)}" for n, c in enumerate(self._citations, 1)]
        return Safe("\n".join(lines))


class PageContext:
    """One page being rendered: its docs path, its links and its footnotes."""

    def __init__(self, path: str, lookup: Lookup) -> None:
        self.path = path
        self.lookup = lookup
        self.notes = Footnotes(self)

    # Links ---------------------------------------------------------------------

    def href(self, target: str, anchor: str | None = None) -> str:
        """A relative href from this page to another docs path, as mkdocs expects (``../source/x.md``)."""
        if target == self.path and anchor:
            return internal_href("", anchor)
        relative = posixpath.relpath(target, posixpath.dirname(self.path) or ".")
        return internal_href(relative, anchor)

    def link(self, ref: str | Record | None, text: str | None = None, anchor: str | None = None) -> Safe:
        """A link to a record by id or object; plain text when it has no page in this build."""
        if ref is None:
            return Safe("")
        record = self.lookup.corpus.get(ref) if isinstance(ref, str) else ref
        if record is None or self.lookup.path_of(record.id) is None:
            # A reference to a record that is not published (a draft): say so without leaking it.
            return Safe('<span class="fs-unpublished">an unpublished record</span>')
        label = text if text is not None else display_name(record)
        return markdown_link(label, self.href(self.lookup.path_of(record.id) or "", anchor))

    def role(self, title: str, organization: str | None) -> Safe:
        """A role's title with its body linked: inside the title where the title names the body ('senior figure in
        the [State of Law Coalition]'), else after it ('spokesman of [the brigade]'), never both."""
        if not organization:
            return Safe.escape(title)
        record = self.lookup.corpus.get(organization)
        names = [display_name(record), *(a.name for a in getattr(record, "aliases", ()))] if record else []
        # ('spokesman of the interior ministry' names 'Iraq's interior ministry'; 'member of the parliamentary
        # committee' names 'Iraqi parliamentary committee': a name without its owner or nationality, after 'the'
        # or a possessive)
        shortened = [rest for n in names if n and len(rest := n.split(maxsplit=1)[-1].split()) >= 2]
        patterns = [re.escape(n) for n in names if n] + [
            r"(?:(?<=\bthe )|(?<=['\u2019]s ))" + re.escape(" ".join(r)) for r in shortened
        ]
        for pattern in sorted(patterns, key=len, reverse=True):
            named = re.search(rf"(?<!\w){pattern}(?!\w)", title, re.IGNORECASE)
            if named:
                if self.lookup.path_of(organization) is None:
                    return Safe.escape(title)  # named already; an unpublished body is not linked
                before, after = Safe.escape(title[: named.start()]), Safe.escape(title[named.end() :])
                return before + self.link(organization, named.group()) + after
        return Safe.escape(title) + Safe(" of ") + self.link(organization)

    def links(self, refs: Iterable[str | Record], *, lines: bool = False) -> Safe:
        """Links to several records, comma-separated or one per line (in a table cell)."""
        return Safe("<br>" if lines else ", ").join(self.link(r) for r in refs)

    def link_to(self, path: str, text: str) -> Safe:
        """A link to another generated page by its docs path, e.g. a list page."""
        return markdown_link(text, self.href(path))

    def aliases(self, record: Record) -> Safe:
        """A record's other names, comma-separated, each in its own language."""
        return Safe(", ").join(self._name(a.name, a.lang) for a in getattr(record, "aliases", ()))

    @staticmethod
    def _name(name: str, lang: str | None) -> Safe:
        text = Safe.escape(name)
        if lang:
            text = Safe(f'<bdi lang="{html_attr(html_lang(lang))}">') + text + Safe("</bdi>")
        return text

    def speaker(self, speaker: Speaker) -> Safe:
        """Who spoke: a link for a record, else the source's description and the body named with it."""
        if speaker.actor:
            return self.link(speaker.actor)
        text = Safe.escape(speaker.described_as)
        if holds_rtl(speaker.described_as or ""):
            # (isolated, so that the footnote marks and words after it are not drawn into its direction: 'مرضیه
            # افخم[^1]' in a left-to-right table cell showed the mark on the name's left)
            text = Safe("<bdi>") + text + Safe("</bdi>")
        if speaker.affiliation:
            text += Safe(" (") + self.link(speaker.affiliation) + Safe(")")
        return text

    def speaker_name(self, speaker: Speaker) -> str:
        """Who spoke, as plain text: the record's name, or the source's description of an unnamed speaker."""
        if speaker.actor:
            record = self.lookup.corpus.get(speaker.actor)
            return (
                display_name(record)
                if record is not None and self.lookup.path_of(record.id)
                else "an unpublished record"
            )
        return speaker.described_as or ""

    def external(self, url: str | None, text: str | None = None) -> Safe:
        """A link that leaves the site: only for http(s) addresses, else the address as plain text."""
        if not url:
            return Safe("")
        href = external_href(url)
        if href is None:
            return Safe.escape(url)
        return markdown_link(text if text is not None else url, href)

    def archived_copy(self, source: Record) -> Safe:
        """A link to a source's public archived copy (Wayback Machine, archive.today), named by its host."""
        url = getattr(source, "archive_url", None)
        if not url:
            return Safe("")
        return self.external(url, f"copy at {urlsplit(url).hostname or url}")

    # Citations -------------------------------------------------------------------

    def cite(self, *citation_lists: Iterable[Citation]) -> Safe:
        """Footnote references for every citation given, ``[^1][^2]``; the first non-empty list wins.

        A statement cites its own citations when it has them, else its record's:
        ``page.cite(alias.citations, record.citations)``.
        """
        for citations in citation_lists:
            citations = list(citations or ())
            if citations:
                # A passage cited twice by one statement gets its footnote once there.
                return Safe("").join(dict.fromkeys(self.notes.ref(c) for c in citations))
        return Safe("")

    def footnotes(self) -> Safe:
        return self.notes.definitions()

    def citation_text(self, citation: Citation) -> Safe:
        """A footnote: the source's title linked to the quoted paragraph, the quote, and the original URL."""
        source = self.lookup.corpus.get(citation.source)
        quote = self.quote(citation)
        if not isinstance(source, Source):
            return Safe("An unpublished source: ") + quote
        paragraph = self.lookup.paragraph(citation)
        anchor = f"p-{paragraph}" if paragraph else None
        text = markdown_link(source.title, self.href(self.lookup.path_of(source.id) or "", anchor))
        details = [source.publisher]
        if source.published:
            details.append(format_date(source.published))
        text += Safe(" (") + Safe(", ").join(details) + Safe(")")
        if paragraph:
            text += Safe(f", ¶\u00a0{paragraph}")
        text += Safe(": ") + quote
        if citation.translation:
            text += Safe(" ") + self.translation(citation)
        if source.url:
            text += Safe(" · ") + self.external(with_text_fragment(source.url, citation.quote), "original")
        return text

    def quote(self, citation: Citation) -> Safe:
        """The quoted words in quotation marks, isolated when the source is written right to left."""
        source = self.lookup.corpus.get(citation.source)
        language = getattr(source, "language", None)
        rtl = bool(language) and direction(language) == "rtl"
        opening, passage, closing = enclose(citation.quote, nest=not rtl)
        words = Safe.escape(passage)
        if rtl:
            words = Safe(f'<bdi lang="{html_attr(html_lang(language))}" dir="rtl">') + words + Safe("</bdi>")
        return Safe(opening) + words + Safe(closing)

    def translation(self, citation: Citation) -> Safe:
        """Our translation of a quotation, marked as ours and set left to right in English; empty when there is none."""
        if not citation.translation:
            return Safe("")
        label = Safe('<span class="fs-translation__label">Translation (ours):</span> ')
        span = Safe('<span class="fs-translation" lang="en" dir="ltr">')
        return span + label + self._quoted(citation.translation) + Safe("</span>")

    @staticmethod
    def _quoted(text: str) -> Safe:
        """Left-to-right text in our quotation marks, unless it brings its own (see :mod:`quotemarks`)."""
        opening, passage, closing = enclose(text)
        return Safe(opening) + Safe.escape(passage) + Safe(closing)

    def quotation(self, citation: Citation) -> Safe:
        """A quotation as a block of its own, with its footnote: verbatim in its language and direction, our translation below.

        A quotation from a left-to-right source with no translation stays a plain Markdown
        blockquote line. Any other becomes a ``<blockquote>`` whose first paragraph carries
        the source's ``lang`` and ``dir`` (so Arabic and Persian run right to left inside the
        English page) and whose second, when there is one, is our translation, left to right.
        """
        source = self.lookup.corpus.get(citation.source)
        language = getattr(source, "language", None)
        ref = self.notes.ref(citation)
        if not citation.translation and direction(language) == "ltr":
            return Safe("> ") + self.quote(citation) + ref
        rtl = direction(language) == "rtl"
        attrs = f' lang="{html_attr(html_lang(language))}" dir="{"rtl" if rtl else "ltr"}"' if language else ""
        # Curly quotation marks are left out of a right-to-left paragraph, where they would face the wrong way.
        words = Safe.escape(citation.quote) if rtl else self._quoted(citation.quote)
        lines = [
            Safe('<blockquote class="fs-quote" markdown>'),
            Safe(f'<p class="fs-quote__original"{attrs} markdown>') + words + ref + Safe("</p>"),
        ]
        if citation.translation:
            lines.append(
                Safe(
                    '<p class="fs-translation" lang="en" dir="ltr" markdown>'
                    '<span class="fs-translation__label">Translation (ours):</span> '
                )
                + self._quoted(citation.translation)
                + Safe("</p>")
            )
        lines.append(Safe("</blockquote>"))
        return Safe("\n").join(lines)

    def alias(self, alias: Alias) -> Safe:
        """An alias in its own language and direction, with the language and kind after it in words."""
        name = self._name(alias.name, alias.lang)
        notes = [language_name(alias.lang)] if alias.lang else []
        if alias.kind != "alias":
            notes.append(term(alias.kind))
        return name + (Safe(" (") + Safe("; ").join(notes) + Safe(")") if notes else Safe(""))

    def corroboration(self, record: Record) -> int:
        """How many distinct sources the record's own citations come from."""
        return len(self.lookup.sources_of(record))

    def reporting(self, record: Record) -> Reporting:
        """The published sources among the record's own citations, grouped by outlet (publisher) and language."""
        groups: dict[tuple[str, str], list[Record]] = {}
        for source_id in self.lookup.sources_of(record):
            source = self.lookup.corpus.get(source_id)
            if isinstance(source, Source) and self.lookup.path_of(source_id):
                groups.setdefault((source.publisher, source.language), []).append(source)
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0][0].casefold(), item[0][1]))
        return Reporting([OutletGroup(publisher, language, sources) for (publisher, language), sources in ordered])

    # Identity ---------------------------------------------------------------------

    def identifiers(self, record: Record) -> Safe:
        """Links to the record's external identifiers (Wikidata, OpenSanctions), comma-separated."""
        links = []
        for ext in getattr(record, "same_as", ()):
            registry = "Wikidata" if ext.startswith("Q") else "OpenSanctions"
            links.append(self.external(external_id_url(ext), f"{registry} {ext}"))
        return Safe(", ").join(links)

    def not_same_as(self, record: Record) -> list[tuple[str, NotSameAs]]:
        """Records decided to be different from this one, with each decision, whichever side recorded it.

        The record's own decisions come first, in file order; then those other records
        made about it, unless this record records one about the same record itself.
        """
        own = [(d.record, d) for d in getattr(record, "not_same_as", ())]
        decided = {other for other, _ in own}
        theirs = [(other.id, d) for other, d in self.lookup.corpus.not_same_as_of(record.id) if other.id not in decided]
        return own + theirs

    def differing_accounts(self, claim: Record) -> list[tuple[str, DifferingAccount]]:
        """Claims giving a different account than this one, with what differs, whichever of the two records it."""
        own = [(a.claim, a) for a in getattr(claim, "differs_from", ())]
        recorded = {other for other, _ in own}
        theirs = [
            (other.id, a) for other, a in self.lookup.corpus.differing_accounts_of(claim.id) if other.id not in recorded
        ]
        return own + theirs

    def related_group_claims(self, record: Record) -> list[tuple[str, list[Claim]]]:
        """Claims about the groups this group belongs to, and about its own members, each under its heading.

        A group is often spoken of through the larger body it is part of, or through a
        faction of it: a claim about the Afghan fighters of a brigade is news about the
        brigade. Parents are followed upwards (part-of, member-of) as far as they go;
        members only one step down, so a page does not grow with a whole coalition. A
        claim is listed once per page, in the first section it belongs to.
        """
        corpus = self.lookup.corpus
        shown = {claim.id for claim in corpus.claims_about(record.id)}
        sections: list[tuple[str, list[Claim]]] = []

        def add(heading: str, group_id: str) -> None:
            claims = [c for c in corpus.claims_about(group_id) if c.id not in shown]
            shown.update(c.id for c in claims)
            if claims:
                sections.append((heading, claims))

        seen = {record.id}
        frontier: list[Any] = [record]
        while frontier:
            parents = []
            for group in frontier:
                for rel in getattr(group, "relationships", ()):
                    parent = corpus.get(rel.target) if rel.type in BELONGS_TO else None
                    if parent is None or parent.TYPE != "group" or parent.id in seen:
                        continue
                    if not self.lookup.path_of(parent.id):
                        continue
                    seen.add(parent.id)
                    parents.append(parent)
                    add(f"Claims about {display_name(parent)}, which {display_name(record)} belongs to", parent.id)
            frontier = parents
        for member, rel in corpus.inbound(record.id):
            if rel.type not in BELONGS_TO or member.TYPE != "group" or member.id in seen:
                continue
            if self.lookup.path_of(member.id):
                seen.add(member.id)
                how = "a member of" if rel.type == "member-of" else "part of"
                add(f"Claims about {display_name(member)}, {how} {display_name(record)}", member.id)
        return sections


BELONGS_TO = ("part-of", "member-of")
"""Relationship types that make the target a larger body the record belongs to."""


@dataclass
class OutletGroup:
    """Sources from one outlet in one language."""

    publisher: str
    language: str
    sources: list[Record] = field(default_factory=list)


@dataclass
class Reporting:
    """Who reported a record: its sources grouped by outlet and language, with the counts a page states."""

    groups: list[OutletGroup]

    @property
    def sources(self) -> int:
        return sum(len(g.sources) for g in self.groups)

    @property
    def outlets(self) -> int:
        return len({g.publisher for g in self.groups})

    @property
    def languages(self) -> int:
        return len({g.language for g in self.groups})


_FRAGMENT_WORDS = 4


def text_fragment(quote: str) -> str:
    """A text directive (``:~:text=start,end``) that makes browsers scroll to and highlight the quote.

    Long quotes are given by their first and last words, which survives small
    differences inside the passage; ``-``, ``,`` and ``&`` are syntax there, so they
    are percent-encoded with everything else.
    """
    # What is not text (the loader refuses it) cannot be percent-encoded as UTF-8: dropped.
    words = NOT_TEXT.sub("", quote).replace("\u201c", " ").replace("\u201d", " ").split()
    words = [w.strip("\"'") for w in words]
    words = [w for w in words if w]
    if not words:
        return ""

    def encode(part: list[str]) -> str:
        return quote_url(" ".join(part), safe="").replace("-", "%2D")

    if len(words) <= 2 * _FRAGMENT_WORDS:
        return ":~:text=" + encode(words)
    return ":~:text=" + encode(words[:_FRAGMENT_WORDS]) + "," + encode(words[-_FRAGMENT_WORDS:])


def with_text_fragment(url: str, quote: str) -> str:
    """``url`` with a text directive for ``quote`` added to its fragment."""
    directive = text_fragment(quote)
    if not directive:
        return url
    return url + directive if "#" in url else f"{url}#{directive}"


def term(value: str | None) -> str:
    """A vocabulary term in running text: 'armed-group' -> 'armed group'."""
    return (value or "").replace("-", " ")


def span(text: str, css_class: str) -> Safe:
    """Escaped text in a span with one of our own classes (e.g. a claim-status badge)."""
    return Safe(f'<span class="{html_attr(css_class)}">') + Safe(escape_md(text)) + Safe("</span>")
