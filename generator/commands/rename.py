"""`factsheet rename OLD NEW` and `factsheet merge FROM INTO`: change a record's id without breaking a link.

Both rewrite every reference in content/ (keeping the editors' comments and layout),
keep the id that goes away in the surviving record's ``former_ids`` (so its old
address redirects), and validate the result. Commit the change with a message that
says why; the record's history on its page shows it.
"""

from __future__ import annotations

import click

from generator.commands.common import Settings, pass_settings
from generator.errors import ContentError, format_issues
from generator.ids import IdChange, merge, rename
from generator.validate import check_project, has_errors


def _report(settings: Settings, change: IdChange, done: str) -> None:
    click.echo(done)
    for path in change.rewritten:
        click.echo(f"  references rewritten in {path}")
    for note in change.notes:
        click.echo(f"  note: {note}")
    for path in change.unchecked:
        click.echo(f"  warning: {path} does not load, so its references were not rewritten; check it by hand", err=True)
    _, issues = check_project(settings.project())
    if issues:
        click.echo(format_issues(issues, "text"), err=True)
    if has_errors(issues):
        raise ContentError(
            "the content has errors after the change",
            hint="fix them, then `factsheet validate`; git shows what the command changed",
        )


@click.command("rename")
@click.argument("old_id", metavar="OLD")
@click.argument("new_id", metavar="NEW")
@pass_settings
def rename_command(settings: Settings, old_id: str, new_id: str) -> None:
    """Give record OLD the id NEW: move its file, rewrite every reference, and redirect OLD's address."""
    change = rename(settings.project(), old_id, new_id)
    _report(settings, change, f"renamed {change.moved[0]} -> {change.moved[1]} (former id kept: {old_id})")


@click.command("merge")
@click.argument("from_id", metavar="FROM")
@click.argument("into_id", metavar="INTO")
@pass_settings
def merge_command(settings: Settings, from_id: str, into_id: str) -> None:
    """Merge record FROM into INTO: keep every alias and citation of both, rewrite references, redirect FROM."""
    change = merge(settings.project(), from_id, into_id)
    _report(settings, change, f"merged {change.moved[0]} into {change.moved[1]} (former id kept: {from_id})")
