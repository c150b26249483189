"""Replacing the live site folder with a freshly built one, so a failed build never leaves half a site."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


def current_umask() -> int:
    """The process's umask, read without changing it where Linux allows (changing it races other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def publish_modes(tree: Path, umask: int | None = None) -> None:
    """Give every folder in ``tree`` mode 0777 and every file 0666, less the umask (0755 and 0644 under 022).

    The staging folder comes from mkdtemp, which makes it 0700, and files written
    atomically start as 0600; swapped in as they are, a web server running as
    another user could not read the site. Symlinks are left alone.
    """
    mask = current_umask() if umask is None else umask
    wanted_dir, wanted_file = 0o777 & ~mask, 0o666 & ~mask
    for root, dirs, files in os.walk(tree):
        for name, wanted in [(".", wanted_dir)] + [(d, wanted_dir) for d in dirs] + [(f, wanted_file) for f in files]:
            path = os.path.join(root, name)
            info = os.lstat(path)
            if not stat.S_ISLNK(info.st_mode) and stat.S_IMODE(info.st_mode) != wanted:
                os.chmod(path, wanted)


def swap_in(new: Path, site_dir: Path) -> None:
    """Make ``new`` the site: move the old site aside, move the new one in, then delete the old one.

    The new tree first gets the modes of a normally created one (:func:`publish_modes`).
    If moving the new site in fails, the old one is put back.
    """
    publish_modes(new)
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
