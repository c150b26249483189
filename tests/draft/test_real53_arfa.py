"""Round 53's arfa helper: Persian and Arabic shapes of denials on made-up sentences.

1. A body named right before the words it denies ('سخنگوی حماس سخنان نتانیاهو را رد کرد', 'X گفته‌های وزیر را تکذیب
   کرد', 'X تصاویر منتشرشده را جعلی خواند'): one's words, remarks, accounts, pictures, videos, figures and
   speculation are never a word of a name, so the subject ends before them; before, the noun and what
   followed were run into the denier ('حماس سخنان نتانیاهو').

2. Arabic: an office 'in' one word without the article that names its body or place, then its holder's name ('نفى
   القيادي في حماس سامي الوردي الأنباء', 'وقال رئيس المجلس السياسي في صنعاء X Y إن ...'): the holder speaks; before,
   the subject ended at 'في' and the office alone ('القيادي') was drafted.
Sentences are ours; the bodies are real, the people made up or public figures.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, no_zwnj, other_letters, project_index, said


def units(*paragraphs: str, on_file: bool = True, language: str = "fa") -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the lead, with the names on file unless not ``on_file``."""
    index = project_index() if on_file else None
    return [(kind, who) for kind, who, _ in said(language, AF_LEAD[language], *paragraphs, index=index)]


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
        # no name after the place or the statement: the office speaks
        ("نفى الوزير في بيان هذه الأنباء.", [("denial", "الوزير")]),
        ("نفى المسؤول في بغداد هذه الأنباء.", [("denial", "المسؤول")]),
        ("وقال القيادي في حماس لقناة الجزيرة إن الخبر عار عن الصحة.", [("denial", "القيادي")]),
        # a body with its article, as before
        ("نفى القيادي في الحشد الشعبي سامي الوردي هذه الأنباء.", [("denial", "سامي الوردي")]),
    ],
)
def test_office_in_one_word_near_misses(sentence, expected):
    assert units(sentence, on_file=False, language="ar") == expected
