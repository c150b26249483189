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
from generator.commands import cite, diff, draft, export, ingest, new, rename, review, schema, site, validate
from generator.commands.common import Settings
from generator.errors import FactsheetError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="factsheet", message="%(prog)s %(version)s")
@click.option(
    "--project",
    "project_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Project folder (holds content/, seeds/, templates/, mkdocs.yml). Default: the current folder or the nearest parent with content/.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems, no progress (the default when CI is set).")
@click.pass_context
def cli(ctx: click.Context, project_dir: Path | None, quiet: bool) -> None:
    """Cited fact sheets about conflicts: curated YAML records in, a searchable static site out."""
    ctx.obj = Settings(project_dir, quiet)


for _command in (
    validate.command,
    site.build,
    site.serve,
    export.command,
    schema.command,
    ingest.command,
    draft.command,
    new.command,
    cite.command,
    review.command,
    diff.command,
    rename.rename_command,
    rename.merge_command,
):
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
        click.echo(
            "  hint: this is a bug in factsheet; rerun with FACTSHEET_DEBUG=1 and report the traceback", err=True
        )
        code = 3
    sys.exit(code if isinstance(code, int) else 0)
