"""A page at every retired address that sends readers and search engines to the record's page now.

A record renamed or merged (``factsheet rename``, ``factsheet merge``) lists its old ids in
``former_ids``. For each, the build writes a small HTML file where the old page was
(``group/old-id/index.html``, or ``group/old-id.html`` without directory URLs); mkdocs copies it
into the site as it is. The page works without JavaScript and under the site's Content
Security Policy (it has no script and no inline style): a ``meta refresh`` opens the new
address at once, ``link rel=canonical`` tells search engines which address is the record's,
``noindex`` keeps the old one out of their results, and a plain link serves anyone whose
browser does not follow the refresh. Pagefind indexes only pages with the theme's
``data-pagefind-body``, so these stay out of search.
"""

from __future__ import annotations

import html
import posixpath

from generator.model.corpus import Corpus
from generator.sitelinks import SiteLinks

POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'"
"""The redirect page loads nothing at all, so its own policy forbids everything."""


def redirect_path(links: SiteLinks, record_type: str, record_id: str) -> str:
    """The docs-relative file that serves a record's address (as mkdocs would write its page)."""
    page = links.path(record_type, record_id)
    return page + "index.html" if page.endswith("/") else page


def relative_href(from_page: str, to_page: str) -> str:
    """``to_page`` (site-relative) as a link from ``from_page`` (site-relative, a folder when it ends in '/')."""
    base = from_page if from_page.endswith("/") else posixpath.dirname(from_page) + "/"
    href = posixpath.relpath(to_page or ".", base.rstrip("/") or ".")
    return href + "/" if to_page.endswith("/") and not href.endswith("/") else href


def redirect_page(title: str, href: str, canonical: str) -> str:
    """The HTML of one redirect page; every value is escaped for an attribute or for text."""
    target, canon, name = html.escape(href, quote=True), html.escape(canonical, quote=True), html.escape(title)
    return (
        "<!doctype html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">\n'
        f"<title>Moved: {name}</title>\n"
        f'<link rel="canonical" href="{canon}">\n'
        '<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        "</head>\n"
        "<body>\n"
        f'<p>This fact sheet has moved to <a href="{target}">{name}</a>.</p>\n'
        "</body>\n"
        "</html>\n"
    )


def redirect_files(corpus: Corpus, links: SiteLinks) -> dict[str, str]:
    """Docs-relative path -> HTML of a redirect page, for every former id of every record in ``corpus``."""
    files: dict[str, str] = {}
    for record in corpus:
        new_page = links.path(record.TYPE, record.id)
        canonical = links.absolute(record.TYPE, record.id) or None
        for old_id in record.former_ids:
            old_page = links.path(record.TYPE, old_id)
            href = relative_href(old_page, new_page)
            files[redirect_path(links, record.TYPE, old_id)] = redirect_page(record.label, href, canonical or href)
    return files
