"""Every factual field is backed by a citation, on its statement or on the record."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from generator.errors import Issue, issue_at
from generator.model.records import Record
from generator.validate.registry import Context, check

# Statement lists whose items may carry their own citations.
STATEMENTS = ("aliases", "roles", "relationships")
# Aliases that only spell the main name another way need no source.
UNSOURCED_ALIASES = {"transliteration", "translation"}


@check("citations")
def check_cited(ctx: Context) -> Iterator[Issue]:
    """Report uncited facts: errors, except in drafts, which may gather their sources as they go."""
    for record in ctx.corpus:
        severity: Literal["error", "warning"] = "warning" if record.status == "draft" else "error"
        for issue in _uncited(ctx, record):
            yield replace(issue, severity=severity)


def _uncited(ctx: Context, record: Record) -> Iterator[Issue]:
    corpus = ctx.corpus
    if record.TYPE == "source" or record.citations:
        return
    origin = corpus.origins[record.id]
    if record.MUST_CITE:
        where = origin.loc(("citations",), key=True) if "citations" in record.model_fields_set else origin.loc(())
        yield issue_at(origin.path, where, "uncited", f"a {record.TYPE} needs at least one citation")
        return
    for name in sorted(record.model_fields_set - record.UNCITED - {"id"}):
        value = getattr(record, name)
        if value in (None, [], ""):
            continue
        if name not in STATEMENTS:
            yield issue_at(
                origin.path,
                origin.loc((name,), key=True),
                "uncited",
                f"'{name}' is a fact, but the record has no citations to back it",
            )
            continue
        for i, item in enumerate(value):
            if not item.citations and getattr(item, "kind", None) not in UNSOURCED_ALIASES:
                yield issue_at(
                    origin.path,
                    origin.loc((name, i)),
                    "uncited",
                    f"{name}[{i}] has no citation, and the record has none to fall back on",
                )
