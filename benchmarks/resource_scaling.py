"""How the inputs issue 13 found quadratic scale now: time and memory against input size, 10 KB to 1 MB.

    python benchmarks/resource_scaling.py [--sizes 10000 100000 1000000] [--cases NAME ...] [--quiet]

Cases (size = bytes of the hostile input):
- escape-nbsp: ``escape_md`` of "Begins" + no-break spaces + "ends." (a description).
- many-citations: one claim citing one passage of one source N times, without ``paragraph:``
  (the claim file is the size): load + validate, render, and Python-Markdown with mkdocs.yml's
  extensions on the claim's and the source's pages (what mkdocs does for each page).
- failing-quotes: an archive of size/2 bytes and size/200 quotes that are not in it (a typo
  before the last word), each located and given its hint as validation does.
- draft-dots: drafting reads "He said" + "." * n + "x and then" + "." * n + " The minister denied it."

Each (case, size) runs in a fresh Python process, so the peak memory (``ru_maxrss`` of that
child) is its own. Prints one JSON object: per case, the runs and the ratio of time per byte
at the largest size to that at the smallest (1.0 is perfectly linear; a quadratic input
would show about the size ratio, 100). Progress goes to stderr on a terminal, unless
--quiet or CI is set.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

QUIET = False


def say(message: str) -> None:
    if not QUIET:
        print(message, file=sys.stderr, flush=True)


# --- the cases: each builds its input of about ``size`` bytes, then returns the timed work ----------


def escape_nbsp(size: int) -> tuple[int, Callable[[], object]]:
    from generator.render.escape import escape_md

    value = "Begins" + "\u00a0" * (size // 2) + "ends."  # a no-break space is two bytes of UTF-8
    return len(value.encode()), lambda: escape_md(value)


def many_citations(size: int) -> tuple[int, Callable[[], object]]:
    import markdown
    from mkdocs.config import load_config

    from generator.build import write_docs
    from generator.project import Project
    from generator.validate import check_project

    root = Path(tempfile.mkdtemp(prefix="factsheet-scaling-"))
    shutil.copytree(REPO / "tests/fixtures/minimal/content", root / "content")
    shutil.copytree(REPO / "tests/fixtures/minimal/seeds", root / "seeds")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    entry = "  - source: harbour-ledger-2024-03-veloria-border\n    quote: a Velorian border official told The Harbour Ledger.\n"
    head = "summary: One passage cited again and again.\nclaimant:\n  described_as: a border official\nclaim_status: alleged\ncitations:\n"
    claim = head + entry * max(1, (size - len(head)) // len(entry))
    (root / "content/claim/cited-again-and-again.yaml").write_text(claim)
    cfg = load_config(str(root / "mkdocs.yml"))
    extensions = cfg["markdown_extensions"]

    def work() -> object:
        project = Project(root)
        corpus, issues = check_project(project)
        errors = [i.text() for i in issues if i.severity == "error"]
        if errors:
            raise SystemExit("\n".join(errors[:5]))
        write_docs(project, corpus.published())
        for page in ("claim/cited-again-and-again.md", "source/harbour-ledger-2024-03-veloria-border.md"):
            text = (project.docs_dir / page).read_text()
            markdown.Markdown(extensions=extensions, extension_configs=cfg["mdx_configs"]).convert(text)
        shutil.rmtree(root)
        return corpus

    return len(claim.encode()), work


def failing_quotes(size: int) -> tuple[int, Callable[[], object]]:
    import random

    from generator.model.archive import ArchivedText

    articles = sorted((REPO / "benchmarks/articles").glob("*.txt"))
    base = "\n\n".join(p.read_text() for p in articles if not p.name.startswith(("cnn-arabic",)))
    text = (base * (size // 2 // len(base) + 1))[: size // 2]
    rng = random.Random(1)
    words = text.split()
    quotes = []
    while sum(len(q) for q in quotes) < size // 2:
        i = rng.randrange(max(1, len(words) - 12))
        quote = words[i : i + 10]
        quotes.append(" ".join([*quote[:-1], "zqx", *quote[-1:]]))

    def work() -> object:
        archive = ArchivedText(text)
        for quote in quotes:
            if archive.locate(quote) is None:
                archive.nearest(quote)
        return archive.searches, archive.scans

    return len(text.encode()) + sum(len(q.encode()) for q in quotes), work


def draft_dots(size: int) -> tuple[int, Callable[[], object]]:
    from generator.draft.descriptors import describe
    from generator.draft.names import NameIndex
    from generator.draft.speakers import Reader
    from generator.draft.text import read
    from generator.draft.units import units_of
    from generator.model.archive import ArchivedText

    n = size // 2
    text = "Title\n\nHe said" + "." * n + "x and then" + "." * n + " The minister denied it.\n"

    def work() -> object:
        readings = Reader(read(ArchivedText(text)), NameIndex(), skip={1}).read()
        describe(readings)
        return list(units_of(readings))

    return len(text.encode()), work


CASES: dict[str, Callable[[int], tuple[int, Callable[[], object]]]] = {
    "escape-nbsp": escape_nbsp,
    "many-citations": many_citations,
    "failing-quotes": failing_quotes,
    "draft-dots": draft_dots,
}


def run_one(case: str, size: int) -> dict:
    """In this (child) process: build the input, time the work once."""
    nbytes, work = CASES[case](size)
    start = time.perf_counter()
    work()
    return {"bytes": nbytes, "seconds": round(time.perf_counter() - start, 4)}


def measure(case: str, size: int) -> dict:
    """One (case, size) in a fresh interpreter: its timing, and the child's own peak memory."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--one", case, str(size)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    out, err = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{case} at {size} bytes failed:\n{err[-3000:]}")
    return {**json.loads(out), "peak_rss_mb": round(usage.ru_maxrss / 1024)}


def main() -> None:
    global QUIET
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--one", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    QUIET = args.quiet or bool(os.environ.get("CI")) or not sys.stderr.isatty()
    report: dict = {"benchmark": "resource-scaling", "cpus": os.cpu_count(), "cases": {}}
    for case in args.cases:
        runs = []
        for size in sorted(args.sizes):
            say(f"[{case}] {size:,} bytes")
            runs.append(measure(case, size))
            say(f"[{case}] {size:,} bytes: {runs[-1]['seconds']} s, {runs[-1]['peak_rss_mb']} MB")
        entry: dict = {"runs": runs}
        if len(runs) >= 2:
            first, last = runs[0], runs[-1]
            entry["size_ratio"] = round(last["bytes"] / first["bytes"], 1)
            entry["time_ratio"] = round(last["seconds"] / max(first["seconds"], 1e-4), 1)
            entry["time_per_byte_ratio"] = round(entry["time_ratio"] / entry["size_ratio"], 2)
        report["cases"][case] = entry
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
