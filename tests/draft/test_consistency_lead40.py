"""Round 40's lead rules, on made-up sentences, from the fresh development articles: slashes set as quotation marks in
Arabic copy ('قائلا /إنها دعاية/'), read as marks only where every slash of the paragraph has a mark's shape."""

from __future__ import annotations

import pytest

from generator.draft.lang.arabic_script.plain_text import find_script_quotes
from tests.draft.conftest import quotation_speakers

SLASHED = [
    "وقال المتحدث باسم لواء كسليا دارا فيني /إننا لم نهاجم القافلة ولا علاقة لنا بالحادث/.",
    "وأضاف فيني في اتصال هاتفي /إن هذه الأنباء عارية عن الصحة/ .",
    "وقال فيني: /لن نتراجع عن موقفنا/، مضيفا /القافلة لم تكن هدفا لنا/.",
]


@pytest.mark.parametrize("paragraph", SLASHED)
def test_slashes_set_as_marks_are_quotations(paragraph: str) -> None:
    found = find_script_quotes(paragraph, 1)
    inside = [part for k, part in enumerate(paragraph.split("/")) if k % 2]
    assert [q.text for q in found] == inside


@pytest.mark.parametrize(
    "paragraph",
    [
        "وقال المتحدث باسم اللواء في 11/2 إن الهجوم وقع ليلا.",
        "سامي فيني/ المتحدث باسم لواء كسليا",
        "وذكر مراسل/محرر الوكالة أن القافلة وصلت.",
        "وقال فيني /إن القافلة وصلت إلى المدينة.",
        "ووصل الوفد يوم 3/4/2019 إلى المدينة /بحسب الوكالة.",
    ],
)
def test_a_slash_of_another_shape_is_no_mark(paragraph: str) -> None:
    assert find_script_quotes(paragraph, 1) == []


def test_a_slashed_quotation_goes_to_its_speaker() -> None:
    found = quotation_speakers("ar", SLASHED[0])
    assert found == {"إننا لم نه": {"دارا فيني"}}
