"""history-reasons.yaml: readers' words for commits, each naming one commit that changed a record."""

from __future__ import annotations

from collections.abc import Iterator

from generator.errors import Issue, issue_at
from generator.history import REASONS_FILE, HistoryError, content_changes, is_shallow, match_reasons, read_reasons
from generator.validate.registry import Context, check


@check("history-reasons")
def check_history_reasons(ctx: Context) -> Iterator[Issue]:
    reasons = read_reasons(ctx.project)
    yield from reasons.issues
    if not reasons.texts:
        return
    try:
        commits = {c.commit for c in content_changes(ctx.project)}
    except HistoryError:
        return  # the build says git failed; without git nothing here can be checked
    matched = match_reasons(reasons.texts, commits)
    shallow = len(matched) < len(reasons.texts) and is_shallow(ctx.project)
    for key, loc in reasons.where.items():
        if key in matched:
            continue
        named = sum(c.startswith(key) for c in commits)
        if named > 1:
            why = f"'{key}' starts the hashes of {named} commits that changed records; give more of the hash"
            yield issue_at(REASONS_FILE, loc, "history-reason-commit", why)
        elif not shallow:  # in a shallow clone the commit may simply not have been fetched
            why = f"no commit that changed a record starts with '{key}', so this reason is shown nowhere"
            yield issue_at(REASONS_FILE, loc, "history-reason-commit", why, severity="warning")
