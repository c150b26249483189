"""The FollowTheMoney export, checked with followthemoney's own model: schemata, names, links, ids, dates."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from followthemoney import model

from generator.export import EXPORTERS
from generator.export.ftm import entity_problems, ftm_dates, link_id
from generator.project import Project
from tests.conftest import FIXTURES, check


def export(project) -> list[dict]:
    corpus, issues = check(project)
    assert issues == []
    text = EXPORTERS["ftm"](project).export(corpus.published())
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def by_id(entities: list[dict]) -> dict[str, dict]:
    return {e["id"]: e for e in entities}


@pytest.fixture
def minimal_project(tmp_path) -> Project:
    shutil.copytree(FIXTURES / "minimal", tmp_path / "project")
    return Project(tmp_path / "project")


@pytest.mark.parametrize("fixture", ["base", "minimal"])
def test_followthemoney_accepts_every_entity(fixture, tmp_path):
    shutil.copytree(FIXTURES / fixture, tmp_path / "project")
    entities = export(Project(tmp_path / "project"))
    assert entity_problems(entities) == []
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)  # re-clean every value, as for untrusted input
        assert proxy.to_dict() == data
        proxy.schema.validate(data)


def test_schemata_by_record(base_project):
    entities = by_id(export(base_project))
    schemata = {eid: e["schema"] for eid, e in entities.items() if "." not in eid}
    assert schemata == {
        "fs-veloria-courier-2031": "Article",
        "fs-sable-harbour-guard": "Organization",
        "fs-ilse-marrow": "Person",
        "fs-veloria-interior-ministry": "PublicBody",
        "fs-port-sable": "Address",
        "fs-harbour-guard-withdrawal": "Event",
    }
    assert model.get("Article").is_a(model.get("Document"))


def test_source_as_article(base_project):
    article = by_id(export(base_project))["fs-veloria-courier-2031"]["properties"]
    assert article == {
        "title": ["Harbour guards leave Port Sable"],
        "fileName": ["veloria-courier-2031.txt"],
        "publisher": ["Veloria Courier"],
        "language": ["eng"],
        "date": ["2031-03"],
    }


def test_names_and_aliases(minimal_project):
    entities = by_id(export(minimal_project))
    brigade = entities["fs-grey-banner-brigade"]["properties"]
    assert brigade["name"] == ["Grey Banner Brigade"]
    assert brigade["alias"] == ["لواء الراية الرمادية", "Liwa al-Raya al-Ramadiya"]
    assert brigade["classification"] == ["militia"]
    assert entities["fs-dario-venn"]["properties"]["alias"] == ["Venn"]


def test_alias_kinds(base_project):
    path = base_project.content_dir / "group" / "sable-harbour-guard.yaml"
    weak = (
        "  - name: the guards\n    kind: weak\n    citations:\n"
        "      - source: veloria-courier-2031\n        quote: the guards had taken weapons\n"
    )
    text = path.read_text().replace("    lang: fr\n", "    lang: fr\n    kind: former\n")
    path.write_text(text.replace("aliases:\n", "aliases:\n" + weak))
    props = by_id(export(base_project))["fs-sable-harbour-guard"]["properties"]
    assert props["weakAlias"] == ["the guards"] and props["previousName"] == ["Gardes du Port"]
    assert "alias" not in props


def test_role_with_a_body_is_a_membership_and_without_one_a_position(minimal_project):
    entities = by_id(export(minimal_project))
    membership = entities[link_id("ilse-marrow", "roles", 0, "velorian-interior-ministry")]
    assert membership["schema"] == "Membership"
    assert membership["properties"]["member"] == ["fs-ilse-marrow"]
    assert membership["properties"]["organization"] == ["fs-velorian-interior-ministry"]
    assert membership["properties"]["role"] == ["Interior Minister"]
    assert membership["properties"]["startDate"] == ["2021"] and "endDate" not in membership["properties"]
    assert entities["fs-dario-venn"]["properties"]["position"] == [
        "opposition MP",
        "chair of the parliamentary defence committee (former)",
    ]


def test_relationships_become_links(minimal_project):
    entities = by_id(export(minimal_project))
    led = entities["fs-grey-banner-brigade.relationships-1.tavi-orlen"]
    assert led["schema"] == "Directorship"
    assert led["properties"]["director"] == ["fs-tavi-orlen"]
    assert led["properties"]["organization"] == ["fs-grey-banner-brigade"]
    fought = entities["fs-grey-banner-brigade.relationships-0.ostravian-government"]
    assert fought["schema"] == "UnknownLink" and fought["properties"]["role"] == ["fought for"]
    assert fought["properties"]["proof"] == ["fs-harbour-ledger-2024-03-veloria-border"]


def test_member_of_a_group_is_a_membership_and_a_place_link_an_unknown_link(base_project):
    path = base_project.content_dir / "actor" / "ilse-marrow.yaml"
    path.write_text(path.read_text() + "relationships:\n  - type: member-of\n    target: sable-harbour-guard\n")
    entities = by_id(export(base_project))
    assert entities["fs-ilse-marrow.relationships-0.sable-harbour-guard"]["schema"] == "Membership"
    place_link = entities["fs-sable-harbour-guard.relationships-0.port-sable"]
    assert place_link["schema"] == "UnknownLink" and place_link["properties"]["object"] == ["fs-port-sable"]
    assert place_link["properties"]["role"] == ["withdrew from"] and place_link["properties"]["date"] == ["2031-03"]


def test_countries_come_from_country_places(minimal_project):
    path = minimal_project.content_dir / "place" / "veloria.yaml"
    path.write_text(path.read_text().replace("name: Veloria", "name: Iraq"))  # a country FtM knows
    entities = by_id(export(minimal_project))
    assert entities["fs-dario-venn"]["properties"]["country"] == ["iq"]
    assert entities["fs-kessel-gate"]["properties"]["country"] == ["iq"]  # through Dornmark province
    assert "country" not in entities["fs-ostravian-government"]["properties"]  # Ostravia is fictional


def test_links_to_drafts_are_left_out(base_project):
    path = base_project.content_dir / "place" / "port-sable.yaml"
    path.write_text("status: draft\n" + path.read_text())
    entities = by_id(export(base_project))
    assert "fs-port-sable" not in entities
    assert not any(eid.endswith(".port-sable") for eid in entities)
    assert entity_problems(list(entities.values())) == []


def test_dates_keep_precision_and_drop_uncertainty():
    assert ftm_dates("2025-02") == {"date": "2025-02"}
    assert ftm_dates("2024-12-07/2024-12-08") == {"startDate": "2024-12-07", "endDate": "2024-12-08"}
    assert ftm_dates("2013/..") == {"startDate": "2013"}
    assert ftm_dates("/2020") == {"endDate": "2020"}
    assert ftm_dates("2025-02?") == {}
    assert ftm_dates("2019~/2022") == {"endDate": "2022"}
    assert ftm_dates(None) == {}


VALID = {"id": "fs-a", "schema": "Person", "properties": {"name": ["A"]}}
ORG = {"id": "fs-o", "schema": "Organization", "properties": {"name": ["O"]}}


@pytest.mark.parametrize(
    "bad, problem",
    [
        ({"id": "fs-b", "schema": "Person", "properties": {"name": ["B"], "birthDate": ["2025-13-45"]}}, "fs-b"),
        ({"id": "fs-m", "schema": "Membership", "properties": {"member": ["fs-a"]}}, "lacks required ['organization']"),
        ({"id": "fs-b", "schema": "Person", "properties": {"name": ["B"], "rank": ["x"]}}, "no properties ['rank']"),
        ({"id": "fs-b", "schema": "Person", "properties": {"name": ["B"], "proof": ["fs-missing"]}}, "not exported"),
        (
            {"id": "fs-m", "schema": "Membership", "properties": {"member": ["fs-o"], "organization": ["fs-a"]}},
            "wants a Organization",
        ),
        ({"id": "fs-b", "schema": "Vehicle-ish", "properties": {}}, "no usable schema"),
        ({"id": "fs b!", "schema": "Person", "properties": {"name": ["B"]}}, "not a valid FtM entity id"),
        ({"id": "fs-b", "schema": "Person", "properties": {"name": ["B"], "country": ["Atlantis"]}}, "country"),
        ({"id": "fs-b", "schema": "Person", "properties": {"name": ["B", "B"]}}, "values change"),
    ],
)
def test_invalid_entities_are_caught(bad, problem):
    assert entity_problems([VALID, ORG]) == []
    problems = entity_problems([VALID, ORG, bad])
    assert problems and any(problem in p for p in problems), problems


def test_without_followthemoney_the_format_says_what_to_install(monkeypatch, base_project):
    import sys

    from generator.cli import main
    from generator.export.ftm import FtmExporter

    monkeypatch.setitem(sys.modules, "followthemoney", None)  # makes `import followthemoney` fail
    assert "factsheet[ftm]" in FtmExporter.missing()
    with pytest.raises(SystemExit) as exit_info:
        main(["--project", str(base_project.root), "export", "--format", "ftm"])
    assert exit_info.value.code == 2


def test_values_over_followthemoneys_limits_are_cut_or_left_out_and_said(base_project):
    """FtM refuses a whole entity for one name over 384 characters; the export cuts it and says so."""
    long_alias = "Gardes du Port " * 200
    group = base_project.content_dir / "group" / "sable-harbour-guard.yaml"
    group.write_text(group.read_text().replace("name: Gardes du Port", f"name: {long_alias.strip()}"))
    source = base_project.content_dir / "source" / "veloria-courier-2031.yaml"
    long_url = "https://courier.example/" + "a" * 5000
    text = source.read_text()
    source.write_text(
        re.sub(r"(?m)^url: .*$", f"url: {long_url}", text) if "\nurl:" in text else text + f"url: {long_url}\n"
    )
    corpus, issues = check(base_project)
    assert issues == []
    exporter = EXPORTERS["ftm"](base_project)
    entities = [json.loads(line) for line in exporter.export(corpus.published()).splitlines()]
    assert entity_problems(entities) == []
    alias = by_id(entities)["fs-sable-harbour-guard"]["properties"]["alias"]
    assert alias == [long_alias[:383].rstrip() + "\u2026"] and len(alias[0]) <= 384
    assert "sourceUrl" not in by_id(entities)["fs-veloria-courier-2031"]["properties"]
    assert exporter.notes == [
        "fs-veloria-courier-2031 sourceUrl: left out, 5,024 characters is over FollowTheMoney's limit of 4096 for a url",
        "fs-sable-harbour-guard alias: cut from 2,999 to 384 characters, FollowTheMoney's limit for a name "
        "(the JSON export and the site have it whole)",
    ]


def test_a_source_published_within_an_interval_exports_without_a_date(minimal_project):
    """An Article has one date; a publication known only as a span is left out, not a crash."""
    path = next((minimal_project.content_dir / "source").glob("*.yaml"))
    text = path.read_text()
    assert re.search(r"(?m)^published: ", text)
    path.write_text(re.sub(r"(?m)^published: .*$", 'published: "2024-03-01/2024-03-05"', text))
    entities = by_id(export(minimal_project))
    article = entities[f"fs-{path.stem}"]
    assert article["schema"] == "Article" and "date" not in article["properties"]
    assert entity_problems(list(entities.values())) == []
