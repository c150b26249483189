"""Issues found in content, how they print, and the small exception tree the CLI maps to exit codes.

Content problems are never raised one at a time: every check appends an
:class:`Issue` and the run reports them all, sorted, at the end. Exceptions are
for what stops a command outright (bad usage, a failed site build).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Issue:
    """One problem at one place: ``path:line:col: severity[code]: message`` plus a hint."""

    path: str
    line: int
    col: int
    code: str
    message: str
    hint: str = ""
    severity: Severity = "error"

    def text(self) -> str:
        head = f"{self.path}:{self.line}:{self.col}: {self.severity}[{self.code}]: {self.message}"
        return f"{head}\n  hint: {self.hint}" if self.hint else head

    def github(self) -> str:
        """A GitHub Actions workflow command, so the problem shows on the changed line."""
        level = "error" if self.severity == "error" else "warning"
        message = self.message + (f" (hint: {self.hint})" if self.hint else "")
        return (
            f"::{level} file={gh_prop(self.path)},line={self.line},col={self.col},"
            f"title={gh_prop(self.code)}::{gh_data(message)}"
        )


def gh_data(value: str) -> str:
    """``value`` escaped for the data part of a GitHub workflow command (after ``::``)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def gh_prop(value: str) -> str:
    """``value`` escaped for a property of a GitHub workflow command (``file=``, ``title=``)."""
    return gh_data(value).replace(":", "%3A").replace(",", "%2C")


def issue_at(
    path: Path | str, loc: tuple[int, int], code: str, message: str, hint: str = "", severity: Severity = "error"
) -> Issue:
    """An issue at a 1-based (line, column); hints default to the code's registered one."""
    return Issue(str(path), loc[0], loc[1], code, message, hint or CODES.get(code, ""), severity)


def cap_per_code(issues: list[Issue], limit: int = 10) -> list[Issue]:
    """Keep the first ``limit`` issues of each code in one file, and say how many more there were.

    A hostile or mangled file can repeat one fault thousands of times; a few
    instances tell the editor what to fix, and the count tells them how much.
    """
    kept: list[Issue] = []
    extra: dict[tuple[str, str], int] = {}
    seen: dict[tuple[str, str], int] = {}
    for issue in issues:
        key = (issue.path, issue.code)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= limit:
            kept.append(issue)
        else:
            extra[key] = extra.get(key, 0) + 1
    for (path, code), n in extra.items():
        first = next(i for i in kept if i.path == path and i.code == code)
        kept.append(replace(first, message=f"{n} more like this in the file", hint=""))
    return kept


def format_issues(issues: Iterable[Issue], fmt: str) -> str:
    """Render sorted issues as text, JSON or GitHub workflow commands."""
    ordered = sorted(issues)
    if fmt == "json":
        errors = sum(i.severity == "error" for i in ordered)
        return json.dumps(
            {"errors": errors, "warnings": len(ordered) - errors, "issues": [asdict(i) for i in ordered]},
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "github":
        return "\n".join(i.github() for i in ordered)
    return "\n".join(i.text() for i in ordered)


def summary(issues: list[Issue], records: int) -> str:
    errors = sum(i.severity == "error" for i in issues)
    warnings = len(issues) - errors
    if not issues:
        return f"{records} records valid"
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {records} records"


# Every code the tool reports, with the hint printed when the check gives none.
# docs/errors.md documents each; a test keeps the two in step.
CODES: dict[str, str] = {
    # Files and paths
    "misplaced-file": "records live at content/<type>/<id>.yaml, with <type> one of the record types",
    "invalid-id": "ids are lowercase slugs: a-z, 0-9 and single hyphens, e.g. state-of-law-coalition",
    "duplicate-id": "ids are unique across all types; rename one file",
    "symlink": "content and seeds must be plain files inside the project; copy the file instead of linking it",
    "file-too-large": "a record file is a few kilobytes; split the record or move long text to the archive",
    "orphan-file": "every archived text is referenced by a source record; add one with `archive:` or remove the file",
    # YAML
    "yaml-syntax": "check indentation and quoting around this line",
    "yaml-encoding": "save the file as UTF-8",
    "yaml-tab": "indent with spaces; YAML does not allow tabs, and in text a space reads the same",
    "yaml-control-char": "remove the invisible control character (often pasted from a PDF or word processor)",
    "yaml-noncharacter": "delete it: noncharacters (U+FDD0-U+FDEF, and U+FFFE and U+FFFF in every plane) and lone surrogates are not text, and YAML readers and web pages refuse them",
    "yaml-line-separator": "write a space or a real line break; YAML 1.1 tools (such as MkDocs') read U+2028 and U+2029 as line breaks and YAML 1.2 tools as characters",
    "yaml-duplicate-key": "a key may appear once in a mapping; merge the two entries",
    "yaml-ambiguous": "quote the value; YAML 1.1 tools read unquoted yes/no/on/off as booleans and 0123 or 1:30 as numbers",
    "yaml-tag": "records are plain YAML: remove the !tag",
    "yaml-alias": "records do not use anchors (&) or aliases (*); write the value out",
    "yaml-too-deep": "records nest a few levels at most; flatten the structure",
    "yaml-multiple-documents": "one record per file; split the documents (---) into files of their own",
    "empty-file": "write the record's fields, or delete the file",
    "not-a-mapping": "a record is a mapping of field: value",
    # Fields
    "unknown-field": "check the spelling; docs/records.md lists every field",
    "missing-field": "add the field; docs/records.md lists the required fields of each type",
    "wrong-type": "check the value's type; quote text that YAML reads as a number or boolean",
    "invalid-value": "docs/records.md says what each field takes",
    "invalid-date": "write YYYY, YYYY-MM or YYYY-MM-DD (an interval as START/END); never invent a day",
    "invalid-language": "use a BCP 47 tag such as en, ar, fa-Arab or ar-Latn",
    "invalid-url": "only http:// and https:// links may leave the site",
    "invalid-identifier": "write a Wikidata QID (Q followed by digits, e.g. Q42) or an OpenSanctions id (NK-...)",
    # References and provenance
    "unknown-reference": "check the id; it is the file name of a record under content/",
    "wrong-reference-type": "point this field at a record of the right type",
    "former-id-in-use": "a former id is retired for good: give the new record another id, or remove the former id from the record that lists it twice",
    "uncited": "back the field with a citation on the statement or in the record's `citations`",
    "quote-not-found": "copy the passage verbatim from the archived text; only whitespace, quote and dash styles may differ",
    "wrong-paragraph": "fix or remove the paragraph locator",
    "archive-missing": "archive the text with `factsheet ingest`, or fix the path",
    "archive-outside": "archived texts live under seeds/ inside the project",
    "checksum-mismatch": "the archived text changed; restore it, or update sha256 if the change is intended",
    "denial-missing": "record the denial that answers this claim, or change its claim_status",
    # Identity, history and translation
    "shared-identifier": "two records with one external identifier are one thing: merge them, or fix the identifier",
    "needless-translation": "remove the translation; quotations from English sources are shown as they are",
    "history-reason": "write each entry as `<commit hash>: <reason>` (`git log --format='%h %s' -- content` lists them)",
    "history-reason-commit": "copy the hash from `git log --format='%h %s' -- content`; only commits that changed a record have a reason on the site",
}


class FactsheetError(Exception):
    """Root of the errors that stop a command; the CLI prints them without a traceback."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(FactsheetError):
    """The command was called wrongly (bad option, missing project): exit 2."""

    exit_code = 2


class ContentError(FactsheetError):
    """The content is invalid; the issues have been reported: exit 1."""


class BuildError(FactsheetError):
    """The site could not be built; the previous site is left as it was: exit 1."""
