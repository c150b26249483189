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


CLAIM_DENIED = 'The brigade denied claims by the army that it "destroyed a convoy carrying fighters".'


def test_a_denial_citing_the_words_it_denies_is_no_pair_for_them():
    gold = {
        **GOLD,
        "denials": [{"text": CLAIM_DENIED, "denier": ["the brigade"]}],
        "quotations": [{"quote": "destroyed a convoy carrying fighters", "speaker": ["the army"]}],
    }
    denied = 'claims by the army that it "destroyed a convoy carrying fighters"'
    denial = {**statement("denial", "the brigade", CLAIM_DENIED, 1), "denied": denied}
    claim = statement("claim", "the army", CLAIM_DENIED, 2)
    quotations = score_real(gold, {"statements": [denial, claim], "links": set()})["quotations"]
    # the army's claim is the one pair, and right; the brigade's denial does not say the brigade said those words
    assert (quotations["pairs"], quotations["right_pairs"], quotations["correct"]) == (1, 1, 1)
    assert (quotations["in_denied"], quotations["in_denied_right"]) == (1, 0)
    summary = summarise_real(
        [{**score_real(gold, {"statements": [denial, claim], "links": set()}), "validate_errors": 0}]
    )
    assert summary["quotations"]["precision"] == 1.0
    assert summary["quotations"]["precision_with_denied"] == 0.5  # (the earlier rule: the denial a wrong pair)


def test_a_denial_citing_words_it_does_not_deny_is_still_a_pair():
    gold = {
        **GOLD,
        "denials": [],
        "quotations": [{"quote": "we were never there", "speaker": ["the brigade"]}],
    }
    cited = 'The army denied the report, and the brigade said: "we were never there".'
    denial = {**statement("denial", "the army", cited, 1), "denied": "the report"}
    quotations = score_real(gold, {"statements": [denial], "links": set()})["quotations"]
    assert (quotations["pairs"], quotations["right_pairs"], quotations["in_denied"]) == (1, 0, 0)


def test_marks_are_paired_within_each_place_of_a_denial():
    # a denial citing two paragraphs, the first with a mark left open (its quotation runs to the paragraph's end):
    # joined, that mark would pair with the second paragraph's first one, and the words between its two quotations
    # (' and ') would count as a quotation no one spoke
    first = 'The movement denied the report. "We were never in Kessel City.'
    second = 'It said "nothing happened there" and "no one was hurt".'
    gold = {
        **GOLD,
        "denials": [{"text": first, "denier": ["the movement"]}],
        "quotations": [
            {"quote": quote, "speaker": ["the movement"]}
            for quote in ("We were never in Kessel City.", "nothing happened there", "no one was hurt")
        ],
    }
    denial = {**statement("denial", "the movement", f"{first} {second}", 1), "places": [first, second], "denied": ""}
    result = score_real(gold, {"statements": [denial], "links": set()})
    assert (result["quotations"]["pairs"], result["quotations"]["right_pairs"]) == (3, 3)
    assert result["denials"]["correct"] == 1
