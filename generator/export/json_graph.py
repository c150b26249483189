"""The whole record graph as one JSON document: the stable machine interface.

Shape (documented in docs/json-export.md)::

    {"format": "factsheet-records", "version": 1,
     "records": [{"id": "...", "type": "group", ...fields...}, ...],
     "retired": [{"id": "old-id", "successor": "...", "type": "group"}, ...]}

Records are ordered by type (source, group, actor, place, event, claim,
denial) then id; fields keep model order; absent optional fields are left out;
references are ids. ``retired`` lists every former id of a published record
(``factsheet rename``, ``factsheet merge``) with the id that replaced it, by id,
so that data keyed by an old id can be followed. ``version`` changes only when
the shape changes incompatibly.
"""

from __future__ import annotations

import json
from typing import Any

from generator.export.base import Exporter, register
from generator.model.corpus import Corpus
from generator.model.records import SHARED_FIELDS, Record

FORMAT_VERSION = 1


def retired(corpus: Corpus) -> list[dict[str, str]]:
    """Every former id with its successor and the successor's type, by former id."""
    found = [{"id": old, "successor": r.id, "type": r.TYPE} for r in corpus for old in r.former_ids]
    return sorted(found, key=lambda entry: entry["id"])


def record_dict(record: Record) -> dict[str, Any]:
    """One record as plain JSON data: id and type first, then its fields, citations last."""
    fields = record.model_dump(mode="json", exclude_none=True)
    return {"id": record.id, "type": record.TYPE, **_tidy(fields)}


def _tidy(value: Any) -> Any:
    """Drop empty lists and move bookkeeping keys to the end, at every level."""
    if isinstance(value, dict):
        kept = {k: _tidy(v) for k, v in value.items() if v != []}
        return {k: v for k, v in kept.items() if k not in SHARED_FIELDS} | {
            k: kept[k] for k in SHARED_FIELDS if k in kept
        }
    if isinstance(value, list):
        return [_tidy(v) for v in value]
    return value


@register
class JsonExporter(Exporter):
    NAME = "json"
    FILE_NAME = "records.json"
    MIME_TYPE = "application/json"
    TITLE = "All records (JSON)"

    def export(self, corpus: Corpus) -> str:
        doc = {
            "format": "factsheet-records",
            "version": FORMAT_VERSION,
            "records": [record_dict(r) for r in corpus],
            "retired": retired(corpus),
        }
        return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
