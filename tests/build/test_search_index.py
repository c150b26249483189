"""Pagefind: pages counted from the written index, callable from any thread, also while an event loop runs."""

from __future__ import annotations

import asyncio

import pytest

from generator.build.search_index import OUTPUT_SUBDIR, index_site
from generator.errors import BuildError

PAGE = '<!doctype html><html lang="en"><head><title>{0}</title></head><body><main data-pagefind-body><h1>{0}</h1><p>{1}</p></main></body></html>'


def _site(tmp_path, pages: dict[str, str]):
    for path, html in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(html, encoding="utf-8")
    return tmp_path


def test_counts_only_pages_with_a_body_and_works_inside_a_running_event_loop(tmp_path):
    site = _site(
        tmp_path,
        {
            "index.html": PAGE.format("Home", "Fatemiyoun brigade"),
            "group/x/index.html": PAGE.format("X", "Zainabiyoun"),
            "search/index.html": "<!doctype html><html lang='en'><body><p>no body marked</p></body></html>",
        },
    )

    async def inside_a_loop():  # as when a browser or a preview drives the build from this thread
        return index_site(site)

    result = asyncio.run(inside_a_loop())
    assert result.pages == 2
    assert (site / OUTPUT_SUBDIR / "pagefind.js").is_file() and result.bytes > 10_000


def test_a_site_with_nothing_to_index_fails_the_build(tmp_path):
    site = _site(tmp_path, {"styles.css": "p {}"})
    with pytest.raises(BuildError, match="could not index the site(.|\n)*not able to build an index"):
        index_site(site)
