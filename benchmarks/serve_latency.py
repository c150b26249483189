"""How long `factsheet serve` takes to show an edited record, on a synthetic corpus of any size.

    python benchmarks/serve_latency.py [--records 10000] [--edits 3] [--project DIR] [--quiet]

Starts a real `factsheet serve`, waits for a fact sheet to be served, then renames
that group in its YAML file several times, each time measuring the seconds until
the served page shows the new name, and until the downloads show it too (the
preview's second pass, which also brings the lists and the timeline up to date).
Prints one JSON object: records, seconds until the first page was served, and
both latencies for each save.
``--project`` measures an existing project (it must be a copy: its records are edited).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.synthetic import generate  # noqa: E402


def say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message, file=sys.stderr, flush=True)


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(predicate, timeout: float) -> float | None:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return round(time.perf_counter() - start, 2)
        time.sleep(0.1)
    return None


def measure(root: Path, edits: int, quiet: bool) -> dict:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    group = sorted((root / "content" / "group").glob("*.yaml"))[0]
    url = f"http://127.0.0.1:{port}/group/{group.stem}/"
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - open as long as the child writes to it
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        say("waiting for the first page", quiet)
        startup = _wait_for(lambda: _get(url) is not None, 1800)
        if startup is None:
            log.seek(0)
            raise SystemExit("serve did not come up:\n" + log.read()[-3000:])
        downloads = f"http://127.0.0.1:{port}/downloads/records.json"
        latencies, settled = [], []
        for n in range(1, edits + 1):
            time.sleep(1)
            text = group.read_text(encoding="utf-8")
            name = next(line for line in text.splitlines() if line.startswith("name:"))
            marker = f"Edited Name {n}"
            start = time.perf_counter()
            group.write_text(text.replace(name, f"name: {marker}"), encoding="utf-8")
            seconds = _wait_for(lambda: marker in (_get(url) or ""), 600)  # noqa: B023 (called at once)
            # Then the second pass: lists, timeline and downloads brought up to date.
            _wait_for(lambda: marker in (_get(downloads) or ""), 600)  # noqa: B023
            everything = round(time.perf_counter() - start, 2)
            say(f"edit {n}: page shown after {seconds} s, everything up to date after {everything} s", quiet)
            latencies.append(seconds)
            settled.append(everything)
        return {
            "first_page_seconds": startup,
            "edit_to_visible_seconds": latencies,
            "edit_to_all_updated_seconds": settled,
        }
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--project", type=Path)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    quiet = args.quiet or not sys.stderr.isatty()
    with tempfile.TemporaryDirectory(prefix="factsheet-serve-") as tmp:
        if args.project:
            root, records = args.project.resolve(), len(list((args.project / "content").rglob("*.yaml")))
        else:
            root = Path(tmp)
            say(f"generating {args.records} records", quiet)
            records = generate(root, args.records)
            shutil.copytree(REPO / "templates", root / "templates")
            shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        result = {
            "benchmark": "serve-latency",
            "cpus": os.cpu_count(),
            "records": records,
            **measure(root, args.edits, quiet),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
