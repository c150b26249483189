"""Round 53's arfa helper: Persian and Arabic shapes of denials on made-up sentences.

1. A body named right before the words it denies ('سخنگوی حماس سخنان نتانیاهو را رد کرد', 'X گفته‌های وزیر را تکذیب
   کرد', 'X تصاویر منتشرشده را جعلی خواند'): one's words, remarks, accounts, pictures, videos, figures and
   speculation are never a word of a name, so the subject ends before them; before, the noun and what
   followed were run into the denier ('حماس سخنان نتانیاهو').

2. Arabic: an office 'in' one word without the article that names its body or place, then its holder's name ('نفى
   القيادي في حماس سامي الوردي الأنباء', 'وقال رئيس المجلس السياسي في صنعاء X Y إن ...'): the holder speaks; before,
   the subject ended at 'في' and the office alone ('القيادي') was drafted.
3. Persian: a name after an office and two plain words that name its body, with no body's word ('سخنگوی قوه قضاییه
   رامین دلاوری', 'سخنگوی تحریک طالبان X Y', 'سخنگوی جیش العدل X Y'): the name is the holder's, as after one such
   word (round 52); before, the body's words were run into the name ('قوه قضاییه رامین دلاوری').
4. Arabic: a source, an official or a leader 'in' a body named by one plain word ('نفت مصادر في حماس الأنباء', 'وقال
   مسؤول في طالبان لوكالة رويترز إن ...'): the body is part of who speaks, as after 'في الحركة'; before, the subject
   ended at 'في' and a bare 'مصادر' or 'مسؤول' was drafted. Not a call, a time or a remark ('مصدر في اتصال هاتفي',
   'في وقت سابق', 'في تصريح').

Sentences are ours; the bodies are real, the people made up or public figures.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import af_units, no_zwnj, other_letters


def units(*paragraphs: str, on_file: bool = True, language: str = "fa") -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the lead, with the names on file unless not ``on_file``."""
    return af_units(language, *paragraphs, on_file=on_file)


# --- 1. a body, then the words it denies ------------------------------------------------------------------------------

DENIERS = ["سخنگوی حماس", "سخنگوی طالبان", "سخنگوی جیش‌العدل", "سخنگوی وزارت خارجه ایران"]
WORDS = [
    "سخنان نتانیاهو را رد کرد.",
    "سخنان اخیر وزیر خارجه آمریکا را بی‌اساس خواند.",
    "گفته‌های وزیر دفاع فرانسه را تکذیب کرد.",
    "حرف‌های مقام پاکستانی را دروغ خواند.",
    "صحبت‌های ترامپ درباره این حمله را رد کرد.",
    "روایت اسرائیل از این حادثه را رد کرد.",
    "تصاویر منتشرشده را جعلی خواند.",
    "ویدئوی منتشر شده در شبکه‌های اجتماعی را جعلی خواند.",
    "آمار منتشر شده را تکذیب کرد.",
    "تحلیل‌های رسانه‌های غربی را رد کرد.",
]


@pytest.mark.parametrize("denier", DENIERS)
@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("on_file", [True, False])
def test_body_then_the_words_it_denies(denier, words, on_file):
    got = units(f"{denier} {words}", on_file=on_file)
    assert [k for k, _ in got] == ["denial"]
    assert plain(got[0][1]) == plain(denier)


def plain(text: str) -> str:
    """``text`` without the non-joiner or spaces, in Persian letters."""
    return no_zwnj(text).replace(" ", "").replace("\u064a", "\u06cc").replace("\u0643", "\u06a9")


@pytest.mark.parametrize(
    "words",
    ["گفتههای وزیر دفاع فرانسه را تکذیب کرد.", "حرفهای مقام پاکستانی را دروغ خواند.", "صحبتهای ترامپ را رد کرد."],
)
def test_words_without_the_joiner(words):
    assert units(f"سخنگوی حماس {words}") == [("denial", "سخنگوی حماس")]


@pytest.mark.parametrize("words", WORDS[:4])
def test_words_in_other_letter_forms(words):
    got = units(other_letters(f"سخنگوی حماس {words}"))
    assert [k for k, _ in got] == ["denial"]
    assert got[0][1] == other_letters("سخنگوی حماس")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name after the body, as before
        ("سخنگوی حماس رامین دلاوری سخنان نتانیاهو را رد کرد.", [("denial", "رامین دلاوری")]),
        # praise for one's words is no denial
        ("سخنگوی حماس سخنان دبیرکل سازمان ملل را ستود.", []),
        # a statement's issuer after it, as before
        ("در بیانیه حزب‌الله آمده است: «این ادعاها کاملا نادرست است.»", [("denial", "حزب الله")]),
    ],
)
def test_body_then_words_near_misses(sentence, expected):
    assert units(sentence) == expected


# --- 2. Arabic: an office 'in' one word that names its body or place, then its holder's name ------------------------

AR_OFFICES = ["القيادي في حماس", "القيادي البارز في حماس", "المسؤول في فتح", "رئيس المجلس السياسي في صنعاء"]
AR_PEOPLE = ["سامي الوردي", "دارا فيني", "عبد الله الكسلاني", "سامي أبو زهري"]
AR_SAID = [
    ("نفى {who} هذه الأنباء.", "denial"),
    ("ونفى {who} صحة ما تداولته وسائل الإعلام عن لقاء الوفدين.", "denial"),
    ("وقال {who} إن الخبر عار عن الصحة.", "denial"),
    ("وأكد {who} أن المفاوضات متوقفة منذ أسابيع.", "reported"),
]


@pytest.mark.parametrize("office", AR_OFFICES)
@pytest.mark.parametrize("name", AR_PEOPLE)
@pytest.mark.parametrize(("said", "kind"), AR_SAID)
def test_holder_after_an_office_in_one_word(office, name, said, kind):
    assert units(said.format(who=f"{office} {name}"), on_file=False, language="ar") == [(kind, name)]


@pytest.mark.parametrize("name", AR_PEOPLE[:2])
def test_holder_after_an_office_in_one_word_on_file(name):
    got = units(f"نفى القيادي في حماس {name} هذه الأنباء.", language="ar")
    assert got == [("denial", name)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no name after the place or the statement: the office speaks (with its place or body, item 4)
        ("نفى الوزير في بيان هذه الأنباء.", [("denial", "الوزير")]),
        ("نفى المسؤول في بغداد هذه الأنباء.", [("denial", "المسؤول في بغداد")]),
        ("وقال القيادي في حماس لقناة الجزيرة إن الخبر عار عن الصحة.", [("denial", "القيادي في حماس")]),
        # a body with its article, as before
        ("نفى القيادي في الحشد الشعبي سامي الوردي هذه الأنباء.", [("denial", "سامي الوردي")]),
    ],
)
def test_office_in_one_word_near_misses(sentence, expected):
    assert units(sentence, on_file=False, language="ar") == expected


# --- 3. Persian: a name after an office and two plain words that name its body -----------------------------------------

TWO_WORD_BODIES = ["سخنگوی قوه قضاییه", "سخنگوی تحریک طالبان", "سخنگوی جیش العدل", "فرمانده سپاه قدس", "سخنگوی ستاد کل"]
FA_PEOPLE = ["رامین دلاوری", "حمدالله آرامفر", "کاوه نیک‌نام"]


@pytest.mark.parametrize("office", TWO_WORD_BODIES)
@pytest.mark.parametrize("name", FA_PEOPLE)
@pytest.mark.parametrize("denied", ["این خبر را تکذیب کرد.", "ادعای رسانه‌های خارجی را بی‌اساس خواند."])
@pytest.mark.parametrize("on_file", [True, False])
def test_name_after_an_office_and_two_body_words(office, name, denied, on_file):
    assert units(f"{office} {name} {denied}", on_file=on_file) == [("denial", name)]


@pytest.mark.parametrize("name", FA_PEOPLE[:2])
def test_name_after_two_body_words_without_the_joiner(name):
    got = units(no_zwnj(f"سخنگوی قوه قضاییه {name} این خبر را رد کرد."))
    assert [k for k, _ in got] == ["denial"]
    assert plain(got[0][1]) == plain(name)


@pytest.mark.parametrize(
    "sentence",
    [
        # no name after the body: the office speaks, as before
        "سخنگوی قوه قضاییه این خبر را تکذیب کرد.",
        "سخنگوی قوه قضاییه روز دوشنبه این خبر را تکذیب کرد.",
        "سخنگوی قوه قضاییه سخنان وزیر را رد کرد.",
    ],
)
def test_two_body_words_without_a_name(sentence):
    got = units(sentence)
    assert [k for k, _ in got] == ["denial"]
    assert "قوه قضاییه" in got[0][1] and "سخنان" not in got[0][1] and "روز" not in got[0][1]


# --- 4. Arabic: a source or an official 'in' a body named by one plain word ----------------------------------------------

AR_SOURCES = ["مصادر في حماس", "مصدر في طالبان", "مسؤول في حماس", "قيادي في طالبان", "مسؤولون في داعش"]
AR_SOURCE_SAID = [
    "نفت {who} هذه الأنباء.",
    "ونفت {who} صحة ما أوردته وكالة رويترز.",
    "وقالت {who} إن الخبر عار عن الصحة.",
    "وقالت {who} لوكالة رويترز إن الخبر عار عن الصحة.",
]


@pytest.mark.parametrize("who", AR_SOURCES)
@pytest.mark.parametrize("said", AR_SOURCE_SAID)
@pytest.mark.parametrize("on_file", [True, False])
def test_source_in_a_body_of_one_word(who, said, on_file):
    assert units(said.format(who=who), on_file=on_file, language="ar") == [("denial", who)]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a call, a time or a remark after 'في' is no body: the source alone, as before
        ("نفى مصدر في اتصال هاتفي هذه الأنباء.", "مصدر"),
        ("نفى مسؤول في وقت سابق هذه الأنباء.", "مسؤول"),
        ("نفى مصدر في تصريح صحفي هذه الأنباء.", "مصدر"),
        ("نفى مصدر في حديث لوكالة رويترز هذه الأنباء.", "مصدر"),
        ("نفى مسؤول في مقابلة تلفزيونية هذه الأنباء.", "مسؤول"),
        # a body with the article, as before
        ("نفى مصدر في الحركة هذه الأنباء.", "مصدر في الحركة"),
        # where the source's words were posted, after a comma; and 'عن' (on behalf of), whose object is no body here
        ("وقال المصدر، في تغريدات عبر حسابه، إن الخبر عار عن الصحة.", "المصدر"),
        ("وقال مصدر، في منشور على صفحته، إن الخبر عار عن الصحة.", "مصدر"),
    ],
)
def test_source_in_no_body(sentence, source):
    assert units(sentence, on_file=False, language="ar") == [("denial", source)]
