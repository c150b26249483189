"""Arabic and Persian, round 45 of issue 17: a review of round 44's Arabic and Persian rules, on made-up sentences.

Defects found and mended:
- A denial relayed after a colon (round 44, `_relays_a_denial`): 'كذبت' without its shadda is also 'lied' ('وقال X:
  كذبت الوزارة حين أعلنت ...', X calls the ministry a liar), and was read as the ministry's denial; a verb of denying
  further on in the speech was kept as if it opened it.
- A statement an outlet received (round 44, RECEIVED_AR): 'وتلقت الوكالة بيانا من X' (from X) named no owner, and
  the words 'جاء فيه' quotes were left without a speaker.
- 'وجاء الرد من X' (the answer came from X, round 44): an answer in deeds ('بقصف المدينة', by shelling it) or one a
  relative clause tells as a confirmation ('التي أكدت صحة الأنباء') was drafted as a denial.
- A call not to be swayed by a side's media (round 44, Arabic and Persian cues): a side named anywhere in the next
  words ('... والتعاون مع العشائر المقربة من الحكومة', a call to work with the tribes) made a plain call a dismissal.
- A deed not done by one's own side (round 44, Persian): the speaker's name after a preposition ('توسط ولوریا به
  کسلیا', by Veloria on Kessia) was read as the agent's.
- 'خلافا لما ذكره في السابق' (contrary to what he said before, round 44's 'خلافا لما'): a change of one's own stance,
  read as a denial.
- The subject of a deed speaks (round 44): 'وعين الرئيس مسؤولا جديدا للأمن، ونفى' gave the denial to 'الرئيس مسؤولا
  جديدا للأمن', the one appointed run into the name.
The rest of round 44's rules held on the variants below.

Made-up names only (سامي حمدان، ليث عارف، سلمى حداد، كتائب كيسل، حركة النور، كسليا، أسترا؛ رامین دلاوری، کسلیا،
ولوریا، آسترا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, af_units, deniers, no_zwnj, other_letters

Z = "\u200c"


# --- 1. a denial relayed after a colon: the one named after the verb denies; 'كذبت' alone may be 'lied' -----------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وقال سامي حمدان: نفت الوزارة الأنباء عن الهجوم.", ["الوزارة"]),
        ("وقال سامي حمدان: ونفت الوزارة الأنباء عن الهجوم.", ["الوزارة"]),
        ("وقالت سلمى حداد: نفى الجيش الكسلي التقدم نحو المدينة.", ["الجيش الكسلي"]),
        ("وقال سامي حمدان: نفى ليث عارف الأنباء عن الهجوم.", ["ليث عارف"]),
        # belied, its shadda written or the claims after the one who belied them
        ("وقالت سلمى حداد: كذّبت الوزارة الأنباء عن الهجوم.", ["الوزارة"]),
        ("وقالت سلمى حداد: كذبت الوزارة الأنباء عن الهجوم.", ["الوزارة"]),
        # lied: the speaker calls the ministry a liar, his own dismissal
        ("وقال سامي حمدان: كذبت الوزارة حين أعلنت انسحاب القوات.", ["سامي حمدان"]),
        ("وقالت سلمى حداد: كذبت الحكومة الكسلية على الناس حين أعلنت الانسحاب.", ["سلمى حداد"]),
        ("وقالت سلمى حداد: كذبوا علينا حين قالوا إن القوات انسحبت.", ["سلمى حداد"]),
        # the speaker's own denial, in the first person
        ("وقال سامي حمدان: نفيت هذه الأنباء مرارا.", ["سامي حمدان"]),
    ],
)
def test_denial_relayed_after_a_colon(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 2. a statement an outlet received or carried: its owner's, named after 'لـ' or 'من' ---------------------------------

SAYS = "«لن ننسحب من المدينة»."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ((f"وتلقت وكالة كيسل بيانا من حركة النور جاء فيه: {SAYS}",), [("quote", "حركة النور")]),
        ((f"وتلقى موقع النور بيانا من وزارة الدفاع الكسلية جاء فيه: {SAYS}",), [("quote", "وزارة الدفاع الكسلية")]),
        ((f"وتلقت الوكالة بيانا من سامي حمدان جاء فيه: {SAYS}",), [("quote", "سامي حمدان")]),
        ((f"وتلقت وكالة كيسل بيانا لحركة النور جاء فيه: {SAYS}",), [("quote", "حركة النور")]),
        (("وتلقت الوكالة بيانا من حركة النور جاء فيه أن القوات لم تنسحب.",), [("reported", "حركة النور")]),
        # a statement published, 'من' no owner (of two pages): the publisher's own
        ((f"ونشرت وكالة كيسل بيانا من صفحتين جاء فيه: {SAYS}",), [("quote", "وكالة كيسل")]),
        # the outlet that received a statement, then speaking in its own voice
        (
            (
                "وتلقت وكالة كيسل بيانا من حركة النور.",
                "وقالت الوكالة إن الوضع في المدينة هادئ، ونفت الأنباء عن سقوط قتلى.",
            ),
            [("denial", "وكالة كيسل")],
        ),
    ],
)
def test_statement_received(paragraphs, expected):
    assert af_units("ar", *paragraphs) == expected


# --- 3. 'وجاء النفي / الرد من X': X's denial; not an answer in deeds nor one told as a confirmation ----------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وجاء النفي من حركة النور.", ["حركة النور"]),
        ("وجاء النفي على لسان سامي حمدان.", ["سامي حمدان"]),
        ("وجاء النفي من كتائب كيسل بعد ساعات.", ["كتائب كيسل"]),
        ("وجاء الرد من وزارة الدفاع الكسلية.", ["وزارة الدفاع الكسلية"]),
        ("وجاء الرد سريعا من الوزارة.", ["الوزارة"]),
        ("وجاء الرد من الوزارة ببيان مقتضب.", ["الوزارة"]),
        ("وجاء الرد من المتحدث باسم الحركة.", ["المتحدث باسم الحركة"]),
        ("وجاء الرد من وزارة الدفاع الكسلية التي نفت الأنباء.", ["وزارة الدفاع الكسلية"]),
        # an answer in deeds, or one that confirmed
        ("وجاء الرد من كتائب كيسل بقصف مدينة أسترا.", []),
        ("وجاء الرد من الجيش بهجوم على القرية.", []),
        ("وجاء الرد من وزارة الدفاع الكسلية التي أكدت صحة الأنباء.", []),
        ("وجاء الرد من المدينة.", []),
    ],
)
def test_denial_or_answer_came_from(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 4. a call not to be swayed by a side's media: a dismissal; a call that names a side for something else is not -------


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        (
            "ar",
            "ودعا سامي حمدان المواطنين إلى عدم التأثر بالتقارير التي نشرها الإعلام المقرب من الحكومة.",
            ["سامي حمدان"],
        ),
        ("ar", "ودعا سامي حمدان المواطنين إلى عدم تصديق الشائعات التي تروجها المواقع المعادية.", ["سامي حمدان"]),
        ("ar", "ودعا سامي حمدان إلى عدم الانجرار وراء ما تبثه المواقع المعادية.", ["سامي حمدان"]),
        ("ar", "ودعت الحركة إلى عدم الانسياق وراء ما تنشره وسائل الإعلام الموالية للحكومة.", ["الحركة"]),
        ("ar", "ودعا سامي حمدان المواطنين إلى عدم التأثر بالأخبار المعادية.", ["سامي حمدان"]),
        # the call alone, or a side named for another thing
        ("ar", "ودعت الوزارة المواطنين إلى عدم الانسياق وراء أخبار غير مؤكدة.", []),
        (
            "ar",
            "ودعت الوزارة المواطنين إلى عدم الانسياق وراء الشائعات والتعاون مع العشائر المقربة من الحكومة.",
            [],
        ),
        ("ar", "وطالبت الحركة أنصارها بعدم الالتفات إلى الأخبار والدعم الذي تقدمه الدول المعادية.", []),
        (
            "fa",
            f"رامین دلاوری گفت که نهادها نباید تحت تأثیر گزارش{Z}های رسانه{Z}های وابسته به ولوریا قرار بگیرند.",
            ["رامین دلاوری"],
        ),
        (
            "fa",
            f"رامین دلاوری گفت که نهادها نباید تحت تأثیر گزارش{Z}های منابع نزدیک به ولوریا قرار بگیرند.",
            ["رامین دلاوری"],
        ),
        ("fa", f"رامین دلاوری از مردم خواست فریب اخبار رسانه{Z}های معاند را نخورند.", ["رامین دلاوری"]),
        ("fa", "رامین دلاوری از مردم خواست فریب اخبار دشمن را نخورند.", ["رامین دلاوری"]),
        (
            "fa",
            f"رامین دلاوری از مردم خواست تحت تأثیر گزارش{Z}ها قرار نگیرند و به نیروهای وابسته به دولت کمک کنند.",
            [],
        ),
        ("fa", "رامین دلاوری از مردم خواست تحت تأثیر اخبار قرار نگیرند و با نیروهای نزدیک به دولت همکاری کنند.", []),
    ],
)
def test_call_not_to_be_swayed(language, paragraph, expected):
    assert deniers(language, AF_LEAD[language], paragraph) == expected
    assert deniers(language, AF_LEAD[language], no_zwnj(paragraph)) == expected
    if language == "fa":
        assert deniers(language, AF_LEAD[language], other_letters(paragraph)) == [other_letters(w) for w in expected]


# --- 5. Persian: a deed not done by one's own side, the side named after 'by' (not after a preposition further on) -----


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وزارت کشور کسلیا اعلام کرد که هیچ شهروندی توسط نیروهای کسلیا کشته نشده است.", ["وزارت کشور کسلیا"]),
        ("وزارت کشور کسلیا اعلام کرد که هیچ شهروندی از سوی نیروهای کسلیا بازداشت نشده است.", ["وزارت کشور کسلیا"]),
        ("وزارت کشور کسلیا اعلام کرد که هیچ شهروندی توسط نیروهای کسلیا در آسترا کشته نشده است.", ["وزارت کشور کسلیا"]),
        # another side's agents, 'not yet', or the speaker's side the one the deed was done to
        ("وزارت کشور کسلیا اعلام کرد که هیچ شهروندی توسط نیروهای ولوریا کشته نشده است.", []),
        ("وزارت کشور کسلیا اعلام کرد که هیچ شهروندی هنوز توسط نیروهای کسلیا آزاد نشده است.", []),
        (f"ارتش کسلیا اعلام کرد که هیچ حمله{Z}ای توسط ولوریا به کسلیا انجام نشده است.", []),
    ],
)
def test_not_done_by_own_side_fa(paragraph, expected):
    assert deniers("fa", AF_LEAD["fa"], paragraph) == expected
    assert deniers("fa", AF_LEAD["fa"], other_letters(paragraph)) == [other_letters(w) for w in expected]


# --- 6. 'خلافا لما أوردته X' (contrary to what X reported): a denial; not contrary to what one said before -----------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وقال سامي حمدان إن القوات لم تنسحب، خلافا لما أوردته القناة.", ["سامي حمدان"]),
        ("وقالت الوزارة إن القوات في مواقعها، بخلاف ما زعمته القناة.", ["الوزارة"]),
        ("وأكدت الوزارة أن القوات في مواقعها، بخلاف ما زعمته الحركة.", ["الوزارة"]),
        ("وقال سامي حمدان إن القوات لم تنسحب، خلافا لما يروجه الإعلام المعادي.", ["سامي حمدان"]),
        ("وقالت سلمى حداد إن الحركة لن تنسحب، خلافا لما ذكرته الصحيفة سابقا.", ["سلمى حداد"]),
        # a change of one's own stance
        ("وقال سامي حمدان إن الحركة ستشارك في الانتخابات، خلافا لما ذكره في السابق.", []),
        ("وقالت سلمى حداد إن الحركة لن تنسحب، خلافا لما ذكرته سابقا.", []),
        ("وقال سامي حمدان إن الحركة ستشارك في الانتخابات، خلافا لما أعلنه من قبل.", []),
    ],
)
def test_contrary_to_what_was_reported(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 7. the subject of a deed speaks after its comma, in the verb's gender; its object no word of its name -----------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("وقصفت كتائب كيسل مدينة أسترا، وقالت: «لن نتوقف عن القتال».",), [("quote", "كتائب كيسل")]),
        (("فقصفت كتائب كيسل المدينة، وقالت: «لن ننسحب».",), [("quote", "كتائب كيسل")]),
        (("وقصف الجيش الكسلي القرية، وقال: «لن ننسحب».",), [("quote", "الجيش الكسلي")]),
        (("وقصفت كتائب كيسل مدينة أسترا، وقال سامي حمدان: «لن نتوقف».",), [("quote", "سامي حمدان")]),
        (("والتقت سلمى حداد بسامي حمدان، ونفت الأنباء عن انسحاب القوات.",), [("denial", "سلمى حداد")]),
        (("والتقى سامي حمدان بسلمى حداد، ونفى الأنباء عن انسحاب القوات.",), [("denial", "سامي حمدان")]),
        (("وزارت سلمى حداد مدينة أسترا، وقالت إن «الوضع هادئ».",), [("quote", "سلمى حداد")]),
        (("وزار وزير الدفاع الكسلي المدينة، وقال إن «الوضع هادئ».",), [("quote", "وزير الدفاع الكسلي")]),
        (("وعقدت الهيئة اجتماعا، وقالت: «لن ننسحب».",), [("quote", "الهيئة")]),
        # the one appointed, an indefinite object, is no word of the one who denies
        (("وعين الرئيس مسؤولا جديدا للأمن، ونفى الأنباء عن استقالة الوزير.",), [("denial", "الرئيس")]),
        # the verbs disagree in gender: one named before speaks
        (
            ("وقالت سلمى حداد: «الوضع هادئ».", "وقصف الجيش الكسلي القرية، وقالت: «لن ننسحب من المدينة»."),
            [("quote", "سلمى حداد"), ("quote", "سلمى حداد")],
        ),
        (
            ("وقال سامي حمدان: «الوضع هادئ».", "وقصفت كتائب كيسل القرية، وقال: «لن ننسحب من المدينة»."),
            [("quote", "سامي حمدان"), ("quote", "سامي حمدان")],
        ),
        (
            ("وقال سامي حمدان: «الوضع هادئ».", "وعقدت الهيئة اجتماعا، وقال: «لن ننسحب»."),
            [("quote", "سامي حمدان"), ("quote", "سامي حمدان")],
        ),
    ],
)
def test_subject_of_a_deed_speaks(paragraphs, expected):
    assert af_units("ar", *paragraphs) == expected


# --- 8. the rest of round 44's Arabic rules, held ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the feminine passive 'was denied', vowelled or not: the last denier's
        (
            ("ونفى سامي حمدان الأنباء عن انسحاب القوات.", "ونُفيت الأنباء أيضا في بيان لاحق."),
            [("denial", "سامي حمدان"), ("denial", "سامي حمدان")],
        ),
        (
            ("ونفى سامي حمدان الأنباء عن انسحاب القوات.", "ونفيت الأنباء أيضا في بيان لاحق."),
            [("denial", "سامي حمدان"), ("denial", "سامي حمدان")],
        ),
        # exile, no denial
        (("وكان سامي حمدان قد نُفي إلى الخارج.",), []),
        # an advance denied, the verbal noun no word of the denier's name
        (("ونفى الجيش التقدم نحو مدينة أسترا.",), [("denial", "الجيش")]),
        (("ونفت القوات الكسلية التوغل في القرية.",), [("denial", "القوات الكسلية")]),
        (("ونفت حركة التقدم الأنباء عن انسحاب مقاتليها.",), [("denial", "حركة التقدم")]),
        # an unnamed denier after 'إن' or 'لكن', named in the nominative
        (("وقال سامي حمدان إن مصدرا أمنيا نفى الأنباء.",), [("denial", "مصدر أمني")]),
        (("لكن متحدثا باسم الحكومة الكسلية نفى الأنباء.",), [("denial", "متحدث باسم الحكومة الكسلية")]),
        (("وقالت سلمى حداد إن مسؤولا كسليا رفيعا نفى الأنباء عن الانسحاب.",), [("denial", "مسؤول كسلي رفيع")]),
        (("وقالت سلمى حداد إن متحدثة باسم الوزارة نفت الأنباء.",), [("denial", "متحدثة باسم الوزارة")]),
        # a lie, the noun; the verb 'belied' still denies
        (("وقال سامي حمدان إن ما نشرته القناة كذب محض.",), [("denial", "سامي حمدان")]),
        (("وقال سامي حمدان إن الأنباء كذب وافتراء.",), [("denial", "سامي حمدان")]),
        (("وكذب الجيش الكسلي الأنباء عن انسحاب قواته.",), [("denial", "الجيش الكسلي")]),
        (("وقال سامي حمدان إن الحركة لم تكذب على أحد.",), [("reported", "سامي حمدان")]),
        # misleading, said of the reports; not warning of it
        (("ووصف سامي حمدان ما أوردته القناة بأنه تضليل إعلامي.",), [("denial", "سامي حمدان")]),
        (("وحذر سامي حمدان من التضليل الإعلامي الذي تمارسه القنوات.",), [("reported", "سامي حمدان")]),
        # those called on end the subject
        (("ودعت الحركة المجتمع الدولي إلى التحقيق في الهجوم.",), [("reported", "الحركة")]),
        (
            ("ودعت الحركة الكسلية المواطنين إلى الهدوء، ونفت الأنباء عن الاشتباكات.",),
            [("denial", "الحركة الكسلية")],
        ),
        (
            ("ودعت منظمة الأمم المتحدة إلى التحقيق، ونفت الأنباء عن الاشتباكات.",),
            [("denial", "منظمة الأمم المتحدة")],
        ),
        # claims called empty; not anything else left empty
        (("وقال سامي حمدان إن مزاعم الحكومة حول الهجوم فارغة.",), [("denial", "سامي حمدان")]),
        (("واتهم سامي حمدان الحكومة بترك خزائن الدولة فارغة.",), []),
        (("ووجه سامي حمدان اتهامات للحكومة بأنها تركت الخزائن فارغة.",), []),
        # a name dragged in without evidence
        (("وقال سامي حمدان إن الوزارة تحاول زج اسم الحركة في القضية من دون دليل.",), [("denial", "سامي حمدان")]),
        # 'ردّه' ends the relayed one's name
        (
            ("ونقلت الوكالة عن المتحدث باسم الوزارة ردّه على الاتهامات، إذ قال إن «القوات لم تنسحب».",),
            [("denial", "المتحدث باسم الوزارة")],
        ),
        # a question after a colon keeps the denial before it; a question that asks whether one denied reports none
        (("ونفت الوزارة الأنباء، وتساءلت: هل يعقل أن نقصف مدننا؟",), [("denial", "الوزارة")]),
        (("وتساءل سامي حمدان: هل نفت الوزارة الأنباء؟",), [("quote", "سامي حمدان")]),
        # a word or two in marks that the sentence goes on after: no one's words
        (("«الإرهابيون» دخلوا المدينة أمس.",), []),
        (("وقال سامي حمدان: «الوضع هادئ».", "«لا»."), [("quote", "سامي حمدان"), ("quote", "سامي حمدان")]),
    ],
)
def test_round_44_arabic_rules_held(paragraphs, expected):
    assert af_units("ar", *paragraphs) == expected


# --- 9. the rest of round 44's Persian rules, held -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("رامین دلاوری چنین ادعاهایی را رد کرده بود.",), [("denial", "رامین دلاوری")]),
        (("رامین دلاوری گفت که چنین ادعایی درست نیست.",), [("denial", "رامین دلاوری")]),
        (("این سند وجود خارجی ندارد، به گفته رامین دلاوری.",), [("denial", "رامین دلاوری")]),
        # colon speech that runs on over a paragraph that calls something false; not over another speaker's
        (("رامین دلاوری گفت:", "این گزارش دروغ است و هیچ حمله\u200cای انجام نشده است."), [("denial", "رامین دلاوری")]),
        (
            ("رامین دلاوری گفت:", "سخنگوی وزارت کشور کسلیا این ادعا را دروغ خواند."),
            [("denial", "سخنگوی وزارت کشور کسلیا")],
        ),
        (("رامین دلاوری گفت:", "خبرنگار ما گزارش داد که این ادعا دروغ است."), [("reported", "خبرنگار ما")]),
    ],
)
def test_round_44_persian_rules_held(paragraphs, expected):
    assert af_units("fa", *paragraphs) == expected
    assert af_units("fa", *map(other_letters, paragraphs)) == [(k, other_letters(w)) for k, w in expected]
