"""Every reference names an existing record of a type the field allows; former ids stay retired."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from generator.errors import Issue, issue_at
from generator.model.corpus import Corpus
from generator.model.walk import iter_refs
from generator.validate.registry import Context, check


def retired_ids(corpus: Corpus) -> dict[str, str]:
    """Each former id (see ``former_ids``) with the id of the record that has it now."""
    return {old: record.id for record in corpus for old in record.former_ids}


def did_you_mean(corpus: Corpus, target: str, allowed: tuple[str, ...], limit: int = 3) -> list[str]:
    """The existing ids of the allowed types closest to ``target`` (a typo, a word left out or added)."""
    candidates = [r.id for type_name in allowed for r in corpus.of_type(type_name)]
    close = difflib.get_close_matches(target, candidates, n=limit, cutoff=0.75)
    if not close:  # a shortened or lengthened id: 'ilse' for 'ilse-marrow'
        words = set(target.split("-"))
        close = [c for c in candidates if words <= set(c.split("-")) or set(c.split("-")) <= words][:limit]
    return close


@check("references")
def check_references(ctx: Context) -> Iterator[Issue]:
    corpus = ctx.corpus
    retired = retired_ids(corpus)
    for record in corpus:
        origin = corpus.origins[record.id]
        for path, target, allowed in iter_refs(record):
            target_type = corpus.type_of(target)
            if target_type is None:
                if target in corpus.invalid:
                    continue  # the target's own file is broken and reported already
                if target in retired:
                    yield issue_at(
                        origin.path,
                        origin.loc(path),
                        "unknown-reference",
                        f"'{target}' is a former id of '{retired[target]}', which replaced it",
                        f"write '{retired[target]}' (`factsheet rename` and `factsheet merge` rewrite "
                        "references for you)",
                    )
                    continue
                near = did_you_mean(corpus, target, allowed)
                yield issue_at(
                    origin.path,
                    origin.loc(path),
                    "unknown-reference",
                    f"'{target}' is not the id of any record ({' or '.join(allowed)} expected)"
                    + (f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""),
                )
            elif target_type not in allowed:
                yield issue_at(
                    origin.path,
                    origin.loc(path),
                    "wrong-reference-type",
                    f"'{target}' is a {target_type}, but this field takes a {' or '.join(allowed)}",
                )
            elif target == record.id and path[0] == "relationships":
                yield issue_at(
                    origin.path,
                    origin.loc(path),
                    "invalid-value",
                    "a record cannot have a relationship with itself",
                    "point it at another record",
                )


@check("former-ids")
def check_former_ids(ctx: Context) -> Iterator[Issue]:
    """A former id keeps pointing at one record: no record has it as its id, and no two records claim it."""
    corpus = ctx.corpus
    claimed: dict[str, str] = {}
    for record in corpus:
        origin = corpus.origins[record.id]
        for index, old in enumerate(record.former_ids):
            where = origin.loc(("former_ids", index))
            if old == record.id or corpus.type_of(old) is not None or old in corpus.invalid:
                owner = "this record's own id" if old == record.id else "the id of a record"
                yield issue_at(
                    origin.path, where, "former-id-in-use", f"'{old}' is {owner}, so it cannot be a former id"
                )
            elif old in claimed:
                yield issue_at(
                    origin.path,
                    where,
                    "former-id-in-use",
                    f"'{old}' is already a former id of '{claimed[old]}'; an old address leads to one record",
                )
            else:
                claimed[old] = record.id
