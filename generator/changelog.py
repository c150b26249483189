"""Each record's history in readers' words, and the corrections log, from git.

:mod:`generator.history` says which commits touched which record file; here each
change is read back from git (the file before and after the commit, in one
``git cat-file --batch`` call for the whole history) and compared field by field
with :func:`generator.diff.field_changes`, the comparison ``factsheet diff`` makes
for reviewers. The same differences are then worded for readers: "claim status
changed from alleged to denied", "quotation corrected", "alias added: Watut",
"citation added from Shafaq News".

The reason shown with a change is the commit's subject line. A commit whose
message ends with a ``Correction:`` trailer is a correction: the trailer says
what was wrong, and the corrections log lists it with what each changed field
said before and says now. A change that only reformats a file (comments, quoting,
order) compares equal and is not listed. A project outside git has no history:
every result here is then empty.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import Any

from generator.diff import FieldChange, field_changes
from generator.history import Change, HistoryError, git_env, record_history
from generator.load.yamldoc import parse_document
from generator.model.corpus import Corpus
from generator.model.vocab import RELATIONS
from generator.project import Project

SHORT = 80
"""A value longer than this is not quoted in a history line ("summary changed"), only in the corrections log."""
LONG = 400
"""The most of a value the corrections log shows."""
# Bookkeeping that reads as one event, "reviewed by X", rather than three field changes.
_REVIEW_FIELDS = ("status", "reviewed_by", "reviewed_at")
# How a field reads in running text, where its name with spaces would not do.
_FIELD_WORDS = {
    "claim_status": "claim status",
    "claimant": "claimant",
    "described_as": "description",
    "notes": "editors' notes",
    "date": "date",
    "located_in": "located in",
    "reported_to": "said to",
    "same_as": "external identifiers",
    "not_same_as": "decisions that another record is different",
    "status_history": "status history",
    "archive_url": "archived copy",
}
_SINGULAR = {
    "aliases": "alias",
    "relationships": "relationship",
    "roles": "role",
    "citations": "citation",
    "status_history": "status change",
    "not_same_as": "decision",
}
_IDENTITY = {
    "aliases": ("name",),
    "relationships": ("type", "target"),
    "roles": ("title",),
    "status_history": ("status", "date"),
    "not_same_as": ("record",),
}
# Lists of statements (each item a mapping of its own): worded one statement at a time.
_STATEMENT_LISTS = frozenset({"aliases", "relationships", "roles", "status_history", "not_same_as"})


@dataclass(frozen=True)
class Worded:
    """One change in a reader's words, with what the field said before and says now (for the corrections log)."""

    text: str
    was: str = ""
    now: str = ""


@dataclass(frozen=True)
class HistoryEntry:
    """One commit's change to one record, as its page's History section lists it."""

    date: str
    """The committer date, ISO 8601 with offset."""
    commit: str
    kind: str
    """added, modified or renamed."""
    changes: tuple[Worded, ...]
    """What changed, in readers' words; for a new record, empty."""
    reason: str
    """The commit's subject line: the editor's reason."""
    corrections: tuple[str, ...] = ()
    """What was wrong, from the commit's ``Correction:`` trailers; non-empty for a correction."""
    author: str = ""
    """The commit's author (for the feed; pages do not show it)."""

    @property
    def is_correction(self) -> bool:
        return bool(self.corrections)

    @property
    def lines(self) -> list[str]:
        """What changed, one phrase each, repeats counted: "3 citations added from Shafaq News"."""
        return collapse([w.text for w in self.changes])

    @property
    def summary(self) -> str:
        """The change in one line of plain text: what changed, what was wrong, and the editor's reason."""
        what = "record added" if self.kind == "added" else "; ".join(self.lines)
        wrong = "; ".join(c for c in self.corrections if c)
        parts = [("Correction: " if self.is_correction else "") + what, f"what was wrong: {wrong}" if wrong else ""]
        return ". ".join(p.rstrip(".") for p in [*parts, self.reason] if p)


_PLURALS = (
    ("citation added from ", "citations added from "),
    ("citation removed ", "citations removed "),
    ("quotation corrected ", "quotations corrected "),
)


def collapse(texts: list[str]) -> list[str]:
    """The phrases in order, each once, with how often it occurred: "3 citations added from Rudaw"."""
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    out = []
    for text, count in counts.items():
        if count == 1:
            out.append(text)
            continue
        plural = next((many + text[len(one) :] for one, many in _PLURALS if text.startswith(one)), None)
        out.append(f"{count} {plural}" if plural else f"{text} ({count} times)")
    return out


@dataclass(frozen=True)
class Correction:
    """One entry of the corrections log: a record corrected in one commit."""

    record_id: str
    date: str
    commit: str
    wrong: str
    """What was wrong, in the editor's words (the ``Correction:`` trailers, joined)."""
    changes: tuple[Worded, ...]
    """Each field corrected, with what it said and what it says now."""
    reason: str


def record_changelog(
    project: Project, corpus: Corpus, history: dict[str, list[Change]] | None = None
) -> dict[str, tuple[HistoryEntry, ...]]:
    """Each record of ``corpus``'s history entries, newest first; {} outside git.

    ``history`` is :func:`generator.history.record_history`'s result when the caller has it already.
    Raises :class:`~generator.history.HistoryError` when git fails for another reason than having no history.
    """
    history = record_history(project) if history is None else history
    wanted = {rid: changes for rid, changes in history.items() if rid in corpus.records}
    specs: set[str] = set()
    for changes in wanted.values():
        for change in changes:
            specs.update(_versions(change))
    blobs = _read_blobs(project, sorted(specs))
    retired = {old: record.id for record in corpus for old in record.former_ids}
    out: dict[str, tuple[HistoryEntry, ...]] = {}
    for record_id, changes in wanted.items():
        entries = [e for c in changes if (e := _entry(c, blobs, corpus, retired)) is not None]
        if entries:
            out[record_id] = tuple(entries)
    return out


def corrections_log(changelog: dict[str, tuple[HistoryEntry, ...]]) -> tuple[Correction, ...]:
    """Every correction across the corpus, newest first (then by record id)."""
    found = [
        Correction(record_id, e.date, e.commit, "; ".join(c for c in e.corrections if c), e.changes, e.reason)
        for record_id, entries in changelog.items()
        for e in entries
        if e.is_correction
    ]
    return tuple(sorted(found, key=lambda c: (-_moment(c.date), c.record_id)))


def _moment(iso: str) -> float:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return 0.0
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


# Reading both versions of each change -----------------------------------------------------------


def _versions(change: Change) -> tuple[str, ...]:
    """The git object names of the file before and after ``change`` (paths relative to the project)."""
    if change.kind not in ("modified", "renamed"):
        return ()
    return (f"{change.commit}^:./{change.old_path or change.path}", f"{change.commit}:./{change.path}")


def _read_blobs(project: Project, specs: list[str]) -> dict[str, bytes]:
    """The contents of many ``rev:path`` objects from one ``git cat-file --batch``; missing ones are left out."""
    specs = [spec for spec in specs if "\n" not in spec]  # the batch protocol is one name a line
    if not specs:
        return {}
    request = "".join(spec + "\n" for spec in specs).encode("utf-8")
    try:
        done = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=project.root,
            env=git_env(),
            input=request,
            capture_output=True,
            check=False,
        )
    except FileNotFoundError:
        return {}
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()
        raise HistoryError(
            f"could not read record versions from git in {project.root}: {error}",
            hint="run `git cat-file --batch` there to see the problem",
        )
    out: dict[str, bytes] = {}
    data, at = done.stdout, 0
    for spec in specs:
        end = data.index(b"\n", at)
        header = data[at:end].split(b" ")
        at = end + 1
        if len(header) == 3 and header[1] == b"blob":
            size = int(header[2])
            out[spec] = data[at : at + size]
            at += size + 1  # the content, then a newline
    return out


def _data(blobs: dict[str, bytes], spec: str) -> dict[str, Any] | None:
    raw = blobs.get(spec)
    if raw is None:
        return None
    doc, _ = parse_document(raw, spec)
    return doc.data if doc is not None and isinstance(doc.data, dict) else None


# Wording ----------------------------------------------------------------------------------------


def _entry(change: Change, blobs: dict[str, bytes], corpus: Corpus, retired: dict[str, str]) -> HistoryEntry | None:
    def entry(words: list[Worded]) -> HistoryEntry:
        return HistoryEntry(
            change.date, change.commit, change.kind, tuple(words), change.subject, change.corrections, change.author
        )

    if change.kind == "added":
        return entry([])
    if change.kind not in ("modified", "renamed"):
        return None
    before_spec, after_spec = _versions(change)
    # A reference rewritten by a rename or a merge is the same reference: both versions are compared as if it had
    # always been the new id.
    before, after = _successors(_data(blobs, before_spec), retired), _successors(_data(blobs, after_spec), retired)
    old_id = PurePosixPath(change.old_path).stem if change.old_path else None
    words: list[Worded] = []
    if change.kind == "renamed" and old_id and old_id != PurePosixPath(change.path).stem:
        words.append(Worded(f"renamed from {old_id}", old_id, PurePosixPath(change.path).stem))
    if before is None or after is None:
        words.append(Worded("changed"))  # a version git cannot give us, or that does not parse
    else:
        words += describe(field_changes(before, after), corpus, renamed_from=old_id)
    if not words:
        return None  # only the layout, comments or quoting changed
    return entry(words)


def _successors(value: Any, retired: dict[str, str]) -> Any:
    """``value`` with every string that is a former id replaced by the id of the record it became."""
    if isinstance(value, str):
        return retired.get(value, value)
    if isinstance(value, dict):
        return {k: v if k == "former_ids" else _successors(v, retired) for k, v in value.items()}
    if isinstance(value, list):
        return [_successors(v, retired) for v in value]
    return value


def describe(changes: list[FieldChange], corpus: Corpus, renamed_from: str | None = None) -> list[Worded]:
    """Field-level changes in readers' words; a citation removed and another added from the same source
    in the same statement read as one corrected quotation."""
    out: list[Worded] = []
    review = {c.name: c for c in changes if c.name in _REVIEW_FIELDS}
    if review:
        out += _review_words(review)
    added = [c for c in changes if c.kind == "quote-added"]
    for change in changes:
        if change.name in _REVIEW_FIELDS:
            continue
        if change.kind == "quote-removed":
            twin = next((a for a in added if _same_place(a, change)), None)
            if twin is not None:
                added.remove(twin)
                publisher = _publisher(corpus, twin.new.get("source"))
                out.append(Worded(f"quotation corrected ({publisher})", _quote(change.old), _quote(twin.new)))
            else:
                publisher = _publisher(corpus, change.old.get("source"))
                out.append(Worded(f"citation removed ({publisher})", _quote(change.old), ""))
        elif change.kind == "quote-added":
            continue  # worded below, once the corrected quotations have taken their pair
        elif change.name == "former_ids":
            out += _former_words(change, renamed_from)
        else:
            out += _words(change, corpus)
    for change in added:  # those not taken as the new wording of a corrected quotation
        publisher = _publisher(corpus, change.new.get("source"))
        out.append(Worded(f"citation added from {publisher}", "", _quote(change.new)))
    return out


def _same_place(added: FieldChange, removed: FieldChange) -> bool:
    return added.where == removed.where and added.new.get("source") == removed.old.get("source")


def _review_words(review: dict[str, FieldChange]) -> list[Worded]:
    status = review.get("status")
    by = review.get("reviewed_by")
    at = review.get("reviewed_at")
    if status is not None and status.new != "reviewed":
        return [
            Worded(
                f"editorial state changed to {status.new or 'published'}", str(status.old or ""), str(status.new or "")
            )
        ]
    who = f" by {by.new}" if by is not None and by.new else ""
    when = f" on {at.new}" if at is not None and at.new else ""
    return [Worded(f"reviewed{who}{when}")]


def _former_words(change: FieldChange, renamed_from: str | None) -> list[Worded]:
    before = set(change.old or [])
    return [
        Worded(f"merged with {old_id}: its old address now leads here", old_id, "")
        for old_id in change.new or []
        if old_id not in before and old_id != renamed_from
    ]


def _words(change: FieldChange, corpus: Corpus) -> list[Worded]:
    field = _field_words(change.name, corpus)
    if change.kind in ("item-added", "item-removed"):
        item = change.new if change.kind == "item-added" else change.old
        return [_item_change(change.list_name, item, change.kind == "item-added", corpus)]
    statements = change.key in _STATEMENT_LISTS and "." not in change.name
    if statements and isinstance(change.old or [], list) and isinstance(change.new or [], list):
        # A list of statements that appeared or went whole (the first alias of a record): each statement in words.
        before = {_identity(change.key, i): i for i in change.old or []}
        after = {_identity(change.key, i): i for i in change.new or []}
        words = [_item_change(change.key, item, True, corpus) for key, item in after.items() if key not in before]
        words += [_item_change(change.key, item, False, corpus) for key, item in before.items() if key not in after]
        for key, item in after.items():
            if key in before and before[key] != item:
                words.append(Worded(f"{_SINGULAR[change.key]} {_item_words(change.key, item, corpus)}: changed"))
        return words
    return [_scalar_words(change, field, corpus)]


def _identity(list_name: str, item: Any) -> Any:
    """What a statement is, so that editing it is not read as removing it and adding another."""
    keys = _IDENTITY.get(list_name, ())
    if isinstance(item, dict) and keys:
        return tuple(str(item.get(k)) for k in keys)
    return repr(item)


def _item_change(list_name: str, item: Any, added: bool, corpus: Corpus) -> Worded:
    text = _item_words(list_name, item, corpus)
    if list_name == "not_same_as":
        words = f"recorded as not the same as {text}" if added else f"no longer recorded as different from {text}"
    else:
        words = f"{_SINGULAR.get(list_name, list_name.replace('_', ' '))} {'added' if added else 'removed'}: {text}"
    return Worded(words, "" if added else text, text if added else "")


def _scalar_words(change: FieldChange, field: str, corpus: Corpus) -> Worded:
    old, new = _value(change.old, corpus), _value(change.new, corpus)
    if isinstance(change.old, list) or isinstance(change.new, list):
        return _list_words(field, change.old or [], change.new or [], corpus)
    if change.kind == "added":
        return Worded(f"{field} added" + (f": {new}" if _short(new) else ""), "", _long(new))
    if change.kind == "removed":
        return Worded(f"{field} removed" + (f" (was {old})" if _short(old) else ""), _long(old), "")
    if _short(old) and _short(new):
        return Worded(f"{field} changed from {old} to {new}", old, new)
    return Worded(f"{field} changed", _long(old), _long(new))


def _list_words(field: str, old: list, new: list, corpus: Corpus) -> Worded:
    added = [_value(v, corpus) for v in new if v not in old]
    removed = [_value(v, corpus) for v in old if v not in new]
    parts = ([f"added {', '.join(added)}"] if added else []) + ([f"removed {', '.join(removed)}"] if removed else [])
    text = f"{field}: {'; '.join(parts)}" if parts and all(_short(p) for p in added + removed) else f"{field} changed"
    if not parts:
        text = f"{field} reordered"
    return Worded(text, _long(_value(old, corpus)), _long(_value(new, corpus)))


def _field_words(name: str, corpus: Corpus) -> str:
    """``relationships[led-by x].date`` -> "relationship led by X: date"; ``claimant.actor`` -> "claimant (actor)"."""
    parts = name.split(".")
    words = []
    for part in parts:
        if "[" in part:
            list_name, _, key = part.partition("[")
            key = key.rstrip("]")
            relation, _, target = key.partition(" ")
            if list_name == "relationships" and relation in RELATIONS and target:
                key = f"{RELATIONS[relation].label} {_value(target, corpus)}"
            words.append(f"{_SINGULAR.get(list_name, list_name.replace('_', ' '))} {key}")
        else:
            words.append(_FIELD_WORDS.get(part, part.replace("_", " ")))
    if len(words) == 1:
        return words[0]
    if all("[" not in p for p in parts):
        return f"{words[0]} ({' '.join(words[1:])})"
    return f"{' '.join(words[:-1])}: {words[-1]}"


def _item_words(list_name: str, item: Any, corpus: Corpus) -> str:
    if not isinstance(item, dict):
        return _value(item, corpus)
    if list_name == "aliases":
        return str(item.get("name", ""))
    if list_name == "relationships":
        relation = RELATIONS.get(str(item.get("type")))
        return f"{relation.label if relation else item.get('type')} {_value(item.get('target'), corpus)}"
    if list_name == "roles":
        return str(item.get("title", ""))
    if list_name == "status_history":
        by = f", by {_value(item.get('by'), corpus)}" if item.get("by") else ""
        return f"{item.get('status')} from {item.get('date')}{by}"
    if list_name == "not_same_as":
        return _value(item.get("record"), corpus)
    return ", ".join(f"{k}: {_value(v, corpus)}" for k, v in item.items() if k != "citations")


def _value(value: Any, corpus: Corpus) -> str:
    """A value as a reader reads it: a record's name for its id, lists joined, whitespace as single spaces."""
    if value is None:
        return ""
    if isinstance(value, str):
        record = corpus.get(value)
        return record.label if record is not None else " ".join(value.split())
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_value(v, corpus) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_value(v, corpus)}" for k, v in value.items() if k != "citations")
    return str(value)


def _quote(citation: Any) -> str:
    return _long(" ".join(str(citation.get("quote", "")).split())) if isinstance(citation, dict) else ""


def _publisher(corpus: Corpus, source_id: Any) -> str:
    source = corpus.get(str(source_id)) if source_id is not None else None
    return str(getattr(source, "publisher", None) or source_id)


def _short(text: str) -> bool:
    return bool(text) and len(text) <= SHORT


def _long(text: str) -> str:
    return text if len(text) <= LONG else text[: LONG - 1].rstrip() + "\u2026"


def changelog_or_note(
    project: Project, corpus: Corpus, history: dict[str, list[Change]] | None, notes: list[str]
) -> dict[str, tuple[HistoryEntry, ...]]:
    """:func:`record_changelog`, or {} with a note for the editor when git fails."""
    try:
        return record_changelog(project, corpus, history)
    except HistoryError as exc:
        notes.append(f"history: left out ({exc.message})")
        return {}
