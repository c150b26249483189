"""Walk a record's fields generically: references and citations, each with its path in the file.

The paths match the loader's position table, so a check can report the exact
line of the value it objects to without knowing the record type.
"""

from __future__ import annotations

import typing
from functools import cache
from typing import Any, Iterator, get_args, get_origin

from pydantic import BaseModel

from generator.model.fields import RefTo
from generator.model.records import Citation

Loc = tuple[int, int]
"""A 1-based (line, column) in a file."""
FieldPath = tuple[str | int, ...]
"""Keys and list indexes leading to a value, e.g. ("relationships", 0, "target")."""


@cache
def _ref_fields(cls: type[BaseModel]) -> dict[str, RefTo]:
    """The fields of ``cls`` that hold references (alone or in a list), with their target types."""
    out = {}
    for name, info in cls.model_fields.items():
        found = next((m for m in info.metadata if isinstance(m, RefTo)), None) or _find_ref(info.annotation)
        if found:
            out[name] = found
    return out


def _find_ref(tp: Any) -> RefTo | None:
    if get_origin(tp) is typing.Annotated:
        for meta in tp.__metadata__:
            if isinstance(meta, RefTo):
                return meta
    for arg in get_args(tp):
        found = _find_ref(arg)
        if found:
            return found
    return None


def iter_refs(model: BaseModel, path: FieldPath = ()) -> Iterator[tuple[FieldPath, str, tuple[str, ...]]]:
    """Every reference in ``model`` and its statements: (path, target id, allowed target types)."""
    refs = _ref_fields(type(model))
    for name in type(model).model_fields:
        value = getattr(model, name)
        if value is None or name == "id":
            continue
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            here = (*path, name) if index is None else (*path, name, index)
            if isinstance(item, BaseModel):
                yield from iter_refs(item, here)
            elif name in refs and isinstance(item, str):
                yield here, item, refs[name].types


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
