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
    out = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", ".yamllint.yaml", "-f", "parsable", *folders],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_yamllint_config_catches_what_the_loader_calls_ambiguous(tmp_path):
    bad = tmp_path / "x.yaml"
    bad.write_text("name: X\nkind: no\n")
    out = subprocess.run(
        [sys.executable, "-m", "yamllint", "-c", str(REPO / ".yamllint.yaml"), "-f", "parsable", str(bad)],
        capture_output=True,
        text=True,
    )
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


def test_every_hook_is_local_and_runs_from_the_project_venv():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text())
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # nothing to fetch when committing
    for hook in config["repos"][0]["hooks"]:
        program = hook["entry"].split()[0]
        assert program == "python3" or (REPO / program).name in {"yamllint", "ruff", "mypy"}, hook["id"]


def test_pre_commit_runs_offline_in_a_fresh_clone(tmp_path):
    """The hooks need no network: run them in a clone, inside a network namespace with no interfaces."""
    import os
    import shutil

    if shutil.which("unshare") is None or subprocess.run(["unshare", "-n", "true"]).returncode != 0:
        pytest.skip("needs unshare -n (root) to take the network away")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    (clone / ".venv").symlink_to(REPO / ".venv")  # as `python3 tasks.py test` leaves a clone
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "SKIP": "mypy,factsheet-validate"}
    out = subprocess.run(
        ["unshare", "-n", str(REPO / ".venv" / "bin" / "pre-commit"), "run", "--all-files"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert "yamllint" in out.stdout and "ruff check" in out.stdout and "Passed" in out.stdout
