"""Language and date come only from what the page declares, with the precision it gives."""

from __future__ import annotations

import pytest
from lxml import html

from generator.ingest.metadata import edtf_of, language_tag, page_date, page_language


@pytest.mark.parametrize(
    "raw, tag",
    [
        ("en", "en"),
        ("en-US", "en"),
        ("EN_gb", "en"),
        ("ar", "ar"),
        ("fa-Arab-IR", "fa-Arab"),
        ("sr_latn", "sr-Latn"),
        ("", None),
        ("english", None),
        ("x", None),
    ],
)
def test_language_tags_are_canonical_bcp47_without_region(raw, tag):
    assert language_tag(raw) == tag


def page(head: str, html_attrs: str = "") -> html.HtmlElement:
    return html.fromstring(f"<html {html_attrs}><head>{head}</head><body><p>x</p></body></html>")


def test_language_from_the_html_element_then_meta_then_json_ld():
    assert page_language(page("", 'lang="ar"')) == ("ar", "<html lang>")
    assert page_language(page('<meta property="og:locale" content="en_GB">')) == ("en", "og:locale")
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "fa-IR"}</script>'
    assert page_language(page(ld)) == ("fa", "JSON-LD inLanguage")
    assert page_language(page("<title>no language</title>")) == (None, "")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024-04-15T09:42:00+00:00", "2024-04-15"),
        ("2024-04-15", "2024-04-15"),
        ("2023-11", "2023-11"),
        ("2023", "2023"),
        ("2024/4/5", "2024-04-05"),
        ("2024-13-01", None),
        ("April 2024", None),
        ("", None),
    ],
)
def test_dates_keep_the_precision_they_are_written_with(raw, expected):
    assert edtf_of(raw) == expected


def test_page_date_says_where_it_was_read():
    found = page_date(page('<meta property="article:published_time" content="2024-04-15T09:42:00Z">'))
    assert (found.edtf, found.where) == ("2024-04-15", "<meta property=article:published_time>")
    ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2023-11"}]}</script>'
    )
    assert page_date(page(ld)).edtf == "2023-11"
    assert page_date(page('<script type="application/ld+json">{broken</script>')) is None
    assert page_date(page("<title>undated</title>")) is None
