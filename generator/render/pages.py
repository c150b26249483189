"""Which pages a site has, which template renders each, and rendering them all.

Pages: the home page, one list page per record type (``claims.md`` ...), and one
fact sheet per record at its permanent path ``<type>/<id>.md``. List pages sit at
the top level so that no record id (not even ``index``) can collide with them.
A timeline or dated list too long for one page also has a page per year
(``timeline/2025.md``, ``claims/2025.md``; see :data:`PAGED_FOLDERS`).

Templates reach the corpus through views that note what each page reads
(:mod:`generator.render.tracking`), so that a build can reuse the pages whose
inputs did not change (:mod:`generator.render.cache`).

What every template sees:

``page``
    :class:`~generator.render.page.PageContext`: ``link``, ``links``, ``cite``,
    ``quote``, ``speaker``, ``alias``, ``external``, ``footnotes()``; all return Safe Markdown.
``title``, ``corpus`` (published records only, unless drafts), ``lookup``
    (:class:`~generator.render.lookup.Lookup`), ``lists`` (LIST_PAGES), ``counts``
    (records per type), ``drafts``, ``archive_paragraphs(source_id, page)``.
``record``
    On a record's page: the record.
``listing``, ``records``
    On a list page: its :class:`ListPage` and its records, in reading order. A long
    dated list's page also gets ``parts`` (year, count, path of that year's page), and
    each year's page ``part`` (its year) with that year's ``records``.
``year``
    On a year's page of a long timeline: its heading; ``timeline_page(year)`` is the path of one.
``extras``
    :class:`~generator.render.site_extras.SiteExtras`: last changes and each record's history
    from git, the corrections log, downloads, whether diagrams can be drawn, the editorial settings.
``model``
    :mod:`generator.render.methodology`: what the methodology page says about the model, from the model.
``search_keys(record)``, ``jsonld(record)``, ``group_diagram(record)``, ``corpus_diagram()``,
``timeline()``, ``time(change)``, ``search_meta(record)``
    Helpers for the hidden search keys, the JSON-LD block, the relationship
    diagrams, the timeline and "last updated"; see the modules they come from.

Filters: ``date``, ``term``, ``language``, ``direction``, ``relation``, ``inverse``,
``badge``; see :mod:`generator.render.environment`. ``front_matter(**fields)`` writes a
page's metadata block (:mod:`generator.render.frontmatter`).
"""

from __future__ import annotations

import itertools
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import BuildError
from generator.model.corpus import Corpus
from generator.model.records import RECORD_TYPES
from generator.render import methodology
from generator.render.archive_view import annotated_paragraphs
from generator.render.cache import RenderCache
from generator.render.dates import format_date
from generator.render.diagram import corpus_diagram, group_diagram
from generator.render.environment import make_environment
from generator.render.escape import Safe, escape_md, html_attr
from generator.render.jsonld import PageGraph, script_block
from generator.render.lookup import Lookup, display_name, record_path
from generator.render.page import PageContext
from generator.render.search_keys import record_names, search_keys
from generator.render.site_extras import RECENT_CHANGES, RecordChange, SiteExtras
from generator.render.timeline import TIMELINE_TYPES, Timeline, timeline_entries, year_of, year_page
from generator.render.tracking import Answers, CorpusView, ExtrasView, LookupView, MappingView, Recorder
from generator.sitelinks import SiteLinks

HOME_PAGE = "index.md"
HOME_TEMPLATE = "index.md.j2"


@dataclass(frozen=True)
class ListPage:
    """The page that lists every record of one type."""

    type: str
    path: str
    title: str
    template: str


LIST_PAGES: dict[str, ListPage] = {
    type_name: ListPage(type_name, f"{plural}.md", plural.capitalize(), f"lists/{type_name}.md.j2")
    for type_name, plural in (
        ("group", "groups"),
        ("actor", "actors"),
        ("place", "places"),
        ("event", "events"),
        ("claim", "claims"),
        ("denial", "denials"),
        ("source", "sources"),
    )
}
"""List pages in the order the home page and the nav show them; mkdocs.yml's nav names these paths."""


@dataclass(frozen=True)
class ExtraPage:
    """A page about the corpus as a whole rather than one type of record."""

    path: str
    title: str
    template: str
    in_nav: bool = True
    indexed: bool = True
    """Whether Pagefind indexes it (the search page itself is left out)."""


EXTRA_PAGES: dict[str, ExtraPage] = {
    "timeline": ExtraPage("timeline.md", "Timeline", "timeline.md.j2"),
    "relationships": ExtraPage("relationships.md", "Relationships", "relationships.md.j2"),
    "downloads": ExtraPage("downloads.md", "Downloads", "downloads.md.j2"),
    "corrections": ExtraPage("corrections.md", "Corrections", "corrections.md.j2"),
    "methodology": ExtraPage("methodology.md", "Methodology", "methodology.md.j2"),
    "search": ExtraPage("search.md", "Search", "search.md.j2", in_nav=False, indexed=False),
}
"""After the list pages in the nav (except search, which the header links to); mkdocs.yml names these paths."""

TIMELINE_YEAR_TEMPLATE = "timeline-year.md.j2"
"""One year of a timeline long enough to be split (see :mod:`generator.render.timeline`)."""

SEARCH_KINDS = {
    "group": "Group",
    "place": "Place",
    "event": "Event",
    "claim": "Claim",
    "denial": "Denial",
    "source": "Source",
}
SUMMARY_CHARS = 200
NAMED_TYPES = frozenset({"group", "actor", "place"})
"""Records that readers look up by name: their pages carry search keys for every name and alias."""


_CORPUS_PAGES = frozenset({HOME_PAGE, *(p.path for p in LIST_PAGES.values()), *(p.path for p in EXTRA_PAGES.values())})


def is_corpus_page(path: str) -> bool:
    """Whether a page is about the corpus as a whole (home, lists, timeline, and their years): large, changed by most edits."""
    return path in _CORPUS_PAGES or path.split("/", 1)[0] in PAGED_FOLDERS


def record_template(type_name: str) -> str:
    """The template that renders one record of a type: ``<type>.md.j2``."""
    return f"{type_name}.md.j2"


def render_pages(
    corpus: Corpus,
    templates_dir: Path,
    *,
    drafts: bool = False,
    extras: SiteExtras | None = None,
    cache: RenderCache | None = None,
) -> dict[str, str]:
    """Render every page of the site to Markdown, keyed by docs-relative path.

    ``drafts=False`` renders only published records (drafts are left out, and
    links to them become plain text); ``drafts=True`` renders drafts too, each
    marked as a draft. ``extras`` adds what the build knows beyond the records
    (git dates, downloads, diagrams). ``cache`` reuses pages of the previous render whose
    inputs did not change, and records this render for the next. Raises :class:`BuildError`
    for a missing or broken template.
    """
    shown = corpus if drafts else corpus.published()
    extras = extras or SiteExtras()
    env = make_environment(templates_dir)
    # Templates and helpers see the corpus through views that note what each page reads,
    # so that the next build can tell which pages must be rendered again (see render/cache.py).
    recorder = Recorder()
    real_lookup = Lookup(shown)
    corpus_view = CorpusView(shown, recorder)
    lookup = LookupView(real_lookup, corpus_view, recorder)
    pages: dict[str, str] = {}
    counts = {t: len(shown.of_type(t)) for t in LIST_PAGES}
    graph = PageGraph(corpus_view, SiteLinks(extras.site_url, extras.directory_urls))  # type: ignore[arg-type]
    published = frozenset(shown.records)
    computed = {"recent": lambda: extras.latest(published, RECENT_CHANGES)}
    answers = Answers(
        shown,
        real_lookup,
        updated=extras.updated,
        downloads=extras.downloads,
        counts=counts,
        computed=computed,
        history=extras.history,
        corrections=extras.corrections,
    )

    built_timeline: list[Timeline] = []

    def whole_timeline() -> Timeline:
        """Built once per render: the timeline's index and every year page show it."""
        if not built_timeline:
            built_timeline.append(timeline_entries(shown))
        return built_timeline[0]

    def timeline() -> Timeline:
        for type_name in TIMELINE_TYPES:  # what timeline_entries reads, noted on each page that shows it
            recorder.note("corpus", "of_type", type_name)
        return whole_timeline()

    def recent_changes() -> list[RecordChange]:
        recorder.note("computed", "recent")
        return computed["recent"]()

    common = {
        "corpus": corpus_view,
        "lookup": lookup,
        "lists": LIST_PAGES,
        "extra_pages": EXTRA_PAGES,
        "counts": MappingView("counts", counts, recorder),
        "drafts": drafts,
        "extras": ExtrasView(extras, recorder),
        "archive_paragraphs": annotated_paragraphs,
        "search_keys": search_keys,
        "search_meta": search_meta,
        "record_summary": record_summary,
        "time": time_tag,
        "jsonld": lambda record: script_block(graph.document(record)),
        "group_diagram": lambda record: group_diagram(record, lookup) if extras.diagrams else None,  # type: ignore[arg-type]
        "corpus_diagram": lambda: corpus_diagram(corpus_view) if extras.diagrams else None,  # type: ignore[arg-type]
        "timeline": timeline,
        "timeline_page": year_page,
        "recent_changes": recent_changes,
        "model": methodology,
    }

    def emit(path: str, template: str, *, reads: tuple[str, ...] = (), **context: Any) -> None:
        """Render one page, or reuse it from the previous render when nothing it reads has changed.

        ``reads`` names the corpus query behind what the context hands the page (its record, a list's records).
        """
        if path in pages:
            raise BuildError(f"two pages would be written to {path}", hint="record ids must be unique across types")
        if cache is not None:
            reused = cache.reuse(path, answers)
            if reused is not None:
                pages[path] = reused
                return
        recorder.start()
        if reads:
            recorder.note("corpus", *reads)
        page = PageContext(path, lookup)  # type: ignore[arg-type]
        pages[path] = _render(env, template, path, {**common, **context, "page": page})
        if cache is not None:
            cache.rendered(path, pages[path], None if recorder.opaque else recorder.keys)

    emit(HOME_PAGE, HOME_TEMPLATE, title="Home")
    for listing in LIST_PAGES.values():
        records = shown.of_type(listing.type)
        reads = ("of_type", listing.type)
        if listing.type not in _DATED_LISTS:
            records = sorted(records, key=lambda r: (display_name(r).casefold(), r.id))
            emit(listing.path, listing.template, reads=reads, listing=listing, records=records, title=listing.title)
            continue
        records = lookup.by_date(records)
        if len(records) <= LIST_PAGE_LIMIT:
            emit(listing.path, listing.template, reads=reads, listing=listing, records=records, title=listing.title)
            continue
        # A long dated list: the list page names the years, each year has a page (in date order, undated last).
        folder = listing.path[: -len(".md")]
        years = [(year, list(group)) for year, group in itertools.groupby(records, key=lambda r: year_of(r.date))]
        parts = [(year, len(group), year_page(year, folder)) for year, group in years]
        emit(
            listing.path,
            listing.template,
            reads=reads,
            listing=listing,
            records=records,
            title=listing.title,
            parts=parts,
        )
        for year, group in years:
            emit(
                year_page(year, folder),
                listing.template,
                reads=reads,
                listing=listing,
                records=group,
                title=f"{listing.title}: {year}",
                part=year,
            )
    for extra in EXTRA_PAGES.values():
        emit(extra.path, extra.template, title=extra.title, not_indexed=not extra.indexed)
    line = whole_timeline()
    if line.split:
        for year, _ in line.years():
            emit(year_page(year), TIMELINE_YEAR_TEMPLATE, title=f"Timeline: {year}", year=year)
    for type_name in RECORD_TYPES:
        for record in shown.of_type(type_name):
            emit(
                record_path(record),
                record_template(type_name),
                reads=("get", record.id),
                record=record,
                title=display_name(record),
            )
    if cache is not None:
        cache.save(answers)
    return pages


# Lists of things that happened or were said read best in date order; the rest by name.
_DATED_LISTS = frozenset({"claim", "denial", "event"})
LIST_PAGE_LIMIT = 1000
"""The most records one dated list page shows; above it, the list has a page per year."""
PAGED_FOLDERS = ("timeline", *(LIST_PAGES[t].path[: -len(".md")] for t in sorted(_DATED_LISTS)))
"""Folders of the pages a long timeline or dated list is split into; mkdocs.yml keeps them out of the nav."""


def search_kind(record) -> str:
    """How search results label a record's page."""
    if record.TYPE == "actor":
        return "Person" if record.kind == "person" else "Institution"
    return SEARCH_KINDS.get(record.TYPE, record.TYPE.capitalize())


def record_summary(record) -> str:
    """One line on what the record is, for search results and the page's description meta tag."""
    for name in ("description", "summary"):
        text = getattr(record, name, None)
        if text:
            break
    else:
        text = getattr(record, "title", None) or ""
    kind = getattr(record, "kind", None)
    if record.TYPE in ("group", "actor", "place", "event") and kind:
        text = f"{kind.replace('-', ' ').capitalize()}. {text}".strip()
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "\u2026"


def search_meta(record) -> Safe:
    """The hidden block that tells Pagefind a fact sheet's names (weighted high), kind and summary.

    Groups, actors and places carry their folded names and aliases as search keys; the
    summary replaces Pagefind's excerpt in the results, which would otherwise quote the keys.
    Other records are found by their text; their results show an excerpt.
    """
    kind = html_attr(f"kind:{search_kind(record)}")
    if record.TYPE not in NAMED_TYPES:
        return Safe(f'<div class="fs-search-meta" hidden data-pagefind-ignore data-pagefind-meta="{kind}"></div>')
    keys = escape_md(search_keys(record))
    summary = escape_md(record_summary(record))
    # Every name, so the search box can put a page whose name or alias is exactly the query first.
    names = escape_md(" | ".join(" ".join(n.split()) for n in record_names(record)))
    return Safe(
        f'<div class="fs-search-meta" hidden data-pagefind-weight="10" data-pagefind-meta="{kind}">{keys}'
        f'<span data-pagefind-ignore data-pagefind-meta="summary">{summary}</span>'
        f'<span data-pagefind-ignore data-pagefind-meta="names">{names}</span></div>'
    )


def time_tag(change: Any) -> Safe:
    """A change's day as readers read it, in a <time> element carrying the exact moment (anything with a ``date``)."""
    if change is None:
        return Safe("")
    return (
        Safe(f'<time datetime="{html_attr(change.date)}">')
        + Safe.escape(format_date(change.date[:10]))
        + Safe("</time>")
    )


def _render(env: jinja2.Environment, template_name: str, path: str, context: dict[str, Any]) -> str:
    try:
        template = env.get_template(template_name)
        text = template.render(context)
    except jinja2.TemplateNotFound as exc:
        raise BuildError(
            f"template {exc.name} not found in {env.loader.searchpath[0]}",  # type: ignore[union-attr]
            hint=f"every record type needs templates/{record_template('TYPE')}; copy the default templates",
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise BuildError(f"{exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        where = _template_frame(exc)
        raise BuildError(f"{where}rendering {path} failed: {exc}") from None
    return tidy(text)


def _template_frame(exc: BaseException) -> str:
    """``templates/x.md.j2:12: `` for the innermost template line in the traceback, if any."""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            return f"{frame.filename}:{frame.lineno}: "
    return ""


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"(?<![ \t])[ \t]+$", re.MULTILINE)  # from where a run starts: linear


def tidy(markdown: str) -> str:
    """Remove what template control blocks leave behind: trailing spaces, runs of blank lines."""
    text = _TRAILING_SPACE.sub("", markdown)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n") + "\n"
