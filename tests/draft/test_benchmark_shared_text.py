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


def test_a_page_copying_a_held_out_article_is_found_before_it_is_read(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    article(corpus, "paper-b", "holdout", f"In a statement, {STATEMENT.lower()}, our correspondent reports.")
    article(corpus, "wire-a", "development", f"OSTRA - {STATEMENT}. The army gave no comment.")
    page = tmp_path / "page.txt"
    page.write_text(f"Reposted from a wire: {STATEMENT}. Comments are closed.", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("A report about the harvest in the valley, and the prices of wheat and barley.", encoding="utf-8")
    # (a copy of a held-out article, under another address, is that article: the development one does not matter)
    assert [slug for slug, _ in shared_text.held_out_sharing(corpus, page.read_text())] == ["paper-b"]
    assert shared_text.held_out_sharing(corpus, other.read_text()) == []
    monkeypatch.setattr(shared_text, "__file__", str(tmp_path / "shared_text.py"))
    assert shared_text.main([str(page), str(other)]) == 1
    out = capsys.readouterr().out
    assert "page.txt: shares" in out and "held-out paper-b" in out
    assert "other.txt: no held-out article shares its words" in out
    assert shared_text.main([str(other)]) == 0


def test_an_outlet_with_held_out_articles_is_named_before_its_pages_are_read(tmp_path, monkeypatch, capsys):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for slug, outlet, split in (("a", "Ostra Wire", "holdout"), ("b", "Valley Times", "development")):
        (corpus / f"{slug}.txt").write_text(f"Story {slug} about the harvest in the valley.", encoding="utf-8")
        gold = {"article": f"{slug}.txt", "split": split, "outlet": outlet}
        (corpus / f"{slug}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    # (case and spaces aside, as the gold files spell the outlet; a name the corpus lacks is new, never hashed)
    assert shared_text.outlet_half(corpus, " ostra  wire") == "holdout"
    assert shared_text.outlet_half(corpus, "Valley Times") == "development"
    assert shared_text.outlet_half(corpus, "Kessel Post") == ""
    page = tmp_path / "page.txt"
    page.write_text("A report about the prices of wheat and barley in the hills.", encoding="utf-8")
    monkeypatch.setattr(shared_text, "__file__", str(tmp_path / "shared_text.py"))
    assert shared_text.main([str(page), "--outlet", "Ostra Wire"]) == 1
    assert "outlet 'Ostra Wire': the corpus holds held-out articles of it" in capsys.readouterr().out
    assert shared_text.main([str(page), "--outlet", "Valley Times", "--outlet", "Kessel Post"]) == 0
    out = capsys.readouterr().out
    assert "'Valley Times': in the development half" in out and "'Kessel Post': new to the corpus" in out
