"""The hostile fixture in a real browser: whatever the records say, nothing runs and markup shows as text.

Every page of tests/fixtures/hostile is loaded in headless Chromium. Any dialog,
console error, page error or policy violation fails; so does any script, event
handler attribute, javascript:/data: address, frame or foreign image that came
from the records. Text that looks like markup must be visible as itself in the
body, the <title>, the meta description, the header and the search results.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from generator.render.pages import record_summary
from generator.validate import check_project
from tests.browser.conftest import artifact, policy_violations, wait_until

pytestmark = pytest.mark.browser

# What the page itself may run: the theme's bundle, our scripts, Mermaid; and two kinds of data block.
ALLOWED_SCRIPT_PATHS = re.compile(
    r"/(assets/javascripts/bundle\.[0-9a-f]+\.min\.js|assets/factsheet/(theme|palette|search|filter)\.js|assets/vendor/mermaid\.min\.js)$"
)
DATA_SCRIPT_TYPES = ("application/json", "application/ld+json")

INSPECT = """() => {
  const problems = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) problems.push(`${el.tagName} has ${name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name) && /^(javascript|data|vbscript):/.test(value))
        problems.push(`${el.tagName} ${name}=${attr.value.slice(0, 60)}`);
    }
  }
  for (const el of document.querySelectorAll('iframe, object, embed, frame, base, meta[http-equiv=refresh]'))
    problems.push(`element ${el.tagName}`);
  for (const el of document.querySelectorAll('img')) {
    if (new URL(el.src, location).origin !== location.origin) problems.push(`image from ${el.src}`);
  }
  const scripts = [...document.scripts].map(s => ({src: s.src, type: s.type}));
  return {problems, scripts};
}"""


def hostile_pages(site) -> list[str]:
    root = site.root
    return sorted(
        p.relative_to(root).as_posix().removesuffix("index.html")
        for p in root.rglob("*.html")
        if "pagefind" not in p.parts and p.name == "index.html"
    )


def settle(tab) -> None:
    tab.wait_for_load_state("load")
    wait_until(
        tab,
        "!document.querySelector('pre.mermaid') && [...document.querySelectorAll('div.mermaid')].every(e => e.getBoundingClientRect().height > 0)",
    )


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_hostile_page_is_inert(hostile_site, page):
    paths = hostile_pages(hostile_site)
    assert len(paths) >= 20
    for path in paths:
        page.goto(hostile_site.page(path))
        settle(page)
        found = page.evaluate(INSPECT)
        assert found["problems"] == [], path
        for script in found["scripts"]:
            if script["src"]:
                parts = urlsplit(script["src"])
                assert parts.netloc == urlsplit(hostile_site.url).netloc and ALLOWED_SCRIPT_PATHS.search(parts.path), (
                    path,
                    script,
                )
            else:
                assert script["type"] in DATA_SCRIPT_TYPES, (path, script)
        assert page.problems == [], path
        assert policy_violations(page) == [], path
    page.goto(hostile_site.page("group/script-brigade/"))
    settle(page)
    page.screenshot(path=artifact("hostile-group.png"), full_page=True)


@pytest.mark.parametrize(
    "path, shown",
    [
        ("group/script-brigade/", "<script>alert('group')</script> Brigade"),
        ("actor/mallory-quux/", "Mallory \"<svg onload=alert('svg')>\" Quux"),
        ("actor/frames-ministry/", 'Ministry of <iframe src="https://evil.example/">Frames</iframe>'),
        ("place/evilton/", "<b onmouseover=alert('b')>Evilton</b>"),
        ("event/brigade-moves/", "javascript:alert('event')"),
        ("claim/brigade-moved/", "<script>alert('claim')</script> Mallory said the brigade moved."),
        ("claim/headline-directive/", '%%{init: {"securityLevel": "loose"}}%% click n0 href "javascript:alert(1)"'),
        ("denial/ministry-denies-move/", "</script><script>alert('denial')</script> The ministry denied the move."),
        ("source/hostile-herald/", "</title><script>alert('source-title')</script> Hostile Herald"),
    ],
)
def test_markup_in_records_is_shown_as_text(hostile_site, page, path, shown):
    page.goto(hostile_site.page(path))
    settle(page)
    assert page.title() == f"{shown} - Fact sheets"
    assert page.inner_text("article h1").removesuffix("¶") == shown  # the heading ends with its permalink
    assert squash(page.inner_text(".md-header__topic[data-md-component=header-topic]")) == squash(shown)
    assert shown in squash(page.inner_text("article"))
    # The meta description carries the record's own words (its summary or description), as text.
    _record_type, record_id = path.strip("/").split("/")
    corpus, _ = check_project(hostile_site.project)
    assert page.get_attribute("meta[name=description]", "content") == " ".join(
        record_summary(corpus.get(record_id)).split()
    )
    assert page.problems == []


def test_group_text_fields_survive_intact(hostile_site, page):
    page.goto(hostile_site.page("group/script-brigade/"))
    settle(page)
    body = squash(page.inner_text("article"))
    for text in [
        "</title><script>alert('alias')</script>",
        "{{ 7*7 }} {% raw %}",
        "[click me](javascript:alert('md'))",
        '!!! danger "Admonition" --8<-- "/etc/passwd" {: onclick="alert(\'attr\')" }',
        "<div onclick=alert('div')>raw html</div>",
        "كتيبة ‹الاختبار›",
        "חטיבת הבדיקה",
        "<img src=x onerror=alert('note')>",
        "<img src=x onerror=alert('role')>",
    ]:
        assert squash(text) in body, text
    assert page.locator("article .admonition").count() == 0
    assert page.locator("article table").count() >= 2  # the infobox and the relationships, no injected table
    assert "49" not in body.split()  # {{ 7*7 }} was never evaluated


def test_the_navigation_holds_no_record_text(hostile_site, page):
    page.goto(hostile_site.page(""))
    nav = page.inner_text(".md-sidebar--primary")
    assert "alert" not in nav and "<" not in nav


def test_search_results_show_markup_as_text(hostile_site, page):
    page.goto(hostile_site.page("search/"))
    page.fill("#fs-search-page-input", "Brigade")
    wait_until(page, "document.querySelector('.fs-search-page .fs-search__status').textContent.includes('for')")
    titles = page.eval_on_selector_all(".fs-search-page .fs-result__title", "links => links.map(a => a.textContent)")
    assert "<script>alert('group')</script> Brigade" in titles
    page.fill("#fs-search-page-input", "alert")
    wait_until(page, "document.querySelector('.fs-search-page .fs-search__status').textContent.includes('alert')")
    assert page.locator(".fs-search-page .fs-result").count() > 3
    assert page.locator(".fs-search-page .fs-result script, .fs-search-page .fs-result img").count() == 0
    page.screenshot(path=artifact("hostile-search.png"), full_page=True)
    assert page.problems == [] and policy_violations(page) == []
