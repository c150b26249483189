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
