"""The exporter contract and registry: one module per format, registered by name."""

from __future__ import annotations

from typing import ClassVar

from generator.model.corpus import Corpus


class Exporter:
    """Turns a validated corpus into one file's text. Output is deterministic: same content, same bytes."""

    NAME: ClassVar[str]
    """The value of `factsheet export --format`."""
    FILE_NAME: ClassVar[str]
    """Default file name when written to a folder (the site's downloads)."""
    MIME_TYPE: ClassVar[str]
    TITLE: ClassVar[str]

    def export(self, corpus: Corpus) -> str:
        raise NotImplementedError


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    EXPORTERS[cls.NAME] = cls
    return cls
