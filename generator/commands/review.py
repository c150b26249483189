"""`factsheet review ID`: stamp a record as reviewed, once it passes validation as a published record would.

A draft is allowed warnings a published record is not (missing citations),
so review judges the record by the published standard before stamping it.
Only the three review fields change; the editor's comments and layout stay.
"""

from __future__ import annotations

import datetime
import subprocess

import click

from generator.commands.common import Settings, pass_settings
from generator.commands.new import PLACEHOLDER
from generator.errors import FactsheetError, UsageError, format_issues
from generator.roundtrip import update_record
from generator.validate import check_project

# Warnings on a draft that would be errors once it is published.
_DRAFT_LENIENCY = {"uncited", "missing-field"}


def _git_user(settings: Settings) -> str | None:
    try:
        out = subprocess.run(["git", "config", "user.name"], cwd=settings.project().root,
                             capture_output=True, text=True, timeout=10)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


@click.command("review")
@click.argument("record_id", metavar="ID")
@click.option("--by", "reviewer", help="Reviewer's name; default: git's user.name.")
@click.option("--date", "when", help="Review date YYYY-MM-DD; default: today.")
@pass_settings
def command(settings: Settings, record_id: str, reviewer: str | None, when: str | None) -> None:
    """Mark record ID reviewed (status, reviewed_by, reviewed_at) after it passes validation."""
    project = settings.project()
    corpus, issues = check_project(project)
    origin = corpus.origins.get(record_id)
    if origin is None:
        broken = corpus.invalid.get(record_id)
        if not broken:
            raise UsageError(f"there is no record with the id '{record_id}'", hint="the id is the file name")
        origin_path = f"content/{broken}/{record_id}.yaml"
    else:
        origin_path = str(origin.path)
    blocking = [
        i for i in issues
        if i.path == origin_path and (i.severity == "error" or i.code in _DRAFT_LENIENCY)
    ]  # fmt: skip
    if blocking:
        click.echo(format_issues(blocking, "text"), err=True)
        raise FactsheetError(f"{record_id} is not ready for review", hint="fix the problems above, then review again")
    path = project.root / origin_path
    if PLACEHOLDER in path.read_text(encoding="utf-8"):
        raise FactsheetError(f"{origin_path} still contains {PLACEHOLDER} placeholders", hint="fill them in first")
    reviewer = reviewer or _git_user(settings)
    if not reviewer:
        raise UsageError("who is reviewing?", hint="pass --by NAME, or set git config user.name")
    when = when or datetime.date.today().isoformat()
    try:
        datetime.date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"'{when}' is not a date", hint="write --date YYYY-MM-DD")
    update_record(path, {"status": "reviewed", "reviewed_by": reviewer, "reviewed_at": when})
    click.echo(f"{origin_path}: reviewed by {reviewer} on {when}")
