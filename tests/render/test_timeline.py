"""A long timeline is split into a page per year, and no entry is lost or shown twice."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import generator.render.pages as pages_module
import generator.render.timeline as timeline
from generator.build import build_site
from generator.project import Project
from generator.render import render_pages
from generator.render.timeline import timeline_entries, year_of, year_page
from generator.validate import check_project
from tests.render.kit import TEMPLATES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rows(markdown: str) -> list[str]:
    """Table rows of timeline entries (not headers, separators or the years table)."""
    return [line for line in markdown.splitlines() if line.startswith("| ") and "fs-kind" in line]


@pytest.fixture
def corpus():
    corpus, issues = check_project(Project(FIXTURES / "minimal"))
    assert not [i for i in issues if i.severity == "error"]
    return corpus.published()


def test_short_timeline_stays_one_page(corpus):
    pages = render_pages(corpus, TEMPLATES)
    assert not [p for p in pages if p.startswith("timeline/")]
    assert len(_rows(pages["timeline.md"])) == len(timeline_entries(corpus).entries) > 0


def test_long_timeline_has_a_page_per_year_listing_every_entry_once(corpus, monkeypatch):
    single = render_pages(corpus, TEMPLATES)["timeline.md"]
    monkeypatch.setattr(timeline, "PAGE_LIMIT", 1)
    pages = render_pages(corpus, TEMPLATES)
    years = timeline_entries(corpus).years()
    assert len(years) >= 2
    index = pages["timeline.md"]
    assert _rows(index) == []
    for year, entries in years:
        page = year_page(year)
        assert f"]({page[len('timeline/') :]})" not in index and f"]({page})" in index
        assert len(_rows(pages[page])) == len(entries)

    # The same rows as the single page, once each; links are one folder deeper, footnotes numbered per page.
    def same(row: str) -> str:
        return re.sub(r"\[\^\d+\]", "[^]", row.replace("](../", "]("))

    split_rows = sorted(same(row) for year, _ in years for row in _rows(pages[year_page(year)]))
    assert split_rows == sorted(same(row) for row in _rows(single))


def test_year_pages_build_strictly_and_link_back(site_project, monkeypatch):
    monkeypatch.setattr(timeline, "PAGE_LIMIT", 1)
    monkeypatch.setattr(pages_module, "LIST_PAGE_LIMIT", 0)
    corpus, _ = check_project(site_project)
    build_site(site_project, corpus.published(), quiet=True)  # strict: a page left out of the nav would fail it
    for folder in ("claims", "denials", "events"):
        assert list((site_project.site_dir / folder).glob("*/index.html")), folder
    year, _ = timeline_entries(corpus.published()).years()[0]
    html = (site_project.site_dir / year_page(year)[: -len(".md")] / "index.html").read_text()
    assert '<a href="../">timeline</a>' in html and "fs-kind" in html
    index = (site_project.site_dir / "timeline" / "index.html").read_text()
    assert f'<a href="{year_page(year)[len("timeline/") : -len(".md")]}/">{year}</a>' in index


def test_year_page_paths_stay_in_the_timeline_folder():
    assert year_page("2025") == "timeline/2025.md"
    assert year_page("-50") == "timeline/bce-50.md"
    assert year_page("Start unknown") == "timeline/start-unknown.md"
    assert year_page("../..") == "timeline/other.md"


@pytest.mark.parametrize("type_name", ["claim", "denial", "event"])
def test_long_dated_list_has_a_page_per_year_with_every_record_once(corpus, monkeypatch, type_name):
    listing = pages_module.LIST_PAGES[type_name]
    folder = listing.path[: -len(".md")]
    records = corpus.of_type(type_name)
    assert records
    single = render_pages(corpus, TEMPLATES)
    assert not [p for p in single if p.startswith(folder + "/")]
    monkeypatch.setattr(pages_module, "LIST_PAGE_LIMIT", 0)
    pages = render_pages(corpus, TEMPLATES)
    years = {p: text for p, text in pages.items() if p.startswith(folder + "/")}
    assert set(years) == {year_page(year_of(r.date), folder) for r in records}
    links = [f"../{type_name}/{r.id}.md" for r in records]
    for link in links:  # each record is on exactly one year page
        assert sum(text.count(f"]({link})") for text in years.values()) == 1, link
    for path in years:
        assert f"]({path})" in pages[listing.path]  # the list page links to each year
    assert not any(f"]({link[3:]})" in pages[listing.path] for link in links)  # and holds no table itself
