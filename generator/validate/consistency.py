"""Claims and denials agree with each other."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.errors import Issue, issue_at
from generator.folding import fold
from generator.model.corpus import Corpus
from generator.model.records import Claim, Denial, Named
from generator.validate.registry import Context, check
from generator.wording import content_words, shared


@check("denials")
def check_denied_claims(ctx: Context) -> Iterator[Issue]:
    """A claim marked denied should have the denial on record, so readers can see who denied it."""
    corpus = ctx.corpus
    for claim in corpus.all_of(Claim):
        if claim.claim_status == "denied" and not corpus.denials_of(claim.id):
            origin = corpus.origins[claim.id]
            yield issue_at(
                origin.path,
                origin.loc(("claim_status",)),
                "denial-missing",
                "the claim is marked denied, but no denial record answers it",
                severity="warning",
            )


@check("denial-targets")
def check_denial_targets(ctx: Context) -> Iterator[Issue]:
    """A denial answers at least one claim; a draft may not know which yet."""
    corpus = ctx.corpus
    for denial in corpus.all_of(Denial):
        if not denial.claims:
            origin = corpus.origins[denial.id]
            where = origin.loc(("claims",), key=True) if "claims" in denial.model_fields_set else origin.loc(())
            likely = likely_claims(corpus, denial)
            hint = "list the ids of the claims it answers under `claims:`"
            if likely:
                hint += "; likely: " + ", ".join(f"{claim.id} ({why})" for claim, why in likely)
            yield issue_at(
                origin.path,
                where,
                "missing-field",
                "the field `claims` is empty: a denial names at least one claim it answers",
                hint,
                severity="warning" if denial.status == "draft" else "error",
            )


def likely_claims(corpus: Corpus, denial: Denial, limit: int = 3) -> list[tuple[Claim, str]]:
    """Claims a denial most likely answers: about its speaker, drawn from its sources, sharing its words."""
    speaker = {denial.denier.actor, denial.denier.affiliation} - {None}
    sources = {c.source for c in denial.citations}
    words = content_words(" ".join(filter(None, (denial.summary, denial.denied))))
    denied = fold(denial.denied or "")
    scored = []
    for claim in corpus.all_of(Claim):
        if claim.claimant.identity() == denial.denier.identity():
            continue  # one's own claim is not what one denies, however many words and sources they share
        reasons, score = [], 0.0
        if speaker & set(claim.subjects):
            reasons.append("about the denier")
            score += 3
        if sources & {c.source for c in claim.citations}:
            reasons.append("same source")
            score += 2
        if denied and any(_names(name, denied) for name in _claimant_names(corpus, claim)):
            reasons.append("its claimant named in what is denied")  # "described Le Figaro's allegations as false"
            score += 3
        common = shared(words, content_words(claim.summary))
        if len(common) >= 2:
            reasons.append(f"shares {', '.join(common[:4])}")
            score += len(common) / max(len(words), 1) * 4
        if reasons:
            scored.append((-score, claim.id, claim, "; ".join(reasons)))
    return [(claim, why) for _, _, claim, why in sorted(scored)[:limit]]


def _claimant_names(corpus: Corpus, claim: Claim) -> list[str]:
    """The claimant's name and aliases where it is a record, else how the claim describes it."""
    who = claim.claimant
    record = corpus.get(who.actor) if who.actor else None
    names = [record.name, *(a.name for a in record.aliases)] if isinstance(record, Named) else []
    return [n for n in (*names, who.described_as) if n]


def _names(name: str, folded_text: str) -> bool:
    """Whether ``folded_text`` (folded) names ``name`` as whole words, or in the possessive (folding joins "Le
    Figaro's" into 'le figaros')."""
    key = fold(name)
    return len(key) >= 3 and re.search(rf"(?<!\w){re.escape(key)}s?(?!\w)", folded_text) is not None
