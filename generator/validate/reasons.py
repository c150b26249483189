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
    if not commits:
        return  # no history at all (not in git, as a source export): as in a shallow clone, nothing to check against
    matched = match_reasons(reasons.texts, commits)
    named_first: dict[str, str] = {}
    for key, commit in matched.items():
        if commit in named_first:
            # (which of the two reasons the site shows would hang on their order in the file)
            line = reasons.where[named_first[commit]][0]
            why = f"'{key}' names the same commit as the entry on line {line}; keep one of the two"
            yield issue_at(REASONS_FILE, reasons.where[key], "history-reason-commit", why)
        else:
            named_first[commit] = key
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
