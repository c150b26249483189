"""`factsheet export` with the new formats, end to end: stdout for one file, a folder for CSV."""

from __future__ import annotations

import json

from tests.test_cli import run


def test_csv_needs_a_folder(base_project):
    out = run("export", "--format", "csv", cwd=base_project.root)
    assert out.returncode == 2 and "-o FOLDER" in out.stderr


def test_csv_writes_a_file_per_type_and_statements(base_project, tmp_path):
    out = run("export", "--format", "csv", "-o", str(tmp_path / "csv"), cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == [
        "actor.csv",
        "claim.csv",
        "denial.csv",
        "event.csv",
        "group.csv",
        "place.csv",
        "source.csv",
        "statements.csv",
    ]


def test_single_file_formats_print_to_stdout(base_project):
    ftm = run("export", "--format", "ftm", cwd=base_project.root)
    assert ftm.returncode == 0, ftm.stderr
    assert all(json.loads(line)["id"].startswith("fs-") for line in ftm.stdout.splitlines())
    claims = run("export", "--format", "claimreview", cwd=base_project.root)
    assert json.loads(claims.stdout)["@context"] == "https://schema.org"
    feed = run("export", "--format", "atom", cwd=base_project.root)
    assert feed.returncode == 0 and "<feed" in feed.stdout
