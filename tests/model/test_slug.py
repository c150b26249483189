"""Slugs: whatever the name, the id is a safe lowercase slug or nothing at all (then the editor gives one)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from generator.model.fields import MAX_ID_LENGTH, SLUG_PATTERN
from generator.model.slug import slugify


def test_examples():
    assert slugify("Abdul Rahman Al-Jazairi") == "abdul-rahman-al-jazairi"
    assert slugify("Iraq's defence ministry") == "iraq-defence-ministry"
    assert slugify("Sudan\u2019s RSF: \u201cWe don\u2019t\u201d") == "sudan-rsf-we-dont"
    assert slugify("Ma\u02bcan al-Sa'adi") == "maan-al-saadi"
    assert slugify("Café  Zürich / 2025") == "cafe-zurich-2025"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("\u0641\u0627\u0637\u0645\u06cc\u0648\u0646") == ""


@given(st.text())
def test_any_text_gives_a_valid_slug_or_nothing(text):
    slug = slugify(text)
    assert slug == "" or (re.match(SLUG_PATTERN, slug) and len(slug) <= MAX_ID_LENGTH)
    assert "/" not in slug and ".." not in slug
    assert slugify(slug) == slug  # idempotent
