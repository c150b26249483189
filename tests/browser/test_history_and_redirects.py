"""A site built from a real git history: old addresses redirect in Chromium, with or without JavaScript, and the
pages show each record's history and the corrections log.

The project is tests/fixtures/base in git: added, then a claim corrected (a commit with a ``Correction:``
trailer), then the group renamed with ``factsheet rename``, each committed as an editor would.
"""

from __future__ import annotations

import json

import pytest

from generator.ids import rename
from tests.browser.conftest import built_and_served, policy_violations
from tests.build.sites import project_from
from tests.conftest import FIXTURES
from tests.export.gitrepo import commit_all, init

pytestmark = pytest.mark.browser

OLD, NEW = "sable-harbour-guard", "port-sable-guard"
CLAIM = "guards-took-weapons"


@pytest.fixture(scope="session")
def history_site(tmp_path_factory):
    project = project_from(tmp_path_factory.mktemp("history") / "project", FIXTURES / "base")
    init(project.root)
    commit_all(project.root, "Add the harbour records", date="2031-03-05T09:00:00+00:00")
    claim = project.content_dir / "claim" / f"{CLAIM}.yaml"
    claim.write_text(claim.read_text().replace("claim_status: denied", "claim_status: disputed"))
    commit_all(
        project.root,
        "Record the ministry's answer as it was given\n\nCorrection: the ministry disputed the claim, "
        "it did not deny it",
        date="2031-03-06T09:00:00+00:00",
    )
    rename(project, OLD, NEW)
    commit_all(project.root, "Call the guard what the port calls it", date="2031-03-07T09:00:00+00:00")
    yield from built_and_served(project)


def test_the_old_address_opens_the_new_page(history_site, page):
    page.goto(history_site.page(f"group/{OLD}/"))
    page.wait_for_url(history_site.page(f"group/{NEW}/"))
    assert page.locator("h1").inner_text().startswith("Sable Harbour Guard")
    assert page.problems == [] and policy_violations(page) == []


def test_the_old_address_redirects_without_javascript(history_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        tab.goto(history_site.page(f"group/{OLD}/"))
        tab.wait_for_url(history_site.page(f"group/{NEW}/"))
        assert tab.locator("h1").inner_text().startswith("Sable Harbour Guard")
    finally:
        context.close()


def test_the_redirect_page_names_the_canonical_address_and_links_it(history_site):
    html = (history_site.root / "group" / OLD / "index.html").read_text()
    assert f'<link rel="canonical" href="../{NEW}/">' in html
    assert f'<meta http-equiv="refresh" content="0; url=../{NEW}/">' in html
    assert f'<a href="../{NEW}/">Sable Harbour Guard</a>' in html
    assert "<script" not in html and "style=" not in html


def test_pages_show_the_history_and_the_corrections_log(history_site, page):
    page.goto(history_site.page(f"group/{NEW}/"))
    history = page.locator("#history + ul").inner_text()
    assert f"renamed from {OLD}" in history and "Call the guard what the port calls it" in history
    assert history.index("renamed from") < history.index("record added")
    page.goto(history_site.page(f"claim/{CLAIM}/"))
    entries = page.locator("#history + ul > li").all_inner_texts()
    assert "Correction. claim status changed from denied to disputed." in entries[0]
    assert "What was wrong: the ministry disputed the claim, it did not deny it." in entries[0]
    page.goto(history_site.page("corrections/"))
    body = page.locator("article").inner_text()
    assert "What was wrong: the ministry disputed the claim, it did not deny it" in body
    assert "Before: “denied”" in body and "Now: “disputed”" in body
    page.locator(f"article a[href$='claim/{CLAIM}/']").first.click()
    page.wait_for_url(history_site.page(f"claim/{CLAIM}/"))


def test_the_downloads_list_the_retired_id_and_the_feed_the_correction(history_site):
    records = json.loads((history_site.root / "downloads" / "records.json").read_text())
    assert {"id": OLD, "successor": NEW, "type": "group"} in records["retired"]
    feed = (history_site.root / "downloads" / "changes.atom").read_text()
    assert 'xml:base="../"' in feed and "Correction to claim" in feed
