"""`ingest` numbers paragraphs as citations and the source page do: ¶1 is the headline, and both say so."""

from __future__ import annotations

from generator.model.archive import ArchivedText
from generator.render import render_pages
from tests.conftest import check
from tests.ingest.conftest import ARTICLES
from tests.render.kit import TEMPLATES
from tests.test_cli import run

TEXT_OPTIONS = ("--publisher", "Port Sable Evening Post", "--language", "en", "--published", "2024-10")


def test_ingest_reports_the_paragraphs_the_source_page_numbers(minimal_project):
    out = run("ingest", str(ARTICLES / "holdout-local-news-flood.txt"), *TEXT_OPTIONS, cwd=minimal_project.root)
    assert out.returncode == 0, out.stderr
    archive_path = minimal_project.root / out.stdout.splitlines()[0]
    paragraphs = ArchivedText(archive_path.read_text()).paragraphs
    n = len(paragraphs)
    assert f"archived {n} paragraphs: ¶1 the headline, ¶2–¶{n} the article's text" in out.stderr
    assert paragraphs[0] == "Flood wall fails in Port Sable as river reaches record height"

    corpus, _ = check(minimal_project)
    source_id = archive_path.stem
    pages = render_pages(corpus, TEMPLATES)
    page = pages[f"source/{source_id}.md"]
    assert "¶1 is the headline, and the article's text starts at ¶2." in page
    assert f"[{n}](#p-{n})" in page and f"[{n + 1}](#p-{n + 1})" not in page


def test_a_copy_without_a_headline_is_reported_as_text_from_paragraph_one(minimal_project, tmp_path):
    """With --title given, a first line that reads as a paragraph is the text's first paragraph, and said so."""
    lead = (
        "The Velorian Interior Ministry on Tuesday denied reports that border guards had taken weapons from the "
        "depot at Port Sable, calling the reports baseless and saying that every weapon was accounted for."
    )
    saved = tmp_path / "no-headline.txt"
    saved.write_text(lead + "\n\nThe ministry said an inventory had been made in March.\n", encoding="utf-8")
    args = ("ingest", str(saved), *TEXT_OPTIONS, "--title", "Ministry denies weapons went missing")
    out = run(*args, cwd=minimal_project.root)
    assert out.returncode == 0, out.stderr
    assert "archived 2 paragraphs, the article's text from ¶1" in out.stderr
    assert "¶1 reads as the article's first paragraph (32 words)" in out.stderr
    assert "¶1 the headline" not in out.stderr and "write one in `title:`" not in out.stderr


def test_a_short_lead_taken_for_the_title_is_numbered_as_the_text_not_the_headline(minimal_project, tmp_path):
    """Without --title, a short first line ended by a full stop is still the lead: ingest and the source page say
    the text starts at ¶1, and the record's title is flagged for the editor to write."""
    lead = "The Velorian Interior Ministry on Tuesday denied that weapons had left the depot at Port Sable."
    saved = tmp_path / "short-lead.txt"
    saved.write_text(lead + "\n\nThe ministry said an inventory had been made in March.\n", encoding="utf-8")
    out = run("ingest", str(saved), *TEXT_OPTIONS, cwd=minimal_project.root)
    assert out.returncode == 0, out.stderr
    assert "archived 2 paragraphs, the article's text from ¶1" in out.stderr
    assert "note: ¶1, taken as the headline, reads like a paragraph (16 words, ending in a full stop)" in out.stderr

    corpus, _ = check(minimal_project)
    source_id = (minimal_project.root / out.stdout.splitlines()[0]).stem
    page = render_pages(corpus, TEMPLATES)[f"source/{source_id}.md"]
    assert "¶1 is the first paragraph of the archived copy." in page
    assert "¶1 is the headline" not in page
