"""Every Markdown extension mkdocs.yml enables has been reviewed for what record text could do with it.

Each extension reads some syntax; for each, text that uses it is escaped with
``escape_md`` and converted by Python-Markdown with the exact configuration of
mkdocs.yml, and must come out as one paragraph of the same text and nothing else.
Enabling another extension fails the first test until it is reviewed here.
"""

from __future__ import annotations

import html.parser
import re

import pytest

from generator.render.escape import escape_md
from tests.build.test_mkdocs_yml import config
from tests.render.test_text_roundtrip import _markdown

# What each extension reads, and text written to trigger it.
REVIEWED: dict[str, list[str]] = {
    # Python-Markdown's own syntax, always on.
    "(core)": [
        "<b>bold</b>",
        "&amp; &#123;",
        "*e* _u_ **s**",
        "`code`",
        "<http://x.example/>",
        "![i](http://x.example/y.png)",
        "[l](http://x.example/)",
        "[l][1]\n\n[1]: http://x.example/",
        "> quote",
        "1. one",
        "1) one",
        "- item",
        "+ item",
        "    indented code",
        "---",
        "***",
        "Title\n=====",
        "line  \nbreak",
        "# heading",
        "\\*not em\\*",
    ],
    # Python-Markdown's footnotes (our subclass only changes how it looks footnotes up).
    "generator.render.footnotes": ["a[^1]\n\n[^1]: note", "[^note]"],
    "tables": ["| a | b |\n| --- | --- |\n| 1 | 2 |", "a | b"],
    # The V1: an attribute list after a link, on a heading, on a paragraph.
    "attr_list": [
        "[Read](https://evil.example/){: style=position:fixed;inset:0 }",
        "# H {#id}",
        "p\n{: .cls }",
        "{ .cls }",
    ],
    "md_in_html": ['<div markdown="1">*x*</div>', '<span markdown="span">*x*</span>'],
    "admonition": ['!!! note "Title"\n    body', '??? note "Title"'],
    "toc": ["[TOC]", "# heading"],
    "pymdownx.superfences": ["```mermaid\ngraph TD; A-->B\n```", "~~~\ncode\n~~~", "```{.js}\nx\n```"],
    # Our own: drops links that are not http(s); record text makes no links at all.
    "generator.render.mdext": ["[x](javascript:alert(1))", "[x](data:text/html,y)"],
}


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text += data


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_enabled_extension_is_reviewed():
    names = {e if isinstance(e, str) else next(iter(e)) for e in config()["markdown_extensions"]}
    assert names == set(REVIEWED) - {"(core)"}, "review what record text could do with a new extension, then list it"


@pytest.mark.parametrize(
    "text",
    [t for texts in REVIEWED.values() for t in texts],
    ids=[f"{k}-{i}" for k, v in REVIEWED.items() for i in range(len(v))],
)
def test_escaped_text_is_one_paragraph_of_itself(text):
    md = _markdown()
    md.reset()
    parsed = _Tags()
    parsed.feed(md.convert(escape_md(text)))
    assert parsed.tags == [("p", [])]
    assert _squash(parsed.text) == _squash(text)
