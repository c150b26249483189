"""Persian denials, round 23: variants of one denial are read as their plain twin (issue 17; metamorphic tests).

Each variant is compared with the reading of its plain twin, 'X این خبر را تکذیب کرد' (X denied this report), for
the same made-up denier: a person (بهرام نیک‌زاد), a spokesman of a body (سخنگوی جنبش نمونه), a ministry (وزارت کشور
کسلیا), a body (جنبش نمونه), a country (کسلیا), a source close to a group (یک منبع نزدیک به جنبش نمونه) and an
unnamed official (یک مقام آگاه). Axes the earlier modules (test_consistency_fa*.py, test_consistency_denials_ar_fa.py)
leave out:

- what is denied is an act, named by its verbal noun ('X ارسال سلاح به یمن را رد کرد', denied sending weapons), or
  taking part in, working with, supporting one ('X مشارکت در این حمله را تکذیب کرد'): no part of the denier's name;
- the spokesman of a body denies after someone else spoke: he is not the one who spoke before, unless that one was
  named with his office;
- a headline whose speaker is a source described at length ('یک منبع نزدیک به جنبش نمونه: ...');
- the other forms of the verb: the past progressive ('تکذیب می‌کرد'), the formal 'subjected to denial' in the
  passive with its agent and in the active ('مورد تکذیب قرار گرفت / داد'), 'set about denying' ('به تکذیب ...
  پرداخت'), 'rejected that ...' ('رد کرد که ...');
- 'has no basis' with the indefinite ending after a vowel ('هیچ مبنایی ندارد', 'هیچ پایه‌ای ندارد');
- a surname after a title of respect ('دکتر نیک‌زاد', 'مهندس نیک‌زاد') is the person named before, as 'آقای نیک‌زاد';
- guards: a body whose name holds such a noun ('شورای همکاری ...', 'جبهه مشارکت ...'), 'did not set about
  denying', a proposal 'rejected, which ...', one who reports another's 'rejected that'.

Left out: a title of respect before a name ('دکتر', 'مهندس', 'آقای') is kept in the label, as 'آقای X' is when X
was not named before (by design, :mod:`generator.draft.lang.arabic_script`); 'نقض آتش‌بس را رد کرد' (rejected a
ceasefire violation) reads 'آتش‌بس' as a proposal refused (``proposals``).
"""

from __future__ import annotations

import functools

import pytest

from tests.draft.conftest import said

OTHER = "فرهاد صدری گفت: «مذاکرات ادامه دارد»."

DENIERS = [
    "بهرام نیک‌زاد",
    "سخنگوی جنبش نمونه",
    "وزارت کشور کسلیا",
    "جنبش نمونه",
    "کسلیا",
    "یک منبع نزدیک به جنبش نمونه",
    "یک مقام آگاه",
]


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in said("fa", *paragraphs)]


@functools.cache
def plain(denier: str) -> list[tuple[str, str]]:
    """The plain twin's reading: 'X این خبر را تکذیب کرد'."""
    return _kinds(f"{denier} این خبر را تکذیب کرد.")


def rotate(*axes: list, count: int) -> list[tuple]:
    """``count`` combinations of the axes, each value of each axis in turn (every value met, fast)."""
    return [tuple(axis[i % len(axis)] for axis in axes) for i in range(count)]


def test_the_plain_twins_are_denials_by_their_deniers() -> None:
    for denier in DENIERS:
        assert plain(denier) == [("denial", denier)], denier


# --- what is denied is an act ----------------------------------------------------------------------------------------

ACTS = [
    "ارسال سلاح به یمن",
    "اعزام نیرو به سوریه",
    "فروش سلاح به این گروه",
    "کمک تسلیحاتی به این گروه",
    "پرداخت پول به این گروه",
    "حمله موشکی به پایگاه",
    "شلیک موشک به پایگاه",
    "تیراندازی به معترضان",
    "ترور فرمانده جنبش",
    "قتل دو سرباز",
    "بازداشت فرمانده جنبش",
    "سفر وزیر به کسلیا",
    "استقرار نیروها در مرز",
    "عقب‌نشینی نیروها",
    "سقوط شهر",
    "تصرف پایگاه",
    "محاصره شهر",
    "تخلیه سفارت",
    "انسداد تنگه",
    "توقیف نفتکش",
    "انجام این حمله",
    "پیشروی نیروهای دشمن",
]


@pytest.mark.parametrize(
    ("denier", "act", "verb"), rotate(DENIERS, ACTS, ["تکذیب کرد", "رد کرد", "تکذیب کرده است"], count=44)
)
def test_an_act_denied_is_no_part_of_the_denier(denier: str, act: str, verb: str) -> None:
    """'جنبش نمونه ارسال سلاح به یمن را رد کرد' (denied sending weapons to Yemen) as 'جنبش نمونه این خبر را تکذیب کرد':
    the verbal noun opens the object, never 'جنبش نمونه ارسال'."""
    text = f"{denier} {act} را {verb}."
    assert _kinds(text) == plain(denier), text


PHRASES = ["مشارکت در این حمله", "همکاری با دشمن", "حمایت از این گروه", "ارتباط با این گروه", "دست داشتن در حمله"]


@pytest.mark.parametrize(("denier", "what"), rotate(DENIERS, PHRASES, count=14))
def test_taking_part_in_or_working_with_denied_is_no_part_of_the_denier(denier: str, what: str) -> None:
    """'X مشارکت در این حمله را تکذیب کرد' (denied taking part in the attack), 'X همکاری با دشمن را رد کرد'."""
    text = f"{denier} {what} را تکذیب کرد."
    assert _kinds(text) == plain(denier), text


# (left out: a name that runs on over 'از', 'ستاد حمایت از خانواده', is cut there as every subject is)
@pytest.mark.parametrize("body", ["شورای همکاری خلیج فارس", "سازمان همکاری اسلامی", "جبهه مشارکت ایران اسلامی"])
def test_a_body_named_with_such_a_noun_keeps_its_name(body: str) -> None:
    # guard: 'همکاری', 'مشارکت' in a body's name, right after its head word or before no preposition
    assert _kinds(f"{body} این خبر را تکذیب کرد.") == [("denial", body)]


# --- a spokesman after someone else ----------------------------------------------------------------------------------

OFFICES = ["سخنگوی جنبش نمونه", "سخنگوی وزارت کشور کسلیا", "معاون وزیر کشور کسلیا", "فرمانده سپاه نمونه"]
AFTER = ["{o} این خبر را تکذیب کرد.", "{o} گفت که این خبر صحت ندارد.", "{o} ادعای فرهاد صدری را بی‌اساس خواند."]


@pytest.mark.parametrize(("office", "after"), rotate(OFFICES, AFTER, count=12))
def test_an_office_of_a_body_after_another_speaker_is_not_that_speaker(office: str, after: str) -> None:
    """'فرهاد صدری گفت ...' then 'سخنگوی جنبش نمونه این خبر را تکذیب کرد': the spokesman denies, as he does with no
    one before him; not فرهاد صدری, who was never named with that office."""
    text = after.format(o=office)
    alone = _kinds(text)
    assert alone == [("denial", office)], text
    assert _kinds(OTHER, text)[1:] == alone, text


@pytest.mark.parametrize(
    "later",
    [
        "سخنگوی جنبش نمونه این خبر را تکذیب کرد.",
        "سخنگوی این جنبش این خبر را تکذیب کرد.",
        "سخنگوی جنبش این خبر را تکذیب کرد.",
        "سخنگو این خبر را تکذیب کرد.",
    ],
)
def test_the_office_one_was_named_with_is_still_theirs(later: str) -> None:
    # guard: named with the office before ('X، سخنگوی جنبش نمونه، گفت'), the office, whole or short, is X again
    first = "بهرام نیک‌زاد، سخنگوی جنبش نمونه، گفت: «مذاکرات ادامه دارد»."
    assert _kinds(first, later)[1:] == [("denial", "بهرام نیک‌زاد")], later


# --- a headline whose speaker is a source described at length ------------------------------------------------------

SOURCES = [
    "یک منبع آگاه",
    "یک منبع نزدیک به جنبش نمونه",
    "منابع نزدیک به جنبش نمونه",
    "یک مقام ارشد جنبش نمونه",
    "یک منبع در وزارت کشور کسلیا",
    "مقامات ارشد وزارت کشور کسلیا",
]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("words", ["خبر استعفای وزیر کذب محض است", "این ادعا صحت ندارد"])
def test_a_headline_source_described_at_length_denies(source: str, words: str) -> None:
    """'یک منبع نزدیک به جنبش نمونه: خبر استعفای وزیر کذب محض است' as 'یک منبع آگاه: ...' and as the source's own
    sentence in the body."""
    headline = _kinds(f"{source}: {words}", "جلسه امروز برگزار شد.")
    assert headline == [("denial", source)] == _kinds(f"{source} گفت: «{words}».")


# --- the other forms of the verb -------------------------------------------------------------------------------------

FORMS = [
    "{s} این خبر را تکذیب می‌کرد.",
    "{s} این خبر را رد می‌کردند.",
    "این خبر از سوی {s} مورد تکذیب قرار گرفت.",
    "این ادعا توسط {s} مورد تکذیب قرار گرفته است.",
    "{s} این خبر را مورد تکذیب قرار داد.",
    "{s} با انتشار بیانیه‌ای به تکذیب این خبر پرداخت.",
    "{s} در واکنش به این گزارش به تکذیب آن پرداخت.",
    "{s} رد کرد که وزیر استعفا داده است.",
    "{s} گفت که این ادعا «هیچ مبنایی ندارد».",
    "{s} گفت: «این خبر هیچ پایه‌ای ندارد».",
]


@pytest.mark.parametrize(("denier", "form"), rotate(DENIERS, FORMS, count=35))
def test_every_form_of_denying_reads_as_the_plain_twin(denier: str, form: str) -> None:
    """The past progressive, 'مورد تکذیب قرار گرفت' with its agent and 'قرار داد', 'به تکذیب ... پرداخت' (set about
    denying), 'رد کرد که ...' (rejected that) and 'هیچ مبنایی ندارد' (has no basis) as 'X این خبر را تکذیب کرد'."""
    text = form.format(s=denier)
    assert _kinds(text) == plain(denier), text


@pytest.mark.parametrize(
    "text",
    [
        "بهرام نیک‌زاد به تکذیب این خبر نپرداخت.",
        "بهرام نیک‌زاد هزینه سفر را پرداخت.",
        "جنبش نمونه پیشنهاد مذاکره را رد کرد که از سوی دولت مطرح شده بود.",
        "بهرام نیک‌زاد این خبر را مورد بررسی قرار داد.",
        "بهرام نیک‌زاد صحت این خبر را مورد تایید قرار داد.",
        "بهرام نیک‌زاد گفت که این ادعا مبنای قانونی دارد.",
    ],
)
def test_what_only_looks_like_those_forms_denies_nothing(text: str) -> None:
    # guard: not setting about it, paying, a proposal refused, examining or confirming, a basis there is
    assert all(k != "denial" for k, _ in _kinds(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "فرهاد صدری گفت که جنبش نمونه رد کرد که وزیر استعفا داده است.",
        "فرهاد صدری با اشاره به تکذیب جنبش نمونه گفت که مذاکرات ادامه دارد.",
        "فرهاد صدری گفت که این خبر از سوی جنبش نمونه مورد تکذیب قرار گرفت.",
    ],
)
def test_one_who_reports_the_denial_is_not_the_denier(text: str) -> None:
    # guard: the movement denies, or no one is drafted as denying; never فرهاد صدری, who tells of it
    assert [s for k, s in _kinds(text) if k == "denial"] in ([], ["جنبش نمونه"]), text


# --- a surname after a title of respect -------------------------------------------------------------------------------


@pytest.mark.parametrize("respect", ["", "آقای ", "دکتر ", "مهندس "])
@pytest.mark.parametrize("later", ["{h}نیک‌زاد این خبر را تکذیب کرد.", "{h}نیک‌زاد گفت که این ادعا بی‌اساس است."])
def test_a_surname_after_a_title_of_respect_is_the_one_named_before(respect: str, later: str) -> None:
    """'بهرام نیک‌زاد گفت ...' then 'دکتر نیک‌زاد این خبر را تکذیب کرد' (Dr Nikzad denied it) as 'نیک‌زاد ...' and
    'آقای نیک‌زاد ...': the person named before, never a new 'دکتر نیک‌زاد'."""
    text = later.format(h=respect)
    assert _kinds(OTHER.replace("فرهاد صدری", "بهرام نیک‌زاد"), text)[1:] == [("denial", "بهرام نیک‌زاد")], text
