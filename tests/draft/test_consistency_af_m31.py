"""Arabic and Persian, round 31: three known defects, on made-up sentences.

1. The office of a body on file ('المكتب الإعلامي لحركة النور', 'الدائرة الإعلامية في حركة النور', 'دفتر رسانه‌ای جنبش
   نور'): a speaker described by the office, affiliated with the body's record, as English 'the media office of the
   Kessel Brigade' is; never a new organisation named after the office.
2. Persian, a denial restated in positive words after a rumour of a death, an arrest or a flight ('حال او خوب است',
   'زنده است', 'آزاد است'): a denial only where the same sentence or the one before names the report or rumour.
3. Persian 'سپاه' alone and 'سپاه پاسداران': the Guards' record, in an article about Iran that names no other corps.

Made-up names only (حركة النور، جنبش نور، کسلیا، رضا کسلانی، دوریان کسلان).
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, said


def _nour() -> NameIndex:
    index = NameIndex()
    for name in ("حركة النور", "جنبش نور"):
        index.add(name, Known("nour-movement", "group", "movement", "Nour Movement"))
    return index


def _speakers(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[dict]:
    records = built(language, *paragraphs, index=index)
    return [d.get("claimant") or d.get("denier") for d in records if d["type"] in ("claim", "denial")]


def _new_bodies(language: str, *paragraphs: str, index: NameIndex | None = None) -> list[str]:
    return [d["name"] for d in built(language, *paragraphs, index=index) if d["type"] in ("actor", "group")]


# --- 1. the office of a body on file -------------------------------------------------------------------------------

OFFICES_AR = [
    "المكتب الإعلامي لحركة النور",
    "المكتب الإعلامي في حركة النور",
    "الدائرة الإعلامية في حركة النور",
    "الدائرة الإعلامية لحركة النور",
    "المكتب الصحفي لحركة النور",
    "مكتب العلاقات الإعلامية في حركة النور",
]
SAYING_AR = [
    ("ونفى {o} هذه الأنباء.", "denial"),
    ("ونفى {o} في بيان هذه الأنباء جملة وتفصيلا.", "denial"),
    ('وقال {o} إن "الخبر كاذب".', "denial"),
    ('وقال {o} في بيان إن "القادة بخير".', "quote"),
]


@pytest.mark.parametrize("office", OFFICES_AR)
@pytest.mark.parametrize("sentence, kind", SAYING_AR)
def test_arabic_office_of_a_body_on_file_is_described_and_affiliated(office, sentence, kind) -> None:
    text = sentence.format(o=office)
    got = _speakers("ar", "متن الخبر.", text, index=_nour())
    assert got and all(s == {"described_as": office, "affiliation": "nour-movement"} for s in got), got
    assert _new_bodies("ar", "متن الخبر.", text, index=_nour()) == [], text


OFFICES_FA = [
    "دفتر رسانه‌ای جنبش نور",
    "دفتر اطلاع‌رسانی جنبش نور",
    "دفتر مطبوعاتی جنبش نور",
]
SAYING_FA = [
    "{o} این خبر را تکذیب کرد.",
    "{o} در بیانیه‌ای این گزارش را بی‌اساس خواند.",
    "{o} اعلام کرد که این خبر صحت ندارد.",
]


@pytest.mark.parametrize("office", OFFICES_FA)
@pytest.mark.parametrize("sentence", SAYING_FA)
def test_persian_office_of_a_body_on_file_is_described_and_affiliated(office, sentence) -> None:
    text = sentence.format(o=office)
    got = _speakers("fa", "متن خبر.", text, index=_nour())
    assert got and all(s == {"described_as": office, "affiliation": "nour-movement"} for s in got), got
    assert _new_bodies("fa", "متن خبر.", text, index=_nour()) == [], text


@pytest.mark.parametrize(
    "language, text, name",
    [
        # (guard) a body not on file keeps its office as the name read ('المكتب الإعلامي لحركة الفجر')
        ("ar", "ونفى المكتب الإعلامي لحركة الفجر هذه الأنباء.", "المكتب الإعلامي لحركة الفجر"),
        ("fa", "دفتر رسانه‌ای جنبش فجر این خبر را تکذیب کرد.", "دفتر رسانه‌ای جنبش فجر"),
    ],
)
def test_office_of_a_body_not_on_file_is_unchanged(language, text, name) -> None:
    body = "متن الخبر." if language == "ar" else "متن خبر."
    got = said(language, body, text, index=_nour())
    assert [s for k, s, _ in got if k == "denial"] == [name], got


def test_a_holder_named_after_the_office_is_the_person() -> None:
    # (guard) 'مدير المكتب الإعلامي لحركة النور سامي الوردي': the director, named, speaks
    got = said("ar", "متن الخبر.", "ونفى مدير المكتب الإعلامي لحركة النور سامي الوردي هذه الأنباء.", index=_nour())
    assert [s for k, s, _ in got if k == "denial"] == ["سامي الوردي"], got


# --- 2. Persian: a denial restated as 'he is well', after a rumour ---------------------------------------------------

RUMOURS = [
    "در روزهای اخیر شایعه فوت رضا کسلانی در شبکه‌های اجتماعی منتشر شد.",
    "برخی رسانه‌ها از کشته شدن رضا کسلانی خبر داده بودند.",
    "گزارش‌هایی درباره بازداشت رضا کسلانی منتشر شده بود.",
    "خبر مرگ رضا کسلانی در فضای مجازی دست به دست شد.",
]
WELL = [
    ("دوریان کسلان، سخنگوی جنبش نور، گفت: حال او خوب است.", "دوریان کسلان"),
    ("دوریان کسلان، سخنگوی جنبش نور، گفت که رضا کسلانی زنده است.", "دوریان کسلان"),
    ("دوریان کسلان گفت: رضا کسلانی در سلامت کامل است.", "دوریان کسلان"),
    ("دوریان کسلان تاکید کرد که حال رضا کسلانی خوب است.", "دوریان کسلان"),
    ("دوریان کسلان گفت: رضا کسلانی آزاد است و در خانه خود به سر می‌برد.", "دوریان کسلان"),
    ("دوریان کسلان گفت: رضا کسلانی سالم است.", "دوریان کسلان"),
]


@pytest.mark.parametrize("rumour", RUMOURS)
@pytest.mark.parametrize("answer, denier", WELL)
def test_persian_well_after_a_rumour_is_a_denial(rumour, answer, denier) -> None:
    got = said("fa", "متن خبر.", f"{rumour} {answer}")
    assert ("denial", denier) in [(k, s) for k, s, _ in got], got


@pytest.mark.parametrize("answer, denier", WELL[:2])
def test_persian_well_in_the_paragraph_after_the_rumour(answer, denier) -> None:
    got = said("fa", "متن خبر.", RUMOURS[0], answer)
    assert ("denial", denier) in [(k, s) for k, s, _ in got], got


@pytest.mark.parametrize(
    "text",
    [
        # (guards) no rumour or report named: a plain statement of health, no denial
        "دوریان کسلان گفت: حال او خوب است.",
        "پزشکان گفتند که حال مجروحان خوب است.",
        "دوریان کسلان گفت که رضا کسلانی زنده است.",
        # a report of a wounding named, and the wounded said to be well: an update, not a denial of a death
        "رضا کسلانی در حمله زخمی شد. پزشکان گفتند: حال او خوب است.",
        # the rumour two sentences back, another matter between
        "شایعه فوت رضا کسلانی منتشر شد. نیروها به مرز رسیدند. دوریان کسلان گفت: حال او خوب است.",
        # 'free' of another sense ('بازار آزاد است', the market is free), no arrest named
        "دوریان کسلان گفت که ورود به بازار آزاد است.",
    ],
)
def test_persian_well_without_a_rumour_is_no_denial(text) -> None:
    got = said("fa", "متن خبر.", text)
    assert "denial" not in [k for k, _, _ in got], got


# --- 3. Persian 'سپاه' and 'سپاه پاسداران': the Guards on file ------------------------------------------------------


def _guards() -> NameIndex:
    index = NameIndex()
    guards = Known("irgc", "actor", "armed-force", "Islamic Revolutionary Guard Corps")
    for name in ("سپاه پاسداران انقلاب اسلامی", "سپاه انقلاب اسلامی", "الحرس الثوري"):
        index.add(name, guards)
    index.add("ایران", Known("iran", "actor", "government", "Iran"))
    index.add("سپاه نور", Known("nour-corps", "group", "militia", "Nour Corps"))
    return index


GUARDS_SAYING = [
    "{s} کشته شدن نیروهایش در مرز ایران را تکذیب کرد.",
    "{s} در بیانیه‌ای گزارش حمله به پایگاه‌های خود در ایران را بی‌اساس خواند.",
    "{s} اعلام کرد که این خبر درباره ایران صحت ندارد.",
    "{s} گفت: «هیچ‌یک از نیروهای ما در غرب ایران کشته نشده‌اند».",
]


@pytest.mark.parametrize("subject", ["سپاه", "سپاه پاسداران"])
@pytest.mark.parametrize("sentence", GUARDS_SAYING)
def test_persian_guards_alone_in_an_article_about_iran(subject, sentence) -> None:
    got = _speakers("fa", "متن خبر.", sentence.format(s=subject), index=_guards())
    assert got and all(s == {"actor": "irgc"} for s in got), got


def test_persian_guards_named_later_in_full_then_alone() -> None:
    got = _speakers(
        "fa",
        "متن خبر درباره ایران.",
        "سپاه پاسداران این خبر را تکذیب کرد.",
        "سپاه همچنین گفت: «نیروهای ما در مرز هستند».",
        index=_guards(),
    )
    assert got and all(s == {"actor": "irgc"} for s in got), got


@pytest.mark.parametrize(
    "paragraphs",
    [
        # (guards) another corps named: 'سپاه' alone may be it
        ("سپاه نور در مرز ایران مستقر است.", "سپاه این خبر را تکذیب کرد."),
        # an article not about Iran: 'سپاه' is some army
        ("نیروهای کسلیا به مرز رسیدند.", "سپاه این خبر را تکذیب کرد."),
    ],
)
def test_persian_corps_alone_elsewhere_is_not_the_guards(paragraphs) -> None:
    got = _speakers("fa", "متن خبر.", *paragraphs, index=_guards())
    assert {"actor": "irgc"} not in got, got


# --- 2b. Arabic: 'in a safe place', 'at his post', after a report of a killing -------------------------------------

RUMOURS_AR = [
    "وتحدثت تقارير عن مقتل القائد سامي الوردي في الغارة.",
    "وتداولت مواقع أنباء عن اعتقال سامي الوردي.",
    "وانتشرت شائعات حول اغتيال سامي الوردي،",
]
SAFE_AR = [
    'وقال المتحدث باسم حركة النور رامي الحسن إن "سامي الوردي في مكان آمن".',
    "وقال المتحدث باسم حركة النور رامي الحسن إن سامي الوردي على رأس عمله.",
    "وأكد المتحدث باسم حركة النور رامي الحسن أن سامي الوردي يمارس مهامه بشكل طبيعي.",
]


@pytest.mark.parametrize("rumour", RUMOURS_AR)
@pytest.mark.parametrize("answer", SAFE_AR)
def test_arabic_safe_after_a_report_is_a_denial(rumour, answer) -> None:
    got = said("ar", "متن الخبر.", f"{rumour} {answer}")
    assert ("denial", "رامي الحسن") in [(k, s) for k, s, _ in got], got


@pytest.mark.parametrize("answer", SAFE_AR)
def test_arabic_safe_without_a_report_is_no_denial(answer) -> None:
    # (guard) no report of a killing or an arrest named: where one is, or that one works, denies nothing
    got = said("ar", "متن الخبر.", "وزار الوفد المدينة أمس.", answer)
    assert "denial" not in [k for k, _, _ in got], got


# --- 4. Arabic: the claims called a falsification of the facts ----------------------------------------------------


@pytest.mark.parametrize("verb", ["تزييف", "تزوير", "تحريف", "تشويه", "قلب"])
@pytest.mark.parametrize(
    "sentence",
    [
        "وأضاف رامي الحسن أن هذه التسريبات تأتي ضمن {v} الحقائق.",
        "وقال رامي الحسن إن الأنباء جزء من حملة ل{v} الحقائق حول الحركة.",
        'وقال رامي الحسن إن "هذه المزاعم محاولة ل{v} الحقائق".',
    ],
)
def test_arabic_claims_called_a_falsification_of_the_facts(verb, sentence) -> None:
    got = said("ar", "متن الخبر.", sentence.format(v=verb))
    assert [(k, s) for k, s, _ in got] == [("denial", "رامي الحسن")], got


@pytest.mark.parametrize("act", ["خروج", "مغادرة", "هروب", "فرار", "وصول", "دخول"])
def test_arabic_a_movement_after_a_verb_opens_its_object(act) -> None:
    # 'والتي زعمت خروج X من البلاد' (which claimed X's departure): the movement is what was claimed, never one who
    # speaks, nor whom an office alone ('المتحدث الرسمي') or 'وأضاف' refers back to
    got = said(
        "ar",
        "نفى رامي الحسن، المتحدث الرسمي باسم حركة النور، الأنباء المتداولة حول مغادرة سامي الوردي للبلاد.",
        f'وفي تصريح خاص لـ "صوت كسليا"، فند الحسن ما وصفها بـ "الروايات البائسة" التي روجت لها بعض المواقع، والتي '
        f"زعمت {act} الوردي من البلاد في ظل التطورات الراهنة.",
        "أوضح المتحدث الرسمي أن هذه التسريبات تندرج ضمن الحرب الإعلامية. وأضاف أن هذه التسريبات تأتي ضمن تزييف الحقائق.",
    )
    assert {s for _, s, _ in got} == {"رامي الحسن"}, got
