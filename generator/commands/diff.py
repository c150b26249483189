"""`factsheet diff BASE [HEAD]`: what changed in the records, record by record and field by field, in Markdown."""

from __future__ import annotations

import os
from pathlib import Path

import click

from generator.commands.common import Settings, pass_settings
from generator.diff import github_notices, markdown, summarise


@click.command("diff")
@click.argument("base")
@click.argument("head", required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("markdown", "github")),
    default="markdown",
    show_default=True,
    help="markdown prints the summary; github appends it to $GITHUB_STEP_SUMMARY and prints a notice per changed record file.",
)
@pass_settings
def command(settings: Settings, base: str, head: str | None, fmt: str) -> None:
    """Summarise record changes between git revisions BASE and HEAD (default: the working tree), for a pull request.

    Per record: who speaks, the date, the claim's status, what a denial answers, the review state, each
    quotation with its source, and the changed fields (prose as a word diff); then the existing pages
    that change because of it (a claim that gains a denial).
    """
    project = settings.project()
    changes, pages = summarise(project.root, base, head)
    text = markdown(changes, base, head, pages)
    if fmt == "markdown":
        click.echo(text, nl=False)
        return
    notices = github_notices(changes, project.root)
    if notices:
        click.echo(notices)
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(text)
    else:
        click.echo(text, nl=False)
