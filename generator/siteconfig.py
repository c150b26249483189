"""mkdocs.yml, loaded once and by mkdocs itself, for everything that needs the site's settings.

mkdocs validates the file and resolves its ``!ENV`` tags, ``INHERIT`` and defaults. A build loads
it once and hands the same loaded config to the pages, the exports and mkdocs' own build, so all
of them agree on the site's address and on how page addresses are formed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from generator.errors import BuildError
from generator.project import Project
from generator.sitelinks import SiteLinks

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


class MkdocsLog(logging.Handler):
    """Keeps the warnings and errors mkdocs logs: they say which setting, link or page is wrong."""

    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


@contextmanager
def mkdocs_log(quiet: bool) -> Iterator[MkdocsLog]:
    """Collect what mkdocs logs meanwhile; with ``quiet``, keep it from reaching any other handler."""
    logger = logging.getLogger("mkdocs")
    handler = MkdocsLog()
    old_level, old_propagate = logger.level, logger.propagate
    if logger.getEffectiveLevel() > logging.WARNING:
        logger.setLevel(logging.WARNING)  # strict mode counts warnings; they must not be filtered out
    if quiet:
        logger.propagate = False
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = old_propagate


def load_mkdocs_config(
    project: Project, *, strict: bool = False, warnings: list[str] | None = None, **overrides: Any
) -> MkDocsConfig:
    """mkdocs' own validated config of the project's mkdocs.yml; ``overrides`` replace settings (``site_dir``).

    Raises :class:`BuildError` with mkdocs' messages when the file is missing or invalid (with ``strict``,
    also when mkdocs only warns). Nothing mkdocs logs while reading reaches the terminal on its own: a
    failure lists it in the error, and on success its warnings are added to ``warnings`` when given.
    """
    if not project.mkdocs_yml.is_file():
        raise BuildError(f"no mkdocs.yml at {project.mkdocs_yml}", hint="a project needs mkdocs.yml next to content/")
    # Imported here: mkdocs and its theme are heavy, and most commands never read the site's settings.
    from mkdocs.config import load_config

    with mkdocs_log(quiet=True) as collect:
        try:
            config = load_config(str(project.mkdocs_yml), strict=strict, **overrides)
        except Exception as exc:  # mkdocs raises its Abort, ConfigurationError, YAML and OS errors
            messages = "".join(f"\n  {m}" for m in collect.messages)
            hint = "fix the setting named above in mkdocs.yml"
            if "docs_dir" in messages:
                hint = "docs_dir names the folder of the site's own pages and assets (templates/pages in a new project)"
            raise BuildError(
                f"{project.relative(project.mkdocs_yml)}: mkdocs cannot read it: {exc}{messages}", hint=hint
            ) from None
    if warnings is not None:
        warnings += collect.messages
    return config


@dataclass(frozen=True)
class SiteSettings:
    """What the pages and exports read from the site's loaded configuration."""

    name: str = "factsheet"
    url: str | None = None
    """The site's absolute http(s) address with a trailing slash, or None when mkdocs.yml sets none."""
    directory_urls: bool = True
    """As mkdocs' use_directory_urls: pages at group/x/ rather than group/x.html."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """mkdocs.yml's ``extra`` settings (the editorial ones are read by :func:`editorial_settings`)."""

    @classmethod
    def of(cls, config: MkDocsConfig) -> SiteSettings:
        extra = config.extra
        return cls(
            name=_text(config.site_name) or "factsheet",
            url=_http_url(config.site_url),
            directory_urls=bool(config.use_directory_urls),
            extra=dict(extra) if isinstance(extra, Mapping) else {},
        )

    @classmethod
    def load(cls, project: Project) -> SiteSettings:
        """The settings of ``project``'s mkdocs.yml (loaded by mkdocs; raises :class:`BuildError`)."""
        return cls.of(load_mkdocs_config(project))

    @property
    def links(self) -> SiteLinks:
        return SiteLinks(self.url, self.directory_urls)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _http_url(value: object) -> str | None:
    text = _text(value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return text.rstrip("/") + "/"
