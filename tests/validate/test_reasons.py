"""history-reasons.yaml as `factsheet validate` checks it: well-formed entries that each name one commit."""

from __future__ import annotations

from generator.history import Change
from generator.validate import reasons
from tests.conftest import check
from tests.export.gitrepo import commit_all, git, init
from tests.test_cli import run


def test_validate_reports_a_bad_entry_and_warns_of_one_that_names_no_commit(base_project):
    init(base_project.root)
    commit = commit_all(base_project.root, "draft (en): tests first, 3 of 5 failed before")
    base_project.history_reasons.write_text(f"{commit[:10]}: Add the first records\nnot-a-hash: x\nabcdef0123: y\n")
    out = run("validate", cwd=base_project.root)
    assert out.returncode == 1
    assert "history-reasons.yaml:2:1: error[history-reason]: 'not-a-hash' is not a commit hash" in out.stderr
    assert "history-reasons.yaml:3:1: warning[history-reason-commit]: no commit that changed a record" in out.stderr
    assert "hint: copy the hash from `git log" in out.stderr
    assert "Traceback" not in out.stderr
    assert "history-reasons.yaml:1:" not in out.stderr  # the first entry names the commit


def test_a_prefix_of_two_commits_is_an_error(base_project, monkeypatch):
    """Seven hex digits shared by two commits are rare in a real repository; the check is given two such commits."""
    twins = ["abcdef1" + "0" * 33, "abcdef1" + "1" * 33]
    changes = [Change(c, "2031-01-01T00:00:00+00:00", "Ann", "added", "content/group/x.yaml") for c in twins]
    monkeypatch.setattr(reasons, "content_changes", lambda project: changes)
    base_project.history_reasons.write_text("abcdef1: Add X\n")
    _, issues = check(base_project)
    found = [i for i in issues if i.path == "history-reasons.yaml"]
    assert [(i.line, i.code, i.severity) for i in found] == [(1, "history-reason-commit", "error")]
    assert "starts the hashes of 2 commits" in found[0].message


def test_a_shallow_clone_does_not_warn_of_commits_it_did_not_fetch(base_project, tmp_path):
    root = base_project.root
    init(root)
    first = commit_all(root, "Add the first records")
    group = next((root / "content" / "group").glob("*.yaml"))
    group.write_text(group.read_text() + "description: A militia of the port.\n")
    (root / "history-reasons.yaml").write_text(f"{first[:10]}: Add the Veloria records\n")
    commit_all(root, "Describe the guard")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(clone))
    assert "history-reason" not in run("validate", "--strict", cwd=clone).stderr
    assert "warning[history-reason-commit]" not in run("validate", cwd=root).stderr  # the full repository has it


def test_a_project_with_no_history_does_not_warn_of_every_entry(base_project):
    """A source export without .git (a release tarball, a container's build context) has no commits to check the
    entries against, as a shallow clone lacks the older ones: `validate --strict` must not fail on it."""
    base_project.history_reasons.write_text("abcdef0123: Add the first records\n")
    out = run("validate", "--strict", cwd=base_project.root)
    assert "history-reason" not in out.stderr
    assert out.returncode == 0


def test_two_entries_that_name_one_commit_are_an_error(base_project):
    """Which of two reasons for one commit the site shows would hang on their order in the file."""
    init(base_project.root)
    commit = commit_all(base_project.root, "Add the first records")
    base_project.history_reasons.write_text(f"{commit[:7]}: Add the records\n{commit}: Add the Veloria records\n")
    _, issues = check(base_project)
    found = [i for i in issues if i.path == "history-reasons.yaml"]
    assert [(i.line, i.code, i.severity) for i in found] == [(2, "history-reason-commit", "error")]
    assert "line 1" in found[0].message
