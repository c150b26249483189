"""Where a project's parts live: content/, seeds/, templates/, mkdocs.yml, site/.

Every command works on the project in the current directory or the one
``--project DIR`` names, never on a path inside the installed package.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from generator.errors import UsageError


@dataclass(frozen=True)
class Project:
    """The folders and files of one factsheet project, all absolute."""

    root: Path

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", Path(self.root).resolve())

    @property
    def content_dir(self) -> Path:
        """One YAML file per record: content/<type>/<id>.yaml."""
        return self.root / "content"

    @property
    def seeds_dir(self) -> Path:
        """Archived source texts that quotes are checked against."""
        return self.root / "seeds"

    @property
    def templates_dir(self) -> Path:
        """Jinja templates, one per record type and index page."""
        return self.root / "templates"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def build_dir(self) -> Path:
        """Generated intermediate files (Markdown pages, state); safe to delete."""
        return self.root / "build"

    @property
    def docs_dir(self) -> Path:
        """The generated Markdown (and downloads), which factsheet's plugin adds to mkdocs' own docs_dir."""
        return self.build_dir / "docs"

    @property
    def site_dir(self) -> Path:
        """The built website."""
        return self.root / "site"

    @property
    def history_reasons(self) -> Path:
        """Readers' words for commits whose subject line was not written for them (see generator.history)."""
        return self.root / "history-reasons.yaml"

    @property
    def schema_dir(self) -> Path:
        """JSON Schemas for editors' YAML language servers."""
        return self.root / "schema"

    def is_curated(self, path: Path) -> bool:
        """Whether ``path`` is, or lies inside, something editors write by hand, which the tool must never replace."""
        target = Path(os.path.abspath(path))
        curated = (
            self.content_dir,
            self.seeds_dir,
            self.templates_dir,
            self.root / "docs",
            self.mkdocs_yml,
            self.history_reasons,
        )
        return any(target == c or target.is_relative_to(c) for c in curated)

    def relative(self, path: Path) -> Path:
        """``path`` relative to the project root when inside it, for messages."""
        # abspath, not resolve: a link must be named where it is, not where it points
        try:
            return Path(os.path.abspath(path)).relative_to(self.root)
        except ValueError:
            return path


def find_project(start: Path | None = None, content: Path | None = None) -> Project:
    """The project at ``start`` (default: the current directory) or its nearest ancestor with a content/ folder.

    ``content`` overrides where records are read from; the project root is then the
    folder that holds it, unless ``start`` was given explicitly.
    """
    if content is not None and start is None:
        content = content.resolve()
        if not content.is_dir():
            raise UsageError(
                f"no content folder at {content}", hint="pass the folder that holds <type>/<id>.yaml files"
            )
        return Project(content.parent)
    here = (start or Path.cwd()).resolve()
    if start is not None:
        if not here.is_dir():
            raise UsageError(f"no project folder at {here}", hint="--project takes a folder holding content/")
        return Project(here)
    for candidate in (here, *here.parents):
        if (candidate / "content").is_dir():
            return Project(candidate)
    raise UsageError(
        f"no factsheet project in {here} or its parents",
        hint="run inside a folder that holds content/, or pass --project DIR",
    )
