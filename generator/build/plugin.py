"""factsheet's part of a mkdocs build, through mkdocs' plugin API.

mkdocs calls the plugin's events as it builds. In ``on_files`` the generated pages, downloads and
vendored scripts join the site's own files (mkdocs' ``docs_dir``, ``templates/pages`` in a new
project) as ``File.generated``, each backed by the Markdown factsheet wrote under ``build/docs``, so
mkdocs' incremental test (the file's time against its page's) still applies to them. Each page's HTML
is corrected as it is written (:mod:`generator.build.theme_fixes`), and once every page is written the
site is indexed for search with Pagefind (:mod:`generator.build.search_index`). An incremental build
writes only the pages whose Markdown changed, so only those are fixed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.build.search_index import IndexResult, index_site
from generator.build.theme_fixes import fix_page
from generator.render.writer import read_manifest

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


@dataclass(frozen=True)
class GeneratedPages:
    """The files a render wrote: ``folder`` holds them, ``manifest`` lists them (:func:`write_pages`)."""

    folder: Path
    manifest: Path

    def paths(self) -> list[str]:
        """The docs-relative paths of the files now generated, read when mkdocs asks (a preview rewrites them)."""
        return sorted(read_manifest(self.manifest))


class FactsheetPlugin(BasePlugin):  # no config options of its own
    """Adds the generated files, fixes each page as mkdocs writes it; indexes the finished site when ``index_search``.

    ``detach``: the site folder starts as hard links to the live site (:func:`seed_staging`), so the files this
    build rewrites are unlinked first (:func:`detach_outputs`), once mkdocs has listed them.
    """

    def __init__(self, *, generated: GeneratedPages | None, index_search: bool = True, detach: bool = False) -> None:
        super().__init__()
        self.generated = generated
        self.detach = detach
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
        if self.generated is not None:
            add_generated(files, config, self.generated)
        if self.detach:
            detach_outputs(files, config)
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


def add_generated(files: Files, config: MkDocsConfig, generated: GeneratedPages) -> None:
    """Add every generated file to mkdocs' files; a file of the site's own with the same path is an error."""
    folder = generated.folder.resolve()
    clashes = []
    for path in generated.paths():
        if files.get_file_from_path(path) is not None:
            clashes.append(path)
            continue
        files.append(File.generated(config, path, abs_src_path=str(folder / path)))
    if clashes:
        shown = ", ".join(clashes[:10]) + (f" and {len(clashes) - 10} more" if len(clashes) > 10 else "")
        raise PluginError(
            f"{config.docs_dir} has files at the paths of generated pages: {shown}; "
            "rename or remove them (the generated page would hide them)"
        )


def detach_outputs(files: Files, config: MkDocsConfig) -> int:
    """Unlink the files of the site folder this build rewrites, so it writes new files instead of into shared ones.

    mkdocs opens its outputs for writing in place: every file it finds modified (by its own test,
    :meth:`File.is_modified`), the theme's static templates (404.html, sitemap.xml and its .gz) and
    any extra templates. Returns how many were unlinked.
    """
    site = Path(config.site_dir)
    targets = [Path(f.abs_dest_path) for f in files if f.is_modified()]
    for name in [*config.theme.static_templates, *config.extra_templates]:
        targets += [site / name, site / f"{name}.gz"]
    unlinked = 0
    for target in targets:
        if target.is_file() or target.is_symlink():
            target.unlink()
            unlinked += 1
    return unlinked


def install(config: MkDocsConfig, plugin: FactsheetPlugin) -> FactsheetPlugin:
    """Add ``plugin`` to a loaded config's plugins (mkdocs registers its events as it is added)."""
    config.plugins[NAME] = plugin
    return plugin
