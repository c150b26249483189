"""Escaping record text for Markdown that becomes HTML.

Every text field is untrusted. Values are written into Markdown that Python-Markdown
turns into HTML inside MkDocs Material, so a value must have no effect in either
language: no tags, no links or images, no emphasis, no table cells, no attribute
lists, no admonitions, no snippets, no headings or list items.

We escape with numeric character references rather than backslashes. A reference
such as ``&#42;`` means the same character in every context (paragraphs, table
cells, raw HTML, md_in_html blocks, attribute values) and no Markdown extension
reads it as syntax, whereas a backslash escape only works for the characters the
enabled extensions register, and shows as a literal backslash inside raw HTML.

:class:`Safe` marks text built from escaped parts (links, footnote references) so
that it is emitted as is. Combining a ``Safe`` with anything else (``+``, ``%``,
``format``, ``join``) escapes the other part with :func:`escape_md`.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from generator.load.yamldoc import NONCHARACTERS

# Characters that mean something to HTML or to Markdown wherever they occur.
_ALWAYS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "\\": "&#92;",
    "`": "&#96;",
    "*": "&#42;",
    "_": "&#95;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "#": "&#35;",
    "~": "&#126;",
}
_ALWAYS_TABLE = str.maketrans(_ALWAYS)
# Characters that start a block (list, admonition, setext underline, definition,
# snippet) only at the beginning of a line: a value may be placed there.
_LINE_START = {c: f"&#{ord(c)};" for c in "-+=!:?"}
_ORDERED_LIST = re.compile(r"(\d+)([.)])")
# C0/C1 controls, including STX/ETX, which Python-Markdown uses to mark its own placeholders; and
# what is not text at all, which the loader refuses: noncharacters (MkDocs' YAML reader drops front
# matter holding U+FFFF) and lone surrogates (which cannot be written as UTF-8).
NOT_TEXT = re.compile(r"[\ud800-\udfff" + NONCHARACTERS + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + NONCHARACTERS + "]")
_SPACE = re.compile(r"\s+")


def escape_md(value: Any, *, strip: bool = True) -> str:
    """``value`` as Markdown-and-HTML text that reads exactly as written and does nothing else.

    Whitespace runs (newlines included) become one space, so a value never breaks a
    table row or a list item. With ``strip``, whitespace at either end is dropped
    when it holds a line break or tab (the newline YAML block scalars end with),
    while plain spaces stay, so template literals such as ``", "`` keep theirs.
    ``strip=False`` keeps the ends of pieces of a longer text escaped one at a time.
    """
    text = _CONTROL.sub("", str(value))
    if strip:
        text = _strip_edge_breaks(text)
    text = _SPACE.sub(" ", text).translate(_ALWAYS_TABLE)
    start = len(text) - len(text.lstrip(" "))
    if start < len(text):
        first = text[start]
        if first in _LINE_START:
            text = text[:start] + _LINE_START[first] + text[start + 1 :]
        elif m := _ORDERED_LIST.match(text, start):
            text = text[: m.start(2)] + f"&#{ord(m[2])};" + text[m.end(2) :]
    return text


def _strip_edge_breaks(text: str) -> str:
    """``text`` without the whitespace at either end, where that whitespace holds anything but plain spaces.

    Written with ``str.strip`` rather than a regular expression: a pattern such as
    ``\\s*[^\\S ] *$`` retries at every position of a long inner run of whitespace
    (no-break spaces, say) and takes quadratic time, while this is one pass. ``strip``
    and ``\\s`` agree on what is whitespace (both use ``str.isspace``).
    """
    body = text.lstrip()
    if text[: len(text) - len(body)].strip(" "):
        text = body
    body = text.rstrip()
    if text[len(body) :].strip(" "):
        text = body
    return text


class Safe(Markup):
    """Markdown built by our code from escaped parts: templates output it unchanged.

    Only this class is trusted. Jinja's own ``Markup`` (what ``|e`` or ``|xmlattr``
    return) is escaped for HTML but not for Markdown, so it is escaped again.
    """

    __slots__ = ()

    @classmethod
    def escape(cls, s: Any) -> Safe:
        if isinstance(s, Safe):
            return s
        return cls(escape_md(s))


def safe_join(separator: Any, items: Any) -> Safe:
    """Join escaped items; ``Safe`` items (and a ``Safe`` separator) stay as they are."""
    return Safe.escape(separator).join(items)


def html_attr(value: str) -> str:
    """A value for a double-quoted HTML attribute that we write ourselves (a class, a language tag)."""
    return html.escape(_SPACE.sub(" ", _CONTROL.sub("", value)).strip(), quote=True)


# Characters left as they are in a link destination (besides letters, digits and
# "_.-~"): what a URL needs, minus everything Markdown or HTML could read as
# syntax, such as ( ) [ ] < > ` * ! ' " and spaces, which are percent-encoded.
_URL_SAFE = "/:?#@$&+,;=%"


def external_href(url: str) -> str | None:
    """An http(s) URL as a Markdown link destination, or None for anything else.

    The model already allows only http(s); this checks again so that no other
    scheme can ever become a link, and percent-encodes every character that
    could end the destination or start Markdown or HTML syntax.
    """
    url = _CONTROL.sub("", url).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        return None
    return quote(url, safe=_URL_SAFE)


def internal_href(path: str, anchor: str | None = None) -> str:
    """A relative link to another generated page (``../source/x.md``), optionally to an anchor on it."""
    href = quote(path, safe="/.")
    return f"{href}#{quote(anchor, safe='')}" if anchor else href


def markdown_link(text: Any, href: str, *, title: str | None = None) -> Safe:
    """``[text](href)`` with the text escaped; ``href`` must come from one of the href helpers."""
    if title:
        return Safe(f'[{escape_md(text)}]({href} "{escape_md(title)}")')
    return Safe(f"[{escape_md(text)}]({href})")
