"""Record history from git: who changed which record, when, and how.

One ``git log`` over content/ gives every change to a record file, newest first,
with renames followed (``-M``) so a record keeps its history when its file (its
id or its type) is renamed, and with each commit's ``Correction:`` trailers. The
feed export lists these changes, pages show when a record was last updated, and
:mod:`generator.changelog` words each change for the record's History section. Dates come from git's committer dates,
never from file times, so the same history always gives the same answer.

A commit's subject line is the reason readers see. Git history is never rewritten, so
when a subject was written for developers, or is wrong, editors give readers' words
for it in ``history-reasons.yaml`` (commit hash, or its first 7 or more characters,
to reason; an empty reason shows none): :func:`content_changes` uses them in place of
the subject, and ``factsheet validate`` checks the file.

A project that is not in git, or has no commits yet, simply has no history.
A shallow clone has only the history it fetched: its oldest commit looks as if
it added every record.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Literal

from generator.errors import FactsheetError, Issue, issue_at
from generator.load.yamldoc import read_document
from generator.project import Project

ChangeKind = Literal["added", "modified", "deleted", "renamed"]

# git's one-letter statuses; copies (C) cannot occur without -C, type changes (T) count as edits.
_KINDS: dict[str, ChangeKind] = {"A": "added", "M": "modified", "T": "modified", "D": "deleted", "R": "renamed"}
_HASH = re.compile(r"^[0-9a-f]{40}(?:[0-9a-f]{24})?$")
_STATUS = re.compile(r"^[A-Z][0-9]*$")
CORRECTION_TRAILER = "Correction"
"""The commit message trailer that marks a change as a correction: ``Correction: the quote was cut short``."""
# Fields of each commit's header, separated by NUL like the file names that follow (-z). The trailers'
# values are joined by US (0x1f), which no message can hold after git has unfolded them.
_HEADER_FIELDS = ("%H", "%cI", "%an", "%s", f"%(trailers:key={CORRECTION_TRAILER},valueonly,separator=%x1f,unfold)")
# What git says when there is simply nothing to read; any other failure is reported.
_NO_HISTORY = ("not a git repository", "does not have any commits", "bad default revision")


REASONS_FILE = "history-reasons.yaml"
"""The name messages give :attr:`Project.history_reasons`."""
_REASON_KEY = re.compile(r"[0-9a-f]{7,40}")


class HistoryError(FactsheetError):
    """git failed for a reason other than the project having no history."""


@dataclass(frozen=True)
class Change:
    """One commit's change to one record file."""

    commit: str
    """The commit's full hash."""
    date: str
    """The committer date, strict ISO 8601 with the committer's UTC offset: 2025-02-13T10:04:05+01:00."""
    author: str
    """The commit author's name."""
    kind: ChangeKind
    """added, modified, deleted or renamed (a rename may also change the content)."""
    path: str
    """The file after the change (before it, for a deletion), relative to the project: content/<type>/<id>.yaml."""
    old_path: str | None = None
    """For a rename, the file before it."""
    subject: str = ""
    """The first line of the commit message."""
    corrections: tuple[str, ...] = ()
    """The values of the message's ``Correction:`` trailers (in its last paragraph, as git reads trailers):
    what was wrong, in the editor's words. A commit with any is a correction."""

    @property
    def is_correction(self) -> bool:
        return bool(self.corrections)

    @property
    def record_type(self) -> str:
        return PurePosixPath(self.path).parent.name

    @property
    def record_id(self) -> str:
        """The id the file gave the record at this commit (its file name)."""
        return PurePosixPath(self.path).stem


def content_changes(project: Project) -> list[Change]:
    """Every change to a record file under content/, newest first, from one ``git log`` call;
    the reason of a commit named in ``history-reasons.yaml`` is the one written there."""
    output = _git_log(project)
    changes = [c for c in _parse(output) if _is_record_path(c.path)]
    reasons = read_reasons(project).texts
    if not reasons:
        return changes
    chosen = {commit: reasons[key] for key, commit in match_reasons(reasons, {c.commit for c in changes}).items()}
    return [replace(c, subject=chosen[c.commit]) if c.commit in chosen else c for c in changes]


@dataclass
class Reasons:
    """What ``history-reasons.yaml`` holds: each well-formed entry's reason and place, and the problems."""

    texts: dict[str, str] = field(default_factory=dict)
    """Commit hash (or prefix) to the reason readers see; '' shows none."""
    where: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Each entry's 1-based (line, column), for messages."""
    issues: list[Issue] = field(default_factory=list)


def read_reasons(project: Project) -> Reasons:
    """The entries of ``history-reasons.yaml`` that are well formed, and an issue for each one that is not."""
    path = project.history_reasons
    if not path.is_file():
        return Reasons()
    doc, issues = read_document(path, REASONS_FILE)
    found = Reasons(issues=[i for i in issues if i.code != "empty-file"])  # comments only: no reasons
    if doc is None:
        return found
    for key, value in doc.data.items():
        loc = doc.key_locs[(key,)]
        if not _REASON_KEY.fullmatch(key):
            why = f"'{key}' is not a commit hash (7 to 40 of 0-9 and a-f)"
            found.issues.append(issue_at(REASONS_FILE, loc, "history-reason", why))
        elif not isinstance(value, str):
            why = "a reason is text (or '' to show none)"
            found.issues.append(issue_at(REASONS_FILE, doc.locs.get((key,), loc), "history-reason", why))
        else:
            found.texts[key] = " ".join(value.split())  # (a long reason folded over lines reads as one line)
            found.where[key] = loc
    return found


def is_shallow(project: Project) -> bool:
    """Whether the project's repository is a shallow clone, which lacks the older commits."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--is-shallow-repository"], cwd=project.root, env=git_env(), capture_output=True
        )
    except FileNotFoundError:
        return False
    return done.stdout.strip() == b"true"


def match_reasons(reasons: dict[str, str], commits: set[str]) -> dict[str, str]:
    """Each key of ``reasons`` that names exactly one of ``commits`` (by its full hash or a prefix), with it."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for commit in commits:
        by_start[commit[:7]].append(commit)
    found = {}
    for key in reasons:
        named = [c for c in by_start.get(key[:7], ()) if c.startswith(key)]
        if len(named) == 1:
            found[key] = named[0]
    return found


def record_history(project: Project) -> dict[str, list[Change]]:
    """The changes to each record, newest first, keyed by the record's current id.

    Renames carry history: changes made to a file before it was renamed are
    listed under the id it has now. A commit that both removes and adds a file
    for the same id (a move git did not pair up as a rename) counts once, as
    a modification.
    """
    history: dict[str, list[Change]] = defaultdict(list)
    # Newest first, so when a rename is met, later changes are already filed under the current id.
    current_id: dict[str, str] = {}
    for change in content_changes(project):
        key = current_id.get(change.path, change.record_id)
        if change.old_path:
            current_id[change.old_path] = key
        changes = history[key]
        if changes and changes[-1].commit == change.commit:
            changes[-1] = _merge(changes[-1], change)
        else:
            changes.append(change)
    return dict(history)


def last_updated(history: dict[str, list[Change]]) -> dict[str, str]:
    """Each record's newest change date (ISO 8601), from :func:`record_history`'s result."""
    return {record_id: changes[0].date for record_id, changes in history.items() if changes}


def _merge(first: Change, second: Change) -> Change:
    """One commit's two entries for one record: keep the surviving file, call it a modification."""
    kept = second if first.kind == "deleted" else first
    return replace(kept, kind="modified", old_path=None)


def _is_record_path(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return len(parts) == 3 and parts[0] == "content" and parts[2].endswith(".yaml")


def git_env() -> dict[str, str]:
    """A fixed environment: C locale, no pager, and nothing that points git at another repository."""
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME", "SYSTEMROOT", "USERPROFILE")}
    env.update(LC_ALL="C", LANG="C", LANGUAGE="C", GIT_PAGER="cat", PAGER="cat", GIT_TERMINAL_PROMPT="0")
    return env


def _git_log(project: Project) -> str:
    command = [
        "git",
        # Settings a user's configuration could change that would change this output.
        "-c",
        "log.showSignature=false",
        "-c",
        "core.quotePath=false",
        "-c",
        "diff.renames=true",
        "log",
        "-z",
        "--date-order",
        "--no-color",
        "--name-status",
        "-M",
        "--relative",
        "--format=" + "%x00".join(_HEADER_FIELDS),
        "--",
        "content",
    ]
    try:
        done = subprocess.run(command, cwd=project.root, env=git_env(), capture_output=True, check=False)
    except FileNotFoundError:  # git is not installed: no history to read
        return ""
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()
        if any(reason in error for reason in _NO_HISTORY):
            return ""
        raise HistoryError(
            f"could not read the git history of {project.root}: {error}",
            hint="run `git log -- content` there to see the problem",
        )
    return done.stdout.decode("utf-8", "replace")


def _trailer_values(field: str) -> tuple[str, ...]:
    """The trailers' values as git printed them, each on one line."""
    if not field.strip("\n"):
        return ()
    return tuple(" ".join(value.split()) for value in field.strip("\n").split("\x1f"))


def _parse(output: str) -> list[Change]:
    """Read ``git log -z --name-status`` output: a header per commit, then status and path tokens.

    Tokens are NUL-separated; a status token may start with the newline git puts
    after the header. Headers are told from statuses by the commit hash, and paths
    are taken by position, so no character in a path or message can confuse this.
    """
    tokens = output.split("\0")
    changes: list[Change] = []
    header: tuple[str, ...] | None = None
    i = 0
    while i < len(tokens):
        token = tokens[i].lstrip("\n")
        if not token:
            i += 1
        elif _HASH.match(token) and i + len(_HEADER_FIELDS) <= len(tokens):
            header = (token, *tokens[i + 1 : i + len(_HEADER_FIELDS)])
            i += len(_HEADER_FIELDS)
        elif _STATUS.match(token) and header is not None:
            kind = _KINDS.get(token[0], "modified")
            commit, date, author, subject, trailers = header
            corrections = _trailer_values(trailers)
            if token[0] in "RC":
                old, new = tokens[i + 1], tokens[i + 2]
                changes.append(Change(commit, date, author, kind, new, old, subject, corrections))
                i += 3
            else:
                changes.append(Change(commit, date, author, kind, tokens[i + 1], None, subject, corrections))
                i += 2
        else:  # not expected from git; skip rather than misread what follows
            i += 1
    return changes
