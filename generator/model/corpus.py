"""The loaded corpus: every record by id, their archived texts, and the links between them.

Renderers and exporters read this, never the YAML. The reverse indexes (claims
about a record, denials of a claim, passages cited from a source) are built
once here so that no page has to scan the whole corpus.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterator

from generator.model.archive import ArchivedText
from generator.model.records import RECORD_TYPES, Citation, Claim, Denial, Record, Relationship
from generator.model.walk import FieldPath, Loc, iter_citations


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

    def __iter__(self) -> Iterator[Record]:
        """Every record, by type in RECORD_TYPES order, then by id."""
        for type_name in RECORD_TYPES:
            yield from self.of_type(type_name)

    def __len__(self) -> int:
        return len(self.records)

    def published(self) -> "Corpus":
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

    # Reverse indexes -------------------------------------------------------

    @cached_property
    def _claims_by(self) -> dict[str, list[Claim]]:
        index: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.of_type("claim"):
            speaker = claim.claimant.actor or claim.claimant.affiliation
            if speaker:
                index[speaker].append(claim)
        return index

    @cached_property
    def _claims_about(self) -> dict[str, list[Claim]]:
        index: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.of_type("claim"):
            for subject in dict.fromkeys(claim.subjects):
                index[subject].append(claim)
        return index

    @cached_property
    def _denials_of(self) -> dict[str, list[Denial]]:
        index: dict[str, list[Denial]] = defaultdict(list)
        for denial in self.of_type("denial"):
            for claim_id in dict.fromkeys(denial.claims):
                index[claim_id].append(denial)
        return index

    @cached_property
    def _denials_by(self) -> dict[str, list[Denial]]:
        index: dict[str, list[Denial]] = defaultdict(list)
        for denial in self.of_type("denial"):
            speaker = denial.denier.actor or denial.denier.affiliation
            if speaker:
                index[speaker].append(denial)
        return index

    @cached_property
    def _inbound(self) -> dict[str, list[tuple[Record, Relationship]]]:
        index: dict[str, list[tuple[Record, Relationship]]] = defaultdict(list)
        for rec in self:
            for rel in getattr(rec, "relationships", ()):
                index[rel.target].append((rec, rel))
        return index

    @cached_property
    def _citing(self) -> dict[str, list[tuple[Record, Citation]]]:
        index: dict[str, list[tuple[Record, Citation]]] = defaultdict(list)
        for rec in self:
            for _, citation in iter_citations(rec):
                index[citation.source].append((rec, citation))
        return index

    def claims_by(self, record_id: str) -> list[Claim]:
        """Claims whose claimant is this actor (or, for unnamed speakers, their affiliation)."""
        return self._claims_by.get(record_id, [])

    def claims_about(self, record_id: str) -> list[Claim]:
        """Claims that list this record among their subjects."""
        return self._claims_about.get(record_id, [])

    def denials_of(self, claim_id: str) -> list[Denial]:
        """Denials that answer this claim."""
        return self._denials_of.get(claim_id, [])

    def denials_by(self, record_id: str) -> list[Denial]:
        """Denials issued by this actor (or, for unnamed officials, their affiliation)."""
        return self._denials_by.get(record_id, [])

    def inbound(self, record_id: str) -> list[tuple[Record, Relationship]]:
        """Relationships other records declare towards this one, with the record that declares each."""
        return self._inbound.get(record_id, [])

    def citing(self, source_id: str) -> list[tuple[Record, Citation]]:
        """Every citation of this source, with the record that makes it."""
        return self._citing.get(source_id, [])

