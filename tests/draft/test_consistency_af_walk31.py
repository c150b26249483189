"""Arabic and Persian, round 31: shapes seen in the round's walk-through of unseen news (Syria, Iran, Sudan,
Afghanistan), written again with made-up names (سامي حمدان، كريم عوض، حركة النور، کسلیا).

- a rank's qualifier without the article, as Sudanese ranks are written ('العميد ركن X', staff brigadier), read as
  the first word of the name, and the content of a letter or a report as what was denied ('فحوى الخطاب', 'مضمون
  التقرير'), read as words of the name before it.
- an office of a body described by whom it belongs to ('المتحدث باسم القوة الجوية التابعة لحركة النور، X،'), then the
  holder's name between commas: the office denied, the name was lost; 'وكان' an office, then a rank and the name
  between commas ('وكان الناطق باسم قوات النور، العميد ركن X، نفى'): the office denied.
- 'جاء ذلك، حسبما أفاد X' (this came, as X reported), which only says whose the statement before was: drafted as a
  claim of X's whose words were that sentence.
- Persian 'واکنش X درحالیست که پیش از این Y مدعی شده بودند' (X's reaction comes while Y had claimed): X's claim.
- a verb of the feminine with no subject of its own ('وأشارت إلى أنها أحصت ...', she (the newspaper) said) after a man
  had spoken: it was his, where his verb was of the masculine.
- a weekday read where the text names none: a word with a short vowel written on it ('نُسبت', was attributed, split at
  its damma into 'ن' and 'سبت', Saturday); the Arabic words for a weekday without their article, which are other
  words ('من أحد', from anyone; 'جمال جمعة', a man's name; 'خميس', a name too), where Arabic names a day with it
  ('الأحد', 'يوم الجمعة'); the Persian names, which have no article ('جمعه', 'یکشنبه'), are still read.
"""

from __future__ import annotations

import pytest

from generator.weekdays import resolve_weekday
from tests.draft.conftest import built, denied_by, said

NO_WEEKDAY = [
    "وأكد أن البيانات المزوّرة نُسبت زوراً إلى جهات رسمية.",
    "وقال إنه لا يحق لأي عنصر الانتقام من أحد.",
    "ولم يتصل الوزير بأحد من قادة الحركة.",
    "وكان الناطق باسم الحركة العميد سامي جمعة قد نفى الأنباء.",
    "وقال المتحدث كريم خميس إن القوات باقية.",
    "وأوضح أنه لم يلتقِ أحداً من الوفد.",
    "وقال أحد القادة إن القوات باقية.",
]


@pytest.mark.parametrize("text", NO_WEEKDAY, ids=range(len(NO_WEEKDAY)))
def test_an_arabic_word_that_is_no_weekday_dates_nothing(text) -> None:
    assert resolve_weekday(text, "2026-01-05") is None


WEEKDAY = [
    ("وأكد الوزير، الأحد، أن البيانات المزوّرة نُسبت زوراً إلى جهات رسمية.", "2026-01-04"),
    ("نفت الحركة يوم الجمعة الأنباء عن انسحابها.", "2026-01-02"),
    ("وقال الوزير الخميس إن القوات باقية.", "2026-01-01"),
    ("وقال الوزير، مساء السبت، إن القوات باقية.", "2026-01-03"),
    ("سخنگوی وزارت روز جمعه این خبر را تکذیب کرد.", "2026-01-02"),
    ("سخنگوی وزارت روز یکشنبه این خبر را تکذیب کرد.", "2026-01-04"),
    ("سخنگوی وزارت روز شنبه این خبر را تکذیب کرد.", "2026-01-03"),
]


@pytest.mark.parametrize("text,day", WEEKDAY, ids=range(len(WEEKDAY)))
def test_a_weekday_is_still_read(text, day) -> None:
    assert resolve_weekday(text, "2026-01-05")[0] == day


# A verb of the feminine ('وأشارت', 'وقالت', 'وذكرت') with no subject of its own, after a man spoke (his verb of the
# masculine) and a feminine body (a newspaper, an organisation) was only the subject of other verbs: it is not his.
FEMININE_VERB_AFTER_A_MAN = [
    (
        "نفى سامي حمدان، المتحدث باسم حركة النور، صحة ما جاء في تقرير نشرته صحيفة “الأفق” عن إعدام أسرى.",
        "وكانت الصحيفة قد نشرت تحقيقاً مصوراً عن عمليات إعدام.",
        "وأشارت إلى أنها أحصت إعدام 300 أسير في عدة مناطق.",
    ),
    (
        "نفى سامي حمدان صحة تقرير نشرته صحيفة الأفق عن إعدام أسرى.",
        "وكانت الصحيفة قد نشرت تحقيقاً مصوراً.",
        "وقالت إن الحركة أعدمت 300 أسير.",
    ),
    (
        "نفى سامي حمدان صحة تقرير نشرته منظمة العفو.",
        "وكانت المنظمة قد وثقت عمليات إعدام.",
        "وذكرت أنها أحصت 300 حالة.",
    ),
    ("قال كريم عوض إن القوات باقية في البلدة.", "وأشارت إلى أن الحركة لن تنسحب."),
]


@pytest.mark.parametrize("paragraphs", FEMININE_VERB_AFTER_A_MAN, ids=range(len(FEMININE_VERB_AFTER_A_MAN)))
def test_a_feminine_verb_without_a_subject_is_not_the_mans_before_it(paragraphs) -> None:
    last = paragraphs[-1]
    assert all(who not in ("سامي حمدان", "كريم عوض") for _, who, words in said("ar", *paragraphs) if words == last)


AGREEING = [
    (("قالت وزارة الدفاع الكسلية إن القوات باقية.", "وأضافت أن الحركة لن تنسحب."), "وزارة الدفاع الكسلية"),
    (("قال سامي حمدان إن القوات باقية.", "وأضاف أن الحركة لن تنسحب."), "سامي حمدان"),
    (("قال سامي حمدان إن القوات باقية.", "وقالت سلمى عوض إن الحركة باقية.", "وأضافت أن الحركة لن تنسحب."), "سلمى عوض"),
    (("قالت حركة النور في بيان إن القوات باقية.", "وأضاف البيان أن الحركة لن تنسحب."), "حركة النور"),
]


@pytest.mark.parametrize("paragraphs,who", AGREEING, ids=range(len(AGREEING)))
def test_a_verb_without_a_subject_is_still_the_speaker_s_of_its_gender(paragraphs, who) -> None:
    assert said("ar", *paragraphs)[-1][1] == who


# A rank's qualifier without the article, as Sudanese ranks are written ('العميد ركن X', staff brigadier), and the
# content of a letter or report as what is denied ('فحوى الخطاب', 'مضمون التقرير'): the name was read to the end of
# the sentence ('العميد ركن سامي حمدان فحوى الخطاب المزوّر') or began with 'ركن'.
RANK_QUALIFIER_AND_CONTENT = [
    "كذّب الناطق الرسمي باسم قوات النور، العميد سامي حمدان، فحوى الخطاب المزوّر.",
    "نفى الناطق الرسمي باسم قوات النور، العميد ركن سامي حمدان، فحوى الخطاب المزوّر.",
    "نفى الناطق الرسمي باسم قوات النور العميد ركن سامي حمدان فحوى الخطاب المزوّر.",
    "نفى الناطق الرسمي باسم قوات النور العميد الركن سامي حمدان فحوى الخطاب المزوّر.",
    "نفى العميد ركن سامي حمدان فحوى الخطاب المزوّر.",
]


@pytest.mark.parametrize("text", RANK_QUALIFIER_AND_CONTENT, ids=range(len(RANK_QUALIFIER_AND_CONTENT)))
def test_a_rank_qualifier_is_no_name_and_the_content_is_what_was_denied(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "فحوى الخطاب المزوّر")]


def test_the_content_of_a_report_is_what_was_denied() -> None:
    assert denied_by("ar", "نفى اللواء ركن سامي حمدان مضمون التقرير.") == [("samy-hmdan", "مضمون التقرير")]
    assert [s for _, s, _ in said("ar", "وقال العميد ركن سامي حمدان إن القوات باقية.")] == ["سامي حمدان"]


# Persian: a piece put into print or online ('درج مطلبی', 'انتشار مطلبی', 'مطلبی را که ...'), the object a spokesman
# calls false: its first words were read as words of the office ('سخنگوی وزارت امور خارجه درج مطلبی').
PIECE_DENIED = [
    (
        "سخنگوی وزارت امور خارجه کسلیا درج مطلبی در یکی از کانال‌های تلگرامی درباره سفر وزیر را کذب محض دانست.",
        "سخنگوی وزارت امور خارجه کسلیا",
        "درج مطلبی در یکی از کانال\u200cهای تلگرامی درباره سفر وزیر",
    ),
    (
        "سخنگوی وزارت امور خارجه انتشار مطلبی در یک کانال تلگرامی درباره سفر وزیر را کذب محض دانست.",
        "سخنگوی وزارت امور خارجه",
        "انتشار مطلبی در یک کانال تلگرامی درباره سفر وزیر",
    ),
    (
        "سخنگوی وزارت دفاع درج مطلبی در یک کانال تلگرامی درباره سفر وزیر را تکذیب کرد.",
        "سخنگوی وزارت دفاع",
        "درج مطلبی در یک کانال تلگرامی درباره سفر وزیر",
    ),
    (
        "سامان رحیمی سخنگوی وزارت دفاع مطلبی را که در یک کانال تلگرامی منتشر شد تکذیب کرد.",
        "saman-rhymy",
        "مطلبی را که در یک کانال تلگرامی منتشر شد",
    ),
]


@pytest.mark.parametrize("text,who,what", PIECE_DENIED, ids=range(len(PIECE_DENIED)))
def test_a_piece_published_is_what_was_denied_not_words_of_the_office(text, who, what) -> None:
    assert denied_by("fa", text) == [(who, what)]


# A weekday in the words denied or quoted is the day of what was denied or told, not of the statement: it dated the
# denial ('ادعای ... درباره نشست وزیر در روز پنج شنبه را تکذیب کرد', denied a meeting on Thursday), or, with the
# statement's own day named too, left it undated (two weekdays).
DAY_OF_WHAT_WAS_DENIED = [
    (
        "fa",
        "یک مقام وزارت خارجه کسلیا، ادعای رسانه آمریکایی درباره برگزاری نشست وزیر با مدیران رسانه‌ها در روز پنج شنبه "
        "را تکذیب کرد.",
        None,
    ),
    (
        "fa",
        "سامان رحیمی روز یکشنبه ادعای رسانه آمریکایی درباره برگزاری نشست وزیر در روز پنج شنبه را تکذیب کرد.",
        "2026-01-04",
    ),
    ("ar", "نفت وزارة الدفاع الكسلية الأنباء عن اجتماع الوزير بقادة الحركة يوم الخميس.", None),
    ("ar", "نفت وزارة الدفاع الكسلية، الأحد، الأنباء عن اجتماع الوزير بقادة الحركة يوم الخميس.", "2026-01-04"),
    (
        "en",
        "The ministry on Sunday denied reports of a meeting between the minister and rebel leaders on Thursday.",
        "2026-01-04",
    ),
    ("en", "The ministry denied reports of a meeting between the minister and rebel leaders on Thursday.", None),
]


@pytest.mark.parametrize("language,text,day", DAY_OF_WHAT_WAS_DENIED, ids=range(len(DAY_OF_WHAT_WAS_DENIED)))
def test_a_weekday_in_what_was_denied_does_not_date_the_denial(language, text, day) -> None:
    (denial,) = [r for r in built(language, text, published="2026-01-05") if r["type"] == "denial"]
    assert denial.get("date") == day


def test_a_weekday_in_what_was_denied_leaves_the_statement_s_own_day() -> None:
    (denial,) = [
        r
        for r in built("ar", "ونفى لو آرنو أمس الخميس الأنباء عن وجود قوات في كسل.", published="2026-01-05")
        if r["type"] == "denial"
    ]
    assert denial["date"] == "2026-01-01"


# An office of a body 'belonging to' another ('مسؤول العلاقات العامة في القوة الجوية التابعة لحركة النور'), then the
# holder's name between commas: the office was the denier and the name was lost.
AFFILIATED_OFFICE_THEN_NAME = [
    "نفى مسؤول العلاقات العامة في القوة الجوية التابعة لحركة النور، سامي حمدان، صحة الصور المتداولة.",
    "نفى المتحدث باسم القوة الجوية التابعة لحركة النور، سامي حمدان، صحة الصور المتداولة.",
    "نفى مسؤول الإعلام في اللواء التابع لوزارة الدفاع الكسلية، سامي حمدان، صحة الصور المتداولة.",
]


@pytest.mark.parametrize("text", AFFILIATED_OFFICE_THEN_NAME, ids=range(len(AFFILIATED_OFFICE_THEN_NAME)))
def test_the_name_after_an_affiliated_office_is_the_denier(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "صحة الصور المتداولة")]


# 'وكان' (had), an office, then a rank and the holder's name between commas, then the verb: the office was the denier.
HAD_OFFICE_RANK_NAME = [
    "وكان الناطق الرسمي باسم قوات النور، العميد سامي حمدان، كذّب فحوى الخطاب المزوّر.",
    "وكان الناطق الرسمي باسم قوات النور، العميد ركن سامي حمدان، نفى صحة الخطاب المزوّر.",
    "وكان المتحدث باسم وزارة الدفاع، اللواء سامي حمدان، قد نفى صحة الخطاب المزوّر.",
]


@pytest.mark.parametrize("text", HAD_OFFICE_RANK_NAME, ids=range(len(HAD_OFFICE_RANK_NAME)))
def test_had_an_office_then_a_ranked_name_the_name_denies(text) -> None:
    assert [who for who, _ in denied_by("ar", text)] == ["samy-hmdan"]


# 'جاء ذلك، حسبما أفاد X' (this came, as X reported): it tells whose the statement before was, and says nothing of its
# own: it was drafted as X's claim, its words only the sentence of attribution.
CAME_AS_X_SAID = [
    "جاء ذلك، حسبما أفاد المتحدث باسم وزارة الداخلية، سامي حمدان في منشور عبر صفحته على فيس بوك.",
    "جاء ذلك حسبما أفاد المتحدث باسم الوزارة سامي حمدان.",
    "وجاء ذلك بحسب ما ذكره المتحدث باسم الوزارة سامي حمدان في تغريدة على منصة إكس.",
    "جاء ذلك وفق ما أفاد به المتحدث باسم الوزارة سامي حمدان في بيان على تلغرام.",
]


@pytest.mark.parametrize("text", CAME_AS_X_SAID, ids=range(len(CAME_AS_X_SAID)))
def test_this_came_as_x_said_is_no_claim_of_its_own(text) -> None:
    lead = "نفت وزارة الداخلية الكسلية الأنباء عن تعرض الوزير لحادث."
    assert [words for _, _, words in said("ar", lead, text)] == [lead]


# A name and its office with a body's name in marks after 'so-called' ('المتحدث باسم ما يسمى بـ “إمارة النور”'):
# the office was read as the start of what was denied.
SO_CALLED_IN_MARKS = [
    "نفى سامي حمدان، المتحدث باسم ما يسمى بـ “إمارة النور” في كسليا، صحة ما جاء في تقرير صحيفة الأفق.",
    "نفى سامي حمدان، المتحدث باسم ما يسمى بـ«إمارة النور» في كسليا، صحة ما جاء في تقرير صحيفة الأفق.",
    "نفى سامي حمدان، المتحدث باسم ما يسمى بـ “إمارة النور”، صحة ما جاء في تقرير صحيفة الأفق.",
]


@pytest.mark.parametrize("text", SO_CALLED_IN_MARKS, ids=range(len(SO_CALLED_IN_MARKS)))
def test_an_office_of_a_so_called_body_is_no_part_of_what_was_denied(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "صحة ما جاء في تقرير صحيفة الأفق")]


# Persian: 'واکنش X درحالیست که پیش از این Y مدعی شده بودند' (X's reaction comes while Y had claimed): Y's claim,
# where 'این در حالی است که' is read so; it was X's.
WHILE_Y_HAD_CLAIMED = [
    "واکنش حرکت نور درحالیست که پیش از این کارشناسان سازمان ملل مدعی شده بودند جنگ ها شدت یابد.",
    "واکنش حرکت نور در حالی است که پیش از این کارشناسان سازمان ملل مدعی شده بودند جنگ ها شدت یابد.",
    "این درحالیست که پیش از این کارشناسان سازمان ملل مدعی شده بودند جنگ ها شدت یابد.",
]


@pytest.mark.parametrize("text", WHILE_Y_HAD_CLAIMED, ids=range(len(WHILE_Y_HAD_CLAIMED)))
def test_while_y_had_claimed_is_y_s_claim(text) -> None:
    lead = "حرکت نور گزارش سازمان ملل را رد کرد."
    assert [who for _, who, _ in said("fa", lead, text)][1:] in ([], ["کارشناسان سازمان ملل"])
