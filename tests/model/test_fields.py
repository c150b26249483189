"""Field types: ids, languages, links; and that every field is documented for editors."""

import pytest
from pydantic import ValidationError

from generator.model import RECORD_TYPES, Citation, Relationship, Source
from generator.model.records import field_docs

VALID_SOURCE = {"title": "T", "publisher": "P", "language": "en", "archive": "seeds/a.txt", "sha256": "0" * 64}


@pytest.mark.parametrize("lang", ["en", "ar", "fa-Arab", "ar-Latn", "en-GB", "ur", "es-419"])
def test_language_tags_accepted(lang):
    Source.model_validate({**VALID_SOURCE, "language": lang})


@pytest.mark.parametrize("lang", ["English", "EN", "fa-arab", "e", "en_GB"])
def test_language_tags_refused(lang):
    with pytest.raises(ValidationError) as exc:
        Source.model_validate({**VALID_SOURCE, "language": lang})
    assert exc.value.errors()[0]["type"] == "invalid-language"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ftp://x.org/a",
        "//x.org",
        "https://u:p@x.org/",
        "https://x.org/a b",
    ],
)
def test_only_plain_http_links(url):
    with pytest.raises(ValidationError) as exc:
        Source.model_validate({**VALID_SOURCE, "url": url})
    assert exc.value.errors()[0]["type"] == "invalid-url"


@pytest.mark.parametrize("ref", ["../etc", "a/b", "A", "a--b", "-a", "a-", "a" * 81, "a b"])
def test_references_are_slugs(ref):
    with pytest.raises(ValidationError) as exc:
        Relationship.model_validate({"type": "based-in", "target": ref})
    assert exc.value.errors()[0]["type"] == "invalid-id"


def test_strict_types_do_not_coerce():
    with pytest.raises(ValidationError):
        Citation.model_validate({"source": "s", "quote": "q", "paragraph": "3"})


@pytest.mark.parametrize("name, cls", list(RECORD_TYPES.items()))
def test_every_field_has_a_docstring(name, cls):
    undocumented = [field for field, doc in field_docs(cls).items() if not doc]
    assert undocumented == [], f"{name}: document {undocumented} in generator/model/records.py"
