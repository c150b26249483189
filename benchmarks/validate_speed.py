"""How fast load + validate runs, in records per second, at 1,000 and 10,000 records.

    python benchmarks/validate_speed.py [--sizes 1000 10000] [--quiet]

Prints one JSON object. Both sizes run in the same process, one after the
other, so the ratio between them is meaningful even on a busy machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import generate
from generator.project import Project
from generator.validate import check_project


def measure(size: int, quiet: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="factsheet-bench-") as tmp:
        root = Path(tmp)
        written = generate(root, size)
        if not quiet:
            print(f"validating {written} records", file=sys.stderr)
        start = time.perf_counter()
        corpus, issues = check_project(Project(root))
        seconds = time.perf_counter() - start
    errors = [i.text() for i in issues if i.severity == "error"]
    if errors:
        raise SystemExit("synthetic corpus is invalid:\n" + "\n".join(errors[:10]))
    return {"records": len(corpus), "seconds": round(seconds, 3), "records_per_second": round(len(corpus) / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    runs = [measure(n, args.quiet or not sys.stderr.isatty()) for n in args.sizes]
    report = {
        "benchmark": "load+validate",
        "python": platform.python_version(),
        "runs": runs,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if len(runs) >= 2:
        first, last = runs[0], runs[-1]
        report["time_ratio"] = round(last["seconds"] / first["seconds"], 2)
        report["size_ratio"] = round(last["records"] / first["records"], 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
