"""Property: any text an editor can store in a record reaches the page as the same visible text.

The page is rendered with the real templates and turned into HTML by
Python-Markdown with the exact extensions mkdocs.yml configures, then read back
as a browser would show it (tags dropped, entities decoded, whitespace
collapsed). Markup-looking text must neither vanish nor take effect.
"""

from __future__ import annotations

import html.parser
import re
from functools import cache

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from generator.load.yamldoc import _CONTROL, not_text
from generator.render import render_pages
from tests.render.kit import REPO, TEMPLATES, lantern_corpus

TOKENS = [
    "<script>alert(1)</script>",
    "</title><script>",
    "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))",
    "![img](http://x/y.png)",
    "{{ 7*7 }}",
    "{% raw %}",
    "*em*",
    "_u_",
    "**b**",
    "`code`",
    "# H",
    "- item",
    "1. one",
    "| a | b |",
    "!!! note",
    "--8<-- 'x'",
    "{: .cls }",
    "<div markdown>",
    "&amp;",
    "&lt;",
    "\\",
    "[^1]",
    ":smile:",
    "\u0641\u0627\u0637\u0645\u06cc\u0648\u0646",
    "\u05e9\u05dc\u05d5\u05dd",
    "caf\u00e9",
    "a\u200cb",
    "    indented",
    "\n",
    " ",
]
TEXT = (
    st.lists(
        st.sampled_from(TOKENS) | st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=6),
        min_size=1,
        max_size=8,
    )
    .map("".join)
    # What the loader accepts: the test below bypasses it, so it must not draw what it refuses.
    .filter(lambda t: t.strip() and not _CONTROL.search(t) and not_text(t) is None)
)


@cache
def _markdown() -> markdown.Markdown:
    config = load_config(str(REPO / "mkdocs.yml"))
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


# ---------------------------------------------------------------------------------------------------------------
# Every text field, the whole of Unicode: refused by the loader with a located error, or shown as itself and inert.

import functools  # noqa: E402
import typing  # noqa: E402

from hypothesis import assume  # noqa: E402
from pydantic import BaseModel  # noqa: E402

from generator.load.yamldoc import parse_document  # noqa: E402
from generator.model.fields import check_text  # noqa: E402
from generator.model.records import RECORD_TYPES  # noqa: E402
from generator.render.escape import _CONTROL as _DROPPED  # noqa: E402
from generator.render.frontmatter import read_front_matter  # noqa: E402
from generator.render.languages import holds_rtl  # noqa: E402
from tests.render.kit import ARCHIVE, cite, corpus_of, lantern_records, record  # noqa: E402
from tests.strategies import UNICODE_TEXT, yaml_escaped, yaml_raw  # noqa: E402

MARKER = "Qoxmarker"
"""Stands in for the tested value in the reference render: a word found nowhere else."""

# Where each text field of the model sits in the full corpus below: (record id, path to the value).
FIELDS: dict[tuple[str, str], tuple[str, tuple[str | int, ...]]] = {
    ("Source", "title"): ("lantern-gazette", ("title",)),
    ("Source", "publisher"): ("lantern-gazette", ("publisher",)),
    ("Source", "author"): ("lantern-gazette", ("author",)),
    ("Source", "date_note"): ("lantern-gazette", ("date_note",)),
    ("Source", "archive"): ("lantern-gazette", ("archive",)),
    ("Source", "reported_by"): ("lantern-gazette", ("reported_by",)),
    ("Citation", "quote"): ("lantern-coast-watch", ("citations", 0, "quote")),
    ("Citation", "translation"): ("lantern-coast-watch", ("citations", 0, "translation")),
    ("Group", "name"): ("lantern-coast-watch", ("name",)),
    ("Group", "description"): ("lantern-coast-watch", ("description",)),
    ("Group", "origin"): ("lantern-coast-watch", ("origin",)),
    ("Alias", "name"): ("lantern-coast-watch", ("aliases", 0, "name")),
    ("NotSameAs", "reason"): ("lantern-coast-watch", ("not_same_as", 0, "reason")),
    ("Relationship", "note"): ("lantern-coast-watch", ("relationships", 0, "note")),
    ("Actor", "name"): ("oriel-tamsin", ("name",)),
    ("Actor", "description"): ("oriel-tamsin", ("description",)),
    ("Role", "title"): ("oriel-tamsin", ("roles", 0, "title")),
    ("Role", "note"): ("oriel-tamsin", ("roles", 0, "note")),
    ("Place", "name"): ("fennick", ("name",)),
    ("Place", "description"): ("fennick", ("description",)),
    ("Event", "name"): ("watch-moves-north", ("name",)),
    ("Event", "summary"): ("watch-moves-north", ("summary",)),
    ("Claim", "summary"): ("watch-seized-customs-house", ("summary",)),
    ("Speaker", "described_as"): ("watch-seized-customs-house", ("claimant", "described_as")),
    ("StatusChange", "note"): ("watch-seized-customs-house", ("status_history", 0, "note")),
    ("DifferingAccount", "detail"): ("watch-seized-customs-house", ("differs_from", 0, "detail")),
    ("Denial", "summary"): ("ministry-denies-seizure", ("summary",)),
    ("Denial", "denied"): ("ministry-denies-seizure", ("denied",)),
    ("Denial", "acknowledged"): ("ministry-denies-seizure", ("acknowledged",)),
} | {
    (cls.__name__, name): (rid, (name,))
    for cls, rid in (
        (RECORD_TYPES["source"], "lantern-gazette"),
        (RECORD_TYPES["group"], "lantern-coast-watch"),
        (RECORD_TYPES["actor"], "oriel-tamsin"),
        (RECORD_TYPES["place"], "fennick"),
        (RECORD_TYPES["event"], "watch-moves-north"),
        (RECORD_TYPES["claim"], "watch-seized-customs-house"),
        (RECORD_TYPES["denial"], "ministry-denies-seizure"),
    )
    for name in ("reviewed_by", "notes")
}


def _is_text(annotation: typing.Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated and any(
        getattr(m, "func", None) is check_text for m in annotation.__metadata__
    ):
        return True
    return any(_is_text(a) for a in typing.get_args(annotation))


def _text_fields(cls: type[BaseModel], seen: set[type]) -> set[tuple[str, str]]:
    """(model, field) for every Text field reachable from ``cls``."""
    if cls in seen:
        return set()
    seen.add(cls)
    found = set()
    for name, info in cls.model_fields.items():
        if any(getattr(m, "func", None) is check_text for m in info.metadata) or _is_text(info.annotation):
            found.add((cls.__name__, name))
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            for inner in (arg, *typing.get_args(arg)):
                if isinstance(inner, type) and issubclass(inner, BaseModel):
                    found |= _text_fields(inner, seen)
    return found


def _full_records() -> dict[str, object]:
    """The lantern corpus with every optional text field filled in, so that each can be tested."""
    said = "A harbour official said the Watch had seized the customs house."
    records = lantern_records(
        **{
            "lantern-gazette": {"author": "Ada Quill", "date_note": "dated by the issue", "reported_by": "Coast Wire"},
            "lantern-coast-watch": {
                "description": "A militia on the coast.",
                "origin": "the Lantern Coast",
                "citations": [{**cite("The Lantern Coast Watch, a militia"), "translation": "our own words"}],
                "not_same_as": [
                    {
                        "record": "lantern-harbour-guard",
                        "reason": "different harbours",
                        "citations": [cite("The Lantern Coast Watch, a militia")],
                    }
                ],
            },
            "oriel-tamsin": {
                "description": "Commander of the Watch.",
                "roles": [
                    {
                        "title": "commander",
                        "organization": "lantern-coast-watch",
                        "note": "in 2030",
                        "citations": [cite("Its commander, Oriel Tamsin")],
                    }
                ],
            },
            "fennick": {"description": "A city in the north."},
            "watch-moves-north": {"summary": "The Watch moved north."},
            "watch-seized-customs-house": {
                "status_history": [
                    {"status": "alleged", "date": "2030-05-14", "note": "first reported", "citations": [cite(said)]}
                ],
                "differs_from": [
                    {"claim": "watch-took-customs-house", "detail": "which building", "citations": [cite(said)]}
                ],
            },
            "ministry-denies-seizure": {"acknowledged": "that the Watch was in Fennick"},
        }
    )
    records.append(
        record(
            "group",
            "lantern-harbour-guard",
            name="Lantern Harbour Guard",
            kind="militia",
            citations=[cite("moved to Fennick in May 2030")],
        )
    )
    records.append(
        record(
            "claim",
            "watch-took-customs-house",
            summary="A harbour official said the Watch took the house.",
            claimant={"described_as": "a harbour official"},
            date="2030-05-14",
            citations=[cite(said)],
        )
    )
    out: dict[str, object] = {}
    for rec in records:
        out[rec.id] = rec.model_copy(update={"reviewed_by": "Editor Una", "notes": "made for the tests"})
    return out


def _with_value(obj: typing.Any, path: tuple[str | int, ...], value: str) -> typing.Any:
    """``obj`` with the value at ``path`` replaced, without validation (the loader is what refuses)."""
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        items = list(obj)
        items[head] = _with_value(items[head], rest, value) if rest else value
        return items
    return obj.model_copy(update={head: _with_value(getattr(obj, head), rest, value) if rest else value})


def _pages_with(field: tuple[str, str], value: str) -> dict[str, str]:
    records = _full_records()
    rid, path = FIELDS[field]
    records[rid] = _with_value(records[rid], path, value)
    return render_pages(corpus_of(*records.values(), archives={"lantern-gazette": ARCHIVE}), TEMPLATES)


class _Dom(_Visible):
    """Visible text, and the shape of the page: each element's tag and attribute names, and any address it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.shape: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        addresses = []
        for name, value in attrs:
            if name in ("href", "src") and value and not value.startswith("#"):
                # A footnote links to the quote in the original (a text fragment): percent-encoded quote text.
                address, _, directive = value.partition(":~:text=")
                assert re.fullmatch(r"[A-Za-z0-9%._~,]*", directive), value
                addresses.append(address)
        self.shape.append((tag, tuple(sorted(k for k, _ in attrs)), tuple(addresses)))


def _dom(page: str) -> tuple[dict, _Dom]:
    meta, body = read_front_matter(page)
    assert meta is not None and meta.get("title"), "MkDocs would drop this page's front matter"
    md = _markdown()
    md.reset()
    dom = _Dom()
    dom.feed(md.convert(body))
    return meta, dom


@functools.cache
def _reference(field: tuple[str, str]) -> dict[str, tuple[str, dict, _Dom]]:
    return {path: (page, *_dom(page)) for path, page in _pages_with(field, MARKER).items()}


def test_the_property_covers_every_text_field_of_the_model():
    seen: set[type] = set()
    every = set().union(*(_text_fields(cls, seen) for cls in RECORD_TYPES.values()))
    assert every == set(FIELDS)


def _loaded(text: str) -> str | None:
    """The value as the loader reads it, written both ways; None when it refuses (with a located error)."""
    kept = []
    for raw in (yaml_raw(text), yaml_escaped(text)):
        doc, issues = parse_document(raw, "content/group/x.yaml")
        if issues:
            assert all(i.line == 1 and i.col >= 1 and i.code.startswith("yaml-") and i.hint for i in issues)
        else:
            assert doc is not None
            kept.append(doc.data["name"])
    assert all(k == text for k in kept)
    return text if kept else None


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(field=st.sampled_from(sorted(FIELDS)), text=UNICODE_TEXT.filter(lambda t: len(t) <= 150))
@example(field=("Speaker", "described_as"), text="00\ufdd0")  # a noncharacter amid the Arabic presentation forms
@example(field=("Speaker", "described_as"), text="مسؤول في الميناء")
def test_any_text_in_any_field_is_refused_or_shown_as_itself_and_nothing_else(field, text):
    """Loaded or not, the pages hold the text as text: the same elements as with a plain word, front matter read.

    What the loader accepts must also be visible, whitespace aside, wherever the field shows;
    what it refuses is rendered anyway (the renderer must not rely on the loader) without the
    characters no page can carry.
    """
    shown = _squash(_DROPPED.sub("", text))
    assume(shown and shown.casefold() not in _squash(ARCHIVE).casefold() and MARKER not in text)
    accepted = _loaded(text) is not None
    reference = _reference(field)
    for path, page in _pages_with(field, text).items():
        ref_page, ref_meta, ref = reference[path]
        if page == ref_page:
            continue  # the field does not reach this page
        meta, dom = _dom(page)
        shape = dom.shape
        if holds_rtl(text):
            # right-to-left letters are set in a bare <bdi>, apart from the words and footnote marks around them
            shape = [element for element in shape if element != ("bdi", (), ())]
        assert sorted(shape) == sorted(ref.shape), path  # lists sort by name: order may change, nothing else
        assert set(meta) == set(ref_meta), path
        if accepted and MARKER in _squash("".join(ref.parts)):
            assert shown in _squash("".join(dom.parts)), path
