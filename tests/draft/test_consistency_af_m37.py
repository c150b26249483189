"""Arabic and Persian, round 37 of issue 17: shapes left known at the end of round 36, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file). Made-up names only (Sami Hamdan, Kessel Brigades, the state of Kesslia), apart from the bodies on file, whose
records the index reads.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, LEAD_AR, LEAD_FA, af_units, built, claimants, project_index, said

# --- 'بالقول' (by saying) ends the subject --------------------------------------------------------------------------

BY_SAYING = [
    ("وردت وزارة الخارجية الكسلية بالقول إن الأنباء عن انسحاب القوات كاذبة.", "denial", "وزارة الخارجية الكسلية"),
    ("فردت وزارة الخارجية الكسلية بالقول إن القوات في مواقعها.", "reported", "وزارة الخارجية الكسلية"),
    ("وعلقت وزارة الدفاع الكسلية بالقول إن القوات في مواقعها.", "reported", "وزارة الدفاع الكسلية"),
    ("ورد المتحدث باسم الحكومة الكسلية بالقول إن الأنباء كاذبة.", "denial", "المتحدث باسم الحكومة الكسلية"),
    ("وعلق سامي حمدان على البيان بالقول إن القوات في مواقعها.", "reported", "سامي حمدان"),
    ("وردت كتائب كيسل على الاتهامات بالقول إنها كاذبة.", "denial", "كتائب كيسل"),
    ("وردت هيئة الأركان العامة الكسلية بالقول إن القوات في مواقعها.", "reported", "هيئة الأركان العامة الكسلية"),
    ("وأجابت وزارة الخارجية الكسلية بالقول إن الأنباء غير صحيحة.", "denial", "وزارة الخارجية الكسلية"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), BY_SAYING)
def test_by_saying_ends_the_body_that_says(text, kind, speaker):
    assert af_units("ar", text) == [(kind, speaker)]


# --- 'مغلوطة' after what the media spread ----------------------------------------------------------------------------

SPREAD = [
    ('"ما تداولته وسائل الإعلام عن انسحاب القوات مغلوطة"، قال سامي حمدان.', "سامي حمدان"),
    ('"ما نشرته قناة الفجر عن انسحاب القوات مغلوط"، قالت ليلى ناصر.', "ليلى ناصر"),
    ('"ما تناقلته المواقع عن انسحاب القوات معلومات مغلوطة"، قالت كتائب كيسل.', "كتائب كيسل"),
    ("وقال سامي حمدان إن ما تداولته وسائل الإعلام عن انسحاب القوات مغلوط.", "سامي حمدان"),
    ("وأكدت وزارة الدفاع الكسلية أن ما روجته قناة الفجر عن انسحاب القوات باطل.", "وزارة الدفاع الكسلية"),
    ("فأكدت ليلى ناصر أن ما تم تداوله عن انسحاب القوات مغلوط.", "ليلى ناصر"),
    ('"ما أوردته صحيفة النور عن الهجوم مغلوطة"، قال المتحدث باسم كتائب كيسل.', "المتحدث باسم كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "denier"), SPREAD)
def test_what_the_media_spread_called_erroneous_is_denied(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


def test_erroneous_notions_deny_nothing():
    # ('ما يعرفه الناس عن ... مغلوط': what people know, no report spread)
    assert af_units("ar", "وقال سامي حمدان إن ما يعرفه الناس عن تاريخ المدينة مغلوط.") == [("reported", "سامي حمدان")]


# --- 'وفي رفض للمقترح، قال X': the opening phrase is no speaker ------------------------------------------------------

OPENING = [
    ("وفي رفض للمقترح، قال سامي حمدان إن الحركة لن تقبل بأي تسوية.", "reported", "سامي حمدان", False),
    ("وفي رفض واضح للمقترح الكسلي، قالت كتائب كيسل إنها لن تقبل بأي تسوية.", "reported", "كتائب كيسل", False),
    ("في رفض للهدنة، أكد المتحدث باسم كتائب كيسل أن القتال مستمر.", "reported", "المتحدث باسم كتائب كيسل", False),
    ("وفي رفض للدعوة، قالت وزارة الدفاع الكسلية إنها لن تشارك.", "reported", "وزارة الدفاع الكسلية", False),
    ("وفي رفض للمقترح، قالت هيئة الحشد الشعبي إنها لن تقبل به.", "reported", "Popular Mobilization Forces", True),
    ("وفي رد على المقترح، قال سامي حمدان إن الحركة لن تقبل.", "reported", "سامي حمدان", False),
    # (rejecting claims still denies, by the clause's subject)
    ("وفي رفض للاتهامات، قال سامي حمدان إن القوات في مواقعها.", "denial", "سامي حمدان", False),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "on_file"), OPENING)
def test_an_opening_rejection_of_no_claim_leaves_the_clause_to_its_speaker(text, kind, speaker, on_file):
    assert af_units("ar", text, on_file=on_file) == [(kind, speaker)]


# --- Persian 'مدعی ... شد' (claimed ...), what is claimed between the parts ------------------------------------------

CLAIMED_FA = [
    ("سخنگوی تیپ کسل مدعی عقب\u200cنشینی نیروها از شهر آسترا شد.", "سخنگوی تیپ کسل"),
    ("مقامات کسلیا مدعی حمله به شهر آسترا شدند.", "مقامات کسلیا"),
    ("رامین دلاوری در گفت\u200cوگو با شبکه فجر مدعی عقب\u200cنشینی نیروها شده است.", "رامین دلاوری"),
    ("برخی رسانه\u200cها مدعی کشته شدن فرمانده تیپ کسل شده\u200cاند.", "برخی رسانه\u200cها"),
    ("برخی رسانه\u200cها مدعی کشته شدن فرمانده تیپ کسل شدهاند.", "برخی رسانه\u200cها"),
    ("وزارت دفاع کسلیا مدعی سرنگونی یک پهپاد بر فراز شهر آسترا شده بود.", "وزارت دفاع کسلیا"),
    ("شبکه فجر مدعی شده است که نیروها از شهر آسترا عقب\u200cنشینی کرده\u200cاند.", "شبکه فجر"),
]


@pytest.mark.parametrize(("text", "claimant"), CLAIMED_FA)
def test_claimed_with_the_claim_between_the_parts_is_a_claim(text, claimant):
    assert af_units("fa", text) == [("reported", claimant)]


def test_a_prosecutor_claims_nothing():
    assert af_units("fa", "مدعی العموم شهر آسترا بازداشت شد.") == []


# --- a Persian rank or clerical title before a name on file -----------------------------------------------------------

TITLED_FA = [
    ("سردار قاسم مصلح گزارش\u200cها درباره عقب\u200cنشینی نیروها را تکذیب کرد.", "qasim-muslih"),
    ("حجت\u200cالاسلام قاسم مصلح گفت: نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("حجتالاسلام قاسم مصلح گفت که نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("حجت الاسلام والمسلمین قاسم مصلح گفت که نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("سرتیپ زهیر مجاهد ادعای حمله را رد کرد.", "zohair-mojahed"),
    ("امیر سرتیپ دوم زهیر مجاهد گفت که نیروها در مواضع خود هستند.", "zohair-mojahed"),
    ("سرلشكر زهير مجاهد گفت که نيروها در مواضع خود هستند.", "zohair-mojahed"),
    ("دکتر بشار اسد گفت که نیروها در مواضع خود هستند.", "bashar-al-assad"),
]


@pytest.mark.parametrize(("text", "record"), TITLED_FA)
def test_a_title_before_a_name_on_file_is_the_record(text, record):
    assert [who for _, who in claimants("fa", LEAD_FA, text, index=project_index())] == [record]


def test_an_office_before_a_name_on_file_is_someone_else():
    # ('سخنگوی X', X's spokesman: an office of X's, no title of X)
    text = "سخنگوی قاسم مصلح گفت که نیروها در مواضع خود هستند."
    assert [who for _, who in claimants("fa", LEAD_FA, text, index=project_index())] != ["qasim-muslih"]


# --- a campaign against the people is no denial ----------------------------------------------------------------------

AT_THE_PUBLIC = [
    ("ar", "وقال سامي حمدان إن ما تبثه قناة الفجر حملة تضليل ضد الشعب الكسلي.", "سامي حمدان"),
    ("ar", "وأكد سامي حمدان أن الولايات المتحدة تشن حملة تضليل ضد الشعب.", "سامي حمدان"),
    ("ar", "وقالت ليلى ناصر إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف الشعب.", "ليلى ناصر"),
    ("ar", "فاعتبرت كتائب كيسل أن ما تنشره صحيفة النور حملات التضليل الإعلامي ضد المواطنين.", "كتائب كيسل"),
    ("ar", "وقالت وزارة الدفاع الكسلية إن القناة تبث الأكاذيب بحق الشعب الكسلي.", "وزارة الدفاع الكسلية"),
    ("ar", "ورأى المتحدث باسم كتائب كيسل أن الحملة المضللة تستهدف الرأي العام.", "المتحدث باسم كتائب كيسل"),
    ("fa", "رامین دلاوری گزارش شبکه فجر را جنگ روانی علیه مردم خواند.", "رامین دلاوری"),
    ("fa", "رامین دلاوری گفت که دشمن جنگ روانی علیه مردم به راه انداخته است.", "رامین دلاوری"),
    ("fa", "سخنگوی تیپ کسل گزارش شبکه فجر را جنگ روانی بر ضد ملت خواند.", "سخنگوی تیپ کسل"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), AT_THE_PUBLIC)
def test_a_campaign_aimed_at_the_people_is_no_denial(language, text, speaker):
    assert af_units(language, text) == [("reported", speaker)]


AT_THE_SPEAKER = [
    ("ar", "وقال سامي حمدان إن ما تبثه قناة الفجر حملة تضليل ضد الحركة.", "سامي حمدان"),
    ("ar", "وقالت كتائب كيسل إن الأنباء عن انسحاب قواتها أكاذيب تستهدف الكتائب.", "كتائب كيسل"),
    ("fa", "رامین دلاوری گزارش شبکه فجر را جنگ روانی دشمن خواند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), AT_THE_SPEAKER)
def test_a_campaign_against_the_speaker_is_still_denied(language, text, speaker):
    assert af_units(language, text) == [("denial", speaker)]


# --- a body's media centre, media office or spokesman's office: one speaker, the office of the body, whole -----------

OFFICES = [
    ("ar", "ونفى المركز الإعلامي لـ كتائب كيسل الأنباء عن انسحاب القوات.", "المركز الإعلامي لـ كتائب كيسل"),
    ("ar", "ونفى المركز الإعلامي لـكتائب كيسل الأنباء عن انسحاب القوات.", "المركز الإعلامي لـكتائب كيسل"),
    ("ar", "فنفى المكتب الإعلامي لـ حركة النور الأنباء عن انسحاب القوات.", "المكتب الإعلامي لـ حركة النور"),
    ("ar", "وقال المركز الإعلامي لـ كتائب كيسل إن الأنباء كاذبة.", "المركز الإعلامي لـ كتائب كيسل"),
]


@pytest.mark.parametrize(("language", "text", "denier"), OFFICES)
def test_a_bodys_office_with_of_apart_is_read_whole(language, text, denier):
    assert af_units(language, text) == [("denial", denier)]


def test_of_apart_after_anyone_else_is_still_whom_they_told():
    # ('وقال X لـ قناة الفجر', told the channel: the outlet told is no part of the speaker)
    assert af_units("ar", "وقال سامي حمدان لـ قناة الفجر إن القوات في مواقعها.") == [("reported", "سامي حمدان")]


ON_FILE_OFFICES = [
    (
        "ar",
        "ونفى المركز الإعلامي لـ هيئة الحشد الشعبي الأنباء عن انسحاب القوات.",
        "المركز الإعلامي لـ هيئة الحشد الشعبي",
    ),
    ("ar", "ونفت المكتب الإعلامي لـهيئة الحشد الشعبي الأنباء عن انسحاب القوات.", "المكتب الإعلامي لـهيئة الحشد الشعبي"),
    ("ar", "ونفى مكتب المتحدث باسم هيئة الحشد الشعبي الأنباء عن انسحاب القوات.", "مكتب المتحدث باسم هيئة الحشد الشعبي"),
    ("ar", "ونفى مكتب الناطق باسم هيئة الحشد الشعبي الأنباء عن انسحاب القوات.", "مكتب الناطق باسم هيئة الحشد الشعبي"),
    ("fa", "مرکز رسانه\u200cای طالبان گزارش شبکه فجر را تکذیب کرد.", "مرکز رسانه\u200cای طالبان"),
    ("fa", "دفتر سخنگوی طالبان گزارش شبکه فجر را تکذیب کرد.", "دفتر سخنگوی طالبان"),
]


@pytest.mark.parametrize(("language", "text", "denier"), ON_FILE_OFFICES)
def test_the_office_of_a_body_on_file_speaks_for_it(language, text, denier):
    lead = AF_LEAD[language]
    got = claimants(language, lead, text, index=project_index())
    assert af_units(language, text, on_file=True) == [("denial", denier)]
    assert [r for _, r in got] == [denier], got
    drafted = [d for d in built(language, lead, text, index=project_index()) if d["type"] == "denial"]
    assert [d["denier"].get("affiliation") for d in drafted] == [
        "taliban" if language == "fa" else "popular-mobilization-forces"
    ]


# --- a ministry named by its field alone, where the article names one state's government ----------------------------

DENIED_BY_THE_MINISTRY = "ونفت وزارة الداخلية الأنباء عن انسحاب القوات."
GOVERNMENT_NAMED = [
    "وقال المتحدث باسم الحكومة العراقية إن الوضع هادئ.",
    "وفي بيان للحكومة العراقية، قال المتحدث إن الوضع هادئ.",
    "وقال مسؤول في حكومة بغداد إن الوضع هادئ.",
    "وأكد مصدر في الحكومة العراقية أن الوضع هادئ.",
    "وقال مسؤول في حكومة بغداد، في تصريح، إن الوضع هادئ.",
    "ودعا البرلمان الكسلي الحكومة العراقية إلى الحوار.",
    "وقال سامي حمدان إن للحكومة العراقية موقفا واضحا.",
]


@pytest.mark.parametrize("said_before", GOVERNMENT_NAMED)
def test_a_ministry_by_its_field_is_the_state_whose_government_is_named(said_before):
    got = claimants("ar", LEAD_AR, said_before, DENIED_BY_THE_MINISTRY, index=project_index())
    assert ("denial", "iraqi-interior-ministry") in got, got


def test_no_government_named_links_no_ministry():
    got = claimants("ar", LEAD_AR, "وقال سامي حمدان إن الوضع هادئ.", DENIED_BY_THE_MINISTRY, index=project_index())
    assert ("denial", "iraqi-interior-ministry") not in got, got


# --- a congratulation or blessing after a denial is a claim of its own ------------------------------------------------

DENIAL_AR = "نفت كتائب كيسل الأنباء عن انسحاب قواتها من مدينة أسترا."
DENIAL_FA = "تیپ کسل گزارش\u200cها درباره عقب\u200cنشینی نیروهایش از شهر آسترا را تکذیب کرد."
CONGRATULATIONS = [
    ("ar", DENIAL_AR, 'وقالت الكتائب: "نبارك لشعبنا الكسلي انتصاره في معركة أسترا، ولا ننسى تضحيات الشهداء".'),
    ("ar", DENIAL_AR, "وقالت الكتائب إنها تهنئ المقاتلين بالنصر الذي لم يكن ليتحقق لولا صمودهم."),
    ("ar", DENIAL_AR, 'وأضافت: "ونهنئ أهلنا في أسترا، فالنصر لم يأت إلا بالتضحيات".'),
    ("ar", DENIAL_AR, 'وتابعت الكتائب: "نزف التهاني إلى شعبنا، ولن ننسى من ضحوا".'),
    ("ar", DENIAL_AR, "وقالت الكتائب إنها تبارك للمقاتلين صمودهم الذي لم ينكسر."),
    (
        "fa",
        DENIAL_FA,
        "تیپ کسل گفت: این پیروزی را به مردم تبریک می\u200cگوییم؛ این پیروزی بدون فداکاری رزمندگان به دست نیامد.",
    ),
]


@pytest.mark.parametrize(("language", "denial", "congratulation"), CONGRATULATIONS)
def test_a_congratulation_after_a_denial_is_no_denial(language, denial, congratulation):
    lead = AF_LEAD[language]
    got = [kind for kind, _, _ in said(language, lead, denial, congratulation)]
    assert got == ["denial", "quote" if ":" in congratulation else "reported"], got


def test_a_denial_told_again_is_still_one():
    # ('ولم تنسحب قواتنا': no congratulation, the denier's own 'not', told again)
    got = [kind for kind, _, _ in said("ar", LEAD_AR, DENIAL_AR, 'وقالت الكتائب: "قواتنا لم تنسحب من المدينة".')]
    assert got == ["denial", "denial"], got


def test_a_verb_after_claimed_has_the_same_speaker():
    # ('X ... مدعی Y شد و گفت که «...»': the quotation is X's, not the claim's words')
    text = "رامین دلاوری در شهر آسترا، مدعی ارسال تسلیحات برای تیپ کسل شد و گفت که «دیگر نمی\u200cتوان این رفتار را پذیرفت»."
    assert {who for _, who in af_units("fa", text)} == {"رامین دلاوری"}
