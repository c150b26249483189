"""`factsheet diff BASE [HEAD]`: what changed in the records, record by record and field by field, in Markdown."""

from __future__ import annotations

import click

from generator.commands.common import Settings, pass_settings
from generator.diff import markdown, record_changes


@click.command("diff")
@click.argument("base")
@click.argument("head", required=False)
@pass_settings
def command(settings: Settings, base: str, head: str | None) -> None:
    """Summarise record changes between git revisions BASE and HEAD (default: the working tree), for a pull request."""
    project = settings.project()
    click.echo(markdown(record_changes(project.root, base, head), base, head), nl=False)
