"""What a web page says of itself: its language and when it was published, with honest precision.

trafilatura reads the title, site name, byline and canonical address; these
two we read ourselves from the page's markup, because the record needs more
than a library's best guess: the language must be one the page declares (we
never detect it from the words), and the date must keep the precision the
page gives it (a month stays a month, a day is never invented) and say where
it came from, so the editor can check it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from lxml import html as lxml_html

from generator.model.fields import LANGUAGE_PATTERN

_LANGUAGE = re.compile(LANGUAGE_PATTERN)
_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?(?:[-_].*)?$")
_ISO_DATE = re.compile(r"^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?=$|[T\s+Z]|[-+]\d{2}:?\d{2}$)")


def language_tag(value: str | None) -> str | None:
    """A page's language declaration as a BCP 47 tag in our canonical form: 'en-US' -> 'en', 'sr_Latn' -> 'sr-Latn'.

    The region is dropped: templates declare 'en-US' for pages written for any
    reader, and the record says which language the archive is in, not where.
    """
    if not value:
        return None
    match = _TAG.match(value.strip())
    if not match:
        return None
    lang, script = match.group(1).lower(), match.group(2)
    tag = f"{lang}-{script.title()}" if script else lang
    return tag if _LANGUAGE.match(tag) else None


def page_language(tree: lxml_html.HtmlElement) -> tuple[str | None, str]:
    """The language the page declares, and where it says so; (None, '') when it declares none."""
    candidates = [
        (tree.get("lang"), "<html lang>"),
        (tree.get("{http://www.w3.org/XML/1998/namespace}lang"), "<html xml:lang>"),
        *(
            (m.get("content"), "<meta http-equiv=content-language>")
            for m in tree.xpath('//meta[translate(@http-equiv,"CONTENTLANGUAGE","contentlanguage")="content-language"]')
        ),
        *((m.get("content"), "og:locale") for m in tree.xpath('//meta[@property="og:locale"]')),
        *(
            (m.get("content"), f"<meta name={m.get('name')}>")
            for m in tree.xpath(
                '//meta[translate(@name,"LANGUAGEDC.","languagedc.")="language" or '
                'translate(@name,"LANGUAGEDC.","languagedc.")="dc.language"]'
            )
        ),
        *((value, "JSON-LD inLanguage") for value in _json_ld_values(tree, "inLanguage")),
    ]
    for raw, where in candidates:
        tag = language_tag(raw if isinstance(raw, str) else None)
        if tag:
            return tag, where
    return None, ""


@dataclass(frozen=True)
class PageDate:
    """A publication date as EDTF at the precision the page gives, and the markup it was read from."""

    edtf: str
    raw: str
    where: str


# Markup that states when an article was published, most specific first.
_DATE_META = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),
    ("property", "og:published_time"),
    ("itemprop", "datePublished"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "publish-date"),
    ("name", "parsely-pub-date"),
    ("name", "sailthru.date"),
    ("name", "dcterms.issued"),
    ("name", "DC.date.issued"),
    ("name", "dc.date"),
    ("name", "date"),
)


def edtf_of(raw: str) -> str | None:
    """An ISO-style date at the precision written: '2024-04-15T09:42Z' -> '2024-04-15', '2023-11' -> '2023-11'."""
    match = _ISO_DATE.match(raw)
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return None
    if day and not 1 <= int(day) <= 31:
        return None
    parts = [year] + ([f"{int(month):02d}"] if month else []) + ([f"{int(day):02d}"] if month and day else [])
    return "-".join(parts)


def page_date(tree: lxml_html.HtmlElement) -> PageDate | None:
    """When the page says it was published, from its meta tags, JSON-LD or a <time> element; None if it does not."""
    for attr, name in _DATE_META:
        for meta in tree.xpath(f'//meta[@{attr}="{name}"]'):
            raw = (meta.get("content") or meta.get("datetime") or "").strip()
            found = edtf_of(raw)
            if found:
                return PageDate(found, raw, f"<meta {attr}={name}>")
    for raw in _json_ld_values(tree, "datePublished"):
        found = edtf_of(raw) if isinstance(raw, str) else None
        if found:
            return PageDate(found, raw, "JSON-LD datePublished")
    for time in tree.xpath('//time[@itemprop="datePublished" or @pubdate][@datetime]'):
        raw = time.get("datetime", "").strip()
        found = edtf_of(raw)
        if found:
            return PageDate(found, raw, "<time datetime>")
    return None


def _json_ld_values(tree: lxml_html.HtmlElement, key: str) -> list:
    """Every value of ``key`` in the page's JSON-LD blocks, searched through nested objects and @graph."""
    found: list = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == key and isinstance(v, str):
                    found.append(v)
                else:
                    walk(v)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content() or "null"))
        except (ValueError, RecursionError):
            continue  # a broken block says nothing we can trust
    return found
