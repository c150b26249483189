"""Arabic and Persian, round 41 of issue 17: a review of round 40's Arabic and Persian rules, each defect found in
made-up variants (letter forms, hamza, the accusative, the plural, a proclitic 'و' or 'ف', the non-joiner typed or
not, a word folding writes alike, where a rule fires and should not), with guards that the rule still reads what it
read. Made-up names only (Sami Hamdan, Laila Samir, Ramin Delavari, Dara Vani, Kessel Brigade, the state of Kesslia,
the city of Astra).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import LEAD_FA, af_units, built, no_zwnj, other_letters

# --- 1. Arabic: a side that holds no such weapons, the weapon in the accusative, 'أية', 'ولا' ------------------------

NOT_HELD_AR = [
    ("وقالت الحكومة الكسلية إنها لا تملك سلاحا كيميائيا.", "الحكومة الكسلية"),
    ("وقال سامي حمدان إن كسليا لا تمتلك سلاحاً نووياً.", "سامي حمدان"),
    ("وأكدت كتائب كيسل أنها لا تملك أية أسلحة كيميائية.", "كتائب كيسل"),
    ("وقالت كتائب كيسل إن قواتها تحترم القانون ولا تملك أسلحة كيميائية.", "كتائب كيسل"),
    ("وقال سامي حمدان: «نحن نحترم القانون ولا نملك أي سلاح نووي».", "سامي حمدان"),
    ("وقالت ليلى سمير إن الحكومة لا تحوز أيّة أسلحة كيميائية.", "ليلى سمير"),
]

NOT_HELD_PLURAL_AR = [
    ("وقال سامي حمدان إن مقاتلي الكتائب لا يملكون أسلحة كيميائية.", "سامي حمدان"),
    ("وقالت كتائب كيسل إن عناصرها لا يمتلكون أي سلاح كيميائي.", "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "denier"), NOT_HELD_PLURAL_AR)
def test_holding_no_such_weapons_said_in_the_plural_is_a_denial_ar(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


@pytest.mark.parametrize(("text", "denier"), NOT_HELD_AR)
def test_holding_no_such_weapons_in_any_form_is_a_denial_ar(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


WANTING_AR = [
    "وقال سامي حمدان إن الجيش لا يملك سلاحا كافيا.",
    "وقال سامي حمدان إن الجيش يقاتل ولا يملك أسلحة كافية.",
    "وقال سامي حمدان إن الجنود لا يملكون أسلحة كافية.",
]


@pytest.mark.parametrize("text", WANTING_AR)
def test_not_having_enough_weapons_is_still_no_denial_ar(text):
    assert [k for k, _ in af_units("ar", text)] == ["reported"]


# --- 2. Arabic: part of the propaganda, 'جزء' in the accusative ('جزءا من') ------------------------------------------

PART_OF_PROPAGANDA_AR = [
    ("واعتبرت كتائب كيسل الاتهامات جزءا من الدعاية ضدها.", "كتائب كيسل"),
    ("واعتبر سامي حمدان التقارير جزءاً من الحرب النفسية على كسليا.", "سامي حمدان"),
    ("وعدت ليلى سمير هذه الأنباء جزءا من الدعاية الكسلية.", "ليلى سمير"),
]


@pytest.mark.parametrize(("text", "denier"), PART_OF_PROPAGANDA_AR)
def test_part_of_the_propaganda_in_the_accusative_is_a_denial(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


# --- 3. Persian: weapons held in the plural with the non-joiner; the use of weapons is not what is held -------------

NOT_HELD_FA = [
    ("دولت کسلیا می\u200cگوید سلاح\u200cهای شیمیایی در اختیار ندارد.", "دولت کسلیا"),
    ("رامین دلاوری گفت: «ما سلاح\u200cهای شیمیایی نداریم.»", "رامین دلاوری"),
    ("رامین دلاوری گفت کسلیا هیچ سلاح\u200cهای کشتار جمعی ندارد.", "رامین دلاوری"),
    ("تیپ کسل اعلام کرد سلاح\u200cها شیمیایی در اختیار ندارد.", "تیپ کسل"),
    ("رامین دلاوری گفت کسلیا هیچ سلاحی در اختیار ندارد.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "denier"), NOT_HELD_FA)
def test_holding_no_weapons_in_the_plural_is_a_denial_fa(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


USE_OF_WEAPONS_FA = [
    "رامین دلاوری گفت استفاده از سلاح شیمیایی توجیهی ندارد.",
    "رامین دلاوری گفت استفاده از سلاح\u200cهای شیمیایی جایگاهی ندارد.",
    "تیپ کسل اعلام کرد استفاده از سلاح\u200cهای شیمیایی مشروعیت ندارد.",
]


@pytest.mark.parametrize("text", USE_OF_WEAPONS_FA)
def test_the_use_of_weapons_having_no_justification_is_no_denial(text):
    assert [k for k, _ in af_units("fa", text)] == ["reported"]


# --- 4. Arabic: 'عن' governed by the word before it, after 'بغض النظر' or with 'ف' on the verb, is no 'about' --------

AN_NOT_ABOUT = [
    "وقالت كتائب كيسل إن الحكومة، بغض النظر عن قواتها، تشن حملة تضليل ضد الشعب.",
    "وقالت كتائب كيسل إن الحكومة هربت فتخلت عن قواتها وتشن حملة تضليل ضد الشعب.",
    "وقال سامي حمدان إن الحكومة عجزت فتخلت عن قواتها وتشن حملة تضليل ضد الشعب.",
]


@pytest.mark.parametrize("text", AN_NOT_ABOUT)
def test_an_governed_after_regardless_or_fa_is_no_about(text):
    assert [k for k, _ in af_units("ar", text)] == ["reported"]


def test_a_campaign_about_ones_own_side_is_still_denied():
    got = af_units("ar", "وقالت كتائب كيسل إن ما ينشر عن قواتها حملة تضليل ضد الشعب.")
    assert got == [("denial", "كتائب كيسل")]


# --- 5. Persian: a negated verb before 'و' ends its clause as the plain one does -------------------------------------

NEGATED_THEN_AND = [
    "تیپ کسل ویدئویی از حمله منتشر نکرد و دولت کسلیا آن را تکذیب کرد.",
    "تیپ کسل ویدئویی از حمله منتشر نمی\u200cکند و دولت کسلیا آن را تکذیب کرد.",
    "گروه کسل مسئولیت حمله را بر عهده نمی\u200cگیرد و دولت کسلیا آن را رد کرد.",
    "گروه کسل مسئولیت حمله را بر عهده نمی گیرد و دولت کسلیا آن را رد کرد.",
    "گروه کسل مسئولیت حمله را بر عهده نگرفت و دولت کسلیا آن را رد کرد.",
]


@pytest.mark.parametrize("text", NEGATED_THEN_AND)
@pytest.mark.parametrize("form", [str, no_zwnj, other_letters])
def test_a_negated_verb_before_and_ends_the_clause_and_the_denier_is_after_it(text, form):
    assert af_units("fa", form(text)) == [("denial", form("دولت کسلیا"))]


def test_two_deniers_after_a_negated_present_both_deny():
    text = "گروه کسل این اتهام را تکرار نمی\u200cکند و دولت کسلیا و تیپ کسل آن را رد می\u200cکنند."
    assert af_units("fa", text) == [("denial", "دولت کسلیا"), ("denial", "تیپ کسل")]


# --- 6. Arabic: what came in his or her letter after 'ورد' as after 'جاء' ---------------------------------------------

LETTER_AFTER = [
    ("ووجه سامي حمدان رسالة إلى سكان المدينة.", "وورد في رسالته أن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("ووجهت ليلى سمير رسالة إلى سكان المدينة.", "وورد في رسالتها أن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("ووجهت ليلى سمير رسالة إلى سكان المدينة.", "كما ورد في رسالتها أن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("ووجهت ليلى سمير رسالة إلى سكان المدينة.", "وورد في الرسالة أن القوات انسحبت من المدينة.", "ليلى سمير"),
]


@pytest.mark.parametrize(("first", "then", "writer"), LETTER_AFTER)
def test_what_came_in_his_or_her_letter_after_warada_is_the_writers(first, then, writer):
    got = af_units("ar", first, then)
    assert got and {s for _, s in got} == {writer}, got


# --- 7. Persian: a title with all its words joined ('آیت‌الله‌العظمی'), or with the hamza ('صدر أعظم') ----------------

TITLE_FORMS = [
    ("آیت\u200cالله\u200cالعظمی رامین دلاوری گفت نیروها باید عقب نشینی کنند.", "رامین دلاوری"),
    ("آیت\u200cالله\u200cالعظمی دارا وانی در پیامی گفت نیروها باید عقب نشینی کنند.", "دارا وانی"),
    ("صدر أعظم رامین دلاوری گفت نیروها باید عقب نشینی کنند.", "رامین دلاوری"),
    ("صدر أعظم دارا وانی در سخنانی گفت نیروها باید عقب نشینی کنند.", "دارا وانی"),
    ("صدر اعظم دارا وانی در سخنانی گفت نیروها باید عقب نشینی کنند.", "دارا وانی"),
]


@pytest.mark.parametrize(("text", "speaker"), TITLE_FORMS)
@pytest.mark.parametrize("form", [str, no_zwnj, other_letters])
def test_a_title_however_joined_or_spelt_is_no_word_of_the_name(text, speaker, form):
    assert af_units("fa", form(text)) == [("reported", form(speaker))]


# --- 8. Persian: 'پارت', listed as a party's word, is a body's head word as 'حزب' is ---------------------------------

PARTY_PART = [
    ("پارت دموکرات کسلیا این گزارش را تکذیب کرد.", "part-dmwkrat-kslya"),
    ("پارت کسل اعلام کرد نیروهایش شهر را ترک کردند.", "part-ksl"),
    ("«پارت دموکرات کسلیا» اعلام کرد نیروهایش شهر را ترک کردند.", "part-dmwkrat-kslya"),
]


@pytest.mark.parametrize(("text", "party"), PARTY_PART)
def test_a_party_written_part_is_drafted_as_a_party(text, party):
    kinds = {r["id"]: r.get("kind") for r in built("fa", LEAD_FA, text) if r["type"] in ("actor", "group")}
    assert kinds == {party: "party"}


def test_the_spokesman_of_a_party_written_part_is_no_person_named_so():
    text = "سخنگوی پارت دموکرات کسلیا اعلام کرد نیروهایش شهر را ترک کردند."
    people = [r["id"] for r in built("fa", LEAD_FA, text) if r["type"] == "actor" and r.get("kind") == "person"]
    assert people == []
    assert af_units("fa", text) == [("reported", "سخنگوی پارت دموکرات کسلیا")]


# --- 9. Arabic: 'دورة' (a session) is no 'دوره' (his role), which folding writes alike --------------------------------

SESSION_IN_SUBJECT = [
    ("ونفت لجنة دورة الألعاب الكسلية الأنباء عن إلغاء المباريات.", "denial", "لجنة دورة الألعاب الكسلية"),
    ("ونفى رئيس دورة الألعاب الكسلية الأنباء عن إلغاء المباريات.", "denial", "رئيس دورة الألعاب الكسلية"),
    ("وقال مدير دورة الألعاب الكسلية سامي حمدان إن المباريات لن تلغى.", "reported", "سامي حمدان"),
    ("ونفى سامي حمدان دوره في الهجوم على المدينة.", "denial", "سامي حمدان"),
    ("ونفت كتائب كيسل دورها في الهجوم على المدينة.", "denial", "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), SESSION_IN_SUBJECT)
def test_a_session_in_the_subject_is_no_role_denied(text, kind, speaker):
    assert af_units("ar", text) == [(kind, speaker)]


# --- 10. Arabic: their responsibility with the hamza on its seat of yeh ('مسئوليتهم'), as 'مسؤوليتهم' ----------------

THEIR_RESPONSIBILITY = [
    ("ونفى سامي حمدان مسئوليتهم عن الهجوم على المدينة.", "سامي حمدان"),
    ("ونفت ليلى سمير مسئوليتهم عن الهجوم على المدينة.", "ليلى سمير"),
    ("ونفى سامي حمدان مسؤوليتهم عن الهجوم على المدينة.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "denier"), THEIR_RESPONSIBILITY)
def test_their_responsibility_however_the_hamza_is_written_is_no_word_of_the_name(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


# --- 11. Arabic: the present of announcing says nothing where its 'أن' follows 'فبعد' or 'دون' -----------------------

NO_SPEECH_AFTER = [
    "تعلن كتائب كيسل عن انسحاب قواتها من المدينة فبعد أن تعرضت لقصف عنيف.",
    "تعلن كتائب كيسل عن انسحاب قواتها من المدينة دون أن تحدد موعدا لذلك.",
    "يعلن سامي حمدان عن انسحاب القوات من المدينة بدون أن يحدد موعدا لذلك.",
    "يعلن سامي حمدان عن انسحاب القوات من المدينة وإلى أن يعود الهدوء.",
]


@pytest.mark.parametrize("text", NO_SPEECH_AFTER)
def test_announcing_says_nothing_where_its_an_follows_a_preposition(text):
    assert af_units("ar", text) == []


def test_announcing_that_still_says():
    assert af_units("ar", "تعلن كتائب كيسل أن قواتها انسحبت من المدينة.") == [("reported", "كتائب كيسل")]
