"""Which pages a site has, which template renders each, and rendering them all.

Pages: the home page, one list page per record type (``claims.md`` ...), and one
fact sheet per record at its permanent path ``<type>/<id>.md``. List pages sit at
the top level so that no record id (not even ``index``) can collide with them.

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
    On a list page: its :class:`ListPage` and its records, in reading order.

Filters: ``date``, ``term``, ``language``, ``direction``, ``relation``, ``inverse``,
``badge``, ``yaml``; see :mod:`generator.render.environment`.
"""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.errors import BuildError
from generator.model.corpus import Corpus
from generator.model.records import RECORD_TYPES
from generator.render.archive_view import annotated_paragraphs
from generator.render.environment import make_environment
from generator.render.lookup import Lookup, display_name, record_path
from generator.render.page import PageContext

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
        ("group", "groups"), ("actor", "actors"), ("place", "places"), ("event", "events"),
        ("claim", "claims"), ("denial", "denials"), ("source", "sources"),
    )
}  # fmt: skip
"""List pages in the order the home page and the nav show them; mkdocs.yml's nav names these paths."""


def record_template(type_name: str) -> str:
    """The template that renders one record of a type: ``<type>.md.j2``."""
    return f"{type_name}.md.j2"


def render_pages(corpus: Corpus, templates_dir: Path, *, drafts: bool = False) -> dict[str, str]:
    """Render every page of the site to Markdown, keyed by docs-relative path.

    ``drafts=False`` renders only published records (drafts are left out, and
    links to them become plain text); ``drafts=True`` renders drafts too, each
    marked as a draft. Raises :class:`BuildError` for a missing or broken template.
    """
    shown = corpus if drafts else corpus.published()
    env = make_environment(templates_dir)
    lookup = Lookup(shown)
    pages: dict[str, str] = {}
    counts = {t: len(shown.of_type(t)) for t in LIST_PAGES}
    common = {
        "corpus": shown, "lookup": lookup, "lists": LIST_PAGES, "counts": counts, "drafts": drafts,
        "archive_paragraphs": annotated_paragraphs,
    }  # fmt: skip

    def emit(path: str, template: str, **context: Any) -> None:
        if path in pages:
            raise BuildError(f"two pages would be written to {path}", hint="record ids must be unique across types")
        page = PageContext(path, lookup)
        pages[path] = _render(env, template, path, {**common, **context, "page": page})

    emit(HOME_PAGE, HOME_TEMPLATE, title="Home")
    for listing in LIST_PAGES.values():
        records = shown.of_type(listing.type)
        if listing.type in _DATED_LISTS:
            records = lookup.by_date(records)
        else:
            records = sorted(records, key=lambda r: (display_name(r).casefold(), r.id))
        emit(listing.path, listing.template, listing=listing, records=records, title=listing.title)
    for type_name in RECORD_TYPES:
        for record in shown.of_type(type_name):
            emit(record_path(record), record_template(type_name), record=record, title=display_name(record))
    return pages


# Lists of things that happened or were said read best in date order; the rest by id.
_DATED_LISTS = frozenset({"claim", "denial", "event"})


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
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def tidy(markdown: str) -> str:
    """Remove what template control blocks leave behind: trailing spaces, runs of blank lines."""
    text = _TRAILING_SPACE.sub("", markdown)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n") + "\n"
