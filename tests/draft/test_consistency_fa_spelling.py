"""Persian, round 21: a sentence is read alike however its letters and joiners are written, and whatever stands
between its subject and its verb (issue 17; metamorphic tests).

Made-up people and bodies (بهرام نیک‌زاد، فرهاد صدری، جنبش نمونه، خبرگزاری نمونه), with real countries where a
country is what ends a subject. The axes:

- letters: Persian news writes the yeh and kaf in the Persian form (ی، ک) or the Arabic one (ي، ك), as Afghan and
  older stored copies do, and the zero-width non-joiner as such, as nothing or as a space. 'که' (that, who) and a
  country's name must be found in every form ('در اعلامیه‌ای كه X ... نشر كرد آمده است', 'وزير خارجه پاكستان').
- a relative clause after an unnamed source without its comma ('یک منبع آگاه که نخواست نامش فاش شود به خبرگزاری X
  گفت'): it describes the source, as with the comma.
- an office before a body and a name set beside it ('رهبر جنبش نمونه، بهرام نیک‌زاد، گفت'): every office word, not
  only 'سخنگوی', leaves the name the speaker.
- what is denied named with the indefinite ending ('X گزارش‌هایی را که ... تکذیب کرد'): the object, no part of X.
- a claim not accepted ('این ادعا را قبول ندارد') or an involvement denied ('دخیل نبوده است'), as 'نپذیرفت' and
  'نقشی نداشته'.

Each variant is compared with the reading of its plain twin: the same kind (quote, reported, denial) and the same
speaker, whose label is compared with its letters and joiners folded.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse

ZWNJ = "\u200c"
QUOTE = "نیروهای ما در مواضع خود مستقر هستند"


def _fold(label: str) -> str:
    return "".join(label.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9").replace(ZWNJ, "").split())


def rotate(*axes: list, count: int | None = None) -> list[tuple]:
    """A few cases that take every value of every axis at least once (the i-th case takes each axis's i-th value,
    round), so that the tests stay fast; :func:`every_variant` gives the whole product."""
    count = count or max(len(axis) for axis in axes)
    return [tuple(axis[i % len(axis)] for axis in axes) for i in range(count)]


def read(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, folded speaker label) of each unit drafted from ``paragraphs`` (after the title)."""
    return [(u.kind, _fold(u.speaker.label)) for u in analyse("fa", *paragraphs).units if u.number >= 2]


# how a stored copy writes its letters and joiners
SPELLINGS = {
    "as written": lambda s: s,
    "no joiner": lambda s: s.replace(ZWNJ, ""),
    "joiner as space": lambda s: s.replace(ZWNJ, " "),
    "arabic letters": lambda s: s.replace("\u06cc", "\u064a").replace("\u06a9", "\u0643"),
    "arabic letters, no joiner": lambda s: s.replace(ZWNJ, "").replace("\u06cc", "\u064a").replace("\u06a9", "\u0643"),
}

# --- letters ---------------------------------------------------------------------------------------------------------

# (sentence, kind, speaker)
LETTERED = [
    # 'که' after a statement: the clause names who issued it, the statement speaks for them
    (
        f"در اعلامیه‌ای که بهرام نیک‌زاد، سخنگوی جنبش نمونه در صفحه خود نشر کرد آمده است: «{QUOTE}».",
        "quote",
        "بهرام نیک‌زاد",
    ),
    (f"در بیانیه‌ای که فرهاد صدری، فرمانده جنبش نمونه روز شنبه منتشر کرد آمده است: «{QUOTE}».", "quote", "فرهاد صدری"),
    # a country ends the subject before an object of several words
    ("وزیر خارجه پاکستان یافته‌های یک گزارش ناتو را رد کرد.", "denial", "وزیر خارجه پاکستان"),
    ("وزیر دفاع سوریه نتایج یک تحقیق تازه را رد کرد.", "denial", "وزیر دفاع سوریه"),
    ("سخنگوی وزارت خارجه ترکیه محتوای گزارش‌های منتشر شده را تکذیب کرد.", "denial", "سخنگوی وزارت خارجه ترکیه"),
]


@pytest.mark.parametrize(("case", "spelling"), rotate(LETTERED, list(SPELLINGS)[1:], count=2 * len(LETTERED)))
def test_letters_and_joiners_leave_the_reading(case, spelling):
    sentence, kind, speaker = case
    written = SPELLINGS[spelling](sentence)
    assert read(written) == [(kind, _fold(speaker))], written


# --- a relative clause after an unnamed source -----------------------------------------------------------------------

SOURCES = ["یک منبع آگاه", "یک مقام ارشد جنبش نمونه", "یک منبع امنیتی", "یک عضو جنبش نمونه"]
CLAUSES = ["نخواست نامش فاش شود", "نخواست نامش منتشر شود", "در محل حضور داشت"]
TOLD = ["به خبرگزاری نمونه", "در گفتگو با خبرگزاری نمونه", "در گفت‌وگو با شبکه نمونه", "به رسانه‌ها"]
SAID = [
    (f"گفت: «{QUOTE}».", "quote"),
    (f"گفت: {QUOTE}.", "quote"),
    ("گفت که این خبر صحت ندارد.", "denial"),
    ("تاکید کرد که این گزارش‌ها بی‌اساس است.", "denial"),
]


@pytest.mark.parametrize(("source", "clause", "told", "said"), rotate(SOURCES, CLAUSES, TOLD, SAID, count=6))
def test_a_relative_clause_without_its_comma_describes_the_source(source, clause, told, said):
    """'یک منبع آگاه که نخواست نامش فاش شود به خبرگزاری X گفت' as with the comma after 'شود'."""
    said, kind = said
    text = f"{source} که {clause} {told} {said}"
    with_comma = f"{source} که {clause}، {told} {said}"
    assert read(text) == read(with_comma) == [(kind, _fold(source))], text


# --- an office before the name ---------------------------------------------------------------------------------------

OFFICES = [
    "سخنگوی",
    "رهبر",
    "رئیس",
    "رییس",
    "مسئول روابط عمومی",
    "مسئول",
    "والی",
    "استاندار",
    "فرماندار",
    "دادستان",
    "سرپرست",
    "کاردار",
    "نایب رئیس",
    "قائم‌مقام",
]
OFFICE_FORMS = [
    ("{o} جنبش نمونه، {n}، گفت: {q}.", "quote"),
    ("{n}، {o} جنبش نمونه، گفت: {q}.", "quote"),
    ("{o} جنبش نمونه، {n}، این خبر را تکذیب کرد.", "denial"),
    ("{n}، {o} جنبش نمونه، این گزارش‌ها را بی‌اساس خواند.", "denial"),
    ("{o} جنبش نمونه {n} این خبر را رد کرد.", "denial"),
]
NAMES = ["بهرام نیک‌زاد", "فرهاد صدری"]


@pytest.mark.parametrize(("office", "form", "name"), rotate(OFFICES, OFFICE_FORMS, NAMES))
def test_every_office_before_a_body_leaves_the_name_the_speaker(office, form, name):
    form, kind = form
    text = form.format(o=office, n=name, q=QUOTE)
    assert read(text) == [(kind, _fold(name))], text


# --- what is denied, named with the indefinite ending ----------------------------------------------------------------

INDEFINITE = ["گزارش‌هایی", "گزارشهایی", "اخباری", "ادعاهایی", "شایعاتی", "اتهاماتی", "خبرهایی"]


INDEFINITE_VERBS = ["تکذیب کرد", "رد کرد", "بی‌اساس خواند"]


@pytest.mark.parametrize(("claim", "verb", "name"), rotate(INDEFINITE, INDEFINITE_VERBS, NAMES))
def test_a_claim_with_the_indefinite_ending_is_the_object(claim, verb, name):
    """'X گزارش‌هایی را که ... منتشر شده بود، تکذیب کرد' (denied reports that had been published): X denies."""
    text = f"{name} {claim} را که درباره حمله به بندر منتشر شده بود، {verb}."
    assert read(text) == [("denial", _fold(name))], text


# --- a claim not accepted, an involvement denied ---------------------------------------------------------------------

NOT_ACCEPTING = [
    "{s} این ادعاها را قبول ندارد.",
    "{s} گفت که این اتهامات را قبول ندارد.",
    "{s} گفت: «ما این اتهامات را قبول نداریم».",
    "{s} گفت که نیروهای جنبش در این حمله دخیل نبوده‌اند.",
    "{s} گفت که جنبش نمونه در حمله به بندر دخیل نبوده است.",
]


NOT_ACCEPTING_SUBJECTS = ["بهرام نیک‌زاد", "سخنگوی جنبش نمونه", "جنبش نمونه"]


@pytest.mark.parametrize(("form", "subject"), rotate(NOT_ACCEPTING, NOT_ACCEPTING_SUBJECTS))
def test_not_accepting_a_claim_or_having_no_part_is_a_denial(form, subject):
    text = form.format(s=subject)
    assert read(text) == [("denial", _fold(subject))], text


def test_a_proposal_not_accepted_denies_nothing() -> None:
    """(a guard) 'شرایط آتش‌بس را قبول ندارد' refuses terms; it answers no claim."""
    for text in ("دولت کسلیا شرایط آتش‌بس را قبول ندارد.", "بهرام نیک‌زاد پیشنهاد مذاکره را قبول نکرد."):
        assert all(kind != "denial" for kind, _ in read(text)), text


def every_variant() -> list[tuple[str, list[tuple[str, str]]]]:
    """(text, the reading wanted) of every combination of the axes above (the tests take a few of them), to count how
    many a change mends: ``[t for t, want in every_variant() if read(*t.split("|")) != want]``."""
    out = [(SPELLINGS[sp](c[0]), [(c[1], _fold(c[2]))]) for c in LETTERED for sp in SPELLINGS]
    for source, clause, told, (said, kind) in (
        (a, b, c, d) for a in SOURCES for b in CLAUSES for c in TOLD for d in SAID
    ):
        out.append((f"{source} که {clause} {told} {said}", [(kind, _fold(source))]))
    for office, (form, kind), name in ((a, b, c) for a in OFFICES for b in OFFICE_FORMS for c in NAMES):
        out.append((form.format(o=office, n=name, q=QUOTE), [(kind, _fold(name))]))
    for claim, verb, name in ((a, b, c) for a in INDEFINITE for b in INDEFINITE_VERBS for c in NAMES):
        text = f"{name} {claim} را که درباره حمله به بندر منتشر شده بود، {verb}."
        out.append((text, [("denial", _fold(name))]))
    for form, subject in ((a, b) for a in NOT_ACCEPTING for b in NOT_ACCEPTING_SUBJECTS):
        out.append((form.format(s=subject), [("denial", _fold(subject))]))
    return out
