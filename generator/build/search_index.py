"""The site's search index: Pagefind run over the built HTML, before the new site is swapped in.

Pagefind (the ``pagefind[bin]`` wheel ships its binary; it runs offline) reads
every page's ``data-pagefind-body`` element, which the theme override puts on
the article, and writes a sharded index into ``pagefind/``: the browser loads
only the shards a query needs, so a search costs a few kilobytes however large
the corpus grows. Fact sheets carry their names and aliases in folded forms,
weighted high (see :mod:`generator.render.search_keys`).
"""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
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
    """Index ``site_dir`` with Pagefind's Python API; raises :class:`BuildError` when it fails or indexes nothing."""
    try:
        # Pagefind's API is asynchronous; its own thread and event loop keep it apart from any loop the
        # caller runs (a preview, a browser driven from the same process).
        with ThreadPoolExecutor(max_workers=1) as pool:
            pool.submit(asyncio.run, _index(site_dir)).result()
    except BuildError:
        raise
    except Exception as exc:  # the service is a child process; any failure of it is a failed build, said plainly
        raise BuildError(
            f"Pagefind could not index the site: {type(exc).__name__}: {exc}",
            hint="pagefind[bin] must be installed (it is a dependency of factsheet)",
        ) from None
    bundle = site_dir / OUTPUT_SUBDIR
    pages = _indexed_pages(bundle)
    if not (bundle / "pagefind.js").is_file() or pages == 0:
        raise BuildError("Pagefind indexed no pages", hint="the theme override must mark the article data-pagefind-body")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return IndexResult(pages=pages, bytes=size)


async def _index(site_dir: Path) -> None:
    from pagefind.index import IndexConfig, PagefindIndex

    config: IndexConfig = {
        "exclude_selectors": list(EXCLUDE_SELECTORS),
        "output_path": str((site_dir / OUTPUT_SUBDIR).resolve()),
    }
    async with PagefindIndex(config) as index:
        await index.add_directory(str(site_dir.resolve()))


def _indexed_pages(bundle: Path) -> int:
    """Pages in the written index, per its entry file: those with a ``data-pagefind-body``, in every language.

    (The API's own count is of the HTML files it read, which includes pages it then left out.)
    """
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
        return sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError):
        return 0
