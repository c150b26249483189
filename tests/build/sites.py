"""Projects for the tests that build real sites: the seed corpus, the minimal fixture, the hostile fixture.

Each copies the records and archives into a fresh folder with the repository's
templates and mkdocs.yml. ``with_git`` commits them (fixed author and dates) so
that "last updated" has a history to read.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator.project import Project
from tests.export.gitrepo import commit_all, init
from tests.render.kit import REPO

MINIMAL = REPO / "tests" / "fixtures" / "minimal"
HOSTILE = REPO / "tests" / "fixtures" / "hostile"
BIG_DESCRIPTION_BYTES = 1_000_000


def project_from(root: Path, source: Path) -> Project:
    """A project at ``root`` with ``source``'s content/ and seeds/ and the repository's templates and mkdocs.yml."""
    root.mkdir(parents=True)
    for folder in ("content", "seeds"):
        shutil.copytree(source / folder, root / folder)
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return Project(root)


def seed_project(root: Path) -> Project:
    """The seed article's corpus (content/ of this repository), committed in one commit."""
    project = project_from(root, REPO)
    with_git(project)
    return project


def hostile_project(root: Path) -> Project:
    """tests/fixtures/hostile, with one description blown up to 1 MB (too big to keep in the repository)."""
    project = project_from(root, HOSTILE)
    path = project.content_dir / "place" / "evilton.yaml"
    filler = "<script>alert('big')</script> " + "lorem ipsum dolor sit amet " * (BIG_DESCRIPTION_BYTES // 27 + 1)
    lines = [
        f"description: {json.dumps(filler[:BIG_DESCRIPTION_BYTES])}" if line.startswith("description:") else line
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return project


def with_git(project: Project) -> None:
    """Commit everything, on a fixed date, as one editor."""
    init(project.root)
    commit_all(project.root, "Add the records", date="2025-02-20T09:00:00+00:00")
