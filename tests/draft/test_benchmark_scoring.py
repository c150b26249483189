"""The real-article benchmark's scoring of denials (benchmarks/draft_attribution.py), on hand-made drafts: the
figures the README reports are only as good as these rules."""

from __future__ import annotations

from benchmarks.draft_attribution import score_real, summarise_real

GOLD = {
    "language": "en",
    "split": "development",
    "quotations": [],
    "mentions": [],
    "denials": [
        {"text": "The ministry denied the report.", "denier": ["the ministry"]},
        {"text": "Colonel Reed rejected the claims.", "denier": ["Colonel Reed"]},
        {"text": "The brigade said no fighters were there.", "denier": ["the brigade"]},
        {"text": "Nobody was arrested, the governor said.", "denier": ["the governor"]},
    ],
}


def statement(kind: str, speaker: str, cited: str, n: int) -> dict:
    return {
        "type": kind,
        "id": f"s{n}",
        "speaker": speaker,
        "names": [speaker],
        "speaker_ids": set(),
        "cited": cited,
        "places": [cited],
        "denies": kind == "denial",
    }


def test_each_missed_denial_is_counted_once_by_why_it_was_missed():
    drafted = {
        "statements": [
            statement("denial", "the ministry", "The ministry denied the report.", 1),  # right
            statement("denial", "the army", "Colonel Reed rejected the claims.", 2),  # another denier
            statement("claim", "the brigade", "The brigade said no fighters were there.", 3),  # a claim only
            statement("claim", "the mayor", "Nobody was arrested, the governor said.", 4),  # another speaker's claim
        ],
        "links": set(),
    }
    result = score_real(GOLD, drafted)
    assert result["denials"]["correct"] == 1
    missed = {k: result["denials"][k] for k in ("wrong_denier", "claim_not_denial", "not_read")}
    assert missed == {"wrong_denier": 1, "claim_not_denial": 1, "not_read": 1}
    result["validate_errors"] = 0
    summary = summarise_real([result, result])
    assert summary["denials"]["missed"] == {"wrong_denier": 2, "claim_not_denial": 2, "not_read": 2}
    assert summary["denials"]["recall"] == 0.25


def test_the_words_that_close_a_quotation_opened_in_the_paragraph_before_are_no_extra_quotation():
    gold = {
        **GOLD,
        "denials": [],
        "quotations": [{"quote": "This shows their despair,", "speaker": ["a representative"]}],
    }
    cited = 'This shows their despair," a representative of the rebel forces said, as cited by Meridian TV.'
    drafted = {"statements": [statement("claim", "a representative", cited, 1)], "links": set()}
    result = score_real(gold, drafted)
    # one right pair, and no pair for the words after the closing mark (' a representative ... said')
    assert (result["quotations"]["pairs"], result["quotations"]["right_pairs"]) == (1, 1)
    # a quotation the gold does not list still counts against precision
    cited = 'He said "we will stay" on Monday.'
    drafted = {"statements": [statement("claim", "a representative", cited, 1)], "links": set()}
    assert score_real(gold, drafted)["quotations"]["pairs"] == 1
