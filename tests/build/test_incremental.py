"""Incremental builds rebuild only the pages whose Markdown changed, and still drop removed records' pages."""

from __future__ import annotations

import pytest

from generator.build import build_site
from generator.validate import check_project

pytestmark = pytest.mark.slow


def _build(project, **kwargs):
    corpus, issues = check_project(project)
    assert not [i for i in issues if i.severity == "error"], issues
    return build_site(project, corpus.published(), quiet=True, **kwargs)


def _mtimes(site):
    return {p.relative_to(site): p.stat().st_mtime_ns for p in site.rglob("index.html")}


def test_one_change_rebuilds_its_pages_only(site_project):
    first = _build(site_project)
    assert first.incremental is False
    before = _mtimes(site_project.site_dir)
    place = next((site_project.content_dir / "place").glob("*.yaml"))
    text = place.read_text()
    name = next(line for line in text.splitlines() if line.startswith("name:"))
    place.write_text(text.replace(name, "name: Renamed Place"))

    second = _build(site_project)
    assert second.incremental is True
    after = _mtimes(site_project.site_dir)
    changed = {str(p) for p in after if after[p] != before.get(p)}
    assert f"place/{place.stem}/index.html" in changed
    assert "Renamed Place" in (site_project.site_dir / "place" / place.stem / "index.html").read_text()
    # Pages whose Markdown did not change keep their HTML untouched (only the theme fix pass may rewrite none).
    assert len(changed) <= len(second.written) + 1, sorted(changed)
    assert len(changed) < len(after) / 2


def test_removed_record_loses_its_page_and_template_change_forces_full(site_project):
    _build(site_project)
    event = next((site_project.content_dir / "event").glob("*.yaml"))
    for claim in (site_project.content_dir / "claim").glob("*.yaml"):
        assert event.stem not in claim.read_text()  # nothing else refers to it
    event.unlink()
    result = _build(site_project)
    assert result.incremental is True
    assert not (site_project.site_dir / "event" / event.stem).exists()

    css = site_project.templates_dir / "assets" / "factsheet.css"
    css.write_text(css.read_text() + "\n/* changed */\n")
    assert _build(site_project).incremental is False
    assert _build(site_project, incremental=False).incremental is False
