"""Persian, round 27: shapes an editor's walk-through of new Persian news found the rules missing.

Made-up people (دوریان کسلان), a made-up movement (جنبش نور), a made-up state (کسلیا) and its bodies. Each shape is
tested on variants, with guards that the rule does not over-fire:
- a span of time opening the sentence before its comma ('یک روز پس از اظهارات ...، X گفته است', a day after the
  remarks, X said): the subject follows the comma, never the number ('یک');
- 'this' and a body's word as the subject, before an object whose name an office sets off with a comma ('این
  وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را «...» خوانده است'): the ministry named before speaks, not the
  minister after the comma;
- a claim a relative clause takes up again with 'آن را' ('کسلیا جنبش نور را متهم کرد؛ اتهامی که جنبش نور آن را رد
  کرده است', an accusation the movement denied; 'خبری ... منتشر شد که X آن را تکذیب کرد'): what was denied is the
  claim, not 'آن' (it); and after a semicolon, the relative clause's own subject denies, not the one who made the claim;
- 'X گفت: خبر ... کذب محض است' (sheer lies): what was denied stops before the judgement, as with 'کذب است';
- 'X ضمن تکذیب این خبر اعلام کرد که ...' (while denying this report, X announced): what was denied is the verbal
  noun's object, not the whole sentence;
- 'X ... را بی‌اساس خواند و تکذیب کرد' (called baseless and denied): what was denied is the object called baseless;
- a body's office in a chain of bodies, ten words long ('روابط عمومی قرارگاه ... نیروی زمینی سپاه ...'), is a denier.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said


def speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, who) for kind, who, _ in said("fa", *paragraphs)]


def denied(*paragraphs: str) -> list[str]:
    return [r["denied"] for r in built("fa", *paragraphs) if "denied" in r]


# --- a span of time before the comma ------------------------------------------------------------------------------

TIME_SPANS = [
    (
        "یک روز پس از اظهارات وزیر دفاع کسلیا درباره حمله، وزارت دفاع جنبش نور گفته است که کسلیا نباید حمله کند.",
        "وزارت دفاع جنبش نور",
    ),
    ("دو روز پس از حمله، دوریان کسلان گفت که جنبش نور عقب‌نشینی کرده است.", "دوریان کسلان"),
    ("یک هفته بعد از انفجار، دوریان کسلان گفت: جنبش نور مسئول است.", "دوریان کسلان"),
    ("سه ساعت پس از حمله، وزارت دفاع کسلیا اعلام کرد که شهر آرام است.", "وزارت دفاع کسلیا"),
    ("ساعاتی پس از انفجار، جنبش نور این خبر را تکذیب کرد.", "جنبش نور"),
    ("۲ روز بعد از حمله، وزارت دفاع کسلیا گفت که شهر آرام است.", "وزارت دفاع کسلیا"),
]


@pytest.mark.parametrize(("text", "who"), TIME_SPANS)
def test_the_subject_follows_an_opening_span_of_time(text: str, who: str) -> None:
    assert [w for _, w in speakers(text)] == [who]


def test_a_number_that_opens_a_description_stays_the_subject() -> None:
    # guard: 'یک منبع آگاه' (a source) is no span of time
    assert speakers("یک منبع آگاه در وزارت دفاع کسلیا گفت که جنبش نور عقب‌نشینی کرده است.")[0][1].startswith("یک منبع")


def test_a_span_of_time_without_its_comma_is_left_as_it_was() -> None:
    # guard: no comma, no subject found after it: the rule does not guess one
    text = "دوریان کسلان گفت که جنبش نور عقب‌نشینی کرده است."
    assert speakers(text) == [("reported", "دوریان کسلان")]


# --- 'this ministry' before an object with an office set off by a comma -------------------------------------------

BEFORE = "وزارت دفاع جنبش نور گفته است که کسلیا نباید حمله کند."

THIS_BODY = [
    "این وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را «نسنجیده و خطرناک» خوانده است.",
    "این وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را «نسنجیده و خطرناک» خوانده که به نفع هیچکس نیست.",
    "این جنبش ادعاهای دوریان کسلان، سخنگوی وزارت دفاع کسلیا را «دروغ» خواند.",
    "این وزارتخانه اظهارات دوریان کسلان، وزیر دفاع کسلیا را نسنجیده خواند.",
]


@pytest.mark.parametrize("text", THIS_BODY)
def test_this_body_speaks_not_the_office_after_the_comma(text: str) -> None:
    assert speakers(BEFORE, text)[1][1] == "وزارت دفاع جنبش نور"


def test_an_opening_phrase_with_this_still_ends_at_its_comma() -> None:
    # guard: 'در این نشست، X گفت' opens with a preposition: the subject follows the comma, as before
    assert speakers(BEFORE, "در این نشست، دوریان کسلان گفت که شهر آرام است.")[1][1] == "دوریان کسلان"


def test_this_body_set_off_by_its_own_comma_is_left_as_it_was() -> None:
    # guard: 'این وزارتخانه، ...' (a comma right after it) is not the shape
    assert speakers(BEFORE, "این وزارتخانه، در بیانیه‌ای گفت که شهر آرام است.")[1][0] == "reported"


# --- a claim taken up again by a relative clause ------------------------------------------------------------------

TAKEN_UP = [
    (
        "کسلیا بارها جنبش نور را به حمله به بیمارستان‌ها متهم کرده است؛ اتهامی که جنبش نور به شدت آن را رد کرده است.",
        "کسلیا بارها جنبش نور را به حمله به بیمارستان‌ها متهم کرده است",
    ),
    ("کسلیا جنبش نور را به حمله متهم کرد، اتهامی که این جنبش آن را رد کرده است.", "کسلیا جنبش نور را به حمله متهم کرد"),
    (
        "رسانه‌ها از کشته شدن دوریان کسلان خبر دادند، خبری که جنبش نور آن را تکذیب کرد.",
        "رسانه‌ها از کشته شدن دوریان کسلان خبر دادند",
    ),
    (
        "کسلیا جنبش نور را به حمله متهم کرد؛ اتهامی که دوریان کسلان آن را دروغ محض خواند.",
        "کسلیا جنبش نور را به حمله متهم کرد",
    ),
    ("دیشب خبری مبنی بر حمله به پایگاه منتشر شد که وزارت دفاع کسلیا آن را تکذیب کرد.", "خبری مبنی بر حمله به پایگاه"),
]


@pytest.mark.parametrize(("text", "what"), TAKEN_UP)
def test_what_was_denied_is_the_claim_taken_up_again(text: str, what: str) -> None:
    assert denied(text) == [what]


DENIER_AFTER_SEMICOLON = [
    ("کسلیا اعلام کرد که جنبش نور شهر را گرفته است؛ ادعایی که دوریان کسلان آن را تکذیب کرد.", "دوریان کسلان"),
    ("کسلیا مدعی شد که جنبش نور شهر را گرفته است؛ ادعایی که جنبش نور آن را بی‌اساس خواند.", "جنبش نور"),
    ("وزارت دفاع کسلیا جنبش نور را مسئول انفجار دانست؛ ادعایی که دوریان کسلان آن را تکذیب کرد.", "دوریان کسلان"),
]


@pytest.mark.parametrize(("text", "who"), DENIER_AFTER_SEMICOLON)
def test_the_relative_clause_after_a_semicolon_has_its_own_denier(text: str, who: str) -> None:
    assert [w for kind, w in speakers(text) if kind == "denial"] == [who]


def test_a_that_clause_with_it_keeps_its_own_subject() -> None:
    # guard: no claim's noun before 'که': 'X said that the movement rejects it', the movement denies, as before
    assert [w for kind, w in speakers("دوریان کسلان گفت که جنبش نور آن را رد می‌کند.") if kind == "denial"] == [
        "جنبش نور"
    ]


def test_a_plain_object_is_left_as_it_was() -> None:
    # guard: 'this accusation' is what was denied, no clause before it taken up
    assert denied("دوریان کسلان این اتهام را رد کرد.") == ["این اتهام"]


# --- 'sheer lies' after a colon -----------------------------------------------------------------------------------

SHEER = [
    ("دوریان کسلان گفت: خبر ورود جنبش نور به شهر کذب محض است.", "خبر ورود جنبش نور به شهر"),
    ("دوریان کسلان در پی شایعات گفت: خبر حمله جنبش نور به پایگاه کذب محض است.", "خبر حمله جنبش نور به پایگاه"),
    ("دوریان کسلان گفت: خبر ورود جنبش نور به شهر دروغ محض است.", "خبر ورود جنبش نور به شهر"),
]


@pytest.mark.parametrize(("text", "what"), SHEER)
def test_what_is_called_sheer_lies_stops_before_the_judgement(text: str, what: str) -> None:
    assert denied(text) == [what]


def test_a_plain_lie_still_stops_before_the_judgement() -> None:
    # guard: 'کذب است' as before
    assert denied("وزارت دفاع کسلیا اعلام کرد: گزارش‌های عقب‌نشینی نیروها کذب است.") == ["گزارش‌های عقب‌نشینی نیروها"]


# --- while denying ------------------------------------------------------------------------------------------------

WHILE_DENYING = [
    ("جنبش نور ضمن تکذیب این خبر اعلام کرد که شهر آرام است.", "این خبر"),
    ("دوریان کسلان ضمن تکذیب خبر حمله به پایگاه گفت که نیروها در مواضع خود هستند.", "خبر حمله به پایگاه"),
    ("دوریان کسلان با تکذیب این خبر گفت: نیروها در مواضع خود هستند.", "این خبر"),
    ("دوریان کسلان ضمن رد ادعای وزارت دفاع کسلیا افزود که جنبش نور عقب‌نشینی نکرده است.", "ادعای وزارت دفاع کسلیا"),
    (
        "در حالی که رسانه‌های کسلیا مدعی پیشروی نیروها هستند، جنبش نور ضمن تکذیب این ادعاها گزارش داد که وضعیت شهر "
        "تغییری نکرده است.",
        "این ادعاها",
    ),
]


@pytest.mark.parametrize(("text", "what"), WHILE_DENYING)
def test_what_was_denied_while_saying_is_the_verbal_nouns_object(text: str, what: str) -> None:
    assert denied(text) == [what]


# --- called baseless and denied -----------------------------------------------------------------------------------

CALLED_AND_DENIED = [
    "وزارت دفاع کسلیا با صدور بیانیه‌ای هرگونه درگیری در شهر را بی اساس خواند و تکذیب کرد.",
    "دیشب خبری در برخی رسانه ها مبنی بر حمله جنبش نور به پایگاه منتشر شد که وزارت دفاع کسلیا با صدور بیانیه‌ای "
    "هرگونه درگیری در شهر را از پایه بی اساس خواند و تکذیب کرد.",
]


@pytest.mark.parametrize("text", CALLED_AND_DENIED)
def test_what_was_called_baseless_and_denied_is_the_object(text: str) -> None:
    assert denied(text) == ["هرگونه درگیری در شهر"]


# --- a long chain of bodies ---------------------------------------------------------------------------------------

LONG_BODIES = [
    (
        "روابط عمومی قرارگاه مرکزی جنوب شرق نیروی زمینی ارتش کسلیا با صدور بیانیه‌ای خبر درگیری در مرز را تکذیب کرد.",
        "روابط عمومی قرارگاه مرکزی جنوب شرق نیروی زمینی ارتش کسلیا",
    ),
    (
        "فرماندهی عملیات مشترک جنوب شرق نیروی زمینی ارتش کسلیا خبر درگیری در مرز را تکذیب کرد.",
        "فرماندهی عملیات مشترک جنوب شرق نیروی زمینی ارتش کسلیا",
    ),
]


@pytest.mark.parametrize(("text", "who"), LONG_BODIES)
def test_a_long_chain_of_bodies_denies(text: str, who: str) -> None:
    assert speakers(text) == [("denial", who)]


def test_a_long_subject_that_names_no_bodies_is_still_too_long() -> None:
    # guard: eight or more words with no chain of bodies name no speaker, as before
    text = "مردم شهر نور و روستاهای اطراف آن در شمال کسلیا این خبر را تکذیب کردند."
    assert all(who != "مردم شهر نور و روستاهای اطراف آن در شمال کسلیا" for _, who in speakers(text))
