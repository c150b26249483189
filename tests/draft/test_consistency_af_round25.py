"""Arabic and Persian, round 25: denials read as claims in development articles (metamorphic tests).

Made-up people (رضا کاظمی، سامي الخطيب) and made-up bodies, as each language writes them. Each variant is read as
its plain twin:
- Persian 'this, not that', correcting an account ('X گفت که حمله علیه شورشیان بود نه علیه مردم', 'هدف تروریست‌ها
  است، نه مردم', 'نه علیه مردم، بلکه علیه شورشیان') is X's denial of the account, as Arabic 'ليس ... بل' is; 'not
  only ... but' ('نه تنها ... بلکه'), a clause with the number nine ('و نه نفر زخمی شدند', 'بود، نه نفر دیگر') and
  'or not' ('یا نه') are none (guard);
- Persian 'far from the truth' with its other word for truth ('به دور از راستی'), as 'دور از حقیقت';
- Arabic 'in the fullest health' ('في أتم الصحة والعافية', 'بكامل صحته', 'في تمام العافية'), answering a report of a
  death or a wound, as 'بصحة جيدة' is; a ministry of health and public health are none (guard).
"""

from __future__ import annotations

import itertools

from tests.draft.conftest import said

LEAD_FA = "رضا کاظمی، وزیر کشور، روز شنبه به خبرنگاران گفت: «اوضاع آرام است»."
LEAD_AR = "وقال وزير الداخلية سامي الخطيب للصحفيين إن «الوضع هادئ»."


def kinds(language: str, *paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from ``paragraphs`` after the lead."""
    lead = LEAD_FA if language == "fa" else LEAD_AR
    return [(kind, who) for kind, who, _ in said(language, lead, *paragraphs)][1:]


# --- Persian: this, not that -----------------------------------------------------------------------------------------

SPEAKERS_FA = [
    ("علی محمدی، سخنگوی وزارت خارجه نمونه،", "علی محمدی"),
    ("سخنگوی ارتش نمونه", "سخنگوی ارتش نمونه"),
    ("مریم رضایی", "مریم رضایی"),
]
SAYING_FA = ["می‌گوید که", "گفت که", "اعلام کرد که", "تاکید کرده است که"]
CORRECTED_FA = [
    "حمله‌های اخیر اقدامی در برابر شورشیان بود نه در برابر غیرنظامیان",
    "هدف این عملیات تروریست‌ها است، نه مردم عادی",
    "جنگ ما با گروه‌های مسلح است نه با مردم",
    "این حمله نه علیه مردم، بلکه علیه شورشیان انجام شد",
    "نیروهای ما نه در شهر بلکه در مرز مستقر بودند",
]


def test_this_not_that_in_persian_is_a_denial_of_the_account():
    """'X گفت که A بود نه B' corrects an account: X's denial, as Arabic 'ليس ... بل'."""
    failed = []
    for (subject, label), saying, words in itertools.product(SPEAKERS_FA, SAYING_FA, CORRECTED_FA):
        text = f"{subject} {saying} {words}."
        if kinds("fa", text) != [("denial", label)]:
            failed.append(text)
    assert not failed, failed


ADDING_FA = [
    "سه نفر کشته شدند و نه نفر زخمی شدند",
    "آنها نه تنها مهاجم بودند بلکه قاتل بودند",
    "تعداد کشته‌ها بیست بود، نه نفر دیگر هم زخمی شدند",
    "او نه فقط فرمانده بود بلکه رهبر بود",
]


def test_not_only_and_nine_are_no_correction_in_persian():
    """'نه تنها ... بلکه' adds, 'نه نفر' counts: a plain report (guard)."""
    failed = []
    for (subject, label), saying, words in itertools.product(SPEAKERS_FA, SAYING_FA, ADDING_FA):
        text = f"{subject} {saying} {words}."
        if kinds("fa", text) != [("reported", label)]:
            failed.append(text)
    assert not failed, failed


def test_far_from_the_truth_with_its_other_word_in_persian():
    """'به دور از راستی' is 'far from the truth', as 'دور از حقیقت'."""
    failed = []
    for (subject, label), saying in itertools.product(SPEAKERS_FA, SAYING_FA):
        for words in ("این خبر به دور از راستی بوده است", "این گزارش‌ها دور از راستی است"):
            text = f"{subject} {saying} {words}."
            if kinds("fa", text) != [("denial", label)]:
                failed.append(text)
    assert not failed, failed


# --- Arabic: in the fullest health -----------------------------------------------------------------------------------

SPEAKERS_AR = [
    ("وقال رمضان الهاشمي", "رمضان الهاشمي"),
    ("وأكد مصدر مقرب من الحزب", "مصدر مقرب من الحزب"),
    ("وقالت المتحدثة باسم الحركة ليلى سعيد", "ليلى سعيد"),
]
WELL_AR = [
    "اللواء ناصر في أتم الصحة والعافية",
    "الأمين العام بكامل صحته",
    "القائدة في تمام العافية وتمارس عملها",
    "القادة بأتم الصحة",
]


def test_in_the_fullest_health_in_arabic_answers_a_report():
    """'X قال إن Y في أتم الصحة' answers a report of a death or a wound, as 'بصحة جيدة'."""
    failed = []
    for (subject, label), words in itertools.product(SPEAKERS_AR, WELL_AR):
        text = f"{subject} إن {words}."
        if kinds("ar", text) != [("denial", label)]:
            failed.append(text)
    assert not failed, failed


def test_a_ministry_of_health_or_public_health_is_no_answer_in_arabic():
    """'وزير الصحة', 'في كامل المنطقة', 'في كامل الصحة العامة': a plain report (guard)."""
    failed = []
    for words in ("المستشفيات تعمل في كامل المنطقة", "في كامل الصحة العامة مشاكل", "وزير الصحة زار المدينة"):
        text = f"وقال رمضان الهاشمي إن {words}."
        if kinds("ar", text) != [("reported", "رمضان الهاشمي")]:
            failed.append(text)
    assert not failed, failed
