"""What changed in the records between two git revisions, in words, for a pull request description.

Records are compared field by field after parsing, so reformatting a file
shows no change, and lists of statements are matched by what they are (a
citation by its source and quote, a relationship by its type and target), so
adding one statement does not read as every later one changing.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import UsageError
from generator.load.yamldoc import parse_document
from generator.model.records import RECORD_TYPES

# How items of a list are recognised across versions.
_ITEM_KEYS = {
    "citations": ("source", "quote"),
    "aliases": ("name",),
    "relationships": ("type", "target"),
    "roles": ("title",),
}
# Fields whose change matters most to reviewers: shown first and in bold.
_HEADLINE = ("status", "claim_status")

# The summary is read as GitHub-flavoured Markdown (a job summary, a pull request comment) and as
# Python-Markdown or plain text elsewhere. Every character that is syntax somewhere in those becomes
# a numeric character reference, which shows the character and is never syntax: HTML tags, comments
# and entities (< > &), emphasis and strikethrough (* _ ~), code (`), links, images and footnotes
# ([ ] !), headings (#), table cells (|), math ($), attribute lists ({ }), backslash escapes, and the
# triggers of GitHub's autolinks, mentions and emoji codes (a scheme's ':', '@', 'www.').
_GFM_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_~[]!#|${}@"})
_AUTOLINK = re.compile(r"(?i)(?<=www)\.|:(?=\S)")
"""'www.', and a colon before anything but a space: URL schemes, mailto:, :emoji: ('Iraq: a report' keeps it)."""
_CONTROL_OR_BIDI = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class RecordChange:
    """One record's change: added, removed, renamed or changed, with its field-level lines."""

    kind: str
    type_name: str
    record_id: str
    label: str
    lines: list[str] = field(default_factory=list)
    old_id: str | None = None


def _git(root: Path, *args: str, binary: bool = False, check: bool = True) -> Any:
    """Run git in the project; its failures become usage errors (a wrong revision is the usual cause)."""
    env = {**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat"}
    try:
        out = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=not binary, timeout=60, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        raise UsageError(f"cannot run git: {exc}", hint="install git, and run inside a git checkout") from None
    if out.returncode != 0 and check:
        err = out.stderr.decode(errors="replace") if binary else out.stderr
        last = err.strip().splitlines()[-1] if err.strip() else f"exit {out.returncode}"
        raise UsageError(f"git {args[0]} failed: {last}", hint="check that the revisions exist (e.g. main, HEAD~1, a commit id)")
    return out.stdout if out.returncode == 0 else (b"" if binary else "")


def _changed_files(root: Path, base: str, head: str | None) -> list[tuple[str, str, str | None]]:
    """(status letter, path, old path for renames) for record files under content/."""
    revs = [base] if head is None else [base, head]
    raw = _git(root, "diff", "--relative", "--name-status", "-M", "-z", *revs, "--", "content")
    parts = raw.split("\0")
    out: list[tuple[str, str, str | None]] = []
    i = 0
    while i < len(parts) - 1:
        status = parts[i]
        if status.startswith("R"):
            out.append(("R", parts[i + 2], parts[i + 1]))
            i += 3
        else:
            out.append((status[0], parts[i + 1], None))
            i += 2
    if head is None:  # new files not yet added to git count as added
        untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", "content")
        out += [("A", p, None) for p in untracked.split("\0") if p]
    return [c for c in out if c[1].endswith(".yaml") and len(Path(c[1]).parts) == 3]


def _read(root: Path, rev: str | None, path: str) -> dict[str, Any] | None:
    """One version of a record as plain data; None when it does not parse (its diff then shows it whole)."""
    raw = (root / path).read_bytes() if rev is None else _git(root, "show", f"{rev}:./{path}", binary=True, check=False)
    doc, _ = parse_document(raw, path)
    return doc.data if doc else None


def _label(data: dict[str, Any] | None, record_id: str) -> str:
    if not data:
        return record_id
    for key in ("name", "title", "summary"):
        if isinstance(data.get(key), str):
            return data[key]
    return record_id


def shown(value: Any) -> str:
    """A value as the summary shows it: one line, at most 120 characters, controls and bidi overrides named."""
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        text = ", ".join(f"{_one_line(k)}: {shown(v)}" for k, v in value.items())
    elif isinstance(value, list):
        text = ", ".join(shown(v) for v in value)
    else:
        text = _one_line(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _one_line(value: Any) -> str:
    """Whitespace runs (line and paragraph separators too) as one space; invisible controls as [U+XXXX]."""
    text = " ".join(str(value).split())
    return _CONTROL_OR_BIDI.sub(lambda m: f"[U+{ord(m[0]):04X}]", text)


def md_text(value: Any) -> str:
    """``value`` as Markdown text that reads exactly as :func:`shown` has it and is never syntax."""
    return _AUTOLINK.sub(lambda m: f"&#{ord(m[0])};", shown(value).translate(_GFM_ESCAPES))


def _code(value: Any) -> str:
    """``value`` as a code span: a fence longer than any run of backticks inside, so nothing closes it early."""
    text = _one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _item_key(list_name: str, item: Any, index: int) -> Any:
    keys = _ITEM_KEYS.get(list_name)
    if keys and isinstance(item, dict):
        return tuple(str(item.get(k)) for k in keys)
    return item if isinstance(item, (str, int, float, bool)) or item is None else index


@dataclass(frozen=True)
class FieldChange:
    """One field-level difference between two versions of a record, before anyone words it.

    ``factsheet diff`` writes these as Markdown for reviewers (:func:`compare`); a record's
    history on its page words the same changes for readers (:mod:`generator.changelog`).
    """

    kind: str
    """added, removed or changed (a field or a value in one); item-added or item-removed (a statement in a
    list: an alias, a relationship, a role); quote-added or quote-removed (a citation)."""
    name: str
    """The field as a dotted path: claim_status, claimant.actor, relationships[led-by x].date."""
    old: Any = None
    new: Any = None
    list_name: str = ""
    """For items and quotes: the list they belong to (aliases, citations...)."""
    where: str = ""
    """For quotes: the statement whose citations they are (empty for the record's own)."""

    @property
    def key(self) -> str:
        """The field's own name, without the statement it sits in: date for relationships[...].date."""
        return self.name.rsplit(".", 1)[-1]


def field_changes(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[FieldChange]:
    """Field-by-field differences between two versions of a record (or of one statement), headline fields first."""
    changes: list[FieldChange] = []
    keys = sorted(set(old) | set(new), key=lambda k: (k not in _HEADLINE, k))
    for key in keys:
        a, b = old.get(key), new.get(key)
        name = f"{prefix}{key}"
        if a == b:
            continue
        if key == "citations" and isinstance(a or [], list) and isinstance(b or [], list):
            changes += _citation_changes(a or [], b or [], prefix)
        elif isinstance(a, list) and isinstance(b, list) and key in _ITEM_KEYS:
            changes += _list_changes(key, a, b, prefix)
        elif isinstance(a, dict) and isinstance(b, dict):
            changes += field_changes(a, b, f"{name}.")
        elif a is None:
            changes.append(FieldChange("added", name, new=b))
        elif b is None:
            changes.append(FieldChange("removed", name, old=a))
        else:
            changes.append(FieldChange("changed", name, a, b))
    return changes


def compare(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """Field-by-field change lines between two versions of a record (or of one statement), in Markdown."""
    return [_markdown_line(change) for change in field_changes(old, new, prefix)]


def _markdown_line(change: FieldChange) -> str:
    name, a, b = change.name, change.old, change.new
    where = f" ({_code(change.where)})" if change.where else ""
    if change.kind == "quote-added":
        source, paragraph = md_text(b.get("source")), md_text(b.get("paragraph", "?"))
        return f"quote added{where}: “{md_text(b.get('quote'))}” ({source}, ¶{paragraph})"
    if change.kind == "quote-removed":
        return f"quote removed{where}: “{md_text(a.get('quote'))}” ({md_text(a.get('source'))})"
    if change.kind == "item-added":
        return f"{_code(name)}: added {md_text(_without_citations(b))}"
    if change.kind == "item-removed":
        return f"{_code(name)}: removed {md_text(_without_citations(a))}"
    if change.kind == "added":
        return f"{_code(name)} added: {md_text(b)}"
    if change.kind == "removed":
        return f"{_code(name)} removed (was: {md_text(a)})"
    if change.key in _HEADLINE:
        return f"**{_code(name)}: {md_text(a)} → {md_text(b)}**"
    return f"{_code(name)}: {md_text(a)} → {md_text(b)}"


def _citation_changes(old: list, new: list, prefix: str) -> list[FieldChange]:
    where = prefix.rstrip(".")
    before = {_item_key("citations", c, i): c for i, c in enumerate(old)}
    after = {_item_key("citations", c, i): c for i, c in enumerate(new)}
    changes = []
    for key, c in after.items():
        if key not in before and isinstance(c, dict):
            changes.append(FieldChange("quote-added", f"{prefix}citations", new=c, list_name="citations", where=where))
    for key, c in before.items():
        if key not in after and isinstance(c, dict):
            changes.append(FieldChange("quote-removed", f"{prefix}citations", old=c, list_name="citations", where=where))
    for key in [k for k in after if k in before]:  # in file order, so the output is stable
        changes += field_changes(before[key], after[key], f"{prefix}citations[{key[1][:20]}…].")
    return changes


def _list_changes(name: str, old: list, new: list, prefix: str) -> list[FieldChange]:
    before = {_item_key(name, item, i): item for i, item in enumerate(old)}
    after = {_item_key(name, item, i): item for i, item in enumerate(new)}
    changes = []
    for key, item in after.items():
        if key not in before:
            changes.append(FieldChange("item-added", prefix + name, new=item, list_name=name))
    for key, item in before.items():
        if key not in after:
            changes.append(FieldChange("item-removed", prefix + name, old=item, list_name=name))
    for key in [k for k in after if k in before]:  # in file order, so the output is stable
        if isinstance(before[key], dict) and isinstance(after[key], dict):
            changes += field_changes(before[key], after[key], f"{prefix}{name}[{' '.join(map(str, key))}].")
    return changes


def _without_citations(item: Any) -> Any:
    return {k: v for k, v in item.items() if k != "citations"} if isinstance(item, dict) else item


def record_changes(root: Path, base: str, head: str | None) -> list[RecordChange]:
    """Every record added, removed, renamed or changed between ``base`` and ``head`` (None: the working tree)."""
    changes = []
    for status, path, old_path in _changed_files(root, base, head):
        type_name, record_id = Path(path).parts[1], Path(path).stem
        if type_name not in RECORD_TYPES:
            continue
        new = _read(root, head, path) if status != "D" else None
        old = _read(root, base, old_path or path) if status != "A" else None
        if status == "A":
            change = RecordChange("added", type_name, record_id, _label(new, record_id))
            n = len((new or {}).get("citations") or [])
            change.lines.append(f"{n} record-level citation{'s' * (n != 1)}")
        elif status == "D":
            change = RecordChange("removed", type_name, record_id, _label(old, record_id))
        else:
            change = RecordChange("renamed" if status == "R" else "changed", type_name, record_id, _label(new, record_id))
            if old_path:
                change.old_id = Path(old_path).stem
            change.lines = compare(old or {}, new or {})
            if not change.lines and status != "R":
                continue  # only formatting or comments changed
        changes.append(change)
    return sorted(changes, key=lambda c: (["added", "renamed", "changed", "removed"].index(c.kind), c.type_name, c.record_id))


def markdown(changes: list[RecordChange], base: str, head: str | None) -> str:
    """The summary as Markdown, ready to paste into a pull request."""
    counts = {k: sum(c.kind == k for c in changes) for k in ("added", "changed", "renamed", "removed")}
    out = [f"## Record changes: {_code(base)} → {_code(head) if head else 'working tree'}", ""]
    if not changes:
        return "\n".join(out + ["No record changed.", ""])
    out.append(", ".join(f"{n} {k}" for k, n in counts.items() if n) + ".")
    for kind in ("added", "renamed", "changed", "removed"):
        group = [c for c in changes if c.kind == kind]
        if not group:
            continue
        out += ["", f"### {kind.capitalize()}", ""]
        for c in group:
            head_line = f"- **{md_text(c.type_name)}** {_code(c.record_id)}: {md_text(c.label)}"
            if c.old_id:
                head_line += f" (was {_code(c.old_id)})"
            out.append(head_line)
            out += [f"  - {line}" for line in c.lines]
    return "\n".join(out) + "\n"
