"""Identity and history: who is (not) the same as whom, where a claim has stood, and translations.

These checks keep the record of editorial decisions honest: a "not the same as"
decision compares two records of one type; two records that share an external
identifier are either one thing or a mistake; a claim's status history runs in
date order and ends where the claim stands now; and a translation sits only
beside a quotation that needs one.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from generator.errors import Issue, issue_at
from generator.model import edtf
from generator.model.records import Claim, Denial
from generator.model.walk import iter_citations
from generator.validate.registry import Context, check


@check("not-same-as")
def check_not_same_as(ctx: Context) -> Iterator[Issue]:
    """A decision compares this record with another record of the same type, once."""
    corpus = ctx.corpus
    for record in corpus:
        origin = corpus.origins[record.id]
        seen: set[str] = set()
        for i, decision in enumerate(getattr(record, "not_same_as", ())):
            where = origin.loc(("not_same_as", i, "record"))
            other = corpus.type_of(decision.record)
            if decision.record == record.id:
                yield issue_at(
                    origin.path,
                    where,
                    "invalid-value",
                    "a record cannot be decided not to be itself",
                    "point the decision at the other record",
                )
            elif other is not None and other != record.TYPE and other in ("group", "actor", "place", "event"):
                yield issue_at(
                    origin.path,
                    where,
                    "wrong-reference-type",
                    f"'{decision.record}' is a {other}; a {record.TYPE} is only compared with another {record.TYPE}",
                    "records of different types are different already; remove the decision",
                )
            elif decision.record in seen:
                yield issue_at(
                    origin.path, where, "invalid-value", f"'{decision.record}' is decided on twice; keep one"
                )
            seen.add(decision.record)


@check("differing-accounts")
def check_differing_accounts(ctx: Context) -> Iterator[Issue]:
    """A claim's differing account points at another claim, once."""
    corpus = ctx.corpus
    for claim in corpus.of_type("claim"):
        assert isinstance(claim, Claim)
        origin = corpus.origins[claim.id]
        seen: set[str] = set()
        for i, account in enumerate(claim.differs_from):
            where = origin.loc(("differs_from", i, "claim"))
            if account.claim == claim.id:
                yield issue_at(
                    origin.path,
                    where,
                    "invalid-value",
                    "a claim cannot differ from itself",
                    "point it at the claim that gives the other account",
                )
            elif account.claim in seen:
                yield issue_at(origin.path, where, "invalid-value", f"'{account.claim}' is listed twice; keep one")
            seen.add(account.claim)


@check("shared-identifiers")
def check_shared_identifiers(ctx: Context) -> Iterator[Issue]:
    """Two records with one external identifier are duplicates, or one of the identifiers is wrong.

    A warning, since merging is an editorial decision; an error when the two are
    also recorded as not the same, which cannot both hold.
    """
    corpus = ctx.corpus
    holders: dict[str, list[str]] = defaultdict(list)
    for record in corpus:
        for ext in getattr(record, "same_as", ()):
            holders[ext].append(record.id)
    for ext, ids in holders.items():
        for rid in ids:
            others = [o for o in ids if o != rid]
            if not others:
                continue
            record = corpus.records[rid]
            origin = corpus.origins[rid]
            kept_apart = {d.record for d in getattr(record, "not_same_as", ())} | {
                o for o in others if any(d.record == rid for d in getattr(corpus.records[o], "not_same_as", ()))
            }
            where = origin.loc(("same_as", record.same_as.index(ext)))  # type: ignore[attr-defined]
            clash = sorted(kept_apart & set(others))
            if clash:
                yield issue_at(
                    origin.path,
                    where,
                    "shared-identifier",
                    f"'{ext}' is also the identifier of '{clash[0]}', which is recorded as not the same as this",
                )
            else:
                yield issue_at(
                    origin.path,
                    where,
                    "shared-identifier",
                    f"'{ext}' is also the identifier of '{others[0]}'",
                    severity="warning",
                )


@check("repeated-aliases")
def check_repeated_aliases(ctx: Context) -> Iterator[Issue]:
    """A record lists each alias once per language: the same name twice (once as a transliteration, once with a
    citation) adds no way of naming it, and only one of the two entries would be kept in mind when it is edited."""
    corpus = ctx.corpus
    for record in corpus:
        origin = corpus.origins[record.id]
        seen: dict[tuple[str, str | None], int] = {}
        for i, alias in enumerate(getattr(record, "aliases", ())):
            key = (" ".join(unicodedata.normalize("NFC", alias.name).split()), alias.lang)
            if key in seen:
                yield issue_at(
                    origin.path,
                    origin.loc(("aliases", i, "name")),
                    "invalid-value",
                    f"the alias '{alias.name}' is listed twice (entries {seen[key] + 1} and {i + 1}); keep one",
                    "merge the two entries: one name with its kind and its citations",
                )
            else:
                seen[key] = i


@check("status-history")
def check_status_history(ctx: Context) -> Iterator[Issue]:
    """A claim's status history is in date order, cited, and ends at its claim_status."""
    corpus = ctx.corpus
    for claim in corpus.of_type("claim"):
        assert isinstance(claim, Claim)
        history = claim.status_history
        if not history:
            continue
        origin = corpus.origins[claim.id]
        previous = None
        for i, change in enumerate(history):
            key = edtf.parse(change.date).sort_key()
            if previous is not None and key[1] < previous[1][0]:  # surely before, not merely less precise
                yield issue_at(
                    origin.path,
                    origin.loc(("status_history", i, "date")),
                    "invalid-value",
                    f"status_history[{i}] is dated {change.date}, before the entry above it ({previous[0]})",
                    "list the changes in date order, earliest first",
                )
            previous = (change.date, key)
            by = corpus.get(change.by) if change.by else None
            if isinstance(by, Denial) and claim.id not in by.claims:
                yield issue_at(
                    origin.path,
                    origin.loc(("status_history", i, "by")),
                    "invalid-value",
                    f"'{change.by}' does not answer this claim",
                    "add this claim to the denial's 'claims', or name the denial that answers it",
                )
            backed = change.citations or isinstance(by, Denial)
            if i > 0 and not backed:
                yield issue_at(
                    origin.path,
                    origin.loc(("status_history", i)),
                    "uncited",
                    f"status_history[{i}] has no citation and names no denial",
                    "cite the report of the change, or name the denial record in 'by'",
                    severity="warning" if claim.status == "draft" else "error",
                )
        if history[-1].status != claim.claim_status:
            yield issue_at(
                origin.path,
                origin.loc(("status_history", len(history) - 1, "status")),
                "invalid-value",
                f"the last status_history entry says '{history[-1].status}', "
                f"but claim_status is '{claim.claim_status}'",
                "the history ends where the claim stands now; add the latest change or fix claim_status",
            )


@check("translations")
def check_translations(ctx: Context) -> Iterator[Issue]:
    """A translation belongs beside a quotation in another language; an English source needs none."""
    corpus = ctx.corpus
    for record in corpus:
        origin = corpus.origins[record.id]
        for path, citation in iter_citations(record):
            if citation.translation is None:
                continue
            source = corpus.get(citation.source)
            language = getattr(source, "language", None)
            if language is not None and language.split("-")[0] == "en":
                yield issue_at(
                    origin.path,
                    origin.loc((*path, "translation")),
                    "needless-translation",
                    f"'{citation.source}' is in English, so its quotation needs no translation",
                    severity="warning",
                )
