"""Incremental builds rebuild only the pages whose Markdown changed, and still drop removed records' pages."""

from __future__ import annotations

import pytest

import generator.build
from generator.build import build_site
from generator.errors import BuildError
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

    css = site_project.templates_dir / "pages" / "assets" / "factsheet.css"
    css.write_text(css.read_text() + "\n/* changed */\n")
    assert _build(site_project).incremental is False
    assert _build(site_project, incremental=False).incremental is False


def _contents(site):
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _rename_place(project, name):
    place = next((project.content_dir / "place").glob("*.yaml"))
    text = place.read_text()
    old = next(line for line in text.splitlines() if line.startswith("name:"))
    place.write_text(text.replace(old, f"name: {name}"))
    return place


def test_a_failed_incremental_build_leaves_every_byte_of_the_previous_site(site_project, monkeypatch):
    # The staged site is hard links to the live one: any output written in place would show here.
    _build(site_project)
    before = _contents(site_project.site_dir)
    _rename_place(site_project, "Renamed Place")
    for template in site_project.templates_dir.rglob("*"):
        template.touch()  # same bytes, newer times: the stamp is unchanged, so the build stays incremental

    def fail(*args, **kwargs):
        raise BuildError("the swap failed")

    monkeypatch.setattr(generator.build, "swap_in", fail)
    with pytest.raises(BuildError):
        _build(site_project)
    assert _contents(site_project.site_dir) == before

    monkeypatch.undo()
    result = _build(site_project)
    assert result.incremental and result.reused > 0
    after = _contents(site_project.site_dir)
    assert after != before
    assert {k for k in after if not k.startswith("pagefind/")} == {k for k in before if not k.startswith("pagefind/")}
    assert any(b"Renamed Place" in data for data in after.values())
    staged_leftovers = list(site_project.site_dir.parent.glob(".site-new-*"))
    assert not staged_leftovers


def test_incremental_site_equals_a_full_build(site_project, tmp_path):
    _build(site_project)
    _rename_place(site_project, "Renamed Place")
    incremental = _build(site_project)
    assert incremental.incremental and incremental.pages - incremental.reused < incremental.pages / 2
    built = _contents(site_project.site_dir)
    _build(site_project, incremental=False)
    full = _contents(site_project.site_dir)
    assert {k for k in built if not k.startswith("pagefind/")} == {k for k in full if not k.startswith("pagefind/")}
    # Pagefind names its shards by content hash and mkdocs dates the sitemap; pages must match exactly.
    pages = [k for k in full if k.endswith(".html")]
    assert [k for k in pages if built[k] != full[k]] == []


def test_a_removed_page_is_deleted_where_mkdocs_wrote_it_with_or_without_directory_urls(tmp_path):
    from generator.build.incremental import drop_removed_pages
    from generator.sitelinks import SiteLinks

    for directory_urls, built in ((True, "group/gone/index.html"), (False, "group/gone.html")):
        staging = tmp_path / f"site-{directory_urls}"
        page = staging / built
        page.parent.mkdir(parents=True)
        page.write_text("old")
        kept = staging / "group" / "kept.html"
        kept.write_text("kept")
        drop_removed_pages(staging, ["group/gone.md"], directory_urls=directory_urls)
        assert not page.exists() and kept.exists()
        assert SiteLinks(directory_urls=directory_urls).path("group", "gone") == built.removesuffix("index.html")
