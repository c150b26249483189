"""factsheet's part of a mkdocs build, through mkdocs' plugin API.

mkdocs calls the plugin's events as it builds: each page's HTML is corrected as it is
written (:mod:`generator.build.theme_fixes`), and once every page is written the site is
indexed for search with Pagefind's Python API (:mod:`generator.build.search_index`). An
incremental build writes only the pages whose Markdown changed, so only those are fixed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

from generator.build.search_index import IndexResult, index_site
from generator.build.theme_fixes import fix_page

NAME = "factsheet"
"""The plugin's key in mkdocs' plugin collection."""


class FactsheetPlugin(BasePlugin):  # type: ignore[type-arg]  # no config options of its own
    """Fixes each page as mkdocs writes it; indexes the finished site when ``index_search``."""

    def __init__(self, *, index_search: bool = True) -> None:
        super().__init__()
        self.index_search = index_search
        self.search_index: IndexResult | None = None
        self.fixed = 0
        """Pages whose markup needed the fix, in this build."""

    def on_post_page(self, output: str, /, *, page: Any, config: MkDocsConfig) -> str:
        fixed = fix_page(output)
        self.fixed += fixed != output
        return fixed

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        # Pages mkdocs renders from the theme alone (404.html) carry the same toggles.
        fixed = fix_page(output_content)
        self.fixed += fixed != output_content
        return fixed

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.index_search:
            self.search_index = index_site(Path(config.site_dir))


def install(config: MkDocsConfig, plugin: FactsheetPlugin) -> FactsheetPlugin:
    """Add ``plugin`` to a loaded config's plugins (mkdocs registers its events as it is added)."""
    config.plugins[NAME] = plugin
    return plugin
