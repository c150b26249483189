"""Quotations in Arabic and Persian run right to left inside the left-to-right page, our translation left to right."""

from __future__ import annotations

import pytest

from tests.browser.conftest import artifact, built_and_served
from tests.build.sites import MINIMAL, project_from

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def minimal_site(tmp_path_factory):
    """tests/fixtures/minimal, whose claim cites an Arabic source with our translation, built and served."""
    yield from built_and_served(project_from(tmp_path_factory.mktemp("minimal") / "project", MINIMAL))


def _direction(page, selector: str) -> dict:
    return page.locator(selector).first.evaluate(
        "e => ({dir: e.getAttribute('dir'), lang: e.getAttribute('lang'), computed: getComputedStyle(e).direction,"
        " align: getComputedStyle(e).textAlign, text: e.textContent})"
    )


def test_an_arabic_quotation_is_right_to_left_and_its_translation_left_to_right(minimal_site, page):
    page.goto(minimal_site.page("claim/venn-government-concealing-crossing/"))
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "ltr"
    original = _direction(page, ".fs-quote .fs-quote__original")
    assert original["dir"] == "rtl" and original["lang"] == "ar" and original["computed"] == "rtl"
    assert original["align"] in ("right", "start")
    assert "الحكومة تخفي ما جرى عند بوابة كيسل" in original["text"]
    translation = _direction(page, ".fs-quote .fs-translation")
    assert translation["dir"] == "ltr" and translation["lang"] == "en" and translation["computed"] == "ltr"
    assert translation["text"].startswith("Translation (ours):")
    # The Arabic paragraph's text starts at its right edge: its box ends where the blockquote's content ends.
    boxes = page.locator(".fs-quote .fs-quote__original").first.evaluate(
        "e => { const r = document.createRange(); r.selectNodeContents(e);"
        " const t = r.getBoundingClientRect(), p = e.getBoundingClientRect(); return [t.right, p.right]; }"
    )
    assert abs(boxes[0] - boxes[1]) < 2
    page.locator(".fs-quote").first.screenshot(path=str(artifact("quotation-rtl.png")))
    assert page.problems == []


def test_the_footnote_isolates_the_arabic_words(minimal_site, page):
    page.goto(minimal_site.page("claim/venn-government-concealing-crossing/"))
    bdi = _direction(page, ".footnote bdi[lang='ar']")
    assert bdi["dir"] == "rtl" and bdi["computed"] == "rtl"
    assert page.locator(".footnote .fs-translation").count() >= 1
