"""The claims a denial with none listed most likely answers, as the validator's hint names them."""

from __future__ import annotations

from generator.validate.consistency import likely_claims
from tests.render.kit import cite, corpus_of, lantern_records, record


def _likely(*extra) -> list[str]:
    records = lantern_records(**{"ministry-denies-seizure": {"claims": [], "status": "draft"}})
    corpus = corpus_of(*records, *extra)
    denial = corpus.get("ministry-denies-seizure")
    return [claim.id for claim, _ in likely_claims(corpus, denial)]


def test_the_deniers_own_claims_from_the_same_source_are_not_proposed():
    own = record(
        "claim",
        "ministry-customs-house-in-order",
        summary="The coast ministry said the customs house was in order and never seized.",
        claimant={"actor": "coast-ministry"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    unnamed = record(
        "claim",
        "official-customs-house-seized-again",
        summary="A harbour official said the customs house was seized again.",
        claimant={"described_as": "a harbour official"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    likely = _likely(own, unnamed)
    assert "ministry-customs-house-in-order" not in likely  # shares the source and every word, but is the denier's
    assert {"watch-seized-customs-house", "official-customs-house-seized-again"} <= set(likely)


def test_an_unnamed_denier_is_known_by_description_and_body():
    """'A Watch source' is the same speaker however capitalised, but not a source of another body."""
    overrides = {
        "ministry-denies-seizure": {
            "claims": [],
            "status": "draft",
            "denier": {"described_as": "a Watch source", "affiliation": "lantern-coast-watch"},
        }
    }
    same = record(
        "claim",
        "source-says-customs-house-seized",
        summary="A Watch source said the customs house was seized.",
        claimant={"described_as": "A Watch source", "affiliation": "lantern-coast-watch"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    other = record(
        "claim",
        "ministry-source-says-customs-house-seized",
        summary="A ministry source said the customs house was seized.",
        claimant={"described_as": "a Watch source", "affiliation": "coast-ministry"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    corpus = corpus_of(*lantern_records(**overrides), same, other)
    likely = [claim.id for claim, _ in likely_claims(corpus, corpus.get("ministry-denies-seizure"))]
    assert "source-says-customs-house-seized" not in likely
    assert "ministry-source-says-customs-house-seized" in likely


def test_a_claim_by_the_one_whose_words_are_denied_comes_first():
    """'The ministry denied the Harbour Gazette's report': the Gazette's claim, though it shares no word with the denial,
    ranks before claims that share a few."""
    overrides = {
        "ministry-denies-seizure": {
            "claims": [],
            "status": "draft",
            "denied": "the Harbour Gazette's report",
            "summary": "The coast ministry denied the Harbour Gazette's report.",
        }
    }
    gazette = record(
        "claim",
        "gazette-says-wardens-fled",
        summary="The wardens fled the port at night, a newspaper said.",
        claimant={"described_as": "the Harbour Gazette"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    other = record(
        "claim",
        "resident-says-gazette-report-spread",
        summary="A resident said the Harbour Gazette's report spread fast.",
        claimant={"described_as": "a resident"},
        citations=[cite("The coast ministry denied that the customs house was seized.")],
    )
    corpus = corpus_of(*lantern_records(**overrides), gazette, other)
    likely = likely_claims(corpus, corpus.get("ministry-denies-seizure"))
    assert likely[0][0].id == "gazette-says-wardens-fled"
    assert "its claimant named in what is denied" in likely[0][1]
    assert all("its claimant named" not in why for claim, why in likely[1:])
