"""Small corrections to the theme's own markup in each built page, so that every page is valid HTML.

Material writes ``autocomplete="off"`` on the two checkboxes behind its menu and
search toggles; HTML allows ``autocomplete`` on text-like inputs only, so the Nu
validator rejects every page. The theme's base template is not one we override
(it is the theme's, and would drift from it), so the attribute is removed from
those two inputs as mkdocs writes each page (:mod:`generator.build.plugin`).

An HTML parser finds the inputs, so the fix follows the markup however the theme
orders or quotes its attributes, and does nothing when a theme version writes
neither input.
"""

from __future__ import annotations

from html.parser import HTMLParser

_TOGGLES = frozenset({"drawer", "search"})
_LAST_TOGGLE = 'id="__search"'
"""The search toggle comes after the drawer's, near the top of the body: parsing stops soon after it."""


class _ToggleFinder(HTMLParser):
    """Notes where each toggle checkbox that carries ``autocomplete`` starts, and its tag as written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[tuple[int, int], str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "input":
            return
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if "md-toggle" in classes and values.get("data-md-toggle") in _TOGGLES and "autocomplete" in values:
            raw = self.get_starttag_text()
            if raw is not None:
                self.found.append((self.getpos(), raw))


def fix_page(html: str) -> str:
    """The page without ``autocomplete`` on the theme's toggle checkboxes; every other byte unchanged."""
    end = html.find(_LAST_TOGGLE)
    if end < 0:
        return html
    head = html[: html.find(">", end) + 1 or len(html)]
    finder = _ToggleFinder()
    finder.feed(head)
    if not finder.found:
        return html
    line_starts = [0]
    for index, char in enumerate(head):
        if char == "\n":
            line_starts.append(index + 1)
    out, done = [], 0
    for (line, column), raw in finder.found:
        start = line_starts[line - 1] + column
        if html[start : start + len(raw)] != raw:  # the parser's position is authoritative; never guess
            continue
        out += [html[done:start], _without_autocomplete(raw)]
        done = start + len(raw)
    return "".join(out) + html[done:]


def _without_autocomplete(tag: str) -> str:
    """The tag as written, less its autocomplete attribute (in any of the quotings HTML allows)."""
    for form in (' autocomplete="off"', " autocomplete='off'", " autocomplete=off", " autocomplete"):
        if form in tag:
            return tag.replace(form, "", 1)
    return tag
