"""Validate stage: load every record, then run the registered cross-record checks.

``check_project`` is the one entry point: it returns the corpus of records
that loaded and every issue found, sorted. Callers decide what an error means
for them (validate exits 1; build refuses to build).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.errors import Issue
from generator.load import load_records
from generator.load.records import FileMemo
from generator.model.corpus import Corpus
from generator.project import Project
from generator.validate import citations, consistency, identity, provenance, reasons, references  # noqa: F401 - registers checks
from generator.validate.registry import CHECKS, Context


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Loading creates many long-lived objects and few cycles; the default collector thresholds
    make each full collection rescan them all, which turns linear loading superlinear."""
    old = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def check_project(
    project: Project, content_dir: Path | None = None, memo: FileMemo | None = None
) -> tuple[Corpus, list[Issue]]:
    """Load and check a project's records; returns the loaded corpus and every issue, sorted.

    ``memo`` lets a long-running caller skip re-reading unchanged files (see :func:`load_records`);
    the checks across records always run in full.
    """
    with _fewer_collections():
        shown = lambda path: str(project.relative(path))  # noqa: E731
        corpus, issues = load_records(content_dir or project.content_dir, shown, memo)
        ctx = Context(corpus, project)
        for run in CHECKS.values():
            issues.extend(run(ctx))
    return corpus, sorted(set(issues))


def has_errors(issues: list[Issue], strict: bool = False) -> bool:
    """Whether the issues fail the run: any error, or with ``strict`` any warning too."""
    return any(i.severity == "error" or strict for i in issues)


__all__ = ["CHECKS", "check_project", "has_errors"]
