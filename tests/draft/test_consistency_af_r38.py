"""Arabic and Persian, round 38 of issue 17: round 37's rules reviewed line by line, on made-up variants of the forms
they forgot (a conjunction written on 'ما', the owner's ending on 'the people', the plural verb) and of the words they
matched where they should not ('تبارك' in the praise of God, 'در نتیجه' and 'خبرنگار'). Made-up names only (Sami
Hamdan, Kessel Brigades, the state of Kesslia, Varna).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import LEAD_AR, LEAD_FA, af_units, claimants, project_index, said

# --- what the media spread, 'and' or 'so' written on 'ما', and 'ما يتم تداوله' --------------------------------------

SPREAD = [
    ("وأكد سامي حمدان أن القوات في مواقعها، وما تداولته وسائل الإعلام عن انسحابها مغلوط.", "سامي حمدان"),
    ("وأكدت ليلى ناصر أن القوات في مواقعها، فما نشرته قناة الفجر عن انسحابها باطل.", "ليلى ناصر"),
    ("وقال سامي حمدان إن ما يتم تداوله عن انسحاب القوات مغلوط.", "سامي حمدان"),
    ("وأكدت كتائب كيسل أن ما يتم نشره عن انسحاب قواتها باطل.", "كتائب كيسل"),
    ("وقالت وزارة الدفاع الكسلية إن القوات في مواقعها، وما يتم تداوله عن انسحابها مغلوط.", "وزارة الدفاع الكسلية"),
]


@pytest.mark.parametrize(("text", "denier"), SPREAD)
def test_what_the_media_spread_with_and_written_on_is_denied(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


def test_what_the_media_spread_called_right_is_no_denial():
    text = "وقال سامي حمدان إن القوات في مواقعها، وما تداولته وسائل الإعلام عن انسحابها صحيح."
    assert af_units("ar", text) == [("reported", "سامي حمدان")]


# --- 'our people', 'the sons of our people': the public, whatever its owner --------------------------------------------

AT_OUR_PEOPLE = [
    ("وقالت ليلى ناصر إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف شعبنا.", "ليلى ناصر"),
    ("وقال سامي حمدان إن ما تبثه قناة الفجر حملة تضليل ضد أبناء شعبنا.", "سامي حمدان"),
    ("فاعتبرت كتائب كيسل أن ما تنشره صحيفة النور حملات التضليل الإعلامي ضد مواطنينا.", "كتائب كيسل"),
    ("ورأى المتحدث باسم كتائب كيسل أن الحملة المضللة تستهدف أمتنا.", "المتحدث باسم كتائب كيسل"),
    ("وأكد سامي حمدان أن الحكومة الكسلية تشن حملة تضليل ضد شعبها.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), AT_OUR_PEOPLE)
def test_a_campaign_aimed_at_our_people_is_no_denial(text, speaker):
    assert af_units("ar", text) == [("reported", speaker)]


def test_lies_aimed_at_our_fighters_still_deny():
    # (the fighters are the speaker's side, no public: the reports about them are denied)
    text = "وقالت كتائب كيسل إن الأنباء عن انسحاب قواتها أكاذيب تستهدف مقاتلينا."
    assert af_units("ar", text) == [("denial", "كتائب كيسل")]


# --- 'تبارك' in the praise of God is no congratulation ---------------------------------------------------------------

DENIAL_AR = "نفت كتائب كيسل الأنباء عن انسحاب قواتها من مدينة أسترا."
PRAISING_GOD = [
    'وقالت الكتائب: "إن قواتنا لم تنسحب، والله تبارك اسمه شاهد".',
    'وقالت الكتائب: "بفضل الله تبارك وتعالى لم تنسحب قواتنا من المدينة".',
    "وقالت الكتائب إن قواتها، بحمد الله تبارك وتعالى، لم تنسحب من المدينة.",
    'وأضافت الكتائب: "تبارك الله، قواتنا لم تنسحب من المدينة".',
]


@pytest.mark.parametrize("text", PRAISING_GOD)
def test_a_denial_told_again_with_gods_praise_is_still_one(text):
    assert [kind for kind, _ in af_units("ar", DENIAL_AR, text)] == ["denial", "denial"]


def test_a_body_that_blesses_still_congratulates():
    text = 'وقالت الكتائب: "تبارك الكتائب صمود المقاتلين الذي لم ينكسر".'
    assert [kind for kind, _ in af_units("ar", DENIAL_AR, text)] == ["denial", "quote"]


# --- a report not showing the facts, the verb in the plural -----------------------------------------------------------

NOT_SHOWN_PLURAL = [
    ("ارتش کسلیا گفت که گزارش\u200cهای وارنا واقعیات را منعکس نمی\u200cکنند.", "ارتش کسلیا"),
    ("ارتش کسلیا گفت که گزارش\u200cهای وارنا واقعیت\u200cها را نشان نمی\u200cدهند.", "ارتش کسلیا"),
    ("سخنگوی تیپ کسل گفت که نتایج تحقیقات وارنا حقایق را بازتاب نمی\u200cدهند.", "سخنگوی تیپ کسل"),
    ("ارتش کسلیا گفته است که این گزارش\u200cها واقعیات را به طور کامل منعکس نمی کنند.", "ارتش کسلیا"),
]


@pytest.mark.parametrize(("text", "denier"), NOT_SHOWN_PLURAL)
def test_reports_said_not_to_show_the_facts_are_denied(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


def test_forces_not_showing_the_facts_deny_no_report():
    text = "ارتش کسلیا گفت که نیروها واقعیات را منعکس نمی\u200cکنند."
    assert af_units("fa", text) == [("reported", "ارتش کسلیا")]


# --- 'در نتیجه' (as a result), 'خبرنگار' (a reporter): no report or finding not accepted ------------------------------

NO_REPORT = [
    "ارتش کسلیا گفت که در نتیجه، این طرح را قابل قبول نمی\u200cداند.",
    "ارتش کسلیا گفت که در نتیجه این طرح را قابل قبول نمی\u200cداند.",
    "وزیر خارجه کسلیا در گفت\u200cوگو با خبرنگار کسنا گفت که این طرح را قابل قبول نمی\u200cداند.",
    "سخنگوی تیپ کسل به خبرنگاران گفت که این پیشنهاد را قابل قبول نمی\u200cداند.",
]


@pytest.mark.parametrize("text", NO_REPORT)
def test_a_plan_not_accepted_after_as_a_result_or_a_reporter_is_no_denial(text):
    assert "denial" not in [kind for kind, _ in af_units("fa", text)]


REPORT_AFTER_A_REPORTER = [
    "ارتش کسلیا به خبرنگاران گفت که گزارش وارنا واقعیات را منعکس نمی\u200cکند.",
    "ارتش کسلیا گفت که نتیجه تحقیقات وارنا را قابل قبول نمی\u200cداند.",
]


@pytest.mark.parametrize("text", REPORT_AFTER_A_REPORTER)
def test_a_report_or_finding_still_denied_after_a_reporter(text):
    assert af_units("fa", text) == [("denial", "ارتش کسلیا")]


# --- a statement an outlet publishes for another is the other's --------------------------------------------------------

THEN_AR = 'وجاء في البيان: "إن التقارير لا أساس لها من الصحة".'
RELAYED = [
    ("بثت قناة الفجر بيانا لكتائب كيسل.", "كتائب كيسل"),
    ("نشرت وكالة كسنا بيانا صادرا عن كتائب كيسل.", "كتائب كيسل"),
    ("ونشرت صحيفة النور بيانا منسوبا إلى كتائب كيسل.", "كتائب كيسل"),
    ("وبثت قناة الفجر بيان كتائب كيسل.", "كتائب كيسل"),
    ("بثت قناة الفجر بيانا لـ كتائب كيسل.", "كتائب كيسل"),
    ("نشرت وكالة كسنا بيانا صادرا عن المتحدث باسم كتائب كيسل.", "المتحدث باسم كتائب كيسل"),
    ("بثت قناة الفجر بيانا لسامي حمدان.", "سامي حمدان"),
]


@pytest.mark.parametrize(("published", "owner"), RELAYED)
def test_a_statement_published_for_another_is_the_others(published, owner):
    assert said("ar", LEAD_AR, published, THEN_AR) == [("denial", owner, "إن التقارير لا أساس لها من الصحة")]


OWN_STATEMENT = [
    "نشرت كتائب كيسل بيانا لوسائل الإعلام.",
    "نشرت كتائب كيسل بيانا للرأي العام.",
    "نشرت كتائب كيسل بيانا لها.",
    "ونشرت كتائب كيسل بيانا مقتضبا.",
]


@pytest.mark.parametrize("published", OWN_STATEMENT)
def test_a_statement_published_to_the_public_is_the_publishers(published):
    assert said("ar", LEAD_AR, published, THEN_AR) == [("denial", "كتائب كيسل", "إن التقارير لا أساس لها من الصحة")]


# --- a clerical title written joined, a zero-width non-joiner between its parts, before a name on file ----------------

JOINED_TITLES_FA = [
    ("حجت\u200cالاسلام\u200cوالمسلمین قاسم مصلح گفت که نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("حجتالاسلاموالمسلمین قاسم مصلح گفت که نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("آیت\u200cالله\u200cالعظمی قاسم مصلح گفت که نیروها در مواضع خود هستند.", "qasim-muslih"),
    ("آیت\u200cالله\u200cالعظمی زهیر مجاهد ادعای حمله را رد کرد.", "zohair-mojahed"),
]


@pytest.mark.parametrize(("text", "record"), JOINED_TITLES_FA)
def test_a_joined_clerical_title_before_a_name_on_file_is_the_record(text, record):
    assert [who for _, who in claimants("fa", LEAD_FA, text, index=project_index())] == [record]


# --- 'گرفت' (took) ends a clause before 'و', as 'کرد' does: the clause after it has its own subject ------------------

TOOK_AND = [
    ("نمی\u200cتوان این واقعیت را نادیده گرفت و وزارت خارجه کسلیا گزارش را تکذیب کرد.", "وزارت خارجه کسلیا"),
    ("نمی\u200cتوان این گزارش را جدی گرفت و وزارت خارجه کسلیا آن را تکذیب کرد.", "وزارت خارجه کسلیا"),
    ("تیپ کسل مسئولیت حمله را بر عهده گرفت و سخنگوی ارتش کسلیا آن را تکذیب کرد.", "سخنگوی ارتش کسلیا"),
]


@pytest.mark.parametrize(("text", "denier"), TOOK_AND)
def test_the_clause_after_took_and_has_its_own_denier(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


def test_one_cannot_ignore_denies_nothing():
    assert af_units("fa", "نمی\u200cتوان این گزارش را نادیده گرفت.") == []
