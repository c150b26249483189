"""Translate pydantic's validation errors into our issues, worded for editors.

Our own field validators already raise errors whose type is an issue code
(see model/fields.py); pydantic's built-in ones are mapped here.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from generator.errors import CODES, Issue, issue_at
from generator.model.corpus import Origin

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "list_type": "a list",
    "dict_type": "a mapping of fields",
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "literal_error": None,
}


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _model_at(root: type[BaseModel], path: tuple) -> type[BaseModel] | None:
    """The model class that holds the field at ``path`` (list indexes skipped)."""
    cls: type[BaseModel] | None = root
    for part in path:
        if isinstance(part, int) or cls is None:
            continue
        info = cls.model_fields.get(part)
        cls = _find_model(info.annotation) if info else None
    return cls


def _find_model(tp: Any) -> type[BaseModel] | None:
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return tp
    if get_origin(tp) in (Union, types.UnionType, list, typing.Annotated) or get_args(tp):
        for arg in get_args(tp):
            found = _find_model(arg)
            if found:
                return found
    return None


def _field_names(cls: type[BaseModel] | None) -> list[str]:
    return [n for n in (cls.model_fields if cls else ()) if n != "id"]


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "record"


def translate(exc: ValidationError, model: type[BaseModel], origin: Origin, limit: int = 10) -> list[Issue]:
    """One issue per pydantic error, at the line and column of the offending key or value.

    Only the first ``limit`` errors of each pydantic kind are translated (a hostile file can hold
    150,000 of them, and locating each costs more than the rest of the load); the others are counted
    and said in one issue per kind, as :func:`generator.errors.cap_per_code` says it for our codes.
    """
    issues = []
    kept: list[Any] = []
    per_kind: dict[str, int] = {}
    skipped: dict[str, tuple[Any, int]] = {}
    for err in exc.errors(include_url=False):
        per_kind[err["type"]] = per_kind.get(err["type"], 0) + 1
        if per_kind[err["type"]] <= limit:
            kept.append(err)
        else:
            first, count = skipped.get(err["type"], (err, 0))
            skipped[err["type"]] = (first, count + 1)
    for kind, (first, count) in skipped.items():
        path = tuple(first["loc"])
        issues.append(
            issue_at(
                origin.path,
                origin.loc(path),
                "invalid-value" if kind not in CODES else kind,
                f"{count} more errors like this in the file ({kind})",
                "fix the ones listed first; the rest are probably the same mistake",
            )
        )
    for err in kept:
        path = tuple(p for p in err["loc"])
        kind = err["type"]
        where = _dotted(path) if path else f"this {getattr(model, 'TYPE', 'record')}"
        if kind == "extra_forbidden":
            name = str(path[-1])
            options = _field_names(_model_at(model, path[:-1]))
            hint = _suggest(name, options) or f"fields here: {', '.join(options)}"
            issues.append(
                issue_at(origin.path, origin.loc(path, key=True), "unknown-field", f"unknown field '{name}'", hint)
            )
        elif kind == "missing":
            owner = _dotted(path[:-1]) if path[:-1] else f"the {getattr(model, 'TYPE', 'record')} record"
            issues.append(
                issue_at(
                    origin.path,
                    origin.loc(path[:-1]),
                    "missing-field",
                    f"{owner} is missing the required field '{path[-1]}'",
                )
            )
        elif kind == "literal_error":
            allowed = [str(a) for a in err.get("ctx", {}).get("expected", "").replace("'", "").split(", ")]
            allowed = [a.replace(" or ", "|") for a in allowed]
            allowed = [p for a in allowed for p in a.split("|")]
            given = err.get("input")
            hint = _suggest(str(given), allowed) if isinstance(given, str) else ""
            issues.append(
                issue_at(
                    origin.path,
                    origin.loc(path),
                    "invalid-value",
                    f"{where}: {given!r} is not allowed; use one of {', '.join(allowed)}",
                    hint or CODES["invalid-value"],
                )
            )
        elif kind in _EXPECTED:
            issues.append(
                issue_at(
                    origin.path,
                    origin.loc(path),
                    "wrong-type",
                    f"{where} should be {_EXPECTED[kind]}, not {_kind(err.get('input'))}",
                )
            )
        elif kind == "too_short" and path and path[-1] == "citations":
            issues.append(issue_at(origin.path, origin.loc(path), "uncited", f"{where} needs at least one citation"))
        elif kind in CODES:
            issues.append(issue_at(origin.path, origin.loc(path), kind, f"{where}: {err['msg']}"))
        else:
            issues.append(issue_at(origin.path, origin.loc(path), "invalid-value", f"{where}: {err['msg']}"))
    return issues
