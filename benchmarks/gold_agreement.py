"""How far two readers agree on the gold of the same development articles, and what that means for the drafts' scores.

    python benchmarks/gold_agreement.py [--no-drafts] [--quiet]

Issue 17 sets targets for `factsheet draft` (for example 85% of gold denials with the right denier) as if the gold
were certain. It is read by hand, and two careful readers following the same written conventions
(benchmarks/articles/README.md) do not list exactly the same quotations and denials. benchmarks/agreement/ holds a
second, blind reading of some development articles (<slug>.second.json, by a reader who never saw the first gold nor
the tool's output; see its README). For each, this compares the two readings and, unless --no-drafts, scores the
draft against each, as draft_attribution.py scores it:

- readers: quotations (or denials) each reading lists, those both list (the same words: one's span holds the other's),
  and of those, how many give the same speaker (or denier: some form one reading accepts is a form the other accepts,
  as the benchmark compares names). agreement = 2 x both / (first + second), the share of listed items the other
  reader also lists; speaker_agreement = same speaker / both; joint = 2 x same speaker / (first + second).
- drafts: gold items with the right speaker (or denier) / gold items, against the first reading and the second. The
  second reading borrows the first's mentions (its links to records), which it does not repeat.

Only development articles are read: a second reading of a held-out article is refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import draft_attribution as bench  # noqa: E402
from generator.draft.proposals import name_bag  # noqa: E402
from generator.folding import fold  # noqa: E402

AGREEMENT = ROOT / "benchmarks" / "agreement"
# (item list, its words, who says them) in a gold reading
KINDS = (("quotations", "quote", "speaker"), ("denials", "text", "denier"))


def same_words(a: str, b: str) -> bool:
    """One reading's span holds the other's, compared as the benchmark compares quotations."""
    a, b = bench._folded(a), bench._folded(b)
    return bool(a and b) and (a in b or b in a)


def same_person(first: list[str], second: list[str]) -> bool:
    """Some form one reading accepts names who the other does: the benchmark's comparison of a drafted name with the
    accepted forms, asked both ways (a description may hold the other's shorter one)."""
    for a in first:
        if bench.speaker_matches(a, second) or any(fold(a).lower() == fold(b).lower() for b in second):
            return True
        if any(bench.speaker_matches(b, [a]) for b in second):
            return True
        if any(len(name_bag(a)) >= 2 and name_bag(a) == name_bag(b) for b in second):
            return True
    return False


def compare(first: list[dict], second: list[dict], words: str, who: str) -> dict:
    """Items of two readings paired one to one by their words; counts of each, of pairs, and of pairs whose speaker
    agrees. A pair with the same speaker is preferred where an item's words match several."""
    unpaired = list(range(len(second)))
    both = same = 0
    for item in first:
        matching = [j for j in unpaired if same_words(item[words], second[j][words])]
        if not matching:
            continue
        agreeing = [j for j in matching if same_person(item[who], second[j][who])]
        unpaired.remove((agreeing or matching)[0])
        both += 1
        same += bool(agreeing)
    return {"first": len(first), "second": len(second), "both": both, "same_speaker": same}


def second_gold(first: dict, second: dict) -> dict:
    """The first gold with the second reading's quotations, denials and words to ignore (its mentions kept)."""
    return {**first, "quotations": second["quotations"], "denials": second["denials"], "ignore": second["ignore"]}


def readings() -> list[tuple[Path, dict, dict]]:
    """(first gold's path, first gold, second reading) for every second reading; a held-out article is refused."""
    out = []
    for path in sorted(AGREEMENT.glob("*.second.json")):
        slug = path.name.removesuffix(".second.json")
        gold_path = bench.REAL_ARTICLES / f"{slug}.gold.json"
        first = json.loads(gold_path.read_text(encoding="utf-8"))
        if first["split"] != "development":
            raise SystemExit(f"{path}: a second reading of a held-out article is not compared")
        out.append((gold_path, first, json.loads(path.read_text(encoding="utf-8"))))
    return out


def article_report(gold_path: Path, first: dict, second: dict, drafts: bool) -> dict:
    result: dict = {"language": first["language"]}
    for kind, words, who in KINDS:
        result[kind] = compare(first[kind], second[kind], words, who)
    if drafts:
        drafted, no_speaker, _ = bench.drafted_article(first, gold_path, validate=False)
        headline = bench._headline(gold_path.parent / first["article"])
        for name, gold in (("first", first), ("second", second_gold(first, second))):
            scored = bench.score_real(gold, drafted, headline, no_speaker)
            result[f"draft_vs_{name}"] = {
                "quotations": [scored["quotations"]["correct"], scored["quotations"]["gold"]],
                "denials": [scored["denials"]["correct"], scored["denials"]["gold"]],
            }
    return result


def summarise(results: list[dict]) -> dict:
    out: dict = {"articles": len(results)}
    for kind, _, _ in KINDS:
        n = {k: sum(r[kind][k] for r in results) for k in ("first", "second", "both", "same_speaker")}
        listed = n["first"] + n["second"]
        out[kind] = {
            **n,
            "agreement": bench._ratio(2 * n["both"], listed),
            "speaker_agreement": bench._ratio(n["same_speaker"], n["both"]),
            "joint": bench._ratio(2 * n["same_speaker"], listed),
        }
        for name in ("first", "second"):
            key = f"draft_vs_{name}"
            if results and key in results[0]:
                right, gold = (sum(r[key][kind][i] for r in results) for i in (0, 1))
                out[kind][key] = {"right": right, "gold": gold, "recall": bench._ratio(right, gold)}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-drafts", action="store_true", help="compare the readings only; draft nothing")
    parser.add_argument("--quiet", action="store_true", help="no progress")
    args = parser.parse_args(argv)
    results = {}
    pairs = readings()
    for n, (gold_path, first, second) in enumerate(pairs, start=1):
        bench.progress(f"[{n}/{len(pairs)}] {gold_path.name.removesuffix('.gold.json')}", args.quiet)
        results[gold_path.name.removesuffix(".gold.json")] = article_report(
            gold_path, first, second, not args.no_drafts
        )
    report: dict = {}
    for language in (*bench.LANGUAGES, "all"):
        report[language] = summarise([r for r in results.values() if language in (r["language"], "all")])
    report["articles"] = results
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
