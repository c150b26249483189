"""`factsheet export`: the validated records in one of the registered formats."""

from __future__ import annotations

from pathlib import Path

import click

from generator.commands.common import Settings, check_content, pass_settings
from generator.errors import ContentError, UsageError


@click.command("export")
@click.option("--format", "fmt", default="json", show_default=True, help="Export format; see the list below.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (a folder for formats of several files), atomically. Default: standard output.",
)
@click.option("--drafts", is_flag=True, help="Include draft records (never do this for publication).")
@pass_settings
def command(settings: Settings, fmt: str, output: Path | None, drafts: bool) -> None:
    """Export the validated records in one of the formats listed in docs/exports.md (json: docs/json-export.md)."""
    from generator.export import EXPORTERS
    from generator.writefile import write_atomic

    if fmt not in EXPORTERS:
        raise UsageError(f"unknown export format '{fmt}'", hint=f"choose one of: {', '.join(sorted(EXPORTERS))}")
    exporter_cls = EXPORTERS[fmt]
    if missing := exporter_cls.missing():
        raise UsageError(f"the {fmt} export needs a package that is not installed", hint=missing)
    if exporter_cls.MULTI_FILE and output is None:
        raise UsageError(f"the {fmt} export is several files", hint="give a folder to write them into with -o FOLDER")
    try:
        project, corpus = check_content(settings)
    except ContentError:
        raise SystemExit(1) from None
    if output is not None and project.is_curated(output):
        raise UsageError(f"{output} is among the project's curated files", hint="write exports elsewhere, e.g. build/")
    exporter = exporter_cls(project)
    files = exporter.files(corpus if drafts else corpus.published())
    for note in exporter.notes:  # what the format could not carry is said even with --quiet
        click.echo(f"note: {note}", err=True)
    if output is None:
        click.echo(next(iter(files.values())), nl=False)
        return
    if exporter_cls.MULTI_FILE:
        if output.exists() and not output.is_dir():
            raise UsageError(f"{output} is a file, but the {fmt} export is several files", hint="give a folder")
        for name, text in files.items():
            write_atomic(output / name, text)
        settings.say(f"wrote {len(files)} files to {output}")
    else:
        if output.is_dir():
            raise UsageError(f"{output} is a folder", hint=f"give a file name, e.g. {output / exporter_cls.FILE_NAME}")
        write_atomic(output, next(iter(files.values())))
        settings.say(f"wrote {output}")
