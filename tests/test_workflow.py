"""The GitHub workflow: valid by GitHub's own schema, and run where the tests' assumptions hold.

The schema is the one check-jsonschema vendors (``vendor.github-workflows``), so this runs offline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from tests.render.kit import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_workflow_matches_githubs_schema():
    assert WORKFLOWS
    for path in WORKFLOWS:
        out = _check(path)
        assert out.returncode == 0, out.stdout + out.stderr


def test_the_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOWS[0].read_text().replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", 1))
    out = _check(broken)
    assert out.returncode != 0 and "runs_on" in out.stdout + out.stderr


def test_the_test_job_runs_as_root_in_debian():
    """tasks.py installs chromium and Java with apt-get only as root: GitHub's runners are neither root nor Debian."""
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "factsheet.yml").read_text())
    jobs = workflow["jobs"]
    testing = [job for job in jobs.values() if any("tasks.py test" in step.get("run", "") for step in job["steps"])]
    assert len(testing) == 1
    image = testing[0]["container"]["image"]
    assert image.startswith("python:3.11-") and "bookworm" in image
    assert (
        testing[0]["container"].get("options", "").find("--user") == -1
    )  # the container's root, not the runner's user
