"""Persian, round 34 (third walk): shapes seen in unseen news of denials, written again with made-up names (جنبش
نور، ارتش کسلیا، رامین دلاوری).

- A second clause joined by a comma and opened by a phrase of discourse ('X مدعی شد که ...، از سوی دیگر Y این ادعا
  را تکذیب کرد', X claimed that ..., on the other hand Y denied this claim; also 'از طرف دیگر', 'در مقابل', 'در
  همین حال') was drafted as a denial by the subject of the first clause's 'که' clause, or by X: Y denies, as when
  the phrase opens a sentence of its own.
- An office before a word for a place and its name ('والی ولایت نور', the governor of Nur province; 'فرماندار شهر X')
  was drafted as a person named 'ولایت نور'.
- A sentence opened by 'با رد ...' (with the denial of ...) and a comma, no subject before it, was drafted as a denial
  by the last speaker: 'با رد این ادعا، وزارت کشور اعلام کرد ...' is the ministry's; and where the clause after the
  comma has an indefinite subject ('با رد دست داشتن X در حملات، اکنون بسیاری Y را مسئول می دانند', now many hold Y
  responsible), no one named denies in it.
- A group on file named after its head word and an epithet ('گروه تروریستی X', the terrorist group X; 'گروهک
  تروریستی X', 'گروه مسلح X') was drafted as a new group, not linked to X's record.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, denials, said

OPENED_AFTER_A_COMMA = [
    (
        "فرمانده ارتش کسلیا مدعی شد که نیروهای جنبش نور به روستا حمله کردند، از سوی دیگر سخنگوی جنبش نور این ادعا "
        "را تکذیب کرد.",
        "سخنگوی جنبش نور",
    ),
    (
        "وزارت دفاع کسلیا اعلام کرد که پایگاه جنبش نور را هدف قرار داده است، از طرف دیگر جنبش نور این خبر را تکذیب کرد.",
        "جنبش نور",
    ),
    (
        "رامین دلاوری گفت که شبه\u200cنظامیان کاروان را متوقف کردند، در مقابل فرهاد صدری این ادعا را رد کرد.",
        "فرهاد صدری",
    ),
    (
        "وزیر کشور کسلیا مدعی شد که مرزها بسته است، در همین حال فرماندار ولایت نور این ادعا را تکذیب کرد.",
        "فرماندار ولایت نور",
    ),
    (
        "سخنگوی ارتش کسلیا گفت که ده شبه\u200cنظامی کشته شدند، از سوی دیگر، جنبش نور این گزارش را تکذیب کرد.",
        "جنبش نور",
    ),
    (
        "رسانه\u200cهای کسلیا گزارش دادند که رهبر جنبش نور زخمی شده است، در مقابل سخنگوی این جنبش این خبر را رد کرد.",
        "سخنگوی این جنبش",
    ),
    # (no clause before the comma: the phrase sits between the subject and its verb, the subject denies)
    ("سخنگوی جنبش نور، از سوی دیگر، این ادعا را تکذیب کرد.", "سخنگوی جنبش نور"),
    # (a new sentence, as before)
    (
        "فرمانده ارتش کسلیا مدعی شد که نیروهای جنبش نور به روستا حمله کردند. از سوی دیگر سخنگوی جنبش نور این ادعا "
        "را تکذیب کرد.",
        "سخنگوی جنبش نور",
    ),
]


@pytest.mark.parametrize("text,denier", OPENED_AFTER_A_COMMA, ids=range(len(OPENED_AFTER_A_COMMA)))
def test_a_clause_opened_by_a_phrase_of_discourse_after_a_comma_has_its_own_denier(text, denier) -> None:
    assert [who for _, who in denials("fa", text)] == [denier]


GOVERNORS_OF_PLACES = [
    ("والی ولایت نور این ادعا را تکذیب کرد.", "والی ولایت نور"),
    ("فرماندار شهر نور گزارش حمله به پاسگاه را رد کرد.", "فرماندار شهر نور"),
    ("استاندار استان کسلیا گفت که این خبر صحت ندارد.", "استاندار استان کسلیا"),
    ("سخنگوی والی ولایت نور خبر کشته شدن سربازان را تکذیب کرد.", "سخنگوی والی ولایت نور"),
    # (an office before a place with no place word, and a name after the office and its comma, stay as they were)
    ("فرماندار زاهدان این ادعا را تکذیب کرد.", "فرماندار زاهدان"),
    ("والی ولایت نور، رامین دلاوری گفت که این خبر صحت ندارد.", "رامین دلاوری"),
]


@pytest.mark.parametrize("text,speaker", GOVERNORS_OF_PLACES, ids=range(len(GOVERNORS_OF_PLACES)))
def test_an_office_before_a_place_word_names_no_person(text, speaker) -> None:
    assert [who for _, who, _ in said("fa", text)] == [speaker]


FIRST = "رامین دلاوری گفت که مذاکرات ادامه دارد."
OPENED_BY_A_DENIAL_NOUN = [
    ("با رد این ادعا، وزارت کشور کسلیا اعلام کرد که مرزها باز است.", ["وزارت کشور کسلیا"]),
    ("با تکذیب این گزارش، سخنگوی جنبش نور گفت که هیچ حمله ای رخ نداده است.", ["سخنگوی جنبش نور"]),
    ("ضمن رد این خبر، سخنگوی وزارت دفاع کسلیا افزود که اوضاع آرام است.", ["سخنگوی وزارت دفاع کسلیا"]),
    ("با رد دست داشتن جنبش نور در این حملات، اکنون بسیاری داعش را مسئول این حملات قلمداد می کنند.", []),
    ("با تکذیب نقش جنبش نور در انفجار، برخی کارشناسان گروه دیگری را عامل آن می دانند.", []),
    ("با رد این ادعا، عده ای حمله را کار گروه دیگری می دانند.", []),
    # (without the comma, 'with denying' is the subject's or the last speaker's as before)
    ("وی با رد این ادعا گفت که مذاکرات ادامه دارد.", ["رامین دلاوری"]),
]


@pytest.mark.parametrize("text,deniers", OPENED_BY_A_DENIAL_NOUN, ids=range(len(OPENED_BY_A_DENIAL_NOUN)))
def test_a_sentence_opened_by_a_denial_noun_is_denied_by_the_clause_after_it(text, deniers) -> None:
    assert [who for kind, who, _ in said("fa", FIRST, text) if kind == "denial"] == deniers


def _nour() -> NameIndex:
    index = NameIndex()
    index.add("جنبش نور", Known("nour-movement", "group", "movement", "Nour Movement"))
    index.add("نور", Known("nour-movement", "group", "movement", "Nour Movement"))
    return index


WITH_AN_EPITHET = [
    "گروه تروریستی نور دست داشتن در این حمله را رد کرد.",
    "گروهک تروریستی نور این خبر را تکذیب کرد.",
    "گروه مسلح نور با انتشار بیانیه ای این ادعا را رد کرد.",
    "گروه شبه نظامی نور این گزارش را تکذیب کرد.",
    # (as without the epithet)
    "گروه نور این گزارش را تکذیب کرد.",
]


@pytest.mark.parametrize("text", WITH_AN_EPITHET, ids=range(len(WITH_AN_EPITHET)))
def test_a_group_on_file_after_an_epithet_is_linked(text) -> None:
    records = built("fa", text, index=_nour())
    assert [d["denier"] for d in records if d["type"] == "denial"] == [{"actor": "nour-movement"}]
    assert [d["name"] for d in records if d["type"] in ("actor", "group")] == []
