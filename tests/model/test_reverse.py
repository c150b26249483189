"""Reverse lookups come from the model's declarations, answer in one order, and cover every reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model.records import RECORD_TYPES
from generator.model.reverse import REVERSES, record_order
from generator.model.walk import iter_links, ref_fields, via_fields
from generator.project import Project
from generator.render.tracking import CORPUS_KEYED
from generator.validate import check_project
from tests.render.kit import cite, corpus_of, record

REPO = Path(__file__).resolve().parents[2]


def _claim(claim_id: str, date: str | None, subjects: list[str], speaker: str = "oriel") -> object:
    fields = {"summary": f"{claim_id} said so.", "claimant": {"actor": speaker}, "subjects": subjects}
    if date:
        fields["date"] = date
    return record("claim", claim_id, citations=[cite("x")], **fields)


def test_claims_about_answer_in_date_order_undated_last_each_claim_once():
    corpus = corpus_of(
        record("group", "watch", name="Watch", kind="militia"),
        record("actor", "oriel", name="Oriel", kind="person"),
        _claim("a-undated", None, ["watch"]),
        _claim("b-late", "2030-06", ["watch", "watch"]),
        _claim("c-early", "2030-05-02", ["watch"]),
        _claim("d-other", "2030-01", ["oriel"]),
    )
    assert [c.id for c in corpus.claims_about("watch")] == ["c-early", "b-late", "a-undated"]
    assert [c.id for c in corpus.claims_by("oriel")] == ["d-other", "c-early", "b-late", "a-undated"]
    assert corpus.claims_about("nobody") == []


def test_pair_lookups_answer_each_statement_with_its_record():
    corpus = corpus_of(
        record("group", "watch", name="Watch", kind="militia"),
        record(
            "group",
            "tide",
            name="Tide",
            kind="militia",
            relationships=[
                {"type": "allied-with", "target": "watch", "citations": [cite("one")]},
                {"type": "rival-of", "target": "watch", "citations": [cite("two")]},
            ],
        ),
        record(
            "actor",
            "oriel",
            name="Oriel",
            kind="person",
            roles=[{"title": "commander", "organization": "watch", "citations": [cite("three")]}],
        ),
    )
    assert [(r.id, rel.type) for r, rel in corpus.inbound("watch")] == [("tide", "allied-with"), ("tide", "rival-of")]
    assert [(a.id, role.title) for a, role in corpus.roles_in("watch")] == [("oriel", "commander")]
    assert [(r.id, c.quote) for r, c in corpus.citing("lantern-gazette")] == [
        ("tide", "one"),
        ("tide", "two"),
        ("oriel", "three"),
    ]


def test_an_undeclared_lookup_is_an_error_not_an_empty_answer():
    corpus = corpus_of()
    with pytest.raises(KeyError, match="no reverse lookup"):
        corpus.reverse("claims_abuot", "x")
    with pytest.raises(AttributeError):
        corpus.claims_abuot  # noqa: B018 - the attribute access is the test


def test_every_reference_field_declares_how_its_target_sees_it():
    """A new reference field without a reverse would be invisible from the target's page and to the cache."""
    missing = []
    seen: set[type] = set()

    def visit(cls: type, via: bool) -> None:
        if cls in seen:
            return
        seen.add(cls)
        vias = via_fields(cls)
        for name, ref in ref_fields(cls).items():
            if ref.reverse is None and not via:
                missing.append(f"{cls.__name__}.{name}")
        for name, info in cls.model_fields.items():
            for inner in _models_in(info.annotation):
                visit(inner, via or name in vias)

    for cls in RECORD_TYPES.values():
        visit(cls, False)
    assert not missing, f"reference fields without a declared reverse lookup: {missing}"


def _models_in(tp: object) -> list[type]:
    from typing import get_args

    found = [tp] if isinstance(tp, type) and hasattr(tp, "model_fields") else []
    for arg in get_args(tp):
        found += _models_in(arg)
    return found


def test_the_render_cache_tracks_every_declared_lookup():
    assert set(REVERSES) <= set(CORPUS_KEYED)


@pytest.mark.parametrize("root", [REPO, REPO / "tests" / "fixtures" / "minimal"], ids=["seed", "minimal"])
def test_index_matches_a_scan_of_every_record(root: Path):
    """On real corpora, each answer is exactly the records whose declared references point at the target."""
    corpus, _ = check_project(Project(root))
    records = sorted(corpus, key=record_order)
    for name, reverse in REVERSES.items():
        for target in corpus.records:
            expected: list[object] = []
            for rec in records:
                links = [link for link in iter_links(rec) if link.target == target and link.reverse is reverse]
                if reverse.pairs:
                    expected += [(rec, link.statement) for link in links]
                elif links:
                    expected.append(rec)
            assert corpus.reverse(name, target) == expected, (name, target)
    assert sum(len(corpus.reverse(name, target)) for name in REVERSES for target in corpus.records) > 20
