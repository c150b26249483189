"""Arabic and Persian, round 38 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (قوات الدعم الخاص، حركة النور، كتلة النور، سامي الوردي، دارا ون، لو آرنو، جنبش نور، کسلا).

- What another body issued, as the subject of the speaker's clause after 'that' ('وقال X إن ما صدر عن الجهات "..."'),
  gave the quotation, X's verdict on it, to the body it came from.
- A Persian name padded inside its guillemets ('« دارا ون » سخنگوی ...') was read as no name, so its denial or its
  words went to an office named earlier, or to no one.
- A Persian office with its ezafe written as a 'ی' after its final 'ه' ('دارا ون فرماندهی کل نیروهای X') ran into
  the name before it, which became a person named with his whole office.
- A body's name ending with a definite word, then a plural of sides the verb calls on ('ودعت قوات X المنظمات الدولية
  إلى "..."'), made one name of the body and its object.
- An office in construct with a body's word and the body's name in marks, then the holder ('عضو كتلة "النور" النائب
  سامي الوردي'), read the name in marks as the words denied and the office as the denier.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

# 1. 'إن ما صدر عن X "..."': the words X issued, which the speaker judges; the speaker's, not X's.
ISSUED_BY_ANOTHER = [
    ("وقال الناطق باسم قوات النور، في بيان، إن ما صدر عن الجهات “محاولة لتلفيق اتهامات”.", "الناطق باسم قوات النور"),
    (
        "وقال الناطق باسم قوات النور، في بيان، إن ما صدر عن وزارة الدفاع “محاولة لتلفيق اتهامات”.",
        "الناطق باسم قوات النور",
    ),
    (
        "وقال الناطق باسم قوات النور إن ما صدر عن الجهات التي تتخذ من كسلا مقرا لها “محاولة لتلفيق اتهامات”.",
        "الناطق باسم قوات النور",
    ),
    ("وقال سامي الوردي إن ما صدر عن حركة النور “محاولة لتلفيق اتهامات”.", "سامي الوردي"),
    ("وأكد سامي الوردي أن ما صدر عن مكتب الوزير من تصريحات “كذب محض”.", "سامي الوردي"),
]


@pytest.mark.parametrize("text,speaker", ISSUED_BY_ANOTHER)
def test_what_another_issued_is_judged_by_the_speaker(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


def test_a_statement_issued_by_a_body_is_still_its_own() -> None:
    # (the rule it narrows: 'صدر عن X' with no 'ما' before it names the issuer of the words that follow)
    found = said("ar", 'صدر عن المكتب الإعلامي لحركة النور البيان التالي: "لن نتراجع عن مواقفنا".')
    assert [(who, words) for _, who, words in found] == [("المكتب الإعلامي لحركة النور", "لن نتراجع عن مواقفنا")]


# 2. '« X Y »': a name padded inside its marks is the name, as '«X Y»' is.
PADDED_NAMES = [
    ("« دارا ون » سخنگوی جنبش نور بطور رسمی هرگونه خبری درباره مذاکرات را تکذیب کرد.", "denial"),
    ("« دارا ون » در گفتگو با خبرنگار در کسلا هرگونه خبری درباره مذاکرات را تکذیب کرد.", "denial"),
    ("« دارا ون »سخنگوی جنبش نور تصریح کرد بزودی دولت جدید اعلام خواهد شد.", "reported"),
    ("« دارا ون » سخنگوی جنبش نور گفت که این گزارش کاملا نادرست است.", "denial"),
]


@pytest.mark.parametrize("text,kind", PADDED_NAMES)
def test_a_name_padded_inside_its_guillemets_is_the_speaker(text, kind) -> None:
    assert [(k, who) for k, who, _ in said("fa", text)] == [(kind, "دارا ون")]


def test_a_padded_quotation_of_many_words_stays_a_quotation() -> None:
    found = said("fa", "دارا ون گفت: « ما هرگز با آنها مذاکره نکرده‌ایم و نخواهیم کرد ».")
    assert [who for _, who, _ in found] == ["دارا ون"]
    assert "مذاکره" in found[0][2]


# 3. 'X Y فرماندهی کل ...': the office in construct ends the name before it.
EZAFE_OFFICES = [
    "دارا ون فرماندهی کل نیروهای نور اعلام نمود که نیروهای تحت امر وی هیچ ارتباطی با انفجار ندارند.",
    "دارا ون فرماندهی کل نیروهای نور اعلام نمود کە نیروهای تحت امر وی هیچ ارتباطی با انفجار ندارند.",
    "دارا ون نمایندهی جنبش نور در کسلا گفت که این گزارش نادرست است.",
    "دارا ون فرماندهی نیروی زمینی جنبش نور گفت که این گزارش نادرست است.",
]


@pytest.mark.parametrize("text", EZAFE_OFFICES)
def test_an_office_with_its_ezafe_written_ends_the_name_before_it(text) -> None:
    assert [who for _, who, _ in said("fa", text)] == ["دارا ون"]


def test_a_command_named_alone_is_still_a_body() -> None:
    found = said("fa", "فرماندهی کل نیروهای نور اعلام کرد که این گزارش نادرست است.")
    assert [who for _, who, _ in found] == ["فرماندهی کل نیروهای نور"]


# 4. 'ودعت قوات X المنظمات الدولية إلى "..."': the body, then the sides it calls on.
BODY_THEN_SIDES = [
    ("ودعت قوات الدعم الخاص المنظمات الدولية إلى “تحري الدقة” في تقييم المعلومات.", "قوات الدعم الخاص"),
    ("وطالبت حركة النور الجهات المعنية بـ“فتح تحقيق عاجل”.", "حركة النور"),
    ("ودعت قوات كسلا الديمقراطية الدول المجاورة إلى “دعم الهدنة”.", "قوات كسلا الديمقراطية"),
    ("ودعت حركة النور الوطنية الهيئات الدولية إلى “التدخل الفوري”.", "حركة النور الوطنية"),
]


@pytest.mark.parametrize("text,speaker", BODY_THEN_SIDES)
def test_a_plural_of_sides_after_a_bodys_name_is_the_verbs_object(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("وقال تحالف القوى الوطنية إن “الحكومة فشلت”.", "تحالف القوى الوطنية"),
        ("وقالت جبهة الأحزاب المعارضة إن “الحكومة فشلت”.", "جبهة الأحزاب المعارضة"),
    ],
)
def test_a_plural_right_after_a_bodys_word_is_still_its_name(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


# 5. 'عضو كتلة "X" النائب Y': the office in the body so named, and its holder Y.
OFFICE_OF_A_BODY_IN_MARKS = [
    'نفى عضو كتلة "النور الجديد" النائب سامي الوردي في تصريح، "جملة وتفصيلاً الادعاءات حول تهريب السلاح".',
    'نفى عضو كتلة "النور" النائب سامي الوردي الادعاءات حول تهريب السلاح.',
    'نفى عضو تحالف "النور" سامي الوردي الادعاءات حول تهريب السلاح.',
    'وقال رئيس حزب "النهضة الكسلية" سامي الوردي إن "الحكومة فشلت".',
    'وقال المتحدث باسم حركة "النور" سامي الوردي إن "الحكومة فشلت".',
]


@pytest.mark.parametrize("text", OFFICE_OF_A_BODY_IN_MARKS)
def test_the_holder_after_an_office_of_a_body_named_in_marks_speaks(text) -> None:
    records = [r for r in built("ar", text) if r["type"] in ("claim", "denial")]
    assert len(records) == 1, records
    who = records[0].get("claimant") or records[0].get("denier")
    assert who.get("actor") == "samy-alwrdy", records
    assert records[0].get("denied", "") not in ("النور", "النور الجديد"), records


def test_an_office_of_a_body_named_in_marks_without_a_holder_is_the_office() -> None:
    found = said("ar", 'وقال رئيس حزب "النهضة الكسلية" إن "الحكومة فشلت".')
    assert [(who, words) for _, who, words in found] == [("رئيس حزب النهضة الكسلية", "الحكومة فشلت")]
