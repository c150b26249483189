"""Fixtures for ingest tests: a private project, and the made-up articles under tests/fixtures/articles/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.commands.common import Settings
from generator.project import Project
from tests.conftest import FIXTURES

ARTICLES = FIXTURES / "articles"


@pytest.fixture
def minimal_project(tmp_path: Path) -> Project:
    """A private copy of tests/fixtures/minimal (the fictional Veloria corpus)."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", root)
    return Project(root)


def invoke(command, project: Project, *args: str):
    """Run a command object as the CLI would, on ``project``; exceptions are returned, not raised."""
    return CliRunner().invoke(command, list(args), obj=Settings(project.root, quiet=True))


@pytest.fixture
def cli_main():
    """``generator.cli.main`` with ingest and draft registered (the lead adds them to cli.py; until then, here)."""
    from generator.cli import cli, main
    from generator.commands import draft, ingest

    added = [c for c in (ingest.command, draft.command) if c.name not in cli.commands]
    for command in added:
        cli.add_command(command)

    def run(*args: str) -> int:
        try:
            main(list(args))
        except SystemExit as exc:
            return exc.code
        return 0

    yield run
    for command in added:
        cli.commands.pop(command.name, None)
