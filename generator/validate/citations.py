"""Every factual field is backed by a citation, on its statement or on the record."""

from __future__ import annotations

from typing import Iterator

from generator.errors import Issue, issue_at
from generator.validate.registry import Context, check

# Statement lists whose items may carry their own citations.
STATEMENTS = ("aliases", "roles", "relationships")
# Aliases that only spell the main name another way need no source.
UNSOURCED_ALIASES = {"transliteration", "translation"}


@check("citations")
def check_cited(ctx: Context) -> Iterator[Issue]:
    corpus = ctx.corpus
    for record in corpus:
        if record.TYPE == "source" or record.citations:
            continue
        origin = corpus.origins[record.id]
        for name in sorted(record.model_fields_set - record.UNCITED - {"id"}):
            value = getattr(record, name)
            if value in (None, [], ""):
                continue
            if name in STATEMENTS:
                for i, item in enumerate(value):
                    if item.citations or getattr(item, "kind", None) in UNSOURCED_ALIASES:
                        continue
                    yield issue_at(origin.path, origin.loc((name, i)), "uncited",
                                   f"{name}[{i}] has no citation, and the record has none to fall back on")  # fmt: skip
            else:
                yield issue_at(origin.path, origin.loc((name,), key=True), "uncited",
                               f"'{name}' is a fact, but the record has no citations to back it")  # fmt: skip
