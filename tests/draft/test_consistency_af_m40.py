"""Arabic and Persian, round 40 of issue 17: shapes left known at the end of round 39, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file, letter forms). Made-up names only (Sami Hamdan, Laila Samir, Ramin Delavari, Dara Vani, Kessel Brigade, the
state of Kesslia, the city of Astra), apart from the bodies and states on file, whose records the index reads.
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.names import states_named
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import LEAD_AR, af_records, af_units, claimants, no_zwnj, other_letters, project_index

# --- 6. a Persian clause that ends in a present verb before 'و' ------------------------------------------------------

PRESENT_THEN_AND = [
    "تیپ کسل ویدئویی از حمله منتشر می\u200cکند و دولت کسلیا آن را تکذیب کرد.",
    "تیپ کسل ویدئویی از حمله منتشر می\u200cکنند و دولت کسلیا آن را تکذیب کرده است.",
    "گروه کسل مسئولیت حمله را بر عهده می\u200cگیرد و دولت کسلیا آن را رد کرد.",
    "تیپ کسل ویدئویی از حمله منتشر می کند و دولت کسلیا آن را تکذیب می کند.",
    "گروه کسل مسئولیت حمله را بر عهده می گیرد و دولت کسلیا آن را رد کرد.",
    "تیپ کسل تصاویری از حمله منتشر می\u200cنماید و دولت کسلیا آن را تکذیب کرد.",
]


@pytest.mark.parametrize("text", PRESENT_THEN_AND)
@pytest.mark.parametrize("form", [str, no_zwnj, other_letters])
def test_a_present_verb_before_and_ends_the_clause_and_the_denier_is_after_it(text, form):
    assert af_units("fa", form(text)) == [("denial", form("دولت کسلیا"))]


# --- 8. 'آیت‌الله العظمی X': the title joined, 'العظمی' apart -------------------------------------------------------

GRAND_AYATOLLAH = [
    ("آیت\u200cالله العظمی رامین دلاوری گفت نیروها باید عقب نشینی کنند.", "رامین دلاوری"),
    ("آیت\u200cالله العظمی دارا وانی در پیامی گفت نیروها باید عقب نشینی کنند.", "دارا وانی"),
    ("آیتالله العظمی دارا وانی تاکید کرد که نیروها باید عقب نشینی کنند.", "دارا وانی"),
    ("آیت الله العظمی رامین دلاوری گفت نیروها باید عقب نشینی کنند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "speaker"), GRAND_AYATOLLAH)
@pytest.mark.parametrize("on_file", [False, True])
def test_the_grand_ayatollahs_title_is_no_word_of_his_name(text, speaker, on_file):
    assert af_units("fa", text, on_file=on_file) == [("reported", speaker)]


def test_the_grand_ayatollah_quoted_after_another_speaker():
    text = "رامین دلاوری گفت نیروها عقب نشستند. آیت\u200cالله العظمی دارا وانی نیز گفت: «نیروها باید بروند.»"
    assert [s for _, s in af_units("fa", text)] == ["رامین دلاوری", "دارا وانی"]


# --- 1. the reporter's aside 'یادآور می‌شود' (it is to be recalled): the outlet's words, no speaker ----------------

ASIDE_THEN_SUBJECT = [
    ("یادآور می شود تیپ کسل روز شنبه اعلام کرده بود که شهر را ترک نمی کند.", "تیپ کسل"),
    ("یادآور می\u200cشود تیپ کسل روز شنبه اعلام کرده بود که شهر را ترک نمی\u200cکند.", "تیپ کسل"),
    ("یادآوری می\u200cشود که رامین دلاوری روز شنبه گفته بود نیروها شهر را ترک نمی\u200cکنند.", "رامین دلاوری"),
    ("یادآور می شود دارا وانی روز شنبه اعلام کرد که نیروها شهر را ترک نمی کنند.", "دارا وانی"),
    ("گفتنی است تیپ کسل روز شنبه اعلام کرده بود که شهر را ترک نمی\u200cکند.", "تیپ کسل"),
]


@pytest.mark.parametrize(("text", "speaker"), ASIDE_THEN_SUBJECT)
@pytest.mark.parametrize("form", [str, no_zwnj, other_letters])
def test_the_reporters_aside_is_no_word_of_the_subject(text, speaker, form):
    assert [s for _, s in af_units("fa", form(text))] == [form(speaker)]


def test_the_reporters_aside_after_a_quotation_gives_the_quoted_speaker_nothing():
    first = "رامین دلاوری گفت: «ما شهر را ترک نکردیم.»"
    aside = "یادآور می\u200cشود دولت کسلیا روز شنبه این ادعا را تکذیب کرده بود."
    assert af_units("fa", first, aside) == [("quote", "رامین دلاوری"), ("denial", "دولت کسلیا")]


# --- 3. a body's media office: after 'لل' in Arabic, 'رسانه ای' spaced in Persian -----------------------------------

OFFICES = [
    ("ar", "وقال المكتب الإعلامي للواء كسليا إن قواته سيطرت على المدينة.", "lwa-kslya"),
    ("ar", "ونفى المكتب الإعلامي للواء كيسل أن تكون قواته قد انسحبت من المدينة.", "lwa-kysl"),
    ("ar", "وقال المكتب الإعلامي للحزب الكسلي إن قواته سيطرت على المدينة.", "alhzb-alksly"),
    ("ar", "وأعلن المكتب الإعلامي للتنظيم الكسلي أن قواته سيطرت على المدينة.", "altnzym-alksly"),
    ("fa", "دفتر رسانه ای تیپ کسل اعلام کرد نیروهایش شهر را تصرف کردند.", "typ-ksl"),
    ("fa", "دفتر رسانه ای حزب کسل این خبر را تکذیب کرد.", "hzb-ksl"),
    ("fa", "مرکز رسانه ای سپاه کسل اعلام کرد نیروهایش شهر را تصرف کردند.", "spah-ksl"),
]


@pytest.mark.parametrize(("language", "text", "body"), OFFICES)
def test_a_media_office_speaks_for_its_body(language, text, body):
    got = af_records(language, text)
    assert [(r.get("claimant") or r.get("denier")).get("actor") for r in got if r["type"] in ("claim", "denial")] == [
        body
    ]
    assert [r["id"] for r in got if r["type"] in ("actor", "group")] == [body]


def test_a_persons_office_after_lil_stays_the_office():
    got = af_records("ar", "وقال المكتب الإعلامي للرئيس الكسلي إن القوات سيطرت على المدينة.")
    assert not any(r["id"].startswith("alryys") for r in got if r["type"] in ("actor", "group"))


# --- 9. an occupation before a person's name -----------------------------------------------------------------------

OCCUPATIONS = [
    ("وقال المحامي سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وأكد المحامي ليث حمدان أن القوات انسحبت من المدينة.", "ليث حمدان"),
    ("فقالت المحامية ليلى سمير إن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("وقال الناشط سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("ونفت الناشطة ليلى سمير أن تكون القوات قد انسحبت.", "ليلى سمير"),
    ("وقال الطبيب سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وقالت الصحفية ليلى سمير إن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("وقال الصحفي سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وقال المهندس سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وقال المحامي الكسلي سامي حمدان إن القوات انسحبت من المدينة.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), OCCUPATIONS)
def test_an_occupation_before_a_name_is_the_persons(text, speaker):
    assert [s for _, s in af_units("ar", text)] == [speaker]


def test_a_press_office_is_still_a_body_office():
    got = af_records("ar", "وقال المكتب الصحفي لكتائب كيسل إن القوات انسحبت من المدينة.")
    assert [r["id"] for r in got if r["type"] in ("actor", "group")] == ["ktayb-kysl"]


# --- 11. a party not on file is a party ------------------------------------------------------------------------------

PARTIES = [
    ("ar", "وقال الحزب الديمقراطي الكسلي إن قواته انسحبت من المدينة.", "alhzb-aldymqraty-alksly"),
    ("ar", "وقال حزب كيسل إن قواته انسحبت من المدينة.", "hzb-kysl"),
    ("fa", "حزب دموکرات کسلیا اعلام کرد که انتخابات را تحریم می\u200cکند.", "hzb-dmwkrat-kslya"),
    ("fa", "حزب کسل اعلام کرد نیروهایش شهر را ترک کردند.", "hzb-ksl"),
]


@pytest.mark.parametrize(("language", "text", "party"), PARTIES)
def test_a_party_is_drafted_as_a_party(language, text, party):
    kinds = {r["id"]: r.get("kind") for r in af_records(language, text) if r["type"] in ("actor", "group")}
    assert kinds == {party: "party"}


def test_a_brigade_is_still_an_armed_group():
    got = af_records("ar", "وقالت كتائب كيسل إن قواتها انسحبت من المدينة.")
    kinds = {r["id"]: r.get("kind") for r in got if r["type"] in ("actor", "group")}
    assert kinds == {"ktayb-kysl": "armed-group"}


# --- 4. a state's name and adjective in Arabic and Persian, however written -----------------------------------------

STATE_WORDS = [
    ("مصر", "eg"),
    ("ومصر", "eg"),
    ("الأمريكية", "us"),
    ("أمريكا", "us"),
    ("ألمانيا", "de"),
    ("المانيا", "de"),
    ("فرنسي", "fr"),
    ("فرنسية", "fr"),
    ("إسرائيل", "il"),
    ("اسرائيل", "il"),
    ("الإسرائيلية", "il"),
    ("إسرائيلي", "il"),
    ("اسرائیلی", "il"),
    ("آمریکایی", "us"),
    ("امریکا", "us"),
    ("فرانسوی", "fr"),
    ("ایتالیایی", "it"),
    ("تركي", "tr"),
]


@pytest.mark.parametrize(("word", "code"), STATE_WORDS)
def test_a_states_name_or_adjective_names_it(word, code):
    assert states_named(f"قال المسؤول {word} كلاما") == {code}


COMMON_WORDS = ["عالمي", "الدولية", "العربية", "الإسلامية", "سياسي", "المالية", "الوطني", "ملی", "نظامی", "امنیتی"]


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_a_common_adjective_names_no_state(word):
    assert states_named(word) == set()


DENIED_BY_PARLIAMENT = "ونفى مجلس النواب الأنباء عن انسحاب القوات."
ANOTHER_STATE_AR = [
    "وقال وزير الخارجية المصري إن الرواتب ستصرف.",
    "وقالت الحكومة في مصر إن الرواتب ستصرف.",
    "وقالت وزارة الخارجية الفرنسية إن الرواتب ستصرف.",
    "وقال مسؤول في ألمانيا إن الرواتب ستصرف.",
]


@pytest.mark.parametrize("before", ANOTHER_STATE_AR)
def test_a_generic_body_on_file_is_not_linked_in_an_article_about_another_state(before):
    got = claimants("ar", LEAD_AR, before, DENIED_BY_PARLIAMENT, index=project_index())
    paragraphs = read(ArchivedText("\n\n".join(("Title", LEAD_AR, before, DENIED_BY_PARLIAMENT)) + "\n"))
    named = {n.id: n.why for n in named_on_file(paragraphs, project_index(), {1})}
    assert ("denial", "iraqi-parliament") not in got, got
    assert named.get("iraqi-parliament", "proposed") != "", named


# --- 7. what came in a letter or a statement issued by X: X's words -------------------------------------------------

ISSUED_BY_X = [
    ("وجاء في رسالة صادرة عن كتائب كيسل أن قواتها انسحبت من المدينة.", "كتائب كيسل"),
    ("وجاء في رسالة صادرة عن الحكومة الكسلية أن القوات انسحبت من المدينة.", "الحكومة الكسلية"),
    ("وجاء في بيان صادر عن كتائب كيسل أن قواتها انسحبت من المدينة.", "كتائب كيسل"),
    ("وجاء في الرسالة الصادرة عن كتائب كيسل أن قواتها انسحبت من المدينة.", "كتائب كيسل"),
    ("ورد في رسالة صادرة عن لواء كيسل أن قواته انسحبت من المدينة.", "لواء كيسل"),
    ("وجاء في رسالة لكتائب كيسل أن قواتها انسحبت من المدينة.", "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "speaker"), ISSUED_BY_X)
def test_a_letter_issued_by_x_is_xs(text, speaker):
    assert af_units("ar", text) == [("reported", speaker)]


THE_LETTER_AFTER = [
    ("وأصدرت كتائب كيسل رسالة إلى سكان المدينة.", "وجاء في الرسالة أن قواتها انسحبت من المدينة.", "كتائب كيسل"),
    ("ووجه سامي حمدان رسالة إلى سكان المدينة.", "وجاء في الرسالة أن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("ووجه سامي حمدان رسالة إلى سكان المدينة.", "وجاء في رسالته أن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("ووجهت ليلى سمير رسالة إلى سكان المدينة.", "وجاء في رسالتها أن القوات انسحبت من المدينة.", "ليلى سمير"),
]


@pytest.mark.parametrize(("first", "then", "writer"), THE_LETTER_AFTER)
def test_what_came_in_the_letter_is_its_writers(first, then, writer):
    got = af_units("ar", first, then)
    assert got and {s for _, s in got} == {writer}, got


# --- 2. a side that says it holds no such weapons, or calls the charge part of the propaganda, denies ---------------

NOT_HELD = [
    ("ar", "وقالت كسليا إنها لا تملك أسلحة كيميائية.", "كسليا"),
    ("ar", "وأكدت الحكومة الكسلية أنها لا تمتلك أي أسلحة كيميائية.", "الحكومة الكسلية"),
    ("ar", "وقال سامي حمدان: «نحن لا نملك أسلحة كيميائية».", "سامي حمدان"),
    ("ar", "وقالت كتائب كيسل إن هذه الاتهامات جزء من الدعاية ضدها.", "كتائب كيسل"),
    ("ar", "واعتبر سامي حمدان أن التقارير جزء من الدعاية الكسلية.", "سامي حمدان"),
    ("fa", "دولت کسلیا می\u200cگوید سلاح شیمیایی در اختیار ندارد.", "دولت کسلیا"),
    ("fa", "رامین دلاوری گفت کسلیا هیچ سلاح شیمیایی ندارد.", "رامین دلاوری"),
    ("fa", "رامین دلاوری گفت: «ما سلاح شیمیایی نداریم.»", "رامین دلاوری"),
    ("fa", "تیپ کسل این گزارش\u200cها را بخشی از تبلیغات دشمن خواند.", "تیپ کسل"),
    ("fa", "رامین دلاوری گفت این اتهامات بخشی از تبلیغات علیه کسلیا است.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("language", "text", "denier"), NOT_HELD)
def test_holding_no_such_weapons_or_calling_it_propaganda_is_a_denial(language, text, denier):
    assert af_units(language, text) == [("denial", denier)]


WANTING = [
    ("ar", "وقال سامي حمدان إن الجيش لا يملك أسلحة كافية."),
    ("ar", "وقال سامي حمدان إن الجيش لم يعد يملك أسلحة كافية."),
    ("fa", "رامین دلاوری گفت ارتش سلاح کافی ندارد."),
]


@pytest.mark.parametrize(("language", "text"), WANTING)
def test_not_having_enough_weapons_is_no_denial(language, text):
    assert [k for k, _ in af_units(language, text)] == ["reported"]


# --- 5. 'عن' as 'from' or governed by a verb is no 'about' in the campaign against one's own side -------------------

CAMPAIGN_ABOUT_OWN = [
    ("وقالت كتائب كيسل إن ما ينشر عن قواتها حملة تضليل ضد الشعب.", "كتائب كيسل"),
    ("وقالت كتائب كيسل إن الأنباء عن الكتائب حملة تضليل ضد الشعب.", "كتائب كيسل"),
    ("وقالت كتائب كيسل إن ما ينشر حول قواتها حملة تضليل ضد الشعب.", "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "denier"), CAMPAIGN_ABOUT_OWN)
def test_a_campaign_about_ones_own_side_is_denied(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


AN_NOT_ABOUT = [
    "وقالت كتائب كيسل إنها تدافع عن قواتها في وجه حملة تضليل ضد الشعب.",
    "وقالت كتائب كيسل إن الحكومة عاجزة عن حماية قواتها وتشن حملة تضليل ضد الشعب.",
    "وقالت كتائب كيسل إن ما يصدر عن قواتها الحكومية حملة تضليل ضد الشعب.",
    "وقال سامي حمدان إن الحكومة تخلت عن قواتها وتشن حملة تضليل ضد الشعب.",
]


@pytest.mark.parametrize("text", AN_NOT_ABOUT)
def test_an_governed_or_from_is_no_about(text):
    assert [k for k, _ in af_units("ar", text)] == ["reported"]


# --- 11. a Kurdish letter in a name keeps its place in the slug ------------------------------------------------------

KURDISH_SPELT = [
    ("تیپ کەسل اعلام کرد نیروهایش شهر را ترک کردند.", "typ-khsl"),
    ("رامین دلاوەری گفت نیروها شهر را ترک کردند.", "ramyn-dlawhry"),
    ("تیپ کۆسل اعلام کرد نیروهایش شهر را ترک کردند.", "typ-kwsl"),
]


@pytest.mark.parametrize(("text", "slug"), KURDISH_SPELT)
def test_a_kurdish_letter_is_slugged_as_its_persian_letter(text, slug):
    assert slug in {r["id"] for r in af_records("fa", text) if r["type"] in ("actor", "group")}
