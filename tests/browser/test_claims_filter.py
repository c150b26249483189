"""The claims index filters by status, subject and claimant, and reads as a full table without scripts."""

from __future__ import annotations

import pytest

from generator.project import Project
from generator.validate import check_project
from tests.browser.conftest import wait_until
from tests.render.kit import REPO

pytestmark = pytest.mark.browser


def corpus():
    loaded, _ = check_project(Project(REPO))
    return loaded.published()


def claims():
    return corpus().of_type("claim")


def visible_rows(page) -> int:
    return page.evaluate("[...document.querySelectorAll('.fs-filter tbody tr')].filter(r => !r.hidden).length")


def test_filters_narrow_the_table_and_reset(seed_site, page):
    page.goto(seed_site.page("claims/"))
    page.wait_for_selector(".fs-filter__controls select")
    everything = claims()
    assert visible_rows(page) == len(everything)

    page.select_option("select[name=status]", "denied")
    denied = [c for c in everything if c.claim_status == "denied"]
    assert visible_rows(page) == len(denied) > 0
    assert "status=denied" in page.url
    assert page.inner_text(".fs-filter__status") == f"Showing {len(denied)} of {len(everything)}."

    page.select_option("select[name=status]", "")
    subject = corpus().get("iraq")
    page.select_option("select[name=about]", subject.name)
    assert visible_rows(page) == len([c for c in everything if subject.id in c.subjects]) > 0

    page.select_option("select[name=claimed-by]", "Adnan Al-Zurfi")
    both = [c for c in everything if subject.id in c.subjects and c.claimant.actor == "adnan-al-zurfi"]
    assert visible_rows(page) == len(both) > 0
    page.screenshot(
        path=str(__import__("tests.browser.conftest", fromlist=["artifact"]).artifact("claims-filtered.png"))
    )

    page.click(".fs-filter__reset")
    wait_until(page, f"document.querySelectorAll('.fs-filter tbody tr:not([hidden])').length === {len(everything)}")
    assert page.problems == []


def test_a_filtered_address_opens_filtered(seed_site, page):
    page.goto(seed_site.page("claims/?status=denied"))
    page.wait_for_selector(".fs-filter__controls select")
    assert visible_rows(page) == len([c for c in claims() if c.claim_status == "denied"])


def test_without_scripts_the_whole_table_reads(seed_site, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(seed_site.page("claims/"))
    assert tab.locator(".fs-filter tbody tr").count() == len(claims())
    assert tab.locator(".fs-filter__controls").count() == 0
    context.close()
