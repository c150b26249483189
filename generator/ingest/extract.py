"""From a fetched page or a local file to an article: a title, paragraphs, and what the page says of itself.

HTML goes through trafilatura, a maintained main-text extractor, which drops
navigation, related links, comment sections and footers; we keep its block
structure (one paragraph per block, line breaks inside a block kept) rather
than its flattened text. Plain text is taken as it is: the first line is the
title and the paragraphs stay exactly as written, less the boilerplate lines
listed in :mod:`generator.ingest.boilerplate`. Either way the text is
normalised to Unicode NFC, so the same words always archive to the same bytes.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from generator.errors import FactsheetError
from generator.ingest.boilerplate import Dropped, strip_boilerplate
from generator.ingest.metadata import page_date, page_language
from generator.model.archive import fold

# Blocks of trafilatura's output that become paragraphs; lists give one paragraph per item.
_BLOCKS = {"p", "head", "quote", "code", "item"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML collapses these; a no-break space is text and stays
_BLANK = re.compile(r"\n[ \t]*\n")


@dataclass
class Article:
    """An article ready to archive: the title line, the body paragraphs, and its metadata where known."""

    title: str | None
    paragraphs: list[str]
    kind: str
    """'html' or 'text': what the input was."""
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    language_from: str = ""
    """Where the language was read, e.g. '<html lang>'."""
    published: str | None = None
    published_from: str = ""
    """Where the date was read and as what, for the record's date_note."""
    dropped: list[Dropped] = field(default_factory=list)

    def text(self) -> str:
        """The archived text: the title as the first paragraph, then the body, one blank line between, final newline."""
        blocks = ([self.title] if self.title else []) + self.paragraphs
        return "\n\n".join(blocks) + "\n"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def from_text(text: str) -> Article:
    """A plain-text copy: first non-blank line the title, then paragraphs exactly as written.

    Paragraphs are separated by blank lines; a copy with no blank line at all
    (one paragraph per line, as some tools save pages) is read a line at a time.
    """
    lines = [line.rstrip() for line in nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    while kept and not kept[0].strip():
        kept.pop(0)
    if not kept:
        raise FactsheetError(
            "the file holds no text once page furniture is removed",
            hint="check that this is the article you meant to ingest",
        )
    title, body = kept[0].strip(), "\n".join(kept[1:]).strip("\n")
    # Blank lines separate paragraphs where the text has any; otherwise each line is one.
    paragraphs = [p.strip("\n") for p in _BLANK.split(body)] if _BLANK.search(body) else body.split("\n")
    paragraphs = [_strip_lines(p) for p in paragraphs if p.strip()]
    return Article(title=title, paragraphs=paragraphs, kind="text", dropped=dropped)


def _strip_lines(paragraph: str) -> str:
    """A paragraph with the indentation and trailing spaces of its lines removed, its words untouched."""
    return "\n".join(line.strip() for line in paragraph.split("\n") if line.strip())


def from_html(data: bytes, base_url: str | None = None) -> Article:
    """The main text and metadata of an HTML page, read with trafilatura."""
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        raise FactsheetError("the page could not be parsed as HTML", hint="save the page again, or ingest its text")
    language, language_from = page_language(tree)
    date = page_date(tree)
    fresh = load_html(data)  # a fresh tree: extraction prunes the one it is given
    assert fresh is not None  # the same bytes parsed a moment ago
    doc = trafilatura.bare_extraction(
        fresh,
        url=base_url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        # only what the markup states; never a date guessed from the article's words
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(doc, Document) or doc.body is None:
        raise FactsheetError(
            "no article text found on the page",
            hint="the page may need JavaScript or a login; save the text and ingest that file",
        )
    title = _clean(doc.title)
    paragraphs = []
    for block in doc.body.iter(*_BLOCKS):
        if block.tag != "item" and block.getparent() is not doc.body:
            continue  # nested blocks are read as part of their parent
        text = _block_text(block)
        if text and not (block.tag == "head" and title and fold(text) == fold(title)):
            paragraphs.append(text)
    lines = [title or ""] + [line for p in paragraphs for line in ("", *p.split("\n"))]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    body = "\n".join(kept[1:]).strip("\n")
    paragraphs = [p for p in (_strip_lines(p) for p in _BLANK.split(body)) if p]
    if not paragraphs:
        raise FactsheetError(
            "no article text found on the page",
            hint="the page may need JavaScript or a login; save the text and ingest that file",
        )
    article = Article(
        title=title or None,
        paragraphs=paragraphs,
        kind="html",
        publisher=_clean(doc.sitename),
        author=_clean(doc.author),
        url=_absolute_http(doc.url, base_url),
        language=language,
        language_from=language_from,
        dropped=dropped,
    )
    if date:
        article.published = date.edtf
        article.published_from = f"the page's {date.where} ({date.raw})"
    elif doc.date:
        article.published = doc.date[:10]
        article.published_from = "the date in the page's markup, as read by htmldate"
    return article


def _block_text(block) -> str:
    """A block's text: HTML whitespace collapsed, <br> (trafilatura's <lb>) kept as a line break."""
    parts: list[str] = []

    def walk(el) -> None:
        if el.tag == "lb":
            parts.append("\n")
        elif el.text:
            parts.append(_HTML_SPACE.sub(" ", el.text))
        for child in el:
            walk(child)
            if child.tail:
                parts.append(_HTML_SPACE.sub(" ", child.tail))

    walk(block)
    return nfc(_strip_lines("".join(parts)))


def _clean(value: str | None) -> str | None:
    value = nfc(_HTML_SPACE.sub(" ", value)).strip() if value else ""
    return value or None


def _absolute_http(url: str | None, base: str | None) -> str | None:
    """The page's own address as an absolute http(s) URL, or None: never a made-up or local one."""
    if not url:
        return None
    url = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.username or parts.password:
        return None
    return url
