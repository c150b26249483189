"""Record history from git: kinds, dates, authors, renames, and projects without history."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator import history
from generator.history import (
    Change,
    Reasons,
    content_changes,
    last_updated,
    match_reasons,
    read_reasons,
    record_history,
)
from generator.project import Project
from tests.conftest import FIXTURES
from tests.export.gitrepo import commit_all, git, init

FIRST = "2025-02-13T10:04:05+01:00"
SECOND = "2025-03-01T08:00:00+00:00"


def two_commits(root: Path) -> tuple[str, str]:
    """The base corpus added, then: a group edited, a place renamed, an event deleted, a non-record file added."""
    shutil.copytree(FIXTURES / "base", root)
    init(root)
    first = commit_all(root, "Add the base corpus", author="Ann Editor", date=FIRST)
    group = root / "content" / "group" / "sable-harbour-guard.yaml"
    group.write_text(group.read_text() + "description: A militia of the port.\n")
    git(root, "mv", "content/place/port-sable.yaml", "content/place/port-of-sable.yaml")
    (root / "content" / "event" / "harbour-guard-withdrawal.yaml").unlink()
    (root / "content" / "README.md").write_text("Records live here.\n")
    second = commit_all(root, "Edit the guard; rename the port; drop the event", author="Bo Reviewer", date=SECOND)
    return first, second


@pytest.fixture
def repo(tmp_path: Path) -> tuple[Project, str, str]:
    root = tmp_path / "project"
    first, second = two_commits(root)
    return Project(root), first, second


def test_changes_newest_first_with_committer_dates_and_authors(repo):
    project, first, second = repo
    changes = content_changes(project)
    assert [c.commit for c in changes] == [second] * 3 + [first] * 8
    assert {c.date for c in changes} == {FIRST, SECOND}
    assert {c.author for c in changes if c.commit == second} == {"Bo Reviewer"}
    assert all(c.path.startswith("content/") and c.path.endswith(".yaml") for c in changes)


def test_each_kind_of_change(repo):
    project, _first, second = repo
    by_id = record_history(project)
    assert [c.kind for c in by_id["sable-harbour-guard"]] == ["modified", "added"]
    assert [c.kind for c in by_id["harbour-guard-withdrawal"]] == ["deleted", "added"]
    assert [c.kind for c in by_id["ilse-marrow"]] == ["added"]
    assert by_id["sable-harbour-guard"][0] == Change(
        second,
        SECOND,
        "Bo Reviewer",
        "modified",
        "content/group/sable-harbour-guard.yaml",
        None,
        "Edit the guard; rename the port; drop the event",
    )


def test_a_renamed_record_keeps_its_history_under_its_new_id(repo):
    project, first, _second = repo
    by_id = record_history(project)
    assert "port-sable" not in by_id
    renamed, added = by_id["port-of-sable"]
    assert (renamed.kind, renamed.path, renamed.old_path) == (
        "renamed",
        "content/place/port-of-sable.yaml",
        "content/place/port-sable.yaml",
    )
    assert (added.kind, added.path, added.commit) == ("added", "content/place/port-sable.yaml", first)


def test_files_that_are_not_records_are_ignored(repo):
    project, _, _ = repo
    assert "README" not in record_history(project)
    assert all(
        c.record_type in ("source", "group", "actor", "place", "event", "claim", "denial")
        for c in content_changes(project)
    )


def test_last_updated_is_the_newest_change(repo):
    project, _, _ = repo
    dates = last_updated(record_history(project))
    assert dates["sable-harbour-guard"] == SECOND and dates["ilse-marrow"] == FIRST
    assert len(dates) == 8


def test_same_answer_every_time(repo):
    project, _, _ = repo
    assert record_history(project) == record_history(project)


def test_one_git_call(repo, monkeypatch):
    project, _, _ = repo
    calls = []
    real_run = subprocess.run
    monkeypatch.setattr(history.subprocess, "run", lambda cmd, **kw: calls.append(cmd) or real_run(cmd, **kw))
    record_history(project)
    assert len(calls) == 1 and calls[0][0] == "git" and "log" in calls[0]


def test_a_move_git_does_not_pair_counts_once(tmp_path):
    root = tmp_path / "project"
    (root / "content" / "group").mkdir(parents=True)
    (root / "content" / "group" / "x.yaml").write_text("name: X\nkind: militia\n")
    init(root)
    commit_all(root, "add x", date=FIRST)
    (root / "content" / "group" / "x.yaml").unlink()
    (root / "content" / "actor").mkdir()
    (root / "content" / "actor" / "x.yaml").write_text("name: Someone else entirely\nkind: person\nroles: []\n")
    commit_all(root, "x is an actor now", date=SECOND)
    changes = record_history(Project(root))["x"]
    assert [(c.kind, c.path) for c in changes] == [
        ("modified", "content/actor/x.yaml"),
        ("added", "content/group/x.yaml"),
    ]


def test_project_in_a_subfolder_of_the_repository(tmp_path):
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURES / "base", repo / "site")
    (repo / "content" / "group").mkdir(parents=True)
    (repo / "content" / "group" / "elsewhere.yaml").write_text("name: Not this project's\n")
    init(repo)
    commit_all(repo, "a project in site/ beside another content folder")
    by_id = record_history(Project(repo / "site"))
    assert by_id["ilse-marrow"][0].path == "content/actor/ilse-marrow.yaml"
    assert "elsewhere" not in by_id and len(by_id) == 8


def test_no_git_repository_means_no_history(tmp_path):
    shutil.copytree(FIXTURES / "base", tmp_path / "project")
    assert record_history(Project(tmp_path / "project")) == {}


def test_a_repository_without_commits_has_no_history(tmp_path):
    shutil.copytree(FIXTURES / "base", tmp_path / "project")
    init(tmp_path / "project")
    assert record_history(Project(tmp_path / "project")) == {}


def test_without_git_installed_there_is_no_history(repo, monkeypatch):
    project, _, _ = repo
    monkeypatch.setenv("PATH", str(Path(project.root) / "no-such-bin"))
    assert record_history(project) == {}


def test_parser_takes_paths_by_position():
    """A path that looks like a hash or a status, and an empty subject, are read as what they are."""
    h1, h2 = "a" * 40, "b" * 40
    out = (
        f"{h1}\0{SECOND}\0Ann\0\0\0\nM\0content/group/{'c' * 40}.yaml\0R087\0content/group/M.yaml\0content/group/y.yaml\0"
        f"{h2}\0{FIRST}\0Bo\0merge\0\0"
    )
    changes = history._parse(out)
    assert [(c.commit, c.kind, c.path, c.old_path, c.subject) for c in changes] == [
        (h1, "modified", f"content/group/{'c' * 40}.yaml", None, ""),
        (h1, "renamed", "content/group/y.yaml", "content/group/M.yaml", ""),
    ]


def test_other_git_failures_are_reported(repo, monkeypatch):
    project, _, _ = repo
    failed = subprocess.CompletedProcess(["git"], 128, b"", b"fatal: detected dubious ownership in repository\n")
    monkeypatch.setattr(history.subprocess, "run", lambda cmd, **kw: failed)
    with pytest.raises(history.HistoryError, match="dubious ownership"):
        record_history(project)


def test_history_reasons_replace_a_commits_subject_by_full_hash_or_prefix(repo):
    project, first, second = repo
    project.history_reasons.write_text(
        f"# readers' words for commits whose subject was not for them\n{first[:7]}: Add the  harbour records\n"
        f"{second}: ''\n"
    )
    by_id = record_history(project)
    assert {c.subject for c in by_id["ilse-marrow"]} == {"Add the harbour records"}
    assert by_id["sable-harbour-guard"][0].subject == ""  # shows no reason
    assert read_reasons(project).issues == []


def test_history_reasons_badly_written_entries_are_reported_and_not_used(repo):
    project, first, _ = repo
    project.history_reasons.write_text(f"{first[:6]}: too short\nHEAD: not a hash\n{first[:8]}:\n  - a list\n")
    reasons = read_reasons(project)
    assert reasons.texts == {}
    assert [(i.path, i.line, i.col, i.code) for i in reasons.issues] == [
        ("history-reasons.yaml", 1, 1, "history-reason"),
        ("history-reasons.yaml", 2, 1, "history-reason"),
        ("history-reasons.yaml", 4, 3, "history-reason"),
    ]
    assert {c.subject for c in record_history(project)["ilse-marrow"]} == {"Add the base corpus"}


def test_history_reasons_an_empty_file_or_none_gives_no_reasons(repo):
    project, _, _ = repo
    assert read_reasons(project) == Reasons()
    project.history_reasons.write_text("# nothing yet\n")
    assert read_reasons(project) == Reasons()


def test_match_reasons_takes_a_prefix_only_when_it_names_one_commit():
    commits = {"abcdef1" + "0" * 33, "abcdef2" + "0" * 33, "1234567" + "f" * 33}
    found = match_reasons({"abcdef": "x", "abcdef1": "y", "1234567fff": "z", "9999999": "w"}, commits)
    assert found == {"abcdef1": "abcdef1" + "0" * 33, "1234567fff": "1234567" + "f" * 33}


def test_a_reason_folded_over_lines_reads_as_one_line(repo):
    project, first, _ = repo
    project.history_reasons.write_text(f"{first[:10]}: >\n  Add the harbour\n  records\n")
    assert read_reasons(project).texts == {first[:10]: "Add the harbour records"}
