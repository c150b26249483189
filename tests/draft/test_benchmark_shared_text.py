"""The corpus guard of benchmarks/shared_text.py and benchmarks/articles/check.py: an article that shares words with
one of the other half (the same statement printed by two outlets) is found, so that no held-out words are tuned on."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import shared_text
from benchmarks.articles import check
from benchmarks.shared_text import KNOWN, shared_across_halves

STATEMENT = (
    "The brigade's media office said on Sunday that reports of its fighters crossing the river near Ostra were "
    "baseless and spread by those who wish to sow discord among the people of the valley"
)


def article(folder: Path, slug: str, split: str, text: str) -> None:
    (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
    gold = {"article": f"{slug}.txt", "split": split}
    (folder / f"{slug}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_same_statement_in_both_halves_is_a_shared_pair(tmp_path):
    article(tmp_path, "wire-a", "development", f"OSTRA - {STATEMENT}. The army gave no comment.")
    article(tmp_path, "paper-b", "holdout", f"In a statement, {STATEMENT.lower()}, our correspondent reports.")
    article(tmp_path, "paper-c", "holdout", "A different report about the harvest in the valley, with no statement.")
    pairs = shared_across_halves(tmp_path)
    assert [(p.development, p.holdout) for p in pairs] == [("wire-a", "paper-b")]
    assert pairs[0].runs >= 25 and pairs[0].share > 0.5


def test_the_same_statement_in_one_half_is_no_pair(tmp_path):
    article(tmp_path, "wire-a", "holdout", STATEMENT)
    article(tmp_path, "paper-b", "holdout", STATEMENT + " The army gave no comment.")
    assert shared_across_halves(tmp_path) == []


def test_a_stock_phrase_many_articles_hold_is_no_shared_text(tmp_path, monkeypatch):
    monkeypatch.setattr(shared_text, "STOCK", 2)
    for n, split in enumerate(("development", "holdout", "holdout")):
        article(tmp_path, f"outlet-{n}", split, f"{STATEMENT}. Story {n} goes on about something else entirely.")
    assert shared_across_halves(tmp_path) == []


def test_the_corpus_passes_its_check_and_every_known_pair_is_still_there(capsys):
    assert check.main(["--quiet"]) == 0, capsys.readouterr().out
    found = {(p.development, p.holdout) for p in shared_across_halves(check.HERE)}
    assert found >= KNOWN  # (a known pair no longer found is a stale entry: drop it)
