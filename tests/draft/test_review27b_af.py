"""Round 27, a second line-by-line review: of the Arabic and Persian rules added in round 27 itself, each defect found
written again with made-up names (سامي الوردي، حركة النور، وزارة الدفاع الكسلية، كسليا; Persian دوریان کسلان، جنبش
نور، وزارت دفاع کسلیا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denials as _denials
from tests.draft.conftest import denied as _denied
from tests.draft.conftest import said

# A body described by whom it stands with ('الموالية لكسليا'): a comma within the next six words was taken for the
# one that closes the description, even when it came after what was denied, which then was cut off.
DESCRIBED_THEN_DENIED = [
    (
        "نفت حركة النور الموالية لكسليا صحة التقارير عن الهجوم، مؤكدة أن قواتها لم تتحرك.",
        "صحة التقارير عن الهجوم، مؤكدة أن قواتها لم تتحرك",
    ),
    (
        "نفت حركة النور المدعومة من كسليا صحة التقارير، مؤكدة أن قواتها لم تتحرك.",
        "صحة التقارير، مؤكدة أن قواتها لم تتحرك",
    ),
]


@pytest.mark.parametrize(("text", "denied"), DESCRIBED_THEN_DENIED, ids=range(len(DESCRIBED_THEN_DENIED)))
def test_a_comma_after_what_was_denied_does_not_close_the_description(text, denied) -> None:
    assert _denials("ar", text) == [("denial", "حركة النور")]
    assert _denied("ar", text) == [denied]


def test_a_comma_that_closes_the_description_still_does() -> None:
    text = "نفت حركة النور المدعومة من كسليا، مساء اليوم، صحة التقارير عن الهجوم."
    assert _denied("ar", text) == ["صحة التقارير عن الهجوم"]


# A claim's noun that a relative clause takes up again with 'آن' ('ادعایی که X آن را رد کرد'): with its indefinite
# ending written apart ('شایعه ای که'), the lone 'ای' was read as the head, and the noun itself was left at the end of
# what was denied ('... گرفته است؛ شایعه').
TAKEN_UP_APART = [
    "کسلیا اعلام کرد که جنبش نور شهر را گرفته است؛ شایعه ای که دوریان کسلان آن را رد کرد.",
    "کسلیا اعلام کرد که جنبش نور شهر را گرفته است؛ شایعه‌ای که دوریان کسلان آن را رد کرد.",
]


@pytest.mark.parametrize("text", TAKEN_UP_APART, ids=range(len(TAKEN_UP_APART)))
def test_a_claims_noun_with_its_indefinite_ending_apart_heads_the_clause(text) -> None:
    assert _denials("fa", text) == [("denial", "دوریان کسلان")]
    assert _denied("fa", text) == ["کسلیا اعلام کرد که جنبش نور شهر را گرفته است"]


# An opening span of time written with digits ('۳ ساعت پس از ...،'): the digits were cut first as a time of their
# own, so the span was no longer seen, and its unit, 'ساعت', was taken for the subject.
TIME_SPAN_IN_DIGITS = [
    "۳ ساعت پس از اظهارات وزیر دفاع کسلیا، وزارت دفاع جنبش نور این ادعا را تکذیب کرد.",
    "3 روز پس از اظهارات وزیر دفاع کسلیا، وزارت دفاع جنبش نور این ادعا را تکذیب کرد.",
]


@pytest.mark.parametrize("text", TIME_SPAN_IN_DIGITS, ids=range(len(TIME_SPAN_IN_DIGITS)))
def test_an_opening_span_of_time_in_digits_opens_no_subject(text) -> None:
    assert _denials("fa", text) == [("denial", "وزارت دفاع جنبش نور")]
    assert _denied("fa", text) == ["این ادعا"]


# 'لـ' joined to a name, then 'الذي' ('قال لسامي الوردي الذي ...'), is the one told; a country whose own name opens
# with 'ل' ('لبنان', 'ليبيا') in construct after an office was read so too, and cut off the subject.
LAM_COUNTRY = [
    ("ونفى سفير لبنان الذي وصل إلى كسليا أمس الأنباء عن انسحاب القوات.", "denial"),
    ("وقال سفير ليبيا الذي وصل إلى كسليا أمس إن القوات انسحبت من البلدة.", "reported"),
]


@pytest.mark.parametrize(("text", "kind"), LAM_COUNTRY, ids=range(len(LAM_COUNTRY)))
def test_a_country_whose_name_opens_with_lam_is_no_one_told(text, kind) -> None:
    got = [(k, s) for k, s, _ in said("ar", text)]
    assert got == [(kind, "سفير " + text.split()[2])], got


def test_a_name_told_with_lam_then_who_is_still_the_one_told() -> None:
    got = said("ar", "وقال لسامي الوردي الذي التقاه في كسليا إن القوات انسحبت من البلدة.")
    assert all(s != "سامي الوردي" for _, s, _ in got), got
