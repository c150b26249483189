"""A source's archive page grows with its paragraphs plus the passages quoted, not their product (issue 13)."""

from __future__ import annotations

from generator.render import archive_view
from generator.render.archive_view import annotated_paragraphs
from generator.render.lookup import Lookup
from generator.render.page import PageContext
from tests.render.kit import cite, corpus_of, lantern_records
from tests.work import lines_run


def _archive(paragraphs: int) -> str:
    return "Lantern Coast militia moves north\n\n" + "\n\n".join(
        f"Report {i} from the harbour: the Watch held the quay at number {i}." for i in range(paragraphs)
    )


def _page(paragraphs: int, citations: list[dict]) -> PageContext:
    records = lantern_records(**{"watch-seized-customs-house": {"citations": citations}})
    corpus = corpus_of(*records, archives={"lantern-gazette": _archive(paragraphs)})
    return PageContext("source/lantern-gazette.md", Lookup(corpus))


def _work(n: int) -> int:
    page = _page(n, [cite(f"Report {i} from the harbour") for i in range(n)])
    out, lines = lines_run(annotated_paragraphs, "lantern-gazette", page, modules=(archive_view,))
    assert sum(p.markdown.count("<mark>") for p in out) == n
    return lines


def test_marking_n_passages_in_n_paragraphs_is_linear():
    # Comparing every paragraph with every passage would make this about 4.
    assert _work(400) / _work(200) < 2.5


def test_one_passage_cited_again_and_again_is_marked_once_with_one_link():
    page = _page(3, [cite("the Watch held the quay at number 1.")] * 500)
    marked = annotated_paragraphs("lantern-gazette", page)[2].markdown
    assert marked.count("<mark>") == 1 and marked.count('class="fs-backlinks"') == 1
