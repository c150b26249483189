"""Every reverse lookup, answered by one index built from the model's declarations.

A reference field declares how its target sees it (``subjects`` -> ``claims_about``,
``claims`` -> ``denials_of``; see the ``Reverse`` constants in
:mod:`generator.model.records`). :class:`ReverseIndex` walks each record's references
once and files it under the lookup its field declares, so the validator, the pages,
the render cache and the exports ask the same index, in the same order:

- records by type (in ``RECORD_TYPES`` order), then by date for chronological types
  (claims, denials, events; undated ones last; a month after its known days), then by
  source (the first cited source and paragraph), then by id;
- a record that refers to the same target twice in one lookup is listed once;
- for lookups that answer (record, statement) pairs, each statement is listed, in file order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, get_args

from generator.model.edtf import order_key
from generator.model.fields import Reverse
from generator.model.records import RECORD_TYPES, Record
from generator.model.walk import iter_links, ref_fields, via_fields


def declared_reverses() -> dict[str, Reverse]:
    """Every reverse lookup the model declares, by name, in declaration order across the record types."""
    found: dict[str, Reverse] = {}
    seen: set[type] = set()

    def visit(cls: type) -> None:
        if cls in seen or not hasattr(cls, "model_fields"):
            return
        seen.add(cls)
        for name, info in cls.model_fields.items():
            ref = ref_fields(cls).get(name)
            for reverse in (ref.reverse if ref else None, via_fields(cls).get(name)):
                if reverse is not None:
                    if reverse.name in found and found[reverse.name] != reverse:
                        raise TypeError(f"two reverse lookups are named {reverse.name!r}")
                    found[reverse.name] = reverse
            for inner in _model_classes(info.annotation):
                visit(inner)

    for record_type in RECORD_TYPES.values():
        visit(record_type)
    return found


def _model_classes(tp: Any) -> Iterable[type]:
    """Pydantic model classes inside an annotation (list[Alias], Speaker | None...)."""
    if isinstance(tp, type) and hasattr(tp, "model_fields"):
        yield tp
    for arg in get_args(tp):
        yield from _model_classes(arg)


REVERSES: dict[str, Reverse] = declared_reverses()
"""The lookups by name: ``corpus.<name>(id)`` answers each."""

_TYPE_ORDER = {name: index for index, name in enumerate(RECORD_TYPES)}


def record_order(record: Record) -> tuple[Any, ...]:
    """The one order every lookup answers in (see the module docstring)."""
    return (_TYPE_ORDER.get(record.TYPE, len(_TYPE_ORDER)), *dated_order(record))


def dated_order(record: Record) -> tuple[Any, ...]:
    """Date (see :func:`generator.model.edtf.order_key`), then source: the first cited source and paragraph, then id.

    Claims, denials and events of one day from one article so read in the article's order, not by id;
    records that are not dated keep the order of their ids.
    """
    if not record.CHRONOLOGICAL:  # people, groups, places: by id, which follows the name
        return (order_key(None), "", 0, record.id)
    first = record.citations[0] if record.citations else None
    source = (first.source, first.paragraph or 0) if first else ("\uffff", 0)
    return (order_key(getattr(record, "date", None)), *source, record.id)


class ReverseIndex:
    """Targets to what refers to them, per declared lookup; built in one pass over the records."""

    def __init__(self, records: Iterable[Record]) -> None:
        hits: dict[str, dict[str, list[Any]]] = {name: defaultdict(list) for name in REVERSES}
        for record in sorted(records, key=record_order):
            listed: set[tuple[str, str]] = set()
            for link in iter_links(record):
                reverse = link.reverse
                if reverse is None:
                    continue
                if reverse.pairs:
                    hits[reverse.name][link.target].append((record, link.statement))
                elif (reverse.name, link.target) not in listed:
                    listed.add((reverse.name, link.target))
                    hits[reverse.name][link.target].append(record)
        self._hits = {name: dict(table) for name, table in hits.items()}

    def answer(self, name: str, record_id: str) -> list[Any]:
        """What refers to ``record_id`` through the lookup ``name``, in the documented order."""
        if name not in self._hits:
            raise KeyError(f"no reverse lookup is declared as {name!r}; the model declares {sorted(self._hits)}")
        return self._hits[name].get(record_id, [])
