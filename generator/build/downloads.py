"""The data behind the pages, offered for download: every registered exporter's files under downloads/.

The registry (:data:`generator.export.EXPORTERS`) is read generically, so a new
format appears on the downloads page as soon as its exporter registers. A format
whose optional dependency is missing is left out and said so in the build's
notes. An exporter that fails fails the build, so a download never silently
disappears from the published site; ``partial`` (``factsheet build --partial``,
and the live preview) leaves it out with a note instead.
"""

from __future__ import annotations

import inspect
import re
import sys

from generator.errors import BuildError
from generator.history import HistoryError
from generator.model.corpus import Corpus
from generator.project import Project
from generator.render.site_extras import Download, DownloadFile
from generator.siteconfig import SiteSettings

FOLDER = "downloads"


def describe(exporter: type) -> str:
    """One line saying what a format holds: its DESCRIPTION, else the first line of its module's docstring."""
    text = getattr(exporter, "DESCRIPTION", None)
    if not text:
        doc = inspect.getdoc(sys.modules.get(exporter.__module__)) or inspect.getdoc(exporter) or ""
        text = doc.strip().split("\n\n")[0]
    text = re.sub(r"``([^`]*)``", r"\1", " ".join(text.split()))
    return text


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def export_downloads(
    project: Project | None, corpus: Corpus, site: SiteSettings | None = None, *, partial: bool = False
) -> tuple[dict[str, str], list[Download], list[str]]:
    """Docs-relative path -> text of every download, the downloads page's entries, and notes for the editor.

    Raises :class:`BuildError` when an exporter fails, unless ``partial``.
    """
    from generator.export import EXPORTERS

    files: dict[str, str] = {}
    entries: list[Download] = []
    notes: list[str] = []
    for name, exporter in EXPORTERS.items():
        missing = exporter.missing()
        if missing:
            notes.append(f"downloads: {name} left out ({missing})")
            continue
        try:
            instance = exporter(project, site)
            produced = instance.files(corpus)
        except HistoryError as exc:
            notes.append(f"downloads: {name} left out ({_short(exc.message)})")
            continue
        except Exception as exc:  # any failure of a format's own code; said plainly, never as a traceback
            failure = f"the {name} export failed: {type(exc).__name__}: {_short(str(exc))}"
            if not partial:
                raise BuildError(
                    failure,
                    hint="fix the exporter or the records it chokes on, or build with --partial "
                    "to publish without this download",
                ) from None
            notes.append(f"downloads: {name} left out, {failure}")
            continue
        notes += [f"downloads: {name}: {_short(note)}" for note in instance.notes]
        folder = f"{FOLDER}/{exporter.FILE_NAME}/" if exporter.MULTI_FILE else f"{FOLDER}/"
        listed = []
        for relative, text in sorted(produced.items()) if exporter.MULTI_FILE else produced.items():
            path = folder + relative
            files[path] = text
            listed.append(DownloadFile(path, len(text.encode("utf-8"))))
        entries.append(Download(name, exporter.TITLE, describe(exporter), exporter.MIME_TYPE, tuple(listed)))
    return files, entries, notes
