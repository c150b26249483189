"""Search keys: spellings of one name fold onto the same keys (the browser does the same to queries)."""

from __future__ import annotations

from generator.render.search_keys import keys_for, search_keys
from tests.render.kit import record


def test_keys_cover_every_name_and_alias_without_stopwords():
    group = record(
        "group",
        "fatemiyoun",
        name="Fatemiyoun",
        kind="militia",
        aliases=[
            {"name": "فاطمیون", "lang": "fa-Arab", "kind": "transliteration"},
            {"name": "The Fatimiyoun Brigade", "kind": "transliteration"},
        ],
    )
    keys = search_keys(group).split()
    assert {"fatemiyoun", "fatimiun", "فاطميون", "fatimiyoun", "brigade"} <= set(keys)
    assert "the" not in keys and len(keys) == len(set(keys))


def test_keys_are_plain_words():
    keys = keys_for(["<script>alert('x')</script>", "{{ 7*7 }}", "[a](javascript:b)"])
    assert all(k.isalnum() for k in keys), keys
