"""Small corrections to the theme's own markup in the built pages, so that every page is valid HTML.

Material writes ``autocomplete="off"`` on the two checkboxes behind its menu and
search toggles; HTML allows ``autocomplete`` on text-like inputs only, so the Nu
validator rejects every page. The theme's base template is not one we override
(it is the theme's, and would drift from it), so the attribute is removed from
those two inputs after mkdocs has written the pages. Each fix matches the
theme's exact markup and does nothing when a theme version writes it otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path

_TOGGLE_AUTOCOMPLETE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off">'
)


def fix_page(html: str) -> str:
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1>", html)


def fix_site(site_dir: Path) -> int:
    """Apply the fixes to every HTML page under ``site_dir``; returns how many pages changed."""
    changed = 0
    for path in site_dir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        fixed = fix_page(html)
        if fixed != html:
            path.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed
