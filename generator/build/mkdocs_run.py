"""Running a real ``mkdocs build`` through its Python API, with its warnings captured.

mkdocs reports problems (broken links, missing anchors, config warnings) as log
records on the ``mkdocs`` logger and, in strict mode, aborts afterwards with a
bare count. We keep the records so the error can list what actually went wrong.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.plugin import FactsheetPlugin, install
from generator.errors import BuildError
from generator.project import Project
from generator.siteconfig import mkdocs_log

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def run_mkdocs(
    config: MkDocsConfig,
    *,
    project: Project,
    quiet: bool,
    dirty: bool = False,
    plugin: FactsheetPlugin,
) -> list[str]:
    """Build the site ``config`` describes (mkdocs' loaded mkdocs.yml) into its ``site_dir``; returns the warnings.

    ``plugin`` joins the build through mkdocs' plugin API (:mod:`generator.build.plugin`): it adds the
    generated pages, fixes each page as it is written and indexes the finished site for search.
    ``config.strict`` as loaded decides whether warnings fail the build.

    Raises :class:`BuildError` listing mkdocs' warnings and errors when the build
    fails, including (with strict) when it merely warned. ``dirty`` converts only pages
    whose Markdown is newer than their HTML already in the site folder.
    """
    # Imported here: mkdocs and its theme are heavy, and only building needs them.
    from mkdocs.commands.build import build

    docs_dir = Path(config.docs_dir).resolve()
    generated = project.docs_dir.resolve()
    if docs_dir == generated or docs_dir.is_relative_to(generated) or generated.is_relative_to(docs_dir):
        raise BuildError(
            f"mkdocs.yml's docs_dir ({config.docs_dir}) overlaps {project.relative(project.docs_dir)}, "
            "where factsheet writes the generated pages",
            hint="set `docs_dir: templates/pages` (the site's own pages and assets) in mkdocs.yml; "
            "the generated pages join them by themselves",
        )
    with mkdocs_log(quiet) as log:
        try:
            install(config, plugin)  # it also quiets the dirty-build notice
            config.plugins.on_startup(command="build", dirty=dirty)
            try:
                build(config, dirty=dirty)
            finally:
                config.plugins.on_shutdown()
        except Exception as exc:  # mkdocs, its theme, plugins and Markdown extensions raise many kinds
            raise BuildError(_failure_message(exc, log.messages), hint=_hint(log.messages)) from None
    return log.messages


def _failure_message(exc: BaseException, messages: list[str]) -> str:
    head = f"mkdocs build failed: {exc}".rstrip()
    if not messages:
        return head
    return head + "\n" + "\n".join(f"  {m}" for m in messages)


def _hint(messages: list[str]) -> str:
    if any("link" in m or "anchor" in m for m in messages):
        return "a page links to a page or anchor that does not exist; check the templates and the records named above"
    return "fix the problems above; the previous site/ was left as it was"
