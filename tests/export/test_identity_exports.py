"""Issue 18's fields in the exports: identifiers as sameAs and wikidataId, decisions and status history in the JSON."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest

from generator.export import EXPORTERS
from generator.project import Project
from generator.render import render_pages
from generator.schema import export_schema
from tests.conftest import FIXTURES, check
from tests.render.kit import TEMPLATES


@pytest.fixture
def minimal(tmp_path) -> Project:
    shutil.copytree(FIXTURES / "minimal", tmp_path / "project")
    return Project(tmp_path / "project")


def loaded(project: Project):
    corpus, issues = check(project)
    assert issues == []
    return corpus


def records(project: Project) -> dict[str, dict]:
    doc = json.loads(EXPORTERS["json"]().export(loaded(project)))
    jsonschema.validate(doc, export_schema())
    return {r["id"]: r for r in doc["records"]}


def test_the_json_export_carries_every_new_field(minimal):
    out = records(minimal)
    assert out["grey-banner-brigade"]["same_as"] == ["Q4115189", "NK-FictionalFixture1"]
    assert out["tavi-orlan"]["not_same_as"][0]["record"] == "tavi-orlen"
    assert out["tavi-orlan"]["not_same_as"][0]["reason"].startswith("The names differ by one letter")
    assert out["tavi-orlan"]["not_same_as"][0]["citations"][0]["translation"].startswith("and he has no connection")
    history = out["official-fighters-crossed-kessel-gate"]["status_history"]
    assert [(h["status"], h["date"], h.get("by")) for h in history] == [
        ("alleged", "2024-03", None),
        ("denied", "2024-03-05", "marrow-denies-armed-group-entered"),
    ]
    assert out["dornmark-echo-2024-03-kessel-inquiry"]["archive_url"].startswith("https://web.archive.org/web/")
    # Records without them carry none of the keys (empty lists are left out).
    assert "same_as" not in out["tavi-orlen"] and "status_history" not in out["venn-government-concealing-crossing"]


def test_the_json_schema_refuses_a_malformed_identifier(minimal):
    doc = json.loads(EXPORTERS["json"]().export(loaded(minimal)))
    group = next(r for r in doc["records"] if r["id"] == "grey-banner-brigade")
    group["same_as"] = ["wikidata:Q4115189"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, export_schema())


def test_json_ld_says_same_as_with_the_registries_addresses(minimal):
    page = render_pages(loaded(minimal), TEMPLATES)["group/grey-banner-brigade.md"]
    block = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    node = json.loads(block)
    assert node["sameAs"] == [
        "https://www.wikidata.org/wiki/Q4115189",
        "https://www.opensanctions.org/entities/NK-FictionalFixture1/",
    ]
    other = render_pages(loaded(minimal), TEMPLATES)["actor/tavi-orlen.md"]
    node = json.loads(other.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
    assert "sameAs" not in node  # a record without identifiers has none of its own


def test_followthemoney_gets_the_wikidata_id(minimal):
    pytest.importorskip("followthemoney")
    from generator.export.ftm import entity_problems

    text = EXPORTERS["ftm"](minimal).export(loaded(minimal).published())
    entities = {e["id"]: e for e in map(json.loads, text.splitlines())}
    assert entities["fs-grey-banner-brigade"]["properties"]["wikidataId"] == ["Q4115189"]
    assert "wikidataId" not in entities["fs-tavi-orlen"]["properties"]
    assert entity_problems(list(entities.values())) == []


def test_claimreview_names_the_subjects_identifiers(minimal):
    doc = json.loads(EXPORTERS["claimreview"](minimal).export(loaded(minimal)))
    claims = {n["identifier"]: n for n in doc["@graph"] if n.get("@type") == "Claim"}
    brigade = next(
        a for a in claims["venn-government-concealing-crossing"]["about"] if a["name"] == "Grey Banner Brigade"
    )
    assert brigade["sameAs"] == [
        "https://www.wikidata.org/wiki/Q4115189",
        "https://www.opensanctions.org/entities/NK-FictionalFixture1/",
    ]
