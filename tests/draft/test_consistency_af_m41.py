"""Arabic and Persian, round 41 of issue 17: shapes left known at the end of round 40, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file, letter forms). Made-up names only (Sami Hamdan, Laila Samir, Ramin Delavari, Dara Vani, Kessel Brigades, the
state of Kesslia, the city of Astra), apart from the bodies and states on file, whose records the index reads.
"""

from __future__ import annotations

import pytest

from generator.draft.names import given_or_family_name, reading_language, states_named
from tests.draft.conftest import LEAD_AR, LEAD_FA, af_records, af_units, claimants, index_if, project_index, said

# --- 1. 'we did not' in a later sentence or clause of a longer quotation: the speaker's denial ----------------------

WE_DID_NOT_LATER = [
    ('وقال سامي حمدان إن "الكتائب تدين الهجوم، لم نشارك فيه أبدا".', "سامي حمدان"),
    ('وقالت ليلى سمير: "الهجوم جريمة. ما قمنا بأي عملية في المدينة."', "ليلى سمير"),
    ('وقال المتحدث باسم كتائب كسل سامي حمدان: "الهجوم جبان. لم نقم به."', "سامي حمدان"),
    ('فقال سامي حمدان: "الهجوم جبان. لم نشارك في أي هجوم."', "سامي حمدان"),
    ('وقالت كتائب كسل في بيان: "نحن نحترم أهل المدينة. ولم نشارك في القصف."', "كتائب كسل"),
    ('وأضافت ليلى سمير: "نحن مع التهدئة؛ فلم نطلق أي صاروخ على أسترا."', "ليلى سمير"),
    ('وقال سامي حمدان: "نحن ندين هذا الهجوم. لم نقم به ولا علاقة لنا به."', "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), WE_DID_NOT_LATER)
@pytest.mark.parametrize("on_file", [False, True])
def test_we_did_not_in_a_later_sentence_of_the_quotation_is_the_speakers_denial(text, speaker, on_file):
    assert af_units("ar", text, on_file=on_file) == [("denial", speaker)]


NOT_WE_DID_NOT = [
    'وقال سامي حمدان: "ندين الهجوم. ما زلنا في مواقعنا."',
    'وقال سامي حمدان: "ما قمنا به هو الدفاع عن المدينة."',
    'وقالت ليلى سمير: "نرحب بالهدنة. ما حققناه هو نصر للمدينة."',
    'وقال سامي حمدان: "ندين الهجوم. لم يقم الجيش بواجبه."',
]


@pytest.mark.parametrize("text", NOT_WE_DID_NOT)
def test_still_what_we_did_and_another_did_not_are_no_denial(text):
    assert [k for k, _ in af_units("ar", text)] == ["quote"]


# --- 2. quotation marks all typed '”', one quotation nesting a name in marks; speech set in '((' ... '))' -----------


CURLY_NESTED = [
    ("وقال سامي حمدان إن ”الهجوم على مقر ”كتائب كسل” كان جبانا ولن يمر”.", "سامي حمدان"),
    ("وقالت ليلى سمير: ”نحن ندعم ”المبادرة الوطنية” بالكامل”، مضيفة أن الحوار مستمر.", "ليلى سمير"),
    ("فقال المتحدث باسم وزارة الداخلية سامي حمدان: ”إن عناصر ”كتائب كسل” غادروا المدينة”.", "سامي حمدان"),
    ("وأضافت ليلى سمير أن ”حكومة ”كسليا” لن تقبل بأي تدخل في شؤون المدينة”.", "ليلى سمير"),
]


@pytest.mark.parametrize(("text", "speaker"), CURLY_NESTED)
def test_marks_all_typed_closing_nest_a_name_inside_the_quotation(text, speaker):
    out = said("ar", LEAD_AR, text)
    assert [(k, s) for k, s, _ in out] == [("quote", speaker)]
    inner = text.split("”")
    assert out[0][2] == "”".join(inner[1:4])  # (the quotation whole, the name's marks inside it)


DOUBLED_BRACKETS = [
    ("وقال سامي حمدان ((إن الهجوم كان جبانا ولن يمر)).", "سامي حمدان", "إن الهجوم كان جبانا ولن يمر"),
    (
        "وقالت ليلى سمير: ((نحن ندعم المبادرة الوطنية بالكامل))، مضيفة أن الحوار مستمر.",
        "ليلى سمير",
        "نحن ندعم المبادرة الوطنية بالكامل",
    ),
    ("وقال سامي حمدان (( إن الهجوم كان جبانا ولن يمر )).", "سامي حمدان", "إن الهجوم كان جبانا ولن يمر"),
    (
        "وأضاف وزير الداخلية سامي حمدان: ((لن نسمح بعودة الفوضى إلى أسترا)).",
        "سامي حمدان",
        "لن نسمح بعودة الفوضى إلى أسترا",
    ),
    ("فقالت كتائب كسل في بيانها ((إن المدينة ستبقى آمنة)) وإن الحوار مستمر.", "كتائب كسل", "إن المدينة ستبقى آمنة"),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), DOUBLED_BRACKETS)
@pytest.mark.parametrize("on_file", [False, True])
def test_speech_set_in_doubled_brackets_is_a_quotation(text, speaker, quote, on_file):
    out = said("ar", LEAD_AR, text, index=index_if(on_file))
    assert [(k, s, w) for k, s, w in out] == [("quote", speaker, quote)]


NOT_DOUBLED_BRACKETS = [
    "وقال سامي حمدان إن الحوار ((مستمر)) رغم كل شيء.",  # (one word: no speech)
    "وقال سامي حمدان إن الحوار مستمر ((رغم كل شيء.",  # (never closed)
]


@pytest.mark.parametrize("text", NOT_DOUBLED_BRACKETS)
def test_doubled_brackets_around_a_word_or_left_open_are_no_marks(text):
    assert [k for k, _, _ in said("ar", LEAD_AR, text)] == ["reported"]


def test_doubled_brackets_in_persian_copy_are_left_as_they_were():
    # (Persian copy sets a name in them too, '((شاهزاده X))', and its speech after 'اظهار می کند که ((...' is not read
    # as a quotation yet: the brackets stay brackets there)
    text = "رامین دلاوری گفت که ((نیروها باید از شهر بروند)) و دارا وانی آن را رد کرد."
    assert all(q != "نیروها باید از شهر بروند" for _, _, q in said("fa", LEAD_FA, text))


# --- 3. two names no record holds after a verb whose object is a person: the subject is the first name only -------

TWO_NAMES = [
    ("واتهم لؤي كسيلي داني فين بالوقوف وراء الهجوم، وقال إن الحوار مستمر.", "لؤي كسيلي"),
    ("واتهم سامي حمدان رامي فارس بالكذب، وقال إن الهجوم مدبر.", "سامي حمدان"),
    ("واتهمت ليلى سمير داني فين بالكذب، وقالت إن الهجوم مدبر.", "ليلى سمير"),
    ("فاتهم لؤي كسيلي داني فين بدعم المسلحين، وأكد أن الحوار مستمر.", "لؤي كسيلي"),
    ("وانتقد لؤي كسيلي داني فين بشدة، وقال إن الهجوم مدبر.", "لؤي كسيلي"),
    ("واتهم سامي الكسيلي رامي الفارس بالكذب، وقال إن الهجوم مدبر.", "سامي الكسيلي"),
]


@pytest.mark.parametrize(("text", "speaker"), TWO_NAMES)
@pytest.mark.parametrize("on_file", [False, True])
def test_the_first_of_two_names_after_a_verb_with_a_person_as_object_is_the_speaker(text, speaker, on_file):
    assert af_units("ar", text, on_file=on_file) == [("reported", speaker)]


MET_THEN_SAID = [
    ("والتقى لؤي كسيلي داني فين في أسترا. وقال كسيلي إن الحوار مستمر.", "لؤي كسيلي"),
    ("والتقت ليلى سمير رامي فارس في أسترا. وقالت سمير إن الحوار مستمر.", "ليلى سمير"),
    ("واستقبل سامي حمدان داني فين في مكتبه. وأكد حمدان أن الحوار مستمر.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), MET_THEN_SAID)
def test_one_met_or_received_is_no_part_of_the_name_a_surname_later_takes_up(text, speaker):
    actors = [r["name"] for r in af_records("ar", text) if r["type"] == "actor"]
    assert actors == [speaker]


def test_a_name_of_four_words_ending_in_a_surname_stays_whole():
    text = "واتهم محمد علي حسن الخزاعي الحكومة بالكذب، وقال إن الهجوم مدبر."
    assert af_units("ar", text) == [("reported", "محمد علي حسن الخزاعي")]


# --- 4. states: 'أميركا' and its adjective with the yeh after the mim; 'مصر' alone; a body 'في' its state ----------


@pytest.mark.parametrize("word", ["الأميركية", "أميركا", "الأميركي", "وأميركا", "الأمريكية", "مصر", "لمصر"])
def test_a_states_name_however_spelt_names_it(word):
    assert states_named(f"قال المسؤول في {word} كلاما") == {"eg" if "مصر" in word else "us"}


DENIED_BY_PARLIAMENT = "ونفى مجلس النواب الأنباء عن انسحاب القوات."
US_BODIES = [
    "ونفت وزارة الخارجية الأميركية الأنباء عن انسحاب القوات.",
    "وقال وزير الخارجية الأميركي إن الرواتب ستصرف.",
    "وقالت السفارة الأميركية في أسترا إن الرواتب ستصرف.",
]


@pytest.mark.parametrize("before", US_BODIES)
def test_a_generic_body_on_file_is_not_linked_after_the_american_one(before):
    got = claimants("ar", LEAD_AR, before, DENIED_BY_PARLIAMENT, index=project_index())
    assert ("denial", "iraqi-parliament") not in got, got


BODY_IN_STATE = [
    ("ونفت وزارة الخارجية في مصر الأنباء عن انسحاب القوات.", "وزارة الخارجية في مصر"),
    ("وقال المتحدث باسم وزارة الخارجية في مصر إن الأنباء كاذبة.", "المتحدث باسم وزارة الخارجية في مصر"),
    ("ونفت وزارة الدفاع في العراق الأنباء عن انسحاب القوات.", "وزارة الدفاع في العراق"),
    ("فنفت الحكومة في كسليا الأنباء عن انسحاب القوات.", "الحكومة"),  # (no state the data knows: where it sits)
    ("ونفت وزارة الخارجية في مصر، في بيان، الأنباء عن انسحاب القوات.", "وزارة الخارجية في مصر"),
]


@pytest.mark.parametrize(("text", "denier"), BODY_IN_STATE)
def test_the_state_a_body_is_in_stays_in_the_deniers_name(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


# --- 5. a name typed in the other script's letters, or in presentation forms, is known as a name ---------------------

OTHER_LETTERS_AR = [
    ("وزار سامی حمدان مدينة أسترا. ونفى الأنباء عن انسحاب القوات.", "سامی حمدان"),
    ("وزارت لیلى سمير مدينة أسترا. ونفت الأنباء عن انسحاب القوات.", "لیلى سمير"),
    ("وتحدث رامی فارس عن الوضع في أسترا. ونفى الأنباء عن انسحاب القوات.", "رامی فارس"),
    ("وزار كاظمی حمدان مدينة أسترا. ونفى الأنباء عن انسحاب القوات.", "كاظمی حمدان"),
    ("وزار ﺳﺎﻣﻲ حمدان مدينة أسترا. ونفى الأنباء عن انسحاب القوات.", "ﺳﺎﻣﻲ حمدان"),
]


@pytest.mark.parametrize(("text", "denier"), OTHER_LETTERS_AR)
def test_a_name_in_the_other_scripts_letters_is_a_name_in_arabic(text, denier):
    assert af_units("ar", text) == [("denial", denier)]


OTHER_LETTERS_FA = [
    ("رامي دلاوري روز شنبه از شهر آسترا دیدن کرد. وی این خبر را تکذیب کرد.", "رامي دلاوري"),
    ("علي وانی روز شنبه از شهر آسترا دیدن کرد. وی این خبر را تکذیب کرد.", "علي وانی"),
]


@pytest.mark.parametrize(("text", "denier"), OTHER_LETTERS_FA)
def test_a_name_in_the_other_scripts_letters_is_a_name_in_persian(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


@pytest.mark.parametrize("word", ["یکی", "نظامی", "حکم", "شکر"])
def test_a_persian_word_is_no_name_for_being_one_in_arabic_letters(word):
    with reading_language("fa"):
        assert not given_or_family_name(word)


@pytest.mark.parametrize("word", ["سامی", "رامی", "كاظمی", "ﺳﺎﻣﻲ"])
def test_an_arabic_name_in_persian_letters_is_a_name_in_arabic_text(word):
    with reading_language("ar"):
        assert given_or_family_name(word)


# --- 7. Persian: 'last week' after a name; the grand ayatollah's title joined whole; 'و افزود' after a 'که' clause ---

TIME_AFTER_NAME_FA = [
    ("رامین دلاوری هفته گذشته گفت نیروها عقب\u200cنشینی کرده\u200cاند.", "رامین دلاوری"),
    ("سخنگوی تیپ کسل ماه گذشته اعلام کرد که نیروها عقب\u200cنشینی کرده\u200cاند.", "سخنگوی تیپ کسل"),
    ("دارا وانی هفته ی گذشته گفت نیروها عقب\u200cنشینی کرده\u200cاند.", "دارا وانی"),
    ("دارا وانی سال گذشته گفته بود که نیروها عقب\u200cنشینی کرده\u200cاند.", "دارا وانی"),
    ("رامین دلاوری چندی پیش گفت نیروها عقب\u200cنشینی کرده\u200cاند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "speaker"), TIME_AFTER_NAME_FA)
def test_a_span_of_time_after_the_name_is_no_part_of_it(text, speaker):
    assert af_units("fa", text) == [("reported", speaker)]


GRAND_AYATOLLAH_JOINED = [
    ("آیت\u200cالله\u200cالعظمی دارا وانی گفت نیروها باید عقب نشینی کنند.", "دارا وانی"),
    ("آیت\u200cالله\u200cالعظمی رامین دلاوری در پیامی گفت نیروها باید عقب نشینی کنند.", "رامین دلاوری"),
    ("آیتاللهالعظمی دارا وانی تاکید کرد که نیروها باید عقب نشینی کنند.", "دارا وانی"),
]


@pytest.mark.parametrize(("text", "speaker"), GRAND_AYATOLLAH_JOINED)
def test_the_grand_ayatollahs_title_joined_whole_is_no_word_of_his_name(text, speaker):
    assert af_units("fa", text) == [("reported", speaker)]


ADDED_AFTER_THAT_CLAUSE = [
    "رامین دلاوری تأکید کرد که دارا وانی از شهر رفته است و افزود: «نیروها باید بروند.»",
    "رامین دلاوری تاکید کرد که تیپ کسل شهر را ترک کرده و افزود: نیروها باید بروند.",
    "رامین دلاوری گفت که دارا وانی استعفا داده است و افزود: «شهر آرام است.»",
]


@pytest.mark.parametrize("text", ADDED_AFTER_THAT_CLAUSE)
def test_the_words_after_and_added_are_the_first_speakers(text):
    assert [s for _, s in af_units("fa", text)] == ["رامین دلاوری"]


def test_one_named_before_and_added_says_his_own_words():
    text = "رامین دلاوری گفت که دارا وانی از شهر رفته است و دارا وانی افزود: «نیروها باید بروند.»"
    assert [s for _, s in af_units("fa", text)][-1] == "دارا وانی"
