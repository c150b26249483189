"""Following a citation lands on the quoted passage, highlighted, on the archived source's page."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_footnote_link_lands_on_the_highlighted_quote(seed_site, page):
    page.goto(seed_site.page("group/fatemiyoun/"))
    link = page.locator(".footnote li a[href*='/source/']").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    page.wait_for_url(f"**/source/**#{anchor}")
    target = page.locator(f"#{anchor}")
    assert target.locator("mark").count() >= 1
    box, viewport = target.bounding_box(), page.viewport_size
    assert 0 <= box["y"] < viewport["height"]  # scrolled to the paragraph
    page.screenshot(
        path=str(__import__("tests.browser.conftest", fromlist=["artifact"]).artifact("citation-target.png"))
    )
    assert page.problems == []


def test_back_links_on_the_source_lead_to_the_records(seed_site, page):
    page.goto(seed_site.page("source/the-new-arab-2025-02-afghan-pakistani-militias-iraq/"))
    back = page.locator(".fs-backlinks a").first
    back.click()
    page.wait_for_load_state("load")
    assert "/source/" not in page.url
