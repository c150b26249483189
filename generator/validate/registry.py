"""The registry of cross-record checks that run once every record has loaded.

A check is a function ``(context) -> Iterable[Issue]``; registering it is all
it takes to have ``factsheet validate`` run it. Checks never raise for bad
content: they report and go on, so one run shows every problem.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.errors import Issue
from generator.model.corpus import Corpus
from generator.project import Project


@dataclass
class Context:
    """What a check may look at: the loaded corpus and the project's folders."""

    corpus: Corpus
    project: Project

    def shown(self, path) -> str:
        return str(self.project.relative(path))


Check = Callable[[Context], Iterable[Issue]]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    """Register a check under ``name``; order of registration is order of running."""

    def register(fn: Check) -> Check:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = fn
        return fn

    return register
