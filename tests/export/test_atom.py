"""The Atom feed of record changes: entries from a throwaway git history, ids, links, order, drafts."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

import pytest

from generator.export import EXPORTERS, atom
from generator.export.atom import XML_BASE
from generator.project import Project
from tests.conftest import FIXTURES, check
from tests.export.gitrepo import commit_all, init

NS = {"a": "http://www.w3.org/2005/Atom"}
FIRST = "2025-02-13T10:04:05+01:00"
SECOND = "2025-03-01T08:00:00+00:00"
THIRD = "2025-03-02T08:00:00+00:00"


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Project, str, str]:
    """The base corpus in git: added in one commit, then the group and the place edited in a second, and the
    event's file only reformatted in a third (which is no change to list)."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", root)
    init(root)
    first = commit_all(root, "Add the base corpus", author="Ann Editor", date=FIRST)
    for path in ("group/sable-harbour-guard.yaml", "place/port-sable.yaml"):
        record = root / "content" / path
        record.write_text(record.read_text().replace("kind:", "description: On the coast.\nkind:"))
    second = commit_all(root, "Describe the guard and the port\x01", author="Bo Reviewer", date=SECOND)
    event = root / "content" / "event" / "harbour-guard-withdrawal.yaml"
    event.write_text("# reformatted only\n" + event.read_text())
    commit_all(root, "Comment the event", author="Bo Reviewer", date=THIRD)
    return Project(root), first, second


def feed(project: Project) -> ET.Element:
    corpus, issues = check(project)
    assert issues == []
    text = EXPORTERS["atom"](project).export(corpus.published())
    assert text.startswith(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base='
    )
    return ET.fromstring(text)


def entries(root: ET.Element) -> list[dict[str, str]]:
    return [
        {
            "id": e.findtext("a:id", namespaces=NS),
            "title": e.findtext("a:title", namespaces=NS),
            "updated": e.findtext("a:updated", namespaces=NS),
            "author": e.findtext("a:author/a:name", namespaces=NS),
            "link": e.find("a:link", NS).get("href"),
            "summary": e.findtext("a:summary", namespaces=NS),
        }
        for e in root.findall("a:entry", NS)
    ]


def test_one_entry_per_commit_and_record_newest_first(repo):
    project, _first, _second = repo
    found = entries(feed(project))
    assert len(found) == 10
    assert [e["title"] for e in found[:3]] == [
        "Updated group: Sable Harbour Guard",
        "Updated place: Port Sable",
        "New source: Harbour guards leave Port Sable",
    ]
    assert [e["updated"] for e in found] == [SECOND] * 2 + [FIRST] * 8
    assert [e["author"] for e in found[:3]] == ["Bo Reviewer", "Bo Reviewer", "Ann Editor"]


def test_entry_ids_links_and_summaries(repo):
    project, _first, second = repo
    found = entries(feed(project))
    assert found[0]["id"] == f"tag:factsheet.invalid,2025-03-01:factsheet/sable-harbour-guard/{second}"
    assert len({e["id"] for e in found}) == len(found)
    assert found[0]["link"] == "group/sable-harbour-guard/"
    # the control character in the commit message is replaced, so the XML stays well-formed
    summary = f"description added: On the coast. Describe the guard and the port\ufffd. (commit {second[:12]})"
    assert found[0]["summary"] == summary


def test_feed_header(repo):
    project, _, _ = repo
    root = feed(project)
    assert root.findtext("a:id", namespaces=NS) == "tag:factsheet.invalid,2025:factsheet/changes"
    assert root.findtext("a:updated", namespaces=NS) == SECOND
    assert root.findtext("a:title", namespaces=NS) == "factsheet: record changes"


def test_site_url_makes_links_absolute_and_names_the_authority(repo):
    project, _, second = repo
    (project.root / "docs").mkdir(exist_ok=True)  # mkdocs' default docs_dir must exist for it to load the file
    project.mkdocs_yml.write_text(  # with a Python tag, as the real mkdocs.yml has: mkdocs' own loader reads it
        "site_name: Harbour facts\nsite_url: https://facts.example.org/\n"
        "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - name: x\n"
        "          class: x\n          format: !!python/name:pymdownx.superfences.fence_code_format\n"
    )
    root = feed(project)
    first_entry = entries(root)[0]
    assert first_entry["link"] == "https://facts.example.org/group/sable-harbour-guard/"
    assert first_entry["id"] == f"tag:facts.example.org,2025-03-01:factsheet/sable-harbour-guard/{second}"
    assert root.find("a:link", NS).get("href") == "https://facts.example.org/"
    assert root.findtext("a:title", namespaces=NS) == "Harbour facts: record changes"


def test_drafts_have_no_entries(repo):
    project, _, _ = repo
    path = project.content_dir / "place" / "port-sable.yaml"
    path.write_text("status: draft\n" + path.read_text())
    found = entries(feed(project))
    assert len(found) == 8 and not any(e["link"] == "place/port-sable/" for e in found)


def test_newest_entries_only(repo, monkeypatch):
    project, _, _ = repo
    monkeypatch.setattr(atom, "MAX_ENTRIES", 3)
    assert [e["updated"] for e in entries(feed(project))] == [SECOND, SECOND, FIRST]


def test_a_project_outside_git_gives_an_empty_valid_feed(base_project):
    root = feed(base_project)
    assert root.findall("a:entry", NS) == []
    assert root.findtext("a:updated", namespaces=NS) == atom.NO_DATE


def resolved(root: ET.Element, href: str, feed_url: str) -> str:
    """An address as a feed reader resolves it: against the feed's xml:base, itself resolved against the feed's URL."""
    return urljoin(urljoin(feed_url, root.get(XML_BASE, "")), href)


def test_links_resolve_to_the_pages_from_the_feeds_own_address(repo):
    """Without site_url the links are relative to the site root, which xml:base names from downloads/changes.atom."""
    project, _, _ = repo
    root = feed(project)
    feed_url = "https://mirror.example/facts/" + atom.SITE_PATH
    assert (
        resolved(root, entries(root)[0]["link"], feed_url) == "https://mirror.example/facts/group/sable-harbour-guard/"
    )
    assert resolved(root, root.find("a:link", NS).get("href"), feed_url) == "https://mirror.example/facts/"
    (project.root / "docs").mkdir(exist_ok=True)
    project.mkdocs_yml.write_text("site_name: Harbour facts\nsite_url: https://facts.example.org/sub/\n")
    root = feed(project)
    assert root.get(XML_BASE) == "https://facts.example.org/sub/"
    assert resolved(root, entries(root)[0]["link"], "file:///tmp/changes.atom") == (
        "https://facts.example.org/sub/group/sable-harbour-guard/"
    )
    assert root.find("a:link[@rel='self']", NS).get("href") == "https://facts.example.org/sub/downloads/changes.atom"


def test_the_feed_is_published_where_its_base_says():
    from generator.build.downloads import FOLDER

    assert f"{FOLDER}/{atom.AtomExporter.FILE_NAME}" == atom.SITE_PATH


def test_corrections_and_new_records_are_entries_and_reformats_are_not(repo):
    project, _, _ = repo
    claim = project.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(claim.read_text().replace("claim_status: denied", "claim_status: disputed"))
    message = "The ministry only disputed it\n\nCorrection: the claim was marked denied, but the ministry disputed it"
    correction = commit_all(project.root, message, author="Cy Editor", date="2025-04-01T08:00:00+00:00")
    root = feed(project)
    found = entries(root)
    assert found[0]["title"] == "Correction to claim: guards-took-weapons"
    assert found[0]["summary"] == (
        "Correction: claim status changed from denied to disputed. what was wrong: the claim was marked denied, but "
        f"the ministry disputed it. The ministry only disputed it. (commit {correction[:12]})"
    )
    category = root.find("a:entry/a:category", NS)
    assert category is not None and category.get("term") == "correction"
    assert not any("Comment the event" in (e["summary"] or "") for e in found)
    assert sum(e["title"].startswith("New ") for e in found) == 8
