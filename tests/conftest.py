"""Shared fixtures: copies of the small corpora under tests/fixtures/, so tests may change them freely."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from generator.project import Project
from generator.validate import check_project

# In CI the property tests draw the same examples on every run (a failure there is then a change's, not a new draw's);
# on a developer's machine they draw afresh each run, to find cases no one listed.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


@pytest.fixture
def base_project(tmp_path: Path) -> Project:
    """A private copy of tests/fixtures/base: the smallest valid corpus, one record of each type."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", root)
    return Project(root)


def check(project: Project):
    """Validate a project; returns (corpus, issues)."""
    return check_project(project)


def codes(issues) -> list[str]:
    return [i.code for i in issues]


@pytest.fixture
def site_project(tmp_path: Path) -> Project:
    """A private copy of tests/fixtures/minimal with the repository's templates and mkdocs.yml: a buildable site."""
    root = tmp_path / "site-project"
    shutil.copytree(FIXTURES / "minimal", root)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return Project(root)
