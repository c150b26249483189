"""Incremental builds: rebuild only the pages whose Markdown changed.

Rendering already writes only the Markdown files whose content changed, so a
file's modification time says whether its page must be rebuilt. When the
previous site was built from the same configuration and templates, the
staging folder starts as a copy of it (times preserved) and mkdocs runs in its
"dirty" mode, converting only pages whose Markdown is newer than their HTML.
Pages of records that were removed are deleted from the copy. Any change to
mkdocs.yml, the templates or factsheet itself changes the stamp and forces a
full build, since it may change every page.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from generator import __version__
from generator.project import Project

STAMP_NAME = ".factsheet-build.json"


def build_stamp(project: Project, drafts: bool) -> str:
    """A fingerprint of everything besides the records that shapes every page."""
    digest = hashlib.sha256(f"factsheet {__version__} drafts={drafts}\n".encode())
    digest.update(project.mkdocs_yml.read_bytes())
    for path in sorted(p for p in project.templates_dir.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(project.templates_dir)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def seed_staging(site_dir: Path, staging: Path, stamp: str) -> bool:
    """Copy the previous site into ``staging`` when it was built with ``stamp``; True when it was."""
    try:
        previous = json.loads((site_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(previous, dict) or previous.get("stamp") != stamp:
        return False
    shutil.copytree(site_dir, staging, symlinks=True, dirs_exist_ok=True)  # copy2 keeps modification times
    return True


def drop_removed_pages(staging: Path, removed_docs: tuple[str, ...] | list[str]) -> None:
    """Delete the built pages of Markdown files that no longer exist (mkdocs' dirty mode keeps them)."""
    for doc in removed_docs:
        if not doc.endswith(".md"):
            continue
        stem = doc[: -len(".md")]
        page_dir = staging / stem if not stem.endswith("index") else staging / stem[: -len("index")]
        target = page_dir / "index.html"
        if target.is_file() and page_dir.resolve().is_relative_to(staging.resolve()):
            target.unlink()
            if page_dir != staging and not any(page_dir.iterdir()):
                page_dir.rmdir()


def write_stamp(staging: Path, stamp: str) -> None:
    (staging / STAMP_NAME).write_text(json.dumps({"stamp": stamp}) + "\n", encoding="utf-8")
