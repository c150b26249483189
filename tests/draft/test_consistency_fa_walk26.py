"""Persian, round 26: shapes an editor's walk-through of new Persian news found the rules missing.

Made-up people (دوریان کسلان), a made-up movement (جنبش نور), a made-up state (کسلیا) and its bodies. Each shape is
tested on variants, with guards that the rule does not over-fire:
- a 'while' clause that holds a claim ('در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، وزیر دفاع کسلیا این
  ادعا را رد کرد', while Kaslia claims the movement attacked, the defence minister denied it), at the sentence's
  start or after 'و' ending a clause of its own, closes at the comma after the claim's 'که' clause (after its verb,
  not one inside a list); the denier is the subject after it, never a name inside the claim;
- a statement's relative clause that takes it up again with 'آن را' and closes at a comma ('وزارت دفاع کسلیا با صدور
  بیانیه‌ای که خبرگزاری نور آن را منتشر کرد، اوضاع را آرام اعلام کرد', in a statement the agency published, the
  ministry declared) names the one who published the statement, not its speaker: the subject before 'که' speaks;
- what was denied starts after the day and the statement that open the object ('وزارت دفاع کسلیا امروز یکشنبه با
  صدور بیانیه‌ای وقوع انفجار را تکذیب کرد', today, Sunday, by issuing a statement): 'وقوع انفجار'; a day inside the
  object stays (guard).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, deniers, said

# --- a claim inside an opening 'while' clause ----------------------------------------------------------------------

WHILE_CLAIMS = [
    (
        "در حالی که کسلیا مدعی است که جنبش نور حمله کرده است، وزیر دفاع کسلیا این ادعا را رد کرد.",
        "وزیر دفاع کسلیا",
    ),
    (
        "تنش‌ها بار دیگر افزایش یافته و در حالی که دولت کسلیا مدعی است که جنبش نور در شهرها حملات انجام داده است، "
        "وزیر دفاع کسلیا این ادعا را رد کرد و آن را بی‌اساس خواند.",
        "وزیر دفاع کسلیا",
    ),
    (
        "درگیری‌ها ادامه یافت و در حالی که رسانه‌ها مدعی شدند که جنبش نور شهر را گرفته است، دوریان کسلان این خبر را "
        "تکذیب کرد.",
        "دوریان کسلان",
    ),
    (
        "در حالی که وزارت دفاع کسلیا گفته بود که جنبش نور عقب‌نشینی کرده، دوریان کسلان این گزارش را رد کرد.",
        "دوریان کسلان",
    ),
    # (a list inside the claim, its words set apart by commas: the clause closes at the comma after its verb)
    (
        "تنش‌ها بار دیگر افزایش یافته و در حالی که دولت کسلیا مدعی است که جنبش نور در شهرهای الف، ب و ج حملات "
        "انجام داده است، وزیر دفاع کسلیا این ادعا را رد کرد.",
        "وزیر دفاع کسلیا",
    ),
    (
        "در حالی که کسلیا مدعی است که جنبش نور در شهرهای الف، ب و ج حمله کرده، دوریان کسلان این ادعا را رد کرد.",
        "دوریان کسلان",
    ),
]


@pytest.mark.parametrize(("text", "who"), WHILE_CLAIMS)
def test_the_denier_follows_a_while_clause_that_holds_a_claim(text: str, who: str) -> None:
    assert deniers("fa", text) == [who]


def test_a_while_clause_without_a_claim_still_reads_its_subject_after() -> None:
    # guard: the clause's own verb ends it, as before
    assert deniers("fa", "در حالی که گزارش‌ها منتشر می‌شد، دوریان کسلان این خبر را تکذیب کرد.") == ["دوریان کسلان"]


def test_a_claim_said_outright_keeps_its_that_clause_subject() -> None:
    # guard: no 'while' clause: the 'که' clause after a verb of saying has its own subject, as before
    assert deniers("fa", "دوریان کسلان گفت که جنبش نور حمله را رد می‌کند.") == ["جنبش نور"]


def test_a_while_clause_whose_claim_names_the_denier_first() -> None:
    # guard: 'while the movement claimed ..., the ministry denied it': the ministry, not the movement
    text = "در حالی که جنبش نور ادعا کرد که شهر را گرفته است، وزارت دفاع کسلیا این خبر را تکذیب کرد."
    assert deniers("fa", text) == ["وزارت دفاع کسلیا"]


# --- a statement's relative clause, taken up again with 'آن را' ---------------------------------------------------

PUBLISHED = [
    (
        "وزارت دفاع کسلیا با صدور بیانیه‌ای که خبرگزاری رسمی کسلیا آن را منتشر کرد، اوضاع امنیتی را آرام اعلام و "
        "تاکید کرد هیچ حادثه‌ای رخ نداده است.",
        "وزارت دفاع کسلیا",
    ),
    (
        "وزارت دفاع کسلیا با صدور بیانیه‌ای که خبرگزاری رسمی کسلیا آن را منتشر کرد، اوضاع امنیتی را آرام اعلام کرد.",
        "وزارت دفاع کسلیا",
    ),
    (
        "وزارت دفاع کسلیا با صدور بیانیه‌ای که خبرگزاری نور آن را منتشر کرد، اوضاع را آرام خواند و تاکید کرد هیچ "
        "حادثه‌ای رخ نداده است.",
        "وزارت دفاع کسلیا",
    ),
    ("جنبش نور در پیامی که شبکه کسلیا آن را پخش کرد، حمله به شهر را تکذیب کرد.", "جنبش نور"),
]


@pytest.mark.parametrize(("text", "who"), PUBLISHED)
def test_the_one_who_published_a_statement_is_not_its_speaker(text: str, who: str) -> None:
    assert [w for _, w, _ in said("fa", text)] == [who]


def test_a_claim_taken_up_again_before_its_own_verb_keeps_the_clause_subject() -> None:
    # guard: 'a claim the ministry had rejected': the ministry is the subject of the clause's own verb of denial
    assert deniers("fa", "جنبش نور ادعایی را که وزارت دفاع کسلیا آن را رد کرده بود، تکرار کرد.") == ["وزارت دفاع کسلیا"]


def test_a_report_clause_after_its_that_keeps_its_own_subject() -> None:
    # guard: the clause after 'حاکی است که' (it says that) has its own subject
    text = "گزارشی که خبرگزاری نور آن را منتشر کرد، حاکی است که دوریان کسلان حمله را تکذیب کرد."
    assert deniers("fa", text) == ["دوریان کسلان"]


# --- the day and the statement before what was denied -------------------------------------------------------------


def denied(text: str) -> list[str]:
    return [r["denied"] for r in built("fa", text) if "denied" in r]


OPENED_OBJECTS = [
    (
        "وزارت دفاع کسلیا امروز یکشنبه با صدور بیانیه‌ای وقوع هر گونه انفجار نزدیک فرودگاه را تکذیب کرد.",
        "وقوع هر گونه انفجار نزدیک فرودگاه",
    ),
    (
        "وزارت دفاع کسلیا امروز پنجشنبه استعفای دوریان کسلان، وزیر دفاع کسلیا را تکذیب کرد.",
        "استعفای دوریان کسلان، وزیر دفاع کسلیا",
    ),
    ("جنبش نور با انتشار بیانیه‌ای حمله به شهر را رد کرد.", "حمله به شهر"),
    ("جنبش نور در بیانیه‌ای، ادعای حمله به شهر را رد کرد.", "ادعای حمله به شهر"),
    ("جنبش نور روز شنبه حمله به شهر را رد کرد.", "حمله به شهر"),
    ("جنبش نور شب گذشته حمله به شهر را رد کرد.", "حمله به شهر"),
]


@pytest.mark.parametrize(("text", "what"), OPENED_OBJECTS)
def test_what_was_denied_starts_after_the_day_and_the_statement(text: str, what: str) -> None:
    assert denied(text) == [what]


def test_a_day_inside_the_object_stays() -> None:
    # guard: 'the attack of Saturday on the city': the day is the attack's
    assert denied("جنبش نور حمله روز شنبه به شهر را رد کرد.") == ["حمله روز شنبه به شهر"]
