"""Arabic and Persian, round 38 of issue 17: shapes left known at the end of round 37, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file, letter forms). Made-up names only (Sami Hamdan, Ramin Delavari, Kessel Brigades, the state of Kesslia), apart
from the bodies on file, whose records the index reads.
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import AF_LEAD, LEAD_AR, af_claimants, af_units, built, project_index, record_kinds

# --- 1. a national body's alias on file for one state, in an article about another ----------------------------------

DENIED_BY_PARLIAMENT = "ونفى مجلس النواب الأنباء عن انسحاب القوات."
ANOTHER_STATE = [
    ("وقالت الحكومة الليبية إن الوضع هادئ.", DENIED_BY_PARLIAMENT),
    ("وقال رئيس الحكومة الليبية إن الوضع هادئ.", "وقال مجلس النواب إن جلسته المقبلة ستكون في بنغازي."),
    ("وتشهد ليبيا أزمة سياسية منذ سنوات.", DENIED_BY_PARLIAMENT),
    ("وتشهد العاصمة الليبية طرابلس توترا أمنيا.", "فأكد مجلس النواب أن جلسته المقبلة ستعقد في بنغازي."),
    ("وقالت الحكومة السورية إن الوضع هادئ.", DENIED_BY_PARLIAMENT),
    ("ودعا الرئيس التونسي إلى الحوار.", "ونفت لجنة الأمن والدفاع البرلمانية الأنباء عن انسحاب القوات."),
]


@pytest.mark.parametrize(("before", "text"), ANOTHER_STATE)
def test_a_generic_body_on_file_for_another_state_is_not_linked(before, text):
    got = af_claimants("ar", before, text, on_file=True)
    assert not {r for _, r in got} & {"iraqi-parliament", "iraqi-parliament-security-and-defence-committee"}, got
    paragraphs = read(ArchivedText("\n\n".join(("Title", LEAD_AR, before, text)) + "\n"))
    named = {n.id: n.why for n in named_on_file(paragraphs, project_index(), {1})}
    for record in ("iraqi-parliament", "iraqi-parliament-security-and-defence-committee"):
        assert named.get(record, "proposed") != "", named  # (proposed with a reason, or not named at all)


SAME_STATE = [
    ("وقالت الحكومة العراقية إن الوضع هادئ.", DENIED_BY_PARLIAMENT),
    ("وتشهد بغداد توترا أمنيا.", DENIED_BY_PARLIAMENT),
    ("وتشهد العراق وليبيا أزمة سياسية.", DENIED_BY_PARLIAMENT),
    ("وقال سامي حمدان إن الوضع هادئ.", DENIED_BY_PARLIAMENT),  # (no state named against it)
]


@pytest.mark.parametrize(("before", "text"), SAME_STATE)
def test_a_generic_body_on_file_is_linked_where_its_state_is_named_or_none_is(before, text):
    assert ("denial", "iraqi-parliament") in af_claimants("ar", before, text, on_file=True)
    paragraphs = read(ArchivedText("\n\n".join(("Title", LEAD_AR, before, text)) + "\n"))
    assert {n.id: n.why for n in named_on_file(paragraphs, project_index(), {1})}.get("iraqi-parliament") == ""


# --- 2. an outlet written in Arabic or Persian letters, spelled letter by letter ------------------------------------

SPELLED = [
    ("ar", "وقالت سي إن إن إن القوات انسحبت من مدينة أسترا.", "سي إن إن"),
    ("ar", "قالت سي إن إن إن القوات انسحبت من مدينة أسترا.", "سي إن إن"),
    ("ar", "فقالت سي إن إن إن سامي حمدان غادر المدينة.", "سي إن إن"),
    ("ar", "وقالت سي ان ان ان القوات انسحبت من مدينة أسترا.", "سي ان ان"),
    ("ar", "وذكرت سي إن إن أن القوات انسحبت من مدينة أسترا.", "سي إن إن"),
    ("ar", "وقالت شبكة سي إن إن إن القوات انسحبت من مدينة أسترا.", "شبكة سي إن إن"),
    ("ar", "وقالت إن بي سي إن القوات انسحبت من مدينة أسترا.", "إن بي سي"),
    ("fa", "سی ان ان گزارش داد که نیروها از شهر آسترا عقب\u200cنشینی کرده\u200cاند.", "سی ان ان"),
    ("fa", "شبکه سی ان ان گزارش داد که نیروها عقب\u200cنشینی کرده\u200cاند.", "شبکه سی ان ان"),
    ("fa", "ان بی سی گزارش داد که نیروها عقب\u200cنشینی کرده\u200cاند.", "ان بی سی"),
    # (as before)
    ("ar", "وقالت بي بي سي إن القوات انسحبت من مدينة أسترا.", "بي بي سي"),
    ("ar", "وقالت سي بي إس إن القوات انسحبت من مدينة أسترا.", "سي بي إس"),
    ("ar", "وقالت رويترز إن القوات انسحبت من مدينة أسترا.", "رويترز"),
    ("fa", "بی بی سی گزارش داد که نیروها از شهر آسترا عقب\u200cنشینی کرده\u200cاند.", "بی بی سی"),
    ("fa", "خبرگزاری فارس گزارش داد که نیروها از شهر آسترا عقب\u200cنشینی کرده\u200cاند.", "خبرگزاری فارس"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), SPELLED)
def test_an_outlet_spelled_letter_by_letter_is_the_speaker(language, text, speaker):
    assert af_units(language, text) == [("reported", speaker)]


def test_that_after_a_name_is_still_that():
    # ('وقال سامي حمدان إن ...': 'إن' after a name is 'that', no letter)
    assert af_units("ar", "وقال سامي حمدان إن القوات انسحبت.") == [("reported", "سامي حمدان")]


# --- 3. a body's media office, the body not on file ------------------------------------------------------------------

OFFICE_OF = [
    ("ar", "ونفى المكتب الإعلامي لحزب النور الأنباء عن انسحاب القوات.", "hzb-alnwr"),
    ("ar", "ونفى المكتب الإعلامي لحركة النور الأنباء عن انسحاب القوات.", "hrkt-alnwr"),
    ("ar", "وقال المكتب الإعلامي لكتائب كيسل إن الأنباء كاذبة.", "ktayb-kysl"),
    ("ar", "فنفى المركز الإعلامي لحزب النور الأنباء عن انسحاب القوات.", "hzb-alnwr"),
    ("fa", "بخش اطلاع\u200cرسانی تیپ کسل گزارش شبکه فجر را تکذیب کرد.", "typ-ksl"),
    ("fa", "روابط عمومی تیپ کسل گزارش شبکه فجر را تکذیب کرد.", "typ-ksl"),
    ("fa", "روابط\u200cعمومی تیپ کسل گزارش شبکه فجر را تکذیب کرد.", "typ-ksl"),
    ("fa", "روابط عمومی وزارت دفاع کسلیا گزارش شبکه فجر را تکذیب کرد.", "wzart-dfa-kslya"),
]


@pytest.mark.parametrize(("language", "text", "body"), OFFICE_OF)
def test_a_bodys_office_speaks_for_the_body(language, text, body):
    assert af_claimants(language, text) == [("denial", body)]
    lead = AF_LEAD[language]
    assert list(record_kinds(language, lead, text)) == [body]


OFFICE_AFTER_BODY = [
    ("ar", "ونفى حزب النور الأنباء عن انسحاب القوات.", "ونفى المكتب الإعلامي لحزب النور الأنباء ذاتها.", "hzb-alnwr"),
    (
        "fa",
        "تیپ کسل گزارش شبکه فجر را تکذیب کرد.",
        "روابط عمومی تیپ کسل نیز این گزارش را تکذیب کرد.",
        "typ-ksl",
    ),
]


@pytest.mark.parametrize(("language", "first", "second", "body"), OFFICE_AFTER_BODY)
def test_a_bodys_office_after_the_body_is_no_second_denier(language, first, second, body):
    assert {r for _, r in af_claimants(language, first, second)} == {body}


# --- 4. Persian 'one cannot' written with a space ----------------------------------------------------------------

ONE_CANNOT_DENY = [
    "رامین دلاوری گفت نمی شود نقش ایران را انکار کرد.",
    "رامین دلاوری گفت نمی\u200cشود نقش ایران را انکار کرد.",
    "رامین دلاوری گفت نمیشود نقش ایران را انکار کرد.",
    "رامین دلاوری گفت که نمی شود این حمله را تکذیب کرد.",
    "رامین دلاوری گفت نمی شود منکر نقش ایران شد.",
    # (as before)
    "رامین دلاوری گفت نمی توان نقش ایران را انکار کرد.",
    "رامین دلاوری گفت نمی توان حضور نیروها را نفی کرد.",
]


@pytest.mark.parametrize("text", ONE_CANNOT_DENY)
def test_one_cannot_deny_with_a_space_is_no_denial(text):
    assert af_units("fa", text) == [("reported", "رامین دلاوری")]


@pytest.mark.parametrize(
    "text",
    [
        "رامین دلاوری گفت: «نمی توان نقش ایران را انکار کرد».",
        "رامین دلاوری گفت: «نمی شود نقش ایران را انکار کرد».",
        "رامین دلاوری گفت: «نمی\u200cتوان نقش ایران را انکار کرد».",
        "سخنگوی تیپ کسل گفت: «نمی شود حضور نیروها را رد کرد».",
    ],
)
def test_one_cannot_deny_quoted_is_no_denial(text):
    assert [kind for kind, _ in af_units("fa", text)] == ["quote"]


def test_a_denial_after_one_cannots_verb_still_denies():
    text = "نمی شود به این گزارش اعتماد کرد و وزارت کشور کسلیا آن را تکذیب کرد."
    assert af_units("fa", text) == [("denial", "وزارت کشور کسلیا")]


# --- 5. a campaign aimed at the public, the speaker of the side accused -------------------------------------------

OWN_SIDE = [
    ("ar", "وقالت كتائب كيسل إن الأنباء عن انسحاب قواتها حملة تضليل ضد الشعب الكسلي.", "كتائب كيسل"),
    ("ar", "وقالت كتائب كيسل إن ما تنشره صحيفة النور عن الكتائب أكاذيب تستهدف الرأي العام.", "كتائب كيسل"),
    (
        "ar",
        "وقالت وزارة الدفاع الكسلية إن الأنباء عن انسحاب قواتها حملة تضليل تستهدف المواطنين.",
        "وزارة الدفاع الكسلية",
    ),
    (
        "ar",
        "وقال المتحدث باسم الحكومة الكسلية إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف الشعب.",
        "المتحدث باسم الحكومة الكسلية",
    ),
    ("fa", "تیپ کسل گزارش\u200cها درباره عقب\u200cنشینی نیروهایش را جنگ روانی علیه مردم خواند.", "تیپ کسل"),
    ("fa", "سخنگوی تیپ کسل گزارش شبکه فجر درباره تیپ را جنگ روانی علیه مردم خواند.", "سخنگوی تیپ کسل"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), OWN_SIDE)
def test_a_campaign_at_the_public_about_the_speakers_side_is_denied(language, text, speaker):
    assert af_units(language, text) == [("denial", speaker)]


NOT_OWN_SIDE = [
    # (a person whose side the article does not say: the movement reported on is no side of his that it shows)
    ("ar", "وقال سامي حمدان إن ما تبثه قناة الفجر عن الحركة حملة تضليل ضد الشعب.", "سامي حمدان"),
    ("ar", "وقالت ليلى ناصر إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف الشعب.", "ليلى ناصر"),
    ("ar", "وقال سامي حمدان إن ما تبثه قناة الفجر حملة تضليل ضد الشعب الكسلي.", "سامي حمدان"),
    ("ar", "وقالت كتائب كيسل إن ما تنشره صحيفة النور عن الحكومة أكاذيب تستهدف الرأي العام.", "كتائب كيسل"),
    ("fa", "رامین دلاوری گزارش شبکه فجر درباره دولت را جنگ روانی علیه مردم خواند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), NOT_OWN_SIDE)
def test_a_campaign_at_the_public_about_another_side_is_no_denial(language, text, speaker):
    assert af_units(language, text) == [("reported", speaker)]


# --- 6. an Arabic participle after a verb of no saying that opens with و or ال -------------------------------------

DEED_THEN_PARTICIPLE = [
    ("والتقى سامي حمدان بالصحفيين في المدينة، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
    ("التقى سامي حمدان بالصحفيين في المدينة، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
    ("والتقت ليلى ناصر بالوفد في المدينة، نافية الأنباء عن انسحاب القوات.", "denial", "ليلى ناصر"),
    ("وصل سامي حمدان إلى المدينة، مؤكدا أن القوات في مواقعها.", "reported", "سامي حمدان"),
    ("ووقعت ليلى ناصر الاتفاق في المدينة، مؤكدة أن القوات في مواقعها.", "reported", "ليلى ناصر"),
    ("وغادر سامي حمدان المدينة، مؤكدا أن القوات في مواقعها.", "reported", "سامي حمدان"),
    ("ووجه سامي حمدان رسالة إلى السكان، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
    ("واستقبل سامي حمدان الوفد في المدينة، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
    # (as before)
    ("ووصل سامي حمدان إلى المدينة، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
    ("وتحدث سامي حمدان عن الوضع في المدينة، نافيا الأنباء عن انسحاب القوات.", "denial", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), DEED_THEN_PARTICIPLE)
def test_a_participle_after_a_deed_is_its_subjects(text, kind, speaker):
    assert af_units("ar", text) == [(kind, speaker)]


def test_a_sentence_opening_with_a_noun_has_no_deed():
    # ('الاجتماع ...': a noun with the article opens it, no verb, and the participle is the last speaker's)
    got = af_units(
        "ar", "وقال سامي حمدان إن الوضع هادئ.", "الاجتماع في المدينة استمر ساعتين، مؤكدا أن القوات في مواقعها."
    )
    assert got[0] == ("reported", "سامي حمدان")
    assert all(s == "سامي حمدان" for _, s in got), got


# --- 7. a verdict in the accusative after a verb of deeming ---------------------------------------------------------

DEEMED = [
    ('وقال سامي حمدان إن ما نشرته قناة الفجر يعد "كذبا محضا".', "سامي حمدان"),
    ("وقال سامي حمدان إن الخبر يعد كذبا محضا.", "سامي حمدان"),
    ('وقال المتحدث باسم كتائب كيسل إن هذا الكلام يعتبر "عاريا عن الصحة".', "المتحدث باسم كتائب كيسل"),
    ('وقالت ليلى ناصر إن تقرير صحيفة النور يعد "زائفا".', "ليلى ناصر"),
    ('وقالت كتائب كيسل إن ما أوردته قناة الفجر يعتبر "باطلا".', "كتائب كيسل"),
    ("وقالت كتائب كيسل إن ما أوردته قناة الفجر يعتبر مختلقا.", "كتائب كيسل"),
    # (as before)
    ('وقالت كتائب كيسل إن تقرير قناة الفجر يعتبر "افتراء".', "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "denier"), DEEMED)
def test_a_report_deemed_false_is_denied(text, denier):
    assert [(k, s) for k, s in af_units("ar", text) if k == "denial"] == [("denial", denier)]


@pytest.mark.parametrize(
    "text",
    ['وقال سامي حمدان إن الاتفاق يعد "إنجازا كبيرا".', "وقال سامي حمدان إن الاتفاق يعد خطوة مهمة."],
)
def test_a_verdict_of_praise_denies_nothing(text):
    assert "denial" not in [k for k, _ in af_units("ar", text)]


# --- 8. a denial restated in a quotation after 'but' ----------------------------------------------------------------

BUT_NOT_SO = [
    "رامین دلاوری گفت: «شبکه فجر گزارش داد که نیروها عقب\u200cنشینی کرده\u200cاند، اما این خبر صحت ندارد».",
    "رامین دلاوری گفت: «برخی رسانه\u200cها ادعا کردند که نیروها عقب\u200cنشینی کرده\u200cاند اما این ادعا صحت ندارد».",
    "رامین دلاوری گفت: «شبکه فجر مدعی عقب\u200cنشینی نیروها شد، ولی این خبر دروغ است».",
    "رامین دلاوری افزود: «رسانه\u200cها نوشتند که نیروها عقب\u200cنشینی کرده\u200cاند، اما این گزارش\u200cها کذب است».",
    # (as before)
    "رامین دلاوری گفت: «ما در شهر آسترا هستیم، اما این خبر صحت ندارد».",
]


@pytest.mark.parametrize("text", BUT_NOT_SO)
def test_a_report_told_then_denied_in_one_quotation_is_the_speakers_denial(text):
    assert af_units("fa", text) == [("denial", "رامین دلاوری")]


def test_a_report_told_then_confirmed_is_no_denial():
    text = "رامین دلاوری گفت: «شبکه فجر گزارش داد که نیروها عقب\u200cنشینی کرده\u200cاند، و این خبر صحت دارد»."
    assert "denial" not in [k for k, _ in af_units("fa", text)]


def test_the_arabic_report_told_then_denied_stays_the_speakers():
    text = 'وقال سامي حمدان: "ذكرت قناة الفجر أن القوات انسحبت، لكن هذه الأنباء كاذبة".'
    assert af_units("ar", text) == [("denial", "سامي حمدان")]


def test_built_records_of_a_body_named_by_its_office_are_the_body():
    # (the office drafts no record of its own: the body is the one on the denial)
    drafted = built("ar", LEAD_AR, "ونفى المكتب الإعلامي لحزب النور الأنباء عن انسحاب القوات.")
    assert [d["id"] for d in drafted if d["type"] in ("actor", "group")] == ["hzb-alnwr"]
