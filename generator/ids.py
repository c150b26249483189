"""Renaming a record and merging two records, without breaking any reference or address.

Both edit the files under content/ as an editor would (ruamel round-trip: comments, quoting
and layout stay; :mod:`generator.roundtrip`), and both record the id that goes away in the
surviving record's ``former_ids``, so the built site serves a redirect at the old address
(:mod:`generator.build.redirects`) and the JSON export lists it as retired.

References are found through the model (:func:`generator.model.walk.iter_links`), so only
fields that hold ids are rewritten, never text that happens to spell one. A record file that
does not load cannot be walked: it is named in the result for the editor to check by hand.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from pydantic_core import PydanticCustomError

from generator.diff import ITEM_KEYS
from generator.errors import UsageError
from generator.model.corpus import Corpus
from generator.model.fields import check_slug
from generator.model.records import Record
from generator.model.walk import FieldPath, iter_links
from generator.project import Project
from generator.roundtrip import field_order, load_record, plain, save_record, set_field
from generator.validate import check_project
from generator.validate.references import retired_ids


@dataclass
class IdChange:
    """What a rename or merge did, for the command to report."""

    moved: tuple[str, str] = ("", "")
    """The record file before and after (relative to the project); for a merge, the file removed and the one kept."""
    rewritten: list[str] = field(default_factory=list)
    """Other record files whose references were rewritten."""
    unchecked: list[str] = field(default_factory=list)
    """Record files that do not load, so their references could not be looked at."""
    notes: list[str] = field(default_factory=list)
    """What a merge could not keep from both records (a differing value of a single-valued field)."""


def _load(project: Project) -> Corpus:
    corpus, _issues = check_project(project)
    return corpus


def _record(corpus: Corpus, record_id: str, role: str) -> Record:
    record = corpus.get(record_id)
    if record is not None:
        return record
    if record_id in corpus.invalid:
        raise UsageError(
            f"{role} '{record_id}' does not load", hint="fix the problems `factsheet validate` reports first"
        )
    retired = retired_ids(corpus)
    if record_id in retired:
        raise UsageError(f"'{record_id}' is a former id of '{retired[record_id]}'", hint=f"use '{retired[record_id]}'")
    raise UsageError(f"there is no record with the id '{record_id}'", hint="the id is the record's file name")


def _check_new_id(corpus: Corpus, project: Project, new_id: str, record: Record) -> None:
    try:
        check_slug(new_id)
    except PydanticCustomError as exc:
        raise UsageError(str(exc), hint="ids are lowercase slugs such as popular-mobilization-forces") from None
    taken = corpus.get(new_id) is not None or new_id in corpus.invalid
    taken = taken or any((project.content_dir / t / f"{new_id}.yaml").exists() for t in _type_dirs(project))
    if taken:
        raise UsageError(f"'{new_id}' is already the id of a record", hint="ids are unique across all types")
    owner = retired_ids(corpus).get(new_id)
    if owner is not None and owner != record.id:
        raise UsageError(
            f"'{new_id}' is a former id of '{owner}' and stays retired",
            hint="an old address keeps leading to the record it was given to; choose another id",
        )


def _type_dirs(project: Project) -> list[str]:
    return [p.name for p in project.content_dir.iterdir() if p.is_dir()] if project.content_dir.is_dir() else []


def _set_at(doc: Any, path: FieldPath, value: str) -> None:
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _rewrite_references(project: Project, corpus: Corpus, old: str, new: str, skip: set[str]) -> IdChange:
    """Point every reference to ``old`` at ``new``, in every record but those in ``skip``."""
    change = IdChange()
    for record in corpus:
        if record.id in skip:
            continue
        paths = [link.path for link in iter_links(record) if link.target == old]
        if not paths:
            continue
        path = project.root / corpus.origins[record.id].path
        doc = load_record(path)
        for where in paths:
            _set_at(doc, where, new)
        _dedupe_id_lists(doc)
        save_record(path, doc)
        change.rewritten.append(str(corpus.origins[record.id].path))
    for record_id, type_name in sorted(corpus.invalid.items()):
        path = project.content_dir / type_name / f"{record_id}.yaml"
        if path.is_file() and old in path.read_text(encoding="utf-8", errors="replace"):
            change.unchecked.append(str(project.relative(path)))
    return change


def _dedupe_id_lists(node: Any) -> None:
    """Lists of ids that a rewrite left holding one id twice (``subjects: [a, b]`` with a merged into b) keep it once."""
    if isinstance(node, dict):
        for value in node.values():
            _dedupe_id_lists(value)
    elif isinstance(node, list):
        if node and all(isinstance(v, str) for v in node):
            seen: set[str] = set()
            for index in reversed([i for i, v in enumerate(node) if v in seen or seen.add(v)]):  # type: ignore[func-returns-value]
                del node[index]
        else:
            for value in node:
                _dedupe_id_lists(value)


def rename(project: Project, old: str, new: str) -> IdChange:
    """Rename record ``old`` to ``new``: move its file, rewrite every reference, keep ``old`` in ``former_ids``."""
    corpus = _load(project)
    record = _record(corpus, old, "record")
    if new == old:
        raise UsageError(f"'{old}' already has that id")
    _check_new_id(corpus, project, new, record)
    source = project.root / corpus.origins[old].path
    target = source.with_name(f"{new}.yaml")
    change = _rewrite_references(project, corpus, old, new, skip={old})
    doc = load_record(source)
    self_links = [link.path for link in iter_links(record) if link.target == old]
    for where in self_links:
        _set_at(doc, where, new)
    formers = [f for f in [*record.former_ids, old] if f != new]
    set_field(doc, record.TYPE, "former_ids", formers)
    save_record(source, doc)
    os.replace(source, target)
    change.moved = (str(project.relative(source)), str(project.relative(target)))
    return change


# Merging ----------------------------------------------------------------------------------------


def _identity(list_name: str, item: Any) -> Any:
    keys = ITEM_KEYS.get(list_name)
    if keys and isinstance(item, dict):
        return tuple(str(item.get(k)) for k in keys)
    return _frozen(item)


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def _merge_list(list_name: str, into: list, extra: list) -> None:
    """Add ``extra``'s items to ``into``; an item ``into`` has already (same alias, relationship...) gains
    the citations it lacks, so no citation is lost."""
    for item in extra:
        key = _identity(list_name, item)
        twin = next((mine for mine in into if _identity(list_name, mine) == key), None)
        if twin is None:
            into.append(plain(_to_python(item)))
        elif isinstance(twin, dict) and isinstance(item, dict) and item.get("citations"):
            if "citations" not in twin:
                twin["citations"] = plain([])
            _merge_list("citations", twin["citations"], item["citations"])


def _to_python(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _to_python(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_to_python(v) for v in value]
    return value


def merge(project: Project, gone: str, kept: str) -> IdChange:
    """Merge record ``gone`` into ``kept``: every alias, citation and statement of both is kept, ``gone``'s name
    becomes an alias, references are rewritten, ``gone``'s file is removed and its id becomes a former id."""
    corpus = _load(project)
    lost, survivor = _record(corpus, gone, "record"), _record(corpus, kept, "record")
    if gone == kept:
        raise UsageError("a record cannot be merged into itself")
    if lost.TYPE != survivor.TYPE:
        raise UsageError(
            f"'{gone}' is a {lost.TYPE} and '{kept}' a {survivor.TYPE}", hint="only records of one type can be merged"
        )
    if lost.TYPE == "source" and getattr(lost, "sha256", None) != getattr(survivor, "sha256", None):
        raise UsageError(
            f"'{gone}' and '{kept}' archive different texts",
            hint="quotations are checked against their own source's archive: move citations by hand",
        )
    for a, b in ((lost, survivor), (survivor, lost)):
        if any(d.record == b.id for d in getattr(a, "not_same_as", [])):
            raise UsageError(
                f"'{a.id}' records that it is not the same as '{b.id}'",
                hint="remove that decision (with the reason it is wrong) before merging",
            )
    lost_path = project.root / corpus.origins[gone].path
    kept_path = project.root / corpus.origins[kept].path
    change = _rewrite_references(project, corpus, gone, kept, skip={gone, kept})
    lost_doc, doc = load_record(lost_path), load_record(kept_path)
    for where in [link.path for link in iter_links(lost) if link.target == gone]:
        _set_at(lost_doc, where, kept)
    for where in [link.path for link in iter_links(survivor) if link.target == gone]:
        _set_at(doc, where, kept)
    type_name = survivor.TYPE
    for name in field_order(type_name):
        if name not in lost_doc or name in ("former_ids", "status", "reviewed_by", "reviewed_at"):
            continue
        value = lost_doc[name]
        if name == "name" and isinstance(value, str):
            if value != doc.get("name") and all(a.get("name") != value for a in doc.get("aliases") or []):
                if "aliases" not in doc:
                    set_field(doc, type_name, "aliases", [])
                doc["aliases"].append(plain({"name": value}))
        elif isinstance(value, list):
            if name not in doc:
                set_field(doc, type_name, name, [])
            _merge_list(name, doc[name], value)
        elif name not in doc:
            set_field(doc, type_name, name, _to_python(value))
        elif _to_python(doc[name]) != _to_python(value):
            change.notes.append(f"{name}: kept {kept}'s value; {gone} had {_to_python(value)!r}")
    _drop_self_references(doc, kept)
    _dedupe_id_lists(doc)
    formers = [*survivor.former_ids, gone, *lost.former_ids]
    set_field(doc, type_name, "former_ids", list(dict.fromkeys(formers)))
    if survivor.status == "reviewed" or lost.status == "reviewed":
        change.notes.append(
            f"{kept} keeps its review state; review the merged record again (`factsheet review {kept}`)"
        )
    save_record(kept_path, doc)
    lost_path.unlink()
    change.moved = (str(project.relative(lost_path)), str(project.relative(kept_path)))
    return change


def _drop_self_references(doc: Any, record_id: str) -> None:
    """Relationships and not-same-as decisions that now point at the record itself are left out."""
    for name, key in (("relationships", "target"), ("not_same_as", "record")):
        items = doc.get(name)
        if isinstance(items, list):
            for index in reversed(
                [i for i, item in enumerate(items) if isinstance(item, dict) and item.get(key) == record_id]
            ):
                del items[index]
            if not items:
                del doc[name]
