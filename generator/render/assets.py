"""Static files the pages need (the site's stylesheet), copied from ``templates/assets/``."""

from __future__ import annotations

from pathlib import Path

ASSETS_FOLDER = "assets"


def asset_files(templates_dir: Path) -> dict[str, bytes]:
    """Every file under ``templates/assets/``, keyed by its docs path ``assets/...``."""
    folder = templates_dir / ASSETS_FOLDER
    if not folder.is_dir():
        return {}
    return {
        f"{ASSETS_FOLDER}/{path.relative_to(folder).as_posix()}": path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }
