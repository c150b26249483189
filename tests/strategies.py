"""Hypothesis strategies for text from the whole of Unicode, and the two ways a record file can hold it.

``UNICODE_TEXT`` draws from every code point, surrogates and noncharacters included,
and leans on the ones that have broken tools before: noncharacters, line and
paragraph separators, controls, bidirectional overrides, and Markdown and HTML syntax.
A value can reach a record file as itself (:func:`yaml_raw`) or through double-quoted
escapes (:func:`yaml_escaped`); the loader must refuse exactly what it says it refuses.
"""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

from generator.load.yamldoc import _CONTROL, _NOT_TEXT, _SEPARATOR

AWKWARD = [
    "\ufffe",
    "\uffff",
    "\ufdd0",
    "\ufdef",
    "\U0001fffe",
    "\U0010ffff",
    "\ud800",
    "\udfff",
    "\u2028",
    "\u2029",
    "\x85",
    "\x00",
    "\x02",
    "\x03",
    "\x1b",
    "\x7f",
    "\u202e",
    "\u2066",
    "\u200b",
    "\ufeff",
    "\u00a0",
    "\u3000",
    "\t",
    "\n",
    "\r",
]
"""Single code points that YAML, Python-Markdown or HTML treat specially."""

MARKUP = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](https://evil.example/)",
    "{: style=position:fixed;inset:0 }",
    "{ .cls }",
    "![i](http://x/y.png)",
    "*em*",
    "_u_",
    "`c`",
    "# H",
    "- item",
    "1. one",
    "| a | b |",
    "!!! note",
    "--8<-- 'x'",
    "[^1]",
    "&amp;",
    "&#123;",
    "\\",
    "---",
    "...",
    ": ",
    " #",
    "{{ 7*7 }}",
    "{% raw %}",
    "\u0641\u0627\u0637\u0645\u06cc\u0648\u0646",
    "a\u200cb",
    "    indented",
]
"""Fragments that mean something to Markdown, HTML, YAML or Jinja."""

UNICODE_CHAR = st.characters() | st.sampled_from(AWKWARD)
UNICODE_TEXT = st.lists(UNICODE_CHAR.map(str) | st.sampled_from(MARKUP), min_size=1, max_size=12).map("".join)


def yaml_raw(text: str) -> bytes:
    """``name: "<text>"`` with every character that JSON allows written as itself (controls escaped)."""
    return f"name: {json.dumps(text, ensure_ascii=False)}\n".encode("utf-8", "surrogatepass")


def yaml_escaped(text: str) -> bytes:
    """``name: "<text>"`` with everything outside printable ASCII written as a YAML escape (\\UXXXXXXXX)."""
    body = re.sub(r'[^\x20-\x7e]|["\\]', lambda m: f"\\U{ord(m.group()):08X}", text)
    return f'name: "{body}"\n'.encode("ascii")


def refused_as_value(text: str) -> bool:
    """Whether the loader refuses ``text`` however it is written: controls, noncharacters, surrogates."""
    return bool(_CONTROL.search(text) or _NOT_TEXT.search(text))


def refused_raw(text: str) -> bool:
    """Whether the loader refuses ``text`` written as itself: also raw line and paragraph separators."""
    return refused_as_value(text) or bool(_SEPARATOR.search(text))
