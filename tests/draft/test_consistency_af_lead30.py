"""Arabic and Persian, round 30 (the lead's).

Arabic: a body's name in marks inside a verb-first subject, after an office of the body and
'في' ('وقال المكتب الإعلامي في "حركة النور" في بيان: ...', 'صدر عن المكتب الإعلامي في «حركة النور» البيان
التالي:'). The name in marks was read as the office's words: drafted as its quotation, or as what it denied, and the
words the statement did say were lost. The name is part of the subject, so the speaker is the office in its body,
which links to the body's record.

Arabic and Persian: a source named after 'quoting' inside the clause another's verb of saying reports ('X اعلام کرد
که رسانه‌ها به نقل از یک منبع ادعا کرده‌اند ... اما این اخبار دروغ است') was drafted as the denier of the words that
call the claims false; they are X's. Persian: plural offices ('مسئولان', officials) before a body's name in marks.

Guards: an office alone, then 'في' and an event's name in marks ('وقال الوزير في "منتدى الحوار"'), keeps the office as
the speaker; words in marks after a verb of saying with no office before them are still words said.
Made-up names throughout (حركة النور، حزب الوفاء، ائتلاف النصر).
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, said

MARKS = [("“", "”"), ("«", "»"), ('"', '"')]


@pytest.mark.parametrize("o, c", MARKS)
@pytest.mark.parametrize(
    "sentence, kind, speaker, words",
    [
        (
            "وقال المكتب الإعلامي في {o}حركة النور{c} في بيان: {o}إن الحركة تنفي ما نشر عن اعتقال عناصرها{c}.",
            "denial",
            "المكتب الإعلامي في حركة النور",
            "إن الحركة تنفي ما نشر عن اعتقال عناصرها",
        ),
        (
            "وأكد المكتب السياسي في {o}حركة النور{c} أن {o}الهدنة صامدة رغم الخروقات{c}.",
            "quote",
            "المكتب السياسي في حركة النور",
            "الهدنة صامدة رغم الخروقات",
        ),
        (
            "وقالت الهيئة الإعلامية في {o}ائتلاف النصر{c} في بيان إن {o}الاتهامات باطلة ولا أساس لها{c}.",
            "denial",
            "الهيئة الإعلامية في ائتلاف النصر",
            "الاتهامات باطلة ولا أساس لها",
        ),
        (
            "وقال المسؤول الإعلامي في {o}تيار الغد{c} لـ{o}الأنباء{c} إن {o}المفاوضات متوقفة منذ أسابيع{c}.",
            "quote",
            "المسؤول الإعلامي في تيار الغد",
            "المفاوضات متوقفة منذ أسابيع",
        ),
    ],
)
def test_a_bodys_name_in_marks_after_an_office_and_in_is_part_of_the_subject(o, c, sentence, kind, speaker, words):
    units = said("ar", sentence.format(o=o, c=c))
    assert [(k, s, w) for k, s, w in units] == [(kind, speaker, words)]


@pytest.mark.parametrize("o, c", MARKS)
def test_a_statement_issued_by_an_office_in_a_body_in_marks_is_the_offices(o, c):
    units = said(
        "ar",
        f"صدر عن المكتب الإعلامي في {o}حركة النور{c} البيان التالي:",
        f"{o}ننفي ما أوردته قناة المستقبل عن تصادم بين مناصرينا والمتظاهرين{c}.",
    )
    spoken = [(k, s, w) for k, s, w in units if not w.startswith("صدر")]
    assert spoken == [
        ("denial", "المكتب الإعلامي في حركة النور", "ننفي ما أوردته قناة المستقبل عن تصادم بين مناصرينا والمتظاهرين")
    ]


@pytest.mark.parametrize("o, c", MARKS)
def test_an_office_in_a_body_in_marks_denies_what_follows_not_the_bodys_name(o, c):
    units = said("ar", f"ونفى المكتب الإعلامي في {o}حزب الوفاء{c} ما نشرته بعض المواقع عن انسحابه من الحكومة.")
    assert [(k, s) for k, s, _ in units] == [("denial", "المكتب الإعلامي في حزب الوفاء")]
    assert "حزب الوفاء" not in [w for _, _, w in units]


def test_the_office_in_a_body_on_file_is_described_with_the_body_and_denies_its_words():
    index = NameIndex()
    index.add("حركة النور", Known("nour-movement", "group", "movement", "Nour Movement"))
    records = built(
        "ar",
        "وقال المكتب الإعلامي في «حركة النور» في بيان: «إن الحركة تنفي ما نشر عن اعتقال عناصرها».",
        index=index,
    )
    denial = next(r for r in records if r["type"] == "denial")
    # (the office described and affiliated with the body on file, as English 'the media office of X' is: round 31)
    assert denial["denier"] == {"described_as": "المكتب الإعلامي في حركة النور", "affiliation": "nour-movement"}
    assert denial["denied"] == "«إن الحركة تنفي ما نشر عن اعتقال عناصرها»"


@pytest.mark.parametrize("o, c", MARKS)
def test_an_office_alone_then_an_events_name_in_marks_keeps_the_office_as_speaker(o, c):
    units = said("ar", f"وقال الوزير في {o}منتدى الحوار{c} إن {o}المفاوضات متوقفة منذ أسابيع{c}.")
    assert [(k, s, w) for k, s, w in units] == [("quote", "الوزير", "المفاوضات متوقفة منذ أسابيع")]


# A source named after 'quoting' or 'according to' inside the clause another's verb of saying reports ('X اعلام کرد
# که رسانه‌ها به نقل از یک منبع ادعا کرده‌اند ... اما این اخبار دروغ است'): the source is the claims', and the words
# that call them false are X's. The source had been drafted as the denier, in Arabic beside X.
@pytest.mark.parametrize(
    "language, text, denier",
    [
        (
            "fa",
            "جنبش نمونه روز یکشنبه اعلام کرد که برخی رسانه‌ها ادعاهایی را به نقل از یک منبع در این جنبش مطرح کرده‌اند"
            " که بر اساس آن جنبش با خلع سلاح موافقت کرده است اما این اخبار بی‌پایه و دروغ است.",
            "جنبش نمونه",
        ),
        (
            "fa",
            "جنبش نمونه گفت که برخی رسانه‌ها به نقل از یک منبع ادعا کرده‌اند که جنبش سلاح خود را تحویل می‌دهد، اما"
            " این اخبار دروغ است.",
            "جنبش نمونه",
        ),
        (
            "fa",
            "جنبش نمونه اعلام کرد که شبکه الف به نقل از منابع آگاه گزارش داده که جنبش موافقت کرده است، اما این گزارش"
            " بی‌اساس است.",
            "جنبش نمونه",
        ),
        (
            "ar",
            "وقالت حركة النور إن بعض المواقع نشرت نقلا عن مصدر في الحركة أنها وافقت على تسليم سلاحها، لكن هذه الأخبار"
            " عارية عن الصحة.",
            "حركة النور",
        ),
        (
            "ar",
            "وقالت حركة النور إن بعض المواقع نشرت نقلا عن مصدر في الحركة أنها وافقت على تسليم سلاحها، مؤكدة أن هذه"
            " الأخبار عارية عن الصحة.",
            "حركة النور",
        ),
    ],
)
def test_a_source_relayed_inside_anothers_reported_clause_is_not_the_denier(language, text, denier):
    assert [(k, s) for k, s, _ in said(language, text)] == [("denial", denier)]


@pytest.mark.parametrize(
    "language, text, denier",
    [
        ("fa", "به نقل از یک منبع آگاه، این اخبار بی‌اساس و دروغ است.", "یک منبع آگاه"),
        ("fa", "خبرگزاری نمونه به نقل از یک منبع آگاه گزارش داد که این اخبار بی‌اساس است.", "یک منبع آگاه"),
        ("ar", "نقلا عن مصدر في الحركة، فإن هذه الأخبار عارية عن الصحة.", "مصدر في الحركة"),
    ],
)
def test_a_source_relayed_by_the_sentence_itself_still_denies(language, text, denier):
    assert [(k, s) for k, s, _ in said(language, text)] == [("denial", denier)]


# Persian plural offices ('مسئولان', 'مسئولین', officials), as 'فرماندهان' and 'سخنگویان' are: a body's name in marks
# after them is whose officials they are, not their words ('یکی از مسئولان نظامی «سپاه نمونه» اعلام کرد').
@pytest.mark.parametrize("office", ["مسئولان نظامی", "مسئولین", "مسؤولان", "مسئولان ارشد"])
def test_a_persian_plural_office_then_a_body_in_marks_is_the_speaker(office):
    units = said("fa", f"یکی از {office} «سپاه نمونه» اعلام کرد که این گروه در حمله به شهر نقشی نداشته است.")
    assert [(k, s) for k, s, _ in units] == [("denial", f"یکی از {office} سپاه نمونه")]


# Persian 'has taken no one' ('هیچ کس را به اسارت نگرفته', 'هیچ سربازی را به گروگان نگرفته'), after a verb of saying:
# the speaker says it did not, as with 'هیچ ... انجام نداده'; not 'has taken no decision yet' or 'no one has called'.
@pytest.mark.parametrize(
    "clause",
    [
        "این گروه هیچ کس را به اسارت نگرفته است",
        "این گروه هیچ سربازی را به گروگان نگرفته است",
        "نیروهای ما هیچ یک از ساکنان روستا را به اسارت نگرفته‌اند",
    ],
)
def test_persian_has_taken_no_one_is_a_denial(clause):
    units = said("fa", f"یکی از فرماندهان «سپاه نمونه» گفت که {clause}.")
    assert [(k, s) for k, s, _ in units] == [("denial", "یکی از فرماندهان سپاه نمونه")]


@pytest.mark.parametrize(
    "clause", ["دولت هنوز هیچ تصمیمی در این باره نگرفته است", "هیچ کس با وزارتخانه تماس نگرفته است"]
)
def test_persian_no_decision_taken_yet_is_no_denial(clause):
    assert [k for k, _, _ in said("fa", f"سخنگوی دولت گفت که {clause}.")] == ["reported"]


# A Persian plural office after a colon ('X گفت: فرماندهان نمونه تاکید کردند که ... ارتباطی ندارد') is many people,
# never the one person who spoke last: they deny, and X tells of it.
@pytest.mark.parametrize("office", ["مسئولان", "فرماندهان", "سخنگویان", "مسئولین"])
def test_a_persian_plural_office_is_never_the_last_person_who_spoke(office):
    units = said("fa", f"رامین کاظمی امروز گفت: {office} نمونه تاکید کردند که این حمله به آنها ارتباطی ندارد.")
    assert [(k, s) for k, s, _ in units] == [("denial", f"{office} نمونه"), ("quote", "رامین کاظمی")]


# An Arabic body's word with the article opens a body's name ('المكتب الإعلامي لحركة النور', the movement's media
# office; 'الهيئة العامة للإعلام'): drafted as a body, not as a person, as 'مكتب' and 'هيئة' without it are (a body's
# media office speaks for the body, which is drafted: round 38).
@pytest.mark.parametrize(
    "subject",
    [
        "المكتب الإعلامي لحركة النور",
        "المكتب الإعلامي في «حركة النور»",
        "الهيئة العامة للإعلام",
        "المكتب السياسي للتيار",
    ],
)
def test_an_arabic_body_with_the_article_is_drafted_as_an_organisation(subject):
    records = built("ar", f"وقال {subject} في بيان إن «التقارير المتداولة لا أساس لها من الصحة».")
    bodies = [(r["type"], r["kind"]) for r in records if r["type"] in ("actor", "group")]
    assert len(bodies) == 1 and bodies[0] != ("actor", "person"), bodies


def test_an_arabic_person_is_still_drafted_as_a_person():
    records = built("ar", "وقال الشيخ سامي الوردي في بيان إن «التقارير المتداولة لا أساس لها من الصحة».")
    assert [r["kind"] for r in records if r["type"] == "actor"] == ["person"]
