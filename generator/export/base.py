"""The exporter contract and registry: one module per format, registered by name."""

from __future__ import annotations

from typing import ClassVar

from generator.model.corpus import Corpus
from generator.project import Project
from generator.siteconfig import SiteSettings


class Exporter:
    """Turns a validated corpus into files. Output is deterministic: same content, same bytes.

    Single-file formats implement :meth:`export`; formats of several files set
    ``MULTI_FILE`` and override :meth:`files`.
    """

    NAME: ClassVar[str]
    """The value of `factsheet export --format`."""
    FILE_NAME: ClassVar[str]
    """File name when written into a folder (the site's downloads); a folder name for multi-file formats."""
    MIME_TYPE: ClassVar[str]
    TITLE: ClassVar[str]
    """How the downloads page names it."""
    MULTI_FILE: ClassVar[bool] = False

    def __init__(self, project: Project | None = None, site: SiteSettings | None = None) -> None:
        self.project = project
        """The project, for formats that need more than the records (git history for feeds)."""
        self._site = site
        self.notes: list[str] = []
        """What the last export had to shorten or leave out, one line each, for the editor to read."""

    @property
    def site(self) -> SiteSettings:
        """The site's settings (its address, for links to record pages): as given, else loaded once by mkdocs
        from the project's mkdocs.yml; the defaults when there is no project or no mkdocs.yml."""
        if self._site is None:
            has_config = self.project is not None and self.project.mkdocs_yml.is_file()
            self._site = SiteSettings.load(self.project) if self.project is not None and has_config else SiteSettings()
        return self._site

    @classmethod
    def missing(cls) -> str | None:
        """What must be installed for this format, or None when it can run (formats with optional dependencies)."""
        return None

    def export(self, corpus: Corpus) -> str:
        """The whole export as one file's text."""
        raise NotImplementedError

    def files(self, corpus: Corpus) -> dict[str, str]:
        """File name (relative, '/'-separated) -> text, for every file of the export."""
        return {self.FILE_NAME: self.export(corpus)}


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    if cls.NAME in EXPORTERS:
        raise ValueError(f"exporter {cls.NAME!r} registered twice")
    EXPORTERS[cls.NAME] = cls
    return cls
