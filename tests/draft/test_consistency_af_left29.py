"""Arabic and Persian, round 29: shapes left from the round before, written again with made-up names (سامي الوردي،
حركة النور، كسليا، کسلان).

- 'وعد X ... خيرا', 'وعد X المزارعين بصرف ...', 'وعد X ... أن ...' (promised good, promised to pay, promised that):
  'وعد' was read as 'و' and 'عدّ' (deemed), whose first object and what it is deemed were found further on ('خيرا',
  'التعويضات قريبا'); 'وعدّ X الهجوم خرقا' (and deemed the attack a breach) still deems;
- 'يذكر أن حركة النور أعلنت الهدنة، وأكدت ...' (it is noted that the movement announced the truce and stressed ...):
  the noun after the verb, its object, was taken for its subject ('الهدنة'), and so for the speaker of 'وأكدت'; after
  'أن' and a noun before the verb, the noun is the subject;
- Persian 'X ... را بی اساس و خلاف واقعیت دانست' (deemed ... baseless and contrary to reality): what is denied is
  the object before 'را', not the whole sentence;
- an outlet's tag at the head of a paragraph ('ایسنا: ...', 'ایسنا - ...', 'وكالة النور: ...') then a sentence with a
  speaker of its own: the tag credits the report, and the subject after it speaks or denies; the outlet's own words
  after its tag (no speaker in them) stay its;
- an Arabic statement in its own voice: 'تود وزارة X توضيح الآتي:' and 'يود المكتب أن يوضح أن ...' (the body wishes
  to clarify): the body speaks; 'تداولت بعض وسائل الإعلام تقارير كاذبة عن ...' just before it in the statement is
  its denial of those reports.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

PROMISED = [
    "وعد الرئيس سامي الوردي المواطنين خيرا في العام المقبل.",
    "وعد قائد الجيش الجنود خيراً، وقال إن المعركة قريبة من نهايتها.",
    "وعد وزير الدفاع الكسلي الجنود خيرا بعد انتهاء المعارك.",
    "وعدت وزارة الزراعة السكان خيرا في الموسم المقبل.",
    "وعدت وزارة الزراعة المزارعين بصرف التعويضات قريبا.",
    "وعد وزير الزراعة المزارعين أن تصرف التعويضات قريبا.",
    "وعد وزير الزراعة المزارعين بأن تصرف الوزارة التعويضات قريبا.",
    "وعد سامي الوردي أنصاره بالعودة إلى البلدة والنصر قريبا.",
]


@pytest.mark.parametrize("text", PROMISED, ids=range(len(PROMISED)))
def test_promised_is_not_deemed(text) -> None:
    """'وعد X المواطنين خيرا' (promised the citizens good things), 'وعد X المزارعين بصرف ...' (promised to pay):
    no claim is deemed, and no speaker runs over the one promised ('الوزير الفلاحين')."""
    got = said("ar", text)
    assert not [s for k, s, _ in got if k == "reported" and text.startswith(("وعد", "ووعد"))], got


DEEMED = [
    ("وعدّ سامي الوردي الهجوم خرقا للهدنة.", "سامي الوردي"),
    ("وعد وزير الدفاع الكسلي القرار خرقا للدستور.", "وزير الدفاع الكسلي"),
    ("وعد المتحدث باسم حركة النور القصف انتهاكا للهدنة.", "المتحدث باسم حركة النور"),
    ("وعد سامي الوردي بدوره القرار تعديا على صلاحياته.", "سامي الوردي"),
    ("وعد سامي الوردي الاتفاق إنجازا تاريخيا، وقال إن البلاد تدخل مرحلة جديدة.", "سامي الوردي"),
]


@pytest.mark.parametrize("text,who", DEEMED, ids=range(len(DEEMED)))
def test_and_deemed_still_deems(text, who) -> None:
    assert [(k, s) for k, s, _ in said("ar", text)] == [("reported", who)]


NOTED = [
    ("يذكر أن حركة النور أعلنت الهدنة، وأكدت أنها ستلتزم بها.", "حركة النور"),
    ("يذكر أن حركة النور أعلنت الهدنة من جانب واحد، وأكدت أنها ستلتزم بها.", "حركة النور"),
    ("ويذكر أن حركة النور أعلنت الهدنة الشهر الماضي، وأكدت التزامها بها.", "حركة النور"),
    ("يذكر أن حركة النور أعلنت الهدنة، وقالت إنها ستلتزم بها.", "حركة النور"),
    ("يذكر أن سامي الوردي أعلن الهدنة، وأكد أنه سيلتزم بها.", "سامي الوردي"),
    ("يشار إلى أن حركة النور أعلنت الهدنة، وأكدت أنها ستلتزم بها.", "حركة النور"),
    ("يذكر أن وزارة الدفاع الكسلية أعلنت الحرب على حركة النور، وأكدت أنها ستنتصر.", "وزارة الدفاع الكسلية"),
    ("يذكر أن حركة النور أعلنت الهدنة.", "حركة النور"),
]


@pytest.mark.parametrize("text,who", NOTED, ids=range(len(NOTED)))
def test_after_that_and_a_noun_the_noun_after_the_verb_is_its_object(text, who) -> None:
    """'يذكر أن حركة النور أعلنت الهدنة، وأكدت ...': the movement announced the truce and stressed; 'الهدنة' is what
    it announced, no speaker."""
    got = said("ar", text)
    assert got and all(s == who for _, s, _ in got), got


NOTED_KEPT = [
    # guards: the subject after its verb, where no noun stands between 'أن' and the verb; a denial after 'أن X'
    ("وقال سامي الوردي إن حركة النور نفت الأنباء عن الانسحاب.", [("denial", "حركة النور")]),
    ("وذكرت الوكالة أن حركة النور أعلنت الهدنة وقالت إنها ستلتزم بها.", [("reported", "الوكالة")]),
    ("يذكر أن حركة النور رفضت الاتهامات، وأكدت أنها لم تقصف المدينة.", [("denial", "حركة النور")]),
]


@pytest.mark.parametrize("text,want", NOTED_KEPT, ids=range(len(NOTED_KEPT)))
def test_speakers_after_that_stay(text, want) -> None:
    assert [(k, s) for k, s, _ in said("ar", text)] == want


CONTRARY = [
    "وزارت دفاع کسلان اخبار منتشر شده درباره حمله به پایگاه را بی اساس و خلاف واقعیت دانست.",
    "وزارت دفاع کسلان اخبار منتشر شده درباره حمله به پایگاه را بی اساس و خلاف واقعیت دانسته است.",
    "وزارت دفاع کسلان اخبار منتشر شده درباره حمله به پایگاه را نادرست و خلاف واقع دانسته است.",
    "وزارت دفاع کسلان اخبار منتشر شده درباره حمله به پایگاه را خلاف واقعیت دانست.",
    "وزارت دفاع کسلان اخبار منتشر شده درباره حمله به پایگاه را خلاف واقع خواند.",
    "سامی الوردی اخبار منتشر شده درباره حمله به پایگاه را بی اساس و خلاف واقعیت دانست.",
    "سامی الوردی روز دوشنبه اخبار منتشر شده درباره حمله به پایگاه را بی‌پایه و خلاف واقعیت دانست.",
]


@pytest.mark.parametrize("text", CONTRARY, ids=range(len(CONTRARY)))
def test_what_is_deemed_contrary_to_reality_is_the_object_before_ra(text) -> None:
    (got,) = denied_by("fa", text)
    assert got[1] == "اخبار منتشر شده درباره حمله به پایگاه", got


CREDIT_FA = [
    ("ایسنا: سخنگوی دولت کسلان خبر استعفای وزیر را تکذیب کرد.", "denial", "سخنگوی دولت کسلان"),
    ("ایسنا: سخنگوی دولت کسلان گفت که وزیر استعفا نداده است.", "reported", "سخنگوی دولت کسلان"),
    ("ایسنا - سخنگوی دولت کسلان گفت که وزیر استعفا نداده است.", "reported", "سخنگوی دولت کسلان"),
    ("ایسنا - سخنگوی دولت کسلان خبر استعفای وزیر را تکذیب کرد.", "denial", "سخنگوی دولت کسلان"),
    ("اقتصاد کسلان: سخنگوی دولت کسلان گفت که صادرات نفت افزایش یافته است.", "reported", "سخنگوی دولت کسلان"),
    ("تسنیم: وزارت خارجه کسلان ادعای رسانه‌های غربی را رد کرد.", "denial", "وزارت خارجه کسلان"),
]


@pytest.mark.parametrize("first", [True, False], ids=["lead", "body"])
@pytest.mark.parametrize("text,kind,who", CREDIT_FA, ids=range(len(CREDIT_FA)))
def test_an_outlet_tag_then_a_speaker_credits_the_report_fa(text, kind, who, first) -> None:
    got = said("fa", text) if first else said("fa", "متن خبر.", text)
    assert [(k, s) for k, s, _ in got] == [(kind, who)], got


CREDIT_AR = [
    ("وكالة النور: وزارة الدفاع الكسلية تنفي الأنباء عن انسحاب قواتها.", "denial", "وزارة الدفاع الكسلية"),
    ("وكالة أنباء النور: حركة النور تؤكد أن مقاتليها باقون في مواقعهم.", "reported", "حركة النور"),
    ("وكالة النور: نفت وزارة الدفاع الكسلية الأنباء عن انسحاب قواتها.", "denial", "وزارة الدفاع الكسلية"),
]


@pytest.mark.parametrize("first", [True, False], ids=["lead", "body"])
@pytest.mark.parametrize("text,kind,who", CREDIT_AR, ids=range(len(CREDIT_AR)))
def test_an_outlet_tag_then_a_speaker_credits_the_report_ar(text, kind, who, first) -> None:
    got = said("ar", text) if first else said("ar", "متن الخبر.", text)
    assert [(k, s) for k, s, _ in got] == [(kind, who)], got


OWN_WORDS = [
    # guards: the outlet's words with no speaker of their own after its tag stay its (a site's own report)
    ("fa", "پایگاه خبری کسلان: به تازگی شایعه شده است که سامی الوردی فوت کرده است؛ این خبر صحت ندارد."),
    ("ar", "وكالة النور: الأنباء عن انسحاب قواتنا كاذبة ولا أساس لها من الصحة."),
]


@pytest.mark.parametrize("language,text", OWN_WORDS, ids=range(len(OWN_WORDS)))
def test_an_outlet_own_words_after_its_tag_stay_its(language, text) -> None:
    got = said(language, "متن.", text)
    outlet = text.split(":")[0]
    assert all((k, s) == ("denial", outlet) for k, s, _ in got), got
    assert got or language == "ar", got  # (an Arabic label and its words in the body are read in a headline only)


CLARIFIES = [
    ("تود وزارة الدفاع الكسلية توضيح الآتي: إن قواتنا لم تنسحب من مدينة النور.", "وزارة الدفاع الكسلية"),
    ("وتود وزارة الدفاع الكسلية توضيح ما يلي: إن قواتنا لم تنسحب من مدينة النور.", "وزارة الدفاع الكسلية"),
    ("يود المكتب الإعلامي لحركة النور أن يوضح أن الحركة لم تشارك في الهجوم.", "المكتب الإعلامي لحركة النور"),
    ("وتود وزارة الدفاع الكسلية أن توضح أن قواتها لم تنسحب من المدينة.", "وزارة الدفاع الكسلية"),
    ("ويود المكتب الإعلامي لحركة النور التأكيد على أن الحركة لم تشارك في الهجوم.", "المكتب الإعلامي لحركة النور"),
]


@pytest.mark.parametrize("text,who", CLARIFIES, ids=range(len(CLARIFIES)))
def test_a_body_that_wishes_to_clarify_speaks(text, who) -> None:
    got = said("ar", "متن الخبر.", text)
    assert got and all(s == who for _, s, _ in got), got


WISHES_KEPT = [
    # guards: wishing, not to clarify or stress, says nothing
    "وتود وزارة الدفاع الكسلية إنهاء الحرب قبل نهاية العام.",
    "يود سامي الوردي أن يزور مدينة النور قريبا.",
]


@pytest.mark.parametrize("text", WISHES_KEPT, ids=range(len(WISHES_KEPT)))
def test_wishing_says_nothing(text) -> None:
    assert said("ar", "متن الخبر.", text) == []


STATEMENT = [
    (
        "تداولت بعض وسائل الإعلام تقارير كاذبة، تزعم أن حركة النور تسلمت شحنة أسلحة.",
        "وإزاء هذه الأكاذيب تود حركة النور توضيح الآتي:",
    ),
    (
        "تداولت بعض المواقع أخبارا كاذبة عن انسحاب مقاتلي حركة النور من البلدة.",
        "وعليه تود حركة النور توضيح ما يلي:",
    ),
    (
        "تناقلت بعض وسائل الإعلام أنباء مفبركة عن انسحاب مقاتلي حركة النور من البلدة.",
        "ويود المكتب الإعلامي لحركة النور أن يوضح الآتي:",
    ),
]


@pytest.mark.parametrize("first,second", STATEMENT, ids=range(len(STATEMENT)))
def test_reports_called_false_in_the_statement_own_voice_are_the_clarifying_body_denial(first, second) -> None:
    """A statement's opening in its own voice, 'تداولت بعض وسائل الإعلام تقارير كاذبة عن ...' (some media carried
    false reports), then 'تود حركة النور توضيح الآتي:' (the movement wishes to clarify the following): the body that
    clarifies denies the reports."""
    got = said("ar", first, second, "أولا: إن مقاتلينا باقون في مواقعهم.")
    denials = [(s, w) for k, s, w in got if k == "denial"]
    assert denials and denials[0][1].startswith(first.split()[0]), got
    assert {s for s, _ in denials} <= {"حركة النور", "المكتب الإعلامي لحركة النور"}, got
