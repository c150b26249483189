"""The editors' tooling is real: records pass the YAML lint, and hooks and workflows call commands that exist."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from tests.conftest import REPO
from tests.test_cli import run


def test_records_pass_yamllint_with_the_project_config():
    folders = ["content", "tests/fixtures/base/content", "tests/fixtures/minimal/content"]
    out = subprocess.run([sys.executable, "-m", "yamllint", "-c", ".yamllint.yaml", "-f", "parsable", *folders],
                         cwd=REPO, capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 0, out.stdout + out.stderr


def test_yamllint_config_catches_what_the_loader_calls_ambiguous(tmp_path):
    bad = tmp_path / "x.yaml"
    bad.write_text("name: X\nkind: no\n")
    out = subprocess.run([sys.executable, "-m", "yamllint", "-c", str(REPO / ".yamllint.yaml"), "-f", "parsable", str(bad)],
                         capture_output=True, text=True)  # fmt: skip
    assert out.returncode == 1 and "truthy" in out.stdout


def _commands_in(path) -> list[list[str]]:
    """The factsheet commands a YAML file runs through tasks.py, as argument lists."""
    text = path.read_text()
    found = re.findall(r"python3 tasks\.py ([a-z-]+)", text)
    return sorted(set(found))


@pytest.mark.parametrize("config", [".pre-commit-config.yaml", ".github/workflows/factsheet.yml"])
def test_hooks_and_workflow_call_real_commands(config):
    path = REPO / config
    yaml.safe_load(path.read_text())  # well-formed
    commands = _commands_in(path)
    assert commands
    for command in commands:
        if command in ("test", "build"):
            continue  # tasks.py's own tasks
        out = run(command, "--help")
        assert out.returncode == 0, f"{config} runs `factsheet {command}`, which does not exist"
