"""Regression floor for quotation attribution, on the gold files of tests/fixtures/articles/.

benchmarks/draft_attribution.py prints the full figures; this keeps them from
sliding unnoticed. The floors sit below today's figures (development and seed
articles all right, the held-out ones 26 of 27) so that honest improvements
elsewhere do not have to fight the test.
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import FIXTURES, REPO

sys.path.insert(0, str(REPO))
from benchmarks.draft_attribution import run

GOLD = sorted((FIXTURES / "articles").glob("*.gold.json"))


@pytest.mark.parametrize("gold", GOLD, ids=[g.name.removesuffix(".gold.json") for g in GOLD])
def test_attribution_on_each_article(gold):
    result = run(gold)
    assert result["validate_errors"] == 0
    assert result["precision"] >= 0.9, result["wrong_or_extra"]
    assert result["recall"] >= (0.85 if result["holdout"] else 0.95)
