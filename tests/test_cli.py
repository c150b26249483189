"""The `factsheet` command end to end, as a user runs it: exit codes, output formats, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__
from tests.conftest import FIXTURES

BROKEN = FIXTURES / "broken"


def run(*args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed command in a fresh process, the way editors and CI do."""
    environ = {k: v for k, v in os.environ.items() if k not in ("CI", "FACTSHEET_DEBUG")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, env=environ, capture_output=True, text=True, timeout=120
    )


def break_it(project, fixture: str) -> str:
    """Drop one broken fixture into the project; returns the path it occupies."""
    text = (BROKEN / fixture).read_text()
    place = text.splitlines()[0].removeprefix("# place: ")
    (project.root / place).write_text(text)
    return place


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"factsheet {__version__}"


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["validate"],
        ["schema"],
        ["export"],
        ["build"],
        ["serve"],
        ["ingest"],
        ["draft"],
        ["new"],
        ["review"],
        ["diff"],
    ],
)
def test_help_on_every_command(command):
    out = run(*command, "--help")
    assert out.returncode == 0 and "Usage: factsheet" in out.stdout


def test_valid_project_exits_zero(base_project):
    out = run("validate", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    assert "8 records valid" in out.stderr


def test_invalid_project_exits_one_with_every_error_and_no_traceback(base_project):
    first = break_it(base_project, "group_misspelled_kind.yaml")
    second = break_it(base_project, "claim_unknown_reference.yaml")
    out = run("validate", cwd=base_project.root)
    assert out.returncode == 1
    assert f"{first}:4:7: error[invalid-value]" in out.stderr
    assert f"{second}:5:10: error[unknown-reference]" in out.stderr
    assert "hint: did you mean 'militia'?" in out.stderr
    assert "Traceback" not in out.stderr + out.stdout
    assert out.stderr.index(second) < out.stderr.index(first)  # sorted by path


def test_json_format_is_machine_readable(base_project):
    place = break_it(base_project, "claim_quote_not_in_source.yaml")
    out = run("validate", "--format", "json", cwd=base_project.root)
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["errors"] == 1
    [issue] = report["issues"]
    assert (issue["path"], issue["line"], issue["col"], issue["code"]) == (place, 8, 12, "quote-not-found")


def test_github_format_annotates_the_line(base_project):
    place = break_it(base_project, "group_misspelled_field.yaml")
    out = run("validate", "--format", "github", cwd=base_project.root)
    assert out.returncode == 1
    assert out.stdout.startswith(f"::error file={place},line=5,col=1,title=unknown-field::unknown field 'aliasses'")


def test_strict_fails_on_warnings(base_project):
    break_it(base_project, "claim_denied_without_denial.yaml")
    assert run("validate", cwd=base_project.root).returncode == 0
    assert run("validate", "--strict", cwd=base_project.root).returncode == 1


def test_project_option_and_content_option(base_project, tmp_path):
    assert run("--project", str(base_project.root), "validate", cwd=tmp_path).returncode == 0
    assert run("validate", "--content", str(base_project.content_dir), cwd=tmp_path).returncode == 0


def test_found_from_a_subfolder(base_project):
    assert run("validate", cwd=base_project.content_dir / "group").returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--format", "yaml"],
        ["frobnicate"],
        ["--project", "/nonexistent/x", "validate"],
        ["export", "--format", "nope"],
    ],
)
def test_usage_errors_exit_two(args, base_project):
    out = run(*args, cwd=base_project.root)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr


def test_no_project_here_is_a_usage_error(tmp_path):
    out = run("validate", cwd=tmp_path)
    assert out.returncode == 2 and "no factsheet project" in out.stderr


def test_export_json_graph(base_project, tmp_path):
    out = run("export", "--format", "json", cwd=base_project.root)
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert doc["format"] == "factsheet-records" and doc["version"] == 1
    by_id = {r["id"]: r for r in doc["records"]}
    assert by_id["guards-took-weapons"]["type"] == "claim"
    assert by_id["ministry-denies-missing-weapons"]["claims"] == ["guards-took-weapons"]
    target = tmp_path / "out.json"
    assert run("export", "-o", str(target), cwd=base_project.root).returncode == 0
    assert target.read_text() == out.stdout  # deterministic, and the same through a file


def test_export_leaves_out_drafts(base_project):
    path = base_project.content_dir / "place" / "port-sable.yaml"
    path.write_text(path.read_text() + "status: draft\n")
    ids = {r["id"] for r in json.loads(run("export", cwd=base_project.root).stdout)["records"]}
    assert "port-sable" not in ids
    ids = {r["id"] for r in json.loads(run("export", "--drafts", cwd=base_project.root).stdout)["records"]}
    assert "port-sable" in ids


def test_export_refuses_invalid_content(base_project):
    break_it(base_project, "group_missing_kind.yaml")
    out = run("export", cwd=base_project.root)
    assert out.returncode == 1 and out.stdout == ""


def test_export_that_links_pages_names_a_broken_mkdocs_yml(base_project):
    """Formats that link to the site read mkdocs.yml as mkdocs does; one it rejects is an error, not a guess."""
    base_project.mkdocs_yml.write_text(
        "site_name: Facts\nsite_url: https://facts.example.org/\nuse_directory_urls: maybe\n"
    )
    (base_project.root / "docs").mkdir(exist_ok=True)
    out = run("export", "--format", "claimreview", cwd=base_project.root)
    assert out.returncode == 1 and out.stdout == "" and "Traceback" not in out.stderr
    assert "mkdocs.yml: mkdocs cannot read it" in out.stderr and "use_directory_urls" in out.stderr
    assert run("export", "--format", "json", cwd=base_project.root).returncode == 0  # records alone need no site


def test_schema_writes_one_file_per_type_and_never_over_a_curated_file(base_project):
    out = run("schema", cwd=base_project.root)
    assert out.returncode == 0
    written = sorted(p.name for p in base_project.schema_dir.iterdir())
    types = ("source", "group", "actor", "place", "event", "claim", "denial")
    assert written == sorted([f"{t}.schema.json" for t in types] + ["records-export.schema.json"])
    mine = base_project.schema_dir / "group.schema.json"
    mine.write_text('{"hand": "written"}')
    out = run("schema", cwd=base_project.root)
    assert out.returncode == 1 and "refusing to overwrite" in out.stderr
    assert mine.read_text() == '{"hand": "written"}'


def test_internal_errors_are_reported_without_a_traceback(base_project, monkeypatch, capsys):
    # The handler under test is main()'s; a check that crashes stands in for a bug anywhere below it.
    from generator import cli, validate

    def crash(ctx):
        raise RuntimeError("boom")

    monkeypatch.setitem(validate.CHECKS, "crash", crash)
    monkeypatch.delenv("FACTSHEET_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--project", str(base_project.root), "validate"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 3
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err


@pytest.mark.parametrize("target", ["content/place/port-sable.yaml", "seeds/out.json", "content"])
def test_export_never_writes_over_curated_files(base_project, target):
    before = {p: p.read_bytes() for p in base_project.root.rglob("*") if p.is_file()}
    out = run("export", "-o", target, cwd=base_project.root)
    assert out.returncode == 2 and "curated" in out.stderr
    assert {p: p.read_bytes() for p in base_project.root.rglob("*") if p.is_file()} == before
