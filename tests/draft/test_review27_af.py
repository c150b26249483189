"""Round 27 of issue 17: a line-by-line review of the Arabic and Persian rules added in round 26, each defect found
written again with made-up names (سامي الوردي، حركة النور، وزارة الدفاع الكسلية، كسليا; Persian دوریان کسلان، جنبش
نور، وزارت دفاع کسلیا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denials as _denials
from tests.draft.conftest import denied as _denied
from tests.draft.conftest import said

# 'لدى' before a word that ends with 'ة' ('السعودية', 'الجامعة'): the 'ة' folds to 'ه', and was taken for a
# pronoun ('لدى وصوله'), so the place where an envoy sits was cut off the subject and opened what was denied.
ENVOY_AT = [
    (
        "ونفت السفارة الكسلية لدى السعودية الأنباء عن انسحاب القوات.",
        "السفارة الكسلية لدى السعودية",
    ),
    (
        "ونفى مندوب كسليا لدى الجامعة العربية الأنباء عن انسحاب القوات.",
        "مندوب كسليا لدى الجامعة العربية",
    ),
]


@pytest.mark.parametrize(("text", "label"), ENVOY_AT, ids=range(len(ENVOY_AT)))
def test_an_envoy_at_a_place_that_ends_with_ta_marbuta_keeps_it(text, label) -> None:
    assert _denials("ar", text) == [("denial", label)]
    assert _denied("ar", text) == ["الأنباء عن انسحاب القوات"]


def test_a_word_with_a_pronoun_after_ladaa_is_as_before() -> None:
    got = said("ar", "وقال سفير كسليا لدى وصوله إلى المطار إن القوات انسحبت من البلدة.")
    assert [(k, s) for k, s, _ in got] == [("reported", "سفير كسليا")], got


# A body's word with 'its' written onto it is no name ('عضو مكتبها السياسي'); a word that ends with 'ة' writes it
# 'ت' before the pronoun ('قيادتها', 'هيئتها'), and its stem, 'قيادت', was looked up as is: it was taken for a name.
ITS_BODY = [
    ("وقال عضو قيادتها العليا سامي الوردي إن القوات انسحبت من البلدة.", "سامي الوردي"),
    ("وقال عضو هيئتها القيادية سامي الوردي إن القوات انسحبت من البلدة.", "سامي الوردي"),
]


@pytest.mark.parametrize(("text", "label"), ITS_BODY, ids=range(len(ITS_BODY)))
def test_a_feminine_body_word_with_its_pronoun_is_no_name(text, label) -> None:
    got = said("ar", text)
    assert [(k, s) for k, s, _ in got] == [("reported", label)], got


def test_a_feminine_body_word_with_its_pronoun_reads_as_a_masculine_one() -> None:
    def label(word: str) -> list[str]:
        return [s for _, s, _ in said("ar", f"وقال عضو {word} سامي الوردي إن القوات انسحبت من البلدة.")]

    assert label("قيادتها") == [s.replace("مكتبها", "قيادتها") for s in label("مكتبها")]


# A bare name after 'في' before a definite word is a place the body is in ('نفت حركة النور في كسليا الأنباء'); a
# body's word there heads a name that the definite word ends ('في مجلس النواب'): it was taken for a place, and the
# name was cut in two ('النواب الأنباء ...' was denied).
def test_a_body_word_after_fi_is_no_bare_place() -> None:
    for text in (
        "ونفت حركة النور في مجلس النواب الأنباء عن انسحاب القوات.",
        "ونفى المصدر في مجلس النواب الأنباء عن انسحاب القوات.",
    ):
        assert not any(d.startswith("النواب") for d in _denied("ar", text)), text
    # a place not on file is passed over as before
    assert _denied("ar", "ونفت حركة النور في كسليا الأنباء عن انسحاب القوات.") == ["الأنباء عن انسحاب القوات"]


# An office right after a name in marks ('«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد') is the subject's,
# cut from what was denied; the test for the closing mark before it, 'text[:start].rstrip()[-1:] in "»”\""', held
# too at the paragraph's start, where the text before is empty: a sentence that opens a paragraph with an office
# was cut so, the same sentence after another was not.
def test_an_office_opening_a_paragraph_is_read_as_one_after_another_sentence() -> None:
    sentence = "سخنگوی جنبش نور گفت این خبر دروغ است."
    first = _denied("fa", sentence)
    after = _denied("fa", "این خبر دیروز در کسلیا منتشر شد. " + sentence)
    assert first == after


def test_an_office_after_a_name_in_marks_is_still_no_part_of_what_was_denied() -> None:
    assert _denied("fa", "«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد.") == ["این خبر"]
