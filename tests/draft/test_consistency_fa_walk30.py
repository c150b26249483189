"""Persian, round 30: shapes an editor's walk-through of new Persian news found drafted wrong.

Made-up people (دوریان کسلان), a made-up movement (جنبش نور), a made-up state (کسلیا) and ministry (وزارت نمونه).
Each shape is tested on variants, with guards that the rule does not over-fire:
- a rejoinder and a denial notice ('جوابیه', 'تکذیبیه'), the writings a ministry or a body sends the press to answer
  a report, quoted as a statement is: 'در جوابیه X آمده است: «...»' quotes X;
- 'this ministry' ('این وزارتخانه'), the common noun of a ministry, after one was named but had not yet spoken: the
  ministry named before ('وزارت ...'), and no other body;
- 'before this' written with 'از' glued onto 'this' ('پیش ازاین', 'پیش‌ازاین'), and 'too' after a time ('پیشتر هم',
  'روز گذشته نیز'), opening a sentence: the subject follows, not the last speaker again, and the phrase is no name;
- speech after a colon by a body's spokesman ('X سخنگوی جنبش نور اعلام کرد: ...') going on in a sentence whose
  subject is that body and whose verb is in the present ('جنبش نور این سخنان را محکوم می‌کند'): the spokesman
  speaking in its name, his words to the paragraph's end, not a report of the body's of its own.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

QUOTE = "افغانستان با کشورهای عربی مرز مشترک ندارد."
PLAIN = "ما به گفتگو با همسایگان ادامه می‌دهیم."
UNTRUE = "مطالب منتشرشده به نقل از وزیر این وزارتخانه صحت ندارد."


# --- a rejoinder and a denial notice, as statements ----------------------------------------------------------------


@pytest.mark.parametrize("body", ["وزارت نمونه", "جنبش نور", "سپاه", "وزارت کشور کسلیا"])
@pytest.mark.parametrize(
    "frame",
    [
        "در جوابیه {} آمده است:",
        "در جوابیه {} آمده:",
        "در تکذیبیه {} آمده است:",
        "در جوابیه {} تاکید شده:",
        "در تکذیبیه {} آمده که",
    ],
)
def test_a_rejoinder_quotes_its_issuer(body: str, frame: str) -> None:
    units = said("fa", f"{frame.format(body)} «{QUOTE}»")
    # (a denial notice's words are its issuer's denial)
    kind = "denial" if "تکذیبیه" in frame else "quote"
    assert [(kind, who, words) for kind, who, words in units] == [(kind, body, QUOTE)]


@pytest.mark.parametrize("noun", ["جوابیه", "تکذیبیه"])
def test_a_rejoinder_that_calls_a_report_untrue_is_a_denial(noun: str) -> None:
    units = said("fa", f"در {noun} وزارت نمونه آمده است: «{UNTRUE}»")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "وزارت نمونه")]


def test_the_same_as_a_statement() -> None:
    units = said("fa", f"در بیانیه وزارت نمونه آمده است: «{UNTRUE}»")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "وزارت نمونه")]


# --- 'this ministry' after a ministry was named --------------------------------------------------------------------

NAMED = [
    "روابط عمومی وزارت نمونه به گزارش یک روزنامه واکنش نشان داد.",
    "وزارت نمونه به گزارش یک روزنامه واکنش نشان داد.",
    "وزارت کشور کسلیا به مصاحبه دوریان کسلان واکنش نشان داد.",
]


@pytest.mark.parametrize("first", NAMED)
@pytest.mark.parametrize("noun", ["بیانیه", "اطلاعیه", "جوابیه"])
def test_this_ministry_is_the_ministry_named_before(first: str, noun: str) -> None:
    units = said("fa", first, f"در {noun} این وزارتخانه آمده است: «{QUOTE}»")
    assert len(units) == 1
    kind, who, words = units[0]
    assert (kind, words) == ("quote", QUOTE)
    assert who.startswith("وزارت") and who in first


@pytest.mark.parametrize("first", NAMED)
def test_this_ministry_denying(first: str) -> None:
    units = said("fa", first, f"در جوابیه این وزارتخانه آمده است: «{UNTRUE}»")
    assert [kind for kind, _, _ in units] == ["denial"]
    assert units[0][1].startswith("وزارت") and units[0][1] in first


@pytest.mark.parametrize(
    "first",
    [
        "جنبش نور به گزارش یک روزنامه واکنش نشان داد.",
        "دوریان کسلان به گزارش یک روزنامه واکنش نشان داد.",
    ],
)
def test_this_ministry_with_no_ministry_named_is_no_one(first: str) -> None:
    # guard: 'this ministry' is not any body or person named before
    assert said("fa", first, f"در بیانیه این وزارتخانه آمده است: «{QUOTE}»") == []


def test_this_ministry_after_another_body_spoke() -> None:
    # ('این وزارتخانه' after a movement spoke and a ministry was named: the ministry, not the movement)
    units = said(
        "fa",
        f"جنبش نور گفت: «{PLAIN}»",
        "وزارت نمونه به این سخنان واکنش نشان داد.",
        f"در بیانیه این وزارتخانه آمده است: «{UNTRUE}»",
    )
    assert [(kind, who) for kind, who, _ in units] == [("quote", "جنبش نور"), ("denial", "وزارت نمونه")]


def test_this_ministry_after_the_ministry_spoke() -> None:
    # guard: the ministry that spoke last is still the one meant
    units = said("fa", f"وزارت نمونه گفت: «{PLAIN}»", f"در بیانیه این وزارتخانه آمده است: «{UNTRUE}»")
    assert [(kind, who) for kind, who, _ in units] == [("quote", "وزارت نمونه"), ("denial", "وزارت نمونه")]


# --- 'before this' glued, and 'too' after a time ------------------------------------------------------------------

EARLIER = "دوریان کسلان گفت که جنبش نور عقب‌نشینی کرده است."
OPENINGS = [
    "پیش ازاین هم",
    "پیش ازاین نیز",
    "پیش‌ازاین نیز",
    "پیش‌ازاین",
    "قبل ازآن هم",
    "پیشتر هم",
    "پیش‌تر نیز",
    "روز گذشته نیز",
    "پیش از این هم",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_an_opening_phrase_before_the_subject(opening: str) -> None:
    text = f"{opening} سخنگوی وزارت کشور کسلیا گفته بود جنبش نور از مرز عبور کرده است."
    assert [who for _, who, _ in said("fa", EARLIER, text)] == ["دوریان کسلان", "سخنگوی وزارت کشور کسلیا"]


@pytest.mark.parametrize("opening", ["پیش ازاین", "پیشتر هم", "پیش‌ازاین نیز"])
def test_an_opening_phrase_before_a_name(opening: str) -> None:
    text = f"{opening} رامین دلاوری گفته بود جنبش نور از مرز عبور کرده است."
    assert [who for _, who, _ in said("fa", EARLIER, text)] == ["دوریان کسلان", "رامین دلاوری"]


def test_too_after_the_subject_is_left_as_it_was() -> None:
    # guard: 'هم' after the subject ('X هم گفت', X too said) is no opening
    text = "سخنگوی وزارت کشور کسلیا هم گفت جنبش نور از مرز عبور کرده است."
    assert [who for _, who, _ in said("fa", EARLIER, text)] == ["دوریان کسلان", "سخنگوی وزارت کشور کسلیا"]


# --- a spokesman's speech after a colon, going on in his body's name ----------------------------------------------

SPOKE = "دوریان کسلان سخنگوی جنبش نور شب گذشته اعلام کرد: اظهارات وزیر کسلیا هیچ ارتباطی با واقعیت ندارد."
IN_ITS_NAME = [
    "جنبش نور این سخنان را به شدت محکوم می‌کند و از کسلیا می‌خواهد که به مشکلات خود بپردازد.",
    "جنبش نور این سخنان را محکوم می‌کند.",
    "جنبش نور بر حل اختلافات از راه گفتگو تاکید می‌کند.",
    "جنبش نور این اتهامات را قاطعانه رد می‌کند.",
]


@pytest.mark.parametrize("then", IN_ITS_NAME)
def test_the_spokesman_goes_on_in_his_bodys_name(then: str) -> None:
    units = said("fa", f"{SPOKE} {then}")
    assert [who for _, who, _ in units] == ["دوریان کسلان"]
    assert then.rstrip(".") in units[0][2]


@pytest.mark.parametrize("then", IN_ITS_NAME[:2])
def test_the_same_for_a_spokesman_of_a_government(then: str) -> None:
    spoke = "دوریان کسلان سخنگوی دولت کسلیا گفت: این اتهامات دروغ است."
    then = then.replace("جنبش نور", "دولت کسلیا").replace(" و از کسلیا", " و از همسایگان")
    units = said("fa", f"{spoke} {then}")
    assert [who for _, who, _ in units] == ["دوریان کسلان"]


@pytest.mark.parametrize(
    "then",
    [
        "جنبش نور این سخنان را محکوم کرد.",  # (the past: the reporter's narration)
        "وزارت کشور کسلیا این سخنان را محکوم می‌کند.",  # (another body)
        "سخنگوی وزارت کشور کسلیا می‌گوید که جنبش نور دروغ می‌گوید.",
    ],
)
def test_another_sentence_of_the_reporter_is_left_as_it_was(then: str) -> None:
    # guard: the past, another body, another office: a sentence of its own
    units = said("fa", f"{SPOKE} {then}")
    assert len(units) == 2 and units[0][1] == "دوریان کسلان" and units[1][1] != "دوریان کسلان"


@pytest.mark.parametrize("noun", ["بیانیه", "اعلامیه"])
def test_this_body_after_the_body_that_spoke(noun: str) -> None:
    # guard: 'این نهاد' (this body) after a body that denied is that body, never the words 'نهاد ...' themselves
    units = said(
        "fa",
        "دستگاه اطلاعات ملی کسلیا گزارش‌ها را تکذیب کرد.",
        f"در {noun} این نهاد آمده است: روزنامه نمونه گزارشی منتشر کرده که مدعی شده دولت کسلیا پیام هشدار گرفته است.",
    )
    assert [who for _, who, _ in units] == ["دستگاه اطلاعات ملی کسلیا", "دستگاه اطلاعات ملی کسلیا"]
