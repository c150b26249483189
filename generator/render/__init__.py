"""Rendering: records to Markdown pages through Jinja templates, escaping every value.

``render_pages`` renders; ``write_pages`` puts the result into the docs folder.
"""

from generator.render.assets import asset_files
from generator.render.pages import EXTRA_PAGES, HOME_PAGE, LIST_PAGES, record_template, render_pages
from generator.render.writer import WriteReport, write_pages

__all__ = [
    "EXTRA_PAGES",
    "HOME_PAGE",
    "LIST_PAGES",
    "WriteReport",
    "asset_files",
    "record_template",
    "render_pages",
    "write_pages",
]
