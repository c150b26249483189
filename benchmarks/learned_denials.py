"""Whether a learned classifier tells denials from claims better than the drafting rules do, on real development articles.

    python benchmarks/learned_denials.py [--jobs N] [--quiet]

Issue 17's held-out denials stay below target, and rules written from development misses no longer carry to the held-out
half (benchmarks/DRAFTING.md). This asks whether a learned component could do what the rules do not, before one is
built into `factsheet draft`. It drafts every DEVELOPMENT article as draft_attribution.py does, and labels each place a
drafted claim or denial cites: a denial place when it holds (or is held by) a gold denial of the statement's speaker.
A logistic regression (word and word-pair features of the place, with its language, and whether the article and the
speaker have a denial drafted) is trained on four fifths of the outlets and applied to the fifth, five times over, so
that no outlet is scored by a model that saw its articles. Per language and threshold it counts:

- claims_to_denials: claim places the model scores at or above the threshold, split into right (the gold has a denial
  of that speaker there: a denial the rules missed) and wrong (none there: a claim the model would spoil);
- denials_dropped: denial places scored below one minus the threshold, split into right (no gold denial of that
  speaker there: a wrong place removed) and wrong (a right denial place lost).

A model worth building in turns more claims right than wrong without dropping right denials. The held-out half is never
read: it stays the measure of whatever is built. Nothing is downloaded; the regression is a few lines of our own.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import draft_attribution as bench  # noqa: E402
from generator.folding import fold  # noqa: E402

FOLDS = 5
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
_WORD = re.compile(r"\w+")
# Arabic and Persian letters written onto a word ('و' and, 'ال' the, 'می' the present): the word without them is a
# feature too, so that 'والنفي' and 'النفي' share one.
_PREFIXES = ("\u0648\u0627\u0644", "\u0627\u0644", "\u0648", "\u0641", "\u0628", "\u0644", "\u0645\u06cc")


def features(text: str, language: str) -> set[str]:
    """The words and word pairs of a cited place, folded as search folds them, each tagged with the language."""
    words = _WORD.findall(fold(text).lower())
    out = {f"{language}:w:{w}" for w in words} | {f"{language}:p:{a}_{b}" for a, b in pairwise(words)}
    if language != "en":
        out |= {
            f"{language}:s:{w[len(p) :]}" for w in words for p in _PREFIXES if w.startswith(p) and len(w) > len(p) + 2
        }
    return out | {f"{language}:bias", "bias"}


def with_context(feats: set[str], place: dict, deniers: set[str]) -> set[str]:
    """A place's features with what the drafting rules made of its article: whether its speaker, or anyone, denies."""
    return feats | {
        "ctx:speaker-denies" if place["speaker"] in deniers else "ctx:speaker-no-denial",
        "ctx:article-denial" if deniers else "ctx:article-no-denial",
        f"ctx:{place['type']}",
    }


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows: list[set[str]], labels: list[int], epochs: int = 8, rate: float = 0.2, l2: float = 1e-4) -> dict:
    """Weights of a logistic regression by AdaGrad, in a fixed order (seeded), so that a run repeats."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(float)
    order = list(range(len(rows)))
    shuffle = random.Random(1).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            error = _sigmoid(sum(weights[f] for f in rows[i])) - labels[i]
            for f in rows[i]:
                g = error + l2 * weights[f]
                squares[f] += g * g
                weights[f] -= rate * g / math.sqrt(squares[f] + 1e-8)
    return dict(weights)


def score(weights: dict, feats: Iterable[str]) -> float:
    return _sigmoid(sum(weights.get(f, 0.0) for f in feats))


def outlet_folds(outlets: Iterable[str], folds: int = FOLDS) -> dict[str, int]:
    """Each outlet's fold, by a fixed shuffle: an outlet's articles are never split across folds."""
    names = sorted(set(outlets))
    random.Random(7).shuffle(names)
    return {name: n % folds for n, name in enumerate(names)}


def labelled_places(gold: dict, statements: list[dict]) -> list[dict]:
    """Each place a drafted claim or denial cites, labelled 1 when a gold denial of its speaker is there."""
    mention_records = {bench.search_fold(m["name"]): m["record"] for m in gold.get("mentions", []) if m.get("record")}
    out = []
    for s in statements:
        for place in s["places"]:
            folded = bench._folded(place)
            label = any(
                (t := bench._folded(d["text"]))
                and (t in folded or folded in t)
                and bench._real_speaker_ok(s, d["denier"], mention_records)
                for d in gold.get("denials", [])
            )
            out.append({"type": s["type"], "speaker": s["speaker"], "place": place, "label": int(label)})
    return out


def drafted_places(gold_path: Path) -> dict:
    """One development article drafted as draft_attribution.py drafts it (its drafted_article), with its places
    labelled."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    drafted, _, _ = bench.drafted_article(gold, gold_path, validate=False)
    return {
        "language": gold["language"],
        "outlet": gold["outlet"],
        "places": labelled_places(gold, drafted["statements"]),
    }


def cross_validated(articles: list[dict]) -> list[tuple[dict, str, float]]:
    """(place, language, score) for every place, each scored by the model trained on the other folds' outlets."""
    fold_of = outlet_folds(a["outlet"] for a in articles)
    rows = []
    for article in articles:
        deniers = {p["speaker"] for p in article["places"] if p["type"] == "denial"}
        for place in article["places"]:
            feats = with_context(features(place["place"], article["language"]), place, deniers)
            rows.append((fold_of[article["outlet"]], article["language"], place, feats))
    scored = []
    for k in range(FOLDS):
        training = [r for r in rows if r[0] != k]
        weights = train([r[3] for r in training], [r[2]["label"] for r in training])
        scored += [(r[2], r[1], score(weights, r[3])) for r in rows if r[0] == k]
    return scored


def tally(scored: list[tuple[dict, str, float]]) -> dict:
    """Per language and threshold: claims the model would make denials, and denial places it would drop."""
    report: dict = {}
    for language in sorted({lang for _, lang, _ in scored}):
        places = [(p, s) for p, lang, s in scored if lang == language]
        report[language] = {
            "places": len(places),
            "denial_places": sum(p["label"] for p, _ in places),
            "claims_the_rules_should_have_made_denials": sum(p["type"] == "claim" and p["label"] for p, _ in places),
            "thresholds": {},
        }
        for t in THRESHOLDS:
            flipped = [p for p, s in places if p["type"] == "claim" and s >= t]
            dropped = [p for p, s in places if p["type"] == "denial" and s < 1 - t]
            report[language]["thresholds"][str(t)] = {
                "claims_to_denials": {
                    "right": sum(p["label"] for p in flipped),
                    "wrong": sum(not p["label"] for p in flipped),
                },
                "denials_dropped": {
                    "right": sum(not p["label"] for p in dropped),
                    "wrong": sum(p["label"] for p in dropped),
                },
            }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="articles drafted at once")
    parser.add_argument("--quiet", action="store_true", help="no progress")
    args = parser.parse_args(argv)
    paths = [
        p
        for p in bench.real_gold_files()
        if json.loads(p.read_text(encoding="utf-8"))["split"] == "development"  # never the held-out half
    ]
    articles = []
    with Pool(args.jobs) as pool:
        for n, article in enumerate(pool.imap_unordered(drafted_places, paths, chunksize=4), start=1):
            articles.append(article)
            if n % 50 == 0 or n == len(paths):
                bench.progress(f"[{n}/{len(paths)}] drafted", args.quiet)
    articles.sort(key=lambda a: (a["outlet"], json.dumps(a["places"], ensure_ascii=False)))  # (pool order varies)
    report = {"articles": len(articles), "folds": FOLDS, "by_language": tally(cross_validated(articles))}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
