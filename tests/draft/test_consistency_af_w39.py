"""Arabic and Persian, round 39 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (قوات النور، حركة النور، قاعدة النور، سامي الوردي، كسلا، کسلا، یگان‌های مدافع نور).

- An office, then where its body is ('في شرق كسلا'), then the holder's name between commas: the name was cut off at
  'في' and the office alone denied or spoke.
- A Persian information centre before an office ('مرکز اطلاع‌رسانی فرماندهی کل ...'): read as a person named
  'مرکز اطلاع‌رسانی' before his office, not the body's office that speaks for it.
- 'the same' before its noun ('ذات المصادر', 'نفس المصدر'): a new speaker named 'ذات المصادر', not the sources named
  before (as 'المصادر ذاتها' after the noun already was).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import record_kinds, said

# 1. 'المتحدث باسم X في PLACE، NAME، ...': the holder's name after where the body is.
PLACE_THEN_HOLDER = [
    (
        "وقال الناطق الرسمي باسم قاعدة النور الجوية العسكرية في شرق كسلا، سامي الوردي، إنه لا صحة لما تناقلته "
        "بعض وسائل الإعلام عن وجود قوات أجنبية.",
        "denial",
    ),
    ("وقال الناطق باسم قوات النور في كسلا، سامي الوردي، إن “هذه الأنباء عارية عن الصحة”.", "denial"),
    ("ونفى المتحدث باسم حركة النور في جنوب كسلا، سامي الوردي، صحة هذه الأنباء.", "denial"),
    ("وقال قائد قوات النور في كسلا، سامي الوردي، إن “قواتنا لم تنسحب من مواقعها”.", "quote"),
    ("وأكد مدير مكتب حركة النور في مدينة كسلا، العقيد سامي الوردي، أن “الحركة ستشارك في الاجتماع”.", "quote"),
]


@pytest.mark.parametrize("text,kind", PLACE_THEN_HOLDER)
def test_the_holder_named_after_where_the_body_is_speaks(text, kind) -> None:
    assert [(k, who) for k, who, _ in said("ar", text)] == [(kind, "سامي الوردي")]


# (what it must not take for a name: a day, or how the words were given, between commas after the place)
PLACE_THEN_NO_NAME = [
    ("وقال الناطق باسم قوات النور في كسلا، يوم الأحد، إن “هذه الأنباء عارية عن الصحة”.", "الناطق باسم قوات النور"),
    ("وقال قائد الشرطة في كسلا، في تصريح صحفي، إن “هذه الأنباء عارية عن الصحة”.", "قائد الشرطة"),
    ("وقال الناطق باسم قوات النور في بيان، مساء الأحد، إن “هذه الأنباء عارية عن الصحة”.", "الناطق باسم قوات النور"),
    ("وقال الناطق باسم قوات النور في كسلا، إن “هذه الأنباء عارية عن الصحة”.", "الناطق باسم قوات النور"),
]


@pytest.mark.parametrize("text,speaker", PLACE_THEN_NO_NAME)
def test_a_day_or_a_manner_after_the_place_is_no_name(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


# 2. 'مرکز اطلاع‌رسانی X': the body's information centre, which speaks for it.
INFORMATION_CENTRE = [
    "مرکز اطلاع‌رسانی فرماندهی کل یگان‌های مدافع نور (ی.م.ن) خاطرنشان کرد که نیروهایشان هیچ حمله‌ای به مقرهای "
    "پیشمرگه انجام نداده‌اند.",
    "مرکز اطلاع‌رسانی فرماندهی کل یگان‌های مدافع نور در بیانیه‌ای اعلام کرد که این گزارش نادرست است.",
    "مرکز اطلاع رسانی فرماندهی نیروهای نور این خبر را تکذیب کرد.",
    "مرکز اطلاع‌رسانی فرماندهی کل نیروهای نور گفت: «این ادعا دروغ است.»",
]


@pytest.mark.parametrize("text", INFORMATION_CENTRE)
def test_an_information_centre_is_no_person(text) -> None:
    found = said("fa", text)
    assert len(found) == 1
    who = found[0][1]
    assert who.startswith("مرکز") and "فرماندهی" in who
    assert "person" not in record_kinds("fa", text).values()


def test_a_named_commander_before_his_office_stays_a_person() -> None:
    # (the rule it must keep: 'دارا ون فرماندهی کل نیروهای X', a man named before his office written with its ezafe)
    text = "دارا ون فرماندهی کل نیروهای نور این خبر را تکذیب کرد."
    assert [who for _, who, _ in said("fa", text)] == ["دارا ون"]
    assert record_kinds("fa", text) == {"dara-wn": "person"}


# 3. 'ذات المصادر', 'نفس المصدر': the same speaker as named before.
SOURCES = "ونقل موقع “النور” عن مصادر أمنية قولها إن التسجيل “مفبرك ولم يصور في كسلا”."
SPOKESMAN = "وقال سامي الوردي، المتحدث باسم حركة النور، إن “الخبر كاذب”."
THE_SAME = [
    (SOURCES, "وأشارت ذات المصادر إلى أن “المقطع صور في عام 2014”.", "مصادر أمنية"),
    (SOURCES, "وأشارت نفس المصادر إلى أن “المقطع صور في عام 2014”.", "مصادر أمنية"),
    (SOURCES, "وأوضحت ذات المصادر أن “الفيديو قديم”.", "مصادر أمنية"),
    (SPOKESMAN, "وأضاف ذات المتحدث أن “قواتنا لم تتحرك”.", "سامي الوردي"),
    (SPOKESMAN, "وأضاف نفس المتحدث أن “قواتنا لم تتحرك”.", "سامي الوردي"),
]


@pytest.mark.parametrize("first,then,speaker", THE_SAME)
def test_the_same_speaker_named_again_is_the_one_before(first, then, speaker) -> None:
    assert [who for _, who, _ in said("ar", first, then)] == [speaker, speaker]


def test_the_same_context_is_no_speaker() -> None:
    # ('في ذات السياق', in the same context: 'ذات' there opens no subject)
    found = said("ar", "وفي ذات السياق، قال سامي الوردي إن “الخبر كاذب”.")
    assert [who for _, who, _ in found] == ["سامي الوردي"]
