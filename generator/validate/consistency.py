"""Claims and denials agree with each other."""

from __future__ import annotations

from typing import Iterator

from generator.errors import Issue, issue_at
from generator.model.records import Claim, Denial
from generator.validate.registry import Context, check


@check("denials")
def check_denied_claims(ctx: Context) -> Iterator[Issue]:
    """A claim marked denied should have the denial on record, so readers can see who denied it."""
    corpus = ctx.corpus
    for claim in corpus.all_of(Claim):
        if claim.claim_status == "denied" and not corpus.denials_of(claim.id):
            origin = corpus.origins[claim.id]
            yield issue_at(origin.path, origin.loc(("claim_status",)), "denial-missing",
                           "the claim is marked denied, but no denial record answers it", severity="warning")  # fmt: skip


@check("denial-targets")
def check_denial_targets(ctx: Context) -> Iterator[Issue]:
    """A denial answers at least one claim; a draft may not know which yet."""
    corpus = ctx.corpus
    for denial in corpus.all_of(Denial):
        if not denial.claims:
            origin = corpus.origins[denial.id]
            where = origin.loc(("claims",), key=True) if "claims" in denial.model_fields_set else origin.loc(())
            yield issue_at(origin.path, where, "missing-field", "a denial names at least one claim it answers",
                           severity="warning" if denial.status == "draft" else "error")  # fmt: skip
