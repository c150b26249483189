"""Search keys: spellings of one name fold onto the same keys (the browser does the same to queries)."""

from __future__ import annotations

import pytest

from generator.render.search_keys import fold, keys_for, search_keys, skeleton
from tests.render.kit import record


@pytest.mark.parametrize(
    "variants",
    [
        ["Fatemiyoun", "Fatemiyun", "Fatimiyoun", "Fatemiyoon", "FATEMIYOUN", "Fāṭemiyūn"],
        ["Zainabiyoun", "Zaynabiyoun", "Zainabiyun", "Zeinabiyoun"],
        ["Hussein", "Husayn", "Hossein", "Ḥusain"],
    ],
)
def test_transliteration_variants_share_a_skeleton(variants):
    skeletons = {" ".join(skeleton(w) for w in fold(v).split()) for v in variants}
    assert len(skeletons) == 1, skeletons


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Al-Zurfi", "zurfi"),
        ("al Zurfi", "zurfi"),
        ("el-Zurfi", "zurfi"),
        ("Adnan Al-Zurfi", "adnan zurfi"),
        ("ash-Sham", "sham"),
        ("Al", "al"),  # a lone article is kept when it is the whole query
        ("Liwa’ al-Raya", "liwa raya"),
        ("Ba'ath", "baath"),
        ("straße", "strasse"),
    ],
)
def test_fold_drops_case_marks_hyphens_and_the_article(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    "a, b",
    [
        ("فاطمیون", "فاطميون"),  # Persian yeh and Arabic yeh
        ("فاطمیون", "فاطِمیّون"),  # harakat (kasra, shadda)
        ("فاطمیون", "فاطـمیون"),  # tatweel
        ("کتیبه", "كتيبة"),  # keheh / kaf, teh marbuta / heh
        ("أحمد", "احمد"),  # alef with hamza
        ("إيران", "ايران"),
        ("آزاد", "ازاد"),
        ("ائتلاف دولة القانون", "ايتلاف دوله قانون"),  # the article written onto a word
        ("۱۲۳", "123"),
    ],
)
def test_arabic_and_persian_letter_variants_fold_together(a, b):
    assert fold(a) == fold(b)


def test_skeleton_leaves_other_scripts_alone():
    assert skeleton("فاطميون") == "فاطميون"
    assert skeleton("fatemiyoun") == "fatimiun"


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
