"""`factsheet draft SOURCE_ID`: propose draft records from an archived text, for editors to check.

The logic lives in :mod:`generator.draft`. Every record written is a draft
(never published) with a TODO note, every quote in it verified against the
archive, and the corpus is re-validated afterwards: the run fails if its own
files brought an error in. ``--dry-run`` prints the plan and writes nothing.
"""

from __future__ import annotations

import click

from generator.commands.common import Settings, pass_settings
from generator.draft import plan_drafts, write_plan
from generator.errors import FactsheetError, format_issues


@click.command("draft")
@click.argument("source_id", metavar="SOURCE_ID")
@click.option("--dry-run", is_flag=True, help="Print what would be written, and write nothing.")
@pass_settings
def command(settings: Settings, source_id: str, dry_run: bool) -> None:
    """Draft claims, denials, actors and groups from the archived text of source SOURCE_ID."""
    from generator.validate import check_project

    project = settings.project()
    corpus, _ = check_project(project)
    plan = plan_drafts(project, corpus, source_id)
    language = getattr(corpus.get(source_id), "language", "en")
    if language.split("-")[0].lower() not in ("en", "ar", "fa"):
        settings.say(
            f"note: the drafting rules read English, Arabic and Persian; this text is '{language}', "
            "so expect few drafts"
        )
    verb = "would write" if dry_run else "wrote"
    if not dry_run:
        written = write_plan(project, plan)
    for draft in sorted(plan.drafts, key=lambda d: d.type in ("claim", "denial")):
        click.echo(f"{verb} {project.relative(plan.path(project, draft))}")
        settings.say(f"    {draft.line}")
    for paragraph, record_id in plan.already:
        settings.say(f"skipped ¶{paragraph}: already cited by {record_id}")
    for paragraph, words in plan.unattributed:
        settings.say(f"no speaker found for the quotation in ¶{paragraph}: \u201c{words[:60]}\u201d")
    for reason in plan.dropped:
        settings.say(f"left out: {reason}")
    counts = ", ".join(
        f"{plan.count(t)} {t}{'s' * (plan.count(t) != 1)}" for t in ("claim", "denial", "actor", "group")
    )
    attributed = plan.quotations - len(plan.unattributed)
    settings.say(
        f"{source_id}: {counts} {'to write' if dry_run else 'written'} as drafts; "
        f"{attributed} of {plan.quotations} quotations attributed, {len(plan.already)} already on record"
    )
    if dry_run:
        return
    _, issues = check_project(project)
    mine = {str(project.relative(p)) for p in written}
    errors = [i for i in issues if i.path in mine and i.severity == "error"]
    if errors:
        click.echo(format_issues(errors, "text"), err=True)
        raise FactsheetError("some drafts do not validate", hint="this is a bug in factsheet draft; please report it")
    if written:
        settings.say("next: check each draft (they carry TODO notes), then `factsheet review ID`")
