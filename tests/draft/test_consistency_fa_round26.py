"""Persian, round 26: shapes the development half and walk-throughs found the rules missing.

Made-up people (رضا کاظمی، دوریان کسلان), a made-up movement (جنبش نور), a made-up state (کسلیا) and its bodies. Each
shape is tested on variants, with guards that the rule does not over-fire:
- 'X اعلام کرد که <a long object> را رد می‌کند' (X announced that it rejects the findings of the inquiry into ...): the
  object's 'را' far off, its first words are no subject of the 'که' clause; X denies;
- an office right after a name in marks ('«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد') is no part of what
  was denied;
- what a verb of calling judged untrue ('X گزارش‌ها ... را نادرست دانست') is its object, not the whole sentence;
- an office's label and a colon in the body after another's sentence ('... . سخنگوی جنبش نور: ... دروغ است.') opens the
  office's words, not the speaker before;
- 'آورده است' (wrote) after 'در بیانیه', 'در پیامی', 'در یادداشتی' and before ':' or 'که' is speech; elsewhere it
  brings or obtains (guards).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, deniers, said

# --- a long object after 'X اعلام کرد که' ---------------------------------------------------------------------------

LONG_OBJECTS = [
    (
        "وزارت دفاع کسلیا اعلام کرد که نتایج تحقیقات صورت گرفته در خصوص درگیری‌های شمال کسلیا و اتهام‌ها علیه این "
        "وزارت را رد می‌کند.",
        "وزارت دفاع کسلیا",
    ),
    (
        "جنبش نور امروز یکشنبه با صدور بیانیه‌ای اعلام کرد که نتایج تحقیقات صورت گرفته در خصوص درگیریهای جنوب کسلیا "
        "و اتهام زنیها علیه این جنبش را رد میکند.",
        "جنبش نور",
    ),
    (
        "جنبش نور اعلام کرد که یافته‌های کمیته بررسی حادثه درباره حمله به پایگاه ارتش در شمال کسلیا را رد می‌کند.",
        "جنبش نور",
    ),
    (
        "دوریان کسلان تأکید کرد که نتیجه بررسی‌های انجام شده درباره انفجار در بندر کسلیا را قبول ندارد.",
        "دوریان کسلان",
    ),
]


@pytest.mark.parametrize(("text", "who"), LONG_OBJECTS)
def test_a_long_object_after_that_is_no_subject(text: str, who: str) -> None:
    assert deniers("fa", "مقدمه خبر.", text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # (a subject of its own in the clause, its object after a time: it denies)
        ("رضا کاظمی گفت که مقامات کسلیا در نشست دیروز ادعای جنبش نور را رد کردند.", "مقامات کسلیا"),
        ("رضا کاظمی گفت که مردم کسلیا در نشست دیروز ادعای جنبش نور را رد کردند.", "مردم کسلیا"),
        ("رضا کاظمی گفت که ارتش کسلیا در جنوب شهر حملات جنبش نور را رد کرده است.", "ارتش کسلیا"),
    ],
)
def test_a_subject_of_the_clause_still_denies(text: str, who: str) -> None:
    assert deniers("fa", "مقدمه خبر.", text) == [who]


def denial_records(*paragraphs: str) -> list[dict]:
    return [d for d in built("fa", *paragraphs) if d["type"] == "denial"]


# --- an office right after a name in marks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("«دوریان کسلان» فرمانده ارتش کسلیا این خبر را تکذیب کرد.", "این خبر"),
        ("«دوریان کسلان» سخنگوی جنبش نور ادعای حمله به پایگاه را رد کرد.", "ادعای حمله به پایگاه"),
        ("«رضا کاظمی» وزیر دفاع کسلیا گزارش‌های منتشر شده را تکذیب کرد.", "گزارش‌های منتشر شده"),
        ("«رضا کاظمی» معاون وزیر دفاع کسلیا روز یکشنبه این خبر را تکذیب کرد.", "این خبر"),
    ],
)
def test_an_office_after_a_name_in_marks_is_not_denied(text: str, what: str) -> None:
    assert [d["denied"] for d in denial_records(text)] == [what]


# --- what was called untrue with a verb of calling --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("رضا کاظمی گزارش‌های منتشر شده درباره حمله را نادرست دانست.", "گزارش‌های منتشر شده درباره حمله"),
        ("رضا کاظمی گزارش‌های منتشر شده درباره حمله را بی‌اساس خواند.", "گزارش‌های منتشر شده درباره حمله"),
        ("رضا کاظمی گزارش‌های منتشر شده درباره حمله را دروغ خواند.", "گزارش‌های منتشر شده درباره حمله"),
        ("وزارت دفاع کسلیا این ادعا را نادرست خواند.", "این ادعا"),
        ("جنبش نور ادعای وزارت دفاع کسلیا درباره حمله را کذب محض دانست.", "ادعای وزارت دفاع کسلیا درباره حمله"),
    ],
)
def test_what_was_called_untrue_is_the_object(text: str, what: str) -> None:
    assert [d["denied"] for d in denial_records(text)] == [what]


# --- an office's label and a colon in the body, after another's sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "وزارت دفاع کسلیا اعلام کرد که جنبش نور به پایگاه ارتش حمله کرده است. سخنگوی جنبش نور: این ادعاها دروغ است.",
            "سخنگوی جنبش نور",
        ),
        (
            "رضا کاظمی گفت که حمله‌ای رخ نداده است. سخنگوی جنبش نور: ادعای وزارت دفاع کسلیا درباره حمله دروغ است.",
            "سخنگوی جنبش نور",
        ),
        (
            "رضا کاظمی گفت که جنبش نور حمله کرده است. معاون وزیر دفاع کسلیا: این گزارش‌ها کذب محض است.",
            "معاون وزیر دفاع کسلیا",
        ),
    ],
)
def test_an_office_label_in_the_body_speaks(text: str, who: str) -> None:
    assert deniers("fa", "مقدمه خبر.", text) == [who]


# --- 'آورده است' (wrote) after a statement, a message or a note, before ':' or 'که' ------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("جنبش نور در بیانیه خود آورده است: «ما هیچ حمله‌ای به پایگاه ارتش انجام نداده‌ایم.»", "جنبش نور"),
        ("وزارت دفاع کسلیا در بیانیه‌ای آورده است که گزارش‌های منتشر شده درباره حمله کذب محض است.", "وزارت دفاع کسلیا"),
        ("رضا کاظمی در یادداشتی آورده است: «این ادعاها دروغ است.»", "رضا کاظمی"),
    ],
)
def test_wrote_in_a_statement_is_speech(text: str, who: str) -> None:
    assert deniers("fa", "مقدمه خبر.", text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # (obtained, brought: no speech)
        "ارتش کسلیا کنترل شهر را به دست آورده است.",
        "جنبش نور سلاح‌ها را به شهر آورده است.",
    ],
)
def test_brought_elsewhere_is_no_speech(text: str) -> None:
    assert said("fa", "مقدمه خبر.", text) == []
