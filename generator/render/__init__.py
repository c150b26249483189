"""Rendering: records to Markdown pages through Jinja templates, escaping every value.

``render_pages`` renders; ``write_pages`` puts the result into the docs folder.
"""

from generator.render.pages import EXTRA_PAGES, HOME_PAGE, LIST_PAGES, record_template, render_pages
from generator.render.writer import WriteReport, write_pages

__all__ = [
    "EXTRA_PAGES",
    "HOME_PAGE",
    "LIST_PAGES",
    "WriteReport",
    "record_template",
    "render_pages",
    "write_pages",
]
