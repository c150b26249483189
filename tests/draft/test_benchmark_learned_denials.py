"""benchmarks/learned_denials.py: its features, its regression, its folds and its tally, on small made-up inputs."""

from __future__ import annotations

from benchmarks.learned_denials import features, labelled_places, outlet_folds, score, tally, train, with_context


def test_features_fold_words_and_strip_arabic_prefixes() -> None:
    en = features("The Ministry DENIED the reports", "en")
    assert {"en:w:denied", "en:p:denied_the", "bias"} <= en
    ar = features("\u0648\u0627\u0644\u0646\u0641\u064a \u0642\u0627\u0637\u0639", "ar")  # 'والنفي قاطع'
    assert "ar:s:\u0646\u0641\u064a" in ar  # the word without 'وال'


def test_context_says_whether_the_speaker_denies() -> None:
    place = {"speaker": "the army", "type": "claim"}
    assert "ctx:speaker-denies" in with_context(set(), place, {"the army"})
    assert {"ctx:speaker-no-denial", "ctx:article-no-denial"} <= with_context(set(), place, set())


def test_the_regression_learns_a_separable_set() -> None:
    rows = [
        features(t, "en") for t in ("denied the report", "rejected the claims", "visited the town", "met the envoy")
    ]
    weights = train(rows * 5, [1, 1, 0, 0] * 5)
    assert (
        score(weights, features("denied the claims", "en")) > 0.5 > score(weights, features("visited the envoy", "en"))
    )


def test_an_outlet_is_never_split_across_folds() -> None:
    folds = outlet_folds(["A", "B", "A", "C", "D", "E", "F"])
    assert set(folds) == {"A", "B", "C", "D", "E", "F"}
    assert set(folds.values()) == {0, 1, 2, 3, 4}
    assert folds == outlet_folds(["F", "E", "D", "C", "B", "A"])  # (fixed, whatever the order met)


def test_places_are_labelled_by_the_gold_denials_of_their_speaker() -> None:
    gold = {"denials": [{"text": "The army denied the report.", "denier": ["the army"]}], "mentions": []}
    statements = [
        {"type": "claim", "speaker": "the army", "names": ["the army"], "speaker_ids": set(),
         "places": ["The army denied the report.", "The army visited Barno."]},
        {"type": "denial", "speaker": "Kessel TV", "names": ["Kessel TV"], "speaker_ids": set(),
         "places": ["The army denied the report."]},
    ]  # fmt: skip
    assert [p["label"] for p in labelled_places(gold, statements)] == [1, 0, 0]


def test_the_tally_counts_right_and_wrong_changes() -> None:
    scored = [
        ({"type": "claim", "label": 1}, "en", 0.95),  # a missed denial the model finds
        ({"type": "claim", "label": 0}, "en", 0.85),  # a claim it would spoil at 0.8, not at 0.9
        ({"type": "denial", "label": 0}, "en", 0.05),  # a wrong place it drops
        ({"type": "denial", "label": 1}, "en", 0.15),  # a right place it loses at 0.8
    ]
    t = tally(scored)["en"]
    assert t["claims_the_rules_should_have_made_denials"] == 1
    assert t["thresholds"]["0.8"] == {
        "claims_to_denials": {"right": 1, "wrong": 1},
        "denials_dropped": {"right": 1, "wrong": 1},
    }
    assert t["thresholds"]["0.9"] == {
        "claims_to_denials": {"right": 1, "wrong": 0},
        "denials_dropped": {"right": 1, "wrong": 0},
    }
