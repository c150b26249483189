"""Arabic and Persian, round 35 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again
with made-up names (حركة النور، سامي الوردي، جنبش نور، رامین دلاوری، کسلیا).

- An outlet's name alone with a colon above the text ('الرصد الكسلي:', its dateline), where a headline's label would
  stand, was taken as the speaker of the reporter's own paragraph after it.
- A man named in apposition after an office whose body is set in marks ('المتحدث باسم الجناح العسكري في "حركة
  النور"، سامي الوردي، ...') in a sentence that is no speech was not the man his surname alone names next ('وقال
  الوردي ...'), drafted as an organization 'الوردي'.
- In Persian, a phrase of time with 'this' and a noun, set off by its comma ('پیش از این تکذیب رسمی، X مدعی شده
  بود', before this official denial) left the noun as the speaker, or the speaker before.
- A relay to the outlet's own correspondent ('X به نقل از خبرنگار ویژه خود اعلام کرد', 'نقلا عن مراسلها') gave
  the words to 'its own correspondent' instead of the outlet.
- In Arabic, 'جدد' (renewed) with an attack as what is renewed ('جددت مدفعية X قصفها') was read as a verb of saying.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import record_kinds, said, speakers

NARRATION_AR = "خرج المتحدث باسم حركة النور، سامي الوردي، اليوم السبت، عن صمته بشأن الرواية حول مقتل قادة الحركة."

DATELINES = ["الرصد الكسلي:", "الدرر الكسلية:", "المرصد الكسلي:"]


@pytest.mark.parametrize("dateline", DATELINES)
def test_an_outlets_name_alone_above_the_text_speaks_no_paragraph(dateline) -> None:
    units = said("ar", dateline, NARRATION_AR, 'وقال الوردي: "إن الرواية مختلقة".')
    assert all(who != dateline.rstrip(":") for _, who, _ in units), units
    assert ("denial", "سامي الوردي") in [(k, w) for k, w, _ in units]


@pytest.mark.parametrize("label", ["سامي الوردي:", "حركة النور:"])
def test_a_speakers_label_alone_still_announces_the_paragraph_after_it(label) -> None:
    units = said("ar", label, "الحركة لم تنفذ الهجوم", "وقال سامي الوردي إن الحدود مفتوحة.")
    assert units[0][:2] == ("quote", label.rstrip(":"))


NAMED_IN_APPOSITION = [
    ('خرج المتحدث باسم الجناح العسكري في "حركة النور"، سامي الوردي، اليوم السبت، عن صمته.', "سامي الوردي"),
    ('خرج المتحدث باسم الجناح العسكري في "حركة النور"، أبو خالد الوردي، اليوم السبت، عن صمته.', "أبو خالد الوردي"),
    ('خرج القيادي في "حركة النور"، سامي الوردي، عن صمته أمس.', "سامي الوردي"),
    ('خرج الناطق العسكري باسم "ألوية النور"، كريم الوردي، عن صمته مساء الأحد.', "كريم الوردي"),
    ('وصل الناطق باسم "حركة النور"، كريم الوردي، إلى العاصمة أمس.', "كريم الوردي"),
]


@pytest.mark.parametrize("first,full", NAMED_IN_APPOSITION)
def test_a_man_named_after_an_office_whose_body_is_in_marks_is_whom_his_surname_names(first, full) -> None:
    text = ('وقال الوردي في تصريحات نقلتها وكالة "كسلا": "إن الرواية مختلقة".',)
    assert speakers("ar", first, *text) == [("denial", full)]
    assert set(record_kinds("ar", first, *text).values()) == {"person"}


OPENED_BY_THIS_AND_A_NOUN = [
    ("پیش از این تکذیب رسمی، برخی کانال‌ها مدعی شده بودند که موشک‌ها به اربیل اصابت کرده است.", "برخی کانال‌ها"),
    ("پیش از این اطلاعیه، رامین دلاوری مدعی شده بود که موشک‌ها به اربیل اصابت کرده است.", "رامین دلاوری"),
    ("قبل از این اطلاعیه، رامین دلاوری مدعی شده بود که نیروها عقب نشسته‌اند.", "رامین دلاوری"),
    ("پیش از این بیانیه رسمی، جنبش نور گفته بود که نیروهایش در منطقه حضور ندارند.", "جنبش نور"),
    # (a name set off by its comma after 'پیش از این' is the subject, as before)
    ("پیش از این رامین دلاوری، سخنگوی جنبش نور، گفته بود که مرزها بسته است.", "رامین دلاوری"),
]


@pytest.mark.parametrize("text,speaker", OPENED_BY_THIS_AND_A_NOUN)
def test_a_phrase_of_time_with_this_and_a_noun_before_its_comma_names_no_speaker(text, speaker) -> None:
    units = speakers("fa", "سخنگوی ارتش کسلیا گفت که مرز باز است.", text)
    assert units[1][1] == speaker, units


OWN_CORRESPONDENT = [
    (
        "fa",
        "شبکه کسلا به نقل از خبرنگار ویژه خود در سلیمانیه اعلام کرد اخباری که درباره شلیک موشک منتشر شده بود، "
        "کاملاً نادرست است.",
        "شبکه کسلا",
    ),
    ("fa", "شبکه کسلا به نقل از خبرنگار خود اعلام کرد که موشک‌ها به اربیل اصابت کرده است.", "شبکه کسلا"),
    ("ar", "وأفادت قناة النور نقلا عن مراسلها في المدينة بأن القصف مستمر.", "قناة النور"),
    # (a source that is no reporter of the outlet's own speaks, as before)
    ("fa", "خبرگزاری کسلا به نقل از منابع آگاه گزارش داد که هیچ حمله‌ای انجام نشده است.", "منابع آگاه"),
]


@pytest.mark.parametrize("lang,text,speaker", OWN_CORRESPONDENT, ids=range(len(OWN_CORRESPONDENT)))
def test_an_outlet_quoting_its_own_correspondent_speaks_itself(lang, text, speaker) -> None:
    first = "سخنگوی ارتش کسلیا گفت که مرز باز است." if lang == "fa" else "قال مصدر إن الحدود مفتوحة."
    assert speakers(lang, first, text)[1][1] == speaker


def test_an_outlet_calling_reports_untrue_through_its_own_correspondent_denies() -> None:
    text = OWN_CORRESPONDENT[0][1]
    assert speakers("fa", "سخنگوی ارتش کسلیا گفت که مرز باز است.", text)[1] == ("denial", "شبکه کسلا")


RENEWED_ATTACKS = [
    "جدير بالذكر أنه خلال الأيام الماضية، جددت مدفعية الجيش الكسلي من قصفها على مناطق متفرقة من مدينة النور.",
    "وجددت مدفعية الجيش الكسلي قصفها على مناطق متفرقة من مدينة النور.",
    "وجدد الطيران الكسلي غاراته على مدينة النور.",
    "وجددت قوات كسلا استهداف مواقع الحركة في الريف الشمالي.",
]


@pytest.mark.parametrize("text", RENEWED_ATTACKS)
def test_an_attack_renewed_is_no_speech(text) -> None:
    assert speakers("ar", "قال مصدر إن الحدود مفتوحة.", text) == [("reported", "مصدر")]


@pytest.mark.parametrize(
    "text,unit",
    [
        ("وجدد سامي الوردي التأكيد على أن القصف مستمر.", ("reported", "سامي الوردي")),
        ("وجددت الحركة نفيها للأنباء عن الهجوم.", ("denial", "الحركة")),
    ],
)
def test_words_renewed_are_still_said(text, unit) -> None:
    assert speakers("ar", "قال مصدر إن الحدود مفتوحة.", text)[1] == unit
