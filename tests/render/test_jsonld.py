"""JSON-LD on fact sheets: schema.org types from the model, and JSON that cannot escape its script element."""

from __future__ import annotations

import json
import re

import pytest

from generator.model import edtf
from generator.model.edtf import point_iso as iso_date
from generator.render import render_pages
from generator.render.jsonld import PageGraph, script_block
from tests.render.kit import TEMPLATES, lantern_corpus

_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>')


def jsonld(page: str) -> dict:
    blocks = _BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture(scope="module")
def pages():
    return render_pages(lantern_corpus(), TEMPLATES)


@pytest.mark.parametrize(
    "path, schema_type",
    [
        ("group/lantern-coast-watch.md", "Organization"),
        ("actor/oriel-tamsin.md", "Person"),
        ("actor/coast-ministry.md", "GovernmentOrganization"),
        ("place/fennick.md", "City"),
        ("event/watch-moves-north.md", "Event"),
        ("claim/watch-seized-customs-house.md", "Claim"),
        ("source/lantern-gazette.md", "NewsArticle"),
    ],
)
def test_each_fact_sheet_has_its_schema_type(pages, path, schema_type):
    data = jsonld(pages[path])
    assert data["@context"] == "https://schema.org" and data["@type"] == schema_type


def test_group_names_aliases_and_sources(pages):
    data = jsonld(pages["group/lantern-coast-watch.md"])
    assert data["name"] == "Lantern Coast Watch" and data["alternateName"] == ["the Watch"]
    assert data["citation"][0]["headline"] == "Lantern Coast militia moves north"


def test_a_denial_is_a_claim_review_of_the_claim_it_answers(pages):
    data = jsonld(pages["denial/ministry-denies-seizure.md"])
    (review,) = data["@graph"]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "A harbour official said the Watch had seized the customs house."
    assert review["reviewRating"]["alternateName"] == "Denied by Coast Ministry"
    assert review["author"]["name"] == "Coast Ministry"


def test_event_dates_keep_their_precision(pages):
    assert jsonld(pages["event/watch-moves-north.md"])["startDate"] == "2030-05"
    assert iso_date(edtf.parse("2024-12-07").start) == "2024-12-07"
    assert iso_date(edtf.parse("2025~").start) is None  # approximate: left out, never stated as certain
    graph = PageGraph(lantern_corpus())
    event = lantern_corpus(**{"watch-moves-north": {"date": "2030-05-01/2030-05-09"}}).get("watch-moves-north")
    node = graph.node(event)
    assert (node["startDate"], node["endDate"]) == ("2030-05-01", "2030-05-09")


def test_record_text_cannot_end_the_script_element():
    evil = "</script><script>alert(1)</script> & [x](javascript:y) {{ 7*7 }} \u2028"
    block = script_block({"name": evil})
    inner = block[len('<script type="application/ld+json">') : -len("</script>")]
    assert not set(inner) & set("<>&\u2028") and inner.count("[") == 0 and inner.count("{") == 1
    assert json.loads(inner) == {"name": evil}


def test_hostile_names_stay_data(pages):
    corpus = lantern_corpus(**{"lantern-coast-watch": {"name": "</script><img src=x onerror=alert(1)>"}})
    page = render_pages(corpus, TEMPLATES)["group/lantern-coast-watch.md"]
    assert jsonld(page)["name"] == "</script><img src=x onerror=alert(1)>"
    assert page.count("</script>") == 1
