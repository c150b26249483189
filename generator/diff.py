"""What changed in the records between two git revisions, in words, for a pull request description.

Records are compared field by field after parsing, so reformatting a file
shows no change, and lists of statements are matched by what they are (a
citation by its source and quote, a relationship by its type and target), so
adding one statement does not read as every later one changing.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from generator.errors import UsageError, gh_data, gh_prop
from generator.load.yamldoc import parse_document
from generator.model.corpus import Corpus, Origin
from generator.model.records import RECORD_TYPES, Record
from generator.model.reverse import REVERSES
from generator.model.walk import iter_links

# How items of a list are recognised across versions (also by ids.py, which follows a record through renames).
ITEM_KEYS = {
    "citations": ("source", "quote"),
    "aliases": ("name",),
    "relationships": ("type", "target"),
    "roles": ("title",),
}
# Fields whose change matters most to reviewers: shown first and in bold.
_HEADLINE = ("status", "claim_status")
# Prose fields: a change shows as a word diff, so an edited sentence reads as what was edited.
_PROSE = ("summary", "description", "denied", "acknowledged", "notes", "note", "date_note", "reason", "translation")

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
    """One record's change: added, removed, renamed or changed, with what a reviewer needs to judge it.

    ``details`` say who speaks, when, the claim's status, what a denial answers, the review state and
    (for an added record) every quotation with its source; ``lines`` are the field-level changes.
    """

    kind: str
    type_name: str
    record_id: str
    label: str
    lines: list[str] = field(default_factory=list)
    old_id: str | None = None
    details: list[str] = field(default_factory=list)
    path: str = ""
    """The record's file, relative to the project (for annotations)."""
    old: dict[str, Any] | None = field(default=None, repr=False)
    new: dict[str, Any] | None = field(default=None, repr=False)


@dataclass
class PageChange:
    """An existing record whose page changes because other records changed: a claim that gains a denial."""

    type_name: str
    record_id: str
    label: str
    lines: list[str] = field(default_factory=list)


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
        raise UsageError(
            f"git {args[0]} failed: {last}", hint="check that the revisions exist (e.g. main, HEAD~1, a commit id)"
        )
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
    """A value as the summary shows it: whole, on one line, controls and bidi overrides named.

    Never cut: a reviewer judges the text itself, so a long summary or quotation shows in full.
    """
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{_one_line(k)}: {shown(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(shown(v) for v in value)
    return _one_line(value)


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
    keys = ITEM_KEYS.get(list_name)
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
        elif isinstance(a, list) and isinstance(b, list) and key in ITEM_KEYS:
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
    if change.key in _PROSE and isinstance(a, str) and isinstance(b, str):
        return f"{_code(name)} (~~removed~~ **added**): {word_diff(a, b)}"
    return f"{_code(name)}: {md_text(a)} → {md_text(b)}"


def word_diff(old: str, new: str) -> str:
    """``old`` to ``new`` word by word in Markdown: removed words struck through, added ones in bold, all escaped."""
    a, b = _one_line(old).split(" "), _one_line(new).split(" ")
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(md_text(" ".join(a[i1:i2])))
            continue
        if i2 > i1 and any(a[i1:i2]):
            out.append(f"~~{md_text(' '.join(a[i1:i2]))}~~")
        if j2 > j1 and any(b[j1:j2]):
            out.append(f"**{md_text(' '.join(b[j1:j2]))}**")
    return " ".join(part for part in out if part)


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
            changes.append(
                FieldChange("quote-removed", f"{prefix}citations", old=c, list_name="citations", where=where)
            )
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


class Revision:
    """The records of one revision (None: the working tree), read on demand by id."""

    def __init__(self, root: Path, rev: str | None) -> None:
        self.root, self.rev = root, rev
        self._paths: dict[str, str] | None = None
        self._data: dict[str, dict[str, Any] | None] = {}

    def paths(self) -> dict[str, str]:
        """Every record file by id: content/<type>/<id>.yaml."""
        if self._paths is None:
            if self.rev is None:
                found = [p.relative_to(self.root).as_posix() for p in (self.root / "content").glob("*/*.yaml")]
            else:
                found = _git(self.root, "ls-tree", "-r", "-z", "--name-only", self.rev, "--", "content").split("\0")
            self._paths = {Path(p).stem: p for p in sorted(found) if len(Path(p).parts) == 3 and p.endswith(".yaml")}
        return self._paths

    def data(self, record_id: str) -> dict[str, Any] | None:
        if record_id not in self._data:
            path = self.paths().get(record_id)
            self._data[record_id] = _read(self.root, self.rev, path) if path else None
        return self._data[record_id]

    def type_of(self, record_id: str) -> str | None:
        path = self.paths().get(record_id)
        return Path(path).parts[1] if path else None

    def label(self, record_id: str) -> str:
        """A reference as the summary shows it: its name (escaped) and its id."""
        if self.type_of(record_id) == "source":
            return _source_label(self.data(record_id), record_id)
        name = _label(self.data(record_id), record_id)
        return _code(record_id) if name == record_id else f"{md_text(name)} ({_code(record_id)})"


def _source_label(data: dict[str, Any] | None, source_id: str) -> str:
    if not data:
        return f"{_code(source_id)} (not found)"
    parts = [md_text(data["publisher"])] if data.get("publisher") else []
    if data.get("title"):
        parts.append(f"“{md_text(data['title'])}”")
    if data.get("published"):
        parts.append(md_text(data["published"]))
    return ", ".join([*parts, _code(source_id)])


_REVIEW = {"draft": "draft (not published)", "reviewed": "reviewed"}


def _details(data: dict[str, Any], revision: Revision, quotations: bool) -> list[str]:
    """What a reviewer needs to judge a record before its fields: speaker, date, status, answers, review."""
    out = []
    for key, word in (("claimant", "speaker"), ("denier", "speaker")):
        speaker = data.get(key)
        if isinstance(speaker, dict):
            out.append(f"{word}: {_speaker(speaker, revision)}")
    if data.get("date") is not None:
        out.append(f"date: {md_text(data['date'])}")
    if data.get("publisher"):  # a source: who published it, where, in what language, and the archived copy
        outlet = md_text(data["publisher"]) + (f", by {md_text(data['author'])}" if data.get("author") else "")
        out.append(
            f"publisher: {outlet}" + (f"; language: {md_text(data['language'])}" if data.get("language") else "")
        )
        if data.get("url"):
            out.append(f"address: {_code(data['url'])}")
        if data.get("archive"):
            out.append(f"archived copy: {_code(data['archive'])}")
    if data.get("published") is not None:
        out.append(f"published: {md_text(data['published'])}")
    if data.get("claim_status") is not None:
        out.append(f"claim status: **{md_text(data['claim_status'])}**")
    claims = data.get("claims")
    if isinstance(claims, list):
        answered = ", ".join(revision.label(str(c)) for c in claims) or "**no claims named**"
        out.append(f"answers: {answered}")
    if "summary" in data and data.get("name"):  # events: the name is the label, the summary is text to judge
        out.append(f"summary: {md_text(data['summary'])}")
    review = _REVIEW.get(str(data.get("status")), "no review status (published once merged)")
    if data.get("reviewed_by"):
        review += f" by {md_text(data['reviewed_by'])}"
    if data.get("reviewed_at"):
        review += f" on {md_text(data['reviewed_at'])}"
    out.append(f"review: {review}")
    if quotations:
        for where, citation in _citations(data):
            out.append(_quotation(citation, revision, where))
    return out


def _speaker(speaker: dict[str, Any], revision: Revision) -> str:
    if speaker.get("actor"):
        text = revision.label(str(speaker["actor"]))
    else:
        text = f"described as “{md_text(speaker.get('described_as'))}”"
    if speaker.get("affiliation"):
        text += f", of {revision.label(str(speaker['affiliation']))}"
    return text


def _citations(data: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every citation in a record's data, with the statement it backs (empty for the record's own), in file order."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "citations" and isinstance(value, list):
                found += [(where, c) for c in value if isinstance(c, dict)]
            elif isinstance(value, (dict, list)):
                found += _citations(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found += _citations(item, f"{where}[{index}]")
    return found


def _quotation(citation: dict[str, Any], revision: Revision, where: str = "", word: str = "quotation") -> str:
    paragraph = f", ¶{md_text(citation['paragraph'])}" if citation.get("paragraph") is not None else ""
    backs = f" ({_code(where)})" if where else ""
    line = (
        f"{word}{backs}: “{md_text(citation.get('quote'))}” — {revision.label(str(citation.get('source')))}{paragraph}"
    )
    if citation.get("translation"):
        line += f"; translation: “{md_text(citation['translation'])}”"
    return line


def _model(type_name: str, record_id: str, data: dict[str, Any] | None) -> Record | None:
    """The record as the model reads it; a draft that fails a check across fields still gives its valid fields."""
    if not isinstance(data, dict):
        return None
    model = RECORD_TYPES[type_name]
    try:
        return model.model_validate({**data, "id": record_id})
    except ValidationError:
        pass
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if name in data and info.annotation is not None:
            try:
                fields[name] = TypeAdapter(info.annotation).validate_python(data[name])
            except ValidationError:
                continue
    return model.model_construct(**fields, id=record_id)


def pages_changed(changes: list[RecordChange], base: Revision, head: Revision) -> list[PageChange]:
    """Existing records whose pages change because of ``changes``: what refers to them differs between revisions.

    Both revisions are asked the same reverse lookups the pages ask (``corpus.denials_of(id)``...),
    over the changed records only: records that did not change answer the same in both.
    """
    before, after = Corpus(), Corpus()
    for change in changes:
        for corpus, data, rid in (
            (before, change.old, change.old_id or change.record_id),
            (after, change.new, change.record_id),
        ):
            record = _model(change.type_name, rid, data)
            if record is not None:
                corpus.add(record, Origin(Path(change.path)))
    targets: dict[str, None] = {}
    for corpus in (before, after):
        for record in corpus.records.values():
            for link in iter_links(record):
                targets.setdefault(link.target)
    touched = {c.record_id for c in changes if c.kind in ("added", "removed")}
    out = []
    for target in sorted(targets):
        type_name = head.type_of(target)
        if target in touched or type_name is None or base.type_of(target) is None:
            continue  # a new or removed page is listed with the records
        lines = []
        for name, reverse in REVERSES.items():
            old_ids = _ids(before.reverse(name, target))
            new_ids = _ids(after.reverse(name, target))
            gained = [i for i in new_ids if i not in old_ids]
            lost = [i for i in old_ids if i not in new_ids]
            if gained or lost:
                what = reverse.doc.rstrip(".")
                words = [f"+ {head.label(i)}" for i in gained] + [f"− {base.label(i)}" for i in lost]
                lines.append(f"{md_text(what)}: {'; '.join(words)}")
        if lines:
            out.append(PageChange(type_name, target, _label(head.data(target), target), lines))
    return out


def _ids(answer: list[Any]) -> list[str]:
    ids: dict[str, None] = {}
    for item in answer:
        record = item[0] if isinstance(item, tuple) else item
        ids.setdefault(record.id)
    return list(ids)


def record_changes(root: Path, base: str, head: str | None) -> list[RecordChange]:
    """Every record added, removed, renamed or changed between ``base`` and ``head`` (None: the working tree)."""
    changes = []
    after = Revision(root, head)
    for status, path, old_path in _changed_files(root, base, head):
        type_name, record_id = Path(path).parts[1], Path(path).stem
        if type_name not in RECORD_TYPES:
            continue
        new = _read(root, head, path) if status != "D" else None
        old = _read(root, base, old_path or path) if status != "A" else None
        if status == "A":
            change = RecordChange("added", type_name, record_id, _label(new, record_id))
            change.details = _details(new or {}, after, quotations=True)
        elif status == "D":
            change = RecordChange("removed", type_name, record_id, _label(old, record_id))
        else:
            change = RecordChange(
                "renamed" if status == "R" else "changed", type_name, record_id, _label(new, record_id)
            )
            if old_path:
                change.old_id = Path(old_path).stem
            change.lines = [
                _quotation(fc.new, after, fc.where, "quote added") if fc.kind == "quote-added" else _markdown_line(fc)
                for fc in field_changes(old or {}, new or {})
            ]
            if not change.lines and status != "R":
                continue  # only formatting or comments changed
            change.details = _details(new or {}, after, quotations=False)
        change.path, change.old, change.new = path, old, new
        changes.append(change)
    return sorted(
        changes, key=lambda c: (["added", "renamed", "changed", "removed"].index(c.kind), c.type_name, c.record_id)
    )


def markdown(changes: list[RecordChange], base: str, head: str | None, pages: list[PageChange] | None = None) -> str:
    """The summary as Markdown, ready to paste into a pull request."""
    counts = {k: sum(c.kind == k for c in changes) for k in ("added", "changed", "renamed", "removed")}
    out = [f"## Record changes: {_code(base)} → {_code(head) if head else 'working tree'}", ""]
    if not changes:
        return "\n".join([*out, "No record changed.", ""])
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
            out += [f"  - {line}" for line in c.details]
            if c.lines and c.details:
                out.append("  - changes:")
                out += [f"    - {line}" for line in c.lines]
            else:
                out += [f"  - {line}" for line in c.lines]
    if pages:
        out += ["", "### Existing pages that change", ""]
        for page in pages:
            out.append(f"- **{md_text(page.type_name)}** {_code(page.record_id)}: {md_text(page.label)}")
            out += [f"  - {line}" for line in page.lines]
    return "\n".join(out) + "\n"


def summarise(root: Path, base: str, head: str | None) -> tuple[list[RecordChange], list[PageChange]]:
    """The record changes and the existing pages they change."""
    changes = record_changes(root, base, head)
    return changes, pages_changed(changes, Revision(root, base), Revision(root, head))


def github_notices(changes: list[RecordChange], root: Path) -> str:
    """One GitHub notice per added, renamed or changed record, on its file, so the pull request's files tab shows it."""
    prefix = _git(root, "rev-parse", "--show-prefix", check=False).strip()
    out = []
    for c in changes:
        if c.kind == "removed" or not c.path:
            continue
        title = f"{c.type_name} {c.record_id} {c.kind}"
        message = shown(c.label)
        out.append(f"::notice file={gh_prop(prefix + c.path)},line=1,title={gh_prop(title)}::{gh_data(message)}")
    return "\n".join(out)
