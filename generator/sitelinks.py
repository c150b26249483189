"""Where the published site puts a record's page, for the pages and exports that link to it.

The site address comes from ``site_url`` in the project's mkdocs.yml, as mkdocs loads it
(:class:`generator.siteconfig.SiteSettings`). Without it, exports link with paths relative
to the site root (``group/fatemiyoun/``), or leave links out where a format needs absolute
addresses.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SiteLinks:
    """Addresses of record pages on the published site."""

    base: str | None = None
    """The site's absolute address ending in '/', or None when unknown."""
    directory_urls: bool = True
    """As mkdocs' use_directory_urls: pages at group/x/ rather than group/x.html."""

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
