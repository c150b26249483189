"""Walk a record's fields generically: references and citations, each with its path in the file.

The paths match the loader's position table, so a check can report the exact
line of the value it objects to without knowing the record type.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel

from generator.model.fields import RefTo, Reverse
from generator.model.records import Citation

Loc = tuple[int, int]
"""A 1-based (line, column) in a file."""
FieldPath = tuple[str | int, ...]
"""Keys and list indexes leading to a value, e.g. ("relationships", 0, "target")."""
T = TypeVar("T")


@cache
def _marked_fields(cls: type[BaseModel], kind: type[T]) -> dict[str, T]:
    """The fields of ``cls`` whose type carries a ``kind`` marker (alone or inside a list), with the marker."""
    out: dict[str, T] = {}
    for name, info in cls.model_fields.items():
        found = next((m for m in info.metadata if isinstance(m, kind)), None) or _find(info.annotation, kind)
        if found:
            out[name] = found
    return out


def ref_fields(cls: type[BaseModel]) -> dict[str, RefTo]:
    """The fields of ``cls`` that hold references (alone or in a list), with their target types."""
    return _marked_fields(cls, RefTo)


def via_fields(cls: type[BaseModel]) -> dict[str, Reverse]:
    """Statement fields that lend their references a reverse lookup (a claim's ``claimant``)."""
    return _marked_fields(cls, Reverse)


def _find(tp: Any, kind: type[T]) -> T | None:
    if get_origin(tp) is typing.Annotated:
        for meta in tp.__metadata__:
            if isinstance(meta, kind):
                return meta
    for arg in get_args(tp):
        found = _find(arg, kind)
        if found:
            return found
    return None


@dataclass(frozen=True)
class Link:
    """One reference found in a record: where it is, what it points at, and how the target sees it."""

    path: FieldPath
    target: str
    types: tuple[str, ...]
    """The record types the field allows."""
    statement: BaseModel
    """The innermost object holding the reference: the record itself, or a relationship, role, citation..."""
    reverse: Reverse | None


def iter_links(model: BaseModel, path: FieldPath = (), inherited: Reverse | None = None) -> Iterator[Link]:
    """Every reference in ``model`` and its statements, in file order."""
    cls = type(model)
    refs, vias = ref_fields(cls), via_fields(cls)
    for name in cls.model_fields:
        value = getattr(model, name)
        if value is None or name == "id":
            continue
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            here = (*path, name) if index is None else (*path, name, index)
            if isinstance(item, BaseModel):
                yield from iter_links(item, here, vias.get(name, inherited))
            elif name in refs and isinstance(item, str):
                yield Link(here, item, refs[name].types, model, refs[name].reverse or inherited)


def iter_refs(model: BaseModel, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str, tuple[str, ...]]]:
    """Every reference in ``model`` and its statements: (path, target id, allowed target types)."""
    for link in iter_links(model, path):
        yield link.path, link.target, link.types


def iter_citations(model: BaseModel, path: FieldPath = ()) -> Iterator[tuple[FieldPath, Citation]]:
    """Every citation in ``model`` and its statements, with its path."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Citation):
                    yield (*path, name, index), item
                elif isinstance(item, BaseModel):
                    yield from iter_citations(item, (*path, name, index))
        elif isinstance(value, BaseModel):
            yield from iter_citations(value, (*path, name))
