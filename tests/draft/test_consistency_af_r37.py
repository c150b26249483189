"""Arabic and Persian, round 37 (a review of round 36's rules), written with made-up names (سامي الوردي، كمال
الرفاعي، سالم الداودي، حركة النور، رامین دلاوری، جنبش نور، کسلیا).

- Arabic: 'لا يمكن' (it cannot) read as 'could not deny' reached over a comma into the next clause ('إنها لا يمكن أن
  تقبل الشروط، ونفت الأنباء' drafted no denial).
- Arabic: one report called 'باطل' or 'مغلوط' missed 'و'/'ف' written on the report ('والخبر ... باطل'), and took the
  bare verb 'زعم' (claimed) for the noun ('وزعم X أن العقد باطل' drafted a denial).
- Arabic: 'عارية من/عن أية صحة' ('أية' as often as 'أي') was no cue.
- Arabic: 'cannot accuse without evidence' missed 'يمكننا' (the pronoun written on) and 'ولا' ('and' written on).
- Arabic: one's own denial or rejection with the two's pronoun ('نفيهما', 'رفضهما') or 'تكذيبهم' denied nothing.
- Arabic: a spokesman of 'الأمن العام' or 'الشباب والرياضة' spoke for 'مجلس الأمن' or 'حركة الشباب' (a body's name
  less its head word taken where more of another name follows it).
- Persian: 'مدعی' (claiming) cut 'مدعی العموم' (the prosecutor) after an office ('دفتر مدعی العموم').
- Persian: 'هفته‌ی گذشته' (last week, the ezafe written) opened the subject.
- Persian: 'نمی‌توان' (one cannot) reached past its own verb into the next clause ('نمی‌توان ... اعتماد کرد و
  وزارت ... آن را تکذیب کرد' drafted no denial).
- Persian: a statement 'منتشر گردید' or 'منتشر شده' by X (the formal passive, the perfect) was read as no one's.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said, speakers

AR_BEFORE = "قال كمال الرفاعي إن الحدود مفتوحة."
FA_BEFORE = "رامین دلاوری گفت که مرز باز است."

# ---- 1. Arabic: 'لا يمكن' (cannot) is another clause's after a comma

CANNOT_THEN_DENIED = [
    ("قالت حركة النور إنها لا يمكن أن تقبل هذه الشروط، ونفت الأنباء عن انسحاب قواتها.", "حركة النور"),
    ("وقال سامي الوردي إن الحكومة لا يمكن أن توافق على ذلك، ونفى الأنباء عن انسحاب القوات.", "سامي الوردي"),
    ("وقال سامي الوردي إن الحكومة لن تستطيع أن توافق على ذلك، ونفى الأنباء عن انسحاب القوات.", "سامي الوردي"),
]


@pytest.mark.parametrize("text,denier", CANNOT_THEN_DENIED, ids=range(len(CANNOT_THEN_DENIED)))
def test_cannot_in_a_clause_before_a_comma_leaves_the_denial(text, denier) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("denial", denier)]


@pytest.mark.parametrize(
    "text",
    ["وقال سامي الوردي إنه لا يمكن إنكار أن القوات انسحبت.", "ولم يستطع سامي الوردي نفي الأنباء عن انسحاب القوات."],
)
def test_cannot_deny_in_its_own_clause_still_denies_nothing(text) -> None:
    assert [k for k, _ in speakers("ar", AR_BEFORE, text)[1:]] != ["denial"]


# ---- 2. Arabic: one report called void, with 'و' or 'ف' written on; the verb 'زعم' is no report

VOID_REPORT = [
    "وقال سامي الوردي: والخبر عن انسحاب القوات باطل.",
    "وقال سامي الوردي: فالخبر عن انسحاب القوات باطل.",
    "وقال سامي الوردي: والادعاء عن انسحاب القوات مغلوط.",
    # (as before)
    "وقال سامي الوردي إن الخبر عن انسحاب القوات باطل.",
    "وقال سامي الوردي إن هذا الزعم باطل.",
]


@pytest.mark.parametrize("text", VOID_REPORT, ids=range(len(VOID_REPORT)))
def test_a_report_called_void_is_denied(text) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("denial", "سامي الوردي")]


@pytest.mark.parametrize(
    "text",
    [
        "وزعم سامي الوردي أن العقد باطل.",
        "زعم سامي الوردي أن العقد باطل.",
        "وزعم سامي الوردي أن التفسير مغلوط.",
        # (as before)
        "وقال سامي الوردي إن العقد باطل.",
    ],
)
def test_claimed_that_a_contract_is_void_denies_no_report(text) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("reported", "سامي الوردي")]


# ---- 3. Arabic: 'عارية من أية صحة'

OF_ANY_TRUTH = [
    "وقال سامي الوردي إن الأنباء عن انسحاب القوات عارية عن أية صحة.",
    "وقال سامي الوردي إن الأنباء عن انسحاب القوات عارية من أية صحة.",
    "وقال سامي الوردي إن الخبر عن انسحاب القوات عارٍ من أية صحة.",
    # (as before)
    "وقال سامي الوردي إن الأنباء عن انسحاب القوات عارية من أي صحة.",
]


@pytest.mark.parametrize("text", OF_ANY_TRUTH, ids=range(len(OF_ANY_TRUTH)))
def test_of_any_truth_with_ayya_denies(text) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("denial", "سامي الوردي")]


# ---- 4. Arabic: 'we cannot accuse anyone without evidence', the pronoun or 'and' written on

CANNOT_ACCUSE = [
    'وقال سامي الوردي: "إننا لا يمكننا أن نتهم أحدا دون دليل".',
    'وقال سامي الوردي: "لا يمكننا أن نتهم أي جهة من دون أدلة".',
    'وقال سامي الوردي: "ولا نتهم أحدا دون دليل".',
    'وقال سامي الوردي: "ولن نتهم أحدا من دون أدلة".',
    # (as before)
    'وقال سامي الوردي: "نحن لا نتهم أحدا دون دليل".',
]


@pytest.mark.parametrize("text", CANNOT_ACCUSE, ids=range(len(CANNOT_ACCUSE)))
def test_we_cannot_accuse_without_evidence_denies(text) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("denial", "سامي الوردي")]


def test_the_court_cannot_accuse_without_evidence_denies_nothing() -> None:
    text = 'وقال سامي الوردي: "إن المحكمة لا يمكنها أن تتهم أحدا دون دليل".'
    assert speakers("ar", AR_BEFORE, text)[1:] == [("quote", "سامي الوردي")]


# ---- 5. Arabic: one's own denial or rejection with every owner

OWN_DENIAL_OWNERS = [
    ("وجدد الحزبان الكسليان رفضهما للاتهامات بالهجوم على المطار.", "الحزبان الكسليان"),
    ("وجدد الحزبان الكسليان رفضهما الاتهامات بالهجوم على المطار.", "الحزبان الكسليان"),
    ("وجدد الحزبان الكسليان نفيهما للاتهامات بالهجوم على المطار.", "الحزبان الكسليان"),
    ("وجدد الحزبان الكسليان إنكارهما الاتهامات بالهجوم على المطار.", "الحزبان الكسليان"),
    ("وجدد قادة حركة النور تكذيبهم الاتهامات بالهجوم على المطار.", "قادة حركة النور"),
    # (as before)
    ("وجدد قادة حركة النور إنكارهم الاتهامات بالهجوم على المطار.", "قادة حركة النور"),
]


@pytest.mark.parametrize("text,denier", OWN_DENIAL_OWNERS, ids=range(len(OWN_DENIAL_OWNERS)))
def test_ones_own_denial_renewed_with_every_owner(text, denier) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("denial", denier)]


def test_the_twos_rejection_of_a_proposal_denies_nothing() -> None:
    text = "وجدد الحزبان الكسليان رفضهما للمقترح الكسلي."
    assert speakers("ar", AR_BEFORE, text)[1:] == [("reported", "الحزبان الكسليان")]


# ---- 6. Arabic: a body's name less its head word names it only where no more of another name follows

OTHER_BODY = [
    "وقال سالم الداودي المتحدث باسم الشباب والرياضة للصحفيين «نعلن أن حركة الشباب لم تدبر ذلك الانفجار».",
    "وقال سالم الداودي المتحدث باسم الأمن العام للصحفيين «نعلن أن مجلس الأمن لم يصدر القرار».",
    "وقال سالم الداودي المتحدث باسم النور والسلام للصحفيين «نعلن أن حركة النور لم تدبر ذلك الانفجار».",
]


@pytest.mark.parametrize("text", OTHER_BODY, ids=range(len(OTHER_BODY)))
def test_a_spokesman_of_another_body_denies_nothing_for_this_one(text) -> None:
    assert [k for k, _ in speakers("ar", text)] == ["quote"]


@pytest.mark.parametrize(
    "text",
    [
        # (as before: the body's own spokesman, named less its head word)
        "وقال سالم الداودي المتحدث باسم النور للصحفيين «نعلن أن حركة النور لم تدبر ذلك الانفجار».",
        "وقال سالم الداودي المتحدث باسم الشباب للصحفيين «نعلن أن حركة الشباب لم تدبر ذلك الانفجار».",
    ],
)
def test_the_bodys_own_spokesman_still_denies(text) -> None:
    assert [k for k, _ in speakers("ar", text)] == ["denial"]


# ---- 7. Persian: 'مدعی العموم' (the prosecutor) after an office

PROSECUTOR_FA = [
    "دفتر مدعی العموم کسلیا این گزارش را تکذیب کرد.",
    "معاون مدعی العموم کسلیا این گزارش را تکذیب کرد.",
    "سخنگوی مدعی العموم کسلیا این گزارش را تکذیب کرد.",
    # (as before)
    "مدعی العموم کسلیا این گزارش را تکذیب کرد.",
]


@pytest.mark.parametrize("text", PROSECUTOR_FA, ids=range(len(PROSECUTOR_FA)))
def test_the_prosecutor_after_an_office_is_one_subject(text) -> None:
    [(kind, denier)] = speakers("fa", FA_BEFORE, text)[1:]
    assert kind == "denial" and denier.endswith("مدعی العموم کسلیا")


def test_claiming_still_ends_a_subject() -> None:
    text = "رسانه‌های کسلیا مدعی توافق شده بودند و جنبش نور این گزارش را تکذیب کرد."
    assert speakers("fa", FA_BEFORE, text)[1:] == [("denial", "جنبش نور")]


# ---- 8. Persian: 'هفته‌ی گذشته' (last week, the ezafe written) opens no subject

LAST_WEEK_FA = [
    ("هفته‌ی گذشته جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
    ("هفته ی گذشته جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
    ("هفتهی گذشته جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
    ("هفته‌ی پیش جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
    ("هفته‌ی گذشته جنبش نور بیانیه‌ای منتشر کرد که در آن آمده است: «هیچ حمله‌ای انجام نشده است.»", "quote"),
    # (as before)
    ("هفته گذشته جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
    ("هفتهٔ گذشته جنبش نور گزارش حمله به اربیل را تکذیب کرد.", "denial"),
]


@pytest.mark.parametrize("text,kind", LAST_WEEK_FA, ids=range(len(LAST_WEEK_FA)))
def test_last_week_with_its_ezafe_opens_no_subject(text, kind) -> None:
    assert speakers("fa", FA_BEFORE, text)[1:] == [(kind, "جنبش نور")]


# ---- 9. Persian: 'one cannot' ends with its own verb

AFTER_ONE_CANNOT_FA = [
    "نمی‌توان به این گزارش اعتماد کرد و وزارت کشور کسلیا آن را تکذیب کرد.",
    "به گفته کارشناسان نمی‌توان به این گزارش اعتماد کرد و وزارت کشور کسلیا آن را تکذیب کرد.",
    "نمیتوان این گزارش را باور کرد و وزارت کشور کسلیا آن را تکذیب کرد.",
    "نمی‌توان به این گزارش استناد نمود و وزارت کشور کسلیا آن را تکذیب کرد.",
]


@pytest.mark.parametrize("text", AFTER_ONE_CANNOT_FA, ids=range(len(AFTER_ONE_CANNOT_FA)))
def test_a_denial_after_one_cannots_own_verb_is_drafted(text) -> None:
    assert speakers("fa", FA_BEFORE, text)[1:] == [("denial", "وزارت کشور کسلیا")]


@pytest.mark.parametrize(
    "text",
    [
        "رامین دلاوری گفت نمی‌توان نقش ایران را انکار کرد.",
        "رامین دلاوری گفت نمیتوان نقش ایران و عراق را انکار کرد.",
        "رامین دلاوری گفت نمی توان این حمله را تکذیب کرد.",
    ],
)
def test_one_cannot_deny_is_still_no_ones_denial(text) -> None:
    assert speakers("fa", text) == [("reported", "رامین دلاوری")]


# ---- 10. Persian: a statement published by X, with 'گردید' or the perfect

PUBLISHED_BY_FA = [
    "بیانیه‌ای از سوی جنبش نور منتشر گردید",
    "بیانیه‌ای از سوی جنبش نور صادر گردید",
    "بیانیه‌ای از سوی جنبش نور منتشر شده",
    "اطلاعیه‌ای از جانب جنبش نور صادر گردیده",
    # (as before)
    "بیانیه‌ای از سوی جنبش نور منتشر شد",
    "بیانیه ای توسط جنبش نور منتشر شد",
]


@pytest.mark.parametrize("head", PUBLISHED_BY_FA, ids=range(len(PUBLISHED_BY_FA)))
def test_a_statement_published_by_x_speaks_for_x(head) -> None:
    text = head + " که در آن آمده است: «هیچ حمله‌ای از سوی ما انجام نشده است.»"
    assert speakers("fa", FA_BEFORE, text)[1:] == [("quote", "جنبش نور")]


# ---- 11. Arabic: an attack renewed by a body named with 'الله' ('حزب الله') is no speech

RENEWED_BY_GOD_NAMED = [
    "وجددت مدفعية حزب الله قصفها لمواقع الجيش الكسلي في المدينة.",
    "وجدد طيران حزب الله المسير هجماته على المدينة.",
    "وجددت كتائب نصر الله غاراتها على مواقع الجيش الكسلي.",
    # (as before)
    "وجددت مدفعية حركة النور قصفها لمواقع الجيش الكسلي في المدينة.",
]


@pytest.mark.parametrize("text", RENEWED_BY_GOD_NAMED, ids=range(len(RENEWED_BY_GOD_NAMED)))
def test_an_attack_renewed_by_a_body_named_with_allah_is_no_speech(text) -> None:
    assert said("ar", AR_BEFORE, text)[1:] == []


def test_a_condemnation_renewed_by_hezbollah_still_speaks() -> None:
    text = "وجدد حزب الله تنديده بالغارات على المدينة."
    assert speakers("ar", AR_BEFORE, text)[1:] == [("reported", "حزب الله")]


# ---- 12. Arabic: the owner of an occasion after 'وفي', after 'لـ ' in 'جاء ذلك', and no 'لدى' or 'لاحق'

AR_BEFORE_SAMI = "قال سامي الوردي إن الحدود مفتوحة."
OCCASION_OWNER_IN_IT = [
    ("وفي كلمة لكمال الرفاعي، قال فيها إن الأنباء عن الهجوم كاذبة.", "كمال الرفاعي"),
    ("وفي كلمة لـ كمال الرفاعي، قال فيها إن الأنباء عن الهجوم كاذبة.", "كمال الرفاعي"),
    ("وفي بيان لحركة النور، قالت فيه إن الأنباء عن الهجوم كاذبة.", "حركة النور"),
    ("وفي مؤتمر صحفي للعقيد كمال الرفاعي، قال فيه إن الأنباء عن الهجوم كاذبة.", "كمال الرفاعي"),
    # (a later statement, a speech at an opening: no owner, the one named before)
    ("وجاء ذلك في بيان لاحق، قال فيه إن الأنباء عن الهجوم كاذبة.", "سامي الوردي"),
    ("وجاء ذلك في بيان لاحق له، قال فيه إن الأنباء عن الهجوم كاذبة.", "سامي الوردي"),
    ("وجاء ذلك في تصريح لاحق، قال فيه إن الأنباء عن الهجوم كاذبة.", "سامي الوردي"),
    ("وفي كلمة لدى افتتاح المؤتمر، قال فيها إن الأنباء عن الهجوم كاذبة.", "سامي الوردي"),
    # (as before)
    ("في كلمة لكمال الرفاعي، قال فيها إن الأنباء عن الهجوم كاذبة.", "كمال الرفاعي"),
    ("وجاء ذلك في بيان لحركة النور، قالت فيه إن الأنباء عن الهجوم كاذبة.", "حركة النور"),
]


@pytest.mark.parametrize("text,denier", OCCASION_OWNER_IN_IT, ids=range(len(OCCASION_OWNER_IN_IT)))
def test_the_owner_of_an_occasion_speaks_in_it(text, denier) -> None:
    assert speakers("ar", AR_BEFORE_SAMI, text)[1:] == [("denial", denier)]


_CREDITED = "وأضاف سامي الوردي قائلا إن «بث هذه الأكاذيب لن يخدع أحدا»، حسبما أفادت وكالة النور."
OWNER_OF_WHAT_CAME = [
    ("جاء ذلك في تعليق لـ كمال الرفاعي، مؤكدا أن «هذا استفزاز مكشوف».", "كمال الرفاعي"),
    ("جاء ذلك في كلمة لدى افتتاح المؤتمر، مؤكدا أن «هذا استفزاز مكشوف».", "سامي الوردي"),
    ("جاء ذلك في بيان لاحق، مؤكدا أن «هذا استفزاز مكشوف».", "سامي الوردي"),
    # (as before)
    ("جاء ذلك في تعليق لكمال الرفاعي، مؤكدا أن «هذا استفزاز مكشوف».", "كمال الرفاعي"),
]


@pytest.mark.parametrize("text,speaker", OWNER_OF_WHAT_CAME, ids=range(len(OWNER_OF_WHAT_CAME)))
def test_the_owner_of_what_came_speaks_its_participles(text, speaker) -> None:
    assert {s for _, s, _ in said("ar", _CREDITED, text)[1:]} == {speaker}
