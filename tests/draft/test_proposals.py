"""Proposals: records a drafted name may be, offered to the editor with the reason, never linked."""

from __future__ import annotations

import pytest

from generator.draft.proposals import answered_in_article, other_script_reason, similar_records
from tests.conftest import check
from tests.ingest.conftest import minimal_project  # noqa: F401 - fixture


@pytest.mark.parametrize(
    ("name", "other", "why"),
    [
        ("لواء كيسل", "Kessel Brigade", "the same consonants and kind of body"),  # head word translated
        ("Kessel Brigade", "لواء كيسل", "the same consonants and kind of body"),
        ("عصائب كيسل", "Asaib Kessel", "the same consonants"),  # transliterated throughout
    ],
)
def test_a_body_named_in_another_script_is_proposed(name, other, why):
    assert other_script_reason(name, other).endswith(why)


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("حركة كيسل", "Kessel Brigade"),  # a movement is not a brigade
        ("لواء دورن", "Kessel Brigade"),  # another name
        ("لواء", "Brigade"),  # a kind alone names no one
        ("Kessel Brigade", "Kessel Brigade"),  # the same script: the other rules decide
    ],
)
def test_another_kind_of_body_or_another_name_is_not_proposed(name, other):
    assert other_script_reason(name, other) == ""


def test_a_drafted_body_lists_the_record_it_may_be_in_another_script(minimal_project):
    corpus, _ = check(minimal_project)
    found = similar_records(corpus, "تیپ گری بنر", "actor", False)  # Persian: brigade, and 'Grey Banner' as said
    assert [record_id for record_id, _ in found] == ["grey-banner-brigade"]
    assert "in another script" in found[0][1]


def test_a_denial_proposes_the_claims_drafted_beside_it_nearest_first():
    claims = [
        ("wire-leaders-met", 2, "The Meridian Wire said Grey Banner commanders met envoys at a farm"),
        ("wire-weather", 2, "The Meridian Wire said the river flooded"),
        ("council-farm-meeting", 6, "The council said commanders met envoys at the farm near Kessel"),
        ("council-harvest", 7, "The council said the harvest was late"),
    ]
    ranked = answered_in_article([3], "That is not true", claims)
    assert [cid for cid, _ in ranked] == ["wire-leaders-met", "wire-weather"]  # the paragraph before, no word shared
    assert ranked[0][1] == "from ¶2, the paragraph before"
    # far from the denial, a claim needs three words of it: 'commanders', 'envoys', 'farm' (not the harvest)
    ranked = answered_in_article([12], "denied that commanders met envoys at any farm", claims)
    assert [cid for cid, _ in ranked] == ["council-farm-meeting", "wire-leaders-met"]
    assert "shared words: commanders, envoys, farm" in ranked[0][1]
    assert answered_in_article([12], "denied that the river flooded", claims) == []
