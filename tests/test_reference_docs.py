"""Docs and schemas generated from the model are committed and current; the schema agrees with the model."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from generator import reference
from generator.errors import CODES
from generator.load.yamldoc import read_document
from generator.schema import schema_files
from tests.conftest import FIXTURES, REPO

REGEN = os.environ.get("FACTSHEET_REGEN") == "1"


@pytest.mark.parametrize("name", sorted(reference.DOCS))
def test_generated_docs_are_current(name):
    path = REPO / "docs" / name
    expected = reference.DOCS[name]()
    if REGEN:
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, "run `python -m generator.reference` and commit docs/"


@pytest.mark.parametrize("name", sorted(schema_files()))
def test_committed_schemas_are_current(name):
    path = REPO / "schema" / name
    expected = schema_files()[name]
    if REGEN:
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, "run `factsheet schema` and commit schema/"


def test_every_code_is_documented():
    text = (REPO / "docs" / "errors.md").read_text()
    assert all(f"`{code}`" in text for code in CODES)


def _records(root: Path):
    for path in sorted((root / "content").glob("*/*.yaml")):
        doc, issues = read_document(path, path.name)
        assert not issues
        yield path.parent.name, path, doc.data


@pytest.mark.parametrize("corpus", ["base"])
def test_valid_records_satisfy_their_json_schema(corpus):
    schemas = {name.split(".")[0]: json.loads(text) for name, text in schema_files().items()}
    for type_name, _path, data in _records(FIXTURES / corpus):
        jsonschema.validate(data, schemas[type_name])


def test_json_schema_rejects_what_the_model_rejects():
    schema = json.loads(schema_files()["group.schema.json"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "X", "kind": "milita"}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"name": "X", "kind": "militia", "aliasses": []}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"name": "X", "kind": "militia", "relationships": [{"type": "led-by", "target": "Bad Id"}]}, schema
        )


@pytest.mark.parametrize("corpus", ["base", "minimal"])
def test_json_export_satisfies_its_published_schema(corpus):
    from generator.export import EXPORTERS
    from generator.project import Project
    from generator.validate import check_project

    schema = json.loads(schema_files()["records-export.schema.json"])
    loaded, issues = check_project(Project(FIXTURES / corpus))
    assert not [i for i in issues if i.severity == "error"]
    doc = json.loads(EXPORTERS["json"]().export(loaded))
    jsonschema.validate(doc, schema)
    doc["records"][0]["type"] = "widget"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)
