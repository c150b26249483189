"""HTML through trafilatura and plain text as written: title line, paragraphs, NFC, metadata."""

from __future__ import annotations

import unicodedata

import pytest

from generator.errors import FactsheetError
from generator.ingest.extract import from_html, from_text
from tests.ingest.conftest import ARTICLES


def test_a_news_page_keeps_the_article_and_its_metadata_and_drops_the_page():
    article = from_html((ARTICLES / "wire-kessel-clash.html").read_bytes())
    assert article.title == "Veloria closes Kessel Gate after border clash, army says"
    assert (article.publisher, article.author, article.language) == ("Meridian Wire", "Jonas Feld", "en")
    assert article.url == "https://meridianwire.example/world/veloria-closes-kessel-gate-after-border-clash"
    assert article.published == "2024-04-15" and "article:published_time" in article.published_from
    assert len(article.paragraphs) == 13
    assert article.paragraphs[0].startswith("KESSEL, Veloria, April 15 (Meridian Wire)")
    text = article.text()
    for furniture in (
        "Home",
        "cookies",
        "Related coverage",
        "Post comment",
        "All rights reserved",
        "Subscribe",
        "Photo desk",
    ):
        assert furniture not in text
    assert (
        text.startswith(article.title + "\n\n") and text.endswith("Editing by Mira Castell)\n") and "\n\n\n" not in text
    )


def test_metadata_precision_from_json_ld_and_nothing_invented_without_it():
    month = from_html((ARTICLES / "html_month_date_json_ld.html").read_bytes())
    assert (month.published, month.language, month.publisher) == ("2023-11", "en", "Coastline Monthly")
    assert "Share on" not in month.text()
    bare = from_html((ARTICLES / "html_no_metadata.html").read_bytes())
    assert (bare.publisher, bare.url, bare.language, bare.published) == (None, None, None, None)
    assert bare.title == "Night market returns to the old quarter"


def test_a_relative_or_local_canonical_address_is_not_kept():
    page = (
        b'<html><head><link rel="canonical" href="file:///tmp/x.html"></head><body>'
        + b"<p>"
        + b"word " * 80
        + b"</p></body></html>"
    )
    assert from_html(page).url is None


def test_plain_text_first_line_is_the_title_and_paragraphs_stay_as_written():
    article = from_text((ARTICLES / "text_aggregator_copy.txt").read_text(encoding="utf-8"))
    assert article.title == "Harbour pilots strike over unpaid wages in Port Sable"
    assert article.paragraphs == [
        "Harbour pilots in Port Sable walked off the job on Tuesday, leaving a dozen cargo ships at anchor outside "
        "the breakwater, their union said.",
        "The pilots say they have not been paid since January. \u201cWe guide every ship into this port, and we have "
        "been working for nothing,\u201d said union secretary Odile Varn.",
        "The port authority acknowledged the delay but blamed the finance ministry for holding back its budget.",
    ]
    reasons = {d.reason for d in article.dropped}
    assert reasons == {
        "view counter",
        "theme placeholder",
        "image credit",
        "share widget",
        "aggregator credit",
        "page tail",
    }


def test_a_copy_with_one_paragraph_per_line_and_windows_line_ends():
    article = from_text((ARTICLES / "text_one_paragraph_per_line.txt").read_bytes().decode("utf-8"))
    assert article.title == "Ferry timetable changes announced for the winter season"
    assert len(article.paragraphs) == 3 and all("\r" not in p for p in article.paragraphs)
    assert [d.reason for d in article.dropped] == ["view counter"]


def test_text_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Caf\u00e9 owners protest\n\nThe caf\u00e9 closed.\n")
    article = from_text(decomposed)
    assert article.text() == "Caf\u00e9 owners protest\n\nThe caf\u00e9 closed.\n"
    assert unicodedata.is_normalized("NFC", article.text())


def test_nothing_left_is_an_error():
    with pytest.raises(FactsheetError, match="no text"):
        from_text("Views: 12\nspot_img\n")
