"""Persian, round 28: shapes an editor's walk-through of new Persian news found drafted wrong.

Made-up people (دوریان کسلان), a made-up movement (جنبش نور), a made-up state (کسلیا) and its bodies. Each shape is
tested on variants, with guards that the rule does not over-fire:
- 'X این ادعاها را رد کرد که ...' (denied these claims, that ...): what was denied is the clause after 'که', which
  the demonstrative points ahead to, not 'این ادعاها' (these claims);
- a phrase of where or how it was denied before the object ('در یک نشست خبری', at a press conference; 'در گفتگو با
  خبرنگاران', talking to reporters; 'در واکنش به اظهارات ...', reacting to the remarks of ...): no part of what was
  denied;
- 'X ادعای ... را رد و آن را بی‌اساس دانست' (rejected, and called it baseless, the light verb left out): what was
  denied is the object before 'را رد', not '... را رد و آن';
- 'این گزارش در زمانی آمده است که ...' (this report comes at a time when ...): the reporter's context, no statement
  of the last speaker ('در بیانیه آمده است که ...', it says in the statement, stays one);
- a reporter's lead without its comma before a body on file ('به گزارش خبرگزاری کسنا جنبش نور ادعای ... را رد
  کرد'): the body opens the subject and denies; the outlet's own name, on file as an outlet, never does.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, said


def denied(*paragraphs: str) -> list[str]:
    return [r["denied"] for r in built("fa", *paragraphs) if "denied" in r]


# --- 'these claims', then the claim after 'که' ---------------------------------------------------------------------

POINTING_AHEAD = [
    (
        "دوریان کسلان این ادعاها را رد کرد که جنبش نور در کسلیا آموزش دیده است.",
        "جنبش نور در کسلیا آموزش دیده است",
    ),
    (
        "دوریان کسلان امروز این گزارش را رد کرد که نیروهای کسلیا وارد شهر شده‌اند.",
        "نیروهای کسلیا وارد شهر شده‌اند",
    ),
    (
        "وزارت دفاع کسلیا این خبر را تکذیب کرد که فرمانده جنبش نور کشته شده است.",
        "فرمانده جنبش نور کشته شده است",
    ),
    (
        "جنبش نور این اتهام را رد کرد که به نیروهای کسلیا سلاح داده است.",
        "به نیروهای کسلیا سلاح داده است",
    ),
    (
        "دوریان کسلان، سخنگوی وزارت خارجه کسلیا، این ادعا را رد کرد که کسلیا به جنبش نور پناه داده است.",
        "کسلیا به جنبش نور پناه داده است",
    ),
    (
        "دوریان کسلان، سخنگوی وزارت خارجه کسلیا، امروز در یک نشست خبری این ادعاها را رد کرد که جنبش نور در کسلیا است.",
        "جنبش نور در کسلیا است",
    ),
]


@pytest.mark.parametrize(("text", "what"), POINTING_AHEAD)
def test_these_claims_point_ahead_to_the_clause_after_that(text: str, what: str) -> None:
    assert denied(text) == [what]


def test_these_claims_then_and_said_keep_the_claims() -> None:
    # guard: 'و گفت که ...' (and said that) after the verb is what was said, not what was denied
    assert denied("دوریان کسلان این ادعاها را رد کرد و گفت که جنبش نور در کسلیا نیست.") == ["این ادعاها"]


def test_a_claim_with_its_own_words_keeps_them() -> None:
    # guard: an object with words of its own ('ادعای حمله ...') is what was denied, whatever follows the verb
    assert denied("دوریان کسلان ادعای حمله جنبش نور را رد کرد که دیروز منتشر شد.") == ["ادعای حمله جنبش نور"]


# --- where or how it was denied, before the object -----------------------------------------------------------------

OCCASIONS = [
    ("دوریان کسلان امروز در یک نشست خبری ادعای حمله جنبش نور را رد کرد.", "ادعای حمله جنبش نور"),
    ("دوریان کسلان در نشست خبری ادعای حمله را رد کرد.", "ادعای حمله"),
    ("دوریان کسلان روز دوشنبه در گفتگو با خبرنگاران این خبر را تکذیب کرد.", "این خبر"),
    ("دوریان کسلان در گفت‌وگو با خبرگزاری کسنا ادعای حمله را رد کرد.", "ادعای حمله"),
    ("جنبش نور در واکنش به اظهارات وزیر دفاع کسلیا ادعای حمله را رد کرد.", "ادعای حمله"),
    ("جنبش نور در پاسخ به ادعای وزیر دفاع کسلیا این خبر را تکذیب کرد.", "این خبر"),
    ("دوریان کسلان در مصاحبه با شبکه کسلیا اخبار حمله به شهر را تکذیب کرد.", "اخبار حمله به شهر"),
    # (after an office set off by commas, and a day)
    ("دوریان کسلان، سخنگوی وزارت خارجه کسلیا، امروز در یک نشست خبری ادعای حمله را رد کرد.", "ادعای حمله"),
    ("دوریان کسلان، وزیر دفاع کسلیا، در گفتگو با خبرنگاران این خبر را تکذیب کرد.", "این خبر"),
]


@pytest.mark.parametrize(("text", "what"), OCCASIONS)
def test_the_occasion_of_a_denial_is_not_what_was_denied(text: str, what: str) -> None:
    assert denied(text) == [what]


def test_a_place_in_what_was_denied_stays() -> None:
    # guard: 'در' opening no occasion ('در شهر', in the city) is what was denied
    assert denied("دوریان کسلان حضور نیروهای جنبش نور در شهر را تکذیب کرد.") == ["حضور نیروهای جنبش نور در شهر"]


# --- rejected, and called it baseless -------------------------------------------------------------------------------

REJECTED_AND_CALLED = [
    "جنبش نور ادعای حمله به شهر را رد و آن را بی‌اساس دانست.",
    "جنبش نور ادعای حمله به شهر را رد و آنها را بی‌اساس خواند.",
    "وزارت دفاع کسلیا ادعای حمله به شهر را رد و آن را دروغ خواند.",
    "دوریان کسلان ادعای حمله به شهر را تکذیب و آن را بی‌پایه دانست.",
]


@pytest.mark.parametrize("text", REJECTED_AND_CALLED)
def test_rejected_and_called_baseless_denies_the_object(text: str) -> None:
    assert denied(text) == ["ادعای حمله به شهر"]


# --- a report that comes at a time when ... ------------------------------------------------------------------------

SAID_FIRST = "دوریان کسلان گفت که جنبش نور مسئول حمله است."
AT_A_TIME = [
    "این گزارش در زمانی آمده است که تنش‌ها در کسلیا در حال افزایش است.",
    "این خبر در حالی آمده است که جنبش نور هنوز واکنشی نشان نداده است.",
    "این اظهارات در شرایطی آمده است که نیروهای کسلیا به شهر نزدیک شده‌اند.",
    "این سخنان در زمانی آمده که تنش‌ها در کسلیا بالا گرفته است.",
]


@pytest.mark.parametrize("text", AT_A_TIME)
def test_a_report_coming_at_a_time_is_no_statement(text: str) -> None:
    assert [q for _, _, q in said("fa", SAID_FIRST + " " + text)] == [SAID_FIRST]


def test_it_says_in_the_statement_stays_a_statement() -> None:
    # guard: 'در بیانیه آمده است که' (it says in the statement) reports the statement's words
    text = SAID_FIRST + " در بیانیه جنبش نور آمده است که نیروهایش عقب‌نشینی نمی‌کنند."
    assert len(said("fa", text)) == 2


# --- a reporter's lead without its comma, then a body on file --------------------------------------------------------


def _index() -> NameIndex:
    index = NameIndex()
    index.add("جنبش نور", Known("noor-movement", "group", "movement", "Noor Movement"))
    index.add("وزارت دفاع کسلیا", Known("kaslia-defence", "actor", "organization", "Kaslia Defence Ministry"))
    index.add("کسنا", Known("kasna", "actor", "outlet", "Kasna"))
    return index


BARE_LEADS = [
    ("به گزارش خبرگزاری کسنا جنبش نور ادعای حمله به شهر را رد کرد.", "Noor Movement"),
    ("به گزارش خبرگزاری کسنا جنبش نور در واکنش به اظهارات وزیر کسلیا ادعای حمله را رد کرد.", "Noor Movement"),
    ("به گزارش کسنا وزارت دفاع کسلیا خبر حمله به شهر را تکذیب کرد.", "Kaslia Defence Ministry"),
    ("به گزارش روزنامه کسلیا امروز جنبش نور این خبر را تکذیب کرد.", "Noor Movement"),
]


@pytest.mark.parametrize(("text", "who"), BARE_LEADS)
def test_a_body_on_file_after_a_bare_lead_denies(text: str, who: str) -> None:
    assert [w for k, w, _ in said("fa", text, index=_index()) if k == "denial"] == [who]


def test_the_outlet_of_a_bare_lead_does_not_deny() -> None:
    # guard: the outlet's name on file is the lead's, not the subject ('به گزارش کسنا ...')
    units = said("fa", "به گزارش خبرگزاری کسنا خبر حمله به شهر را تکذیب کرد.", index=_index())
    assert all(w != "Kasna" for _, w, _ in units)
