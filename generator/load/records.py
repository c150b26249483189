"""Find the record files under content/ and turn each into a validated record.

Files are checked for place and name before they are parsed, so a stray file
is reported as misplaced rather than as a broken record. A record that fails
validation is left out of the corpus; its issues are returned with everyone
else's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from generator.errors import Issue, cap_per_code, issue_at
from generator.load.pydantic_errors import translate
from generator.load.yamldoc import read_document
from generator.model.corpus import Corpus, Origin
from generator.model.fields import MAX_ID_LENGTH, SLUG_PATTERN
from generator.model.records import RECORD_TYPES, Record

_SLUG = re.compile(SLUG_PATTERN)
_IGNORED = {"README.md", "README", ".gitkeep", ".keep"}
# Keys that editors may reach for but that the file's place already says.
_IMPLIED = {
    "id": "the id is the file name; remove this field",
    "type": "the type is the folder the file is in; remove this field",
}


def _ignored(name: str) -> bool:
    return name in _IGNORED or name.startswith(".")


def _entries(folder: Path, shown: Callable[[Path], str], issues: list[Issue]) -> Iterator[tuple[os.DirEntry, Path]]:
    """The entries of ``folder`` worth looking at, by name; links are reported into ``issues`` and skipped."""
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if _ignored(entry.name):
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            issues.append(issue_at(shown(path), (1, 1), "symlink", "links are not followed in content/"))
            continue
        yield entry, path


def record_files(content_dir: Path, shown: Callable[[Path], str]) -> tuple[list[tuple[str, str, Path]], list[Issue]]:
    """Every (type, id, path) under content/, and issues for anything out of place."""
    found: list[tuple[str, str, Path]] = []
    issues: list[Issue] = []
    if not content_dir.is_dir():
        return found, [issue_at(shown(content_dir), (1, 1), "misplaced-file", "there is no content folder here")]
    for entry, path in _entries(content_dir, shown, issues):
        if not entry.is_dir():
            issues.append(
                issue_at(shown(path), (1, 1), "misplaced-file", "a file directly in content/ belongs to no record type")
            )
        elif entry.name not in RECORD_TYPES:
            issues.append(
                issue_at(
                    shown(path),
                    (1, 1),
                    "misplaced-file",
                    f"'{entry.name}' is not a record type; use one of {', '.join(RECORD_TYPES)}",
                )
            )
        else:
            found_here, issues_here = _type_folder(entry.name, path, shown)
            found += found_here
            issues += issues_here
    return found, issues


def _type_folder(
    type_name: str, folder: Path, shown: Callable[[Path], str]
) -> tuple[list[tuple[str, str, Path]], list[Issue]]:
    found: list[tuple[str, str, Path]] = []
    issues: list[Issue] = []
    for entry, path in _entries(folder, shown, issues):
        if entry.is_dir():
            issues.append(
                issue_at(
                    shown(path),
                    (1, 1),
                    "misplaced-file",
                    f"folders inside content/{type_name}/ are not read; move its files up",
                )
            )
            continue
        stem, dot, ext = entry.name.rpartition(".")
        if ext != "yaml" or not dot:
            hint = f"rename it to {stem}.yaml" if ext == "yml" else "records are .yaml files"
            issues.append(issue_at(shown(path), (1, 1), "misplaced-file", "not a .yaml record file", hint))
            continue
        if len(stem) > MAX_ID_LENGTH or not _SLUG.match(stem):
            issues.append(issue_at(shown(path), (1, 1), "invalid-id", f"the file name '{stem}' is not a valid id"))
            continue
        found.append((type_name, stem, path))
    return found, issues


FileMemo = dict[Path, tuple[tuple[int, int, int], Record | None, Origin | None, list[Issue]]]
"""What loading each file gave, by path, with the file's (inode, size, mtime) when it was read."""


def load_records(
    content_dir: Path, shown: Callable[[Path], str], memo: FileMemo | None = None
) -> tuple[Corpus, list[Issue]]:
    """Read and validate every record; ``shown(path)`` gives the path that messages print.

    ``memo`` (kept by a long-running caller, the live preview) skips files whose inode,
    size and modification time are what they were when last read.
    """
    corpus = Corpus()
    files, issues = record_files(content_dir, shown)
    issues += _duplicate_ids(files, shown)
    for type_name, record_id, path in files:
        if memo is not None:
            try:
                st = path.stat()
                seen = (st.st_ino, st.st_size, st.st_mtime_ns)
            except OSError:
                seen = None
            if seen is not None and path in memo and memo[path][0] == seen:
                _, record, origin, file_issues = memo[path]
            else:
                record, origin, file_issues = _load_file(type_name, record_id, path, shown(path))
                if seen is not None:
                    memo[path] = (seen, record, origin, file_issues)
        else:
            record, origin, file_issues = _load_file(type_name, record_id, path, shown(path))
        issues += file_issues
        if record is None or origin is None:
            corpus.invalid.setdefault(record_id, type_name)
        elif record_id not in corpus.records:
            corpus.add(record, origin)
    return corpus, issues


def _load_file(
    type_name: str, record_id: str, path: Path, rel: str
) -> tuple[Record | None, Origin | None, list[Issue]]:
    """One record file: the record and its origin, or None and the issues that stopped it."""
    doc, issues = read_document(path, rel)
    if doc is None:
        return None, None, issues
    origin = Origin(Path(rel), doc.locs, doc.key_locs)
    implied = [k for k in _IMPLIED if k in doc.data]
    for key in implied:
        issues.append(
            issue_at(rel, origin.loc((key,), key=True), "unknown-field", f"unknown field '{key}'", _IMPLIED[key])
        )
        del doc.data[key]
    model = RECORD_TYPES[type_name]
    try:
        record = model.model_validate({**doc.data, "id": record_id})
    except ValidationError as exc:
        return None, None, issues + cap_per_code(translate(exc, model, origin))
    return record, origin, issues


def _duplicate_ids(files: Iterable[tuple[str, str, Path]], shown: Callable[[Path], str]) -> list[Issue]:
    by_id: dict[str, list[Path]] = {}
    for _, record_id, path in files:
        by_id.setdefault(record_id, []).append(path)
    issues = []
    for record_id, paths in by_id.items():
        for path in paths if len(paths) > 1 else ():
            others = ", ".join(str(shown(p)) for p in paths if p != path)
            issues.append(
                issue_at(shown(path), (1, 1), "duplicate-id", f"the id '{record_id}' is also used by {others}")
            )
    return issues
