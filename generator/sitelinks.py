"""Where the published site puts a record's page, for the pages and exports that link to it.

The site address comes from ``site_url`` in the project's mkdocs.yml. Without
it, exports link with paths relative to the site root (``group/fatemiyoun/``),
or leave links out where a format needs absolute addresses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from generator.project import Project


def mkdocs_config(project: Project | None) -> dict[str, Any]:
    """The top-level settings of mkdocs.yml as mkdocs itself reads them, or {} when there is no readable file.

    Read with mkdocs' own YAML loader, so ``!ENV [SITE_URL, ...]`` and ``INHERIT`` mean here what they mean to
    mkdocs: the exports and the pages link to the same address the built site has. A file mkdocs cannot read
    fails the build in mkdocs, with its own message; here it only means no settings.
    """
    if project is None or not project.mkdocs_yml.is_file():
        return {}
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils.yaml import yaml_load

    try:
        with project.mkdocs_yml.open("rb") as stream:
            data = yaml_load(stream)
    except (OSError, UnicodeDecodeError, ConfigurationError, ImportError, AttributeError):
        return {}
    return data if isinstance(data, dict) else {}


def site_url(project: Project | None) -> str | None:
    """The site's absolute address with a trailing slash, or None when mkdocs.yml sets no http(s) site_url."""
    value = mkdocs_config(project).get("site_url")
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return value.strip().rstrip("/") + "/"


def site_name(project: Project | None, default: str = "factsheet") -> str:
    """The site's name from mkdocs.yml."""
    value = mkdocs_config(project).get("site_name")
    return value.strip() if isinstance(value, str) and value.strip() else default


@dataclass(frozen=True)
class SiteLinks:
    """Addresses of record pages on the published site."""

    base: str | None = None
    """The site's absolute address ending in '/', or None when unknown."""
    directory_urls: bool = True
    """As mkdocs' use_directory_urls: pages at group/x/ rather than group/x.html."""

    @classmethod
    def of(cls, project: Project | None) -> SiteLinks:
        config = mkdocs_config(project)
        return cls(site_url(project), config.get("use_directory_urls", True) is not False)

    def path(self, record_type: str, record_id: str) -> str:
        """A record's page relative to the site root, by mkdocs' own rule for where a page is published."""
        return page_url(f"{record_type}/{record_id}.md", self.directory_urls)

    def url(self, record_type: str, record_id: str) -> str:
        """A record's page: absolute when the site address is known, else relative to the site root."""
        return (self.base or "") + self.path(record_type, record_id)

    def absolute(self, record_type: str, record_id: str) -> str | None:
        """A record's absolute page address, or None when the site address is unknown."""
        return self.base + self.path(record_type, record_id) if self.base else None


def page_url(docs_path: str, directory_urls: bool = True) -> str:
    """Where mkdocs publishes the page of ``docs_path`` (a path under the docs folder), relative to the site root."""
    from mkdocs.structure.files import File

    return File(docs_path, None, "", use_directory_urls=directory_urls).url
