"""How the whole build scales: synthetic corpora of several sizes, each built end to end, with the stock baseline.

    python benchmarks/build_scale.py [--sizes 1000 10000] [--baseline-sizes 1000] [--baseline-timeout 600]
                                     [--search-browser] [--quiet]

For each size it prints, as one JSON object on stdout:
- seconds per phase, measured in-process (load+validate, render+write Markdown, mkdocs, theme fixes,
  Pagefind indexing), and the end-to-end `factsheet build` wall time and peak memory (a subprocess);
- an incremental rebuild after renaming one group: seconds, and how many Markdown pages changed;
- site bytes, HTML bytes per fact sheet (mean, max), search index bytes, and with --search-browser the
  bytes a browser downloads for one search (real headless Chromium, Debian's package);
- the same Markdown built by stock MkDocs Material with its automatic navigation and built-in search
  (the baseline), with the ratios of our time and size to it. A baseline that outlives its timeout is
  reported as such, and the ratio as an upper bound.
Sizes run one after another in one invocation, so ratios between them are comparable on a busy machine.
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
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.synthetic import generate  # noqa: E402
from generator.build import generated_pages, write_docs  # noqa: E402
from generator.build.mkdocs_run import run_mkdocs  # noqa: E402
from generator.build.plugin import FactsheetPlugin  # noqa: E402
from generator.build.search_index import index_site  # noqa: E402
from generator.project import Project  # noqa: E402
from generator.siteconfig import load_mkdocs_config  # noqa: E402
from generator.validate import check_project  # noqa: E402

QUIET = False


def say(message: str) -> None:
    if not QUIET:
        print(message, file=sys.stderr, flush=True)


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, round(time.perf_counter() - start, 3)


def run_build(root: Path) -> dict:
    """`factsheet build` in a child process: wall seconds, peak memory, and what it reported."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "build"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "CI": ""},
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.stdout.read()  # drained so the child never blocks on a full pipe
    err = proc.stderr.read()
    seconds = round(time.perf_counter() - start, 2)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"factsheet build failed in {root}:\n{err[-3000:]}")
    written = next((line for line in err.splitlines() if line.startswith("built ")), "")
    return {"seconds": seconds, "peak_rss_mb": round(usage.ru_maxrss / 1024), "report": written}


def fact_sheet_sizes(site: Path) -> dict:
    sizes = [p.stat().st_size for t in ("group", "actor", "claim") for p in (site / t).glob("*/index.html")]
    return {"fact_sheets": len(sizes), "mean_bytes": round(mean(sizes)), "max_bytes": max(sizes)}


def search_download_bytes(site: Path, query: str) -> dict | None:
    """What a real browser transfers for one search, typed into the search page once the page has loaded.

    Counts every response after the query is typed (Pagefind's script, its WebAssembly,
    the index shards and result fragments the query needs), until the results are shown.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    import http.server
    import threading
    from functools import partial

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            )
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_port}/search/", wait_until="networkidle")
            responses: list = []
            page.on("response", lambda response: responses.append(response))
            page.fill("#fs-search-page-input", query)
            # Polled with evaluate(): wait_for_function compiles its predicate with eval, which the CSP forbids.
            shown = "document.querySelector('.fs-search-page .fs-search__status').textContent.includes('for')"
            deadline = time.monotonic() + 60
            while not page.evaluate(shown):
                if time.monotonic() > deadline:
                    raise SystemExit(f"search for {query!r} showed no results within 60 s")
                page.wait_for_timeout(100)
            page.wait_for_load_state("networkidle")
            sizes = {r.url: len(r.body()) for r in responses if r.ok}
            results = page.locator(".fs-search-page .fs-search__results .fs-result").count()
            browser.close()
    finally:
        server.shutdown()
    return {
        "query": query,
        "bytes": sum(sizes.values()),
        "files": len(sizes),
        "results_shown": results,
        "pagefind_bytes": sum(v for k, v in sizes.items() if "/pagefind/" in k),
    }


def baseline(docs: Path, timeout: int) -> dict:
    """The same Markdown through stock MkDocs Material: automatic nav, built-in search."""
    with tempfile.TemporaryDirectory(prefix="factsheet-baseline-") as tmp:
        root = Path(tmp)
        shutil.copytree(docs, root / "docs")
        (root / "mkdocs.yml").write_text(
            "site_name: Baseline\ntheme:\n  name: material\nplugins:\n  - search\n"
            "markdown_extensions:\n  - footnotes\n  - tables\n  - attr_list\n  - md_in_html\n  - admonition\n"
        )
        start = time.perf_counter()
        try:
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "-q"],
                cwd=root,
                timeout=timeout,
                capture_output=True,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"finished": False, "seconds": timeout}
        seconds = round(time.perf_counter() - start, 2)
        site = root / "site"
        return {
            "finished": True,
            "seconds": seconds,
            "site_bytes": tree_bytes(site),
            "search_index_bytes": tree_bytes(site / "search"),
        }


def measure(size: int, args) -> dict:
    with tempfile.TemporaryDirectory(prefix="factsheet-scale-") as tmp:
        root = Path(tmp)
        say(f"[{size}] generating")
        written = generate(root, size)
        shutil.copytree(REPO / "templates", root / "templates")
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        project = Project(root)

        say(f"[{size}] phases in-process")
        (corpus, issues), t_validate = timed(check_project, project)
        assert not [i for i in issues if i.severity == "error"], issues[:5]
        _, t_render = timed(write_docs, project, corpus.published())
        staging = root / "phase-site"
        # The plugin adds the generated pages and fixes each page's markup as mkdocs writes it, so that work
        # is inside the mkdocs phase.
        plugin = FactsheetPlugin(generated=generated_pages(project), index_search=False)

        def mkdocs_phase() -> list[str]:  # reading mkdocs.yml is part of the phase, as it was before
            config = load_mkdocs_config(project, strict=True, site_dir=str(staging))
            return run_mkdocs(config, project=project, quiet=True, plugin=plugin)

        _, t_mkdocs = timed(mkdocs_phase)
        index, t_search = timed(index_site, staging)
        shutil.rmtree(staging)
        shutil.rmtree(project.build_dir)

        say(f"[{size}] end to end")
        full = run_build(root)
        site = project.site_dir
        result = {
            "records": written,
            "phases_seconds": {
                "load_validate": t_validate,
                "render": t_render,
                "mkdocs_and_theme_fixes": t_mkdocs,
                "search_index": t_search,
            },
            "build": full,
            "site_bytes": tree_bytes(site),
            "html_per_fact_sheet": fact_sheet_sizes(site),
            "search_index_bytes": index.bytes,
        }
        if args.search_browser:
            # A word on most pages, and one group's name in an alias spelling (a typical lookup).
            name = (root / "content" / "group" / "group-1.yaml").read_text().split('"')[1].split()[0]
            result["one_search"] = [search_download_bytes(site, "brigade"), search_download_bytes(site, name.lower())]

        say(f"[{size}] incremental: rename one group")
        group = root / "content" / "group" / "group-1.yaml"
        group.write_text(group.read_text().replace("name: ", "name: Renamed ", 1))
        result["incremental"] = run_build(root)

        if size in args.baseline_sizes:
            say(f"[{size}] baseline: stock MkDocs Material, automatic nav")
            base = baseline(project.docs_dir, args.baseline_timeout)
            result["baseline"] = base
            result["ratio_time_vs_baseline"] = round(full["seconds"] / base["seconds"], 3)
            if base.get("finished"):
                result["ratio_site_bytes_vs_baseline"] = round(result["site_bytes"] / base["site_bytes"], 3)
        return result


def main() -> None:
    global QUIET
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--baseline-sizes", type=int, nargs="*", default=[1000])
    parser.add_argument("--baseline-timeout", type=int, default=600)
    parser.add_argument("--search-browser", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    QUIET = args.quiet or not sys.stderr.isatty()
    runs = [measure(n, args) for n in args.sizes]
    report = {"benchmark": "build-scale", "cpus": os.cpu_count(), "runs": runs}
    if len(runs) >= 2:
        first, last = runs[0], runs[-1]
        report["time_ratio_largest_vs_smallest"] = round(last["build"]["seconds"] / first["build"]["seconds"], 2)
        report["size_ratio"] = round(last["records"] / first["records"], 2)
        report["fact_sheet_mean_bytes_change"] = round(
            last["html_per_fact_sheet"]["mean_bytes"] / first["html_per_fact_sheet"]["mean_bytes"] - 1, 4
        )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
