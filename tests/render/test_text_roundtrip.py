"""Property: any text an editor can store in a record reaches the page as the same visible text.

The page is rendered with the real templates and turned into HTML by
Python-Markdown with the exact extensions mkdocs.yml configures, then read back
as a browser would show it (tags dropped, entities decoded, whitespace
collapsed). Markup-looking text must neither vanish nor take effect.
"""

from __future__ import annotations

import html.parser
import re
import tempfile
from functools import cache

import markdown
from hypothesis import HealthCheck, given, settings, strategies as st
from mkdocs.config import load_config

from generator.load.yamldoc import _CONTROL
from generator.render import render_pages
from tests.render.kit import REPO, TEMPLATES, lantern_corpus

TOKENS = [
    "<script>alert(1)</script>", "</title><script>", "<img src=x onerror=alert(1)>", "[link](javascript:alert(1))",
    "![img](http://x/y.png)", "{{ 7*7 }}", "{% raw %}", "*em*", "_u_", "**b**", "`code`", "# H", "- item", "1. one",
    "| a | b |", "!!! note", "--8<-- 'x'", "{: .cls }", "<div markdown>", "&amp;", "&lt;", "\\", "[^1]", ":smile:",
    "\u0641\u0627\u0637\u0645\u06cc\u0648\u0646", "\u05e9\u05dc\u05d5\u05dd", "caf\u00e9", "a\u200cb", "    indented", "\n", " ",
]  # fmt: skip
TEXT = st.lists(st.sampled_from(TOKENS) | st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=6),
                min_size=1, max_size=8).map("".join).filter(lambda t: t.strip() and not _CONTROL.search(t))  # fmt: skip


@cache
def _markdown() -> markdown.Markdown:
    # docs_dir must exist for the config to load; a fresh clone has no build/docs yet
    config = load_config(str(REPO / "mkdocs.yml"), docs_dir=tempfile.mkdtemp(prefix="factsheet-docs-"))
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"])


class _Visible(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        # The page's JSON-LD is data for machines, not visible text (its escaping is tested in test_jsonld).
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            tag = "script:ld+json"
        self.tags.append(tag)
        self._skip += tag in ("script", "style", "script:ld+json")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style")  # an ld+json block ends with </script> too

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _visible(md_text: str) -> _Visible:
    md = _markdown()
    md.reset()
    body = re.sub(r"\A---\n.*?\n---\n", "", md_text, flags=re.S)  # front matter is mkdocs' business
    parser = _Visible()
    parser.feed(md.convert(body))
    return parser


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, description=TEXT)
def test_record_text_is_shown_verbatim_and_inert(name, description):
    corpus = lantern_corpus(**{"lantern-coast-watch": {"name": name, "description": description}})
    page = render_pages(corpus, TEMPLATES)["group/lantern-coast-watch.md"]
    seen = _visible(page)
    text = _squash("".join(seen.parts))
    assert _squash(name) in text
    assert _squash(description) in text
    assert "script" not in seen.tags and "img" not in seen.tags
