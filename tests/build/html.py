"""Reading built HTML pages: elements, ids, links, and script contents."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]


@dataclass
class ParsedPage:
    elements: list[Element] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    scripts: list[str] = field(default_factory=list)
    title: str = ""

    def find_all(self, tag: str, **attrs: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag and all(e.attrs.get(k) == v for k, v in attrs.items())]

    def hrefs(self) -> list[str]:
        return [e.attrs["href"] or "" for e in self.elements if e.tag == "a" and "href" in e.attrs]


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.page.elements.append(Element(tag, attributes))
        if attributes.get("id"):
            self.page.ids.add(attributes["id"])
        if tag in ("script", "title"):
            self._in = tag
            if tag == "script":
                self.page.scripts.append("")

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.page.scripts[-1] += data
        elif self._in == "title":
            self.page.title += data


def parse(path: Path) -> ParsedPage:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The index.html an internal href leads to from ``page``, and its fragment."""
    base = "/" + page.relative_to(site).as_posix()
    target = urlsplit(urljoin(base, href))
    path = site / target.path.lstrip("/")
    if target.path.endswith("/") or not target.path:
        path = path / "index.html"
    return path, target.fragment
