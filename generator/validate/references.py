"""Every reference names an existing record of a type the field allows."""

from __future__ import annotations

from typing import Iterator

from generator.errors import Issue, issue_at
from generator.model.walk import iter_refs
from generator.validate.registry import Context, check


@check("references")
def check_references(ctx: Context) -> Iterator[Issue]:
    corpus = ctx.corpus
    for record in corpus:
        origin = corpus.origins[record.id]
        for path, target, allowed in iter_refs(record):
            target_type = corpus.type_of(target)
            if target_type is None:
                if target in corpus.invalid:
                    continue  # the target's own file is broken and reported already
                yield issue_at(origin.path, origin.loc(path), "unknown-reference",
                               f"'{target}' is not the id of any record ({' or '.join(allowed)} expected)")  # fmt: skip
            elif target_type not in allowed:
                yield issue_at(origin.path, origin.loc(path), "wrong-reference-type",
                               f"'{target}' is a {target_type}, but this field takes a {' or '.join(allowed)}")  # fmt: skip
            elif target == record.id and path[0] in ("relationships", "subjects") and target_type != "claim":
                if path[0] == "relationships":
                    yield issue_at(origin.path, origin.loc(path), "invalid-value",
                                   "a record cannot have a relationship with itself", "point it at another record")  # fmt: skip
