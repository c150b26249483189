"""What every command shares: the global options, and loading the project with its issues reported."""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator.errors import ContentError, format_issues, summary
from generator.model.corpus import Corpus
from generator.project import Project, find_project

FORMATS = ("text", "json", "github")


class Settings:
    """Options given before the command name, shared by every command."""

    def __init__(self, project_dir: Path | None, quiet: bool) -> None:
        self.project_dir = project_dir
        self.quiet = quiet or bool(os.environ.get("CI"))

    def project(self, content: Path | None = None) -> Project:
        return find_project(self.project_dir, content)

    def say(self, message: str) -> None:
        """Progress and summaries for people at a terminal; silent with --quiet or in CI."""
        if not self.quiet:
            click.echo(message, err=True)


pass_settings = click.make_pass_decorator(Settings)


def check_content(
    settings: Settings, content: Path | None = None, fmt: str = "text", strict: bool = False
) -> tuple[Project, Corpus]:
    """Load and validate; print the issues; return the corpus, or raise ContentError when it fails."""
    from generator.validate import check_project, has_errors

    project = settings.project(content)
    corpus, issues = check_project(project, content.resolve() if content else None)
    failed = has_errors(issues, strict)
    if fmt == "text":
        if issues:
            click.echo(format_issues(issues, "text"), err=True)
        if issues or not settings.quiet:
            click.echo(summary(issues, len(corpus.records) + len(corpus.invalid)), err=True)
    elif fmt == "json":
        click.echo(format_issues(issues, "json"))
    elif issues:
        click.echo(format_issues(issues, "github"))
    if failed:
        raise ContentError("content is invalid", hint="fix the errors above; `factsheet validate` re-checks")
    return project, corpus
