"""Arabic, round 22: claims dismissed in the denier's own words, and staying put after a denial (metamorphic tests).

Made-up sentences with invented names (سامي الوردي، رائد البحراني، خالد الكسلي، حركة النور، وزارة الدفاع الكسلية):

- 'that these claims ...' quoted: 'قال X إن «هذه الاتهامات تأتي ...»', 'زعم أن "تلك المزاعم محاولة لصرف الانتباه"':
  who says 'that the claims ...' judges them, as without the quotation marks and the demonstrative;
- claims called wrong: 'هذه اتهامات خاطئة', 'الاتهامات الخاطئة تماما', 'ادعاء خاطئ', 'الأنباء المغلوطة', as
  'معلومات خاطئة'; not what else is wrong ('السياسات الخاطئة', wrong policies);
- claims without evidence: 'اتهام قوى إقليمية دون سند حقيقي', 'هذه الادعاءات بلا دليل', 'المزاعم تفتقر إلى أي
  دليل'; not evidence lacking for anything else ('اعتقلت الناشطين دون دليل');
- a document forged: 'سعت جهات معادية إلى تزوير خطاب يحمل اسم الوزارة', as 'وثيقة مزورة'; not forging elections;
- staying, after a denial of a withdrawal or a resignation: 'القوات باقية في جميع المواقع', 'الوزير باق في منصبه',
  as 'القوات في مواقعها': the denier (or one of its side) saying how things are instead.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import said

# --- 'that these claims ...', quoted -----------------------------------------------------------------------------

SAYING = ["وقال", "وأضاف", "وزعم", "وأكد", "واعتبر"]
MARKS = ["«»", '""', "“”"]
CLAIMS = ["هذه الاتهامات", "تلك المزاعم", "هذه الادعاءات", "هذا الاتهام", "ذلك الادعاء"]
SAID = "محاولة لصرف الانتباه عن فشل الحكومة"


@pytest.mark.parametrize("verb", SAYING)
def test_quoted_words_that_open_with_the_claims_at_hand_deny(verb):
    """'وقال X إن «هذه الاتهامات محاولة لصرف الانتباه»' as 'وقال X إن الاتهامات محاولة ...': the speaker judges the
    claims, in the quotation's words as in the reporter's."""
    wrong = []
    for marks, claims in itertools.product(MARKS, CLAIMS):
        that = "إن" if verb == "وقال" else "أن"
        sentence = f"{verb} المتحدث باسم حركة النور سامي الوردي {that} {marks[0]}{claims} {SAID}{marks[1]}."
        units = said("ar", sentence)
        if [u[:2] for u in units] != [("denial", "سامي الوردي")]:
            wrong.append((sentence, units))
    assert not wrong, wrong


@pytest.mark.parametrize("claims", CLAIMS)
def test_the_claims_at_hand_unquoted_deny(claims):
    """'وقال X إن هذه الاتهامات تأتي في إطار ...' (a demonstrative before the claims, no quotation marks)."""
    sentence = f"وقال الوزير خالد الكسلي إن {claims} تأتي في إطار حملة على الوزارة."
    assert [u[:2] for u in said("ar", sentence)] == [("denial", "خالد الكسلي")]


def test_quoted_words_about_something_else_are_a_quotation():
    """(a guard) 'وقال X إن «هذه الإجراءات محاولة ...»': measures, not claims; the speaker's quotation only."""
    for subject in ("هذه الإجراءات", "تلك القرارات", "هذا الاتفاق"):
        sentence = f"وقال المتحدث باسم حركة النور سامي الوردي إن «{subject} {SAID}»."
        assert [u[:2] for u in said("ar", sentence)] == [("quote", "سامي الوردي")], sentence


# --- claims called wrong -----------------------------------------------------------------------------------------

WRONG = [
    "هذه اتهامات خاطئة تماما",
    "هذه الاتهامات الخاطئة تماما تصدر في وقت حساس",
    "هذا ادعاء خاطئ",
    "هذه مزاعم مغلوطة",
    "الأنباء الخاطئة عن انسحاب القوات تهدف إلى إرباك الناس",
    "التقارير المغلوطة لن تغير شيئا",
]


@pytest.mark.parametrize("words", WRONG)
def test_claims_called_wrong_are_denied(words):
    """'«هذه اتهامات خاطئة»', 'الاتهامات الخاطئة', 'ادعاء خاطئ', 'الأنباء المغلوطة': the speaker calls the claims at hand
    wrong, as 'معلومات خاطئة'; with the verb before or after the quotation."""
    for sentence in (f"وقال سامي الوردي: «{words}».", f"«{words}»، قالت وزارة الدفاع الكسلية."):
        units = said("ar", sentence)
        assert [u[0] for u in units] == ["denial"], (sentence, units)
        assert units[0][1] in ("سامي الوردي", "وزارة الدفاع الكسلية"), (sentence, units)


@pytest.mark.parametrize(
    "words", ["السياسات الخاطئة أدت إلى الأزمة", "هذه قرارات خاطئة", "الحسابات الخاطئة للحكومة كلفتنا الكثير"]
)
def test_other_things_called_wrong_are_no_denial(words):
    """(a guard) wrong policies, decisions, calculations: judged, no claim denied."""
    assert [u[:2] for u in said("ar", f"وقال سامي الوردي: «{words}».")] == [("quote", "سامي الوردي")]


# --- staying, after a denial --------------------------------------------------------------------------------------

DENIAL = "نفى المتحدث باسم حركة النور سامي الوردي، الأحد، الأنباء عن انسحاب قوات الحركة من مدينة الزهراء."
STAYING = [
    'وأضاف الوردي أن "قوات الحركة باقية في جميع المواقع التي تتواجد فيها".',
    "وأضاف الوردي أن «القوات باقية في كل مواقعها وتؤدي واجباتها».",
    "وقال الوردي: «قواتنا باقية في المدينة».",
    "وتابع الوردي: «نحن باقون هنا».",
    "وأكد الوردي أن «مقاتلي الحركة باقون في مواقعهم».",
    "وأوضح الوردي أن القوات ما زالت منتشرة في كافة المواقع.",
]


@pytest.mark.parametrize("words", STAYING)
def test_staying_put_after_a_denial_restates_it(words):
    """'نفى X انسحاب القوات ... وأضاف X أن «القوات باقية في جميع المواقع»': the denier says how things are instead."""
    units = said("ar", DENIAL, words)
    assert [u[:2] for u in units] == [("denial", "سامي الوردي"), ("denial", "سامي الوردي")], units


def test_staying_in_office_after_a_denial_of_a_resignation_restates_it():
    """'نفت الوزارة استقالة الوزير ... وقال المتحدث باسمها إن «الوزير باق في منصبه»': one of the denier's side."""
    units = said(
        "ar",
        "نفت وزارة الدفاع الكسلية الأنباء عن استقالة الوزير سامي الوردي.",
        "وقال المتحدث باسم الوزارة رائد البحراني إن «الوزير باق في منصبه».",
    )
    assert [u[:2] for u in units] == [("denial", "وزارة الدفاع الكسلية"), ("denial", "رائد البحراني")], units


def test_staying_put_with_no_denial_or_from_another_side_is_a_quotation():
    """(guards) no denial before it, or said by someone not of the denier's side: a quotation."""
    assert [u[:2] for u in said("ar", "وقال خالد الكسلي: «القوات باقية في جميع المواقع».")] == [
        ("quote", "خالد الكسلي")
    ]
    units = said("ar", DENIAL, "وقال الوزير خالد الكسلي إن «القوات باقية في كل مواقعها».")
    assert [u[:2] for u in units] == [("denial", "سامي الوردي"), ("quote", "خالد الكسلي")], units


# --- what a side is accused of doing for another, after the verb and its subject ------------------------------------

DENIERS = [("إيران", "نفت"), ("كسليا", "نفت"), ("المتحدث باسم حركة النور", "نفى"), ("وزارة الدفاع الكسلية", "نفت")]
ACCUSED = ["إمداد الجماعة بالصواريخ", "تزويد الفصائل بالسلاح", "تسليح الجماعة", "تمويل الهجوم", "تهريب السلاح"]


@pytest.mark.parametrize("denier", DENIERS, ids=lambda d: d[0])
def test_supplying_arming_or_funding_opens_what_is_denied(denier):
    """'نفت إيران إمداد الجماعة بالصواريخ' (denied supplying the group): the verbal noun opens the object, as 'انسحاب'
    does; the subject ends before it."""
    subject, verb = denier
    wrong = []
    for accused in ACCUSED:
        sentence = f"و{verb} {subject} {accused}."
        units = said("ar", sentence)
        if [u[:2] for u in units] != [("denial", subject)]:
            wrong.append((sentence, units))
    assert not wrong, wrong


# --- claims without evidence; a document forged ------------------------------------------------------------------

WITHOUT = [
    "بعض الأطراف تسعى إلى اتهام قوى إقليمية دون سند حقيقي",
    "هذه الادعاءات بلا دليل",
    "المزاعم الأميركية تفتقر إلى أي دليل ميداني",
    "الاتهامات من دون أي أدلة",
    "الرواية الرسمية تفتقد إلى البراهين",
    "إن اتهام الحركة بالهجوم جاء بدون إثبات",
]
FORGED = ["تزوير خطاب يحمل اسم الوزارة", "تزوير وثيقة منسوبة إلى الوزارة", "تزوير بيان باسم الحركة"]


@pytest.mark.parametrize("words", WITHOUT)
def test_claims_without_evidence_are_denied(words):
    """'«هذه الادعاءات بلا دليل»', 'اتهام ... دون سند', 'المزاعم تفتقر إلى أي دليل': quoted or reported, after
    any verb of saying."""
    for sentence in (f"وقال سامي الوردي إن «{words}».", f"وأضاف المتحدث باسم حركة النور سامي الوردي أن {words}."):
        assert [u[:2] for u in said("ar", sentence)] == [("denial", "سامي الوردي")], sentence


@pytest.mark.parametrize("words", FORGED)
def test_a_document_forged_is_denied(words):
    """'قال X إن جهات معادية سعت إلى تزوير خطاب ...': the speaker calls the document a forgery."""
    for sentence in (
        f"وقال العميد رائد البحراني إن جهات معادية سعت إلى {words}.",
        f"وأكدت وزارة الدفاع الكسلية أن «جهات مجهولة قامت بـ{words}».",
    ):
        units = said("ar", sentence)
        assert [u[0] for u in units] == ["denial"], (sentence, units)
        assert units[0][1] in ("رائد البحراني", "وزارة الدفاع الكسلية"), (sentence, units)


@pytest.mark.parametrize(
    "words",
    [
        "السلطات اعتقلت الناشطين دون دليل",
        "الحكومة تسعى إلى تزوير الانتخابات",
        "العصابة متهمة بتزوير العملة",
        "القرار صدر دون سند قانوني",
    ],
)
def test_other_things_without_evidence_or_forged_are_no_denial(words):
    """(a guard) arrests without evidence, forged elections or currency, a decision without legal basis: what the
    speaker accuses or judges, no claim denied."""
    assert [u[0] for u in said("ar", f"وقال سامي الوردي إن {words}.")] == ["reported"]
