"""benchmarks/gold_agreement.py: how two readings of one article are paired and counted, on small made-up readings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import draft_attribution as bench
from benchmarks import gold_agreement as agreement


def test_words_agree_when_one_span_holds_the_other() -> None:
    assert agreement.same_words("We never sent troops", "\u201cWe never sent troops,\u201d")
    assert agreement.same_words("never sent", "We never sent troops")
    assert not agreement.same_words("We never sent troops", "We sent no troops")
    assert not agreement.same_words("", "We never sent troops")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (["Ramzan Kadyrov"], ["Kadyrov", "Ramzan Kadyrov"], True),
        (["Al-Basri"], ["al Basri"], True),
        (["the ministry's spokesman"], ["a spokesman for the ministry's press office"], False),
        (["Syrian Ministry of Defence"], ["Ministry of Defence Syrian"], True),  # (the same words in another order)
        (["the foreign ministry"], ["the foreign ministry of Kessia"], True),  # (a description holding the other)
        (["Kadyrov"], ["Zelensky"], False),
    ],
)
def test_speakers_agree_when_some_form_names_the_same_one(first: list[str], second: list[str], same: bool) -> None:
    assert agreement.same_person(first, second) is same
    assert agreement.same_person(second, first) is same  # (asked both ways)


def test_items_pair_one_to_one_and_count_speakers_that_agree() -> None:
    first = [
        {"quote": "We never sent troops", "speaker": ["Kadyrov"]},
        {"quote": "The report is false", "speaker": ["the ministry"]},
        {"quote": "No one crossed", "speaker": ["the army"]},
    ]
    second = [
        {"quote": "The report is false.", "speaker": ["the army"]},  # same words, other speaker
        {"quote": "We never sent troops", "speaker": ["Ramzan Kadyrov"]},
        {"quote": "We never sent troops", "speaker": ["Kadyrov"]},  # listed twice: pairs once only
        {"quote": "Nothing happened", "speaker": ["the army"]},
    ]
    assert agreement.compare(first, second, "quote", "speaker") == {
        "first": 3,
        "second": 4,
        "both": 2,
        "same_speaker": 1,
    }


def test_a_pair_with_the_same_speaker_is_preferred() -> None:
    first = [{"text": "denied it", "denier": ["B"]}]
    second = [{"text": "denied it", "denier": ["A"]}, {"text": "denied it", "denier": ["B"]}]
    assert agreement.compare(first, second, "text", "denier")["same_speaker"] == 1


def test_summary_gives_agreement_over_all_items_listed() -> None:
    results = [
        {"language": "en", "quotations": {"first": 4, "second": 6, "both": 4, "same_speaker": 3},
         "denials": {"first": 2, "second": 2, "both": 1, "same_speaker": 1}},
    ]  # fmt: skip
    summary = agreement.summarise(results)
    assert summary["quotations"]["agreement"] == 0.8  # 2 x 4 / 10
    assert summary["quotations"]["speaker_agreement"] == 0.75
    assert summary["quotations"]["joint"] == 0.6
    assert summary["denials"]["agreement"] == 0.5
    assert "draft_vs_first" not in summary["quotations"]  # (--no-drafts)


def test_the_second_gold_keeps_the_first_ones_links() -> None:
    first = {"split": "development", "quotations": [1], "denials": [2], "ignore": [], "mentions": [{"name": "X"}]}
    second = {"quotations": [3], "denials": [], "ignore": ["Y"]}
    merged = agreement.second_gold(first, second)
    assert (merged["quotations"], merged["denials"], merged["ignore"]) == ([3], [], ["Y"])
    assert merged["mentions"] == [{"name": "X"}] and merged["split"] == "development"


def _reading(folder: Path, slug: str, split: str) -> None:
    (folder / "articles").mkdir(exist_ok=True)
    (folder / "agreement").mkdir(exist_ok=True)
    (folder / "articles" / f"{slug}.gold.json").write_text(json.dumps({"split": split}), encoding="utf-8")
    second = {"quotations": [], "denials": [], "ignore": []}
    (folder / "agreement" / f"{slug}.second.json").write_text(json.dumps(second), encoding="utf-8")


def test_a_second_reading_of_a_held_out_article_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench, "REAL_ARTICLES", tmp_path / "articles")
    monkeypatch.setattr(agreement, "AGREEMENT", tmp_path / "agreement")
    _reading(tmp_path, "outlet-a-2020-01-01-one", "development")
    assert [first["split"] for _, first, _ in agreement.readings()] == ["development"]
    _reading(tmp_path, "outlet-b-2020-01-01-two", "holdout")
    with pytest.raises(SystemExit, match="held-out"):
        agreement.readings()


def test_every_kept_second_reading_is_verbatim_and_of_a_development_article() -> None:
    for gold_path, first, second in agreement.readings():
        text = (gold_path.parent / first["article"]).read_text(encoding="utf-8")
        assert second["article"] == first["article"]
        for kind, words, who in agreement.KINDS:
            for item in second[kind]:
                assert item[words] in text, (gold_path.name, item[words])
                assert item[who] and all(isinstance(form, str) and form for form in item[who])
