"""Replacing the live site folder with a freshly built one, so a failed build never leaves half a site."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


LEFTOVER_AGE = 3600  # seconds; younger folders may belong to a build still running


def remove_leftovers(site_dir: Path) -> None:
    """Delete staging and old-site folders that a killed build left next to ``site_dir``."""
    if not site_dir.parent.is_dir():
        return
    now = time.time()
    for pattern in (f".{site_dir.name}-new-*", f".{site_dir.name}-old-*"):
        for path in site_dir.parent.glob(pattern):
            if path.is_dir() and not path.is_symlink() and now - path.stat().st_mtime > LEFTOVER_AGE:
                shutil.rmtree(path, ignore_errors=True)


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
