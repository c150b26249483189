"""Read one YAML file safely into plain Python values, remembering where every value was.

We compose the node tree ourselves (libyaml's parser, no constructor), so no
tag can build an object, anchors and aliases are refused before anything is
expanded, and scalars are typed by YAML 1.2's core rules: ``no``, ``on`` and
``2025-02-13`` stay text. Plain scalars that YAML 1.1 tools would read as
something else are reported, so records mean the same to every tool. Every
problem found is returned; nothing is raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from generator.errors import Issue, issue_at
from generator.model.walk import FieldPath, Loc

try:  # libyaml is much faster and limits nesting depth itself
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]  # the stubs do not re-export it
except ImportError:  # pragma: no cover - pure-Python fallback
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 16
MAX_ISSUES_PER_KIND = 10

PLAIN = "tag:factsheet,2025:plain"
CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = {CORE + t for t in ("str", "int", "float", "bool", "null", "seq", "map")}

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$|^0o[0-7]+$|^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(
    r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"
)
# What YAML 1.1 reads differently from 1.2: booleans by another name, octals, base-60 numbers.
_YAML11_BOOL = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_YAML11_NUMBER = re.compile(
    r"^[-+]?0[0-9_]+$|^[-+]?0b[01_]+$|^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$|^[-+]?[0-9]+(?:_[0-9]+)+$"
)
# C0 and C1 controls other than tab, newline and carriage return; directional overrides and
# embeddings (which can disguise text) and invisible characters that have no place in a record.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]")
# Code points that are not text: Unicode's noncharacters (U+FDD0..U+FDEF and the last two of every
# plane) and surrogates, which only exist in pairs inside UTF-16. YAML 1.2 cannot carry U+FFFE, U+FFFF
# or surrogates, so MkDocs' YAML reader drops a page's front matter that holds one, and HTML parsers
# report every noncharacter as an error. A file cannot hold a surrogate as UTF-8; an escape can.
NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
_NOT_TEXT = re.compile(f"[{NONCHARACTERS}\ud800-\udfff]")
# Line and paragraph separators written as themselves: YAML 1.1 tools (libyaml, PyYAML, so MkDocs and
# this loader) read them as line breaks, YAML 1.2 tools as characters, so the file means two things.
# Inside double quotes the escapes \L, \P, \u2028 and \u2029 are unambiguous and allowed.
_SEPARATOR = re.compile("[\u2028\u2029]")


class _Loader(_Parser, BaseResolver):
    """libyaml's parser and composer, with tags resolved by us rather than by YAML 1.1 rules."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return PLAIN if implicit[0] else CORE + "str"
        return CORE + ("seq" if kind is SequenceNode else "map")


@dataclass
class Document:
    """A parsed file: its data, and the 1-based (line, column) of each value and key by path."""

    data: Any = None
    locs: dict[FieldPath, Loc] = field(default_factory=dict)
    key_locs: dict[FieldPath, Loc] = field(default_factory=dict)


def read_document(path: Path, shown: Path | str) -> tuple[Document | None, list[Issue]]:
    """Parse the YAML file at ``path``; ``shown`` is the path that messages print."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [
                issue_at(
                    shown,
                    (1, 1),
                    "file-too-large",
                    f"file is {size:,} bytes; a record may be at most {MAX_FILE_BYTES:,}",
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [issue_at(shown, (1, 1), "misplaced-file", f"cannot read the file: {exc.strerror}")]
    return parse_document(raw, shown)


def parse_document(raw: bytes, shown: Path | str) -> tuple[Document | None, list[Issue]]:
    """Parse YAML bytes; returns the document (None when unusable) and every issue found."""
    if raw.startswith(b"\xef\xbb\xbf"):  # a byte-order mark from some editors: harmless, dropped
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [issue_at(shown, (line, col), "yaml-encoding", f"byte 0x{raw[exc.start]:02x} is not valid UTF-8")]
    issues = _scan_characters(text, shown)
    if issues:
        return None, issues
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "expected a single document" in str(exc):
            return None, [issue_at(shown, loc, "yaml-multiple-documents", "the file holds more than one YAML document")]
        if exc.problem == "found invalid Unicode character escape code":  # \uD800, or beyond U+10FFFF
            why = "this escape names a lone surrogate or no character at all, which is not text"
            return None, [issue_at(shown, loc, "yaml-noncharacter", why)]
        return None, [issue_at(shown, loc, "yaml-syntax", _syntax_message(exc))]
    except yaml.YAMLError as exc:
        return None, [issue_at(shown, (1, 1), "yaml-syntax", str(exc).splitlines()[0])]
    if node is None:
        return None, [issue_at(shown, (1, 1), "empty-file", "the file holds no record")]
    doc = Document()
    walker = _Walker(shown, doc)
    doc.data = walker.value(node, (), 0)
    if not isinstance(doc.data, dict) and not walker.issues:
        walker.issues.append(
            issue_at(shown, _loc(node), "not-a-mapping", f"the file holds {_kind(doc.data)}, not a record's fields")
        )
    return (doc if isinstance(doc.data, dict) else None), walker.issues


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or "invalid YAML"
    if exc.context:
        return f"{problem} ({exc.context})"
    return problem


def _scan_characters(text: str, shown: Path | str) -> list[Issue]:
    """Tabs, control characters, noncharacters and raw line separators, found before parsing.

    Each gets its own clear message at its own place: libyaml would stop at the first
    with a generic error, or (for U+2028 and U+2029) count lines differently from editors.
    """
    issues: list[Issue] = []
    if "\t" not in text and not any(p.search(text) for p in (_CONTROL, _NOT_TEXT, _SEPARATOR)):
        return issues  # the usual file: one pass per pattern over the whole text, none per line
    counts = {"yaml-tab": 0, "yaml-control-char": 0, "yaml-noncharacter": 0, "yaml-line-separator": 0}
    for lineno, line in enumerate(text.split("\n"), 1):
        for col, ch in _offenders(line):
            code, what = _raw_fault(ch)
            counts[code] += 1
            if counts[code] <= MAX_ISSUES_PER_KIND:
                issues.append(issue_at(shown, (lineno, col), code, f"{what} is not allowed in a record"))
    for code, n in counts.items():
        if n > MAX_ISSUES_PER_KIND:
            issues.append(issue_at(shown, (1, 1), code, f"{n - MAX_ISSUES_PER_KIND} more like this in the file"))
    return issues


def _raw_fault(ch: str) -> tuple[str, str]:
    """The code and description of a character found as itself in the file."""
    if ch == "\t":
        return "yaml-tab", "a tab character"
    if _NOT_TEXT.match(ch):
        return "yaml-noncharacter", f"U+{ord(ch):04X}, a Unicode noncharacter,"
    if _SEPARATOR.match(ch):
        name = "line" if ch == "\u2028" else "paragraph"
        return "yaml-line-separator", f"the {name} separator U+{ord(ch):04X}, written as itself,"
    return "yaml-control-char", f"the invisible character U+{ord(ch):04X}"


def _offenders(line: str) -> Iterator[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    if "\t" in line:
        found += [(i + 1, ch) for i, ch in enumerate(line) if ch == "\t"]
    for pattern in (_CONTROL, _NOT_TEXT, _SEPARATOR):
        found += [(m.start() + 1, m.group()) for m in pattern.finditer(line.rstrip("\r"))]
    return iter(sorted(found))


def not_text(value: str) -> str | None:
    """Why ``value`` cannot be published as text (a noncharacter or a lone surrogate in it), or None."""
    m = _NOT_TEXT.search(value)
    if m is None:
        return None
    code = ord(m.group())
    if 0xD800 <= code <= 0xDFFF:
        return f"U+{code:04X}, half of a surrogate pair on its own"
    return f"U+{code:04X}, a Unicode noncharacter"


def _loc(node: Node) -> Loc:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


class _Walker:
    """Turns composed nodes into Python values, recording positions and problems."""

    def __init__(self, shown: Path | str, doc: Document) -> None:
        self.shown = shown
        self.doc = doc
        self.issues: list[Issue] = []
        self.seen: set[int] = set()
        self.counts: dict[str, int] = {}

    def report(self, node: Node, code: str, message: str) -> None:
        # A hostile file can repeat one fault endlessly; a few of each say enough.
        self.counts[code] = self.counts.get(code, 0) + 1
        if self.counts[code] <= MAX_ISSUES_PER_KIND:
            self.issues.append(issue_at(self.shown, _loc(node), code, message))

    def value(self, node: Node, path: FieldPath, depth: int) -> Any:
        self.doc.locs[path] = _loc(node)
        if id(node) in self.seen:  # the composer shares one node between an anchor and its aliases
            self.report(
                node,
                "yaml-alias",
                "this value, marked with an anchor (&), is reused by an alias (*); "
                "anchors and aliases are not allowed in records",
            )
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.report(node, "yaml-too-deep", f"values nest more than {MAX_DEPTH} levels deep")
            return None
        if node.tag not in ALLOWED_TAGS and node.tag != PLAIN:
            self.report(node, "yaml-tag", f"the tag {node.tag!r} is not allowed; records are plain YAML")
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node)
        if isinstance(node, SequenceNode):
            return [self.value(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)  # the composer makes no other kind of node
        return self.mapping(node, path, depth)

    def mapping(self, node: MappingNode, path: FieldPath, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == CORE + "str" and key_node.value == "<<":
                pass  # a quoted "<<" is an ordinary key
            elif key_node.tag == PLAIN and key_node.value == "<<":
                self.report(key_node, "yaml-alias", "merge keys (<<) are not allowed in records")
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag not in (PLAIN, CORE + "str"):
                self.report(key_node, "wrong-type", "a key must be a plain field name")
                continue
            key = key_node.value
            if key in out:
                first = self.doc.key_locs[(*path, key)]
                self.report(
                    key_node, "yaml-duplicate-key", f"'{key}' appears again here; it was first set on line {first[0]}"
                )
                continue
            self.doc.key_locs[(*path, key)] = _loc(key_node)
            out[key] = self.value(value_node, (*path, key), depth + 1)
        return out

    def scalar(self, node: ScalarNode) -> Any:
        text = node.value
        if control := _CONTROL.search(text):  # written as an escape (\u202e, \x07) in a quoted string
            bad = control.group()
            self.report(node, "yaml-control-char", f"the value holds the invisible character U+{ord(bad):04X}")
            return None
        if (why := not_text(text)) is not None:  # written as an escape (\uFFFF, \U0010FFFE, \uD800)
            self.report(node, "yaml-noncharacter", f"the value holds {why}, which is not text")
            return None
        if node.tag == PLAIN:
            if _NULL.match(text):
                return None
            if text in _BOOL:
                return _BOOL[text]
            if _YAML11_BOOL.match(text) or _YAML11_NUMBER.match(text):
                self.report(
                    node,
                    "yaml-ambiguous",
                    f"unquoted '{text}' means different things to YAML 1.1 and 1.2 tools; write \"{text}\"",
                )
                return text
            if _INT.match(text):
                return int(text, 0) if text[:2] in ("0o", "0x") else int(text)
            if _FLOAT.match(text):
                return float(text.replace("inf", "Infinity").replace("Inf", "Infinity").replace("INF", "Infinity"))
            return text
        tag = node.tag[len(CORE) :]
        if tag == "str":
            return text
        return self._explicit(node, tag, text)

    def _explicit(self, node: ScalarNode, tag: str, text: str) -> Any:
        """Scalars with an explicit core tag such as !!int; allowed, and checked like plain ones."""
        try:
            if tag == "null":
                return None
            if tag == "bool":
                return _BOOL[text]
            if tag == "int":
                return int(text, 0)
            if tag == "float":
                return float(text)
        except (KeyError, ValueError):
            pass
        self.report(node, "wrong-type", f"'{text}' is not a valid !!{tag}")
        return None


def reads_as_other_than_text(value: str) -> bool:
    """Whether ``value`` written as a plain (unquoted) scalar would not read back as this string.

    True for what YAML 1.2 reads as null, a boolean or a number, and for what YAML 1.1 tools would
    (``no``, ``0123``): writers quote such values so the file means the same to every reader.
    """
    return bool(
        _NULL.match(value)
        or value in _BOOL
        or _INT.match(value)
        or _FLOAT.match(value)
        or _YAML11_BOOL.match(value)
        or _YAML11_NUMBER.match(value)
    )
