"""Each record's history in readers' words and the corrections log, from a real git repository built here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.changelog import corrections_log, record_changelog
from generator.project import Project
from generator.validate import check_project
from tests.conftest import FIXTURES
from tests.export.gitrepo import commit_all, init

DATES = (
    "2031-03-05T09:00:00+00:00",
    "2031-03-06T09:00:00+00:00",
    "2031-03-07T09:00:00+00:00",
    "2031-03-08T09:00:00+00:00",
    "2031-03-09T09:00:00+01:00",
)
CLAIM = Path("content/claim/guards-took-weapons.yaml")
GROUP = Path("content/group/sable-harbour-guard.yaml")
FULL_QUOTE = "A port official told the Courier that the guards had taken weapons from the armoury."


def edit(root: Path, path: Path, old: str, new: str) -> None:
    text = (root / path).read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    (root / path).write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> tuple[Project, list[str]]:
    """The base corpus, then four commits: a status change, a reformat, an alias, a corrected quotation."""
    root = tmp_path_factory.mktemp("changelog") / "project"
    shutil.copytree(FIXTURES / "base", root)
    init(root)
    edit(root, CLAIM, "claim_status: denied", "claim_status: alleged")
    edit(root, CLAIM, f"quote: {FULL_QUOTE}", "quote: the guards had taken weapons from the armoury.")
    commits = [commit_all(root, "Add the base corpus", date=DATES[0])]
    edit(root, CLAIM, "claim_status: alleged", "claim_status: denied")
    commits.append(commit_all(root, "Record the ministry's denial", author="Bo Reviewer", date=DATES[1]))
    edit(root, GROUP, "name: Sable Harbour Guard", "# the name as the Courier writes it\nname: 'Sable Harbour Guard'")
    commits.append(commit_all(root, "Tidy the group's file", date=DATES[2]))
    edit(root, GROUP, "aliases:\n", "aliases:\n  - name: Guards of the Port\n")
    commits.append(commit_all(root, "Add the English name", date=DATES[3]))
    edit(root, CLAIM, "quote: the guards had taken weapons from the armoury.", f"quote: {FULL_QUOTE}")
    message = (
        "Quote the official in full\n\nThe Courier names its source.\n\nCorrection: the quotation left out who said it"
    )
    commits.append(commit_all(root, message, date=DATES[4]))
    return Project(root), commits


@pytest.fixture(scope="module")
def changelog(repo):
    project, _ = repo
    corpus, _issues = check_project(project)
    return record_changelog(project, corpus)


def test_a_claims_history_newest_first_in_readers_words(changelog, repo):
    _, commits = repo
    entries = changelog["guards-took-weapons"]
    assert [e.commit for e in entries] == [commits[4], commits[1], commits[0]]
    assert [[w.text for w in e.changes] for e in entries] == [
        ["quotation corrected (Veloria Courier)"],
        ["claim status changed from alleged to denied"],
        [],
    ]
    assert [e.kind for e in entries] == ["modified", "modified", "added"]
    assert [e.reason for e in entries] == [
        "Quote the official in full",
        "Record the ministry's denial",
        "Add the base corpus",
    ]
    assert [e.is_correction for e in entries] == [True, False, False]
    assert entries[0].corrections == ("the quotation left out who said it",)


def test_a_reformat_is_not_listed_and_an_alias_is_named(changelog, repo):
    _, commits = repo
    entries = changelog["sable-harbour-guard"]
    assert [e.commit for e in entries] == [commits[3], commits[0]]
    assert [w.text for w in entries[0].changes] == ["alias added: Guards of the Port"]


def test_the_corrections_log_says_what_was_wrong_and_what_it_says_now(changelog, repo):
    _, commits = repo
    (correction,) = corrections_log(changelog)
    assert (correction.record_id, correction.commit, correction.date) == ("guards-took-weapons", commits[4], DATES[4])
    assert correction.wrong == "the quotation left out who said it"
    (change,) = correction.changes
    assert (change.was, change.now) == ("the guards had taken weapons from the armoury.", FULL_QUOTE)


def test_outside_git_there_is_no_history(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", root)
    project = Project(root)
    corpus, _ = check_project(project)
    assert record_changelog(project, corpus) == {}
    assert corrections_log({}) == ()


def test_statements_are_worded_one_by_one_and_repeats_are_counted(repo):
    from generator.changelog import collapse, describe
    from generator.diff import field_changes

    project, _ = repo
    corpus, _issues = check_project(project)
    cite = {"source": "veloria-courier-2031", "quote": "left Port Sable on Monday"}
    before = {"name": "Sable Harbour Guard", "status_history": [{"status": "alleged", "date": "2031-03"}]}
    after = {
        "name": "Sable Harbour Guard",
        "aliases": [{"name": "Harbour Guard"}],  # the record's first alias: the list itself is new
        "status_history": [{"status": "alleged", "date": "2031-03"}, {"status": "denied", "date": "2031-03-09"}],
        "not_same_as": [{"record": "port-sable", "reason": "A place, not a militia."}],
        "citations": [cite, {**cite, "quote": "left Port Sable"}],
    }
    words = [w.text for w in describe(field_changes(before, after), corpus)]
    assert words == [
        "alias added: Harbour Guard",
        "recorded as not the same as Port Sable",
        "status change added: denied from 2031-03-09",
        "citation added from Veloria Courier",
        "citation added from Veloria Courier",
    ]
    assert collapse(words) == [*words[:3], "2 citations added from Veloria Courier"]
