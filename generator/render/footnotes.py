"""Python-Markdown's footnotes, with bookkeeping that stays linear in the number of references.

The stock extension numbers each reference by the footnote's place among the
definitions, found by copying their ids into a new list (``list(keys).index``)
at every reference; it keeps the footnotes referenced so far in a list and
looks each new reference up in it; and it gives the n-th reference to one
footnote its id (``fnref7:3``) by trying the n-1 ids before it.
So a fact sheet with thousands of citations, or one passage cited from thousands
of statements, took quadratic time in mkdocs. This subclass keeps the same
state with dicts beside the lists and resumes each id from the last one
handed out; the HTML it produces is the same, id for id (``tests/render/test_footnotes.py``).

mkdocs.yml enables it in place of ``footnotes``: ``- generator.render.footnotes``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any, SupportsIndex

from markdown.extensions.footnotes import RE_REF_ID, FootnoteExtension, FootnoteInlineProcessor


class FootnoteOrder(list):
    """Footnote ids in order of first reference; ``in`` and ``index`` look them up in a dict, not the list.

    The extension only ever appends to it (each id once), so the dict stays in step.
    """

    def __init__(self) -> None:
        super().__init__()
        self._at: dict[str, int] = {}

    def append(self, item: Any) -> None:
        self._at.setdefault(item, len(self))
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._at

    def index(self, item: Any, *bounds: SupportsIndex) -> int:
        if bounds:
            return super().index(item, *bounds)
        try:
            return self._at[item]
        except KeyError:
            raise ValueError(f"{item!r} is not in list") from None


class LinearFootnoteExtension(FootnoteExtension):
    """``FootnoteExtension`` with constant-time lookups of footnote numbers, order and back-reference ids."""

    def extendMarkdown(self, md: Any) -> None:
        super().extendMarkdown(md)
        stock = md.inlinePatterns["footnote"]
        md.inlinePatterns.register(FootnoteReference(stock.pattern, self), "footnote", 175)

    def reset(self) -> None:
        super().reset()
        self.footnote_order = FootnoteOrder()
        self._last_ref: dict[str, str] = {}
        self._defined: dict[str, int] = {}

    def setFootnote(self, id: str, text: str) -> None:
        super().setFootnote(id, text)
        self._defined.setdefault(id, len(self._defined))  # a redefinition keeps its place, as in the dict

    def definition_number(self, id: str) -> int:
        """The footnote's 1-based place among the definitions."""
        return self._defined[id] + 1

    def unique_ref(self, reference: str, found: bool = False) -> str:
        """The id for one more reference to a footnote: ``fnref:1``, then ``fnref2:1``, ``fnref3:1``...

        As the stock method, the first of that sequence not yet used; but the search
        starts at the id this reference got last time, since every id before it is
        used (``used_refs`` only grows until the next page resets it).
        """
        if not found:
            return reference
        candidate = self._last_ref.get(reference, reference)
        while candidate in self.used_refs:
            candidate = self._next_ref(candidate)
        self.used_refs.add(candidate)
        self.found_refs[reference] = self.found_refs.get(reference, 0) + 1
        self._last_ref[reference] = candidate
        return candidate

    def _next_ref(self, reference: str) -> str:
        """``fnref:1`` -> ``fnref2:1`` -> ``fnref3:1``: the numbering the stock extension uses."""
        separator = self.get_separator()
        ref, rest = reference.split(separator, 1)
        m = RE_REF_ID.match(ref)
        number = int(m.group(2)) + 1 if m else 2
        return f"{m.group(1) if m else ref}{number}{separator}{rest}"


class FootnoteReference(FootnoteInlineProcessor):
    """The ``[^id]`` pattern: the stock element, with its number looked up instead of searched for."""

    footnotes: LinearFootnoteExtension

    def handleMatch(  # type: ignore[override]  # InlineProcessor's signature; the stubs give Pattern's
        self, m: re.Match[str], data: str
    ) -> tuple[ET.Element | None, int | None, int | None]:
        ext = self.footnotes
        id_ = m.group(1)
        if id_ not in ext.footnotes:
            return None, None, None
        ext.addFootnoteRef(id_)
        if ext.getConfig("USE_DEFINITION_ORDER"):
            number = ext.definition_number(id_)
        else:
            number = ext.footnote_order.index(id_) + 1
        sup = ET.Element("sup")
        link = ET.SubElement(sup, "a")
        sup.set("id", ext.makeFootnoteRefId(id_, found=True))
        link.set("href", "#" + ext.makeFootnoteId(id_))
        link.set("class", "footnote-ref")
        link.text = ext.getConfig("SUPERSCRIPT_TEXT").format(number)
        return sup, m.start(0), m.end(0)


def makeExtension(**kwargs: Any) -> LinearFootnoteExtension:
    return LinearFootnoteExtension(**kwargs)
