"""Faults that are not inside one record: file placement, names, links, archives and checksums."""

from __future__ import annotations

import os

from tests.conftest import check

SOURCE = "content/source/veloria-courier-2031.yaml"
ARCHIVE = "seeds/veloria-courier-2031.txt"


def _only(issues, code):
    found = [i for i in issues if i.code == code]
    assert found, "\n".join(i.text() for i in issues) or "no issues at all"
    return found


def test_base_fixture_is_valid(base_project):
    corpus, issues = check(base_project)
    assert issues == []
    assert {r.TYPE for r in corpus} == {"source", "group", "actor", "place", "event", "claim", "denial"}


def test_file_directly_in_content_is_misplaced(base_project):
    (base_project.content_dir / "stray.yaml").write_text("name: Stray\n")
    [issue] = _only(check(base_project)[1], "misplaced-file")
    assert issue.path == "content/stray.yaml"


def test_unknown_type_folder_is_misplaced(base_project):
    (base_project.content_dir / "widget").mkdir()
    (base_project.content_dir / "widget" / "w.yaml").write_text("name: W\n")
    [issue] = _only(check(base_project)[1], "misplaced-file")
    assert issue.path == "content/widget" and "not a record type" in issue.message


def test_yml_extension_gets_a_rename_hint(base_project):
    (base_project.content_dir / "group" / "short-ext.yml").write_text("name: S\nkind: militia\n")
    [issue] = _only(check(base_project)[1], "misplaced-file")
    assert issue.hint == "rename it to short-ext.yaml"


def test_file_name_that_is_not_a_slug(base_project):
    (base_project.content_dir / "group" / "Bad_Name.yaml").write_text("name: B\nkind: militia\n")
    [issue] = _only(check(base_project)[1], "invalid-id")
    assert issue.path == "content/group/Bad_Name.yaml"


def test_same_id_in_two_types_is_reported_on_both(base_project):
    twin = base_project.content_dir / "actor" / "port-sable.yaml"
    twin.write_text((base_project.content_dir / "actor" / "veloria-interior-ministry.yaml").read_text())
    found = _only(check(base_project)[1], "duplicate-id")
    assert {i.path for i in found} == {"content/actor/port-sable.yaml", "content/place/port-sable.yaml"}


def test_symlinked_record_is_refused(base_project, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("name: Outside\nkind: militia\n")
    os.symlink(outside, base_project.content_dir / "group" / "linked.yaml")
    [issue] = _only(check(base_project)[1], "symlink")
    assert issue.path == "content/group/linked.yaml"


def test_symlink_in_seeds_is_refused(base_project, tmp_path):
    (tmp_path / "secret.txt").write_text("secret")
    os.symlink(tmp_path / "secret.txt", base_project.seeds_dir / "secret.txt")
    [issue] = _only(check(base_project)[1], "symlink")
    assert issue.path == "seeds/secret.txt"


def test_archive_that_no_source_uses_is_an_orphan(base_project):
    (base_project.seeds_dir / "forgotten.txt").write_text("Nobody cites this.\n")
    [issue] = _only(check(base_project)[1], "orphan-file")
    assert issue.path == "seeds/forgotten.txt"


def _set_archive(project, value: str) -> None:
    path = project.root / SOURCE
    text = path.read_text().replace(f"archive: {ARCHIVE}", f"archive: {value}")
    path.write_text(text)


def test_archive_path_climbing_out_of_seeds(base_project):
    _set_archive(base_project, "seeds/../../etc/passwd")
    [issue] = _only(check(base_project)[1], "archive-outside")
    assert (issue.path, issue.line) == (SOURCE, 6)


def test_absolute_archive_path(base_project):
    _set_archive(base_project, "/etc/passwd")
    _only(check(base_project)[1], "archive-outside")


def test_archive_link_leading_outside(base_project, tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("x")
    os.symlink(tmp_path / "elsewhere", base_project.seeds_dir / "linked")
    _set_archive(base_project, "seeds/linked/x.txt")
    assert "archive-outside" in {i.code for i in check(base_project)[1]}


def test_missing_archive(base_project):
    (base_project.root / ARCHIVE).unlink()
    [issue] = _only(check(base_project)[1], "archive-missing")
    assert issue.path == SOURCE


def test_changed_archive_fails_its_checksum_and_says_the_new_one(base_project):
    archive = base_project.root / ARCHIVE
    archive.write_text(archive.read_text() + "\nA paragraph added later.\n")
    [issue] = _only(check(base_project)[1], "checksum-mismatch")
    assert issue.path == SOURCE and issue.line == 7
    import hashlib

    assert hashlib.sha256(archive.read_bytes()).hexdigest() in issue.hint


def test_quote_matching_tolerates_only_whitespace_quote_and_dash_styles(base_project):
    claim = base_project.content_dir / "claim" / "guards-took-weapons.yaml"
    text = claim.read_text()
    loose = text.replace("A port official told the Courier that", "A  port\u00a0official told the Courier that")
    claim.write_text(loose)
    assert check(base_project)[1] == []
    claim.write_text(text.replace("A port official", "a port official"))
    assert [i.code for i in check(base_project)[1]] == ["quote-not-found"]


def test_every_error_is_reported_in_one_run(base_project):
    (base_project.content_dir / "group" / "a.yaml").write_text("name: A\nkind: milita\n")
    (base_project.content_dir / "group" / "b.yaml").write_text("name: B\nkind: militia\nfoo: 1\n")
    (base_project.content_dir / "claim" / "c.yaml").write_text("summary: C\nclaimant:\n  actor: ghost\ncitations: []\n")
    issues = check(base_project)[1]
    assert {(i.path, i.code) for i in issues} >= {
        ("content/group/a.yaml", "invalid-value"),
        ("content/group/b.yaml", "unknown-field"),
        ("content/claim/c.yaml", "uncited"),
    }
    assert issues == sorted(issues)


def test_empty_file(base_project):
    (base_project.content_dir / "group" / "empty.yaml").write_bytes(b"")
    [issue] = _only(check(base_project)[1], "empty-file")
    assert (issue.path, issue.line, issue.col) == ("content/group/empty.yaml", 1, 1)


def test_references_to_a_broken_record_do_not_cascade(base_project):
    # The ministry's file breaks; the denial that names it must not add an unknown-reference error.
    (base_project.content_dir / "actor" / "veloria-interior-ministry.yaml").write_text("name: [unclosed\n")
    issues = check(base_project)[1]
    assert [i.code for i in issues] == ["yaml-syntax"]


def test_drafts_may_lack_citations_but_are_told(base_project):
    (base_project.content_dir / "claim" / "draft-claim.yaml").write_text(
        "summary: Someone said something.\nclaimant:\n  described_as: someone\nstatus: draft\n"
    )
    (base_project.content_dir / "group" / "draft-group.yaml").write_text("name: D\nkind: militia\nstatus: draft\n")
    issues = check(base_project)[1]
    assert {(i.path, i.code, i.severity) for i in issues} == {
        ("content/claim/draft-claim.yaml", "uncited", "warning"),
        ("content/group/draft-group.yaml", "uncited", "warning"),
    }
