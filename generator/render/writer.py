"""Writing generated pages into the docs folder: only what changed, atomically, and cleaning up after itself.

A page whose bytes are unchanged is not touched, so its mtime stays and a live
preview does not rebuild it. Each write goes to a temporary file in the same
folder and is renamed over the target, so mkdocs never reads half a page.

The writer remembers what it generated in a manifest (a JSON file beside the
docs folder) and removes a file only if an earlier run listed it there and this
run no longer produces it. Anything else in the docs folder is left alone, and
nothing outside it is ever written or removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.errors import BuildError
from generator.writefile import write_atomic

MANIFEST_VERSION = 1


@dataclass
class WriteReport:
    """What one run of :func:`write_pages` did, by docs-relative path."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def write_pages(
    pages: Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]],
    docs_dir: Path,
    manifest: Path,
    *,
    known_unchanged: frozenset[str] | set[str] = frozenset(),
) -> WriteReport:
    """Make ``docs_dir`` hold exactly the generated ``pages`` (plus any files we did not generate).

    ``pages`` maps docs-relative POSIX paths to text (written as UTF-8) or bytes.
    ``known_unchanged`` names pages just read back from the docs folder (reused from the
    previous render): they are not compared again. Raises :class:`BuildError` when a path
    is given twice or would leave the docs folder.
    """
    items = pages.items() if isinstance(pages, Mapping) else pages
    wanted: dict[str, bytes] = {}
    for path, content in items:
        path = _checked(path)
        if path in wanted:
            raise BuildError(f"page {path} would be written twice", hint="two records or pages map to one path")
        wanted[path] = content.encode("utf-8") if isinstance(content, str) else content

    docs_dir.mkdir(parents=True, exist_ok=True)
    root = docs_dir.resolve()
    previous = read_manifest(manifest)
    # Record the union first: if this run stops half-way, the next one still knows every file it made.
    _write_manifest(manifest, sorted(previous | wanted.keys()))

    report = WriteReport()
    parents: dict[Path, Path] = {}  # each folder resolved once: thousands of pages share a few folders
    for path, content in sorted(wanted.items()):
        target = _inside(root, path, parents)
        if path in known_unchanged and target.is_file() and not target.is_symlink():
            report.unchanged.append(path)
            continue
        if target.is_file() and not target.is_symlink() and target.read_bytes() == content:
            report.unchanged.append(path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, content)
        report.written.append(path)

    for path in sorted(previous - wanted.keys()):
        try:
            target = _inside(root, _checked(path), parents)
        except BuildError:
            continue  # a tampered manifest entry: never act on it
        if target.is_file() or target.is_symlink():
            target.unlink()
            report.removed.append(path)
            _prune_empty_parents(target.parent, root)

    _write_manifest(manifest, sorted(wanted))
    return report


def _checked(path: str) -> str:
    """The path if it is a plain relative POSIX path with no '..', else a BuildError."""
    pure = PurePosixPath(path)
    if (
        not path
        or "\\" in path
        or "\x00" in path
        or pure.is_absolute()
        or any(part in ("", ".", "..") for part in path.split("/"))
    ):
        raise BuildError(f"refusing to write {path!r}: generated paths are relative and stay inside the docs folder")
    return path


def _inside(root: Path, path: str, resolved: dict[Path, Path]) -> Path:
    """The target path, after making sure no symlink on the way leads out of the docs folder.

    ``resolved`` remembers each folder's resolution for the rest of one write.
    """
    target = root / path
    if target.parent not in resolved:
        resolved[target.parent] = target.parent.resolve()
    resolved_parent = resolved[target.parent]
    if resolved_parent != root and root not in resolved_parent.parents:
        raise BuildError(f"refusing to write {path}: it resolves outside {root}")
    return resolved_parent / target.name


def _prune_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()  # only succeeds when empty
        except OSError:
            return
        folder = folder.parent


def read_manifest(manifest: Path) -> set[str]:
    """The paths the last write generated, as its manifest lists them; none when it is missing or unreadable.

    Only plain relative paths are returned: an entry someone edited to lead elsewhere ('../x', '/etc/x') is
    never removed, nor handed to mkdocs as a page to read and publish.
    """
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()  # no manifest, or an unreadable one: remove nothing rather than guess
    files = data.get("files") if isinstance(data, dict) else None
    return {f for f in files if isinstance(f, str) and _plain(f)} if isinstance(files, list) else set()


def _plain(path: str) -> bool:
    try:
        _checked(path)
    except BuildError:
        return False
    return True


def _write_manifest(manifest: Path, files: list[str]) -> None:
    manifest.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "version": MANIFEST_VERSION,
        "about": "Files factsheet generated in the docs folder; it removes only these when they go stale.",
        "files": files,
    }
    write_atomic(manifest, (json.dumps(body, indent=1) + "\n").encode("utf-8"))
