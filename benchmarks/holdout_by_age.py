"""The held-out half's figures in groups by when its articles were added to the corpus, totals only.

    python benchmarks/draft_attribution.py --set real --split holdout --quiet > holdout.json
    python benchmarks/holdout_by_age.py holdout.json [--groups 5]

Fresh held-out articles have sometimes scored far above the half at large and sometimes far below it. This asks
whether the articles of the early rounds are harder than later ones: it orders the held-out articles by the commit that
added each gold file (git history, renames not followed) and prints, per group of equal size and language,
quotations and denials with the right speaker. It prints no article's name nor figures, so that reading it shows
nothing of any held-out article.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.draft_attribution import LANGUAGES, _ratio  # noqa: E402

GOLD_FOLDER = "benchmarks/articles"


def order_added(root: Path = ROOT) -> list[str]:
    """Slugs of the real articles, oldest first, by the commit that added each gold file."""
    log = subprocess.run(
        ["git", "log", "--reverse", "--topo-order", "--diff-filter=A", "--no-renames", "--format=", "--name-only",
         "--", GOLD_FOLDER],
        cwd=root, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    slugs: list[str] = []
    for line in log.splitlines():
        if line.endswith(".gold.json"):
            slug = Path(line).name.removesuffix(".gold.json")
            if slug not in slugs:
                slugs.append(slug)
    return slugs


def by_age(articles: dict[str, dict], order: list[str], groups: int) -> list[dict]:
    """The articles of a report in ``groups`` groups of (nearly) equal size by ``order``; totals per language."""
    ordered = [slug for slug in order if slug in articles]
    missing = set(articles) - set(ordered)
    if missing:
        raise SystemExit(f"{len(missing)} articles of the report are not in the git history")
    size = -(-len(ordered) // groups)
    out = []
    for start in range(0, len(ordered), size):
        chosen = [articles[slug] for slug in ordered[start : start + size]]
        row: dict = {"first": start + 1, "last": start + len(chosen)}
        for language in (*LANGUAGES, "all"):
            mine = [r for r in chosen if language in (r["language"], "all")]
            q = [sum(r["quotations"][k] for r in mine) for k in ("correct", "gold")]
            d = [sum(r["denials"][k] for r in mine) for k in ("correct", "gold")]
            row[language] = {
                "articles": len(mine),
                "quotations": [*q, _ratio(*q)],
                "denials": [*d, _ratio(*d)],
            }
        out.append(row)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("report", type=Path, help="a draft_attribution.py report of the held-out half")
    parser.add_argument("--groups", type=int, default=5)
    args = parser.parse_args(argv)
    articles = json.loads(args.report.read_text(encoding="utf-8"))["real"]["articles"]
    held_out = {name: r for name, r in articles.items() if r["split"] == "holdout"}
    print(json.dumps(by_age(held_out, order_added(), args.groups), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
