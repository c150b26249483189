"""`factsheet validate`: check every record and print every problem at once."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.common import FORMATS, Settings, check_content, pass_settings
from generator.errors import ContentError


@click.command("validate")
@click.option(
    "--content",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of records to check instead of the project's content/.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people, json for programs, github for workflow annotations.",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@pass_settings
def command(settings: Settings, content: Path | None, fmt: str, strict: bool) -> None:
    """Check every record: YAML, fields, references, citations and quotes against the archives."""
    try:
        check_content(settings, content, fmt, strict)
    except ContentError:
        raise SystemExit(1) from None
