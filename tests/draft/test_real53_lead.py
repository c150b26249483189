"""Round 53's lead change, tested on made-up sentences: the claim drafted for reports a denial names takes the
reports' maker where the article names one ('a Harbour Ledger report that', 'claims by opposition lawmakers that'),
the outlet's record where it is one on file, and no claim where the maker is only referred to ('by the agency') or
what follows 'in' or 'on' is no outlet on file ('a report in March')."""

from __future__ import annotations

import pytest

from tests.conftest import check
from tests.draft.test_draft import drafted, ingest_and_draft
from tests.ingest.conftest import minimal_project  # noqa: F401 - fixtures

_WHAT = "its pilots had guided smugglers into the bay"


def _claims_and_denials(project, tmp_path, sentence: str) -> tuple[dict[str, dict], list[dict]]:
    text = f"Harbour authority denies reports\n\n{sentence}\n"
    ingest_and_draft(project, tmp_path / "reports.txt", text, "harbour-ledger-2024-05-reports")
    records = drafted(project)
    claims = {key.removeprefix("claim/"): d for key, d in records.items() if key.startswith("claim/")}
    return claims, [d for key, d in records.items() if key.startswith("denial/")]


@pytest.mark.parametrize(
    ("sentence", "claimant", "summary"),
    [
        # an outlet on file, named before the noun, after 'by', or as where the report was published
        (
            f"The Tarvo Harbour Authority denied a Harbour Ledger report that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority on Monday rejected a report by The Harbour Ledger that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority dismissed a report published in the Harbour Ledger that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger reported that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority denied the recent Harbour Ledger allegations that {_WHAT}.",
            {"actor": "the-harbour-ledger"},
            f"The Harbour Ledger alleged that {_WHAT}.",
        ),
        # a maker not on file, named after 'by', as the article words it
        (
            f"The Tarvo Harbour Authority denied claims by opposition lawmakers that {_WHAT}.",
            {"described_as": "opposition lawmakers"},
            f"Opposition lawmakers claimed that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority rejected accusations by the Fishermen's Union of Tarvo that {_WHAT}.",
            {"described_as": "the Fishermen's Union of Tarvo"},
            f"The Fishermen's Union of Tarvo alleged that {_WHAT}.",
        ),
        # one report and no maker: the report with its article
        (
            f"The Tarvo Harbour Authority denied a report that {_WHAT}.",
            {"described_as": "a report"},
            f"A report said that {_WHAT}.",
        ),
        (
            f"The Tarvo Harbour Authority denied the report that {_WHAT}.",
            {"described_as": "the report"},
            f"The report said that {_WHAT}.",
        ),
    ],
)
def test_the_reports_claim_names_the_maker_the_article_names(minimal_project, tmp_path, sentence, claimant, summary):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence)
    assert len(claims) == 1 and len(denials) == 1, (claims, denials)
    (claim_id, claim), denial = next(iter(claims.items())), denials[0]
    assert claim["claimant"] == claimant
    assert claim["summary"] == summary
    assert denial["claims"] == [claim_id] and claim["claim_status"] == "denied"
    assert claim["citations"][0]["quote"] in sentence
    _, issues = check(minimal_project)
    assert [i for i in issues if i.severity == "error"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a maker only referred to: the article named it before, and the editor knows which
        f"The Tarvo Harbour Authority denied reports by the agency that {_WHAT}.",
        f"The Tarvo Harbour Authority rejected a report by the newspaper that {_WHAT}.",
        # after 'in' or 'on', a time or a place, no outlet on file
        f"The Tarvo Harbour Authority denied a report in March that {_WHAT}.",
        f"The Tarvo Harbour Authority denied reports on Monday that {_WHAT}.",
        f"The Tarvo Harbour Authority denied reports in Port Sable that {_WHAT}.",
    ],
)
def test_no_reports_claim_where_the_maker_is_referred_to_or_no_outlet(minimal_project, tmp_path, sentence):
    claims, denials = _claims_and_denials(minimal_project, tmp_path, sentence)
    assert denials and not claims, (claims, denials)
