"""Persian, round 23: quotation precision, one quotation to one speaker, whoever else the paragraph names (issue 17;
metamorphic tests).

Made-up people (رضا کاظمی، علی محمدی), a made-up movement (جنبش نمونه) and a country's offices, as Persian writes them.
Each variant is read as its plain twin: the one who speaks is the speaker, never a person or a body only named beside
them (the object of a verb before 'را', the one an office alone stands for after another person with another office
spoke), and words in marks after a title ('کتاب «...»', the book) are no one's quotation. Axes not in the earlier
modules (test_consistency_fa*.py): a second name as the object run on after the subject; an office alone against the
offices the article named people with; 'رئیس جمهور' written apart; titles in marks of every style; the one relayed
('به نقل از X') and the one named after a preposition as guards.
"""

from __future__ import annotations

import itertools

from tests.draft.conftest import said

QUOTE = "نیروها در مواضع خود هستند"
MORE = "ما به مذاکره ادامه می‌دهیم"
MARKS = [("«", "»"), ("“", "”"), ('"', '"')]


def quoted(*paragraphs: str) -> list[tuple[str, str]]:
    """(speaker label, quotation) of every quotation drafted from ``paragraphs``."""
    return [(who, words) for kind, who, words in said("fa", *paragraphs) if kind == "quote"]


def speakers(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from ``paragraphs``."""
    return [(kind, who) for kind, who, _ in said("fa", *paragraphs)]


# --- a second name run on after the subject, as the object before 'را' ------------------------------------------------

# (subject as written, its label); a body's country is a real one, which ends its name ('وزارت خارجه قطر')
SUBJECTS = [
    ("رضا کاظمی", "رضا کاظمی"),
    ("سردار رضا کاظمی", "رضا کاظمی"),
    ("وزارت خارجه قطر", "وزارت خارجه قطر"),
    ("وزیر خارجه قطر", "وزیر خارجه قطر"),
]
# the object: a body, a person with a rank, an office of a country, a person
OBJECTS = ["جنبش نمونه", "دولت کسلیا", "سردار علی محمدی", "رئیس جمهور کسلیا", "علی محمدی"]
DOING = ["را متهم کرد و گفت", "را تهدید کرد و افزود", "را مقصر دانست و گفت"]


def object_variants() -> list[tuple[str, str]]:
    out = []
    for (subject, label), obj, doing, (o, c) in itertools.product(SUBJECTS, OBJECTS, DOING, MARKS):
        if subject.startswith("وزیر") and obj == "علی محمدی":
            continue  # ('وزیر خارجه قطر علی محمدی' is the minister named after his office: no object is left)
        if subject.startswith("وزارت") and obj == "علی محمدی":
            continue  # left: a body, then a bare name ('وزارت خارجه قطر علی محمدی') reads as one run of names
        out.append((f"{subject} {obj} {doing}: {o}{QUOTE}{c}.", label))
    return out


def test_a_name_run_on_as_the_object_is_no_part_of_the_speaker():
    """'X جنبش نمونه را متهم کرد و گفت: «...»' (X accused the movement and said) is X's quotation, as 'X گفت: «...»':
    the run to 'را' holds the object, so a body's word or an office after a whole subject opens it."""
    failed = [(text, quoted(text)) for text, label in object_variants() if quoted(text) != [(label, QUOTE)]]
    assert not failed, failed[:5]


REMARKS = ["سخنان", "اظهارات"]


def remark_variants() -> list[tuple[str, str]]:
    out = []
    subjects = [("رضا کاظمی", "رضا کاظمی")]
    for (subject, label), remark, obj in itertools.product(subjects, REMARKS, OBJECTS):
        out.append((f"{subject} {remark} {obj} را رد کرد.", label))
    return out


def test_rejecting_anothers_remarks_keeps_the_subject():
    """'X سخنان جنبش نمونه را رد کرد' (rejected the movement's remarks) is X's, as 'X اظهارات ... را رد کرد': 'X
    سخنان' is no name, whatever follows it. (Not after a rank, 'سردار X سخنان Y': the reader takes the rank's
    run for an office's and is left.)"""
    failed = [(text, speakers(text)) for text, label in remark_variants() if {w for _, w in speakers(text)} != {label}]
    assert not failed, failed[:5]


# --- an office alone, after people named with their offices -------------------------------------------------------

FIRST = [
    "وزیر خارجه کسلیا، رضا کاظمی، گفت: «{q}».",
    "رضا کاظمی، وزیر خارجه کسلیا، گفت: «{q}».",
    "رضا کاظمی وزیر خارجه کسلیا گفت: «{q}».",
]
# another person, named with another office, between
BETWEEN = [
    "علی محمدی، رئیس جمهور قطر، پیش‌تر گفته بود که نیروها خارج می‌شوند.",
    "علی محمدی، سخنگوی جنبش نمونه، گفت: «{q}».",
]
BACK = ["وزیر خارجه کسلیا افزود", "وزیر خارجه افزود", "وزیر افزود", "وزیر خارجه کسلیا ادامه داد"]


def office_variants() -> list[tuple[list[str], str]]:
    out = []
    for first, between, back, apart in itertools.product(FIRST, BETWEEN, BACK, [True, False]):
        paragraphs = [first.format(q=QUOTE), between.format(q=QUOTE), f"{back}: «{MORE}»."]
        if not apart:
            paragraphs = [" ".join(paragraphs[:2]), paragraphs[2]]
        out.append((paragraphs, "رضا کاظمی"))
    return out


def test_an_office_alone_is_the_one_named_with_it():
    """'وزیر خارجه کسلیا، رضا کاظمی، گفت ...' then 'علی محمدی، رئیس جمهور قطر، ...' then 'وزیر خارجه افزود: «...»'
    (the minister added): the minister, named before with that office or its first words, never the president who
    spoke last; in one paragraph or apart."""
    failed = []
    for paragraphs, label in office_variants():
        got = quoted(*paragraphs)
        if not got or got[-1] != (label, MORE):
            failed.append((paragraphs, got))
    assert not failed, failed[:5]


OTHER_OFFICES = ["سخنگوی جنبش نمونه", "وزیر خارجه قطر", "رئیس جمهور قطر", "فرمانده ارتش قطر"]


def test_another_office_after_a_speaker_named_with_his_is_someone_else():
    """'رضا کاظمی، وزیر خارجه کسلیا، گفت ...' then 'سخنگوی جنبش نمونه گفت: «...»' (the movement's spokesman): another
    office than the one the last speaker was named with is not him; the office speaks, unnamed."""
    failed = []
    for first, office in itertools.product(FIRST, OTHER_OFFICES):
        got = quoted(first.format(q=QUOTE), f"{office} گفت: «{MORE}».")
        if got != [("رضا کاظمی", QUOTE), (office, MORE)]:
            failed.append((first, office, got))
    assert not failed, failed[:5]


def test_an_office_after_a_speaker_named_without_one_is_still_him():
    """(guard) 'رضا کاظمی گفت ...' then 'وزیر افزود' (the minister added): with no office on record, the office alone
    is the last speaker, as before."""
    for back in ("وزیر افزود", "سخنگو افزود"):
        got = quoted(f"رضا کاظمی گفت: «{QUOTE}».", f"{back}: «{MORE}».")
        assert got == [("رضا کاظمی", QUOTE), ("رضا کاظمی", MORE)], (back, got)


# --- 'رئیس جمهور' written apart ---------------------------------------------------------------------------------------

PRESIDENT = [
    ("رئیس جمهور قطر", "رئیس جمهور قطر"),
    ("رئیس جمهور قطر، علی محمدی،", "علی محمدی"),
    ("رئیس جمهور قطر علی محمدی", "علی محمدی"),
    ("رئیس‌جمهور قطر علی محمدی", "علی محمدی"),
    ("نخست وزیر قطر علی محمدی", "علی محمدی"),
    ("علی محمدی رئیس جمهور قطر", "علی محمدی"),
]


def test_the_president_written_apart_is_one_office():
    """'رئیس جمهور قطر گفت' (Qatar's president said) is the president's, as 'رئیس‌جمهور قطر گفت', never a person 'جمهور
    قطر'; with his name after the office and its country, he is the name ('علی محمدی', never 'قطر علی محمدی')."""
    failed = []
    for (subject, label), verb, (o, c) in itertools.product(PRESIDENT, ["گفت", "تاکید کرد"], MARKS):
        got = quoted(f"{subject} {verb}: {o}{QUOTE}{c}.")
        if got != [(label, QUOTE)]:
            failed.append((subject, got))
    assert not failed, failed[:5]


# --- a title in marks --------------------------------------------------------------------------------------------------

TITLES = [
    "کتاب {o}روزهای سخت{c} نوشته علی محمدی منتشر شد.",
    "علی محمدی در کتاب {o}روزهای سخت{c} نوشت که نیروها در شهر هستند.",
    "ارتش کسلیا عملیات {o}طوفان صحرا{c} را آغاز کرد.",
    "معترضان شعار {o}مرگ بر جنگ{c} سر دادند.",
    "فیلم {o}آخرین روز{c} در جشنواره نمایش داده شد.",
    "رزمایش {o}پیامبر اعظم{c} روز شنبه آغاز شد.",
]
TITLE_MARKS = [*MARKS, ("”", "“")]  # (and curly ones typed the wrong way round)


def title_variants() -> list[tuple[list[str], list[tuple[str, str]]]]:
    out = []
    said_ = f"رضا کاظمی گفت: «{QUOTE}»."
    for title, (o, c) in itertools.product(TITLES, TITLE_MARKS):
        text = title.format(o=o, c=c)
        out.append(([text], []))
        out.append(([text, said_], [("رضا کاظمی", QUOTE)]))
        out.append(([said_, text], [("رضا کاظمی", QUOTE)]))
        out.append(([f"{text} {said_}"], [("رضا کاظمی", QUOTE)]))
    return out


def test_a_title_in_marks_is_no_quotation():
    """'کتاب «روزهای سخت» نوشته علی محمدی منتشر شد' (the book, written by Ali Mohammadi, came out): a title in marks
    of any style after 'کتاب', 'عملیات', 'شعار', 'فیلم' is no one's quotation ('نوشته', written by, is no verb of
    saying here), alone, before or after a real quotation, in its paragraph or apart. (Guillemets typed the wrong way
    round, '»...«', pair with the next quotation's and are left: they cannot be told from a quotation's.)"""
    failed = [(p, quoted(*p)) for p, want in title_variants() if quoted(*p) != want]
    assert not failed, failed[:5]


# --- guards: a second name after a preposition, the one relayed ------------------------------------------------------

AROUND = [
    "{x} با انتقاد از {y} گفت: {o}{q}{c}.",
    "{x} در دیدار با {y} گفت: {o}{q}{c}.",
    "{x} در پاسخ به {y} گفت: {o}{q}{c}.",
    "{x} در واکنش به سخنان {y} گفت: {o}{q}{c}.",
    "{x} خطاب به {y} گفت: {o}{q}{c}.",
    "{x} ضمن تشکر از {y} گفت: {o}{q}{c}.",
    "{x} در تماس تلفنی با {y} گفت: {o}{q}{c}.",
    "{o}{q}{c}، {x} در دیدار با {y} گفت.",
    "{x} با {y} دیدار کرد و گفت: {o}{q}{c}.",
]


def test_a_name_after_a_preposition_never_speaks():
    """(guard) 'X در دیدار با Y گفت: «...»' (X said, meeting Y), 'با انتقاد از Y' (criticising Y), 'در پاسخ به Y'
    (answering Y): X's quotation, before or after it, whoever Y is."""
    failed = []
    for template, (x, label), y, (o, c) in itertools.product(AROUND, SUBJECTS, OBJECTS[::2], MARKS[:1]):
        text = template.format(x=x, y=y, o=o, c=c, q=QUOTE)
        if quoted(text) != [(label, QUOTE)]:
            failed.append((text, quoted(text)))
    assert not failed, failed[:5]


def test_the_one_relayed_speaks():
    """(guard) 'خبرگزاری نمونه به نقل از X نوشت: «...»', 'به نقل از X، «...»' (quoting X): X's words, not the
    relayer's."""
    for text in (
        f"خبرگزاری نمونه به نقل از رضا کاظمی نوشت: «{QUOTE}».",
        f"خبرگزاری نمونه به نقل از رضا کاظمی گزارش داد: «{QUOTE}».",
        f"وزارت خارجه قطر به نقل از رضا کاظمی اعلام کرد: «{QUOTE}».",
    ):
        assert quoted(text) == [("رضا کاظمی", QUOTE)], (text, quoted(text))


def every_variant() -> int:
    """How many variants the module reads (for the round's report)."""
    return (
        len(object_variants())
        + len(remark_variants())
        + len(office_variants())
        + len(FIRST) * len(OTHER_OFFICES)
        + len(PRESIDENT) * 2 * len(MARKS)
        + len(title_variants())
    )
