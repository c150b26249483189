"""The `factsheet` command: validate, build, export and schema, over the project in the current folder.

Exit codes: 0 success, 1 invalid content or failed build, 2 wrong usage,
3 an internal error (a bug: please report it). Content problems never print a
traceback; set FACTSHEET_DEBUG=1 to see one for an internal error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from generator import __version__
from generator.commands import diff, draft, ingest, new, review, site
from generator.commands.common import FORMATS, Settings, check_content, pass_settings
from generator.errors import ContentError, FactsheetError, UsageError

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="factsheet", message="%(prog)s %(version)s")
@click.option("--project", "project_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Project folder (holds content/, seeds/, templates/, mkdocs.yml). Default: the current folder or the nearest parent with content/.")  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="Print only problems, no progress (the default when CI is set).")
@click.pass_context
def cli(ctx: click.Context, project_dir: Path | None, quiet: bool) -> None:
    """Cited fact sheets about conflicts: curated YAML records in, a searchable static site out."""
    ctx.obj = Settings(project_dir, quiet)


@cli.command()
@click.option("--content", type=click.Path(path_type=Path, file_okay=False),
              help="Folder of records to check instead of the project's content/.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people, json for programs, github for workflow annotations.")  # fmt: skip
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@pass_settings
def validate(settings: Settings, content: Path | None, fmt: str, strict: bool) -> None:
    """Check every record: YAML, fields, references, citations and quotes against the archives."""
    try:
        check_content(settings, content, fmt, strict)
    except ContentError:
        raise SystemExit(1)


@cli.command()
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False),
              help="Folder to write <type>.schema.json into. Default: the project's schema/.")  # fmt: skip
@pass_settings
def schema(settings: Settings, output: Path | None) -> None:
    """Write a JSON Schema per record type, generated from the model, for editors' YAML language servers."""
    from generator.schema import write_schemas

    out = output or settings.project().schema_dir
    changed = write_schemas(out)
    settings.say(f"wrote {len(changed)} schema file(s) to {out}" if changed else f"schemas in {out} are up to date")


@cli.command()
@click.option("--format", "fmt", default="json", show_default=True,
              help="Export format; see the list below.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write (a folder for formats of several files), atomically. Default: standard output.")  # fmt: skip
@click.option("--drafts", is_flag=True, help="Include draft records (never do this for publication).")
@pass_settings
def export(settings: Settings, fmt: str, output: Path | None, drafts: bool) -> None:
    """Export the validated records in one of the formats listed in docs/exports.md (json: docs/json-export.md)."""
    from generator.export import EXPORTERS
    from generator.writefile import write_atomic

    if fmt not in EXPORTERS:
        raise UsageError(f"unknown export format '{fmt}'", hint=f"choose one of: {', '.join(sorted(EXPORTERS))}")
    exporter_cls = EXPORTERS[fmt]
    if exporter_cls.missing():
        raise UsageError(f"the {fmt} export needs a package that is not installed", hint=exporter_cls.missing())
    if exporter_cls.MULTI_FILE and output is None:
        raise UsageError(f"the {fmt} export is several files", hint="give a folder to write them into with -o FOLDER")
    try:
        project, corpus = check_content(settings)
    except ContentError:
        raise SystemExit(1)
    if output is not None and project.is_curated(output):
        raise UsageError(f"{output} is among the project's curated files", hint="write exports elsewhere, e.g. build/")
    exporter = exporter_cls(project)
    files = exporter.files(corpus if drafts else corpus.published())
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


for _command in (site.build, site.serve, ingest.command, draft.command, new.command, review.command, diff.command):
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every failure into a message and an exit code."""
    try:
        code = cli.main(args=argv, prog_name="factsheet", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        code = 130
    except FactsheetError as exc:
        click.echo(f"error: {exc.message}", err=True)
        if exc.hint:
            click.echo(f"  hint: {exc.hint}", err=True)
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # a bug: say so plainly, keep the traceback for those who ask
        if os.environ.get("FACTSHEET_DEBUG"):
            raise
        click.echo(f"internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo("  hint: this is a bug in factsheet; rerun with FACTSHEET_DEBUG=1 and report the traceback", err=True)
        code = 3
    sys.exit(code if isinstance(code, int) else 0)
