"""How well `factsheet draft` attributes quotations, on made-up articles and on the real seed article.

    python benchmarks/draft_attribution.py [--only NAME] [--quiet]

Each article under tests/fixtures/articles/ has a hand-made gold file
(<name>.gold.json: every quotation, the words between its marks, and who said
it). For each, the benchmark copies a corpus into a temporary project (the
fictional tests/fixtures/minimal corpus, or for the real seed article the real
corpus without its claims and denials, so nothing is skipped as already
recorded), ingests the article with `factsheet ingest` where it is not already
a source, runs `factsheet draft`, reads back the claims and denials it wrote,
and compares the quotations in their citations, and their speakers, with the
gold. Articles marked "holdout" were written after the rules and never used to
tune them; "development" ones were. Prints one JSON object: per article, for
each subset and overall, the gold quotations,
the (quotation, speaker) pairs drafted, the gold quotations found, those
attributed to the right speaker, precision (right pairs / drafted pairs) and
recall (right / gold).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from click.testing import CliRunner  # noqa: E402

from generator.commands.common import Settings  # noqa: E402
from generator.commands.draft import command as draft_command  # noqa: E402
from generator.commands.ingest import command as ingest_command  # noqa: E402
from generator.draft.names import name_key  # noqa: E402
from generator.model.archive import fold  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.validate import check_project  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
FICTIONAL_CORPUS = ROOT / "tests" / "fixtures" / "minimal"
# Quotations in a citation: the words between a pair of double quotation marks, or after an opening mark
# left open at the end (a quotation that runs on into the next paragraph).
_QUOTED = re.compile(
    r"\u201c([^\u201c\u201d]+)(?:\u201d|$)|\"([^\"]+)(?:\"|$)|\u00ab([^\u00ab\u00bb]+)(?:\u00bb|$)"
)


def norm(quote: str) -> str:
    """A quotation as compared: folded like the validator folds, without the punctuation at either end."""
    return fold(quote).strip(" ,.;:!?\u2026")


def speaker_matches(predicted: str, accepted: list[str]) -> bool:
    """Same name (case, diacritics, hyphens, 'al-' aside), or a description that contains the gold one."""
    pred_key, pred_text = name_key(predicted), fold(predicted).lower()
    for form in accepted:
        if name_key(form) == pred_key:
            return True
        text = fold(form).lower()
        if len(text) >= 8 and (text in pred_text or pred_text in text) and " " in text:
            return True
    return False


def prepare(gold: dict, gold_path: Path, workdir: Path) -> tuple[Path, str]:
    """A project holding the article as a source; returns (project root, source id)."""
    root = workdir / "project"
    article = (gold_path.parent / gold["article"]).resolve()
    if "source_record" in gold:  # the real seed: the real corpus without its claims and denials
        shutil.copytree(ROOT / "content", root / "content", ignore=shutil.ignore_patterns("claim", "denial"))
        shutil.copytree(ROOT / "seeds", root / "seeds")
        return root, Path(gold["source_record"]).stem
    shutil.copytree(FICTIONAL_CORPUS, root)
    args = [str(article)]
    for option, value in gold.get("ingest", {}).items():
        args += [f"--{option}", value]
    out = CliRunner().invoke(ingest_command, args, obj=Settings(root, quiet=True))
    if out.exit_code != 0:
        raise SystemExit(f"ingest failed for {article.name}: {out.exception or out.output}")
    source_id = next(line for line in out.output.splitlines() if line.startswith("content/source/"))
    return root, Path(source_id).stem


def drafted_pairs(root: Path, source_id: str) -> set[tuple[str, str]]:
    """(quotation, speaker name) for every quotation cited by the draft claims and denials of ``source_id``."""
    corpus, _ = check_project(Project(root))
    pairs = set()
    for type_name, field in (("claim", "claimant"), ("denial", "denier")):
        for record in corpus.of_type(type_name):
            if record.status != "draft":
                continue
            speaker = getattr(record, field)
            name = corpus.get(speaker.actor).label if speaker.actor else speaker.described_as
            for citation in record.citations:
                if citation.source != source_id:
                    continue
                for match in _QUOTED.finditer(citation.quote):
                    words = next(g for g in match.groups() if g is not None)
                    pairs.add((norm(words), name))
    return pairs


def score(gold: dict, pairs: set[tuple[str, str]]) -> dict:
    quotations = [(norm(q["quote"]), q["speaker"]) for q in gold["quotations"]]
    ignore = {norm(q) for q in gold.get("ignore", [])}
    pairs = {p for p in pairs if p[0] not in ignore}
    found = correct = 0
    right_pairs = set()
    for quote, accepted in quotations:
        said = [p for p in pairs if p[0] == quote]
        found += bool(said)
        hits = [p for p in said if speaker_matches(p[1], accepted)]
        correct += bool(hits)
        right_pairs.update(hits)
    wrong = sorted(p for p in pairs if p not in right_pairs)
    return {
        "gold": len(quotations),
        "drafted": len(pairs),
        "found": found,
        "correct": correct,
        "precision": round(len(right_pairs) / len(pairs), 3) if pairs else None,
        "recall": round(correct / len(quotations), 3) if quotations else None,
        "wrong_or_extra": [{"quote": q[:80], "speaker": s} for q, s in wrong],
        "_right_pairs": len(right_pairs),
    }


def run(gold_path: Path) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="factsheet-draft-bench-") as tmp:
        root, source_id = prepare(gold, gold_path, Path(tmp))
        started = time.perf_counter()
        out = CliRunner().invoke(draft_command, [source_id], obj=Settings(root, quiet=True))
        seconds = time.perf_counter() - started
        if out.exit_code != 0:
            raise SystemExit(f"draft failed for {source_id}: {out.exception or out.output}")
        result = score(gold, drafted_pairs(root, source_id))
        _, issues = check_project(Project(root))
        result["validate_errors"] = sum(i.severity == "error" for i in issues)
    result["style"] = gold.get("style", "")
    result["holdout"] = bool(gold.get("holdout"))
    result["draft_seconds"] = round(seconds, 3)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="run only the article whose gold file starts with this")
    parser.add_argument("--quiet", action="store_true", help="leave out the list of wrong or extra attributions")
    args = parser.parse_args(argv)
    results = {}
    for gold_path in sorted(ARTICLES.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if args.only and not name.startswith(args.only):
            continue
        results[name] = run(gold_path)
    report: dict = {"articles": {}, "overall": {}, "development": {}, "holdout": {}, "seed": None}
    is_seed = lambda n: n.startswith("the-new-arab")  # noqa: E731
    for subset, keep in (
        ("overall", lambda n, r: True),
        ("development", lambda n, r: not r["holdout"] and not is_seed(n)),  # made up before the rules, tuned on
        ("holdout", lambda n, r: r["holdout"]),  # written after the rules; never tuned on
    ):
        chosen = [r for n, r in results.items() if keep(n, r)]
        totals = {k: sum(r[k] for r in chosen) for k in ("gold", "drafted", "found", "correct", "_right_pairs")}
        report[subset] = {
            "articles": len(chosen),
            "gold": totals["gold"],
            "drafted": totals["drafted"],
            "found": totals["found"],
            "correct": totals["correct"],
            "precision": round(totals["_right_pairs"] / totals["drafted"], 3) if totals["drafted"] else None,
            "recall": round(totals["correct"] / totals["gold"], 3) if totals["gold"] else None,
        }
    for name, result in results.items():
        result.pop("_right_pairs")
        if args.quiet:
            result.pop("wrong_or_extra")
        report["articles"][name] = result
        if name.startswith("the-new-arab"):
            report["seed"] = name
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
