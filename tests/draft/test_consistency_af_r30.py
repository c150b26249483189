"""Arabic and Persian, round 30: four shapes left over from the round before, on made-up sentences.

1. Arabic, a verb-first subject that ends in a surname, then a plural or titled object ('ودعا العميد شريف النواب إلى
   ...', the brigadier Sharif called on the MPs): the speaker is the titled person, the object no part of the name.
2. Persian, deniers joined by 'و' before one verb ('وزارت خارجه کسلیا و سپاه نور این ادعا را تکذیب کردند'): one
   denial per denier, as English 'X and Y denied' is drafted.
3. A share of a group as speaker ('شماری از اعضای مجلس گفتند', 'عدد من أعضاء البرلمان قالوا'): a speaker described
   by the group, as English 'some members of parliament said' is (it was dropped when records were built).
4. A lead 'Speaker: words' ('الحوثيون: لا صحة لـ...'): the words are the speaker's, a denial when they deny, as in a
   headline.

Made-up names only (کسلیا، نور، دوریان کسلان؛ كسليا، حركة النور، سامي الوردي).
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, said

# --- 1. Arabic: a titled name, then its object ---------------------------------------------------------------------

TITLED = ["العميد شريف", "اللواء حسن", "الشيخ ماجد", "النائب رامي", "الوزير كمال الأحمد"]
OBJECTS = [
    ("ودعا", "النواب إلى التصويت على القانون"),
    ("وطالب", "المسؤولين بالاستقالة"),
    ("ودعا", "المتظاهرين إلى التزام الهدوء"),
    ("وطالب", "السلطات بالإفراج عن المعتقلين"),
    ("ودعا", "الوزير كمال الأحمد إلى الاستقالة"),
    ("وطالب", "الرئيس سامي الوردي بالتحقيق في الحادث"),
]


@pytest.mark.parametrize("name", TITLED)
@pytest.mark.parametrize("verb, rest", OBJECTS)
def test_a_titled_name_then_its_object(name, verb, rest) -> None:
    got = said("ar", "متن الخبر.", f'{verb} {name} {rest}، وقال إن "الوقت ينفد".')
    speakers = [s for _, s, _ in got]
    obj = rest.split()[0]
    assert speakers and all(obj not in s for s in speakers), got
    assert all(s.split()[-1] == name.split()[-1] for s in speakers), got


@pytest.mark.parametrize("verb, rest", OBJECTS[:4])
def test_a_surname_named_before_then_its_object(verb, rest) -> None:
    got = said("ar", "وقال العميد كمال شريف إن الأمر خطير.", f'{verb} العميد شريف {rest}، وقال إن "الوقت ينفد".')
    assert [s for k, s, _ in got if k == "quote"] == ["كمال شريف"], got


@pytest.mark.parametrize(
    "subject",
    ["اللواء حسن الأحمد", "العميد شريف الحسين", "العميد شريف الزيات", "الشيخ ماجد العبيدي", "النائب رامي الياسين"],
)
def test_a_titled_full_name_stays_whole(subject) -> None:
    # (guard) a family name with the article is the name's, not an object
    got = said("ar", "متن الخبر.", f'وقال {subject} إن "الوقت ينفد".')
    assert [s for _, s, _ in got] == [subject.split(None, 1)[1]], got


# --- 2. Persian: deniers joined by 'و' ------------------------------------------------------------------------------

JOINED = [
    ("وزارت خارجه کسلیا", "سپاه نور"),
    ("دوریان کسلان", "منابع نزدیک به جنبش نور"),
    ("رضا کسلانی", "سخنگوی جنبش نور"),
    ("ارتش کسلیا", "وزارت دفاع نور"),
    ("سخنگوی دولت کسلیا", "وزیر کشور نور"),
    ("جنبش نور", "رضا کسلانی"),
]
DENYING = [
    "این ادعا را تکذیب کردند",
    "این گزارش را رد کردند",
    "این خبر را بی‌اساس خواندند",
    "این شایعه را تکذیب کرده‌اند",
]


@pytest.mark.parametrize("first, second", JOINED)
@pytest.mark.parametrize("rest", DENYING)
def test_deniers_joined_by_and_each_deny(first, second, rest) -> None:
    got = said("fa", "متن خبر.", f"{first} و {second} {rest}.")
    assert sorted(s for k, s, _ in got if k == "denial") == sorted([first, second]), got


@pytest.mark.parametrize(
    "subject",
    ["وزارت فرهنگ و ارشاد اسلامی", "وزارت راه و شهرسازی", "سازمان صدا و سیمای کسلیا"],
)
def test_a_body_named_with_and_stays_one(subject) -> None:
    # (guard) a body whose name has 'و' in it is one denier
    got = said("fa", "متن خبر.", f"{subject} این گزارش را تکذیب کرد.")
    assert [(k, s) for k, s, _ in got] == [("denial", subject)], got


# --- 3. a share of a group ------------------------------------------------------------------------------------------

SHARES = [
    ("fa", "شماری از اعضای مجلس کسلیا گفتند که این خبر صحت ندارد.", "شماری از اعضای مجلس کسلیا"),
    ("fa", "برخی از مقامات کسلیا این گزارش را تکذیب کردند.", "برخی از مقامات کسلیا"),
    ("fa", "تعدادی از فرماندهان جنبش نور این ادعا را رد کردند.", "تعدادی از فرماندهان جنبش نور"),
    ("fa", "بسیاری از نمایندگان گفتند: «ما با این طرح مخالفیم».", "بسیاری از نمایندگان"),
    ("fa", "برخی مقامات کسلیا این گزارش را بی‌اساس خواندند.", "برخی مقامات کسلیا"),
    ("ar", 'وقال عدد من أعضاء البرلمان إن "الخبر كاذب".', "عدد من أعضاء البرلمان"),
    ("ar", 'وقال بعض المسؤولين في حركة النور إن "الخبر كاذب".', "بعض المسؤولين في حركة النور"),
    ("ar", "ونفى العديد من قادة حركة النور هذه الأنباء.", "العديد من قادة حركة النور"),
    ("ar", 'وأكد معظم النواب أن "التصويت سيجري غدا".', "معظم النواب"),
]


@pytest.mark.parametrize("language, text, group", SHARES)
def test_a_share_of_a_group_is_a_described_speaker(language, text, group) -> None:
    body = "متن الخبر." if language == "ar" else "متن خبر."
    records = [d for d in built(language, body, text) if d["type"] in ("claim", "denial")]
    who = [d.get("claimant") or d.get("denier") for d in records]
    assert who == [{"described_as": group}], records


def test_a_share_of_a_time_is_no_speaker() -> None:
    # (guard) 'بعض الوقت' (some time) opens no group
    got = said("ar", "متن الخبر.", 'وقال سامي الوردي بعض الوقت إن "الخبر كاذب".')
    assert all("بعض" not in s for _, s, _ in got), got


# --- 4. a lead 'Speaker: words' ----------------------------------------------------------------------------------

LEADS = [
    ("ar", "حركة النور: لا صحة لأنباء مقتل القائد سامي الوردي.", "حركة النور", "denial"),
    ("ar", "الحوثيون: لا صحة لأنباء مقتل القائد سامي الوردي.", "الحوثيون", "denial"),
    ("ar", "وزارة الدفاع الكسلية: الأنباء عن انسحاب قواتنا كاذبة.", "وزارة الدفاع الكسلية", "denial"),
    ("ar", "المتحدث باسم حركة النور: لم نستهدف أي مدنيين.", "المتحدث باسم حركة النور", "denial"),
    ("fa", "طالبان: گزارش کشته شدن ملا عمر شایعه است.", "طالبان", "denial"),
    ("fa", "جنبش نور: ادعای حمله به مرز بی‌اساس است.", "جنبش نور", "denial"),
    ("fa", "سپاه نور: در حمله به مرز هیچ نقشی نداشتیم.", "سپاه نور", "denial"),
]


def _groups() -> NameIndex:
    index = NameIndex()
    index.add("الحوثيون", Known("houthis", "group", "movement", "الحوثيون"))
    index.add("طالبان", Known("taliban", "group", "movement", "طالبان"))
    return index


@pytest.mark.parametrize("language, lead, speaker, kind", LEADS)
def test_a_lead_speaker_colon_words(language, lead, speaker, kind) -> None:
    # (a group by its name alone when it is on file: 'الحوثيون', 'طالبان')
    headline = "عنوان الخبر" if language == "ar" else "عنوان خبر"
    got = said(language, headline, lead, index=_groups())
    assert [(k, s) for k, s, _ in got] == [(kind, speaker)], got


@pytest.mark.parametrize(
    "language, lead",
    [
        ("ar", "بغداد: قالت وزارة الدفاع الكسلية إن الوضع مستقر."),
        ("ar", "ملاحظة: لا صحة لما نشر سابقا."),
        ("fa", "تهران: وزارت خارجه کسلیا گفت که اوضاع آرام است."),
        ("fa", "توضیح: این گزارش صحت ندارد."),
        ("ar", "بغداد: شهدت المدينة هدوءا حذرا ولا صحة لأنباء الاشتباكات."),
    ],
)
def test_a_place_or_kicker_before_a_colon_is_no_speaker(language, lead) -> None:
    # (guard) a dateline's place or the reporter's kicker speaks for no one
    headline = "عنوان الخبر" if language == "ar" else "عنوان خبر"
    got = said(language, headline, lead, index=_groups())
    assert all(s not in ("بغداد", "ملاحظة", "تهران", "توضیح") for _, s, _ in got), got


# --- a cue within the subject: the reporter's word for who speaks ----------------------------------------------------


@pytest.mark.parametrize(
    "language, text, speaker",
    [
        ("ar", "وكان موقع الدرر المزورة أكد في وقت سابق أن الحزب اقتحم السجن.", "موقع الدرر المزورة"),
        ("ar", "وكانت الصفحة المزيفة قد زعمت أن الحزب اقتحم السجن.", "الصفحة المزيفة"),
        ("ar", "وقال الحساب المزيف إن الحزب اقتحم السجن.", "الحساب المزيف"),
        ("ar", "وقالت الصفحة المفبركة باسم الحركة إن قواتها اقتحمت السجن.", None),
    ],
)
def test_a_cue_within_the_subject_denies_nothing(language, text, speaker) -> None:
    # 'the forged site said that ...': its claim is reported, no one denies
    got = said(language, "متن الخبر.", text)
    assert got and all(k != "denial" for k, _, _ in got), got
    assert speaker is None or got[0][1] == speaker, got


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الحركة إن الأنباء كاذبة.",
        "ونفت الحركة الأنباء المزورة.",
        "ووصفت الحركة الأنباء بالكاذبة.",
        "وقال الحساب المزيف إن الحزب اقتحم السجن، وهو ما نفته الحركة.",
    ],
)
def test_a_cue_or_verb_outside_the_subject_still_denies(text) -> None:
    # (guard)
    got = said("ar", "متن الخبر.", text)
    assert [(k, s) for k, s, _ in got if k == "denial"] == [("denial", "الحركة")], got


# --- a report's relative verb speaks in its publisher's words ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('ردت حركة النور على تقرير نشرته صحيفة الكسلية، قال إن "مقاتلين أجانب" شاركوا في المعارك.', "صحيفة الكسلية"),
        ('وانتقدت حركة النور مقالا نشرته الصحيفة، زعم أن "قواتها انسحبت" من المدينة.', "الصحيفة"),
        ('وانتقد الوزير تقريرا بثته قناة النهار ذكر أن "القوات انسحبت" من المدينة.', "قناة النهار"),
    ],
)
def test_the_report_a_verb_describes_speaks_for_its_publisher(text, speaker) -> None:
    # 'a report X published, (which) said "..."': no relative pronoun after an indefinite noun; X's words, not the
    # words of the one answering the report
    got = said("ar", "متن الخبر.", text)
    assert [s for k, s, _ in got if k == "quote"] == [speaker], got


def test_and_she_said_after_a_report_stays_the_subjects() -> None:
    # (guard) 'وقالت' (and she said) goes on with the sentence's subject
    got = said("ar", "متن الخبر.", 'ونفت الحركة خبرا بثته قناة النهار، وقالت إن "قواتها لم تنسحب" من المدينة.')
    assert [(k, s) for k, s, _ in got] == [("denial", "الحركة")], got


@pytest.mark.parametrize(
    "text",
    [
        "رضا کاظمی گفت ادعاهای مطرح شده چیز تازه ای نیست و وزارت خارجه کسلیا آنها را رد می‌کند.",
        "رضا کاظمی گفت این گزارش‌ها تازه نیست و سپاه نور آنها را رد می‌کنند.",
    ],
)
def test_a_clause_before_and_is_no_first_denier(text) -> None:
    # (guard) 'X said the claims are nothing new and Y rejects them': what stands before 'و' ends a clause of its own
    got = said("fa", "متن خبر.", text)
    assert all("تازه" not in s for _, s, _ in got), got


def test_a_singular_present_verb_keeps_one_denier() -> None:
    # (guard) 'می‌کند' (does) ends as a plural does: two names before it stay as they were read
    got = said("fa", "متن خبر.", "جنبش نور و سپاه کسلیا این خبر را رد می‌کند.")
    assert len([k for k, _, _ in got if k == "denial"]) == 1, got
