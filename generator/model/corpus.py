"""The loaded corpus: every record by id, their archived texts, and the links between them.

Renderers and exporters read this, never the YAML. Every reverse lookup the model
declares (claims about a record, denials of a claim, passages cited from a source)
is answered as ``corpus.<lookup>(id)`` from one index built once, so no page has to
scan the whole corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from pathlib import Path
from typing import Any, TypeVar, cast

from generator.model.archive import ArchivedText
from generator.model.records import RECORD_TYPES, Record
from generator.model.reverse import REVERSES, ReverseIndex
from generator.model.walk import FieldPath, Loc

R = TypeVar("R", bound=Record)


@dataclass
class Origin:
    """Where a record came from: its file, and the line and column of every value in it."""

    path: Path
    """Path relative to the project root, as errors print it."""
    locs: dict[FieldPath, Loc] = field(default_factory=dict)
    """Position of each value by its path of keys and list indexes; () is the whole document."""
    key_locs: dict[FieldPath, Loc] = field(default_factory=dict)
    """Position of each mapping key, for errors about the key itself."""

    def loc(self, path: FieldPath = (), key: bool = False) -> Loc:
        """The position of ``path``, or of its nearest enclosing value that has one."""
        table = self.key_locs if key else self.locs
        while path:
            if path in table:
                return table[path]
            if path in self.locs:
                return self.locs[path]
            path = path[:-1]
        return self.locs.get((), (1, 1))


@dataclass
class Corpus:
    """All valid records of a project, with their origins and archived texts."""

    records: dict[str, Record] = field(default_factory=dict)
    origins: dict[str, Origin] = field(default_factory=dict)
    archives: dict[str, ArchivedText] = field(default_factory=dict)
    """Archived text of each source, by source id (only sources whose archive could be read)."""
    invalid: dict[str, str] = field(default_factory=dict)
    """Ids (and types) of record files that exist but failed to load, so references to them are not reported twice."""

    def add(self, record: Record, origin: Origin) -> None:
        self.records[record.id] = record
        self.origins[record.id] = origin

    def get(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def type_of(self, record_id: str) -> str | None:
        rec = self.records.get(record_id)
        return rec.TYPE if rec else None

    def of_type(self, type_name: str) -> list[Record]:
        """Records of one type, ordered by id."""
        return self._by_type.get(type_name, [])

    def all_of(self, cls: type[R]) -> list[R]:
        """Records of one type as that type (for code that reads its fields), ordered by id."""
        return cast(list[R], self.of_type(cls.TYPE))

    def __iter__(self) -> Iterator[Record]:
        """Every record, by type in RECORD_TYPES order, then by id."""
        for type_name in RECORD_TYPES:
            yield from self.of_type(type_name)

    def __len__(self) -> int:
        return len(self.records)

    def published(self) -> Corpus:
        """The corpus without drafts: what the public site and exports show."""
        if not any(r.status == "draft" for r in self.records.values()):
            return self
        out = Corpus(archives=self.archives)
        for rid, rec in self.records.items():
            if rec.status != "draft":
                out.add(rec, self.origins[rid])
        return out

    @cached_property
    def _by_type(self) -> dict[str, list[Record]]:
        groups: dict[str, list[Record]] = defaultdict(list)
        for rid in sorted(self.records):
            rec = self.records[rid]
            groups[rec.TYPE].append(rec)
        return groups

    # Reverse lookups ---------------------------------------------------------

    @cached_property
    def _reverse(self) -> ReverseIndex:
        return ReverseIndex(self.records.values())

    def reverse(self, name: str, record_id: str) -> list[Any]:
        """What refers to ``record_id`` through the model's lookup ``name`` (see :mod:`generator.model.reverse`)."""
        return self._reverse.answer(name, record_id)

    def __getattr__(self, name: str) -> Callable[[str], list[Any]]:
        # corpus.claims_about(id) and every other lookup the model declares, without writing one by hand.
        if name in REVERSES:
            return partial(self.reverse, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
