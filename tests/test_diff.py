"""`factsheet diff`: record-by-record, field-by-field summaries between git revisions."""

from __future__ import annotations

import subprocess

import pytest

from tests.test_cli import run


def git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "T",
                        "GIT_COMMITTER_EMAIL": "t@example.invalid", "PATH": "/usr/bin:/bin"})  # fmt: skip


@pytest.fixture
def repo(base_project):
    git(base_project.root, "init", "-q")
    git(base_project.root, "add", "-A")
    git(base_project.root, "commit", "-qm", "base")
    return base_project


def test_no_change(repo):
    out = run("diff", "HEAD", cwd=repo.root)
    assert out.returncode == 0 and "No record changed." in out.stdout


def test_reformatting_is_not_a_change(repo):
    path = repo.content_dir / "place" / "port-sable.yaml"
    path.write_text("# a comment\n" + path.read_text().replace("name: Port Sable", 'name: "Port Sable"'))
    assert "No record changed." in run("diff", "HEAD", cwd=repo.root).stdout


def test_fields_quotes_and_status_changes(repo):
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(claim.read_text().replace("claim_status: denied", "claim_status: disputed").replace('date: "2031-03"', 'date: "2031-03-02"'))
    place = repo.content_dir / "place" / "port-sable.yaml"
    place.write_text(place.read_text() + "  - source: veloria-courier-2031\n    quote: left Port Sable on Monday\n    paragraph: 2\n")
    git(repo.root, "commit", "-qam", "edit")
    out = run("diff", "HEAD~1", "HEAD", cwd=repo.root)
    assert out.returncode == 0
    text = out.stdout
    assert "## Record changes: HEAD~1 → HEAD" in text
    assert "**`claim_status`: denied → disputed**" in text
    assert "`date`: 2031-03 → 2031-03-02" in text
    assert "quote added: “left Port Sable on Monday” (veloria-courier-2031, ¶2)" in text
    assert text.index("claim_status") < text.index("`date`")  # status changes lead


def test_added_removed_renamed_and_untracked(repo):
    (repo.content_dir / "event" / "harbour-guard-withdrawal.yaml").unlink()
    git(repo.root, "mv", "content/actor/ilse-marrow.yaml", "content/actor/ilse-marrow-2.yaml")
    run("new", "group", "Fresh Front", cwd=repo.root)
    text = run("diff", "HEAD", cwd=repo.root).stdout
    assert "- **group** `fresh-front`: Fresh Front" in text
    assert "- **actor** `ilse-marrow-2`: Ilse Marrow (was `ilse-marrow`)" in text
    assert "### Removed\n\n- **event** `harbour-guard-withdrawal`" in text


def test_relationship_added_reads_as_one_addition(repo):
    group = repo.content_dir / "group" / "sable-harbour-guard.yaml"
    text = group.read_text().replace(
        "relationships:\n",
        "relationships:\n  - type: based-in\n    target: port-sable\n    citations:\n      - source: veloria-courier-2031\n"
        "        quote: left Port Sable on Monday\n",
    )
    group.write_text(text)
    out = run("diff", "HEAD", cwd=repo.root).stdout
    changes = [line for line in out.splitlines() if line.startswith("  - ")]
    assert changes == ["  - `relationships`: added type: based-in, target: port-sable"]


def test_unknown_revision_is_a_usage_error(repo):
    out = run("diff", "no-such-rev", cwd=repo.root)
    assert out.returncode == 2 and "Traceback" not in out.stderr
