"""Reusing pages from the previous render: a reused page must be exactly what rendering it again would give.

Each test renders a corpus once (recording what every page read), changes the
corpus, renders again with the cache and compares every page with a render of
the changed corpus from scratch.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.model.archive import ArchivedText
from generator.model.corpus import Corpus
from generator.project import Project
from generator.render import render_pages, write_pages
from generator.render.cache import RenderCache
from generator.render.pages import is_corpus_page
from generator.render.site_extras import Download, DownloadFile, RecordChange, SiteExtras
from generator.validate import check_project
from tests.render.kit import ARCHIVE, TEMPLATES, corpus_of, lantern_corpus, record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _extras(corpus: Corpus, **changes: str) -> SiteExtras:
    ids = sorted(corpus.records)
    updated = {
        rid: RecordChange(rid, f"2031-01-{1 + n % 28:02d}T10:00:00+00:00", "modified") for n, rid in enumerate(ids)
    }
    for rid, date in changes.items():
        updated[rid] = RecordChange(rid, date, "modified")
    files = (DownloadFile("downloads/records.json", 10 * len(ids)),)
    return SiteExtras(
        updated=updated, downloads=(Download("json", "JSON", "Everything.", "application/json", files),), diagrams=True
    )


def _minimal() -> Corpus:
    corpus, issues = check_project(Project(FIXTURES / "minimal"))
    assert not [i for i in issues if i.severity == "error"]
    return corpus


CORPORA = {"lantern": lantern_corpus, "minimal": _minimal}


class Renders:
    """Renders into one docs folder with one cache file, as successive builds do."""

    def __init__(self, root: Path, templates: Path = TEMPLATES) -> None:
        self.docs, self.cache_file, self.templates = root / "docs", root / "render-cache.json", templates
        self.last: RenderCache | None = None
        self.provisional = None

    def __call__(self, corpus: Corpus, extras: SiteExtras, stamp: str = "stamp") -> dict[str, str]:
        self.last = RenderCache(self.cache_file, self.docs, stamp=stamp, provisional=self.provisional)
        pages = render_pages(corpus, self.templates, extras=extras, cache=self.last)
        write_pages(pages, self.docs, self.docs.parent / "manifest.json")
        return pages

    @property
    def rendered(self) -> int:
        assert self.last is not None
        return len(self.last.rendered_paths)


def _changed(corpus: Corpus, record_id: str, **fields) -> Corpus:
    out = Corpus(archives=dict(corpus.archives))
    for rid, rec in corpus.records.items():
        out.add(rec.model_copy(update=fields) if rid == record_id else rec, corpus.origins[rid])
    return out


def _text_change(rec) -> dict:
    for name in ("name", "title", "summary"):
        if getattr(rec, name, None):
            return {name: getattr(rec, name) + " (changed)"}
    raise AssertionError(rec.id)


def _assert_same_as_fresh(pages: dict[str, str], corpus: Corpus, extras: SiteExtras) -> None:
    fresh = render_pages(corpus, TEMPLATES, extras=extras)
    assert pages.keys() == fresh.keys()
    stale = [path for path in fresh if pages[path] != fresh[path]]
    assert not stale, f"reused pages differ from a fresh render: {stale}"


@pytest.mark.parametrize("name", CORPORA)
def test_every_single_record_change_rerenders_exactly_what_a_fresh_render_changes(tmp_path, name):
    base = CORPORA[name]()
    baseline = render_pages(base, TEMPLATES, extras=_extras(base))
    for record_id, rec in sorted(base.records.items()):
        render = Renders(tmp_path / record_id)
        render(base, _extras(base))
        changed = _changed(base, record_id, **_text_change(rec))
        pages = render(changed, _extras(changed))
        _assert_same_as_fresh(pages, changed, _extras(changed))
        assert render.last.reused > 0, record_id
        # Every page whose text changed was rendered again (not merely found equal by luck).
        differs = {p for p in pages if pages[p] != baseline[p]}
        assert differs and len(differs) <= render.rendered, record_id


def test_claim_status_change_reaches_the_pages_that_show_it(tmp_path):
    base = _minimal()
    render = Renders(tmp_path)
    render(base, _extras(base))
    claim = base.of_type("claim")[0]
    status = "retracted" if claim.claim_status != "retracted" else "alleged"
    changed = _changed(base, claim.id, claim_status=status)
    _assert_same_as_fresh(render(changed, _extras(changed)), changed, _extras(changed))


def test_added_and_removed_records_update_reverse_links(tmp_path):
    base = lantern_corpus()
    render = Renders(tmp_path)
    render(base, _extras(base))
    group = base.of_type("group")[0]
    source = base.of_type("source")[0]
    claim = record(
        "claim",
        "watch-moved-again",
        summary="The Watch moved again",
        date="2030-06",
        claim_status="alleged",
        claimant={"described_as": "a commander", "affiliation": group.id},
        subjects=[group.id],
        citations=[{"source": source.id, "quote": "Its commander, Oriel Tamsin, said the move was temporary."}],
    )
    added = corpus_of(*base.records.values(), claim, archives={source.id: ARCHIVE})
    pages = render(added, _extras(added))
    _assert_same_as_fresh(pages, added, _extras(added))
    assert "The Watch moved again" in pages[f"group/{group.id}.md"]

    removed = corpus_of(*(r for r in base.records.values()), archives={source.id: ARCHIVE})
    pages = render(removed, _extras(removed))
    _assert_same_as_fresh(pages, removed, _extras(removed))
    assert "claim/watch-moved-again.md" not in pages


def test_archive_text_and_git_dates_are_inputs_too(tmp_path):
    base = lantern_corpus()
    render = Renders(tmp_path)
    render(base, _extras(base))
    source = base.of_type("source")[0]
    # A paragraph added near the top moves every quote to the next paragraph, so every footnote changes.
    text = ARCHIVE.replace("\n\n", "\n\nAn editor's note added later.\n\n", 1)
    edited = Corpus(archives={source.id: ArchivedText(text)})
    for rid, rec in base.records.items():
        edited.add(rec, base.origins[rid])
    pages = render(edited, _extras(edited))
    _assert_same_as_fresh(pages, edited, _extras(edited))

    group = edited.of_type("group")[0]
    later = _extras(edited, **{group.id: "2032-03-04T09:00:00+00:00"})
    pages = render(edited, later)
    _assert_same_as_fresh(pages, edited, later)
    assert render.rendered >= 2  # the group's page and the home page's latest changes


def test_nothing_changed_reuses_every_page(tmp_path):
    base = _minimal()
    render = Renders(tmp_path)
    first = render(base, _extras(base))
    again = render(base, _extras(base))
    assert again == first
    assert render.last.reused == len(first)


def test_a_new_stamp_a_corrupt_cache_or_a_hand_edited_page_render_again(tmp_path):
    base = lantern_corpus()
    render = Renders(tmp_path)
    first = render(base, _extras(base))
    render(base, _extras(base), stamp="templates changed")
    assert render.last.reused == 0

    page = f"group/{base.of_type('group')[0].id}.md"
    (render.docs / page).write_text("edited by hand\n", encoding="utf-8")
    pages = render(base, _extras(base), stamp="templates changed")
    assert pages[page] == first[page]
    assert render.last.reused == len(first) - 1

    for corrupt in (
        '{"version": 1, "stamp": "templates changed", "keys": [1], "pages": 3}',
        '{"version": 1, "stamp": "templates changed", "keys": ["[not json"], "values": ["x"], '
        '"pages": {"index.md": {"sha256": "0", "keys": [0]}}}',
        '{"version": 1, "stamp": "templates changed", "keys": ["{\\"a\\": 1}"], "values": ["x"], '
        '"pages": {"index.md": {"sha256": "0", "keys": [0]}}}',
        "\u0000 not json at all",
    ):
        render.cache_file.write_text(corrupt)
        assert render(base, _extras(base), stamp="templates changed") == first
        assert render.last.reused == 0 and render.rendered == len(first)


def test_a_page_reading_what_no_view_can_key_is_never_reused(tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    group_template = templates / "group.md.j2"
    text = group_template.read_text()
    assert "{% block body %}" in text
    group_template.write_text(
        text.replace("{% block body %}", "{% block body %}\n{{ corpus.origins | length }} files\n")
    )
    base = lantern_corpus()
    render = Renders(tmp_path, templates)
    first = render(base, _extras(base))
    assert f"{len(base)} files" in first[f"group/{base.of_type('group')[0].id}.md"]
    render(base, _extras(base))
    groups = len(base.of_type("group"))
    assert render.last.reused == len(first) - groups and render.rendered == groups


def test_a_quick_pass_keeps_corpus_wide_pages_as_they_were_until_the_next_render(tmp_path):
    base = lantern_corpus()
    render = Renders(tmp_path)
    first = render(base, _extras(base))
    group = base.of_type("group")[0]
    changed = _changed(base, group.id, name="Renamed Watch")
    render.provisional = is_corpus_page
    quick = render(changed, _extras(changed))
    assert "Renamed Watch" in quick[f"group/{group.id}.md"]
    assert quick["groups.md"] == first["groups.md"] and "Renamed Watch" not in quick["groups.md"]
    render.provisional = None
    full = render(changed, _extras(changed))
    _assert_same_as_fresh(full, changed, _extras(changed))
    assert "Renamed Watch" in full["groups.md"]
    assert {p for p in full if is_corpus_page(p)} <= render.last.rendered_paths
