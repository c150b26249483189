"""A Python-Markdown extension that makes every link leaving the site safe, whatever wrote it.

Templates only ever write http(s) links (:func:`generator.render.escape.external_href`),
and record text is escaped so it cannot form links at all. This is the second line
of defence, applied to the HTML tree of every page: a link or image whose address
has a scheme other than http(s) (``javascript:``, ``data:``, ``vbscript:``...) loses
it, and every http(s) link gets ``rel="noopener noreferrer"``, so the page it opens
can neither reach back into ours nor learn which fact sheet the reader came from,
and ``data-fs-href``, the address the print stylesheet spells out after the link.

mkdocs.yml enables it by module name: ``- generator.render.mdext``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

EXTERNAL_REL = ("noopener", "noreferrer")
# Browsers ignore these inside a scheme ("java\tscript:"), so they are removed before judging it.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")


def link_kind(href: str) -> str:
    """'external' for http(s), 'internal' for a relative address or fragment, 'refused' for anything else."""
    cleaned = _IGNORED_IN_SCHEME.sub("", href)
    if cleaned.startswith("//"):
        return "external"  # protocol-relative: another site over the page's own scheme
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return "refused"
    if not scheme:
        return "internal"
    return "external" if scheme in ("http", "https") else "refused"


class SafeLinks(Treeprocessor):
    """Drops non-http(s) addresses from links and images; adds rel="noopener noreferrer" to external links."""

    def run(self, root: ET.Element) -> None:
        for element in root.iter():
            if element.tag == "a" and element.get("href") is not None:
                kind = link_kind(element.get("href", ""))
                if kind == "refused":
                    del element.attrib["href"]
                elif kind == "external":
                    rel = (element.get("rel") or "").split()
                    element.set("rel", " ".join(dict.fromkeys([*rel, *EXTERNAL_REL])))
                    # The address a printed page spells out, without the text directive that finds the quote.
                    element.set("data-fs-href", element.get("href", "").split(":~:", 1)[0].rstrip("#"))
            elif element.tag == "img" and link_kind(element.get("src", "")) == "refused":
                del element.attrib["src"]


class SafeLinksExtension(Extension):
    def extendMarkdown(self, md) -> None:
        # After inline patterns (priority 20) have turned Markdown links into <a> elements.
        md.treeprocessors.register(SafeLinks(md), "factsheet_safe_links", 1)


def makeExtension(**kwargs) -> SafeLinksExtension:
    return SafeLinksExtension(**kwargs)
