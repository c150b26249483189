"""`factsheet schema`: write the JSON Schemas generated from the model."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.common import Settings, pass_settings


@click.command("schema")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write <type>.schema.json into. Default: the project's schema/.",
)
@pass_settings
def command(settings: Settings, output: Path | None) -> None:
    """Write a JSON Schema per record type, generated from the model, for editors' YAML language servers."""
    from generator.schema import write_schemas

    out = output or settings.project().schema_dir
    changed = write_schemas(out)
    settings.say(f"wrote {len(changed)} schema file(s) to {out}" if changed else f"schemas in {out} are up to date")
