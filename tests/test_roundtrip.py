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
    data = {"summary": LONG, "claimant": {"described_as": "an official"}, "status": "draft",
            "citations": [{"source": "s", "quote": LONG + " " + LONG, "paragraph": 3}]}  # fmt: skip
    path = tmp_path / "claim" / "c.yaml"
    create_record(path, "claim", data)
    text = path.read_text()
    assert all(line == line.rstrip() for line in text.splitlines())
    assert yaml.safe_load(text) == data


def test_yamllint_accepts_written_records(tmp_path):
    pytest.importorskip("yamllint")
    path = tmp_path / "claim" / "c.yaml"
    create_record(path, "claim", {"summary": LONG * 2, "claimant": {"actor": "petra-lind"}})
    out = subprocess.run([sys.executable, "-m", "yamllint", "-c", str(REPO / ".yamllint.yaml"), str(path)],
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stdout
