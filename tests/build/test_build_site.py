"""Real mkdocs builds: what the produced HTML contains, and what a failed build leaves behind."""

from __future__ import annotations

import json
import logging
import re
import stat
from pathlib import Path

import pytest

from generator.build import build_site
from generator.errors import BuildError
from generator.project import Project
from generator.validate import check_project
from tests.build.html import parse, resolve
from tests.render.kit import REPO, lantern_corpus, make_project

pytestmark = pytest.mark.slow
MINIMAL = REPO / "tests" / "fixtures" / "minimal"


def load(project: Project):
    corpus, issues = check_project(project)
    assert [i.text() for i in issues if i.severity == "error"] == []
    return corpus


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Project, object]:
    """The minimal fixture built once, strictly, for the tests that only read the site."""
    project = make_project(tmp_path_factory.mktemp("built") / "project", MINIMAL)
    result = build_site(project, load(project), quiet=True)
    return project, result


def staging_leftovers(project: Project) -> list[Path]:
    return [p for p in project.root.iterdir() if p.name.startswith(".site-")]


def test_strict_build_produces_every_page(built):
    project, result = built
    site = project.site_dir
    assert result.site_dir == site and result.warnings == () and result.pages == 34
    for path in (
        "index.html",
        "claims/index.html",
        "group/grey-banner-brigade/index.html",
        "source/harbour-ledger-2024-03-veloria-border/index.html",
        "assets/factsheet.css",
        "timeline/index.html",
        "relationships/index.html",
        "downloads/index.html",
        "search/index.html",
        "downloads/records.json",
        "pagefind/pagefind.js",
        "corrections/index.html",
        "methodology/index.html",
    ):
        assert (site / path).is_file(), path
    assert staging_leftovers(project) == []


def test_footnotes_link_to_anchored_paragraphs_of_the_source(built):
    project, _ = built
    site = project.site_dir
    page_path = site / "group" / "grey-banner-brigade" / "index.html"
    page = parse(page_path)
    notes = [e for e in page.elements if e.tag == "li" and (e.attrs.get("id") or "").startswith("fn:")]
    assert len(notes) >= 5
    source_links = [h for h in page.hrefs() if "/source/" in h and "#p-" in h]
    assert source_links and all(h.startswith("../../source/") for h in source_links)
    for href in source_links:
        target, anchor = resolve(site, page_path, href)
        assert anchor in parse(target).ids, href


def test_every_footnote_reference_has_its_note(built):
    project, _ = built
    page = parse(project.site_dir / "claim" / "venn-government-concealing-crossing" / "index.html")
    refs = {h[1:] for h in page.hrefs() if h.startswith("#fn:")}
    assert refs and refs <= page.ids


def test_source_page_marks_quotes_and_links_back(built):
    project, _ = built
    path = project.site_dir / "source" / "harbour-ledger-2024-03-veloria-border" / "index.html"
    page, html = parse(path), path.read_text()
    assert {f"p-{n}" for n in range(1, 11)} <= page.ids
    assert html.count("<mark>") >= 8
    assert '<p id="p-3">' in html
    back = [h for h in page.hrefs() if h.startswith("../../group/grey-banner-brigade/")]
    assert back


def test_right_to_left_alias_keeps_its_language(built):
    project, _ = built
    html = (project.site_dir / "group" / "grey-banner-brigade" / "index.html").read_text()
    assert '<bdi lang="ar">لواء الراية الرمادية</bdi>' in html


def test_nav_lists_home_and_the_list_pages_only(built):
    project, _ = built
    page = parse(project.site_dir / "index.html")
    nav = {e.attrs["href"] for e in page.elements if e.tag == "a" and "md-nav__link" in (e.attrs.get("class") or "")}
    assert {"claims/", "groups/", "sources/"} <= nav
    assert not any(re.match(r"(group|actor|claim|source)/", h) for h in nav)


def test_rebuild_with_nothing_changed_writes_nothing(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    corpus = load(project)
    first = build_site(project, corpus, quiet=True)
    again = build_site(project, corpus, quiet=True)
    assert first.written and again.written == () and again.unchanged == len(first.written)
    assert (project.site_dir / "index.html").is_file() and staging_leftovers(project) == []


def test_failed_build_keeps_the_previous_site(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    corpus = load(project)
    build_site(project, corpus, quiet=True)
    index = project.site_dir / "index.html"
    before, inode = index.read_bytes(), index.stat().st_ino

    # A template that links to a page that does not exist: strict mkdocs must refuse.
    template = project.templates_dir / "place.md.j2"
    template.write_text(
        template.read_text().replace("{% block body %}", "{% block body %}\n[broken](../nowhere/x.md)\n")
    )
    with pytest.raises(BuildError) as caught:
        build_site(project, corpus, quiet=True)

    message = caught.value.message
    assert "mkdocs build failed" in message and "nowhere/x.md" in message
    line = next(line for line in message.split("\n") if "'place/kessel-gate.md'" in line)
    assert line.endswith("[record: content/place/kessel-gate.yaml]")
    assert index.read_bytes() == before and index.stat().st_ino == inode
    assert staging_leftovers(project) == []


def test_not_strict_returns_the_warnings(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    template = project.templates_dir / "event.md.j2"
    template.write_text(template.read_text().replace("{% block body %}", "{% block body %}\n[broken](missing.md)\n"))
    result = build_site(project, load(project), quiet=True, strict=False)
    assert any("missing.md" in w for w in result.warnings)
    assert (project.site_dir / "index.html").is_file()


def test_quiet_keeps_mkdocs_logs_to_itself(tmp_path, caplog):
    project = make_project(tmp_path / "project", MINIMAL)
    template = project.templates_dir / "event.md.j2"
    template.write_text(template.read_text().replace("{% block body %}", "{% block body %}\n[broken](missing.md)\n"))
    corpus = load(project)
    with caplog.at_level(logging.INFO):
        with pytest.raises(BuildError):
            build_site(project, corpus, quiet=True)
        assert not [r for r in caplog.records if r.name.startswith("mkdocs")]
        with pytest.raises(BuildError):
            build_site(project, corpus, quiet=False)
        assert any("missing.md" in r.getMessage() for r in caplog.records if r.name.startswith("mkdocs"))


def test_missing_mkdocs_yml_is_a_build_error(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    project.mkdocs_yml.unlink()
    with pytest.raises(BuildError, match="no mkdocs.yml"):
        build_site(project, load(project), quiet=True)


def test_docs_dir_may_not_be_where_the_generated_pages_are_written(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    text = project.mkdocs_yml.read_text()
    assert "docs_dir: templates/pages" in text
    project.docs_dir.mkdir(parents=True)
    project.mkdocs_yml.write_text(text.replace("docs_dir: templates/pages", "docs_dir: build/docs"))
    with pytest.raises(BuildError, match=r"docs_dir \(.*build/docs\) overlaps build/docs") as caught:
        build_site(project, load(project), quiet=True)
    assert "docs_dir: templates/pages" in (caught.value.hint or "")
    assert not project.site_dir.exists()


def test_a_missing_docs_dir_is_named_with_mkdocs_own_words(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    project.mkdocs_yml.write_text(
        project.mkdocs_yml.read_text().replace("docs_dir: templates/pages", "docs_dir: nowhere")
    )
    with pytest.raises(BuildError, match="mkdocs.yml: mkdocs cannot read it") as caught:
        build_site(project, load(project), quiet=True)
    assert "docs_dir" in caught.value.message and "nowhere" in caught.value.message
    assert "templates/pages" in (caught.value.hint or "")


def test_pages_of_the_sites_own_are_published_beside_the_generated_ones(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    own = project.templates_dir / "pages"
    (own / "about.md").write_text("# About this site\n\nWritten by hand.\n")
    text = project.mkdocs_yml.read_text().replace(
        "  - Methodology: methodology.md", "  - Methodology: methodology.md\n  - About: about.md"
    )
    # With a repository, the theme links each page to its source for editing.
    text = text.replace("    - navigation.top", "    - navigation.top\n    - content.action.edit")
    text += "\nrepo_url: https://git.example.org/newsroom/sheets\nedit_uri: edit/main/templates/pages/\n"
    project.mkdocs_yml.write_text(text)
    build_site(project, load(project), quiet=True)
    about = (project.site_dir / "about" / "index.html").read_text()
    assert "Written by hand." in about
    assert "https://git.example.org/newsroom/sheets/edit/main/templates/pages/about.md" in about
    home = (project.site_dir / "index.html").read_text()
    assert 'href="about/"' in home  # in the nav, with the generated pages
    # A generated page has no source file in the repository to edit (its record is the source): no edit link.
    sheet = (project.site_dir / "group" / "grey-banner-brigade" / "index.html").read_text()
    assert "/edit/main/" not in sheet and "Grey Banner Brigade" in sheet


def test_a_page_of_the_sites_own_may_not_take_a_generated_pages_path(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    build_site(project, load(project), quiet=True)
    before = (project.site_dir / "index.html").read_bytes()
    (project.templates_dir / "pages" / "group").mkdir()
    (project.templates_dir / "pages" / "group" / "grey-banner-brigade.md").write_text("# Not the fact sheet\n")
    with pytest.raises(BuildError, match="has files at the paths of generated pages: group/grey-banner-brigade.md"):
        build_site(project, load(project), quiet=True)
    assert (project.site_dir / "index.html").read_bytes() == before  # the previous site stays


def test_hostile_record_text_is_inert_in_the_built_site(tmp_path):
    """Names and quotes full of HTML, Markdown and template syntax end up as visible text only."""
    evil = (
        "</title><script>alert('t')</script> [x](javascript:alert('l')) ![i](https://e.example/i.png) "
        "<img src=x onerror=alert('i')> {{ 7*7 }} {% raw %} {: onclick=alert('a') } &lt;b&gt;"
    )
    corpus = lantern_corpus(
        **{
            "lantern-coast-watch": {"name": evil, "origin": 'line\n| injected | cell |\n!!! danger "x"'},
            "watch-seized-customs-house": {"summary": evil, "claimant": {"described_as": evil}},
            "lantern-gazette": {"title": evil, "publisher": evil, "url": 'https://e.example/a?b=<c>&d="e"'},
            "oriel-tamsin": {"roles": [{"title": evil, "organization": "lantern-coast-watch"}]},
        }
    )
    project = make_project(tmp_path / "project")
    build_site(project, corpus, quiet=True)
    pages = list(project.site_dir.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        page = parse(path)
        assert not any(
            "alert" in s
            for s, e in zip(page.scripts, _script_elements(page), strict=False)
            if e.attrs.get("type") != "application/ld+json"
        ), path
        raw = path.read_text()
        title = raw[raw.index("<title>") + len("<title>") : raw.index("</title>")]
        assert "<" not in title, (path, title)  # the theme prints titles unescaped: ours arrive escaped
        for element in page.elements:
            for name, value in element.attrs.items():
                assert not name.startswith("on"), (path, element)
                assert not (value or "").strip().lower().startswith("javascript:"), (path, element)
            assert not (element.tag == "img" and element.attrs.get("src") in ("x", "https://e.example/i.png")), path
    watch = (project.site_dir / "group" / "lantern-coast-watch" / "index.html").read_text()
    assert "{{ 7*7 }}" in parse_text(watch) and "[x](javascript:alert('l'))" in parse_text(watch)
    assert "| injected | cell |" in parse_text(watch)
    assert 'class="admonition danger"' not in watch


def parse_text(html: str) -> str:
    import html as html_module

    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def _script_elements(page):
    return [e for e in page.elements if e.tag == "script"]


class _BrokenExporter:
    """A format whose code fails, registered for one test: the build must not publish without saying so."""

    NAME = FILE_NAME = "broken"
    MIME_TYPE, TITLE, MULTI_FILE = "text/plain", "Broken", False

    def __init__(self, project: object, site: object = None) -> None:
        pass

    @classmethod
    def missing(cls) -> None:
        return None

    def files(self, corpus: object) -> dict[str, str]:
        raise ValueError("value too long for this format")


def test_a_failing_exporter_fails_the_build_unless_partial(tmp_path, monkeypatch):
    from generator.export import EXPORTERS

    project = make_project(tmp_path / "project", MINIMAL)
    monkeypatch.setitem(EXPORTERS, "broken", _BrokenExporter)
    with pytest.raises(BuildError, match="the broken export failed: ValueError: value too long") as failed:
        build_site(project, load(project), quiet=True)
    assert "--partial" in (failed.value.hint or "")
    assert not project.site_dir.exists()
    result = build_site(project, load(project), quiet=True, partial=True)
    assert any(n.startswith("downloads: broken left out, the broken export failed") for n in result.notes)
    assert (project.site_dir / "index.html").is_file()
    assert not (project.site_dir / "downloads" / "broken").exists()


def test_the_published_site_has_normal_modes(built, tmp_path):
    """mkdtemp makes the staging folder 0700; the site swapped in gets 0777/0666 less the umask (0755/0644 under 022)."""
    from generator.build.swap import current_umask, publish_modes

    project, _ = built
    mask = current_umask()
    modes = {path: stat.S_IMODE(path.lstat().st_mode) for path in [project.site_dir, *project.site_dir.rglob("*")]}
    assert len(modes) > 20
    wrong = {str(p): oct(m) for p, m in modes.items() if m != (0o777 & ~mask if p.is_dir() else 0o666 & ~mask)}
    assert wrong == {}
    if mask == 0o022:
        assert modes[project.site_dir] == 0o755 and modes[project.site_dir / "index.html"] == 0o644

    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True, mode=0o700)
    (tree / "sub" / "page.html").write_text("x")
    (tree / "sub" / "page.html").chmod(0o600)
    (tree / "link").symlink_to("sub/page.html")
    publish_modes(tree, umask=0o027)
    assert [stat.S_IMODE(p.stat().st_mode) for p in (tree, tree / "sub", tree / "sub" / "page.html")] == [
        0o750,
        0o750,
        0o640,
    ]


def test_a_very_long_alias_keeps_the_followthemoney_download_and_says_it_was_cut(tmp_path):
    project = make_project(tmp_path / "project", MINIMAL)
    path = project.content_dir / "group" / "grey-banner-brigade.yaml"
    long_alias = "Liwa al-Raya al-Ramadiya " * 40
    path.write_text(path.read_text().replace("name: Liwa al-Raya al-Ramadiya", f"name: {long_alias.strip()}"))
    result = build_site(project, load(project), quiet=True)
    entities = (project.site_dir / "downloads" / "entities.ftm.json").read_text(encoding="utf-8")
    brigade = next(e for e in map(json.loads, entities.splitlines()) if e["id"] == "fs-grey-banner-brigade")
    assert brigade["properties"]["alias"][1].endswith("\u2026") and len(brigade["properties"]["alias"][1]) == 384
    assert any(n.startswith("downloads: ftm: fs-grey-banner-brigade alias: cut from 999 to 384") for n in result.notes)
