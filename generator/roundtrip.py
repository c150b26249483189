"""Writing records as editors write them: stable layout, model key order, comments kept.

Files the tool creates (new skeletons, ingested sources, drafts) come out of
:func:`dump_record`; files it changes (a review stamp) go through
:func:`update_record`, which edits the parsed document in place with
ruamel.yaml so the editor's comments, quoting and key order survive and the
diff shows only what changed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from generator.model.records import RECORD_TYPES
from generator.model.records import field_order as model_field_order
from generator.writefile import write_atomic, write_new

# Never fold long values: a quote stays on one line, so editing one word changes one line of the diff,
# and ruamel's folding would leave a trailing space at each break, which yamllint rejects.
WIDTH = 1_000_000
# Line breaks to YAML 1.1 tools but characters to YAML 1.2 ones: only ever written as escapes.
_SEPARATORS = re.compile("[\x85\u2028\u2029]")


def modeline(type_name: str) -> str:
    """First line of every record: points the YAML language server at the type's schema."""
    return f"# yaml-language-server: $schema=../../schema/{type_name}.schema.json\n"


def yaml_writer() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = WIDTH
    yaml.preserve_quotes = True
    yaml.allow_unicode = True
    return yaml


def field_order(type_name: str) -> list[str]:
    """The order editors see a type's fields in (see :func:`generator.model.records.field_order`)."""
    return model_field_order(RECORD_TYPES[type_name])


def _ordered(type_name: str, data: dict[str, Any]) -> CommentedMap:
    """Keys in the model's order: the type's own fields first, shared bookkeeping last."""
    order = field_order(type_name)
    out = CommentedMap()
    for key in sorted(data, key=lambda k: order.index(k) if k in order else len(order)):
        out[key] = _plain(data[key])
    return out


def _plain(value: Any) -> Any:
    """Block style for nested values; quote strings that other YAML tools could misread."""
    if isinstance(value, dict):
        m = CommentedMap()
        for k, v in value.items():
            m[k] = _plain(v)
        return m
    if isinstance(value, list):
        return CommentedSeq([_plain(v) for v in value])
    if isinstance(value, str):
        if _SEPARATORS.search(value):  # escaped (\L, \P, \N): written as themselves, the loader refuses them
            return DoubleQuotedScalarString(value)
        if "\n" in value:
            return LiteralScalarString(value)
        if _needs_quotes(value):
            return DoubleQuotedScalarString(value)
    return value


def _needs_quotes(value: str) -> bool:
    from generator.load.yamldoc import reads_as_other_than_text

    return reads_as_other_than_text(value) or value[:1].isdigit()


def dump_record(type_name: str, data: dict[str, Any]) -> str:
    """A new record's file text: modeline, then fields in model order, in a stable layout."""
    buf = io.StringIO()
    yaml_writer().dump(_ordered(type_name, data), buf)
    return modeline(type_name) + buf.getvalue()


def create_record(path: Path, type_name: str, data: dict[str, Any]) -> None:
    """Write a new record file; refuses to replace anything that exists."""
    write_new(path, dump_record(type_name, data))


def update_record(path: Path, changes: dict[str, Any]) -> str:
    """Set top-level ``changes`` in an existing record, keeping everything else as written; returns the new text.

    New keys go where the model puts them among the existing ones; existing keys
    keep their place. The file is replaced atomically.
    """

    def apply(doc: CommentedMap) -> None:
        for key, value in changes.items():
            set_field(doc, path.parent.name, key, value)

    return edit_record(path, apply)


def load_record(path: Path) -> CommentedMap:
    """A record file as ruamel's round-trip document: edit it in place, then :func:`save_record`."""
    return yaml_writer().load(path.read_text(encoding="utf-8"))


def save_record(path: Path, doc: CommentedMap) -> str:
    """Write a round-trip document back, comments and layout kept; the file is replaced atomically."""
    buf = io.StringIO()
    yaml_writer().dump(doc, buf)
    text = buf.getvalue()
    write_atomic(path, text)
    return text


def edit_record(path: Path, edit: Callable[[CommentedMap], object]) -> str:
    """Load a record, let ``edit`` change the document in place, write it back; returns the new text."""
    doc = load_record(path)
    edit(doc)
    return save_record(path, doc)


def set_field(doc: CommentedMap, type_name: str, key: str, value: Any) -> None:
    """Set a top-level field; a new one goes where the model orders it among the fields already there."""
    if key in doc:
        doc[key] = _plain(value)
        return
    order = field_order(type_name)
    rank = order.index(key) if key in order else len(order)
    position = len(doc)
    for i, existing in enumerate(doc):
        if existing in order and order.index(existing) > rank:
            position = i
            break
    doc.insert(position, key, _plain(value))


def plain(value: Any) -> Any:
    """A value as the writer lays it out (block style, quoted where YAML tools could misread it)."""
    return _plain(value)
