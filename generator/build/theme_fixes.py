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

from generator.writefile import write_atomic

_TOGGLE_AUTOCOMPLETE = re.compile(
    r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off">'
)


def fix_page(html: str) -> str:
    return _TOGGLE_AUTOCOMPLETE.sub(r"\1>", html)


def fix_site(site_dir: Path, written_since: float | None = None) -> int:
    """Apply the fixes to the HTML pages under ``site_dir``; returns how many pages changed.

    ``written_since`` (a time.time() value) skips pages older than it: an incremental
    build fixes only the pages mkdocs wrote, the others were fixed when they were built.
    Fixing is idempotent, so a page fixed twice is no harm. Pages are replaced by renaming,
    never rewritten in place (a staged page may be a hard link to the live site's).
    """
    changed = 0
    for path in site_dir.rglob("*.html"):
        if written_since is not None and path.stat().st_mtime < written_since:
            continue
        html = path.read_text(encoding="utf-8")
        fixed = fix_page(html)
        if fixed != html:
            write_atomic(path, fixed)
            changed += 1
    return changed
