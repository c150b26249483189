"""Small corpora built in code, with fictional names, for render and build tests."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from generator.model.archive import ArchivedText
from generator.model.corpus import Corpus, Origin
from generator.model.records import RECORD_TYPES, Record
from generator.project import Project

REPO = Path(__file__).resolve().parents[2]
TEMPLATES = REPO / "templates"

ARCHIVE = """Lantern Coast militia moves north

The Lantern Coast Watch, a militia also called the Watch, moved to Fennick in May 2030.

Its commander, Oriel Tamsin, said the move was temporary.

A harbour official said the Watch had seized the customs house.

The coast ministry denied that the customs house was seized."""


def cite(quote: str, source: str = "lantern-gazette") -> dict:
    return {"source": source, "quote": quote}


def record(type_name: str, record_id: str, **fields: Any) -> Record:
    return RECORD_TYPES[type_name].model_validate({"id": record_id, **fields})


def corpus_of(*records: Record, archives: dict[str, str] | None = None) -> Corpus:
    corpus = Corpus(archives={k: ArchivedText(v) for k, v in (archives or {}).items()})
    for rec in records:
        corpus.add(rec, Origin(Path(f"content/{rec.TYPE}/{rec.id}.yaml")))
    return corpus


def lantern_records(**overrides: dict) -> list[Record]:
    """One record of each type around one archived article; ``overrides`` replace fields by record id."""
    specs = {
        "lantern-gazette": (
            "source",
            {
                "title": "Lantern Coast militia moves north",
                "publisher": "Lantern Gazette",
                "language": "en",
                "published": "2030-05",
                "url": "https://gazette.example/lantern?id=7&x=1",
                "archive": "seeds/lantern-gazette.txt",
                "sha256": hashlib.sha256(ARCHIVE.encode()).hexdigest(),
            },
        ),
        "lantern-coast-watch": (
            "group",
            {
                "name": "Lantern Coast Watch",
                "kind": "militia",
                "date": "2030-05",
                "aliases": [{"name": "the Watch", "citations": [cite("a militia also called the Watch")]}],
                "relationships": [
                    {
                        "type": "relocated-to",
                        "target": "fennick",
                        "date": "2030-05",
                        "citations": [cite("moved to Fennick in May 2030")],
                    },
                    {
                        "type": "commanded-by",
                        "target": "oriel-tamsin",
                        "citations": [cite("Its commander, Oriel Tamsin")],
                    },
                ],
                "citations": [cite("The Lantern Coast Watch, a militia")],
            },
        ),
        "oriel-tamsin": (
            "actor",
            {
                "name": "Oriel Tamsin",
                "kind": "person",
                "roles": [
                    {
                        "title": "commander",
                        "organization": "lantern-coast-watch",
                        "citations": [cite("Its commander, Oriel Tamsin")],
                    }
                ],
                "citations": [cite("Its commander, Oriel Tamsin")],
            },
        ),
        "coast-ministry": (
            "actor",
            {
                "name": "Coast Ministry",
                "kind": "ministry",
                "citations": [cite("The coast ministry denied")],
            },
        ),
        "fennick": ("place", {"name": "Fennick", "kind": "city", "citations": [cite("moved to Fennick")]}),
        "watch-moves-north": (
            "event",
            {
                "name": "The Watch moves to Fennick",
                "kind": "movement",
                "date": "2030-05",
                "places": ["fennick"],
                "participants": ["lantern-coast-watch"],
                "citations": [cite("moved to Fennick in May 2030")],
            },
        ),
        "watch-seized-customs-house": (
            "claim",
            {
                "summary": "A harbour official said the Watch had seized the customs house.",
                "claimant": {"described_as": "a harbour official"},
                "date": "2030-05-14",
                "subjects": ["lantern-coast-watch", "fennick"],
                "claim_status": "denied",
                "citations": [cite("A harbour official said the Watch had seized the customs house.")],
            },
        ),
        "ministry-denies-seizure": (
            "denial",
            {
                "summary": "The coast ministry denied the customs house was seized.",
                "denier": {"actor": "coast-ministry"},
                "claims": ["watch-seized-customs-house"],
                "denied": "that the customs house was seized",
                "date": "2030-05-15",
                "citations": [cite("The coast ministry denied that the customs house was seized.")],
            },
        ),
    }
    out = []
    for rid, (type_name, fields) in specs.items():
        out.append(record(type_name, rid, **{**fields, **overrides.get(rid, {})}))
    return out


def lantern_corpus(**overrides: dict) -> Corpus:
    return corpus_of(*lantern_records(**overrides), archives={"lantern-gazette": ARCHIVE})


def make_project(root: Path, fixture: Path | None = None) -> Project:
    """A project folder with the repository's templates and mkdocs.yml, and a fixture's content if given."""
    if fixture is not None:
        shutil.copytree(fixture, root)
    else:
        root.mkdir(parents=True)
    shutil.copytree(TEMPLATES, root / "templates")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return Project(root)
