"""Incremental builds: rebuild only the pages whose Markdown changed.

Rendering already writes only the Markdown files whose content changed (and
renders only pages whose inputs changed, see :mod:`generator.render.cache`), so
a file's modification time says whether its page must be rebuilt. When the
previous site was built from the same configuration and templates, the
staging folder starts as hard links to it (times preserved) and mkdocs runs in its
"dirty" mode, converting only pages whose Markdown is newer than their HTML.
Pages of records that were removed are deleted from the copy. Any change to
mkdocs.yml, the templates or factsheet itself changes the stamp and forces a
full build, since it may change every page.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from importlib import metadata
from pathlib import Path

import generator
from generator import __version__
from generator.build.search_index import OUTPUT_SUBDIR as SEARCH_SUBDIR
from generator.project import Project
from generator.writefile import write_atomic

STAMP_NAME = ".factsheet-build.json"

_PACKAGE = Path(generator.__file__).resolve().parent


# What turns Markdown into the site: an upgrade of any of these may change every page.
_SITE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")


def build_stamp(project: Project, drafts: bool) -> str:
    """A fingerprint of everything besides the records that shapes every page.

    mkdocs.yml, the templates, factsheet's own code (its files, not only its version
    number, so that a development checkout never reuses pages an older revision made)
    and the versions of the packages that build the site.
    """
    digest = hashlib.sha256(f"factsheet {__version__} drafts={drafts}\n".encode())
    for name in _SITE_PACKAGES:
        try:
            digest.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} -\n".encode())
    # A missing mkdocs.yml or templates folder is reported by the build itself, with a hint.
    digest.update(project.mkdocs_yml.read_bytes() if project.mkdocs_yml.is_file() else b"")
    for root in (project.templates_dir, _PACKAGE):
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def seed_staging(site_dir: Path, staging: Path, stamp: str) -> bool:
    """Fill ``staging`` with the previous site when it was built with ``stamp``; True when it was.

    The files are hard links, not copies: thousands of pages are linked in a moment and
    keep their modification times. A link shares its bytes with the live site, so nothing
    may write into a staged file in place: the plugin's :func:`detach_outputs` unlinks every file
    mkdocs is about to rewrite, and our own writers replace files by renaming (``write_atomic``).
    Where links cannot be made (another filesystem), the files are copied.
    """
    try:
        previous = json.loads((site_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(previous, dict) or previous.get("stamp") != stamp:
        return False
    shutil.copytree(site_dir, staging, symlinks=True, dirs_exist_ok=True, copy_function=_link_or_copy)
    shutil.rmtree(staging / SEARCH_SUBDIR, ignore_errors=True)  # Pagefind writes its index afresh
    return True


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def drop_removed_pages(
    staging: Path, removed_docs: tuple[str, ...] | list[str], *, directory_urls: bool = True
) -> None:
    """Delete the built pages of Markdown files that no longer exist (mkdocs' dirty mode keeps them).

    Where a page was built is mkdocs' own rule (its ``File.dest_uri``), so directory URLs or not, the
    page removed is the one mkdocs wrote.
    """
    from mkdocs.structure.files import File

    root = staging.resolve()
    for doc in removed_docs:
        if not doc.endswith(".md"):
            continue
        target = Path(File(doc, None, str(staging), use_directory_urls=directory_urls).abs_dest_path)
        if target.is_file() and target.resolve().is_relative_to(root):
            target.unlink()
            folder = target.parent
            if folder != staging and not any(folder.iterdir()):
                folder.rmdir()


def write_stamp(staging: Path, stamp: str) -> None:
    write_atomic(staging / STAMP_NAME, json.dumps({"stamp": stamp}) + "\n")
