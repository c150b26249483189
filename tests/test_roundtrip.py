"""Records the tool writes (ingest, draft, new) pass the project's yamllint configuration and load unchanged."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from generator.roundtrip import create_record
from tests.conftest import REPO

LONG = "Petra Lind said the gunmen belonged to the Grey Banner Brigade, a militia that fought for the Ostravian government."


def test_no_trailing_spaces_and_the_same_data(tmp_path):
    data = {
        "summary": LONG,
        "claimant": {"described_as": "an official"},
        "status": "draft",
        "citations": [{"source": "s", "quote": LONG + " " + LONG, "paragraph": 3}],
    }
    path = tmp_path / "claim" / "c.yaml"
    create_record(path, "claim", data)
    text = path.read_text()
    assert all(line == line.rstrip() for line in text.splitlines())
    assert yaml.safe_load(text) == data


def test_yamllint_accepts_written_records(tmp_path):
    pytest.importorskip("yamllint")
    path = tmp_path / "claim" / "c.yaml"
    create_record(path, "claim", {"summary": LONG * 2, "claimant": {"actor": "petra-lind"}})
    out = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", str(REPO / ".yamllint.yaml"), str(path)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout


def test_line_separators_are_written_as_escapes_the_loader_accepts():
    # Written as themselves, U+2028 and U+2029 mean a line break to YAML 1.1 and a character to 1.2.
    from generator.load.yamldoc import parse_document
    from generator.roundtrip import dump_record

    data = {"name": "Line\u2028Brigade", "kind": "militia", "description": "One\nTwo\u2029three"}
    text = dump_record("group", data)
    assert "\u2028" not in text and "\u2029" not in text
    doc, issues = parse_document(text.encode(), "group.yaml")
    assert issues == [] and doc.data == data
