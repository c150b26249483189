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
from generator.model.records import RECORD_TYPES
from generator.roundtrip import update_record
from generator.validate import check_project
from generator.validate.references import did_you_mean

# Warnings on a draft that would be errors once it is published.
_DRAFT_LENIENCY = {"uncited", "missing-field"}


def _git_user(settings: Settings) -> str | None:
    try:
        out = subprocess.run(
            ["git", "config", "user.name"], cwd=settings.project().root, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


@click.command("review")
@click.argument("record_ids", nargs=-1, metavar="[ID]...")
@click.option("--source", "source_id", metavar="SOURCE_ID", help="Review every draft that cites this source.")
@click.option("--by", "reviewer", help="Reviewer's name; default: git's user.name.")
@click.option("--date", "when", help="Review date YYYY-MM-DD; default: today.")
@pass_settings
def command(
    settings: Settings, record_ids: tuple[str, ...], source_id: str | None, reviewer: str | None, when: str | None
) -> None:
    """Mark records reviewed (status, reviewed_by, reviewed_at) once each passes validation.

    Name the records, or give --source for every draft drawn from one source. Each record that is
    ready is stamped; the others are listed with their problems, and the command then fails.
    """
    project = settings.project()
    corpus, issues = check_project(project)
    ids = list(dict.fromkeys(record_ids))
    if source_id is not None:
        if corpus.type_of(source_id) != "source":
            raise UsageError(
                f"there is no source with the id '{source_id}'", hint="the id is the file name under content/source/"
            )
        drafts = [r.id for r, _ in corpus.citing(source_id) if r.status == "draft"]
        if not drafts and not ids:
            raise UsageError(
                f"no draft cites '{source_id}'", hint="`factsheet draft SOURCE_ID` proposes drafts from a source"
            )
        ids += [i for i in dict.fromkeys(drafts) if i not in ids]
    if not ids:
        raise UsageError("which records?", hint="name them (factsheet review ID [ID]...) or pass --source SOURCE_ID")
    reviewer = reviewer or _git_user(settings)
    if not reviewer:
        raise UsageError("who is reviewing?", hint="pass --by NAME, or set git config user.name")
    when = when or datetime.date.today().isoformat()
    try:
        datetime.date.fromisoformat(when)
    except ValueError:
        raise UsageError(f"'{when}' is not a date", hint="write --date YYYY-MM-DD") from None
    paths: dict[str, str] = {}
    for record_id in ids:
        origin = corpus.origins.get(record_id)
        if origin is not None:
            paths[record_id] = str(origin.path)
        elif record_id in corpus.invalid:
            paths[record_id] = f"content/{corpus.invalid[record_id]}/{record_id}.yaml"
        else:
            near = did_you_mean(corpus, record_id, tuple(RECORD_TYPES))
            raise UsageError(
                f"there is no record with the id '{record_id}'",
                hint=f"did you mean {' or '.join(near)}?" if near else "the id is the file name",
            )
    not_ready = []
    for record_id, origin_path in paths.items():
        blocking = [i for i in issues if i.path == origin_path and (i.severity == "error" or i.code in _DRAFT_LENIENCY)]
        path = project.root / origin_path
        if blocking:
            click.echo(format_issues(blocking, "text"), err=True)
            not_ready.append(record_id)
        elif PLACEHOLDER in path.read_text(encoding="utf-8"):
            click.echo(f"{origin_path}: still contains {PLACEHOLDER} placeholders; fill them in first", err=True)
            not_ready.append(record_id)
        else:
            update_record(path, {"status": "reviewed", "reviewed_by": reviewer, "reviewed_at": when})
            click.echo(f"{origin_path}: reviewed by {reviewer} on {when}")
    if not_ready:
        raise FactsheetError(
            f"{', '.join(not_ready)} {'is' if len(not_ready) == 1 else 'are'} not ready for review",
            hint="fix the problems above, then review again"
            + (" (the others are stamped)" if len(not_ready) < len(ids) else ""),
        )
