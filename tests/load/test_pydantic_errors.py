"""Pydantic's errors become located issues; a flood of them is capped before any is translated."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from generator.load.pydantic_errors import translate
from generator.model.corpus import Origin
from generator.model.records import Group


class CountingOrigin(Origin):
    """An origin that counts how often a position is looked up: the work translating costs."""

    lookups = 0

    def loc(self, path=(), key=False):  # type: ignore[override]
        CountingOrigin.lookups += 1
        return super().loc(path, key)


def test_thousands_of_errors_translate_only_the_first_few_of_each_kind():
    data = {"name": "x", "kind": "militia", **{f"k{i}": "v" for i in range(5_000)}}
    with pytest.raises(ValidationError) as caught:
        Group.model_validate(data)
    CountingOrigin.lookups = 0
    issues = translate(caught.value, Group, CountingOrigin(Path("content/group/x.yaml")), limit=10)
    assert [i.code for i in issues].count("unknown-field") == 10
    summary = [i for i in issues if "more errors like this" in i.message]
    assert len(summary) == 1 and summary[0].message.startswith("4990 more errors like this")
    assert CountingOrigin.lookups <= 11
