"""Shared fixtures: copies of the small corpora under tests/fixtures/, so tests may change them freely."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.project import Project
from generator.validate import check_project

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
