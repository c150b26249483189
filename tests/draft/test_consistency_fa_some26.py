"""Persian, round 26 of issue 17: 'some' (برخی، بعضی) after a subject's name opens the object, not a word of the name
('دفتر ریاست‌جمهوری کسلیا برخی گزارش‌ها را تکذیب کرد', the office denied some reports: the office denies, not 'دفتر
ریاست‌جمهوری کسلیا برخی'; seen in a report on a presidency's denial).

Made-up names only (کسلیا، نور، دوریان کسلان). Guards: 'some' as the subject's first word opens the subject ('برخی
رسانه‌ها گزارش دادند', 'برخی از نمایندگان ... گفتند'), as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


@pytest.mark.parametrize(
    "subject",
    ["دفتر ریاست‌جمهوری کسلیا", "وزارت دفاع نور", "سخنگوی جنبش نور", "دوریان کسلان", "دوریان کسلان، سخنگوی جنبش نور،"],
)
@pytest.mark.parametrize(
    "rest",
    [
        "برخی گزارش‌ها درباره سفر رئیس‌جمهور را تکذیب کرد",
        "برخی ادعاها را رد کرد",
        "بعضی اخبار منتشر شده را بی‌اساس خواند",
        "برخی از گزارش‌ها را نادرست دانست",
        "برخي گزارشها را تكذيب كرد",  # (Arabic yeh and kaf, as Afghan copies write them)
    ],
)
def test_some_after_the_name_opens_the_object(subject, rest) -> None:
    got = said("fa", "متن خبر.", f"{subject} {rest}.")
    speakers = [speaker for kind, speaker, _ in got if kind == "denial"]
    assert speakers and all("برخ" not in s and "بعض" not in s for s in speakers), got


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("برخی رسانه‌ها گزارش دادند که دوریان کسلان کشته شده است.", "برخی رسانه‌ها"),
        ("برخی از نمایندگان مجلس گفتند که این خبر صحت ندارد.", "برخی از نمایندگان مجلس"),
    ],
)
def test_some_as_the_first_word_opens_the_subject(text, speaker) -> None:
    # (guard) the subject itself opens with 'some': kept whole, as before
    got = said("fa", "متن خبر.", text)
    assert [s for _, s, _ in got] == [speaker], got
