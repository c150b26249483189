"""Every kind of page in a real browser: no errors, no policy violations, no serious accessibility problems.

One load per page kind checks the console, the Content Security Policy (the site's
own scripts, Pagefind's WebAssembly and Mermaid must all keep it), axe-core's
serious and critical violations, and saves a screenshot under tests/artifacts/.
A fact sheet is also shot on a phone, in the dark scheme, and as printed.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import artifact, policy_violations, wait_until

pytestmark = pytest.mark.browser

PAGE_KINDS = {
    "home": "",
    "groups": "groups/",
    "claims": "claims/",
    "timeline": "timeline/",
    "relationships": "relationships/",
    "downloads": "downloads/",
    "corrections": "corrections/",
    "methodology": "methodology/",
    "search": "search/?q=Fatemiyoun",
    "group": "group/fatemiyoun/",
    "actor": "actor/adnan-al-zurfi/",
    "place": "place/iraq/",
    "event": "event/foreign-fighters-cross-into-iraq/",
    "claim": "claim/al-zurfi-authorities-harbouring-factions/",
    "denial": "denial/iraqi-defence-ministry-denies-hosting-foreign-militias/",
    "source": "source/the-new-arab-2025-02-afghan-pakistani-militias-iraq/",
}

SERIOUS = ("serious", "critical")


def settle(tab) -> None:
    """Wait until scripts have run: diagrams drawn, search results listed."""
    tab.wait_for_load_state("load")
    wait_until(
        tab,
        "!document.querySelector('pre.mermaid') && [...document.querySelectorAll('div.mermaid')].every(e => e.getBoundingClientRect().height > 20)",
    )
    if tab.query_selector("form[data-fs-search-page]"):
        wait_until(tab, "document.querySelector('.fs-search-page .fs-search__status').textContent !== ''")


def axe_violations(tab) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(tab).response["violations"]
    return [
        f"{v['impact']} {v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v.get("impact") in SERIOUS
    ]


@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_page_kind_in_the_browser(seed_site, page, kind):
    page.goto(seed_site.page(PAGE_KINDS[kind]))
    settle(page)
    page.screenshot(path=artifact(f"{kind}.png"), full_page=True)
    assert page.problems == []
    assert policy_violations(page) == []
    assert axe_violations(page) == []


def test_search_box_keeps_the_policy(seed_site, page):
    page.goto(seed_site.page(""))
    page.fill("#fs-search-header", "Fatimiyoun")
    page.wait_for_selector(".fs-search__popup:not([hidden]) .fs-result a")
    page.screenshot(path=artifact("search-popup.png"))
    assert page.problems == [] and policy_violations(page) == []
    assert axe_violations(page) == []


def test_fact_sheet_on_a_phone(seed_site, browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    tab = context.new_page()
    tab.goto(seed_site.page(PAGE_KINDS["group"]))
    settle(tab)
    tab.screenshot(path=artifact("group-phone.png"), full_page=True)
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    assert tab.is_visible(".fs-search__submit") and not tab.is_visible("#fs-search-header")
    context.close()


def test_fact_sheet_in_the_dark_scheme(seed_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    tab = context.new_page()
    tab.goto(seed_site.page(PAGE_KINDS["group"]))
    settle(tab)
    assert tab.get_attribute("body", "data-md-color-scheme") == "slate"
    tab.screenshot(path=artifact("group-dark.png"), full_page=True)
    assert axe_violations(tab) == []
    context.close()


def test_fact_sheet_prints_cleanly(seed_site, page):
    page.goto(seed_site.page(PAGE_KINDS["group"]))
    settle(page)
    page.emulate_media(media="print")
    page.screenshot(path=artifact("group-print.png"), full_page=True)
    for hidden in (".md-header", ".md-sidebar--primary", ".fs-search", ".md-footer"):
        assert not page.is_visible(hidden), hidden
    assert page.is_visible(".footnote")
    page.pdf(path=artifact("group-print.pdf"))
