"""factsheet's part of a mkdocs build, through mkdocs' plugin API.

mkdocs calls the plugin's events as it builds: each page's HTML is corrected as it is
written (:mod:`generator.build.theme_fixes`), and once every page is written the site is
indexed for search with Pagefind (:mod:`generator.build.search_index`). An
incremental build writes only the pages whose Markdown changed, so only those are fixed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files

from generator.build.search_index import IndexResult, index_site
from generator.build.theme_fixes import fix_page

_BUILD_LOGGER = "mkdocs.commands.build"

NAME = "factsheet"
"""The plugin's key in mkdocs' plugin collection."""


class _DirtyBuildNotice(logging.Filter):
    """Drops mkdocs' own warning that a build is dirty, which strict mode would count as a failure.

    Installed on mkdocs' build logger only between the ``pre_build`` and ``files`` events of a dirty
    build, where that caution is the one warning mkdocs' build step gives; no message text is matched.
    The caution is about navigation going stale. Ours cannot: the nav lists only the fixed list pages,
    and every page whose content depends on another record is rendered again, so its HTML is rebuilt.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.WARNING


class FactsheetPlugin(BasePlugin):  # no config options of its own
    """Fixes each page as mkdocs writes it; indexes the finished site when ``index_search``."""

    def __init__(self, *, index_search: bool = True) -> None:
        super().__init__()
        self.index_search = index_search
        self.search_index: IndexResult | None = None
        self.dirty = False
        """Whether mkdocs builds only the pages whose Markdown changed (set by on_startup, or by the preview)."""
        self._notice = _DirtyBuildNotice()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.dirty:
            logging.getLogger(_BUILD_LOGGER).addFilter(self._notice)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        logging.getLogger(_BUILD_LOGGER).removeFilter(self._notice)
        return files

    def on_build_error(self, *, error: Exception) -> None:
        logging.getLogger(_BUILD_LOGGER).removeFilter(self._notice)  # a build that failed early leaves none behind

    def on_post_page(self, output: str, /, *, page: Any, config: MkDocsConfig) -> str:
        return fix_page(output)

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        return fix_page(output_content)  # pages mkdocs renders from the theme alone (404.html) have the toggles too

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.index_search:
            self.search_index = index_site(Path(config.site_dir))


def install(config: MkDocsConfig, plugin: FactsheetPlugin) -> FactsheetPlugin:
    """Add ``plugin`` to a loaded config's plugins (mkdocs registers its events as it is added)."""
    config.plugins[NAME] = plugin
    return plugin
