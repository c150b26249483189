"""Each vocabulary is one table: the model's kinds and every format's mapping of them come from it."""

from __future__ import annotations

from typing import get_args

import pytest

from generator.model.records import RECORD_TYPES
from generator.model.vocab import KINDS
from tests.export.test_claimreview import vocabulary


@pytest.mark.parametrize("type_name", sorted(KINDS))
def test_the_model_allows_exactly_the_kinds_in_the_table(type_name):
    annotation = RECORD_TYPES[type_name].model_fields["kind"].annotation
    assert set(get_args(annotation)) == set(KINDS[type_name])


def test_every_kind_maps_to_a_schema_org_type_and_a_followthemoney_schema():
    types, _ = vocabulary()
    followthemoney = pytest.importorskip("followthemoney")
    ftm, topics = followthemoney.model, followthemoney.registry.topic.names
    for type_name, kinds in KINDS.items():
        for name, kind in kinds.items():
            assert kind.schema_org in types, f"{type_name} kind {name}: {kind.schema_org} is not a schema.org type"
            if kind.ftm_schema is not None:
                assert ftm.get(kind.ftm_schema) is not None, f"{type_name} kind {name}: no FtM schema {kind.ftm_schema}"
            if kind.ftm_topic is not None:
                assert kind.ftm_topic in topics, f"{type_name} kind {name}: {kind.ftm_topic}"
    assert all(k.ftm_schema for k in (*KINDS["group"].values(), *KINDS["actor"].values()))
