"""Front matter is written by a YAML emitter and read back by MkDocs' own reader; what it cannot read is refused.

The issue's V1 record put U+FFFF in a description: MkDocs' reader dropped the front
matter without a word and rendered it as Markdown, where a link with an attribute
list covered the page. These tests render such text with the loader bypassed, so
they show that the renderer holds on its own.
"""

from __future__ import annotations

import html.parser

import pytest
from hypothesis import given, settings

from generator.errors import BuildError
from generator.render import render_pages
from generator.render.frontmatter import front_matter, front_matter_problem, meta_text, read_front_matter
from tests.render.kit import TEMPLATES, lantern_corpus
from tests.render.test_text_roundtrip import _markdown
from tests.strategies import UNICODE_TEXT

V1 = "An armed group.\uffff [Read the full report](https://evil.example/){: style=position:fixed;inset:0;z-index:9999;opacity:0 }"
HOSTILE = [
    V1,
    "\ufffe",
    "\ud800 lone",
    "a\u2028b\u2029c\x85d",
    "line\nbreak",
    '"quoted" \\ back',
    "---",
    "...",
    "x\n---\ny",
    "title: other",
    "# heading",
    "&amp; &#123;",
    "\x00\x02\x03",
    "    ",
    "- item",
    "{{ 7*7 }}",
    "\U0010ffff",
]


class _Elements(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(markup: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(markup)
    return parser.found


def from_content(markup: str) -> list[str]:
    """Elements or attributes the payloads could have made: links to evil.example, styles, images, emphasis."""
    bad = []
    for tag, attrs in elements(markup):
        script = tag == "script" and attrs.get("type") != "application/ld+json"  # the page's own JSON-LD is data
        if tag in ("img", "em", "strong", "code") or script or "style" in attrs or "onerror" in attrs:
            bad.append(f"<{tag} {attrs}>")
        if any("evil.example" in (v or "") for v in attrs.values()):
            bad.append(f"<{tag} {attrs}>")
    return bad


def html_of(page: str) -> str:
    """A page as MkDocs converts it: its front matter read by MkDocs' reader, the rest by Python-Markdown."""
    _, rest = read_front_matter(page)
    md = _markdown()
    md.reset()
    return md.convert(rest)


@pytest.mark.parametrize("text", HOSTILE)
def test_front_matter_reads_back_as_the_escaped_text(text):
    block = str(front_matter(title=text, description=text, pagefind=False))
    meta, rest = read_front_matter(block + "\n\n# Page\n")
    assert meta == {"title": meta_text(text), "description": meta_text(text), "pagefind": False}
    assert rest == "# Page\n"
    assert front_matter_problem(block + "\n") is None or not meta_text(text)


def test_front_matter_values_are_inert_even_if_rendered_as_markdown():
    # Were the block ever shown as Markdown, it would still hold no link, attribute list or tag.
    block = front_matter(title=V1, description="<img src=x onerror=alert(1)> *em* `c`")
    md = _markdown()
    md.reset()
    out = md.convert(block)
    assert "evil.example" in out and from_content(out) == [] and {t for t, _ in elements(out)} <= {"p", "hr", "h2"}


def test_pages_whose_front_matter_mkdocs_would_drop_are_named():
    good = str(front_matter(title="Fine")) + "\n\n# Fine\n"
    assert front_matter_problem(good) is None
    assert "cannot read" in front_matter_problem('---\ntitle: "A\uffff"\n---\n\n# A\n')
    assert "cannot read" in front_matter_problem("---\ntitle: a: b\n---\n\n# A\n")
    assert "cannot read" in front_matter_problem("---\n- a list\n---\n\n# A\n")
    assert "no title" in front_matter_problem("---\ndescription: x\n---\n\n# A\n")
    assert "does not begin" in front_matter_problem("# A page without front matter\n")


def test_a_value_that_would_not_read_back_is_refused(monkeypatch):
    # The check is real: make the emitter write something MkDocs reads differently, and it refuses.
    import generator.render.frontmatter as fm

    monkeypatch.setattr(fm, "meta_text", lambda value: value)  # no escaping: U+FFFF reaches the emitter
    monkeypatch.setattr(fm.yaml, "dump", lambda values, **_: "".join(f"{k}: {v}\n" for k, v in values.items()))
    with pytest.raises(BuildError, match="would not be read back"):
        fm.front_matter(title="A\uffff")


def test_v1_record_rendered_without_the_loader_keeps_its_front_matter_and_no_link():
    corpus = lantern_corpus(**{"lantern-coast-watch": {"description": V1, "name": "Example Brigade" + "\uffff"}})
    page = render_pages(corpus, TEMPLATES)["group/lantern-coast-watch.md"]
    meta, _ = read_front_matter(page)
    assert meta is not None and meta["title"] == "Example Brigade"
    assert meta["description"].startswith("Militia. An armed group. &#91;Read the full report&#93;")
    out = html_of(page)
    assert "evil.example" in out  # shown as text...
    assert from_content(out) == []  # ...and nothing else


@settings(max_examples=150, deadline=None)
@given(UNICODE_TEXT, UNICODE_TEXT)
def test_any_title_and_description_read_back(title, description):
    block = str(front_matter(title=title, description=description))
    meta, rest = read_front_matter(block + "\n\n# Page\n")
    assert meta == {"title": meta_text(title), "description": meta_text(description)} and rest == "# Page\n"
