"""Replacing the live site folder with a freshly built one, so a failed build never leaves half a site."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def staging_dir(site_dir: Path) -> Iterator[Path]:
    """A new empty folder next to ``site_dir`` (same filesystem, so renames are atomic); removed unless swapped in."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=site_dir.parent, prefix=f".{site_dir.name}-new-"))
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def swap_in(new: Path, site_dir: Path) -> None:
    """Make ``new`` the site: move the old site aside, move the new one in, then delete the old one.

    If moving the new site in fails, the old one is put back.
    """
    old: Path | None = None
    if site_dir.exists() or site_dir.is_symlink():
        old = Path(tempfile.mkdtemp(dir=site_dir.parent, prefix=f".{site_dir.name}-old-"))
        os.replace(site_dir, old / site_dir.name)
    try:
        os.replace(new, site_dir)
    except OSError:
        if old is not None:
            os.replace(old / site_dir.name, site_dir)
            shutil.rmtree(old, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
