"""benchmarks/holdout_by_age.py: groups by order of addition and their totals, on made-up reports."""

from __future__ import annotations

import subprocess

import pytest

from benchmarks.holdout_by_age import GOLD_FOLDER, ROOT, by_age, order_added


def _article(language: str, quotations: tuple[int, int], denials: tuple[int, int]) -> dict:
    return {
        "language": language,
        "split": "holdout",
        "quotations": {"correct": quotations[0], "gold": quotations[1]},
        "denials": {"correct": denials[0], "gold": denials[1]},
    }


def test_groups_follow_the_order_of_addition_and_total_per_language() -> None:
    articles = {
        "c": _article("en", (1, 2), (0, 1)),
        "a": _article("ar", (2, 2), (1, 1)),
        "b": _article("en", (3, 4), (2, 4)),
        "d": _article("fa", (0, 1), (1, 2)),
        "e": _article("en", (5, 5), (0, 0)),
    }
    rows = by_age(articles, ["a", "b", "c", "d", "e", "not-in-report"], groups=2)
    assert [(r["first"], r["last"]) for r in rows] == [(1, 3), (4, 5)]
    assert rows[0]["all"] == {"articles": 3, "quotations": [6, 8, 0.75], "denials": [3, 6, 0.5]}
    assert rows[0]["en"]["quotations"] == [4, 6, 0.667]
    assert rows[1]["fa"] == {"articles": 1, "quotations": [0, 1, 0.0], "denials": [1, 2, 0.5]}
    assert rows[1]["en"]["denials"] == [0, 0, None]  # (no gold denial: no ratio)


def test_an_article_missing_from_the_history_is_an_error() -> None:
    with pytest.raises(SystemExit, match="not in the git history"):
        by_age({"x": _article("en", (1, 1), (1, 1))}, ["y"], groups=1)


def test_the_history_holds_every_gold_file_once() -> None:
    shallow = subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    if shallow != "false":
        pytest.skip("a shallow clone (or no git) does not hold when each gold file was added")
    order = order_added()
    assert len(order) == len(set(order))
    assert {p.name.removesuffix(".gold.json") for p in (ROOT / GOLD_FOLDER).glob("*.gold.json")} <= set(order)
