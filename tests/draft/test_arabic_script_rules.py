"""General rules of Arabic and Persian news attribution (issue 17), one test each, on made-up sentences.

The names are fictional; each sentence has the shape of a real report, not its words.
"""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import Known, NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import analyse, built, said

# --- Persian ------------------------------------------------------------------------------------------


def test_persian_perfect_and_joined_verbs():
    # 'گفته است' written with a space, a zero-width non-joiner or nothing between its parts
    for verb in ("گفته است", "گفته\u200cاست", "گفتهاست", "گفتند"):
        units = said("fa", f"رضا کاظمی {verb}: نیروها آماده هستند.")
        assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند")], verb


def test_persian_outlet_in_guillemets_told_before_the_verb_is_no_quotation():
    # 'به «X» گفت', 'در مصاحبه با «X» اعلام کرد:': the outlet spoken to, named in marks, then the verb of saying
    units = said("fa", "رضا کاظمی در مصاحبه ای با «رادیو نمونه» اعلام کرد: مرز امن است.")
    assert units == [("quote", "رضا کاظمی", "مرز امن است")]
    units = said("fa", "سخنگوی این گروه به «رادیو نمونه» اعلام کرد که این خبر تبلیغات است.")
    # (a report called propaganda: a denial, by the spokesman)
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی این گروه")]
    assert "رادیو نمونه" in units[0][2]  # the sentence, not the outlet's name, is what was said


def test_persian_perfect_denial_and_one_of_its_spokesmen():
    units = said("fa", "در واکنش به این گزارش، یکی از سخنگویان جنبش نمونه این ادعا را رد کرده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "یکی از سخنگویان جنبش نمونه")]


def test_persian_subject_ends_before_the_claim_it_rejects():
    units = said("fa", "شهر نمونه ادعای رضا کاظمی درباره مرز را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "شهر نمونه")]


def test_persian_office_of_a_country_is_no_name():
    index = NameIndex()
    index.add("کشور نمونه", Known("sampleland", "place", "country", "Sampleland"))
    units = said("fa", "وزیر خارجه کشور نمونه گفت: مرزها باز است.", index=index)
    assert [(k, s) for k, s, _ in units] == [("quote", "وزیر خارجه کشور نمونه")]


def test_persian_spokesman_of_this_group_is_named_in_the_articles_words_not_the_records():
    index = NameIndex()
    index.add("جنبش نمونه", Known("sample-movement", "group", "movement", "Sample Movement"))
    units = said(
        "fa",
        "جنبش نمونه به «رادیو نمونه» گفته است که هیچ کمکی نرسیده است.",
        "سخنگوی این گروه اعلام کرد که این خبر تبلیغات بوده است.",
        index=index,
    )
    # the movement is its record ('Sample Movement'); its spokesman, unnamed, is described in the article's words
    assert [s for _, s, _ in units] == ["Sample Movement", "سخنگوی جنبش نمونه"]  # not 'سخنگوی Sample Movement'


def test_persian_names_in_guillemets_before_an_office_or_their_verb():
    units = said(
        "fa",
        "«رضا کاظمی» وزیر کشور، حضور نیروهای خارجی را «به شدت» رد کرد.",
        "«مینا رستمی» در توئیتر خود نوشت: «مرزها باز است».",
    )
    assert [(k, s, w) for k, s, w in units] == [
        ("denial", "رضا کاظمی", "به شدت"),
        ("quote", "مینا رستمی", "مرزها باز است"),
    ]


def test_persian_a_relative_clause_before_the_verb_is_not_its_subject():
    index = NameIndex()
    index.add("کشور نمونه", Known("sampleland", "place", "country", "Sampleland"))
    units = said(
        "fa", "نماینده کشور نمونه با اشاره به قطعاتی که گفته شده از موشک است، گفت که «این کافی است».", index=index
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "نماینده کشور نمونه")]


def test_persian_honorific_and_name_then_a_long_office_between_commas():
    units = said(
        "fa",
        "حجت الاسلام رضا کاظمی، معاون فرهنگی و رسانه\u200cای جنبش نمونه کسلی گفت: نیروها آماده هستند.",
        "کاظمی تاکید کرد: «ما در این حمله نقشی نداشتیم».",
    )
    assert [s for _, s, _ in units] == ["رضا کاظمی", "رضا کاظمی"]


def test_persian_a_verbal_noun_with_a_light_verb_starts_the_object():
    units = said("fa", "وزارت خارجه کسلیا کشته شدن یک تبعه کسلیایی در مرز را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت خارجه کسلیا")]


def test_persian_a_body_named_with_and_without_affairs_and_by_another_name_of_its_country():
    index = NameIndex()
    sampleland = Known("sampleland", "place", "country", "Sampleland")
    index.add("کسلیا", sampleland)
    index.add("جمهوری کسلیا", sampleland)
    units = said(
        "fa",
        "وزارت خارجه کسلیا کشته شدن یک تبعه کسلیایی در مرز را تکذیب کرد.",
        "وزارت امور خارجه جمهوری کسلیا روز شنبه گفت: مرزها باز است.",
        "وزارت امور دفاع جمهوری کسلیا گفت: نیروها آماده هستند.",  # another ministry
        index=index,
    )
    assert [s for _, s, _ in units] == ["وزارت خارجه کسلیا", "وزارت خارجه کسلیا", "وزارت امور دفاع جمهوری کسلیا"]


def test_persian_a_paragraph_announced_by_a_colon_is_the_speakers_without_marks():
    units = said(
        "fa",
        "رضا کاظمی در صفحه خود می\u200cنویسد:",
        "نیروهای کسلیا در مواضع خود هستند و مرزها باز است",
        "مینا رستمی در این باره گفت که مرزها بسته است و نیروها رفته\u200cاند.",
    )
    assert [(s, w) for _, s, w in units] == [
        ("رضا کاظمی", "نیروهای کسلیا در مواضع خود هستند و مرزها باز است"),
        ("مینا رستمی", "مینا رستمی در این باره گفت که مرزها بسته است و نیروها رفته\u200cاند."),
    ]


def test_persian_speech_after_a_colon_runs_to_the_paragraphs_end():
    units = said("fa", "رضا کاظمی افزود: این خبر بی\u200cاساس است. نیروها در مرز حضور ندارند.")
    assert [(k, s, w) for k, s, w in units] == [
        ("denial", "رضا کاظمی", "این خبر بی\u200cاساس است. نیروها در مرز حضور ندارند")
    ]
    # the reporter's 'this is while' opens a sentence of the reporter's own
    units = said("fa", "رضا کاظمی افزود: مرزها باز است. این در حالی است که مرزها هفته پیش بسته بود.")
    assert [w for _, _, w in units][:1] == ["مرزها باز است"]
    # a sentence with a verb of saying of its own has its own speaker
    units = said("fa", "رضا کاظمی افزود: مرزها باز است. مینا رستمی اما گفت: مرزها بسته است.")
    assert [(s, w) for _, s, w in units] == [("رضا کاظمی", "مرزها باز است"), ("مینا رستمی", "مرزها بسته است")]


def test_persian_an_outlets_dateline_and_one_of_the_commanders_named_later():
    units = said(
        "fa",
        "خبرگزاری نمونه-یکی از فرماندهان ارشد کسلیا در گفتگو با یک روزنامه گفته که هیچ نیرویی در مرز نیست.",
        "سردار رضا کاظمی از فرماندهان ارشد کسلیا در مصاحبه با خبرگزاری این ادعاها را رد کرد.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("denial", "رضا کاظمی")]


def test_persian_mr_before_a_surname_named_before():
    units = said("fa", "رضا کاظمی گفت: مرزها باز است.", "آقای کاظمی افزود: نیروها آماده هستند.")
    assert [s for _, s, _ in units] == ["رضا کاظمی", "رضا کاظمی"]


def test_persian_subject_before_however_and_before_a_clause_on_the_object():
    units = said("fa", "جنبش نمونه اما این ادعا را نپذیرفته و آن را «دروغ» خوانده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]
    units = said("fa", "رضا کاظمی این ادعا را که نیروهای کسلیا در مرز حضور دارند رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    # after 'but' a clause with a subject of its own still has it
    units = said("fa", "این گروه مسئولیت حمله را بر عهده نگرفته است اما رضا کاظمی این خبر را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_a_dateline_with_its_place_and_a_long_no_link():
    units = said(
        "fa",
        "خبرگزاری نمونه (خن) ـ کسل: رضا کاظمی، مسئول رسانه\u200cای سفارت کسلیا در گفتگو با خبرنگار ما گفته که این"
        " تصمیم عادی است و هیچ ربطی به فایل صوتی منتشر شده از وی، پس از هک سایت یک خبرگزاری ندارد.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_while_denying_a_quoted_phrase_the_subject_is_before_it():
    index = NameIndex()
    index.add("کسلیا", Known("sampleland", "actor", "government", "Sampleland"))
    units = said(
        "fa",
        "سفارت کسلیا در شهر نمونه، ضمن تکذیب «اخبار جعلی» منتشر شده، اعلام کرد که این گزارش\u200cها به سبک"
        " «داستان\u200cپردازی» است.",
        index=index,
    )
    # the embassy of a state on file is the embassy, not the state; 'منتشر شده' is no speaker
    assert [(k, s) for k, s, _ in units] == [("denial", "سفارت کسلیا")]


def test_persian_a_statement_signed_by_its_spokesman_denies_in_his_name():
    units = said(
        "fa",
        "رسانه\u200cای خارجی گزارش داده است که دو مقام این جنبش با آن گفتگو کرده\u200cاند.",
        "این بخشی از پروپاگند رسانه\u200cهای بیگانه است که اشخاص نامعلوم را مقام جنبش جلوه می\u200cدهند.",
        "اگر چیزی لازم باشد که به رسانه\u200cها گفته شود، سخنگویان رسمی آن را ابلاغ می\u200cکنند.",
        "رضا کاظمی",
        "سخنگوی جنبش نمونه",
        "۱۳۹۷/۶/۲۲ هـ ش",
    )
    assert [(k, s) for k, s, _ in units if k == "denial"] == [("denial", "رضا کاظمی")]
    assert all(s != "چیزی" for _, s, _ in units)  # 'گفته شود' (is said): a passive, no speaker
    # without an office under it, a name at the end is no signature (a byline)
    units = said("fa", "این گزارش\u200cها پروپاگند رسانه\u200cهای بیگانه است.", "رضا کاظمی")
    assert units == []


def test_persian_a_subtitle_that_denies_is_the_leads_denier_and_worth_saying_is_no_subject():
    # (the conftest's title is skipped, as drafting skips a title line; the headline is the first paragraph read)
    units = said(
        "fa",
        "واکنش جنبش نمونه به ادعای وزارت دفاع کسلیا",
        "در حال حاضر هیچ نیرویی از این جنبش در مرز حضور ندارد",
        "جنبش نمونه در بیانیه\u200cای ادعای وزارت دفاع کسلیا را رد کرد.",
        "گفتنی است وزارت دفاع کسلیا روز دوشنبه ادعا کرده بود که نیروهای جنبش در مرز هستند.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "جنبش نمونه"),
        ("denial", "جنبش نمونه"),
        ("reported", "وزارت دفاع کسلیا"),
    ]
    # with no denial in the body, a subtitle's words have no denier
    units = said("fa", "واکنش جنبش نمونه به یک گزارش", "در حال حاضر هیچ نیرویی در مرز حضور ندارد", "مرزها باز است.")
    assert units == []


def test_persian_a_verb_of_saying_before_a_denying_verb_is_no_part_of_its_subject():
    units = said("fa", "رضا کاظمی گفت که این گزارش\u200cها را قویا رد می\u200cکند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    # a subject of its own after the verb of saying denies
    units = said("fa", "رضا کاظمی گفت وزارت خارجه کسلیا این خبر را رد کرده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت خارجه کسلیا")]


def test_persian_the_spokesman_of_this_ministry_and_a_source_in_a_ministry():
    units = said(
        "fa",
        "وزارت خارجه کسلیا ادعاهای شهر نمونه را رد کرد.",
        "سخنگوی این وزارتخانه گفت: مرزها باز است.",
        "منبعی در وزارت دفاع کسلیا که نخواست نامش فاش شود، به خبرگزاری نمونه گفت که این گزارش نادرست است.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "وزارت خارجه کسلیا"),
        ("quote", "سخنگوی وزارت خارجه کسلیا"),
        ("denial", "منبعی در وزارت دفاع کسلیا"),
    ]


def test_persian_a_quotation_then_a_comma_then_its_speaker_and_verb():
    units = said("fa", "«این ادعاها دروغ است»، رضا کاظمی در گفتگو با خبرنگار ما گفت.")
    assert [(k, s, w) for k, s, w in units] == [("denial", "رضا کاظمی", "این ادعاها دروغ است")]


def test_persian_spokesman_of_an_emirate_and_a_dari_report_end_the_subject():
    units = said("fa", "سخنگوی امارت اسلامی راپورهای رسانه‌های غربی را بی‌بنیاد خواند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی امارت اسلامی")]
    units = said("fa", "ذبیح الله مجاهد راپور روزنامه نمونه را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "ذبیح الله مجاهد")]


def test_persian_another_name_around_a_record_and_a_group_named_in_guillemets_after_what_it_is():
    index = NameIndex()
    index.add("جنبش نمونه", Known("sample-movement", "group", "movement", "Sample Movement"))
    index.add("نمونه", Known("sample-movement", "group", "movement", "Sample Movement"))
    units = said(
        "fa",
        "«تحریک نمونه» دخالت در حمله دیروز را رد کرد.",  # (another movement, not the one on file)
        "به گزارش خبرگزاری کسل، گروه تروریستی «تحریک نمونه» نقش در حمله را رد کرد.",
        "گروه نمونه نیز این خبر را تکذیب کرد.",  # (the group on file)
        index=index,
    )
    assert [s for _, s, _ in units] == ["تحریک نمونه", "تحریک نمونه", "Sample Movement"]


def test_persian_no_fear_or_no_doubt_in_a_deniers_words_restates_nothing():
    units = said(
        "fa",
        "رضا کاظمی این اتهامات را رد کرد.",
        "کاظمی خاطرنشان کرد که جنبش نمونه در این راه از سرزنش بدگویان باکی ندارد.",
        "کاظمی افزود: «نیروهای ما در آن منطقه نبوده‌اند».",
    )
    assert [k for k, _, _ in units] == ["denial", "reported", "denial"]


def test_persian_a_body_that_issued_a_statement_speaks_in_it():
    units = said(
        "fa",
        "جنبش نمونه بیانیه‌ای منتشر کرد.",
        "در بخشی از این بیانیه آمده است: «این ادعاها دروغ است».",
        "سپاه کسلیا اطلاعیه‌ای صادر کرد.",
        "در این اطلاعیه آمده است: نیروهای ما آماده هستند.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه"), ("quote", "سپاه کسلیا")]


# --- Arabic -------------------------------------------------------------------------------------------


def test_arabic_office_body_then_name():
    units = said("ar", 'وقال وزير الخارجية الكسلية سامي الوردي، السبت، إن "الحدود مغلقة".')
    assert units == [("quote", "سامي الوردي", "الحدود مغلقة")]
    units = said("ar", 'وقال المتحدث باسم الوزارة الكسلية عبد الله الوردي إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["عبد الله الوردي"]
    units = said("ar", 'وقال وزير الدفاع إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["وزير الدفاع"]


def test_arabic_quotation_opened_with_a_spaced_mark_holds_a_name_in_marks():
    # 'قائلا: " ...': the opening mark stands apart after the colon; a name in marks inside does not close it
    units = said("ar", 'وأضاف كمال عادل قائلا: " الحادث وقع ولا دخل لحركة "النور" بالأمر وقد تم زج الاسم".')
    assert [(k, s, w.strip()) for k, s, w in units][:1] == [
        ("quote", "كمال عادل", 'الحادث وقع ولا دخل لحركة "النور" بالأمر وقد تم زج الاسم')
    ]


def test_arabic_compound_given_name_with_allah_then_its_family_name():
    # 'الله' closes a compound given name; the family name after it is still the speaker's, after a verb or an office
    units = said("ar", 'وأضاف عطاء الله الكسلي قائلا: "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["عطاء الله الكسلي"]
    units = said("ar", 'وأضاف ذبيح الله مجاهد قائلا: "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["ذبيح الله مجاهد"]
    units = said("ar", 'وقال المتحدث باسم الحركة الكسلية نصر الله كمال إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["نصر الله كمال"]
    # a body named with 'الله' still ends before its object
    units = said("ar", "ونفى حزب الله صحة التقارير.")
    assert [(k, s) for k, s, _ in units] == [("denial", "حزب الله")]


def test_arabic_office_in_a_body_then_name():
    units = said("ar", 'وقال القيادي في الحركة الكسلية سامي الوردي إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_arabic_subject_ends_where_the_object_starts():
    # an indefinite word after a definite one, a demonstrative, a manner phrase, 'according to'
    index = NameIndex()
    for sentence in (
        "كما نفى الحزب الكسلي سقوط قتلى من عناصره.",
        "نفى الحزب الكسلي هذه الأنباء جملة.",
        "ونفى الحزب الكسلي بشكل قاطع وقوع اشتباكات.",
    ):
        units = said("ar", sentence, index=index)
        assert [(k, s) for k, s, _ in units] == [("denial", "الحزب الكسلي")], sentence


def test_arabic_answering_claims_is_a_denial_answering_alone_is_not():
    units = said("ar", "رد المتحدث سامي الوردي على الادعاءات الأخيرة بشأن الحدود.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", "ورد المتحدث سامي الوردي على أسئلة الصحفيين بشأن الحدود.")
    assert [k for k, _, _ in units] == ["reported"]


# --- denials in other words, and statements over several paragraphs --------------------------------


def test_a_headline_that_denies_with_a_verb_is_a_denial():
    analysis = said("fa", "شهر نمونه ادعای رضا کاظمی را رد کرد", "متن خبر.")
    assert [(k, s) for k, s, _ in analysis][:1] == [("denial", "شهر نمونه")]
    assert said("ar", "الحزب الكسلي ينفي الأنباء", "نص الخبر.")[:1][0][:2] == ("denial", "الحزب الكسلي")


def test_a_quotation_that_denies_claims_in_its_own_words():
    units = said("ar", "أصدرت الحركة الكسلية بيانا اليوم.", 'وتابع البيان "ننفي بشكل قاطع هذه الادعاءات".')
    assert units[-1][:2] == ("denial", "الحركة الكسلية")
    units = said("fa", "رضا کاظمی گفت: «ما این اتهامات را رد میکنیم».")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    # rejecting something that is not a claim is no denial
    units = said("fa", "رضا کاظمی گفت: «ما استفاده از این تریبون را رد میکنیم».")
    assert [k for k, _, _ in units] == ["quote"]


def test_arabic_that_he_did_not_is_a_denial():
    units = said("ar", "وأكد الوزير سامي الوردي، أنه لم يلتق أي مسؤول من الحركة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", 'وقال سامي الوردي "لم أر أي مقاتل أجنبي في المدينة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    # 'it was not long before ...' in the reporter's words after a colon is no denial
    units = said("ar", "وقال سامي الوردي: لم تمر فترة طويلة على وصولهم.")
    assert [k for k, _, _ in units] == ["quote"]


def test_cues_with_the_article_and_not_as_they_claim():
    units = said("ar", 'وقال الحزب الكسلي إن "هذه الأنباء من الأكاذيب".')
    assert [k for k, _, _ in units] == ["denial"]
    units = said("ar", 'وشدد الحزب الكسلي على أن عناصره "قتلوا في المعارك وليس كما تزعم تلك المواقع".')
    assert [k for k, _, _ in units] == ["denial"]


def test_the_author_of_the_claim_denied_keeps_their_words():
    units = said("ar", 'نفت الوزارة الكسلية ما قاله الوزير سامي الوردي، إن لديه "أدلة قاطعة"، واصفة ذلك بـ"الكذب".')
    assert ("quote", "سامي الوردي", "أدلة قاطعة") in units
    assert units[0][:2] == ("denial", "الوزارة الكسلية")


def test_a_statement_quoted_over_several_paragraphs_after_a_colon():
    units = said(
        "ar",
        "أصدرت الحركة الكسلية، السبت، البيان الآتي:",
        "“بيان صادر عن الحركة:",
        "تتهمنا بعض الجهات بما لم نفعل.",
        "السبت 08-03-2025”.",
    )
    assert [(k, s) for k, s, _ in units][1:] == [("quote", "الحركة الكسلية")] * 3
    assert [w for _, _, w in units][1:] == [
        "بيان صادر عن الحركة:",
        "تتهمنا بعض الجهات بما لم نفعل.",
        "السبت 08-03-2025",
    ]


def test_a_quotation_left_open_takes_nothing_with_it():
    units = said("ar", 'وقال سامي الوردي إن "الحدود مغلقة، في إشارة إلى المعبر.', 'وقالت الوزارة إن "المعبر مفتوح".')
    assert [s for _, s, _ in units] == ["سامي الوردي", "الوزارة"]


def test_arabic_in_it_came_is_the_statement_named_before():
    units = said(
        "ar",
        "نفت الحركة الكسلية إصدارها بيانا بشأن الهجمات.",
        'وكان البيان قد انتشر صباح الإثنين وجاء فيه أن "الهجمات ستستأنف".',
    )
    assert units[-1] == ("quote", "الحركة الكسلية", "الهجمات ستستأنف")


# --- descriptions, outlets and the body that issued a statement ------------------------------------


def test_arabic_an_outlet_in_quotation_marks_after_la_is_no_quotation():
    units = said("ar", 'وقال مصدر أمني لـ"نمو نيوز"، إن "القوات انسحبت من المدينة".')
    assert units == [("quote", "مصدر أمني", "القوات انسحبت من المدينة")]
    units = said("ar", 'وقالت الحركة الكسلية في بيان تلقته "نمو"، إن "القوات انسحبت".')
    assert units == [("quote", "الحركة الكسلية", "القوات انسحبت")]


def test_arabic_a_source_in_a_body_and_a_statement_issued_by_a_body():
    units = said("ar", 'وقال مصدر في وزارة الدفاع، إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["مصدر في وزارة الدفاع"]
    units = said("ar", 'وأفاد بيان صادر عن وزارة الداخلية بأن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["وزارة الداخلية"]
    units = said("ar", 'وبحسب ما أفاد مسؤول محلي، فإن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["مسؤول محلي"]


def test_arabic_more_ways_to_deny():
    assert said("ar", "ودحضت الوزارة الكسلية الادعاءات بشأن الهجوم.")[0][:2] == ("denial", "الوزارة الكسلية")
    assert said("ar", 'وقال سامي الوردي إن الحركة "لا علاقة لها بالهجوم".')[0][:2] == ("denial", "سامي الوردي")


def test_persian_an_office_then_the_name_between_commas():
    units = said("fa", "سخنگوی وزارت امور خارجه، رضا کاظمی گفت: «مرزها باز است».")
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]


def test_persian_according_to_the_writing_of_and_denied():
    assert said("fa", "به نوشته روزنامه نمونه، «نیروها آماده هستند».") == [
        ("quote", "روزنامه نمونه", "نیروها آماده هستند")
    ]
    assert said("fa", "رضا کاظمی این اتهامات را انکار کرد.")[0][:2] == ("denial", "رضا کاظمی")


# --- names before and after offices; relative clauses; warnings --------------------------------------


def test_a_name_before_its_office_and_honorifics():
    units = said("fa", "به گزارش خبرگزاری نمونه، سردار رضا کاظمی فرمانده نیروی نمونه گفت: «نیرویی نداریم».")
    assert units == [("quote", "رضا کاظمی", "نیرویی نداریم")]
    units = said("ar", 'وقال سامي الوردي المتحدث باسم الحركة إن "الحدود مغلقة".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_arabic_the_subject_ends_after_the_name_that_follows_an_office():
    units = said("ar", "ونفى نائب الأمين العام للحركة الشيخ سامي الكرخي مقتل 20 قياديا.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الكرخي")]
    units = said("ar", 'وقال المتحدث العسكري يحيى سامر إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["يحيى سامر"]


def test_arabic_a_verb_in_a_relative_clause_attributes_nothing():
    units = said("ar", 'وقال سامي الوردي إن "الحدود مغلقة"، متهما القناة التي أوردت النبأ بـ"التضليل".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_arabic_a_warning_to_whoever_spreads_false_news_is_no_denial():
    units = said("ar", "وشددت الوزارة الكسلية على أنها ستلاحق قضائيا كل من ينشر أخبارا كاذبة.")
    assert [k for k, _, _ in units] == ["reported"]
    units = said("ar", 'وقال سامي الوردي إن خصومه "لا يقوون إلا على نشر الأكاذيب".')
    assert [k for k, _, _ in units] == ["denial"]


def test_a_paragraph_ending_with_guillemets_is_no_headline():
    units = said("fa", "رضا کاظمی افزود: «این ادعاها بی‌پایه و اساس است.»")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_an_office_alone_is_the_person_the_article_names_with_it():
    units = said(
        "fa", "وزیر خارجه نمونه این ادعا را رد کرد.", "رضا کاظمی، وزیر خارجه نمونه، در نشست خبری گفت: «دروغ است»."
    )
    assert [s for _, s, _ in units] == ["رضا کاظمی", "رضا کاظمی"]
    units = said(
        "ar", "رفض وزير الخارجية الكسلي الاتهامات.", 'وقال وزير الخارجية الكسلي سامي الوردي إن "الاتهامات باطلة".'
    )
    assert [s for _, s, _ in units] == ["سامي الوردي", "سامي الوردي"]
    # two people named with the same office: the bare office stays a description
    units = said(
        "ar",
        "رفض المتحدث باسم الحركة الاتهامات.",
        'وقال المتحدث باسم الحركة سامي الوردي إن "الاتهامات باطلة".',
        'وقال المتحدث باسم الحركة يحيى سامر إن "الاتهامات كاذبة".',
    )
    assert units[0][1] == "المتحدث باسم الحركة"


def test_arabic_unnamed_sources_and_according_to_a_statement():
    units = said("ar", 'وقال مصدر أمني، فضل عدم الكشف عن اسمه، إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["مصدر أمني"]
    units = said("ar", 'وقال مسؤول في الحركة، طلب عدم ذكر اسمه، لوكالة نمو إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["مسؤول في الحركة"]
    units = said("ar", 'ووفقا لبيان صادر عن الحركة الكسلية، فإن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["الحركة الكسلية"]


def test_persian_an_opening_based_on_phrase_is_no_subject():
    units = said("fa", "بر اساس این گزارش، رضا کاظمی گفته است که نیروها عقب نشینی کرده اند.")
    assert [s for _, s, _ in units] == ["رضا کاظمی"]


def test_persian_two_speakers_in_one_sentence():
    units = said("fa", "رضا کاظمی گفت «مرزها بسته است» و حسن رستمی گفت «معبر باز است».")
    assert [s for _, s, _ in units] == ["رضا کاظمی", "حسن رستمی"]


def test_persian_this_movement_is_the_movement_named_before():
    units = said("fa", "رضا کاظمی گفت جنبش نمونه در سوریه نیرو دارد.", "این جنبش این گزارش را تکذیب کرد.")
    assert units[-1][:2] == ("denial", "جنبش نمونه")


def test_arabic_which_it_denied_and_analysts_and_a_headline_to_an_outlet():
    units = said("ar", "وتشير تقارير إلى أن الحركة أرسلت مقاتلين، وهو ما نفته الحركة مرارا.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة")]
    units = said("ar", 'ويرى محللون أن "الحركة تخسر نفوذها".')
    assert units == [("quote", "محللون", "الحركة تخسر نفوذها")]
    units = said("ar", 'الوردي لـ"نمو": الحدود مغلقة', "نص الخبر.")
    assert units[0] == ("quote", "الوردي", "الحدود مغلقة")


def test_a_straight_mark_left_open_does_not_pair_the_others_wrongly():
    units = said("ar", 'وكان موقع "نمو قد ادعى في وقت سابق، إن "القوات انسحبت" حسب قول الموقع الكسلي.')
    assert units == [("quote", "موقع نمو", "القوات انسحبت")]


def test_arabic_a_genitive_with_la_stays_in_the_name_a_manner_with_bi_does_not():
    assert said("ar", 'وقال المرصد الكسلي لحقوق الإنسان إن "القوات انسحبت".')[0][1] == "المرصد الكسلي لحقوق الإنسان"
    assert said("ar", "ونفى الحزب الكسلي بشدة الأنباء عن انسحاب قواته.")[0][:2] == ("denial", "الحزب الكسلي")


def test_persian_speech_after_a_colon_is_no_name_and_a_time_phrase_without_comma():
    units = said("fa", "رضا کاظمی تصریح کرد: «ما نیرویی نداریم»؛ وی افزود که «این ادعاها دروغ است».")
    assert [s for _, s, _ in units] == ["رضا کاظمی"]
    assert [w for _, _, w in units] == ["ما نیرویی نداریم"]  # one denial unit citing both quotations
    assert said("fa", "روز شنبه رضا کاظمی گفت: «ما نیرویی نداریم».") == [("quote", "رضا کاظمی", "ما نیرویی نداریم")]


def test_persian_more_ways_to_call_a_report_false():
    assert said("fa", "رضا کاظمی گفت: این خبر هیچ صحتی ندارد.")[0][:2] == ("denial", "رضا کاظمی")
    assert said("fa", "رضا کاظمی این گزارش را دروغ‌پردازی رسانه‌ها خواند.")[0][:2] == ("denial", "رضا کاظمی")


def test_arabic_an_mp_for_a_bloc_and_a_commander_with_his_rank():
    units = said("ar", 'وقال النائب عن ائتلاف دولة القانون سامي الوردي إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]
    units = said("ar", 'وقال قائد عمليات بغداد الفريق الركن سامي الوردي إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]
    units = said("ar", 'وقال الشيخ سامي الكرخي المتحدث باسم الحركة إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["سامي الكرخي"]


def test_a_headline_office_then_colon_is_a_quotation_a_label_is_not():
    assert said("fa", "سخنگوی وزارت خارجه نمونه: مرزها باز است", "متن.") == [
        ("quote", "سخنگوی وزارت خارجه نمونه", "مرزها باز است")
    ]
    # a cue in it makes it a denial: its speaker is named before the colon
    assert [(k, s) for k, s, _ in said("fa", "سخنگوی وزارت خارجه نمونه: ادعاها بی‌اساس است", "متن.")] == [
        ("denial", "سخنگوی وزارت خارجه نمونه")
    ]
    assert said("ar", "عاجل: القوات انسحبت من المدينة", "نص.") == []


def test_arabic_a_person_then_the_body_accused():
    assert said("ar", 'واتهم سامي الوردي الحركة بـ"الكذب".') == [("quote", "سامي الوردي", "الكذب")]


def test_affirming_that_reports_are_untrue_is_a_denial():
    units = said("ar", "وأكدت وزارة الداخلية الكسلية عدم صحة الأنباء المتداولة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارة الداخلية الكسلية")]
    units = said("fa", "جنبش نمونه با صدور تکذیبیه‌ای این خبر را بی‌اعتبار دانست.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_persian_the_subject_ends_before_reports_written_with_their_plural():
    units = said("fa", "شورای نمونه گزارش‌ها درباره حمله را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "شورای نمونه")]


def test_arabic_according_to_a_source():
    assert said("ar", 'ووفقا لمصدر أمني، فإن "القوات انسحبت".') == [("quote", "مصدر أمني", "القوات انسحبت")]


def test_arabic_a_kunya_with_ali_after_an_office_of_a_group():
    units = said("ar", 'وقال المسؤول الأمني للحركة الكسلية أبو علي الكرخي، في تدوينة، إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["أبو علي الكرخي"]


def test_persian_according_to_is_no_verb_of_its_own():
    units = said("fa", "حسن رستمی گفت: مرزها باز است.", "به گفته رضا کاظمی، «نیروها آماده هستند».")
    assert [s for _, s, _ in units] == ["حسن رستمی", "رضا کاظمی"]


def test_while_rejecting_and_in_his_answer_to_the_accusations():
    units = said("fa", "وزارت خارجه نمونه در بیانیه‌ای ضمن رد این ادعا اعلام کرد: نیروهای ما آنجا نیستند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت خارجه نمونه")]
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة.", 'وفي رده على الاتهامات، قال إن "الحركة لا تتدخل".')
    assert units[-1][:2] == ("denial", "سامي الوردي")
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة.", 'وفي رده على سؤال، قال إن "الحركة لا تتدخل".')
    assert units[-1][:2] == ("quote", "سامي الوردي")


def test_arabic_a_source_close_to_a_body():
    units = said("ar", "وكذّب مصدر مقرب من الحركة الكسلية هذه الأنباء.")
    assert [(k, s) for k, s, _ in units] == [("denial", "مصدر مقرب من الحركة الكسلية")]


def test_a_body_named_only_in_the_headline_is_what_the_body_later_refers_to():
    text = "\n\n".join(
        (
            "هيئة الموانئ الوطنية تنفي تفتيش مكاتبها",
            'وقالت الهيئة في بيان إنها "تنفي بشكل قاطع صحة الأنباء المتداولة".',
        )
    )
    analysis = attributor_for("ar").analyse(read(ArchivedText(text + "\n")), NameIndex(), {1})
    assert [(u.kind, u.speaker.label) for u in analysis.units] == [("denial", "هيئة الموانئ الوطنية")]


def test_verbs_inside_speech_after_a_colon_are_the_speakers_words():
    # 'ما ... تکذیب کردیم' inside the speech: not a new speaker 'ما', the speech denies in its own words
    units = said(
        "fa",
        "رضا کاظمی سخنگوی جنبش نمونه گفت: نیروها آماده هستند.",
        "وی افزود: هفته پیش نیز چنین خبری منتشر شد که ما آن را تکذیب کردیم و این خبر هم ساختگی است.",
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی"), ("denial", "رضا کاظمی")]


def test_persian_name_in_guillemets_then_a_time_and_a_long_phrase_before_its_verb():
    units = said(
        "fa",
        "به گزارش خبرگزاری نمونه؛ «رضا کاظمی» روز شنبه در پاسخ به پرسش خبرنگاران درباره وضعیت مرزهای شمالی "
        "و جنوبی کشور و رفت و آمد کاروان‌ها گفت: مرزها باز است.",
    )
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]


def test_persian_a_negated_answer_to_a_report_is_a_denial():
    units = said("fa", "رضا کاظمی در واکنش به خبر منتشر شده در رسانه‌ها گفت: فرمانده ما در آن شهر زندگی نمی کند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    units = said("fa", "رضا کاظمی در واکنش به خبر منتشر شده در رسانه‌ها گفت: فرمانده ما در آن شهر زندگی می کند.")
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی")]
    units = said("fa", "رضا کاظمی در سفر به شمال گفت: فرمانده ما در آن شهر زندگی نمی کند.")
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی")]


def test_persian_is_not_present_is_a_denial_cue():
    units = said("fa", "جنبش نمونه تأکید کرد که هیچ نیروی خارجی در این منطقه حضور ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_arabic_a_quotation_that_denies_with_its_own_verb():
    units = said("ar", 'وقالت الهيئة الكسلية في بيان، "ننفي نفيا قاطعا وجود أي قوات لنا في المدينة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "الهيئة الكسلية")]
    units = said("ar", 'وقالت الهيئة الكسلية في بيان إن "الهيئة تنفي وقوع أي اشتباك على الحدود".')
    assert [(k, s) for k, s, _ in units] == [("denial", "الهيئة الكسلية")]
    # rejecting, unlike denying, is a denial only of claims: 'we reject the proposal' is not
    units = said("ar", 'وقالت الهيئة الكسلية في بيان، "نرفض مشروع القانون الجديد".')
    assert [(k, s) for k, s, _ in units] == [("quote", "الهيئة الكسلية")]


def test_arabic_but_and_a_noun_before_a_past_verb():
    units = said("ar", "لكن الحركة الكسلية نفت قيام مقاتليها بالهجوم.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]
    units = said("ar", "إلا أن الحركة الكسلية نفت قيام مقاتليها بالهجوم.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]


def test_arabic_an_assistant_then_the_name_between_commas():
    units = said("ar", "نفى المساعد الخاص لرئيس المجلس الكسلي في الشؤون الخارجية، سامي الوردي، الادعاءات حول الحدود.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_arabic_a_lie_and_mere_claims_are_denial_cues():
    units = said("ar", "وقال سامي الوردي إن ما ينشره الإعلام هو مجرد مزاعم.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", 'وقال سامي الوردي إن الخبر "كذبة كبرى".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_arabic_an_indefinite_noun_before_a_verb_with_no_subject_speaks():
    units = said(
        "ar",
        "وقال سامي الوردي إن الحدود مغلقة.",
        'ويأتي ذلك بعد نشر تغريدة لناشط كسلي قال فيها إن "القوات انسحبت من المدينة".',
    )
    assert units[-1] == ("quote", "ناشط كسلي", "القوات انسحبت من المدينة")
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة.", 'ونقلت الصحيفة عن مصدر أمني قال إن "القوات انسحبت".')
    assert units[-1] == ("quote", "مصدر أمني", "القوات انسحبت")


def test_persian_we_in_a_statement_is_the_body_that_issued_it():
    units = said("fa", "در بیانیه جنبش نمونه آمده است که ما این گزارش را به شدت رد می کنیم.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_persian_present_of_a_compound_verb_and_before_as_a_time():
    units = said("fa", "جنبش نمونه در ادامه تاکید می کند که مرزها باز است.")
    assert [(k, s) for k, s, _ in units] == [("reported", "جنبش نمونه")]
    units = said("fa", "این گزارش شهر نمونه است که پیش از این اعلام کرده بود مرزها باز است.")
    assert all(s != "پیش" for _, s, _ in units)


def test_persian_passive_denial_by_an_agent_and_in_a_kicker_above_the_headline():
    units = said("fa", "این خبر از سوی سخنگوی جنبش نمونه تکذیب شد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی جنبش نمونه")]
    # the agent of another verb ('published by') is not the denier
    assert said("fa", "خبر منتشر شده از سوی شبکه نمونه درباره مرز تکذیب شد.") == []
    text = "\n\n".join(("از سوی سخنگوی جنبش نمونه؛", "ادعای حمله به مرز تکذیب شد", "مرزها باز است."))
    analysis = attributor_for("fa").analyse(read(ArchivedText(text + "\n")), NameIndex(), set())
    assert [(u.kind, u.speaker.label) for u in analysis.units] == [("denial", "سخنگوی جنبش نمونه")]


def test_persian_passive_denial_by_two_agents_joined_by_and():
    # 'by X and also by Y' denies twice, each agent its own denier; never the report denied ('گزارشی که ...')
    units = said(
        "fa",
        "روزنامه وستاریا نوشته بود که این سلاح‌ها را دیده است؛ گزارشی که از سوی سخنگوی جنبش نمونه "
        "و نیز سخنگوی وزارت خارجه کسلیا تکذیب شده است.",
    )
    assert [(k, s) for k, s, _ in units] == [
        ("denial", "سخنگوی جنبش نمونه"),
        ("denial", "سخنگوی وزارت خارجه کسلیا"),
    ]
    units = said("fa", "این ادعا از سوی جنبش نمونه و همچنین دولت کسلیا تکذیب شد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه"), ("denial", "دولت کسلیا")]
    # what each denies is the passive's subject before its agents, as with one agent (round 34: no longer the whole
    # sentence); never the words naming the second agent ('و نیز Y')
    analysis = analyse("fa", "این ادعا از سوی جنبش نمونه و نیز دولت کسلیا تکذیب شد.")
    assert [u.denial.denied for u in analysis.units] == [("این ادعا",)] * 2


def test_persian_a_negated_answer_to_a_claim_in_reported_speech():
    units = said("fa", "وزارت خارجه نمونه در واکنش به این ادعا اعلام کرد که هیچ نیرویی در منطقه ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت خارجه نمونه")]


def test_arabic_hastened_to_deny_and_a_participle_of_belying():
    units = said("ar", "وسارعت الوزارة الكسلية إلى نفي الخبر.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الوزارة الكسلية")]
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة، مكذبا الأنباء عن فتحها.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_arabic_headline_speaker_before_a_colon_and_a_denial_cue():
    units = said("ar", "الحركة الكسلية: لا صحة لما يتم تداوله عن مقتل قائدنا")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]
    units = said("ar", "عاجل: لا صحة لما يتم تداوله عن مقتل القائد")
    assert units == []


def test_arabic_had_announced_after_a_name_and_what_is_set_beside_it():
    units = said("ar", "وكانت الحركة الكسلية أحد فصائل التحالف، قد أعلنت أول أمس أن قواتها انسحبت من المدينة.")
    assert [(k, s) for k, s, _ in units] == [("reported", "الحركة الكسلية")]
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة.", "وأعلنت أول أمس أن قواتها انسحبت من المدينة.")
    assert all(s != "أول" for _, s, _ in units)


def test_arabic_quoted_words_that_only_introduce_a_list_are_not_drafted():
    units = said(
        "ar",
        'وأشار سامي الوردي إلى "ما يأتي:',
        "- أولاً: الحدود مغلقة أمام الجميع.",
        '- ثانياً: القوات باقية في المدينة."',
    )
    assert [s for _, s, _ in units] == ["سامي الوردي", "سامي الوردي"]
    assert all("يأتي" not in w for _, _, w in units)


def test_arabic_a_definite_noun_after_an_adjective_of_origin_starts_the_object():
    units = said("ar", "ورفض الحزب الكسلي التقرير جملة وتفصيلا.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحزب الكسلي")]
    # an adjective after it stays in the name
    units = said("ar", 'وقال الجيش الكسلي الحر إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["الجيش الكسلي الحر"]


def test_rejecting_a_proposal_is_no_denial():
    units = said("ar", "ورفضت الحركة الكسلية المشاركة في الانتخابات المقبلة.")
    assert [(k, s) for k, s, _ in units] == [("reported", "الحركة الكسلية")]
    units = said("fa", "جنبش نمونه پیشنهاد مذاکره را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("reported", "جنبش نمونه")]
    units = said("fa", "جنبش نمونه هرگونه دخالت در این حمله را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_arabic_a_statement_of_a_body_written_with_la():
    units = said("ar", 'وذكر بيان للحركة الكسلية أن "الأنباء عارية عن الصحة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]


def test_persian_we_did_not_is_a_denial_we_have_no_is_not():
    units = said("fa", "رضا کاظمی گفت: «ما در این حمله هیچ نقشی نداشتیم».")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    units = said("fa", "رضا کاظمی گفت: «ما برنامه‌ای برای جنگ نداریم».")
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی")]


def test_persian_but_before_the_subject_is_no_part_of_it():
    units = said("fa", "شبکه نمونه ادعا کرده بود که نیروها در مرز هستند.", "اما جنبش نمونه این ادعا را رد کرد.")
    assert units[-1][:2] == ("denial", "جنبش نمونه")
    units = said("fa", "همچنین سخنگوی جنبش نمونه این خبر را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی جنبش نمونه")]


def test_persian_sources_close_to_or_in_a_body():
    units = said("fa", "منابع نزدیک به جنبش نمونه این خبر را تکذیب کردند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "منابع نزدیک به جنبش نمونه")]
    units = said("fa", "یک منبع آگاه در جنبش نمونه این خبر را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "یک منبع آگاه در جنبش نمونه")]


def test_arabic_for_its_part_hastened_to_belie_and_as_reported_by_a_source():
    units = said("ar", "من جهتها، سارعت الحركة الكسلية إلى تكذيب هذه الأنباء.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]
    units = said("ar", '"القوات انسحبت من المدينة"، بحسب ما أفاد به مصدر أمني.')
    assert units == [("quote", "مصدر أمني", "القوات انسحبت من المدينة")]


def test_a_relay_after_the_subject_gives_the_words_to_its_source():
    units = said("ar", 'وأفادت وكالة الأنباء الكسلية نقلا عن مصدر أمني أن "القوات انسحبت".')
    assert units == [("quote", "مصدر أمني", "القوات انسحبت")]
    units = said("fa", "خبرگزاری نمونه به نقل از رضا کاظمی نوشت: «مرزها باز است».")
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]
    units = said("fa", "به گزارش خبرگزاری نمونه به نقل از رضا کاظمی، «مرزها باز است».")
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]
    units = said("ar", 'وقالت وكالة الأنباء الكسلية إن "القوات انسحبت".')
    assert [s for _, s, _ in units] == ["وكالة الأنباء الكسلية"]


def test_persian_and_added_after_a_quotation_is_the_same_speaker():
    analysis = analyse("fa", "رضا کاظمی گفت: «مرزها باز است» و افزود: «نیروها آماده هستند».")
    speakers = [a.speaker.label for u in analysis.units for a in u.attributions]
    assert speakers == ["رضا کاظمی", "رضا کاظمی"]


def test_more_words_for_false_and_disowning():
    units = said("ar", "وتبرأت الحركة الكسلية من البيان المنسوب إليها.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة الكسلية")]
    units = said("ar", "وقال سامي الوردي إن هذه الأنباء زائفة ولا تمت للحقيقة بصلة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("fa", "رضا کاظمی این ادعاها را واهی و خلاف واقع دانست.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_a_subject_too_long_for_a_name_that_ends_with_an_office():
    units = said("fa", "سرویس خبری روزنامه نمونه شهر نمونه حسن رستمی سخنگوی جنبش نمونه این خبر را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی جنبش نمونه")]


def test_arabic_a_negated_answer_to_claims():
    units = said("ar", 'وتعليقا على هذه الأنباء، قال سامي الوردي إن "الحركة لم تتدخل".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", 'وفي معرض رده على الأنباء، قال سامي الوردي إن "الحركة لا تتدخل".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    units = said("ar", 'وتعليقا على هذه الأنباء، قال سامي الوردي إن "الحركة ستتدخل".')
    assert [(k, s) for k, s, _ in units] == [("quote", "سامي الوردي")]


def test_persian_two_opening_phrases_before_the_subject():
    units = said("fa", "روز شنبه، در پی انتشار گزارش‌هایی درباره حمله، جنبش نمونه این خبر را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_arabic_a_verb_with_no_subject_agrees_in_gender_with_its_speaker():
    units = said(
        "ar",
        'وقالت الوزارة الكسلية في بيان إن "الحدود مغلقة".',
        'وقال سامي الوردي إن "القوات انسحبت".',
        'وأضافت أن "المعابر مفتوحة".',
    )
    assert [s for _, s, _ in units] == ["الوزارة الكسلية", "سامي الوردي", "الوزارة الكسلية"]
    units = said(
        "ar",
        'وقال سامي الوردي إن "القوات انسحبت".',
        "وذكرت وسائل إعلام أن القوات عادت إلى المدينة.",
        'وأضاف أن "المعابر مفتوحة".',
    )
    assert units[-1] == ("quote", "سامي الوردي", "المعابر مفتوحة")


def test_persian_he_after_a_body_spoke_is_the_last_person():
    units = said(
        "fa",
        "رضا کاظمی گفت: «مرزها باز است».",
        "وزارت خارجه نمونه نیز اعلام کرد: «نیروها آماده هستند».",
        "وی افزود: «ما عقب نمی نشینیم».",
    )
    assert [s for _, s, _ in units] == ["رضا کاظمی", "وزارت خارجه نمونه", "رضا کاظمی"]


def test_a_paragraph_that_is_one_quotation_after_its_speakers_reported_words():
    units = said("ar", "وقال سامي الوردي إن الحدود مغلقة أمام الجميع.", "“القوات انسحبت من المدينة صباح اليوم”.")
    assert units[-1] == ("quote", "سامي الوردي", "القوات انسحبت من المدينة صباح اليوم")
    units = said("fa", "رضا کاظمی گفت که مرزها باز است.", "«نیروها آماده هستند و عقب نمی نشینند».")
    assert units[-1] == ("quote", "رضا کاظمی", "نیروها آماده هستند و عقب نمی نشینند")
    # not after a paragraph with no speaker, nor a short phrase in marks
    assert said("ar", "وشهدت المدينة اشتباكات عنيفة.", "“القوات انسحبت من المدينة صباح اليوم”.") == []


def test_honorifics_and_a_leader_before_a_name():
    assert said("ar", 'وقال الحاج أبو علي الكرخي إن "القوات انسحبت".')[0][1] == "أبو علي الكرخي"
    assert said("ar", 'وقال زعيم الحركة الكسلية السيد سامي الوردي إن "القوات انسحبت".')[0][1] == "سامي الوردي"
    units = said("fa", "حجت الاسلام رضا کاظمی، رئیس دفتر جنبش نمونه، گفت: «مرزها باز است».")
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]


def test_warning_against_spreading_rumours_is_no_denial():
    units = said("ar", "وحذرت الحركة الكسلية من نشر الشائعات حول الوضع الأمني.")
    assert [(k, s) for k, s, _ in units] == [("reported", "الحركة الكسلية")]
    units = said("fa", "رضا کاظمی نسبت به انتشار شایعات در فضای مجازی هشدار داد.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]


def test_arabic_a_definite_noun_after_a_persons_surname_starts_the_object():
    units = said("ar", "ودعا سامي الوردي المواطنين إلى الهدوء.")
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_arabic_we_did_not_after_the_pronoun():
    units = said("ar", 'وقال سامي الوردي: "نحن لم نشارك في الهجوم".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_in_part_of_this_statement_and_a_statement_seen_by_an_outlet():
    units = said(
        "fa", "جنبش نمونه اعلام کرد که نیروها آماده هستند.", "در بخشی از این بیانیه آمده است: «مرزها باز است»."
    )
    assert units[-1] == ("quote", "جنبش نمونه", "مرزها باز است")
    units = said("ar", 'وأكدت الحركة الكسلية في بيان اطلعت عليه "الجبال"، أن "القوات انسحبت".')
    assert units == [("quote", "الحركة الكسلية", "القوات انسحبت")]


def test_writing_and_more_persian_verbs_of_saying():
    assert said("ar", 'وكتب سامي الوردي في تغريدة: "القوات انسحبت".') == [("quote", "سامي الوردي", "القوات انسحبت")]
    assert said("fa", "رضا کاظمی تاکید داشت: «مرزها باز است».") == [("quote", "رضا کاظمی", "مرزها باز است")]


def test_arabic_that_it_did_not_inside_quotation_marks_after_a_phrase():
    units = said("ar", 'من جهتها، قالت وزارة الدفاع الكسلية في بيان إنها "لم تنفذ أي غارة في المنطقة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارة الدفاع الكسلية")]
    # 'إن لم' (if not) is a condition, not 'that it did not'
    units = said("ar", "وقال سامي الوردي في تصريح صحفي إن لم تنسحب القوات فإن الحركة سترد.")
    assert [(k, s) for k, s, _ in units] == [("reported", "سامي الوردي")]


def test_arabic_a_body_after_a_persons_name_is_the_object():
    units = said("ar", "وفي سياق متصل، دعا النائب عن كتلة الوفاق محمد الحسني الحكومة إلى فتح تحقيق.")
    assert [s for _, s, _ in units] == ["محمد الحسني"]


def test_persian_none_was_done_and_before_this_as_an_opening_time():
    units = said("fa", "وزارت دفاع نمونه در بیانیه ای اعلام کرد که هیچ حمله هوایی در این منطقه انجام نداده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت دفاع نمونه")]
    units = said("fa", "رضا کاظمی گفت که در این حادثه هیچ کس زخمی نشده است.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]
    units = said("fa", "رضا کاظمی گفت: «ما هیچ دخالتی نکرده ایم».")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    units = said(
        "fa",
        "رضا کاظمی گفت: «مرزها باز است».",
        "پیش از این برخی رسانه ها به نقل از منابع امنیتی مدعی شده بودند که فرمانده کشته شده است.",
    )
    assert units[-1][:2] == ("reported", "منابع امنیتی")


def test_arabic_statement_received_by_an_outlet_and_a_body_after_la_with_tatweel():
    # the relative clause 'تلقت وكالة X نسخة منه' (of which agency X received a copy) is no part of the body
    units = said("ar", 'وقال بيان للهيئة تلقت وكالة الأنباء نسخة منه إن "القوات انسحبت".')
    assert units == [("quote", "الهيئة", "القوات انسحبت")]
    # 'بيان لـ«X»': the statement is the body's, not an outlet told
    units = said("ar", "وقال سامي الوردي إن الهجوم وقع.", "ونفى بيان لـ«المجلس»، أمس، وقوع أي هجوم على الحدود.")
    assert units[-1][:2] == ("denial", "المجلس")


def test_arabic_an_honorific_office_and_name_before_a_present_verb_of_denying():
    units = said(
        "ar",
        "الناطق الرسمي للحركة الأستاذ سامي عبد الكريم ينفي تصريحات منير الدباغ.",
        "نفى الأستاذ سامي عبد الكريم الناطق الرسمي للمكتب السياسي للسيد حامد الكرخي تصريح منير الدباغ.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي عبد الكريم"), ("denial", "سامي عبد الكريم")]


def test_arabic_condemning_with_a_colon_and_claims_not_based_on_evidence():
    units = said("ar", "الحركة تندد باتهامات نائب أجنبي: مزاعم لا صحة لها.")
    assert units == [("denial", "الحركة", "مزاعم لا صحة لها")]
    units = said("ar", "نددت منظمة الوفاق بالاتهامات، مؤكدة أن تلك الادعاءات لا تستند إلى أي دليل.")
    assert [(k, s) for k, s, _ in units] == [("denial", "منظمة الوفاق")]


def test_arabic_a_statement_of_someone_published_by_the_media_is_theirs():
    units = said(
        "ar",
        'وقالت الهيئة إن "الحدود آمنة".',
        'وكانت وسائل إعلام نشرت تصريحا للقائد العسكري سامي الوردي، قالت إنه أدلى به أمس يشير إلى أن "القوات تتقدم".',
    )
    assert units[-1][:2] == ("quote", "سامي الوردي")


def test_arabic_a_quotation_that_belies_in_the_present():
    units = said(
        "ar", 'وقالت الهيئة إن "الحدود آمنة".', 'وأضاف البيان أن "الهيئة إذ تكذب هذه الأنباء تؤكد أن الحدود آمنة".'
    )
    assert units[-1][:2] == ("denial", "الهيئة")


def test_persian_thousands_separator_as_a_comma_and_a_time_after_the_subject():
    units = said("fa", "به گزارش خبرگزاری نمونه٬ رضا کاظمی٬ سخنگوی وزارت کشور گفته که «مرزها باز است».")
    assert units == [("quote", "رضا کاظمی", "مرزها باز است")]
    units = said("fa", "آقای کاظمی شامگاه یکشنبه در مراسمی گفته که «مرزها باز است».")
    assert units == [("quote", "آقای کاظمی", "مرزها باز است")]
    # 'که X، عضو مجلس ... اعلام کرده': the comma before an office does not close the clause after 'که'
    units = said(
        "fa",
        "رضا کاظمی گفت: «مرزها باز است».",
        "این در حالی است که مینا رستمی٬ عضو کمیسیون امنیت مجلس اعلام کرده «مرزها بسته است».",
    )
    assert units[-1] == ("quote", "مینا رستمی", "مرزها بسته است")


def test_persian_a_not_inside_a_relative_clause_answers_no_claim():
    # a request in answer to reports: the 'not' is said of the news ('که ... منتشر نشده است،'), not by the speaker
    units = said(
        "fa",
        "جنبش نمونه در واکنش به خبرهای منسوب به مسئولان خود اعلام کرد: «از رسانهها میخواهیم از انتشار هر خبری که "
        "رسما منتشر نشده است، خودداری کنند.»",
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "جنبش نمونه")]
    units = said("fa", "رضا کاظمی در واکنش به خبر منتشر شده گفت: فرمانده در این شهر زندگی نمی کند که کشته شود.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_arabic_going_on_with_its_denial():
    # 'واصلت X تفنيدها' (X went on refuting): a verbal noun of denying with X's pronoun, after a verb that is
    # not one of saying
    units = said("ar", "واصلت وزارة الدفاع الكسلية، أمس، تفنيدها للرواية التي نشرتها الحركة عن القصف.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارة الدفاع الكسلية")]
    units = said("ar", "واصلت وزارة الدفاع الكسلية، أمس، تدريبها للقوات في المنطقة.")
    assert units == []


def test_persian_none_of_any_kind_in_quotation_marks():
    units = said("fa", "رضا کاظمی گفته که کشور نمونه «هیچگونه نیروی نظامی» در مرز ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    # 'has no' without 'of any kind' says what is
    units = said("fa", "رضا کاظمی گفته که این شهر هیچ بیمارستانی ندارد و مردم نگران هستند.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]


def test_arabic_a_statement_to_the_media_is_not_theirs():
    units = said(
        "ar",
        'وقالت الهيئة إن "الحدود آمنة".',
        'وفي تصريح لوسائل الإعلام، أكدت أن "القوات تتقدم".',
    )
    assert units[-1][:2] == ("quote", "الهيئة")


def test_persian_this_is_while_opens_a_sentence_of_its_own_and_a_copy_obtained_by_an_outlet():
    units = said("fa", "این در حالی است که وزارت دفاع نمونه، پیشتر این خبر را تکذیب کرده بود.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت دفاع نمونه")]
    units = said("ar", 'وأفاد بيان للحركة حصلت "الجبال" على نسخة منه بأن "القوات انسحبت".')
    assert units == [("quote", "الحركة", "القوات انسحبت")]


def test_arabic_declining_to_comment_and_an_unnamed_senior_official():
    units = said("ar", "ورفض المتحدث باسم الحكومة التعليق على هذه الأنباء.")
    assert [k for k, _, _ in units] != ["denial"] and units[0][1] == "المتحدث باسم الحكومة"
    units = said("ar", 'وقال مسؤول عراقي رفيع للصحفيين إن "الحدود آمنة".')
    assert units == [("quote", "مسؤول عراقي رفيع", "الحدود آمنة")]
    units = said("ar", 'وقال مسؤول الإعلام في الحركة سامي الوردي إن "الحدود آمنة".')
    assert units == [("quote", "سامي الوردي", "الحدود آمنة")]


def test_arabic_a_definite_body_right_after_the_subject_body_is_the_object():
    units = said("ar", "في المقابل، اتهمت الحركة الحكومة بالوقوف وراء الهجوم على الحدود.")
    assert [(k, s) for k, s, _ in units] == [("reported", "الحركة")]


def test_persian_interior_or_defence_minister_of_a_country_not_on_file_is_no_name():
    units = said("fa", "وزیر کشور نمونه در پاسخ به خبرنگاران گفت که این خبر صحت ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزیر کشور نمونه")]
    assert said("fa", "وزیر دفاع نمونه گفت: «مرزها باز است».") == [("quote", "وزیر دفاع نمونه", "مرزها باز است")]


def test_arabic_the_noun_after_that_is_the_subject_of_a_verb_with_none_after_it():
    units = said("ar", "وتابعت وسائل إعلام محلية أن الحركة نفت هذه الأنباء.")
    assert [(k, s) for k, s, _ in units] == [("denial", "الحركة")]
    units = said("ar", "وذكرت مصادر أن وزارة الدفاع الكسلية نفت وقوع الهجوم.")
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارة الدفاع الكسلية")]
    units = said("ar", 'ورأى سامي الوردي أن القصف يؤكد أن "القوات تخشى المواجهة".')
    assert units == [("quote", "سامي الوردي", "القوات تخشى المواجهة")]


def test_arabic_an_analyst_or_expert_before_the_name():
    units = said("ar", 'ويقول المحلل السياسي سامي الوردي إن "القوات انسحبت".', 'وأضاف الخبير أن "الحدود آمنة".')
    assert [s for _, s, _ in units] == ["سامي الوردي", "سامي الوردي"]


def test_arabic_a_participle_after_the_subject_and_declining_to_be_named():
    # 'رافضا الكشف عن هويته' (declining to give his name): no speaker 'الكشف', and nothing denied by it
    units = said("ar", 'وقال مسؤول في الهيئة رافضا الكشف عن هويته، إن "القوات وصلت إلى المدينة".')
    assert units == [("quote", "مسؤول في الهيئة", "القوات وصلت إلى المدينة")]
    units = said("ar", 'وقال الوزير سامي الوردي نافيا الأنباء إن "الحدود مفتوحة".')
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_arabic_a_statement_of_a_body_right_before_its_verb_and_a_comma_after_the_full_stop():
    units = said(
        "ar",
        'وقالت الهيئة إن "الحدود آمنة".، فيما نشرت صحيفة محلية بيانا للسفارة الكسلية في المدينة ينفي صحة هذه الأنباء.',
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "الهيئة"), ("denial", "السفارة الكسلية في المدينة")]


def test_arabic_going_on_says_only_before_a_quotation_and_fabrications_deny():
    units = said("ar", 'وقال سامي الوردي إن "الحدود آمنة".', "وواصل الوردي “القوات تعلن عن تحركاتها دائما”.")
    assert [(k, s) for k, s, _ in units] == [("quote", "سامي الوردي"), ("quote", "سامي الوردي")]
    assert said("ar", "وواصلت القوات تقدمها نحو المدينة الكبيرة منذ صباح اليوم.") == []
    units = said("ar", 'وقالت الهيئة إن "الحدود آمنة".', "وأكدت أن “نشر هذه الأخبار والفبركات يضر بالناس”.")
    assert units[-1][:2] == ("denial", "الهيئة")


def test_persian_an_opening_while_clause_is_not_the_subject():
    units = said(
        "fa", "درحالی که اخیرا، گزارشهایی درباره این دیدار پخش میشد «رضا کاظمی» سخنگوی جنبش این خبر را تکذیب کرد."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_a_name_in_guillemets_then_an_object_with_ra():
    units = said("fa", "«جنبش نمونه» شهر نمونه دخالت در حمله دیروز به مرز را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]
    # a quotation that is itself the object has 'را' right after it
    units = said("fa", "رضا کاظمی «حمله به مرز» را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_according_to_him_with_the_quotation_opened_right_after_the_comma():
    units = said(
        "fa",
        "رضا کاظمی سخنگوی جنبش این خبر را تکذیب کرد.",
        "به گفته وی،« هیچ عضوی از جنبش با کسی دیدار نکرده است.»",
    )
    assert [s for _, s, _ in units] == ["رضا کاظمی", "رضا کاظمی"]
    assert "هیچ عضوی" in units[1][2]


def test_persian_after_but_the_clause_has_its_own_subject():
    units = said(
        "fa", "هیچ گروهی مسئولیت حمله را برعهده نگرفته است اما رضا کاظمی، سخنگوی جنبش نمونه، این خبر را رد کرد."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_a_time_without_a_comma_and_examples_after_such_as_and_an_involvement_denied():
    units = said("fa", "روز گذشته برخی رسانه های محلی همچون نمونه، کسلی و بلوط ادعا کرده بودند که مرزها بسته شده است.")
    assert [(k, s) for k, s, _ in units] == [("reported", "برخی رسانه های محلی")]
    units = said("fa", "جنبش نمونه دخالت در حمله دیروز به مرز را رد کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش نمونه")]


def test_arabic_a_source_in_a_body_named_in_quotation_marks():
    units = said("ar", "وقال مصدر في “المجلس الأعلى” إن ما نشرته بعض المواقع “محض افتراء”.")
    # (the description reads as without the marks around the body's name)
    assert [(k, s) for k, s, _ in units] == [("denial", "مصدر في المجلس الأعلى")]


def test_arabic_a_group_named_in_quotation_marks_is_no_quotation():
    units = said("ar", "نفى زعيم جماعة “أنصار النور” التقارير الإعلامية التي تحدثت عن استهداف المدينة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "زعيم جماعة أنصار النور")]


def test_arabic_the_blessing_after_a_holy_name_is_no_speaker():
    # 'طالب' in 'أبي طالب' reads as a verb ('demanded'); the blessing after it is no subject
    units = said(
        "ar", '"النوريون"؛ اللواء الذي هب للدفاع عن مرقد السيدة مريم بنت علي بن أبي طالب عليهما السلام في الريف.'
    )
    assert all(s != "عليهما السلام" for _, s, _ in units)


def test_arabic_responsibility_claimed_is_the_object_not_part_of_the_subject():
    units = said("ar", "ولاحقا أعلن تنظيم النور مسؤوليته عن الهجوم على المدينة.")
    assert [(k, s) for k, s, _ in units] == [("reported", "تنظيم النور")]


def test_arabic_affiliated_to_is_no_verb_of_saying():
    units = said(
        "ar", "تأسس «لواء النور» بعد الحرب؛ حيث بدأ كفصيل مسلح تابع للحرس الوطني في المدينة، ثم أصبح لواء كبيرا."
    )
    assert units == []
    units = said("ar", 'وقال سامي الوردي إن "الحدود آمنة".', 'وتابع الوردي أن "القوات جاهزة للدفاع".')
    assert [s for _, s, _ in units] == ["سامي الوردي", "سامي الوردي"]


def test_persian_a_reaction_of_a_body_is_not_a_speaker():
    units = said(
        "fa",
        "جنبش نمونه در بیانیه ای این خبر را رد کرد.",
        "واکنش جنبش نمونه در پاسخ به گزارش شهر کسلی است که پیش از این اعلام کرده بود مرز بسته است.",
        "جنبش نمونه در ادامه تاکید می کند که هیچ نیرویی در مرز حضور ندارد.",
    )
    assert all(not s.startswith("واکنش") for _, s, _ in units)


def test_a_deniers_own_negation_restates_the_denial_in_arabic_and_persian():
    arabic = said(
        "ar",
        "نفى سامي الراوي التقارير.",
        'وأضاف الراوي: "مقاتلونا لم يدخلوا الوادي".',
        'وتابع الراوي: "لا نسمح لأحد بالاعتداء علينا".',  # 'we do not allow': no restated denial
    )
    assert [u[:2] for u in arabic] == [("denial", "سامي الراوي"), ("denial", "سامي الراوي"), ("quote", "سامي الراوي")]
    persian = said(
        "fa",
        "سامی الراوی سخنگوی تیپ کسل این گزارش‌ها را تکذیب کرد.",
        "الراوی گفت: «نیروهای ما وارد دره نشده‌اند».",
        "الراوی افزود: «ما اجازه نمی‌دهیم کسی به ما حمله کند».",  # 'we do not allow'
    )
    assert [u[0] for u in persian] == ["denial", "denial", "quote"]
    # with no denial before, the same words are a quotation
    assert [u[0] for u in said("fa", "الراوی گفت: «نیروهای ما وارد دره نشده‌اند».")] == ["quote"]


def test_arabic_office_of_a_ministry_with_lam_then_the_name():
    # 'المتحدث الرسمي لوزارة X سامي الوردي': 'لوزارة' (of the ministry) is no given name, the name follows it
    units = said("ar", 'وقال المتحدث الرسمي لوزارة الزراعة سامي الوردي إن "المحصول وفير".')
    assert [s for _, s, _ in units] == ["سامي الوردي"]


def test_a_spokesman_or_source_of_the_denying_body_restates_its_denial():
    units = said(
        "ar",
        "نفت وزارة الزراعة الكسلية التقارير عن نقص القمح.",
        'وقال المتحدث الرسمي لوزارة الزراعة سامي الوردي إن "المخازن لم تفرغ".',
        'وقال مصدر مسؤول في الوزارة إن "الشحنات لم تتأخر".',
        'وقال النائب فريد الحلبي إن "الأسعار لم ترتفع".',  # no one's spokesman: his 'not' is his own
    )
    assert [u[:2] for u in units] == [
        ("denial", "وزارة الزراعة الكسلية"),
        ("denial", "سامي الوردي"),
        ("denial", "مصدر مسؤول في الوزارة"),
        ("quote", "فريد الحلبي"),
    ]
    # typed with 'لا' joined to its word ('لاوجود'), the same restatement
    units = said("ar", "نفت حركة النور الكسلية التقارير.", 'وقال مصدر في الحركة إن "لاوجود لمقاتلينا هناك".')
    assert [u[0] for u in units] == ["denial", "denial"]


def test_a_denial_relayed_from_a_source_is_the_sources():
    # 'نقلت الوكالة عن مصدر في X نفيه ...' (the agency relayed from a source his denial): the source denies
    units = said("ar", 'وكانت وكالة "النهار" قد نقلت أمس عن مصدر في حركة النور نفيه مسؤوليتها عن الهجوم.')
    assert [u[:2] for u in units] == [("denial", "مصدر في حركة النور")]


def test_a_headline_whose_speech_after_a_colon_calls_claims_untrue():
    units = said(
        "ar", "حركة النور تندد باتهامات النائب: ادعاءات لا صحة لها", "وقالت الحركة في بيان إنها تعمل بالقانون."
    )
    assert units[0][:2] == ("denial", "حركة النور")
    # a headline's untrue words with no speaker named stay undrafted
    assert said("ar", "ادعاءات لا صحة لها عن الحدود", "وقالت الحركة في بيان إنها تعمل بالقانون.")[0][0] != "denial"


def test_a_states_spokesman_restates_the_states_denial():
    index = NameIndex()
    index.add("كاسيا", Known("kasia", "actor", "government", "Kasia"))
    units = said(
        "ar",
        "نفت كاسيا التقارير عن نقل أسلحة.",
        'وقال المتحدث باسم الخارجية الكاسية سامي الوردي إن "بلادنا لم ترسل أي أسلحة".',
        'وقال المحلل الكاسي فريد الحلبي إن "الأسلحة لم تصل".',  # an analyst of the country does not speak for it
        index=index,
    )
    assert [u[:2] for u in units] == [("denial", "Kasia"), ("denial", "سامي الوردي"), ("quote", "فريد الحلبي")]


def test_arabic_passive_denial_is_its_agents():
    # 'تم نفي X من قبل Y' (X was denied by Y): Y denies; the report denied is no speaker
    assert said("ar", "وتم نفي الخبر من قبل حركة النور.")[0][:2] == ("denial", "حركة النور")
    assert said("ar", "وجرى تكذيب التقرير من جانب الوزارة الكسلية.")[0][:2] == ("denial", "الوزارة الكسلية")
    assert said("ar", "وقد تم نفي الخبر.") == []


def test_arabic_subject_ends_before_the_one_report_denied():
    assert said("ar", 'ووصفت حركة النور التقرير بأنه "كذب وافتراء".')[0][:2] == ("denial", "حركة النور")
    assert said("ar", "من جهته، نفى مصدر في حركة النور الخبر جملة وتفصيلا.")[0][:2] == ("denial", "مصدر في حركة النور")


def test_an_agency_relays_what_an_office_after_that_says():
    # 'أفادت الوكالة أن المتحدث باسم X، Y، وصف ...': the agency relays; Y speaks, and the participle after is Y's
    units = said(
        "ar",
        'وأفادت وكالة "النهار" أن المتحدث باسم الحركة الكسلية، سامي الوردي، وصف التقارير بأنها "مزاعم باطلة"، '
        'معتبرا أنها جزء من "حملة تضليل".',
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")]
    # a plain noun after 'أن' keeps the sentence's speaker
    units = said("ar", 'وأفاد سامي الوردي أن الاتفاق وصف بأنه "تاريخي".')
    assert [u[:2] for u in units] == [("quote", "سامي الوردي")]


def test_a_headline_speaker_then_a_first_person_denial():
    units = said("ar", "حركة النور: ننفي أي علاقة لنا بالهجوم", "وقالت الحركة في بيان إنها تعمل بالقانون.")
    assert units[0][:2] == ("denial", "حركة النور")


def test_curly_marks_typed_the_other_way_round_pair_as_written():
    units = said("ar", "وقال سامي الوردي إن ”الأنباء كاذبة“.", "وأضاف: ”متى ما رأى الجميع ذلك يمكن أن يكون صحيحا“.")
    assert units == [
        ("denial", "سامي الوردي", "الأنباء كاذبة"),
        ("quote", "سامي الوردي", "متى ما رأى الجميع ذلك يمكن أن يكون صحيحا"),
    ]


def test_a_rank_and_name_then_the_office_between_commas_is_that_person():
    units = said(
        "ar",
        'وقال سامي الوردي إن "الأمر انتهى".',
        'في المقابل، اعتبر العميد فريد الحلبي، الناطق الرسمي باسم الحركة الكسلية، أن "الأمر لم ينته".',
    )
    assert [s for _, s, _ in units] == ["سامي الوردي", "فريد الحلبي"]


def test_a_spokesman_says_that_his_own_body_did_not():
    # 'أن الحركة لا ...' said by the movement's spokesman: its own side denies; another's 'not' is a statement
    units = said("ar", "وقال المتحدث باسم حركة النور سامي الوردي إن الحركة لا تستهدف المدنيين.")
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")]
    assert said("ar", "وقال سامي الوردي إن الحركة لا تزال قوية.")[0][0] == "reported"
    assert said("ar", "وقال المحلل سامي الوردي إن الحركة لم تنفذ الهجوم.")[0][0] == "reported"
    # relayed by a channel, told to the media first: still the spokesman's own side
    units = said(
        "ar",
        "وأوضحت قناة النهار أن المتحدث باسم حركة النور سامي الوردي أوضح لوسائل الإعلام في اتصال هاتفي أن الحركة لا "
        "تستهدف المدنيين.",
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")]


def test_a_quotation_after_what_the_subject_called_it():
    units = said("ar", 'وأمر رئيس الوزراء الكسلي، سامي الوردي، السبت، الجيش بضرب ما وصفه "بعشرات الأهداف" في الوادي.')
    assert units == [("quote", "سامي الوردي", "بعشرات الأهداف")]


def test_its_spokesman_named_by_a_pronoun_restates_the_bodys_denial():
    units = said("ar", "نفت حركة النور التقارير.", 'وقال الناطق باسمها سامي الوردي إن "مقاتلينا لم يدخلوا المدينة".')
    assert [u[:2] for u in units] == [("denial", "حركة النور"), ("denial", "سامي الوردي")]


def test_the_source_again_is_the_source_described_before():
    units = said("ar", 'وقال مصدر في حركة النور إن "لا صحة للأنباء".', 'وأضاف المصدر أن "الحركة لم تتلق أي عرض".')
    assert [u[:2] for u in units] == [("denial", "مصدر في حركة النور"), ("denial", "مصدر في حركة النور")]


def test_a_source_after_but_and_a_denial_in_a_relative_clause():
    # (named in the nominative, as a denier is: 'مصدر في الحركة', not the accusative 'مصدرا' that 'لكن' takes)
    assert said("ar", "لكن مصدرا في الحركة نفى ذلك.")[0][:2] == ("denial", "مصدر في الحركة")
    # 'الأمر الذي نفته الحركة' (which the movement denied): the verb carries its object, and denies
    assert said("ar", "وقالت الصحيفة إن القوات انسحبت، الأمر الذي نفته حركة النور.")[-1][:2] == ("denial", "حركة النور")
    # a relative clause with a verb of saying still attributes nothing
    assert said("ar", "ونشرت قناة النهار التي أوردت النبأ صورا للموقع.") == []


def test_a_platform_or_outlet_in_marks_before_the_quotation_is_a_name():
    for text in (
        'وقال سامي الوردي في تغريدة على "إكس": "الحدود مغلقة".',
        'وقالت الحركة في بيان نشرته على قناتها في "تلغرام" إن "الحدود مغلقة".',
        'وصرح سامي الوردي لـ"النهار" قائلا: "الحدود مغلقة".',
    ):
        units = said("ar", text)
        assert [[a.quote.text for a in u.attributions] for u in analyse("ar", text).units] == [["الحدود مغلقة"]], text
        assert len(units) == 1
    # a short quotation after 'على' that goes on with a comma is a quotation
    units = analyse("ar", 'وأكد سامي الوردي على "ضرورة الحوار"، مشيرا إلى أن "الحدود مغلقة".').units
    assert [a.quote.text for a in units[0].attributions] == ["ضرورة الحوار", "الحدود مغلقة"]


def test_a_headline_source_told_an_outlet_before_the_colon():
    units = said("ar", 'مصدر في حركة النور لـ"النهار": لا صحة للأنباء', 'وقال المصدر إن "الحركة تعمل بالقانون".')
    assert [u[:2] for u in units] == [("denial", "مصدر في حركة النور"), ("quote", "مصدر في حركة النور")]


def test_the_agent_of_a_denial_noun_and_the_first_of_both():
    units = said("ar", "نفي قاطع من حركة النور للأنباء عن الاشتباك", "وقالت الحركة إنها تعمل بالقانون.")
    assert units[0][:2] == ("denial", "حركة النور")
    # two bodies that deny together: one denial each; a second verb is no second denier
    for text in ("ونفت كل من حركة النور والوزارة الكسلية الأنباء.", "ونفت حركة النور والوزارة الكسلية الأنباء."):
        assert [u[:2] for u in said("ar", text)] == [("denial", "حركة النور"), ("denial", "الوزارة الكسلية")]
    assert [u[:2] for u in said("ar", "ونفى الوزير سامي الوردي وأكد أن القوات في مواقعها.")] == [
        ("denial", "سامي الوردي")
    ]
    # a subject before its verb, then 'and' another clause: one denier
    assert [u[:2] for u in said("ar", "حركة النور تنفي والوزارة الكسلية تكشف الحقيقة", "وقالت الحركة إنها تعمل.")][
        :1
    ] == [("denial", "حركة النور")]
    assert len([u for u in said("ar", "حركة النور تنفي والوزارة الكسلية تكشف الحقيقة") if u[0] == "denial"]) == 1


# --- round 8: punctuation of real copy, relayed sources, statements announced -------------------------


def test_arabic_curly_marks_typed_at_both_ends_or_mixed_are_paired_in_order():
    units = said("ar", "وذكرت الحركة في بيان، أن”الحركة الكسلية تنفي نفيا قاطعا الأنباء عن الاشتباك”.")
    assert [u[:2] for u in units] == [("denial", "الحركة")]
    assert units[0][2].startswith("الحركة الكسلية تنفي")
    # '” ...” ، “...”' in one paragraph: two quotations, each as typed
    text = "وقالت الوزارة إن ” الحدود مغلقة” ، موضحة أن “المعبر مفتوح للمدنيين”."
    assert [[a.quote.text for a in u.attributions] for u in analyse("ar", text).units] == [
        [" الحدود مغلقة", "المعبر مفتوح للمدنيين"]
    ]


def test_arabic_a_quotation_after_a_colon_is_no_speech_without_marks_whatever_its_mark():
    text = "وقال سامي الوردي للوكالة: ”الحدود مغلقة منذ شهر“، مضيفاً: ”المعبر مفتوح للمدنيين“."
    assert [[a.quote.text for a in u.attributions] for u in analyse("ar", text).units] == [
        ["الحدود مغلقة منذ شهر", "المعبر مفتوح للمدنيين"]
    ]


def test_arabic_a_full_stop_typed_without_a_space_ends_the_sentence():
    units = said("ar", 'نفت الوزارة الكسلية الأنباء عن الاشتباك.وقال سامي الوردي إن "المعبر مفتوح".')
    assert [u[:2] for u in units] == [("denial", "الوزارة الكسلية"), ("quote", "سامي الوردي")]
    units = said("ar", 'وقال سامي الوردي: "الحدود مغلقة".من جانبه، أكد رامي الكرخي عدم صحة الأنباء.')
    assert [u[:2] for u in units] == [("quote", "سامي الوردي"), ("denial", "رامي الكرخي")]


def test_arabic_a_verbal_noun_or_a_statement_after_the_verb_is_no_subject():
    # 'تنفي نفيا قاطعا' (denies a firm denial): the subject is before the verb
    assert said("ar", "حركة النور تنفي نفيا قاطعا الأنباء عن الاشتباك.")[0][:2] == ("denial", "حركة النور")
    units = said("ar", "قال سامي الوردي إن الحدود مغلقة.", "وأصدر توضيحا قال فيه إن المعبر مفتوح.")
    assert all(s == "سامي الوردي" for _, s, _ in units)


def test_arabic_that_an_office_had_denied_after_it_is_mentioned():
    text = "يذكر أن مساعد وزير الخارجية الكسلية للشؤون العربية والأفريقية سامي الوردي قد نفى الأنباء عن دخول القوات."
    assert said("ar", text)[0][:2] == ("denial", "سامي الوردي")


def test_arabic_a_relayed_quotation_that_opens_with_a_source_and_its_denial():
    text = (
        'وذكرت وكالة النهار أن "مصدرا في وزارة الخارجية الكسلية نفى ما نشرته الصحف عن القوات"، موضحا أن '
        '"الوزارة لم ترسل أي قوات".'
    )
    units = said("ar", text)
    # the quoted words are the agency's; what is denied and explained in them, the source's
    assert ("quote", "وكالة النهار") in [u[:2] for u in units]
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", "مصدر في وزارة الخارجية الكسلية")]


def test_arabic_in_an_announcement_of_a_body_and_the_paragraph_it_announces():
    units = said(
        "ar",
        "وأفاد مراسل قناة النهار أن الحركة الكسلية أصدرت توضيحا بشأن الفيديو.",
        'وجاء في إعلان "الحركة الكسلية":',
        "إننا في الحركة الكسلية نرفض هذه الادعاءات الباطلة.",
        "عملنا منذ البداية مع الجميع، وسنواصل جهودنا لحماية المدينة.",
        "ويأتي ذلك بعد أسبوع من الاشتباكات في المدينة.",
    )
    # the statement goes on while it speaks as 'we'; the reporter's paragraph after it is no part of it
    assert [u[:2] for u in units][-2:] == [("denial", "الحركة الكسلية"), ("quote", "الحركة الكسلية")]
    # a paragraph the reporter opens with a verb of its own is no part of what was announced
    units = said("ar", "وقال سامي الوردي:", "وأضاف البيان أن الحدود مغلقة منذ شهر.")
    assert [u[1] for u in units] == ["سامي الوردي"]
    assert units[0][2].startswith("وأضاف البيان")


def test_arabic_what_the_subject_calls_something_and_going_on():
    units = said("ar", 'ونعت سامي الوردي ما نشرته الصحف من أخبار مفبركة بأنه "محاولة لتضليل الناس".')
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")]
    units = said("ar", 'وقال سامي الوردي إن "الحدود مغلقة". واستطرد: "المعبر مفتوح للمدنيين".')
    assert [u[1] for u in units] == ["سامي الوردي", "سامي الوردي"]


def test_arabic_an_office_says_its_body_by_name_did_not():
    text = "قال المتحدث باسم هيئة النهر الأخضر سامي الكرخي إن هيئة النهر الأخضر لم ترسل أي مقاتلين إلى المدينة."
    assert said("ar", text)[0][:2] == ("denial", "سامي الكرخي")
    # a body its speaker does not speak for: no denial
    assert said("ar", "قال سامي الكرخي إن هيئة النهر الأخضر لم ترسل أي مقاتلين إلى المدينة.")[0][0] == "reported"


def test_arabic_a_report_called_a_conspiracy_made_up_or_no_such_thing():
    for text in (
        'وقال سامي الوردي إن "الخبر من عمل أعداء الحركة".',
        "وقال سامي الوردي إن ترويج هذه الأنباء مؤامرة على الحركة.",
        'وقال سامي الوردي إن "لا يوجد هكذا كتاب لدى الحكومة".',
        'وقال سامي الوردي إن "الصحيفة تحاول أن تختلق الأخبار".',
        'وقال سامي الوردي إن "قائد الحركة لا يزال حياً".',
        "وقال سامي الوردي إن قائد الحركة ما زال على قيد الحياة.",
    ):
        assert said("ar", text)[0][:2] == ("denial", "سامي الوردي"), text
    # a conspiracy that is no report's name, and a thing that exists, deny nothing
    assert said("ar", 'وقال سامي الوردي إن "المؤامرة على البلاد كبيرة".')[0][0] == "quote"
    assert said("ar", 'وقال سامي الوردي إن "هناك كتاب لدى الحكومة".')[0][0] == "quote"
    assert said("ar", "وقال سامي الوردي إن الحركة لا تزال حية في قلوب الناس.")[0][0] == "reported"


def test_arabic_a_speaker_citing_another_body_that_denied():
    text = 'وقال الوزير سامي الوردي إن "الأنباء عن القصف غير صحيحة"، لافتا إلى أن "استخبارات الهيئة نفت وجود أي قصف".'
    assert [u[:2] for u in said("ar", text)] == [("denial", "سامي الوردي"), ("denial", "استخبارات الهيئة")]
    # a body quoting itself in the present denies as itself
    text = 'وقالت حركة النور إن "الحركة تنفي الأنباء عن القصف".'
    assert [u[:2] for u in said("ar", text)] == [("denial", "حركة النور")]


def test_arabic_an_office_of_a_group_in_marks_after_la_is_no_outlet_told():
    index = NameIndex()
    index.add("حركة النور", Known("nur-movement", "group", "armed-group", "Nur Movement"))
    for text in (
        'نفى القائد العام لـ"حركة النور" سامي الوردي الأنباء عن الاشتباك.',
        'نفى القائد العام لـ"حركة النور"، سامي الوردي، الأنباء عن الاشتباك.',
    ):
        assert said("ar", text, index=index)[0][:2] == ("denial", "سامي الوردي"), text
    # an outlet, or a name not on record as a group, is the one told
    assert said("ar", 'وقال المتحدث لـ"النهار" إن الحدود مغلقة.', index=index)[0][:2] == ("reported", "المتحدث")


def test_arabic_an_indefinite_office_is_someone_new_and_not_ends_the_subject():
    units = said(
        "ar",
        "أكد نائب رئيس المكتب سامي الوردي عدم صحة التقارير عن الاشتباك.",
        'وفي وقت سابق، أكد مسؤول أمني كسلي، أن الأمن مستتب، مشددا على أن القوات "تحمي الحدود".',
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي"), ("quote", "مسؤول أمني كسلي")]
    # a platform named in marks after 'على منصة' is where it was said, not a quotation
    text = 'وقال سامي الوردي في منشور على منصة "إكس": "الحدود مغلقة".'
    assert [[a.quote.text for a in u.attributions] for u in analyse("ar", text).units] == [["الحدود مغلقة"]]


def test_arabic_reports_unnamed_are_a_description():
    units = analyse("ar", "وأفادت تقارير بوقوع دمار وسقوط قتلى من المدنيين في المدينة.").units
    assert [(u.kind, u.speaker.label, u.speaker.entity) for u in units] == [("reported", "تقارير", None)]


def test_persian_a_passive_of_saying_in_a_statement_is_the_statements():
    # 'in this body's statement it was stressed that': the body whose statement it is; without a statement, a passive
    # ('it is said') has no speaker
    units = said(
        "fa",
        "وزارت نمونه روز شنبه بیانیه‌ای صادر کرد.",
        "در اعلامیه این وزارت تاکید شده که «نیروها در مواضع خود هستند».",
        "گفته شده که «مرزها بسته است».",
    )
    assert [(k, s, w) for k, s, w in units] == [("quote", "وزارت نمونه", "نیروها در مواضع خود هستند")]


def test_persian_a_relative_clause_closed_by_a_comma_before_the_verb_describes_the_subject():
    units = said("fa", "یک مقام آگاه در وزارت نمونه که نخواست نامش فاش شود، گفت که این گزارش‌ها صحت ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "یک مقام آگاه در وزارت نمونه")]


def test_persian_a_quotation_then_this_was_said_by():
    # '«...»؛ این را X گفت' (this, X said): the quotation is X's
    units = said(
        "fa",
        "«نیروها آماده هستند»؛ این را رضا کاظمی سخنگوی وزارت نمونه گفت.",
        "«مرزها باز است»، این را مینا رستمی روز شنبه در نشست خبری گفت.",
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی"), ("quote", "مینا رستمی")]


def test_persian_as_announced_by_a_body():
    # 'طبق اعلام X' (as X announced), 'بر اساس بیانیه X' (by X's statement); 'بر اساس قانون' (under the law) names no one
    units = said(
        "fa",
        "طبق اعلام وزارت نمونه، گزارش‌ها درباره حمله بی‌اساس است.",
        "بر اساس بیانیه جنبش نمونه، «نیروها آماده هستند».",
        "بر اساس قانون، «مرزها بسته است».",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت نمونه"), ("quote", "جنبش نمونه")]


def test_persian_a_claim_that_a_clause_takes_up_again_is_denied_in_the_clause():
    # 'ادعایی که X آن را رد کرد' (a claim that X rejected): X denies, not the one who made the claim
    units = said(
        "fa",
        "مینا رستمی وزیر خارجه کسلیا گفته بود که نیروهای نمونه در مرز حضور دارند؛ ادعایی که وزارت نمونه آن را رد کرد.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت نمونه")]


def test_persian_the_source_an_agency_relays_denies_with_no_subject_of_its_own():
    units = said(
        "fa",
        "خبرگزاری نمونه به نقل از یک منبع آگاه، خبر کشته شدن فرمانده جنبش نمونه را تکذیب کرد.",
        "به گفته رضا کاظمی، این خبر روز شنبه تکذیب شد.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "یک منبع آگاه")]


def test_persian_dari_and_formal_verbs_of_saying():
    # Dari's 'added', 'made clear', 'announced', 'clarified', and the formal 'نمود' beside 'کرد'
    for verb in ("علاوه کرد", "واضح ساخت", "اعلان کرد", "وضاحت داد", "تصریح نمود", "تاکید ورزید"):
        units = said("fa", f"رضا کاظمی {verb}: نیروها آماده هستند.")
        assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند")], verb


def test_persian_saying_this_takes_the_quotation_before_it():
    # '«...». X با بیان این مطلب گفت' (X, saying this, said): the quotation before is X's; without it, no one's
    units = said(
        "fa",
        "«ما هیچ نقشی در این حمله نداشتیم».",
        "رضا کاظمی سخنگوی جنبش نمونه با بیان این مطلب گفت که نیروها آماده هستند.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("reported", "رضا کاظمی")]
    units = said("fa", "«ما هیچ نقشی در این حمله نداشتیم».", "رضا کاظمی گفت که نیروها آماده هستند.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]


def test_persian_a_semicolon_ends_the_clause_before_a_subject():
    units = said("fa", "نیروهای نمونه آماده هستند؛ رضا کاظمی سخنگوی وزارت نمونه گفت که مرزها باز است.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]


def test_persian_in_the_view_or_words_of():
    # 'به تعبیر X' (in X's words) names the speaker; 'در پاسخ به ادعای X' (in answer to X's claim) does not
    units = said(
        "fa",
        "به تعبیر رضا کاظمی، «نیروها آماده هستند».",
        "مینا رستمی در پاسخ به ادعای کسلیا درباره حمله، «این ادعا دروغ است» گفت.",
    )
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی"), ("denial", "مینا رستمی")]


def test_persian_an_adverb_ends_the_subject_and_a_cue_is_the_verb_befores():
    # 'X همواره ... رد کرده است' (X has always rejected): the adverb is no part of X; and a cue after a second verb of
    # saying is that verb's speaker's, not the first's
    units = said(
        "fa",
        "مقامات کسلیا بارها نمونه را به ارسال سلاح متهم کرده‌اند، اما وزارت نمونه همواره این اتهامات را رد کرده است.",
        "مینا رستمی در سخنانی گفته بود نیروهای نمونه به مرز حمله کرده‌اند؛ رضا کاظمی در واکنش به این سخنان گفت که "
        "چنین حمله‌ای صورت نگرفته است.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "وزارت نمونه"), ("denial", "رضا کاظمی")]


# --- Arabic: whose words a quotation is, when one speaker reports another (round 9) ---------------------------


def test_arabic_a_named_person_after_that_speaks_the_quotation():
    units = said("ar", "وقال خالد الكسلي إن الحرب مستمرة.", 'وقال سامي الوردي إن خالد الكسلي زعم أن "الحرب انتهت".')
    assert [(k, s) for k, s, _ in units if k == "quote"] == [("quote", "خالد الكسلي")]
    # a verbal noun and a demonstrative are no name ('that seizing this cargo revealed')
    units = said("ar", 'وقال سامي الوردي إن ضبط هذه الشحنة كشف "الحقيقة".')
    assert [(k, s) for k, s, _ in units] == [("quote", "سامي الوردي")]
    # a thing after 'that' ('the talks confirm') is no speaker: the words stay the sentence's speaker's
    units = said("ar", 'وقال سامي الوردي إن المحادثات تؤكد أن "الحرب انتهت".')
    assert [(k, s) for k, s, _ in units] == [("quote", "سامي الوردي")]


def test_arabic_the_quoted_claim_of_another_is_his():
    units = said("ar", 'ونفى سامي الوردي تصريحات خالد الكسلي بأن "الحركة هاجمت المدينة".')
    assert ("quote", "خالد الكسلي", "الحركة هاجمت المدينة") in units
    assert all(s != "سامي الوردي" for k, s, _ in units if k == "quote")


def test_arabic_an_office_its_adjective_then_the_object():
    units = said("ar", 'ووصف الوزير الكسلي الحركة بأنها "عصابة".')
    assert [(k, s) for k, s, _ in units] == [("quote", "الوزير الكسلي")]


def test_persian_according_to_a_name_met_before_without_a_comma():
    # 'به گفته کاظمی همه ...': no comma ends the name, which is the one met before, not the words after it
    units = said(
        "fa",
        "رضا کاظمی سخنگوی وزارت نمونه گفت که این خبر دروغ است.",
        "به گفته کاظمی همه روستاها بررسی شد و این خبرها پروپاگند است.",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("denial", "رضا کاظمی")]


def test_persian_mr_and_a_surname_met_before_ends_the_subject():
    # 'آقای کاظمی درصفحه ...': 'در' typed onto its noun does not stop the subject; the surname met before does
    units = said(
        "fa",
        "رضا کاظمی این خبر را تکذیب کرد.",
        "آقای کاظمی درصفحه ایکس اش می نویسد: «ما هیچ نیرویی در آنجا نداشتیم».",
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("denial", "رضا کاظمی")]


def test_persian_a_verbal_noun_opens_the_object_not_the_subject():
    # 'کشته شدن' (being killed), written apart or joined with a zero-width non-joiner, heads what is denied
    for text in (
        "یک عضو ارشد گروه نمونه کشته شدن فرمانده را تکذیب کرد.",
        "یک عضو ارشد گروه نمونه کشته\u200cشدن فرمانده را تکذیب کرد.",
    ):
        assert [(k, s) for k, s, _ in said("fa", text)] == [("denial", "یک عضو ارشد گروه نمونه")]


def test_arabic_claims_in_a_construct_are_claims():
    # 'مزاعم مسؤولي الحكومة' (the government officials' claims) has no article, as 'المزاعم' has
    units = said("ar", 'وقال المتحدث رامي دلال: "نرفض بشدة مزاعم مسؤولي الحكومة النموذجية".')
    assert [(k, s) for k, s, _ in units] == [("denial", "رامي دلال")]


def test_arabic_asserting_categorically_is_saying_and_with_untruth_denies():
    units = said(
        "ar",
        "جزم المتحدث رامي دلال بأن عناصر الحركة لم يشاركوا في الحادثة.",
        'وقال دلال: "يمكن الجزم بعدم صحة أي معلومة أخرى".',
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رامي دلال"), ("denial", "رامي دلال")]


def test_persian_a_clause_after_ke_closed_by_a_comma_before_a_time_describes_the_subject():
    units = said("fa", "رامین کاظمی، وزیر خارجه نمونه که تازگی به ایران سفر کرده بود، امروز گفت: این خبر دروغ است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رامین کاظمی")]


def test_persian_a_denial_a_speaker_tells_of_after_a_colon_is_the_denial_of_the_one_told_of():
    # 'X گفت: مسئولان نمونه تاکید کردند که ... ارتباطی ندارد': the officials deny; X's words are a quotation
    units = said("fa", "رامین کاظمی امروز گفت: مسئولان نمونه تاکید کردند که این حمله به آنها ارتباطی ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "مسئولان نمونه"), ("quote", "رامین کاظمی")]


def test_arabic_rejecting_an_announcement_denies_it_and_rejecting_a_withdrawal_does_not():
    units = said("ar", "رفض المتحدث رامي دلال مساء الأربعاء إعلان السلطات النموذجية عن اكتشاف خلية.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رامي دلال")]
    assert said("ar", "رفضت الحركة الانسحاب من المدينة.") == []


# --- Persian, round 15 -----------------------------------------------------------------------------------------


def test_persian_added_in_its_other_words():
    # 'اضافه کرد' (added) reads as 'افزود': a quotation after a colon, a dismissal after a comma, 'he' goes on
    for verb in ("افزود", "اضافه کرد", "اضافه کرده است", "اضافه نمود"):
        units = said("fa", f"رضا کاظمی {verb}: «نیروها آماده هستند».")
        assert units == [("quote", "رضا کاظمی", "نیروها آماده هستند")], verb
        units = said("fa", "رضا کاظمی گفت: «مرزها باز است».", f"وی {verb}، ادعای گروه نمونه کاملا خبر جعلی است.")
        assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی"), ("denial", "رضا کاظمی")], verb


def test_persian_not_only_but_restates_no_denial():
    # 'صرفا ... نداشتند بلکه ...' (did not only ... but also ...) says more, not that something is not so
    first = "رضا کاظمی این ادعا را تکذیب کرد."
    units = said("fa", first, "رضا کاظمی افزود: «دشمن صرفا ادعای حضور در شهر نداشت بلکه ادعای فرماندهی داشت».")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("quote", "رضا کاظمی")]
    units = said("fa", first, "رضا کاظمی افزود: «دشمن در شهر حضور نداشت».")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی"), ("denial", "رضا کاظمی")]


def test_persian_entry_or_exit_denied_ends_the_subject():
    # 'X ورود ... را تکذیب کرد' (X denied the entry of ...), as 'X حضور ... را': 'ورود', also a given name, heads the object
    for text in ("کسلیا ورود ۱۵۰۰ سرباز خارجی را تکذیب کرد.", "وزارت خارجه کسلیا خروج نیروها از مرز را تکذیب کرد."):
        units = said("fa", text)
        assert [(k, s) for k, s, _ in units] == [("denial", text.split(" ورود")[0].split(" خروج")[0])], text


def test_persian_one_said_dead_is_in_full_health():
    # 'X در صحت و سلامت کامل است', 'سالم و سرحال است': the answer to a rumour of a death; praying for health is none
    for words in ("سردار نمونه در صحت و سلامت کامل است", "فرمانده سالم و سرحال است"):
        assert said("fa", f"رضا کاظمی گفت: «{words}».") == [("denial", "رضا کاظمی", words)], words
    units = said("fa", "رضا کاظمی گفته است که سردار نمونه در صحت و سلامت به سر می‌برد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    assert said("fa", "رضا کاظمی گفت: «برای صحت و سلامت رزمندگان دعا کنید».")[0][0] == "quote"


def test_persian_they_are_never_one_person_and_their_cue_is_not_the_reporters():
    # 'X تاکید کرد که با Y گفتگو کرده و آنها تاکید کرده‌اند که ... ارتباطی ندارد': the cue is theirs, not X's, and
    # 'آنها' (they) is never the one minister who spoke before; after officials who spoke, it is them
    lead = "وزیر خارجه کسلیا تاکید کرد که با مسئولان نمونه گفتگو کرده و آنها تاکید کرده اند که این مساله ارتباطی ندارد."
    assert [k for k, _, _ in said("fa", lead)] == ["reported"]
    units = said("fa", "وزیر خارجه کسلیا گفت: مرزها باز است.", lead)
    assert [(k, s) for k, s, _ in units] == [("quote", "وزیر خارجه کسلیا"), ("reported", "وزیر خارجه کسلیا")]
    assert [k for k, _, _ in said("fa", "رضا کاظمی گفت: مرزها باز است.", "آنها گفتند که این خبر صحت ندارد.")] == [
        "quote"
    ]
    units = said("fa", "مسئولان نمونه گفتند: مرزها باز است.", "آنها تاکید کردند که این خبر صحت ندارد.")
    assert [(k, s) for k, s, _ in units] == [("quote", "مسئولان نمونه"), ("denial", "مسئولان نمونه")]


def test_persian_a_lead_repeating_the_words_a_denial_quotes_is_a_place_of_it():
    # the lead quotes the office, the body quotes the name and office in answer to the charges: the same words, one
    # denial; words not repeated stay a quotation
    words = "گروههای نمونه در تصمیمات خود از کسلیا دستور نمیگیرند"
    units = said(
        "fa",
        f"سخنگوی وزارت خارجه کسلیا گفت: {words}.",
        f"رضا کاظمی، سخنگوی وزارت خارجه کسلیا در واکنش به اتهامات بی اساس به کسلیا، گفت: {words}.",
        "وی افزود: گروههای نمونه در تصمیمات خود آزاد هستند.",
    )
    assert [(k, w) for k, _, w in units] == [("denial", words), ("denial", words), ("quote", units[2][2])]


def test_a_headline_speaker_alone_before_a_colon_speaks_the_paragraph_after():
    # 'X:' alone, then its words in the next paragraph (a stored copy that broke the headline's line after the colon)
    units = said("fa", "رضا کاظمی:", "گروه نمونه در انفجار امروز دست نداشت", "رضا کاظمی گفت که مرزها باز است.")
    # (its words deny, 'had no hand in': a denial citing them, the same speaker)
    assert [(k, s, w) for k, s, w in units][:1] == [("denial", "رضا کاظمی", "گروه نمونه در انفجار امروز دست نداشت")]
    units = said("ar", "سامي الوردي:", "الحركة لم تنفذ الهجوم", "وقال سامي الوردي إن الحدود مفتوحة.")
    assert units[0] == ("quote", "سامي الوردي", "الحركة لم تنفذ الهجوم")
    # (a colon after a body's words, not alone in its paragraph, is no such headline)
    assert said("fa", "رضا کاظمی: مرزها باز است", "گروه نمونه آماده است.")[0] == ("quote", "رضا کاظمی", "مرزها باز است")


def test_persian_we_hereby_announce_names_no_speaker():
    # 'بدینوسیله اعلام می‌داریم که ...' (we hereby announce): a verb in the first person, not a speaker's name
    for verb in ("اعلام میداریم", "اعلام می‌کنیم"):
        units = said("fa", f"بدینوسیله {verb} که این گفته وزیر کسلیا عاری از حقیقت است.")
        assert all(verb not in s for _, s, _ in units), units


def test_a_headline_term_in_marks_leaves_the_words_after_the_colon_the_speakers():
    # '<speaker>: <words with «a term» in marks>' reads as '<speaker>: <words>': one quotation, the whole words
    for words in ("حمله‌ها اقدامی در برابر «مردم نمونه» نبود", "حمله‌ها اقدامی در برابر مردم نمونه نبود"):
        units = said("fa", f"سخنگوی وزارت خارجه کسلیا: {words}", "رضا کاظمی گفت که مرزها باز است.")
        assert units[0] == ("quote", "سخنگوی وزارت خارجه کسلیا", words), words
        assert len(units) == 2


def test_persian_therefore_goes_on_in_the_words_of_who_spoke_before_it():
    # 'X اعلام کرد، ... . به همین دلیل گزارش‌ها ... کذب است': the consequence drawn is X's; without it, no one's
    said_first = "گروه نمونه در بیانیه‌ای اعلام کرد، ما هیچگونه ارتباطی با این حمله نداریم."
    units = said("fa", f"{said_first} به همین دلیل گزارش‌های مربوط به حضور عاملان در مناطق ما کذب محض است")
    assert [(k, s) for k, s, _ in units] == [("denial", "گروه نمونه"), ("denial", "گروه نمونه")]
    units = said("fa", "گروه نمونه در بیانیه‌ای اعلام کرد، نیروهای ما آماده هستند. گزارش‌های مربوط به آن کذب محض است")
    assert [(k, s) for k, s, _ in units] == [("reported", "گروه نمونه")]


def test_arabic_what_another_reported_is_what_is_denied_not_the_denier():
    units = said(
        "ar",
        "وقال المكتب الإعلامي للحركة في بيان إن ما أوردته وكالة النهار حول زيارة الوفد عار عن الصحة.",
        "وأضاف أن ما نشرته الوكالة محض اختلاق ويأتي “في إطار التشويش على عمل الحركة”.",
    )
    assert [u[:2] for u in units] == [("denial", "المكتب الإعلامي للحركة"), ("denial", "المكتب الإعلامي للحركة")]
    # the claimed words themselves, right after 'that', stay their author's
    units = said("ar", 'نفت الحكومة ما قاله سامي الوردي، إن الحركة لديها "أدلة قاطعة" على ذلك.')
    assert [u[:2] for u in units] == [("denial", "الحكومة"), ("quote", "سامي الوردي")]


def test_arabic_a_headline_denial_is_a_place_of_the_body_denial_it_restates():
    units = said(
        "ar",
        "كسليا تنفي أنباء الاتفاق مع حركة النور",
        "أصدرت وزارة الخارجية الكسلية نفيا حول صحة ما أوردته قناة فضائية عن الاتفاق مع حركة النور.",
    )
    assert [u[:2] for u in units] == [("denial", "وزارة الخارجية الكسلية")] * 2
    # or the body's lead sets the headline's name beside its denier
    units = said(
        "ar",
        "الجناح السياسي لقوات النور يكذب الإعلام الرسمي",
        "نفى مجلس النهر، الجناح السياسي لقوات النور، خبرا أوردته وكالة الفجر.",
    )
    assert [u[:2] for u in units] == [("denial", "مجلس النهر")] * 2
    # or a spokesman whose office names the headline's body
    units = said(
        "ar",
        "التحالف ينفي استهداف المدنيين في المدينة",
        "ونفى المتحدث باسم قوات التحالف العقيد سامي الوردي استهداف أي مدنيين في المدينة.",
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")] * 2
    # a headline's denier the body does not name keeps its own name
    units = said("ar", "كسليا تنفي أنباء الاتفاق مع حركة النور", "ونفت حركة النور الأنباء عن الاتفاق.")
    assert [u[1] for u in units] == ["كسليا", "حركة النور"]


def test_arabic_well_and_in_good_health_answer_a_report_of_death_or_illness():
    for text in (
        "وقال سامي الوردي إن زعيم الحركة بخير ويتمتع بصحة جيدة.",
        'وقال سامي الوردي إن "الشيخ بصحة وعافية ويمارس مهامه".',
    ):
        assert said("ar", text)[0][:2] == ("denial", "سامي الوردي"), text
    assert said("ar", "وقال سامي الوردي إن صحة المواطنين أولوية الحكومة.")[0][0] == "reported"


def test_arabic_as_far_as_can_be_from_the_truth_and_misleading_conduct():
    for text in (
        "وقال سامي الوردي إن ما قيل عن إرسال القوات هو أمر أبعد ما يكون عن الصواب والصحة.",
        "وأضاف سامي الوردي أن هذا السلوك التضليلي المتواصل للموقع يستهدف الحركة.",
    ):
        assert said("ar", text)[0][:2] == ("denial", "سامي الوردي"), text


def test_arabic_a_name_in_marks_right_after_a_datelines_verb_is_its_subject():
    units = said("ar", "النهار – نفت “حركة النور” التصريحات المنسوبة لقادتها حول الحدود.")
    assert [u[:2] for u in units] == [("denial", "حركة النور")]


def test_arabic_a_second_party_denies_in_a_clause_of_its_own():
    units = said(
        "ar",
        "فيما نفت الرئاسة الكسلية تلك الادعاءات، وقال المتحدث باسم القصر، سامي الوردي، إنه لا يعرف شيئا عن"
        ' القوات وليس له صلة بها، مضيفا أنه "قد يكون لهم مصالح هناك، لكن ليس لنا علاقة بهذا".',
    )
    assert [u[:2] for u in units] == [("denial", "الرئاسة الكسلية"), ("denial", "سامي الوردي")]
    assert units[1][2] == "قد يكون لهم مصالح هناك، لكن ليس لنا علاقة بهذا"
    # a second speaker who only says something else denies nothing
    units = said("ar", "ونفت الرئاسة الكسلية تلك الادعاءات، وقال سامي الوردي إن الحدود مفتوحة أمام المدنيين.")
    assert [u[:2] for u in units] == [("denial", "الرئاسة الكسلية")]


def test_arabic_two_full_stops_pause_a_sentence_that_goes_on():
    units = said(
        "ar",
        "نفت الوزارة الكسلية الأنباء عن الاتفاق.",
        "وأكدت الوزارة أن هذا العنوان مختلق تماما.. ولم يرد في حديث المتحدث أبدا.",
    )
    assert units[1][:2] == ("denial", "الوزارة الكسلية") and units[1][2].endswith("ولم يرد في حديث المتحدث أبدا.")
    # before a clause of its own, a new sentence starts
    units = said("ar", "وهاجم سامي الوردي الصحف بترويج الأكاذيب.. بينما نفت حركة النور الأنباء عن الاتفاق.")
    assert [u[:2] for u in units] == [("denial", "سامي الوردي"), ("denial", "حركة النور")]


def test_arabic_a_relative_clause_with_a_verb_of_denying_and_its_pronoun_denies():
    units = said(
        "ar",
        "نفت حركة النور ما أوردته صحيفة الفجر حول مرض زعيمها، وهي المعلومات التي رفضها الجيش الكسلي ووصفها بأنها"
        " ملفقة.",
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور"), ("denial", "الجيش الكسلي")]
    # a proposal rejected in a relative clause is no denial
    units = said("ar", "وقال سامي الوردي إن الحركة متمسكة بالمقترح الذي رفضه الجيش الكسلي.")
    assert [u[:2] for u in units] == [("reported", "سامي الوردي")]


def test_arabic_rumours_without_the_article_are_what_is_denied_never_the_denier():
    units = said(
        "ar", '"حركة النور" تنفي شائعات اقتحام الحزب الأخضر لسجن المدينة', "ونفت حركة النور الأنباء عن اقتحام السجن."
    )
    assert {u[1] for u in units} == {"حركة النور"}


def test_arabic_forces_in_their_positions_restate_a_denial_of_their_withdrawal():
    units = said(
        "ar",
        "نفت هيئة النهر الأنباء عن انسحاب قواتها من المدينة.",
        "وأكدت الهيئة أن قواتها متواجدة في مواقعها وتؤدي واجباتها بصورة طبيعية.",
    )
    assert [u[:2] for u in units] == [("denial", "هيئة النهر")] * 2
    # said by no one who denied, it is what it says
    units = said("ar", "وأكدت الهيئة أن قواتها متواجدة في مواقعها وتؤدي واجباتها بصورة طبيعية.")
    assert [u[0] for u in units] == ["reported"]


def test_arabic_a_false_claim_in_the_masculine():
    units = said("ar", "وقال سامي الوردي إن هذا ادعاء كاذب يتناقض مع نهج الحكومة.")
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")]


def test_arabic_the_full_stops_of_an_abbreviation_in_brackets_end_no_sentence():
    units = said("ar", 'وصف حزب النور (ح. ن. ك) اتهامات الحكومة له بالوقوف وراء الهجوم بأنها "محض أكاذيب".')
    assert [u[:3] for u in units] == [("denial", "حزب النور", "محض أكاذيب")]


def test_arabic_a_formation_and_its_name_in_marks_are_one_subject():
    units = said(
        "ar",
        "نفى تشكيل “سرايا النور” في بيان رسمي له أمس مزاعم الحكومة عن اعتقال عناصره.",
        "وقالت السرايا إن الأشخاص الذين ظهروا في الفيديو لا صلة لهم بها.",
    )
    assert [u[:2] for u in units] == [("denial", "تشكيل سرايا النور")] * 2


def test_arabic_a_headline_signed_after_a_dash_by_an_office_or_a_source():
    units = said("ar", "اتهام حزب النور بالوقوف وراء حرق المعسكر محض أكاذيب - قيادي", "نفى حزب النور الاتهامات.")
    assert units[0] == ("denial", "قيادي", "اتهام حزب النور بالوقوف وراء حرق المعسكر محض أكاذيب")
    # two places joined by a dash sign nothing
    units = said("ar", "محادثات كسليا - النهر تبدأ اليوم في العاصمة", "نفى حزب النور الاتهامات.")
    assert [u[1] for u in units] == ["حزب النور"]


def test_arabic_a_body_and_the_country_it_is_in_before_its_verb():
    for text in (
        "كتائب النور في العراق تنفي مسؤوليتها عن الهجوم الذي حصل في المدينة.",
        "وكانت كتائب النور في العراق قد نفت مسؤوليتها عن الهجوم.",
    ):
        assert [u[:2] for u in said("ar", "عنوان", text)] == [("denial", "كتائب النور")], text


def test_arabic_had_said_after_an_office_and_its_holder_between_commas():
    units = said(
        "ar",
        "قال أحمد الزيدي إن الجيش لم يستهدف المدنيين.",
        "وكان المتحدث باسم الحكومة الكسلية، ذبيح الله النوري، أعلن أن الغارات أسفرت عن مقتل أطفال، ووصف هذه"
        ' الغارات بأنها "اعتداء مباشر على السيادة".',
    )
    assert units[-1][:2] == ("quote", "ذبيح الله النوري")


def test_arabic_at_the_time_when_opens_a_clause_of_time_whose_verb_says():
    units = said(
        "ar",
        "وقال سامي الوردي إن الانفجارات هزت المدينة.",
        "وشهدت العاصمة انفجارات عنيفة، في الوقت الذي أعلن فيه الجيش الكسلي مسؤوليته عن الضربات، واصفا إياها"
        ' بأنها "موجهة بدقة".',
    )
    assert units[-1][:2] == ("quote", "الجيش الكسلي")
    # a relative clause that describes attributes nothing
    units = said("ar", 'وقال سامي الوردي إن القناة التي أعلنت الخبر "كاذبة".')
    assert [u[1] for u in units] == ["سامي الوردي"]


def test_arabic_a_headline_speaker_in_marks_and_quoted_words_after_the_colon():
    analysis = analyse(
        "ar", '"حركة النور": قصف مقر "الأمن" تهمة مشرفة.. ولكن لا علم لنا بها', "نفت حركة النور الاتهامات."
    )
    first = analysis.units[0]
    assert first.speaker.label == "حركة النور"
    assert 'قصف مقر "الأمن" تهمة مشرفة.. ولكن لا علم لنا بها' in [a.quote.text for a in first.attributions]


# Round 16


def test_arabic_in_a_statement_of_the_body_written_onto_lam():
    units = said(
        "ar",
        "رفضت حركة النور اتهامات الحكومة الكسلية لها بالوقوف وراء الهجوم.",
        'وجاء في بيان للحركة أن "الحكومة تحاول التغطية على فشلها".',
        'وجاء في بيان لحزب الفجر أن "الحدود آمنة".',
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور"), ("quote", "حركة النور"), ("quote", "حزب الفجر")]


def test_arabic_an_organisation_and_its_name_in_marks_are_one_subject_also_in_a_headline():
    units = said(
        "ar",
        "منظمة «رايات النور» تنفي الضلوع في اغتيال القائد",
        "رفضت منظمة «رايات النور»، المعارضة في المنفى، اتهامات الحكومة لها بالتورط في الاغتيال.",
    )
    assert [u[:2] for u in units] == [("denial", "منظمة رايات النور")] * 2


def test_arabic_lies_with_their_owner_written_on_deny():
    units = said("ar", 'وقالت حركة النور إنها "ترفض حقد الوزير الكسلي وأكاذيبه" بحق الحركة.')
    assert [u[:2] for u in units] == [("denial", "حركة النور")]


def test_arabic_an_accusation_that_is_not_new_restates_no_denial():
    units = said(
        "ar",
        "نفت حركة النور الاتهامات.",
        'وجاء في بيان الحركة أن "اتهام الحركة بالهجمات ليس بجديد، وهو رد فعل على فشل الحكومة".',
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور"), ("quote", "حركة النور")]


def test_arabic_a_mark_left_open_after_a_group_word_opens_a_name():
    units = said(
        "ar",
        'نفى مصدر في وزارة الدفاع التابعة لجماعة "رايات النور في كسليا، الأنباء عن مقتل قادة في العاصمة.',
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "مصدر في وزارة الدفاع التابعة لجماعة رايات النور")]
    assert [a.quote.text for a in analyse("ar", units[0][2]).units[0].attributions] == []


def test_arabic_the_affirmation_renewed_ends_the_subject():
    units = said(
        "ar",
        "نفى مصدر في حركة النور الأنباء.",
        'وجدد المصدر التأكيد على أن ما يحدث هو "استهداف للمدنيين".',
    )
    assert units[-1][:2] == ("quote", "مصدر في حركة النور")


def test_persian_no_evidence_of_the_accuser_denies():
    units = said("fa", "وزیر دفاع کسلیا اعلام کرد که لو آرنو هیچ مدرکی برای اثبات اتهامات خود علیه ارتش ندارد.")
    assert [u[:2] for u in units] == [("denial", "وزیر دفاع کسلیا")]


def test_persian_talks_are_no_verb_of_saying():
    units = said(
        "fa",
        "جنبش نمونه گفت و گو با کسلیا را تکذیب کرد",
        "رضا کاظمی هر گونه توافق و گفت و گوی این جنبش با کسلیا را تکذیب کرد.",
    )
    assert [u[:2] for u in units] == [("denial", "جنبش نمونه"), ("denial", "رضا کاظمی")]


def test_persian_sayings_called_untrue_in_the_object_are_no_denial_of_their_speaker():
    units = said(
        "fa",
        "وزیر خارجه کسلیا در سخنرانی خود گفته های عاری از حقیقت را برای فریب افکار عمومی بیان داشته است.",
    )
    assert [u[0] for u in units] != ["denial"]
    # with no verb of saying after the object, the cue is the voice of the one who speaks the sentence
    units = said("fa", "رضا کاظمی گفت: رسانه ها راپورهای بی اساس را نشر می کنند.")
    assert [u[:2] for u in units] == [("denial", "رضا کاظمی")]
    units = said(
        "fa", "سخنگوی وزارت دفاع: وزیر خارجه کسلیا حرف های تحریف شده داشته است", "رضا کاظمی این ادعا را رد کرد."
    )
    assert units[0][:2] == ("denial", "سخنگوی وزارت دفاع")


def test_persian_a_cue_with_to_written_onto_it():
    # ('به' joined to the next word, as copies without the zero-width non-joiner have it)
    units = said("fa", "رضا کاظمی گفت: خبر دروغ است.", "آقای کاظمی افزود که برخی از افراد دست بهشایعه پراکنی می زنند.")
    assert [u[0] for u in units] == ["denial", "denial"]


def test_arabic_an_outlets_name_in_brackets_is_part_of_its_subject():
    for text in ('لكن موقع (جنوب كسليا) قال إن "الخبر صحيح".', 'وقال موقع (جنوب كسليا) إن "الخبر صحيح".'):
        units = said("ar", "وذكرت تقارير صحافية أن القتيل قريب للأمين العام.", text)
        assert units[-1][:2] == ("quote", "موقع (جنوب كسليا)"), text


def test_arabic_a_body_regretting_speaks():
    units = said("ar", "نفت وزارة الدفاع الكسلية الأنباء.", 'وأسفت الوزارة "للانحدار المهني الذي انزلقت إليه الصحيفة".')
    assert units[-1][:2] == ("quote", "وزارة الدفاع الكسلية")


def test_persian_an_outlets_name_and_a_colon_open_the_report():
    # ('آژانس X: ...', the outlet's dateline with a colon, no dash): the subject is after it, and 'he' is that subject
    for outlet in ("آژانس نمونه", "خبرگزاری نمونه"):
        units = said(
            "fa",
            f"{outlet}: سخنگوی جنبش کسلی ادعای فرمانده ارتش را تکذیب کرد.",
            "او گفت: «این ادعا دروغ است.»",
        )
        assert [u[:2] for u in units] == [("denial", "سخنگوی جنبش کسلی")] * 2, outlet


def test_persian_a_relative_clause_closed_by_its_own_verb_describes_the_subject():
    units = said(
        "fa",
        "اما رضا کاظمی، وزیر دفاع کسلیا، که سرگرم دیدار از شهر نمونه است، به خبرنگاران گفت این ادعاها را رد می‌کند.",
    )
    assert [u[:2] for u in units] == [("denial", "رضا کاظمی")]


def test_persian_a_plural_written_apart_after_an_office_and_its_country_heads_the_object():
    index = NameIndex()
    index.add("کسلیا", Known("kesslia", "place", "country", "Kesslia"))
    units = said("fa", "وزیر خارجه کسلیا یافته های یک گزارش تازه درباره نیروهای مرزی را رد کرد.", index=index)
    assert [u[:2] for u in units] == [("denial", "وزیر خارجه کسلیا")]


def test_persian_contrary_to_the_report_denies_it():
    units = said("fa", "رضا کاظمی اعلام کرد که برخلاف گزارش اخیر لو آرنو، نیروهای مرزی در شهر نمونه حضور دارند.")
    assert [u[:2] for u in units] == [("denial", "رضا کاظمی")]
    # (what is contrary to an expectation answers no claim)
    units = said("fa", "رضا کاظمی اعلام کرد که برخلاف انتظار، نیروهای مرزی در شهر نمونه حضور دارند.")
    assert [u[0] for u in units] != ["denial"]


def test_persian_too_after_an_opening_phrase_is_no_subject():
    units = said(
        "fa",
        "رضا کاظمی گفت: «ما در حمله نقشی نداشتیم.»",
        "پیش از این نیز جنبش نمونه دست داشتن در حمله به شهر کسلیا را رد کرده بود.",
    )
    assert [u[:2] for u in units] == [("denial", "رضا کاظمی"), ("denial", "جنبش نمونه")]


def test_persian_islamic_after_a_body_is_its_adjective_not_a_name():
    units = said("fa", "سخنگوی امارت اسلامی رضا کاظمی این ادعا را تکذیب کرد.")
    assert [u[:2] for u in units] == [("denial", "رضا کاظمی")]


def test_persian_a_statement_signed_by_its_body_denies_in_its_name():
    # ('این گفته X', this saying of X's, is a noun; 'اعلام می‌داریم', we announce, the statement's own voice)
    units = said(
        "fa",
        "امروز لو آرنو در مجلس گفت که با جنبش نمونه دیدار داشته است.",
        "بدینوسیله اعلام می‌داریم که این گفته لو آرنو عاری از حقیقت است.",
        "دبیرخانه جنبش نمونه",
        "۱۴۰۲/۵/۳",
    )
    assert [u[:2] for u in units] == [("reported", "لو آرنو"), ("denial", "دبیرخانه جنبش نمونه")]


def test_persian_a_body_of_this_country_is_one_subject():
    # (the words deny an attack, 'حمله نکرده است': a denial, the speaker one subject all the same)
    units = said("fa", "چندین رسانه به نقل از اردوی این کشور اعلام کرده اند که «نیروها به شهر نمونه حمله نکرده است.»")
    assert [u[:2] for u in units] == [("denial", "اردوی این کشور")]
    units = said("fa", "ارتش این کشور این گزارش را تکذیب کرد.")
    assert [u[:2] for u in units] == [("denial", "ارتش این کشور")]


def test_persian_a_headline_denial_is_a_place_of_the_body_denial_it_restates():
    # (the headline names the body shortly; the lead names its office in full: one denier, cited in two places)
    units = said(
        "fa",
        "جنبش نمونه حضور نیروهایش در شهر کسلیا را رد کرد",
        "دفتر جنبش نمونه در کسلیا با انتشار اطلاعیه‌ای حضور نیروهای این جنبش در ناآرامی‌ها را تکذیب کرد.",
    )
    assert [u[:2] for u in units] == [("denial", "دفتر جنبش نمونه")] * 2
    # a headline's denier the body does not name keeps its own name
    units = said("fa", "کسلیا حضور نیروهایش در مرز را رد کرد", "جنبش نمونه این گزارش را تکذیب کرد.")
    assert [u[:2] for u in units] == [("denial", "کسلیا"), ("denial", "جنبش نمونه")]


def test_persian_a_headline_subject_run_into_its_object_opens_with_the_body_deniers_surname():
    # the headline relays its denier by surname before the body names him; its subject runs on into the object
    units = said(
        "fa",
        "خبرگزاری وستاریا به نقل از آرنو سفر هیئت ورلان به کسلیا را تکذیب کرد",
        "لو آرنو، فرستاده ورلان برای کسلیا به خبرگزاری وستاریا گفته است که سفر هیئت ورلان به کسلیا صحت ندارد.",
    )
    assert [u[:2] for u in units] == [("denial", "لو آرنو")] * 2


def test_persian_a_speaker_says_its_own_side_did_not():
    # a body, or one whose office names it, says that it (or its country, 'this country') did not: a denial
    index = NameIndex()
    index.add("کسلیا", Known("kesslia", "place", "country", "Kesslia"))
    for text, speaker in (
        (
            "وزارت امور خارجه کسلیا اعلام کرده است که این کشور اجازه ای به جنبش نمونه برای تاسیس دفتر نداده است.",
            "وزارت امور خارجه کسلیا",
        ),
        ("ژنرال دارنو سخنگوی ارتش کسلیا گفت ارتش کسلیا از ورلان تقاضای کمک نکرده است.", "ژنرال دارنو"),
    ):
        assert [u[:2] for u in said("fa", text, index=index)] == [("denial", speaker)], text
    # not another's 'not', nor 'not yet', which tells where a matter stands
    for text in (
        "وزارت امور خارجه کسلیا اعلام کرد که جنبش نمونه اجازه ای برای تاسیس دفتر نگرفته است.",
        "وزارت امور خارجه کسلیا اعلام کرده است که این کشور هنوز تصمیمی در این باره نگرفته است.",
    ):
        assert [u[0] for u in said("fa", text, index=index)] == ["reported"], text


def test_persian_asked_is_a_verb_of_saying_and_these_lies_its_denial():
    # 'X از رسانه‌ها خواست' (X asked the media) reports X's words; asking them not to spread 'these lies' denies
    units = said(
        "fa",
        "ستاد اطلاع‌رسانی جنبش نمونه از رسانه‌ها خواست تا در دام برخی رسانه‌های ورلان قرار نگیرند و این دروغ‌ها "
        "و شایعه‌ها را ترویج نکنند.",
    )
    assert [u[:2] for u in units] == [("denial", "ستاد اطلاع‌رسانی جنبش نمونه")]
    units = said("fa", "دولت ورلان از مردم خواست آرام باشند و این موضوع را جدی بگیرند.")
    assert [u[:2] for u in units] == [("reported", "دولت ورلان")]
    # (not 'wanted', 'می‌خواست', nor the noun 'درخواست')
    assert said("fa", "وی می‌خواست به کسلیا برود و از آنجا به ورلان سفر کند.") == []


def test_persian_a_subject_ends_before_stationed():
    # 'X مستقر در Y' (X stationed in Y): the place it is at describes the subject, no part of its name
    # (on the party's own site, its report opening with its name and a colon, its reporter denies for it)
    units = said(
        "fa",
        "کسلیا نیوز: جنبش نمونه خبر حمله را رد کرد.",
        "خبرنگار وبسایت کسلیا نیوز مستقر در مقر جنبش نمونه اعلام داشت که این خبر کذب است.",
    )
    assert [u[:2] for u in units][-1:] == [("denial", "خبرنگار وبسایت کسلیا نیوز")]


def test_persian_formal_untrue_said_of_what_is_denied():
    # 'ناصحیح' (untrue, formal) as 'نادرست': said of the information denied, not before the noun it qualifies
    units = said(
        "fa", "ستاد فرماندهی کسلیا در بیانیه‌ای اعلام کرد: اطلاعات درباره ورود نیروهای ورلان به مرز ناصحیح است."
    )
    assert [u[:2] for u in units] == [("denial", "ستاد فرماندهی کسلیا")]
    units = said("fa", "وزیر کسلیا گفت این سیاست ناصحیح دولت ورلان است.")
    assert [u[0] for u in units] == ["reported"]


def test_arabic_an_unnamed_source_ends_before_the_clause_describing_it():
    # an indefinite noun takes its relative clause with no pronoun: 'مسؤول أمني وصفته الصحيفة بالمطلع' (whom the paper
    # described as informed)
    units = said(
        "ar",
        'ونقلت الصحيفة عن مسؤول أمني وصفته بالمطلع ويقيم في كسلا، "أن الأنباء عن مقتل سامي الوردي كاذبة".',
    )
    assert [u[:2] for u in units] == [("denial", "مسؤول أمني")]


def test_arabic_a_so_called_name_and_a_name_in_marks_inside_a_quotation():
    # 'ما يسمى بـ"X"' (the so-called X) is a name; '"... مكاتب "حركة النور" ..."' nests the movement's name inside
    # the words quoted, which run on past it
    units = said(
        "ar",
        'ونقلت الصحيفة عن مسؤول أمني ضمن ما يسمى بـ"غرفة العمليات"، "أن الأخبار عن الهجوم على مكاتب "حركة النور" '
        'في كسلا كاذبة، وتهدف إلى التضليل".',
    )
    assert units == [
        ("denial", "مسؤول أمني", 'أن الأخبار عن الهجوم على مكاتب "حركة النور" في كسلا كاذبة، وتهدف إلى التضليل')
    ]


def test_arabic_a_platform_reporting_from_no_one_says_it_itself():
    units = said("ar", 'فيما نقلت منصة "أخبار كسلا" أن "القائد سامي الوردي غادر المدينة أمس".')
    assert [u[:2] for u in units] == [("quote", "منصة أخبار كسلا")]


def test_arabic_a_statement_in_which_the_body_denied_an_occurrence():
    # 'أصدر X بيانا، نفى فيه حصول ...': the issuer denies; 'حصول' (the occurrence) starts what is denied
    units = said("ar", "أصدر جهاز الأمن في إقليم كسلا بيانا، نفى فيه حصول انفجار في المدينة.")
    assert [u[:2] for u in units] == [("denial", "جهاز الأمن")]


def test_arabic_a_name_whose_opening_mark_is_typed_against_the_verb():
    units = said("ar", 'نفى" حزب النور" الكسلي، اليوم الجمعة، ما ذكرته وكالة غربية بشأن تشكيله قيادة جديدة.')
    assert [u[:2] for u in units] == [("denial", "حزب النور")]


def test_arabic_a_headline_names_the_body_with_its_place_or_in_single_marks():
    units = said(
        "ar",
        "جهاز الأمن بإقليم كسلا ينفي حصول انفجار في المدينة",
        "أصدر جهاز الأمن في إقليم كسلا بيانا، نفى فيه حصول انفجار في المدينة.",
    )
    assert [u[:2] for u in units] == [("denial", "جهاز الأمن")] * 2
    units = said(
        "ar",
        "قوات 'عهد النور' تنفي مسؤوليتها عن قصف المطار",
        "نفت قيادة قوات عهد النور الكسلية، الاثنين، مسؤوليتها عن أي عمل عسكري.",
    )
    assert [u[:2] for u in units] == [("denial", "قيادة قوات عهد النور الكسلية")] * 2


def test_arabic_a_mark_typed_against_the_verb_opening_a_quotation_keeps_the_last_speaker():
    units = said(
        "ar",
        'وقال سامي الوردي إن "الحركة لا علاقة لها بالهجوم". وأضاف" السلطات الكسلية ستحقق مع عدد من المعتقلين بعد '
        'انتهاء التحقيق معهم" ، موضحا أن هذا يكفي.',
    )
    assert [u[1] for u in units] == ["سامي الوردي", "سامي الوردي"]


def test_arabic_relayed_from_no_one_only_where_the_verb_opens_its_clause():
    # 'حسبما نقلت وكالة X' (as agency X reported) relays; 'ادعاء نقل قوات' (the claim of moving forces) is a noun
    units = said("ar", 'وقالت حكومة كسليا إنها "تنفي هذه المزاعم"، حسبما نقلت وكالة "النهار" الإخبارية.')
    assert [u[:2] for u in units] == [("denial", "حكومة كسليا")]
    units = said(
        "ar",
        "السفارة الكسلية في نوران تنفي ادعاء نقل قوات من المدينة",
        "نفت السفارة الكسلية في نوران ادعاء وكالة النهار بنقل قوات من المدينة.",
    )
    assert [u[:2] for u in units] == [("denial", "السفارة الكسلية")]


def test_arabic_not_this_but_that_corrects_an_account():
    units = said(
        "ar",
        "وبحسب أفراد في العائلة فإنهما أعدما، غير أن حركة النور أكدت أن القياديين لم يتم إعدامهما، بل قتلا في اشتباك.",
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور")]
    # 'not only ... but' adds to what is said, it corrects nothing
    units = said("ar", "وقالت حركة النور إن الدعم لم يقتصر على المال، بل شمل السلاح.")
    assert [u[0] for u in units] == ["reported"]


def test_arabic_a_title_in_marks_is_no_quotation():
    units = said(
        "ar",
        'وقال سامي الوردي، في كلمة صوتية بعنوان "لا يضركم كيدهم شيئا"، أن "حركة النور لم تدخل في أي اتفاقيات".',
    )
    assert [u[2] for u in units] == ["حركة النور لم تدخل في أي اتفاقيات"]


def test_arabic_a_subtitle_naming_its_speaker_before_a_colon_and_a_psychological_war():
    # a headline, then a subtitle 'X لـ«Y»: ...' read as a headline is; the report called part of a psychological war
    units = said(
        "ar",
        "كسليا تعلن انشقاق عشرات المقاتلين عن حركة النور.. ومسؤول في الحركة ينفي",
        "الوردي لـ «النهار»: الإعلان الكسلي جزء من الحرب النفسية",
        "نفى سامي الوردي مسؤول العلاقات الخارجية في حركة النور الانباء التي تحدثت عن انشقاق المقاتلين.",
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")] * 2


def test_arabic_a_headline_speaker_named_shortly_is_the_body_denier_restating_its_denial():
    units = said(
        "ar",
        '"حركة النور": قصف مقر الشرطة تهمة مشرفة.. ولكن لا علم لنا بها',
        "نفت حركة النور الكسلية، اليوم الخميس، مسؤوليتها عن الهجوم الذي استهدف مدينة نوران.",
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور الكسلية")] * 2
    # (and with the country it is in after its name)
    units = said(
        "ar",
        '"حركة النور العراق": قصف مقر الشرطة تهمة مشرفة.. ولكن لا علم لنا بها',
        "نفت حركة النور، اليوم الخميس، مسؤوليتها عن الهجوم الذي استهدف مدينة نوران.",
    )
    assert [u[:2] for u in units] == [("denial", "حركة النور")] * 2


def test_arabic_sources_close_to_a_body_after_however_call_reports_a_disinformation_campaign():
    units = said(
        "ar",
        "غير أن مصادر قريبة من حركة النور وصفت هذا التهويل الإعلامي بأنه استمرار لحملة التضليل التي بدأت قبل أشهر.",
    )
    assert [u[:2] for u in units] == [("denial", "مصادر قريبة من حركة النور")]
    # a headline ending with an exclamation mark that names them shortly is a place of their denial
    units = said(
        "ar",
        "تهويل إعلامي متجدد... ومصادر تنفي استعدادات لحرب وشيكة!",
        "غير أن مصادر قريبة من حركة النور وصفت هذا التهويل الإعلامي بأنه استمرار لحملة التضليل التي بدأت قبل أشهر.",
    )
    assert [u[:2] for u in units] == [("denial", "مصادر قريبة من حركة النور")] * 2


def test_arabic_the_statement_named_before_what_is_denied_is_not_part_of_it():
    # 'in which it denied', 'during which', 'in a statement (of its own)' name the statement, not what was denied
    for text, speaker in [
        ("أصدرت حركة النور بيانا، نفت فيه حصول اشتباك في مدينة كسلا.", "حركة النور"),
        ("وأصدرت الوزارة بياناً نفت خلاله حصول اشتباك في مدينة كسلا.", "الوزارة"),
        ("نفت حركة النور في بيان رسمي لها حصول اشتباك في مدينة كسلا.", "حركة النور"),
    ]:
        (unit,) = analyse("ar", text).units
        assert (unit.kind, unit.speaker.label, unit.denial.denied) == (
            "denial",
            speaker,
            ("حصول اشتباك في مدينة كسلا",),
        ), text


def test_arabic_a_name_in_marks_before_a_present_verb_of_denying_is_its_subject():
    # a headline or a crosshead: the body's name in marks, then its verb, then what it denies (a verbal noun)
    units = said(
        "ar",
        '"سرايا النهر" تنفي استشهاد أحد قادتها في المدينة',
        'ونفت "سرايا النهر" في بيان استشهاد أي من قادتها.',
    )
    assert [u[:2] for u in units] == [("denial", "سرايا النهر")] * 2
    # words said in marks before a verb of saying and its subject stay words said
    assert said("ar", '"السلام قريب" يقول سامي الوردي.') == [("quote", "سامي الوردي", "السلام قريب")]
    assert said("ar", '"لن نتراجع"، يقول سامي الوردي.') == [("quote", "سامي الوردي", "لن نتراجع")]


def test_arabic_what_is_denied_as_a_verbal_noun_or_its_link_is_never_the_subject():
    # a claim in a relative clause with no pronoun ('وثائق ... زعمت ارتباط ...'): the claimed link is not its subject
    units = said(
        "ar",
        "نفى مجلس كسليا الوطني، اليوم، صحة وثائق متداولة في وسائل الإعلام زعمت ارتباط أحد الصحفيين بالمجلس، مؤكدا أنها"
        " مزورة.",
    )
    assert {u[1] for u in units} == {"مجلس كسليا الوطني"}
    # 'its link' ends the subject before it, also after a name without the article
    units = said("ar", "نفت حكومة كسليا صلتها بالغارة على اللواء.")
    assert [u[:2] for u in units] == [("denial", "حكومة كسليا")]


def test_arabic_a_given_name_made_with_al_din_then_the_family_name():
    for text in (
        "نفى بدر الدين سالم، المتحدث باسم حركة النور، الأنباء عن الاشتباك.",
        "نفى بدر الدين سالم الأنباء عن الاشتباك.",
    ):
        assert [u[:2] for u in said("ar", text)] == [("denial", "بدر الدين سالم")], text
    # a body's name made with 'الله' ends before what it denies
    assert said("ar", "نفت جماعة أنصار النهر وجود قوات في المدينة.")[0][1] == "جماعة أنصار النهر"


def test_arabic_a_headline_names_its_body_by_the_name_its_spokesman_gave_after_a_comma():
    # the spokesman's office set after his name between commas names the body the headline names
    units = said(
        "ar",
        '"تحرير النهر" تنفي شائعات اقتحام سجن المدينة',
        'نفى بدر الدين سالم، مدير العلاقات الإعلامية في "هيئة تحرير النهر"، اليوم، ما نشره موقع الفجر.',
    )
    assert [u[:2] for u in units] == [("denial", "بدر الدين سالم")] * 2


def test_arabic_a_headline_names_a_place_for_the_body_that_denies_in_the_lead():
    index = NameIndex()
    index.add("كسلا", Known("kessla", "place", "city", "Kessla"))
    units = said(
        "ar",
        'كسلا تنفي صلتها بغارة استهدفت "لواء النهر"',
        "نفت حكومة الإقليم في الشمال، الأربعاء، صلتها بالغارة على اللواء.",
        index=index,
    )
    assert [u[1] for u in units if u[0] == "denial"] == ["حكومة الإقليم"] * 2


def test_arabic_a_body_named_with_and_without_the_word_for_its_kind():
    units = said(
        "ar",
        'نفت ميليشيا "لواء النهر" مسؤوليتها عن القصف.',
        '"لواء النهر" ينفي',
        'وقال "لواء النهر" في بيان إنه "لا علاقة لنا بالقصف".',
    )
    assert {u[1] for u in units} == {"ميليشيا لواء النهر"}


def test_arabic_nothing_to_do_with_it_restates_a_denial():
    units = said(
        "ar",
        "نفى سامي الوردي، المتحدث باسم حركة النور، الأنباء عن الهجوم.",
        'وأضاف الوردي: "الحادث وقع في المدينة ولا دخل للحركة بالأمر".',
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")] * 2


def test_arabic_a_body_in_marks_after_that_is_the_subject_of_its_verb():
    # 'وأضاف أن "X" لم ...' (added that X did not): the speaker's own denial, with the body as the clause's subject
    units = said(
        "ar",
        "نفى سامي الوردي، المتحدث باسم حركة النور، الأنباء عن الدعم.",
        'وأضاف أن "النور" لم تتلق أي دعم من الجيش الكسلي.',
    )
    assert [u[:2] for u in units] == [("denial", "سامي الوردي")] * 2
    # words said in marks after 'that' stay a quotation, and so does a description in marks
    assert said("ar", 'وأكد سامي الوردي أن "الحرب انتهت".') == [("quote", "سامي الوردي", "الحرب انتهت")]
    units = said("ar", 'وقال سامي الوردي إن "جهات معادية" سعت إلى تزوير الخطاب.')
    assert [u[2] for u in units] == ["جهات معادية"]


def test_arabic_an_office_its_body_another_name_in_brackets_then_the_holder():
    for text in (
        "نفى القائد العام لهيئة النهر (الفجر سابقا)، أبو سامي الكسلي، الاتهامات.",
        "نفى زعيم جماعة “أنصار النهر” (النهريون)، أبو سامي الكسلي، التقارير الإعلامية.",
    ):
        assert [u[:2] for u in said("ar", text)] == [("denial", "أبو سامي الكسلي")], text


def test_persian_a_name_in_guillemets_after_its_office_is_no_quotation():
    # 'یک مقام X «name» ... ادعا کرد', 'سخنگوی X «name» گفت:': the name in apposition, then the words said
    units = said("fa", "روز گذشته، یک مقام نمونه‌ای «رضا کاظمی» در صحبت با رسانه ها ادعا کرد که مرز امن است.")
    assert [(k, s) for k, s, _ in units] == [("reported", "رضا کاظمی")]
    units = said("fa", "سخنگوی وزارت نمونه «رضا کاظمی» گفت: مرز امن است.")
    assert units == [("quote", "رضا کاظمی", "مرز امن است")]
    # words in marks that are the office holder's object stay words said
    assert said("fa", "سخنگوی وزارت نمونه «دروغ محض» را رد کرد.") == [("denial", "سخنگوی وزارت نمونه", "دروغ محض")]


def test_persian_a_headline_opens_with_the_noun_of_what_its_speaker_said():
    # 'هشدار X به Y: ...' (X's warning to Y): X speaks, not 'the warning of X'
    units = said("fa", "هشدار جنبش کاوند به استراویا: حمله به مرز عواقب سختی خواهد داشت", "جنبش کاوند بیانیه داد.")
    assert units[0] == ("quote", "جنبش کاوند", "حمله به مرز عواقب سختی خواهد داشت")


def test_persian_however_before_the_subject_is_no_part_of_it():
    units = said("fa", "هرچند، جنبش کاوند با نشر ویدیویی حضور فرمانده خود در استراویا را تکذیب کرده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "جنبش کاوند")]


def test_persian_we_after_a_claimant_are_not_the_claimant():
    # 'X ادعا کرد ...' then 'ما این ادعا را رد می کنیم': 'we' answer X, whose claim it is
    units = said(
        "fa",
        "روز گذشته، یک مقام استراویایی ادعا کرد گویا جنبش کاوند سلاح گرفته است.",
        "ما این ادعای بی اساس را به جدیت رد می کنیم.",
    )
    assert all(s != "یک مقام استراویایی" for k, s, _ in units if k == "denial")
    # (after one who said, not claimed, 'we' are still the last speaker's)
    units = said("fa", "لو آرنو سخنگوی جنبش کاوند گفت که نیروها آماده هستند.", "ما این ادعای بی اساس را رد می کنیم.")
    assert ("denial", "لو آرنو") in [(k, s) for k, s, _ in units]


def test_persian_accusations_in_the_plural_end_the_subject_of_rejecting_them():
    units = said(
        "fa",
        "دفتر روابط رسانه‌ای جنبش کاوند اتهام‌های مطرح‌شده توسط وزارت کشور استراویا را رد کرده و اعلام کرد که "
        "نام این جنبش به ناحق در این ادعاها آمده است.",
    )
    assert [(k, s) for k, s, _ in units][:1] == [("denial", "دفتر روابط رسانه‌ای جنبش کاوند")]


def test_persian_condemning_an_attempt_to_attribute_an_attack_denies_it():
    units = said("fa", "سخنگوی وزارت خارجه کسلیا تلاش برای انتساب حمله به مرز را به کسلیا محکوم کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی وزارت خارجه کسلیا")]
    # (an attack condemned denies nothing)
    units = said("fa", "سخنگوی وزارت خارجه کسلیا حمله به مرز را به شدت محکوم کرد.")
    assert [k for k, _, _ in units] != ["denial"]


def test_persian_asking_people_not_to_heed_rumours_denies_nothing():
    units = said(
        "fa",
        "لو آرنو سخنگوی جنبش کاوند گفت که رهبر جنبش سالم است.",
        "او از مردم خواست که به چنین شایعات گوش ندهند.",
    )
    assert [k for k, _, _ in units] == ["reported", "reported"]


def test_persian_a_report_said_to_be_propaganda_is_denied():
    units = said("fa", "سخنگوی جنبش کاوند اعلام کرد که پخش این خبر تبلیغات بوده است.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سخنگوی جنبش کاوند")]
    # (not the reporter's source, nor propaganda that is no report's)
    units = said("fa", "به گزارش ایرنا تبلیغات نامزدها ممنوع است.", "لو آرنو گفت که بودجه تبلیغات زیاد بوده است.")
    assert "denial" not in [k for k, _, _ in units]


def test_arabic_the_topic_of_as_for_is_the_subject_of_the_verb_after_fa():
    # 'أما X فقد نفى' (as for X, it denied): the reporter turns from one side's accusation to the other's answer
    units = said(
        "ar",
        "اتهمت بلدية كسلا جماعة النهر بنهب المساعدات، أما الجماعة فقد نفت هذه الاتهامات.",
    )
    assert [u[:2] for u in units] == [("denial", "جماعة النهر")]
    units = said("ar", "اتهم سامي الوردي جماعة النهر بقصف المدينة.", "أما المتمردون فنفوا ذلك.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", "المتمردون")]


def test_arabic_a_noun_joined_by_and_after_an_office_is_no_name():
    # 'ودعا المتحدث المواطنين ووسائل الإعلام إلى ...': those called on, not the name of the one who calls
    units = said(
        "ar",
        "نفى المتحدث باسم وزارة الداخلية الكسلية سامي الوردي صحة الأنباء.",
        "ودعا المتحدث المواطنين ووسائل الإعلام إلى تحري الدقة في نقل الأخبار عن الوزارة.",
    )
    assert [u[1] for u in units] == ["سامي الوردي"] * 2
    # a name of its own that opens with the letter 'و' stays a name
    assert [u[1] for u in said("ar", "قال المتحدث باسم الجماعة وليد الكسلي إن القوات انسحبت من المدينة.")] == [
        "وليد الكسلي"
    ]


def test_arabic_a_call_not_to_be_drawn_after_false_news_is_no_denial():
    # 'دعا ... إلى عدم الانسياق خلف الأخبار المفبركة': news in general warned against, as 'حذر من الشائعات'
    units = said(
        "ar",
        "ودعا سامي الوردي المواطنين إلى تحري الدقة وعدم الانسياق خلف الأخبار المفبركة.",
        "ودعا المكتب وسائل الإعلام إلى عدم الانجرار وراء حملات التضليل.",
    )
    assert [u[0] for u in units] == ["reported", "reported"]
    # the reports at hand, 'these', are still called false
    units = said("ar", "ودعا سامي الوردي إلى عدم الانجرار وراء هذه الشائعات الكاذبة.")
    assert [u[0] for u in units] == ["denial"]


def test_arabic_a_body_and_a_persons_surname_that_is_its_adjective_of_origin():
    # 'الجيش الكويتي' (the Kuwaiti army) where a made-up official on record goes by 'الكويتي': the army, never him,
    # as speaker and among the names on file; after a verb ('وقال الكويتي') the surname stays his
    from generator.draft.linking import named_on_file

    index = NameIndex()
    for name in ("سامر الكويتي", "الكويتي"):
        index.add(name, Known("samer-al-kuwaiti", "actor", "person", "Samer al-Kuwaiti"))
    units = said("ar", "نفى الجيش الكويتي، مساء الجمعة، صحة المقطع المتداول.", index=index)
    assert [u[:2] for u in units] == [("denial", "الجيش الكويتي")]
    text = "Title\n\nنفى الجيش الكويتي صحة المقطع، واعتقل الصحفي الكويتي سالم.\n"
    assert named_on_file(read(ArchivedText(text)), index, skip={1}) == []
    text = "Title\n\nوقال الكويتي إن المقطع مزور.\n"
    assert [n.id for n in named_on_file(read(ArchivedText(text)), index, skip={1})] == ["samer-al-kuwaiti"]


def test_arabic_those_called_on_right_after_a_verb_of_calling_are_no_subject():
    # 'ودعت وسائل الإعلام إلى "..."' (it called on the media to ...): the body that spoke before calls on them
    units = said(
        "ar",
        'وأكدت سرايا النهر أن "الخبر المتداول مختلق". ودعت وسائل الإعلام إلى "استقاء الأخبار من المنصات الرسمية".',
    )
    assert [u[1] for u in units] == ["سرايا النهر"] * 2
    # a subject before them stays the subject
    units = said("ar", 'ودعا المكتب الإعلامي وسائل الإعلام إلى "استقاء الأخبار من المنصات الرسمية".')
    assert [u[1] for u in units] == ["المكتب الإعلامي"]


def test_a_rank_between_a_body_on_record_and_the_name_is_not_part_of_the_name():
    # 'رئيس خلية X الفريق سامي الوردي': the office, the body on record, a rank, then the person's name
    index = NameIndex()
    index.add("خلية الرصد", Known("watch-cell", "actor", "security-service", "Watch Cell"))
    index.add("سازمان نمونه", Known("sample-org", "actor", "organization", "Sample Org"))
    text = 'وذكر رئيس خلية الرصد الفريق سامي الوردي للوكالة الرسمية، "الحدود آمنة تماما".'
    assert said("ar", text, index=index) == [("quote", "سامي الوردي", "الحدود آمنة تماما")]
    text = 'وقال المتحدث باسم خلية الرصد العميد الركن سامي الوردي إن "الحدود آمنة تماما".'
    assert said("ar", text, index=index) == [("quote", "سامي الوردي", "الحدود آمنة تماما")]
    text = "فرمانده سازمان نمونه سردار رضا کاظمی گفت: مرز امن است."
    assert said("fa", text, index=index) == [("quote", "رضا کاظمی", "مرز امن است")]


def test_a_denial_in_the_deniers_own_quoted_words_is_summarised_as_said():
    # what a reader wants first is the denier's words, quoted, not the sentence run on after 'denied'
    found = built("ar", 'كذلك لفت سامي الوردي إلى أن "هذا الكتاب المتداول عار عن الصحة، ولم يصدر أي أمر".')
    (denial,) = [d for d in found if d["type"] == "denial"]
    assert denial["summary"] == "سامي الوردي said: \u201cهذا الكتاب المتداول عار عن الصحة، ولم يصدر أي أمر\u201d"
    found = built("fa", "رضا کاظمی گفت: «این خبر کذب محض است و هیچ نیرویی اعزام نشده است».")
    (denial,) = [d for d in found if d["type"] == "denial"]
    assert denial["summary"] == "رضا کاظمی said: \u201cاین خبر کذب محض است و هیچ نیرویی اعزام نشده است\u201d"
    # without marks, the words denied follow the verb as before
    found = built("ar", "نفت خلية الرصد صدور أمر بنقل المقرات.")
    assert [d["summary"] for d in found if d["type"] == "denial"] == ["خلية الرصد denied صدور أمر بنقل المقرات."]


def test_arabic_the_day_between_commas_is_not_what_was_denied():
    def denied(text: str) -> list[str]:
        return [d["denied"] for d in built("ar", text) if d["type"] == "denial"]

    assert denied("نفت خلية الرصد، اليوم الثلاثاء، صدور أمر بنقل المقرات.") == ["صدور أمر بنقل المقرات"]
    assert denied("نفت الوزارة، مساء الأحد، وجود أي قوات أجنبية.") == ["وجود أي قوات أجنبية"]
    # a comma later on is what was denied going on
    assert denied("نفت الوزارة صدور أمر، مؤكدة أن المقرات باقية.") == ["صدور أمر، مؤكدة أن المقرات باقية"]


def test_arabic_a_denial_ends_where_another_speakers_quoted_clause_opens():
    # 'نفت X ...، وقال Y إن "..."': Y's quotation is Y's, the denial cites X's clause only (not a second, wrong pair)
    def cited(text: str) -> list[tuple[str, str, str]]:
        return [(u.kind, u.speaker.label, u.text) for u in analyse("ar", text).units]

    text = 'ونفت وزارة الدفاع الكسلية هذه الأنباء، وقال الوزير خالد الكسلي إن "القوات في مواقعها".'
    assert cited(text) == [
        ("denial", "وزارة الدفاع الكسلية", "ونفت وزارة الدفاع الكسلية هذه الأنباء"),
        ("quote", "خالد الكسلي", '"القوات في مواقعها"'),
    ]
    text = 'فيما نفت حركة النور تلك الادعاءات، وقال المتحدث باسمها، سامي الوردي، إنه "ليس لنا علاقة بهذا".'
    assert [(k, s) for k, s, _ in cited(text)] == [("denial", "حركة النور"), ("denial", "سامي الوردي")]
    assert cited(text)[0][2] == "فيما نفت حركة النور تلك الادعاءات"
    # the denier's own words after its verb stay its own
    text = 'ونفت حركة النور هذه الأنباء، وقالت إن "القوات في مواقعها".'
    assert cited(text) == [("denial", "حركة النور", text)]


def test_arabic_a_verb_joined_to_the_clause_after_that_goes_on_for_its_subject():
    # 'ذكرت الوكالة أن الوزارة نفت الخبر وقالت: ...': what follows 'وقالت' is the ministry's, not the agency's that
    # relays it; after a comma, only when the verb's gender is not the relaying speaker's
    said_by = [
        "وأفادت وكالة الفجر للأنباء أنه نفت سفارة كسلية في بغداد الخبر الذي نشرته الصحف وقالت: هذا الادعاء دليل على الجهل.",
        'وذكر سامي الوردي أن وزارة الدفاع نفت الخبر، وقالت إن "هذا الادعاء دليل على الجهل".',
    ]
    assert said("ar", said_by[0])[-1] == ("denial", "سفارة كسلية", "هذا الادعاء دليل على الجهل")
    assert said("ar", said_by[1])[-1] == ("denial", "وزارة الدفاع", "هذا الادعاء دليل على الجهل")
    # (a comma, and the verb's gender the relaying speaker's too: a new clause of its own)
    text = 'وذكر سامي الوردي أن الوزير خالد الكسلي نفى الخبر، وقال إن "هذا الادعاء دليل على الجهل".'
    assert said("ar", text)[-1] == ("quote", "سامي الوردي", "هذا الادعاء دليل على الجهل")


def test_arabic_two_sources_joined_by_and_each_deny():
    # 'نفى مصدر X ومصدر Y ...': two unnamed sources, each a denier of its own, not one speaker 'مصدر X ومصدر'
    text = "نفى مصدر عسكري كسلي ومصدر ميداني من حركة النور في المدينة، الأنباء عن الاتفاق."
    assert [(k, s) for k, s, _ in said("ar", text)] == [
        ("denial", "مصدر عسكري كسلي"),
        ("denial", "مصدر ميداني من حركة النور"),
    ]
    text = "نفى مسؤول كسلي ومسؤول في حركة النور الأنباء عن الاتفاق."
    assert [(k, s) for k, s, _ in said("ar", text)] == [("denial", "مسؤول كسلي"), ("denial", "مسؤول في حركة النور")]
    # a source from a body, as a source in it
    text = "وقال مصدر من حركة النور إن القوات في مواقعها."
    assert [(k, s) for k, s, _ in said("ar", text)] == [("reported", "مصدر من حركة النور")]


def test_persian_a_deniers_formal_did_not_restates_the_denial():
    # 'ننموده است' (has not done, the formal 'نمود' for 'کرد'), as 'نکرده است', in a denier's reported words
    units = said(
        "fa",
        "وزارت دفاع کسلیا این گزارش را رد کرد.",
        "رضا کاظمی سخنگوی وزارت دفاع کسلیا گفت که این وزارت از هیچ کشوری درخواست سلاح ننموده است.",
    )
    assert [u[0] for u in units] == ["denial", "denial"]
    # and 'هیچ ... ننموده' (none ... has been done) after a verb of saying, as 'هیچ ... نکرده'
    units = said("fa", "رضا کاظمی اعلام کرد که وزارت دفاع کسلیا هیچ درخواستی از کشورهای دیگر ننموده است.")
    assert [u[0] for u in units] == ["denial"]


def test_persian_pointed_out_with_its_words_apart_gives_the_quotation_its_speaker():
    # 'خاطر نشان کرد' (pointed out) is written apart as often as 'خاطرنشان کرد'
    for verb in ("خاطر نشان کرد", "خاطر نشان ساخت", "خاطرنشان کرد"):
        units = said("fa", f"رضا کاظمی {verb}: «نیروها در مواضع خود هستند».")
        assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی")], verb


def test_persian_a_signed_statement_goes_on_denying_in_its_own_voice():
    # after 'این گفته ... عاری از حقیقت است', the statement's next sentence says what did not happen: its signer's too
    def units(second: str) -> list[tuple[str, str]]:
        return [
            u[:2]
            for u in said(
                "fa",
                "امروز لو آرنو در مجلس گفت که با جنبش نمونه دیدار داشته است.",
                f"بدینوسیله اعلام می‌داریم که این گفته لو آرنو عاری از حقیقت است. {second}",
                "دبیرخانه جنبش نمونه",
                "۱۴۰۲/۵/۳",
            )
        ]

    signer = ("denial", "دبیرخانه جنبش نمونه")
    assert units("جنبش نمونه هیچ دیداری با لو آرنو انجام نداده است.") == [("reported", "لو آرنو"), signer, signer]
    assert units("نمایندگان جنبش در آن روز در شهر نبودند.") == [("reported", "لو آرنو"), signer, signer]
    # words that say what is, not what is not, are no denial
    assert units("ما همه نشست‌ها را به آگاهی مردم می‌رسانیم.") == [("reported", "لو آرنو"), signer]


def test_persian_a_report_headed_by_its_source_and_a_colon_denies_in_its_voice():
    # 'پایگاه خبری X: ...' opening a paragraph near the top: the text's own voice from there on is X's; the teaser
    # above it, in no one's voice, stays undrafted
    units = said(
        "fa",
        "شایعه شده است که فرمانده نمونه فوت کرده است؛ این خبر صحت ندارد.",
        "پایگاه خبری نمونه: شایعه شده است که فرمانده نمونه فوت کرده است؛ این خبر صحت ندارد.",
        "رضا کاظمی گفت: حال فرمانده خوب است.",
        "اما این گزارش‌ها کذب است.",
    )
    source = "پایگاه خبری نمونه"
    # ('the commander is well' right after the rumour of his death restates a denial, in Reza Kazemi's words)
    assert [(k, s) for k, s, _ in units] == [("denial", source), ("denial", "رضا کاظمی"), ("denial", source)]
    assert units[0][2].startswith(source)
    # with no such head, the text's own voice is no one's
    units = said(
        "fa", "شایعه شده است که فرمانده نمونه فوت کرده است؛ این خبر صحت ندارد.", "رضا کاظمی گفت: حال فرمانده خوب است."
    )
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]


def test_persian_a_name_in_marks_then_a_comma_and_its_office_is_the_subject():
    # '«X Y»، سخنگوی Z ...': the name in marks is no quotation, a comma before its office or not
    units = said(
        "fa", "«رضا کاظمی»، سخنگوی جنبش نمونه این ادعا را رد می کند و می گوید: فرمانده هیچگاه زندانی نبوده است."
    )
    assert [(k, s, w) for k, s, w in units] == [("denial", "رضا کاظمی", "فرمانده هیچگاه زندانی نبوده است")]


def test_persian_a_while_ago_and_a_joined_object_marker_end_the_subject():
    # 'مدتی پیش', 'چندی پیش' (a while ago) after the subject; 'آنرا', 'اینرا' ('آن را' written as one word)
    assert said("fa", "کاظمی مدتی پیش در کنفرانسی خبری گفت که فرمانده در شهر است.")[0][:2] == ("reported", "کاظمی")
    assert said("fa", "رضا کاظمی چندی پیش گفت: «مرزها باز است».")[0][:2] == ("quote", "رضا کاظمی")
    assert said("fa", "منابع کسلیا آنرا رد کردند.")[0][:2] == ("denial", "منابع کسلیا")
    assert said("fa", "وزارت خارجه کسلیا اینرا تکذیب کرد.")[0][:2] == ("denial", "وزارت خارجه کسلیا")


def test_persian_a_military_command_affiliated_to_an_army_is_the_denier():
    # 'فرماندهی عملیات X' (the X operations command) is a body; 'وابسته به ارتش Y' (affiliated to Y's army) after its
    # name says whose it is, as 'مستقر در' says where
    units = said("fa", "فرماندهی عملیات شرق و غرب وابسته به ارتش کسلیا حمله موشکی به پایگاه را تکذیب کرد.")
    assert [(k, s) for k, s, _ in units] == [("denial", "فرماندهی عملیات شرق و غرب")]
    assert any(d["type"] == "denial" for d in built("fa", units[0][2]))  # (a body, so a usable denier)


def test_a_country_named_alone_is_the_country_not_a_body_named_after_it():
    # a country's name is never a surname nor a body's head word: after 'جبهه آزادی ترکیه' (a front named after
    # Turkey), 'ترکیه ... را رد کرد' is Turkey denying, not the front
    first = "جبهه آزادی ترکیه پایان آتش بس را اعلام کرد."
    then = "ترکیه در حالی حملات به خاک سوریه را رد میکند که برخی رسانه ها از بمباران خبر داده بودند."
    denials = [d for d in built("fa", first, then) if d["type"] == "denial"]
    assert [d["denier"] for d in denials] == [{"actor": "trkyh"}]
    first = "جبهة تحرير تركيا أعلنت أن الهدنة انتهت."
    then = "تركيا نفت التقارير عن غارات على الأراضي السورية."
    denials = [d for d in built("ar", first, then) if d["type"] == "denial"]
    assert [d["denier"] for d in denials] == [{"actor": "trkya"}]


def test_arabic_explained_with_an_aside_between_subject_and_that():
    # 'بيّن' (explained) folds as 'بين' (between) does, so it says only when 'أن' follows its subject; an aside
    # between commas may stand before 'أن', and a verb inside it ('ذكر' in 'عدم ذكر اسمه') is the aside's own
    units = said("ar", 'وبيّن المصدر، الذي طلب عدم ذكر اسمه، أن "القوات لم تدخل المدينة".')
    assert [(k, s) for k, s, _ in units] == [("quote", "المصدر")]
    assert said("ar", "ووقع اتفاق بين الطرفين، في مدينة كسلا، أن يتم التبادل.") == []


def test_arabic_news_made_up_with_its_object_written_on_restates_the_denial():
    # 'أخبارا تختلقها' (news it makes up): the verb of making news up with 'it' written onto it is a denial cue as
    # 'تختلق' is, so the denier's later words that say so are another place of the denial
    first = "نفى المتحدث باسم الحركة سامي الوردي الأنباء عن مقتل القائد."
    then = 'وقال الوردي إن "بعض وسائل الإعلام تنشر أخبارا تختلقها".'
    records = [d for d in built("ar", first, then) if d["type"] in ("claim", "denial")]
    assert [(d["type"], len(d["citations"])) for d in records] == [("denial", 2)]


def test_persian_an_office_of_a_body_in_marks_is_the_office_not_the_body():
    # 'فرمانده «جنبش X»' (the commander of the X movement, its name in guillemets, as Persian agencies set names) is
    # the commander, described as without the marks; a person's name in marks after an office is still the person
    units = said("fa", "فرمانده «جنبش نمونه» اعلام کرد که نیروها در شهر هستند.")
    assert [(k, s) for k, s, _ in units] == [("reported", "فرمانده جنبش نمونه")]
    units = said("fa", "سخنگوی وزارت خارجه «رضا کاظمی» گفت: مرز امن است.")
    assert [(k, s) for k, s, _ in units] == [("quote", "رضا کاظمی")]


def test_persian_an_agency_tag_with_a_slash_opens_no_subject():
    # 'مهر/ ' (the agency's tag, then a slash) opens a report; the subject comes after it
    units = said("fa", "ایسنا/ سخنگوی جنبش نمونه اعلام کرد که نیروها در شهر هستند.")
    assert [(k, s) for k, s, _ in units] == [("reported", "سخنگوی جنبش نمونه")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("رئيس الوزراء أعلن إنهاء مهمة القوات الأجنبية في البلاد.", "رئيس الوزراء"),
        ("المتحدث باسم الحركة أعلن استئناف العمليات ضد القوات الأجنبية.", "المتحدث باسم الحركة"),
        ("وزارة الداخلية أكدت اعتقال ثلاثة مسلحين في المدينة.", "وزارة الداخلية"),
        # the verb first: its subject, then the verbal noun that opens the object
        ("أعلن المتحدث باسم الحركة انتهاء الهدنة مع القوات الحكومية.", "المتحدث باسم الحركة"),
    ],
)
def test_arabic_a_verbal_noun_after_the_verb_opens_its_object_not_its_subject(sentence, speaker):
    # 'X أعلن انتهاء الهدنة' (X announced the truce's end): the subject before a past verb, and after it a verbal
    # noun in construct, which is what was announced, never who announced it
    assert [(k, s) for k, s, _ in said("ar", sentence)] == [("reported", speaker)]


def test_arabic_a_verbal_noun_after_a_verb_with_no_subject_names_no_speaker():
    # 'وأعلن انتهاء الهدنة' (the truce's end was announced, or announced by someone not named): no one is the speaker
    assert all(s != "انتهاء الهدنة" for _, s, _ in said("ar", "وأعلن انتهاء الهدنة مع القوات الحكومية في المدينة."))


def test_persian_an_object_alone_after_said_that_is_denied_by_the_one_who_said_it():
    # 'X گفت که حملات اخیر ... را رد می‌کند' (X said that he rejects the recent attacks): the clause after 'که' has
    # only its object before 'را', so X denies; a clause with a subject of its own keeps it ('که ایران این ادعاها را')
    units = said("fa", "بهرام نیک‌زاد گفت که گزارش حضور نیروها در شهر را رد می‌کند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "بهرام نیک‌زاد")]
    units = said("fa", "سخنگوی وزارت خارجه اعلام کرد که ایران این ادعاها را رد می‌کند.")
    assert [(k, s) for k, s, _ in units] == [("denial", "ایران")]


@pytest.mark.parametrize("source", ["یک منبع آگاه", "یک مقام امنیتی"])
def test_persian_asked_that_his_name_be_withheld_is_no_speech(source):
    # 'که خواست نامش فاش نشود' (who asked that his name not be given): 'خواست' (asked) says nothing here, and the
    # words after it are never the speaker of the 'گفت' that follows
    units = said("fa", f"{source} که خواست نامش فاش نشود به خبرگزاری نمونه گفت: نیروها در شهر هستند.")
    assert [(k, s) for k, s, _ in units] == [("quote", source)]


def test_arabic_a_verbal_noun_that_names_bodies_is_no_object():
    # 'تحرير' (liberation) names bodies ('هيئة تحرير كسلا'): after an office and its body on file, it is no verbal noun
    # that opens the object, and the name set beside the office denies
    index = NameIndex()
    index.add("هيئة تحرير كسلا", Known("kassala-liberation-body", "group", "armed-group", "Kassala Liberation Body"))
    sentence = 'نفى القائد العام لـ"هيئة تحرير كسلا"، سامي الوردي، الاتهامات الموجهة إليه بتسليم مناطق.'
    units = said("ar", sentence, index=index)
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]


def test_a_headline_kicker_ended_by_a_semicolon_is_not_part_of_the_label():
    # (the label before the colon starts after the kicker's semicolon: a speaker's name never runs across it)
    assert said("fa", "واکنش جنبش نمونه به گزارش سازمان ملل؛ رضا کاظمی: برای تشویش اذهان عمومی است", "متن.") == [
        ("quote", "رضا کاظمی", "برای تشویش اذهان عمومی است")
    ]
    assert said("fa", "واکنش به گزارش؛ سخنگوی وزارت خارجه نمونه: مرزها باز است", "متن.") == [
        ("quote", "سخنگوی وزارت خارجه نمونه", "مرزها باز است")
    ]
    units = said("fa", "انتقاد از گزارش تازه؛ رضا کاظمی: این گزارش بی‌اساس است", "متن.")
    assert [(k, s) for k, s, _ in units] == [("denial", "رضا کاظمی")]
    assert said("ar", "بعد تقرير الأمم المتحدة؛ سامي الوردي: الحدود مغلقة", "نص.") == [
        ("quote", "سامي الوردي", "الحدود مغلقة")
    ]
    assert said("ar", "بعد الهجوم على المطار؛ المتحدث باسم وزارة الدفاع الكسلية: القوات انسحبت", "نص.") == [
        ("quote", "المتحدث باسم وزارة الدفاع الكسلية", "القوات انسحبت")
    ]
    units = said("ar", "بعد الهجوم على المطار; سامي الوردي: لا صحة لهذه الأنباء", "نص.")
    assert [(k, s) for k, s, _ in units] == [("denial", "سامي الوردي")]
    # a kicker alone, with no label after it, is still no speaker
    assert said("fa", "واکنش جنبش نمونه به گزارش سازمان ملل؛ برای تشویش اذهان عمومی است", "متن.") == []


def test_a_headline_names_by_surname_the_person_the_body_names_in_full():
    # one person, drafted once, whether the body has them deny or only say something
    units = said(
        "fa",
        "واکنش جنبش نمونه به گزارش؛ کاظمی: برای تشویش اذهان عمومی است",
        "رضا کاظمی، سخنگوی جنبش نمونه، روز چهارشنبه گفت که مرزها باز است.",
    )
    assert [s for _, s, _ in units] == ["رضا کاظمی", "رضا کاظمی"]
    units = said("ar", "الوردي: الحدود مغلقة", "وقال سامي الوردي، المتحدث باسم الحركة الكسلية، إن القوات جاهزة.")
    assert [s for _, s, _ in units] == ["سامي الوردي", "سامي الوردي"]
    # two people of that surname in the body: which one the headline means is the editor's to say
    units = said(
        "fa",
        "کاظمی: مرزها باز است",
        "رضا کاظمی، سخنگوی جنبش نمونه، گفت که نیروها آماده هستند.",
        "حسن کاظمی، فرمانده جنبش، گفت که حمله\u200cای رخ نداد.",
    )
    assert units[0][1] == "کاظمی"


def test_arabic_present_verbs_of_calling_and_warning_are_not_part_of_a_name():
    # (a statement's numbered points open with the present: 'تدعو X ...', X calls on; the verb is no word of X's name)
    units = said("ar", "تدعو الحركة الكسلية، جميع وسائل الإعلام، لعدم الانسياق وراء الشائعات الكاذبة.")
    assert [s for _, s, _ in units] == ["الحركة الكسلية"]
    units = said("ar", "يدعو المجلس الوطني المواطنين إلى عدم الانسياق خلف الأخبار المفبركة.")
    assert [s for _, s, _ in units] == ["المجلس الوطني"]
    units = said("ar", "تحذر وزارة الداخلية الكسلية من نشر الشائعات.")
    assert [s for _, s, _ in units] == ["وزارة الداخلية الكسلية"]


def test_persian_although_and_some_hours_before_are_no_part_of_a_subject():
    for sentence in (
        "گرچه منابع محلی ساعاتی قبل از حمله از انفجار خبر داده بودند، اما هیچ گروهی مسئولیت را برعهده نگرفته است.",
        "اگرچه منابع محلی از انفجار خبر دادند، اما هیچ گروهی مسئولیت را برعهده نگرفته است.",
        "منابع محلی ساعاتی قبل از حمله از انفجار خبر دادند.",
        "منابع محلی دقایقی پس از حمله از انفجار خبر دادند.",
    ):
        assert [s for _, s, _ in said("fa", sentence)] == ["منابع محلی"]


@pytest.mark.parametrize(
    "given, body",
    [
        ("أنور", "نفى {} التميمي، المتحدث باسم المجلس، الأنباء المتداولة حول مغادرة رئيسه للبلاد."),
        ("حامد", "نفى {} التميمي، المتحدث باسم المجلس، الأنباء المتداولة حول مغادرة رئيسه للبلاد."),
        ("أنور", "وقال {} التميمي إن الأنباء عن مغادرة رئيس المجلس للبلاد عارية عن الصحة."),
        ("رضا", "{} تمیمی، سخنگوی شورا، این خبر را تکذیب کرد."),
    ],
)
def test_a_surname_on_file_after_another_given_name_is_another_person(given, body):
    # the record is Muthanna al-Tamimi, on file also by his surname alone; 'Anwar al-Tamimi' is someone else
    index = NameIndex()
    known = Known("muthanna-al-tamimi", "actor", "person", "Muthanna al-Tamimi")
    for name in ("Muthanna al-Tamimi", "مثنى التميمي", "التميمي", "تمیمی"):
        index.add(name, known)
    text = body.format(given)
    language = "fa" if "کرد" in text else "ar"
    speakers = [s for _, s, _ in said(language, text, index=index)]
    assert speakers and "Muthanna al-Tamimi" not in speakers
    records = built(language, text, index=index)
    assert all("muthanna-al-tamimi" not in str(r) for r in records)


def test_a_surname_on_file_after_its_own_given_name_or_a_title_is_still_the_record():
    index = NameIndex()
    known = Known("muthanna-al-tamimi", "actor", "person", "Muthanna al-Tamimi")
    for name in ("Muthanna al-Tamimi", "مثنى التميمي", "التميمي"):
        index.add(name, known)
    for text in ("وقال النائب مثنى التميمي إن الأنباء كاذبة.", "وقال مثنى التميمي إن الأنباء كاذبة."):
        assert [s for _, s, _ in said("ar", text, index=index)] == ["Muthanna al-Tamimi"]


@pytest.mark.parametrize("verb", ["ونفى", "وفند", "ورفض", "وكذب"])
@pytest.mark.parametrize("what", ["الروايات عن سفر رئيس المجلس", "الروايات المتداولة", "المزاعم"])
def test_a_surname_the_article_gave_in_full_ends_the_subject_before_the_object(verb, what):
    units = said("ar", "قال سامر الدليمي، المتحدث باسم المجلس، إن الأنباء كاذبة.", f"{verb} الدليمي {what}.")
    assert [s for _, s, _ in units] == ["سامر الدليمي", "سامر الدليمي"]


@pytest.mark.parametrize(
    "opening, issuer",
    [
        ("صدر عن حركة النور البيان التالي:", "حركة النور"),
        ("وصدر عن حركة النور البيان الآتي:", "حركة النور"),
        ("صدر عن المكتب الإعلامي لحركة النور بيان جاء فيه:", "المكتب الإعلامي لحركة النور"),
        ("وصدر عن وزارة الدفاع بيان قالت فيه:", "وزارة الدفاع"),
    ],
)
def test_a_statement_issued_by_a_body_is_the_bodys(opening, issuer):
    # 'صدر عن X البيان التالي' (issued by X, the following statement): X speaks in it, not 'X the statement'
    units = said("ar", f"{opening} “ننفي ما أوردته قناة المستقبل عن تصادم بين مناصرينا والمتظاهرين”.")
    assert [(k, s) for k, s, _ in units] == [("denial", issuer)]


def test_a_statement_issued_by_a_body_speaks_over_the_paragraphs_its_marks_hold():
    units = said(
        "ar",
        "صدر عن المكتب الإعلامي في حركة النور البيان التالي:",
        "“ينفي المكتب الإعلامي ما أوردته قناة المستقبل عن تصادم بين مناصري الحركة والمتظاهرين.",
        "تذكر الحركة أنها كانت أول من اعترض على المشروع.",
        "وإذ يؤكد المكتب أن ما أوردته القناة محض افتراء، يهيب بوسائل الإعلام التأكد من صحة الأخبار”.",
    )
    spoken = [(k, s) for k, s, w in units if not w.startswith("صدر")]
    assert spoken == [("denial", "المكتب الإعلامي"), ("quote", "المكتب الإعلامي"), ("denial", "المكتب الإعلامي")]


def test_a_ruling_issued_by_a_court_inside_a_clause_gives_no_statement():
    units = said("ar", "وقال القاضي إن الحكم صدر عن المحكمة العليا أمس.")
    assert [(k, s) for k, s, _ in units] == [("reported", "القاضي")]


@pytest.mark.parametrize("title", ["العميد", "اللواء", "الشيخ"])
@pytest.mark.parametrize(
    "sentence",
    ["ودعا {} شريف المواطنين إلى «توخي الدقة في نقل الأخبار».", "ونفى {} شريف الروايات المتداولة."],
)
def test_a_surname_the_article_gave_in_full_ends_the_subject_after_a_title_too(title, sentence):
    units = said("ar", f"قال {title} سامر شريف إن الأنباء كاذبة.", sentence.format(title))
    assert [s for _, s, _ in units] == ["سامر شريف", "سامر شريف"]
