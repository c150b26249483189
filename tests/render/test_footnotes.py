"""Our footnotes extension: the stock HTML, with work that grows linearly with the references (issue 13)."""

from __future__ import annotations

import random
from collections import OrderedDict

import markdown

from generator.render.footnotes import FootnoteOrder, LinearFootnoteExtension
from tests.work import CountingSet

OTHERS = ["tables", "attr_list", "md_in_html", "admonition", "toc"]


def _page(rng: random.Random) -> str:
    notes = rng.randrange(1, 8)
    body = [
        f"Statement {i}" + "".join(f"[^{rng.randrange(1, notes + 3)}]" for _ in range(rng.randrange(0, 4)))
        for i in range(rng.randrange(1, 20))
    ]
    ids = list(range(1, notes + 1))
    rng.shuffle(ids)  # defined out of order, some referenced before, after or never
    definitions = [f"[^{k}]: Note {k}" + (f" [^{ids[0]}]" if rng.random() < 0.2 else "") for k in ids]
    if rng.random() < 0.2:
        definitions.append(f"[^{ids[0]}]: Defined again")
    return "\n\n".join(body) + "\n\n" + "\n".join(definitions)


def test_the_html_is_the_stock_extensions_id_for_id():
    rng = random.Random(9)
    for _ in range(300):
        text = _page(rng)
        for config in ({}, {"USE_DEFINITION_ORDER": False}, {"UNIQUE_IDS": True}):
            stock = markdown.markdown(text, extensions=["footnotes", *OTHERS], extension_configs={"footnotes": config})
            ours = markdown.markdown(
                text,
                extensions=["generator.render.footnotes", *OTHERS],
                extension_configs={"generator.render.footnotes": config},
            )
            assert ours == stock, (text, config)


def _converter() -> tuple[markdown.Markdown, LinearFootnoteExtension]:
    md = markdown.Markdown(extensions=["generator.render.footnotes", *OTHERS])
    ext = next(e for e in md.registeredExtensions if isinstance(e, LinearFootnoteExtension))
    return md, ext


def test_ids_for_one_passage_cited_n_times_take_n_lookups():
    # The stock extension tries fnref:1, fnref2:1, ... afresh for every reference: n * n / 2 lookups.
    n = 2_000
    md, ext = _converter()
    ext.used_refs = used = CountingSet()
    html = md.convert("Claim " + "[^1]" * n + "\n\n[^1]: The one source.")
    assert f'id="fnref{n}:1"' in html and f'href="#fnref{n}:1"' in html
    assert used.lookups <= 2 * n


class _CountingDefinitions(OrderedDict):
    key_lists = 0

    def keys(self):  # type: ignore[override]
        self.key_lists += 1
        return super().keys()


def test_footnote_numbers_are_looked_up_not_searched_for():
    # The stock extension copies every definition's id into a list at each reference.
    n = 1_000
    md, ext = _converter()
    ext.footnotes = definitions = _CountingDefinitions()
    text = (
        "Claim "
        + "".join(f"[^{k}]" for k in range(1, n + 1))
        + "\n\n"
        + "\n".join(f"[^{k}]: Note {k}." for k in range(1, n + 1))
    )
    html = md.convert(text)
    assert f">{n}</a></sup>" in html
    assert definitions.key_lists <= 5


class _Id(str):
    comparisons = 0

    def __eq__(self, other: object) -> bool:
        _Id.comparisons += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def test_the_order_of_footnotes_answers_in_and_index_without_comparing_every_id():
    order = FootnoteOrder()
    for k in range(2_000):
        order.append(_Id(f"{k}"))
    _Id.comparisons = 0
    for k in range(2_000):
        probe = _Id(f"{k}")
        assert probe in order and order.index(probe) == k
    assert _Id.comparisons <= 4_000  # a list would compare about 2,000 * 2,000


def test_a_statement_citing_one_passage_again_and_again_has_its_footnote_once():
    from generator.render import render_pages
    from tests.render.kit import TEMPLATES, cite, lantern_corpus

    quote = "A harbour official said the Watch had seized the customs house."
    corpus = lantern_corpus(**{"watch-seized-customs-house": {"citations": [cite(quote)] * 300}})
    page = render_pages(corpus, TEMPLATES)["claim/watch-seized-customs-house.md"]
    assert "[^1][^1]" not in page and page.count("[^1]:") == 1
