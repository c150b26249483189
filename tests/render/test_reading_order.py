"""Pages list dated records by date, then source, never by id; a month follows its known days; answers follow claims."""

from __future__ import annotations

from generator.render import render_pages
from tests.render.kit import ARCHIVE, TEMPLATES, cite, corpus_of, lantern_records, record


def _claim(rid: str, date: str, quote: str, paragraph: int) -> object:
    return record(
        "claim",
        rid,
        summary=f"Claim {rid}.",
        claimant={"described_as": "an official"},
        date=date,
        subjects=["lantern-coast-watch"],
        citations=[{**cite(quote), "paragraph": paragraph}],
    )


def _pages(*extra):
    base = [r for r in lantern_records() if r.TYPE not in ("claim", "denial")]
    return render_pages(corpus_of(*base, *extra, archives={"lantern-gazette": ARCHIVE}), TEMPLATES)


def _order(markdown: str, ids: list[str]) -> list[str]:
    return sorted(ids, key=lambda rid: markdown.index(f"/{rid}.md)"))


EXTRA = [
    # ids run against the dates and paragraphs on purpose
    _claim("a-month-only", "2030-05", "A harbour official said", 4),
    _claim("b-late-day", "2030-05-31", "Its commander, Oriel Tamsin", 3),
    _claim("c-early-day-later-paragraph", "2030-05-14", "The coast ministry denied", 5),
    _claim("d-early-day-earlier-paragraph", "2030-05-14", "moved to Fennick in May 2030", 2),
    _claim("e-next-month", "2030-06-01", "a militia also called the Watch", 2),
    record(
        "denial",
        "f-answer-dated-before",
        summary="Denial.",
        denier={"actor": "coast-ministry"},
        claims=["a-month-only"],
        denied="that it happened",
        date="2030-05-20",
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    ),
]
IN_ORDER = [
    "d-early-day-earlier-paragraph",
    "c-early-day-later-paragraph",
    "b-late-day",
    "a-month-only",
    "f-answer-dated-before",
    "e-next-month",
]


def test_timeline_month_after_its_days_and_an_answer_after_its_claim():
    page = _pages(*EXTRA)["timeline.md"]
    assert _order(page, IN_ORDER) == IN_ORDER
    month_row = next(line for line in page.splitlines() if "/a-month-only.md)" in line)
    assert month_row.startswith('| May 2030 <small class="fs-precision">(day not known)</small> |')
    day_row = next(line for line in page.splitlines() if "/b-late-day.md)" in line)
    assert "day not known" not in day_row


def test_claims_on_a_groups_page_and_in_the_list_by_date_then_source():
    pages = _pages(*EXTRA)
    claims = [rid for rid in IN_ORDER if not rid.startswith("f-")]
    assert _order(pages["group/lantern-coast-watch.md"], claims) == claims
    assert _order(pages["claims.md"], claims) == claims
