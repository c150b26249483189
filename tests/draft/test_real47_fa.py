"""Persian, round 47 of issue 17: shapes of real development misses (quotations and denials), on made-up sentences.

Each group names the shape it reads; the sentences are made up (رامین دلاوری، کاوه نیک‌نام، سارا دلاوری، سامی الحداد،
جبهه آسترا، وزارت کشور کسلیا، کسلیا، آسترا), never an article's.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, no_zwnj, other_letters, said

Z = "\u200c"
CLAIM_FA = f"جبهه آسترا مدعی شد که نیروهای کسلیا از شهر آسترا عقب نشسته{Z}اند."
EARLIER_FA = "رامین دلاوری، نماینده جبهه آسترا، در این تظاهرات گفت: تلاش دولت برای پنهان کردن جنایت‌ها شکست خورده است."


def units(*paragraphs: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, words) of every unit drafted after the lead."""
    return said("fa", AF_LEAD["fa"], *paragraphs)


def denials_of(*paragraphs: str) -> list[str]:
    """The denier of every denial drafted after the lead."""
    return [who for kind, who, _ in units(*paragraphs) if kind == "denial"]


def kinds_of(*paragraphs: str) -> list[str]:
    """The kind of every unit drafted after the lead."""
    return [kind for kind, _, _ in units(*paragraphs)]


# --- 1. a deputy's office written apart, 'قائم مقام' (for 'قائم‌مقام'), after a name in marks -----------------------
"""Shape: '«X» قائم مقام استاندار Y در مصاحبه با ... گفت: ...' — a name set in marks, then the office of a deputy or
an acting head written as two words. Apart, the office's second word is 'مقام' (an official), so the office was no
title, the name in marks was read as a quotation and the words after the colon went to the last speaker."""

SPOKE = [
    "قائم مقام استاندار کسلیا در مصاحبه با خبرنگاران گفت:",
    "قائم مقام استاندار کسلیا در مصاحبه با خبرنگار شبکه آسترا گفت:",
    "قائم مقام فرماندار آسترا در گفت‌وگو با خبرنگاران گفت:",
    "قائم مقام دبیرکل جبهه آسترا در مصاحبه با خبرنگاران تاکید کرد:",
    "قایم مقام استاندار کسلیا در مصاحبه با خبرنگاران گفت:",  # (its hamza written as a yeh)
    f"قائم{Z}مقام استاندار کسلیا در مصاحبه با خبرنگاران گفت:",  # (joined: read so before)
]
NAMES_IN_MARKS = [('"کاوه نیک‌نام"', "کاوه نیک‌نام"), ("«سامی الحداد»", "سامی الحداد"), ("“سارا دلاوری”", "سارا دلاوری")]
CONDEMNED = "ما این حملات را به شدت محکوم می‌کنیم."


@pytest.mark.parametrize("spoke", SPOKE)
@pytest.mark.parametrize(("marked", "name"), NAMES_IN_MARKS)
def test_deputy_office_apart_after_a_name_in_marks(spoke, marked, name):
    got = units(EARLIER_FA, f"{marked} {spoke} {CONDEMNED}")
    assert [(k, who) for k, who, _ in got] == [("quote", "رامین دلاوری"), ("quote", name)]
    assert got[1][2] == CONDEMNED.rstrip(".")


@pytest.mark.parametrize("spoke", SPOKE[:3])
def test_deputy_office_apart_in_other_spellings(spoke):
    paragraph = f'"کاوه نیک‌نام" {spoke} {CONDEMNED}'
    assert [who for _, who, _ in units(no_zwnj(EARLIER_FA), no_zwnj(paragraph))][1] == no_zwnj("کاوه نیک‌نام")
    assert [who for _, who, _ in units(other_letters(EARLIER_FA), other_letters(paragraph))][1] == other_letters(
        "کاوه نیک‌نام"
    )


def test_deputy_office_apart_denies_in_his_words():
    paragraph = '"سارا دلاوری" قائم مقام وزیر کشور کسلیا در مصاحبه با خبرنگاران گفت: این خبر صحت ندارد.'
    assert denials_of(CLAIM_FA, paragraph) == ["سارا دلاوری"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # controls: an official ('مقام') described, and a town named 'قائم', stay as they were read
        ("یک مقام کسلیایی در مصاحبه با خبرنگاران گفت: هیچ نیرویی در شهر نیست.", "یک مقام کسلیایی"),
        ("سامی الحداد در شهر قائم گفت: هیچ نیرویی در شهر نیست.", "سامی الحداد"),
        ("مقام استاندار کسلیا در مصاحبه با خبرنگاران گفت: هیچ نیرویی در شهر نیست.", "مقام استاندار کسلیا"),
    ],
)
def test_deputy_office_controls(paragraph, speaker):
    assert [who for _, who, _ in units(paragraph)] == [speaker]


# --- 2. a clash named after the subject opens the object ('رهبر X درگیری در ... را ... دانست') -------------------------
"""Shape: '<office> <body> درگیری در <place> را <judgement> دانست و تاکید کرد: ...' — Persian puts the object after
the subject; 'درگیری' (a clash) opens what is judged, as the verbal nouns of other acts do ('حمله', 'ترور'), and is
no word of the body's name ('جبهه آسترا درگیری' was drafted as the speaker)."""

JUDGED = [
    "درگیری در استان کسلیا را مسئله‌ای سیاسی دانست و تاکید کرد: اتهامات دولت کسلیا علیه این جبهه بی‌اساس است.",
    "درگیری‌ها در مرز کسلیا را مسئله‌ای سیاسی دانست و تاکید کرد: اتهامات دولت کسلیا علیه این جبهه بی‌اساس است.",
    "درگیری ها در مرز کسلیا را ساختگی خواند.",
    "درگیری در شهر آسترا را تکذیب کرد.",
]
SUBJECTS = [("رهبر جبهه آسترا", "جبهه آسترا"), ("سخنگوی وزارت کشور کسلیا", "سخنگوی وزارت کشور کسلیا")]


@pytest.mark.parametrize("judged", JUDGED)
@pytest.mark.parametrize(("subject", "denier"), SUBJECTS)
def test_clash_opens_the_object(judged, subject, denier):
    assert denials_of(f"{subject} {judged}") == [denier]


@pytest.mark.parametrize("judged", JUDGED[:2])
def test_clash_opens_the_object_without_non_joiner(judged):
    assert denials_of(no_zwnj(f"رهبر جبهه آسترا {judged}")) == ["جبهه آسترا"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # controls: a clash as the subject, told by the reporter, no one denies
        "درگیری‌ها در مرز کسلیا ادامه دارد.",
        "درگیری در شهر آسترا دیروز آغاز شد.",
    ],
)
def test_clash_controls(paragraph):
    assert denials_of(paragraph) == []


# --- 3. a report called an attempt to confuse or spoil minds ----------------------------------------------------------
"""Shape: '<speaker> گزارش X را تلاشی برای تخریب اذهان ... خواند', 'این ادعاها تلاشی برای تشویش افکار عمومی است' — a
report named an attempt to confuse minds (public opinion), dismissed as 'با هدف فریب افکار عمومی' (to deceive public
opinion) was; the report's noun comes first. The aim alone, with no 'attempt' ('برای تشویش افکار انجام می‌شود'), stays
unread, as the gold files do not count it."""


@pytest.mark.parametrize(
    ("paragraph", "denier"),
    [
        (
            "رامین دلاوری، سخنگوی وزارت کشور کسلیا، گزارش جبهه آسترا را تلاشی برای تخریب اذهان در آستانه نشست خواند.",
            "رامین دلاوری",
        ),
        ("رامین دلاوری گزارش جبهه آسترا را تلاشی برای تشویش اذهان عمومی دانست.", "رامین دلاوری"),
        ("رامین دلاوری گفت این ادعاها تلاشی برای تشویش افکار عمومی است.", "رامین دلاوری"),
        ("رامین دلاوری گفت انتشار این اخبار تلاش برای تخریب افکار عمومی است.", "رامین دلاوری"),
        ("رامین دلاوری این شایعات را تلاشی در راستای مشوش کردن اذهان مردم خواند.", "رامین دلاوری"),
        ("سارا دلاوری گزارش‌های جبهه آسترا را تلاشی به منظور گمراه کردن افکار عمومی دانست.", "سارا دلاوری"),
    ],
)
def test_report_called_an_attempt_to_confuse_minds(paragraph, denier):
    assert denials_of(CLAIM_FA, paragraph) == [denier]
    assert denials_of(CLAIM_FA, no_zwnj(paragraph)) == [denier]


@pytest.mark.parametrize(
    "paragraph",
    [
        # controls: confusing minds named with no report before it, or the reporter's own source ('به گزارش X')
        "رامین دلاوری گفت تشویش اذهان عمومی جرم است.",
        "رامین دلاوری گفت دشمن برای تشویش اذهان عمومی به شهرها حمله کرد.",
        "به گزارش خبرگزاری آسترا، دشمن تلاشی برای تشویش اذهان عمومی آغاز کرده است.",
        "رامین دلاوری گفت تلاش دشمن تخریب اذهان مردم است.",
        "رامین دلاوری گفت تلاش برای تشویش اذهان عمومی ادامه دارد.",
    ],
)
def test_confusing_minds_controls(paragraph):
    assert denials_of(CLAIM_FA, paragraph) == []


# --- 4. false reports in the plural ('گزارش‌های نادرست') -------------------------------------------------------------
"""Shape: '<speaker> ادعا کرد برخی افراد قصد ارائه گزارش‌های نادرست را دارند' — reports or claims called false in the
plural, joined or apart, as 'گزارش نادرست' in the singular was read."""


@pytest.mark.parametrize(
    "paragraph",
    [
        "رامین دلاوری همچنین ادعا کرد برخی افراد در جبهه آسترا قصد ارائه گزارش‌های نادرست از کسلیا را دارند.",
        "رامین دلاوری گفت برخی رسانه‌ها گزارش های نادرست منتشر می‌کنند.",
        "رامین دلاوری گفت جبهه آسترا با ادعاهای نادرست افکار را منحرف می‌کند.",
        "رامین دلاوری گفت این ادعا های نادرست پذیرفتنی نیست.",
    ],
)
def test_false_reports_in_the_plural(paragraph):
    assert denials_of(CLAIM_FA, paragraph) == ["رامین دلاوری"]
    assert denials_of(CLAIM_FA, no_zwnj(paragraph)) == ["رامین دلاوری"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # controls: reports called true, or a report's noun with no judgement
        "رامین دلاوری گفت گزارش‌های منتشر شده درباره آسترا درست است.",
        "رامین دلاوری گفت گزارش‌های جدید از کسلیا رسیده است.",
    ],
)
def test_false_reports_controls(paragraph):
    assert denials_of(CLAIM_FA, paragraph) == []
