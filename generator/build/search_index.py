"""The site's search index: Pagefind run over the built HTML, before the new site is swapped in.

Pagefind (the ``pagefind[bin]`` wheel ships its binary; it runs offline) reads
every page's ``data-pagefind-body`` element, which the theme override puts on
the article, and writes a sharded index into ``pagefind/``: the browser loads
only the shards a query needs, so a search costs a few kilobytes however large
the corpus grows. Fact sheets carry their names and aliases in folded forms,
weighted high (see :mod:`generator.render.search_keys`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.errors import BuildError

OUTPUT_SUBDIR = "pagefind"
# Parts of the article that would make every page match every source's name, or add noise.
EXCLUDE_SELECTORS = (".footnote", ".fs-backlinks", ".headerlink", ".fs-pn", ".fs-updated", ".fs-diagram")


@dataclass(frozen=True)
class IndexResult:
    pages: int
    """Pages indexed."""
    bytes: int
    """Size of everything Pagefind wrote (index shards, fragments, its scripts and WebAssembly)."""


def index_site(site_dir: Path) -> IndexResult:
    """Run Pagefind over ``site_dir``; raises :class:`BuildError` when it fails or indexes nothing.

    Pagefind runs as its own process (``python -m pagefind``, the binary in the wheel), which exits only
    once every file is written. Its Python API was tried and left: its context manager terminates the
    indexing service straight after asking it to write, and under load the last file it writes (the
    entry file) was cut short in 7 of 104 runs here, four at a time. The count of pages is read from the index itself,
    not from what Pagefind prints.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", OUTPUT_SUBDIR]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise BuildError(
            f"could not run Pagefind: {exc}", hint="install factsheet's dependencies: pip install -e ."
        ) from None
    bundle = site_dir / OUTPUT_SUBDIR
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        raise BuildError(
            "Pagefind could not index the site:\n  " + "\n  ".join(output.splitlines()[-20:]),
            hint="pagefind[bin] must be installed (it is a dependency of factsheet)",
        )
    pages = _indexed_pages(bundle)
    if not (bundle / "pagefind.js").is_file() or pages == 0:
        raise BuildError(
            "Pagefind indexed no pages", hint="the theme override must mark the article data-pagefind-body"
        )
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return IndexResult(pages=pages, bytes=size)


def _indexed_pages(bundle: Path) -> int:
    """Pages in the written index, per its entry file: those with a ``data-pagefind-body``, in every language.

    (The API's own count is of the HTML files it read, which includes pages it then left out.)
    """
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError):
        return 0
