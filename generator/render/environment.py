"""The Jinja environment that turns records into Markdown, escaping every value by default.

Jinja's own autoescaping only knows HTML, so it is off; instead ``finalize`` runs
on every ``{{ }}`` output and escapes anything that is not :class:`Safe` for
Markdown and HTML together (see :mod:`generator.render.escape`). Template text,
blocks and includes are written as they are: templates are trusted, data is not.

Because Jinja returns macro output as a plain string when autoescape is off, a
macro's output would be escaped like data; templates use ``{% include %}`` and
``{% extends %}`` for shared layout, and the Python helpers for fragments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from jinja2.filters import make_attrgetter

from generator.model.archive import looks_like_headline
from generator.model.vocab import RELATIONS
from generator.render.dates import format_date
from generator.render.escape import Safe, safe_join
from generator.render.frontmatter import front_matter
from generator.render.languages import direction, html_lang, language_name
from generator.render.page import span, term
from generator.render.timeline import precision_note


def _finalize(value: Any) -> Any:
    """Runs on every ``{{ }}`` output: Safe passes, None (an optional field left out) prints nothing."""
    if isinstance(value, Safe):
        return value
    if value is None:
        return ""
    return Safe.escape(value)


@jinja2.pass_environment
def _join(env: jinja2.Environment, items: Any, separator: str = "", attribute: str | int | None = None) -> Safe:
    """Jinja's ``join``, escaping each item that is not :class:`Safe` (and the separator, if not Safe)."""
    if attribute is not None:
        items = map(make_attrgetter(env, attribute), items)
    return safe_join(separator, items)


def _relation_label(relation_type: str) -> str:
    return RELATIONS[relation_type].label


def _relation_inverse(relation_type: str) -> str:
    return RELATIONS[relation_type].inverse


def _filesize(size: int) -> str:
    """A byte count as readers read it: 812 bytes, 14.2 kB, 3.1 MB."""
    if size < 1000:
        return f"{size} bytes"
    scaled = float(size)
    for unit in ("kB", "MB", "GB"):
        scaled /= 1000
        if scaled < 1000 or unit == "GB":
            return f"{scaled:.1f} {unit}"
    return f"{size} bytes"


def _is_headline_of(first: str, title: str) -> bool:
    return first.split() == title.split() and looks_like_headline(first)


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """A Jinja environment over ``templates_dir`` with escaping on every output."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=False,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        {
            # Jinja's escaping filters only know HTML; here they mean "escape for this page".
            "e": Safe.escape,
            "escape": Safe.escape,
            "forceescape": Safe.escape,
            # The explicit marker for a fragment a template has built itself and vouches for.
            "safe": Safe,
            "join": _join,
            "date": format_date,
            "term": term,
            "language": language_name,
            "direction": direction,
            "htmllang": html_lang,
            "relation": _relation_label,
            "inverse": _relation_inverse,
            "badge": span,
            "filesize": _filesize,
            "precision": precision_note,
        }
    )
    # The archive's first paragraph is the headline when the record's title is it and it reads as one (a copy
    # saved without its headline has its lead there, taken for the title until the editor writes one).
    env.tests["headline_of"] = _is_headline_of
    # A page's metadata block, written and checked by a YAML emitter (see render/frontmatter.py).
    env.globals["front_matter"] = front_matter
    # Filters that produce HTML-only Markup from data have no place in Markdown templates.
    for name in ("xmlattr", "tojson", "urlize"):
        env.filters.pop(name, None)
    return env
