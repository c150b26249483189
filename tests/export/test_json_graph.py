"""The JSON graph export: shape, order, references as ids, determinism."""

import json

from generator.export import EXPORTERS
from tests.conftest import check


def export(project) -> dict:
    corpus, issues = check(project)
    assert issues == []
    return json.loads(EXPORTERS["json"]().export(corpus))


def test_records_ordered_by_type_then_id(base_project):
    records = export(base_project)["records"]
    order = ["source", "group", "actor", "place", "event", "claim", "denial"]
    keys = [(order.index(r["type"]), r["id"]) for r in records]
    assert keys == sorted(keys) and len(records) == 8


def test_id_and_type_first_citations_last_and_no_empty_lists(base_project):
    group = next(r for r in export(base_project)["records"] if r["id"] == "sable-harbour-guard")
    keys = list(group)
    assert keys[:3] == ["id", "type", "name"] and keys[-1] == "citations"
    assert all(v != [] for v in group.values())
    assert group["relationships"][0]["target"] == "port-sable"


def test_export_is_byte_identical_across_runs(base_project):
    corpus, _ = check(base_project)
    first = EXPORTERS["json"]().export(corpus)
    corpus_again, _ = check(base_project)
    assert EXPORTERS["json"]().export(corpus_again) == first


def test_text_is_exported_unchanged(base_project):
    path = base_project.content_dir / "place" / "port-sable.yaml"
    odd = 'Port <Sable> & "Co" \u0628\u0646\u062f\u0631'
    path.write_text(path.read_text().replace("name: Port Sable", f"name: '{odd}'"))
    place = next(r for r in export(base_project)["records"] if r["id"] == "port-sable")
    assert place["name"] == odd
