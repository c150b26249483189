"""Arabic and Persian denials, round 24: shapes seen in the fresh development articles, with made-up names.

- Arabic: a body declares its innocence and others' joined to it ('أعلنت الحركة براءتها وبراءة حلفائها من الهجوم'),
  as 'براءتها من'; guard: its innocence with no 'من' after it in the clause denies nothing;
- Arabic: an attack named first, then 'did not carry it out' with its pronoun on the verb, in a quotation ('إن «الهجوم
  على المطار لم تنفذه الحركة»'); guards: a relative clause ('العملية التي لم ينفذها الجيش بعد') and 'unless' ('ما لم');
- Persian: reports said to be spread to mislead or deceive ('انتشار این اخبار در راستای گمراه کردن ... است', 'این
  ادعاها با هدف فریب ...'), as 'گمراه‌کننده'; guard: misleading named alone accuses no report;
- Persian: a body's office whose name runs past seven words with its state's formal name ('روابط عمومی وزارت امور
  خارجه جمهوری اسلامی ایران') is a speaker, the state's form counted as one word; guard: eight words without one are
  still too long.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# --- Arabic: its innocence and others' -------------------------------------------------------------------------------

INNOCENCE_AR = [
    ("أعلنت حركة النور براءتها وبراءة حلفائها من الهجوم على المطار.", "حركة النور"),
    ("أكد الحزب الوطني براءته وبراءة أعضائه من تفجير الجسر.", "الحزب الوطني"),
    ("أعلنت كتائب الفجر، المدعومة من الخارج، براءتها وبراءة الفصائل المسلحة من عملية قصف السفارة.", "كتائب الفجر"),
    ("جددت هيئة الساحل براءتها وبراءة قادتها الميدانيين مما نسب إليهم.", "هيئة الساحل"),
]


@pytest.mark.parametrize(("sentence", "denier"), INNOCENCE_AR)
def test_ar_innocence_and_others_is_a_denial(sentence, denier):
    got = said("ar", sentence)
    assert [(k, s) for k, s, _ in got] == [("denial", denier)]


def test_ar_innocence_without_from_is_no_denial():
    got = said("ar", "أعلنت حركة النور براءتها، وقالت إن الهجوم مدان من كل الأطراف.")
    assert all(k != "denial" for k, _, _ in got)


# --- Arabic: an attack, then 'did not carry it out' ----------------------------------------------------------------

NOT_CARRIED_OUT_AR = [
    ("وقال المتحدث باسم حركة النور سامر الحداد إن «الهجوم على المطار لم تنفذه الحركة».", "سامر الحداد"),
    (
        "وقال سامر الحداد، في لقاء متلفز: إن «الضربة التي استهدفت السفارة في المدينة، لم تنفذها فصائل المقاومة، "
        "فضرباتها ثقيلة»، مبيناً أنه «من الممكن أن تكون هناك جهات أخرى».",
        "سامر الحداد",
    ),
    ("وقالت هيئة الساحل إن الغارة على القرية لم نشنها نحن.", "هيئة الساحل"),
    ("وأكد سامر الحداد أن «التفجيرات الأخيرة لم نرتكبها ولم نأمر بها».", "سامر الحداد"),
    ("وقال سامر الحداد إن «الصواريخ التي سقطت على الميناء لم نطلقها».", "سامر الحداد"),
]


@pytest.mark.parametrize(("sentence", "denier"), NOT_CARRIED_OUT_AR)
def test_ar_attack_not_carried_out_is_a_denial(sentence, denier):
    got = said("ar", sentence)
    assert [(k, s) for k, s, _ in got][:1] == [("denial", denier)]


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال سمير العلي إن «العملية التي لم ينفذها الجيش بعد ستكون حاسمة».",
        "وقال سمير العلي إن «الخطة ما لم ننفذها سنخسر المعركة».",
        "وقال سمير العلي إن «الهجوم الكبير لم ننفذه بعد».",
    ],
)
def test_ar_not_yet_or_relative_is_no_denial(sentence):
    assert all(k != "denial" for k, _, _ in said("ar", sentence))


# --- Persian: reports spread to mislead ------------------------------------------------------------------------------

MISLEAD_FA = [
    (
        "دفتر ریاست‌جمهوری کسلیا اعلام کرد: «ما در پایتخت هستیم».",
        "در ادامه آمده است که اهداف انتشار این اخبار واضح بوده و در راستای گمراه کردن مردم صورت می‌گیرد.",
        "دفتر ریاست‌جمهوری کسلیا",
    ),
    ("", "وزارت کشور کسلیا اعلام کرد این ادعاها با هدف فریب افکار عمومی مطرح شده است.", "وزارت کشور کسلیا"),
    ("", "سخنگوی ارتش گفت که گزارش‌های رسانه‌های غربی برای گمراه کردن مردم منتشر می‌شود.", "سخنگوی ارتش"),
    ("", "بهرام نیک‌زاد گفت این گزارش‌ها به منظور گمراه‌سازی افکار عمومی پخش شده است.", "بهرام نیک‌زاد"),
]


@pytest.mark.parametrize(("before", "sentence", "denier"), MISLEAD_FA)
def test_fa_reports_spread_to_mislead_are_denied(before, sentence, denier):
    got = said("fa", *(p for p in (before, sentence) if p))
    assert (got[-1][0], got[-1][1]) == ("denial", denier)


def test_fa_misleading_alone_accuses_no_report():
    got = said("fa", "وزیر آموزش گفت گمراه کردن جوانان در فضای مجازی جرم است.")
    assert all(k != "denial" for k, _, _ in got)


# --- Persian: a long office with its state's formal name -------------------------------------------------------------

LONG_OFFICE_FA = [
    "روابط عمومی وزارت امور خارجه جمهوری اسلامی ایران",
    "دفتر روابط عمومی وزارت امور خارجه پادشاهی اردن",
    "دفتر سخنگوی وزارت امور خارجه جمهوری اسلامی ایران",
]


@pytest.mark.parametrize("office", LONG_OFFICE_FA)
def test_fa_long_office_with_state_form_speaks(office):
    got = said("fa", f"{office} تاکید کرد: موضوع تحویل سفارت امری داخلی بوده است.")
    assert [(k, s) for k, s, _ in got] == [("quote", office)]


def test_fa_long_office_with_state_form_denies_after_a_comma():
    office = "روابط عمومی وزارت امور خارجه جمهوری اسلامی ایران"
    got = said(
        "fa",
        f"{office}، در اطلاعیه‌ای با رد برخی ادعاهای مطرح‌شده در خصوص سفارت، تاکید کرد: این موضوع امری داخلی بوده است.",
    )
    assert [(k, s) for k, s, _ in got] == [("denial", office)]


def test_fa_eight_words_without_state_form_are_too_long():
    got = said("fa", "روابط عمومی وزارت امور خارجه و دفاع ملی کشور تاکید کرد: موضوع تحویل سفارت امری داخلی است.")
    assert all(s != "روابط عمومی وزارت امور خارجه و دفاع ملی کشور" for _, s, _ in got)
