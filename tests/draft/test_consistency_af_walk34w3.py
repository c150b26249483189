"""Persian, round 34 (third walk): shapes seen in unseen news of denials, written again with made-up names (جنبش
نور، ارتش کسلیا، رامین دلاوری).

- A second clause joined by a comma and opened by a phrase of discourse ('X مدعی شد که ...، از سوی دیگر Y این ادعا
  را تکذیب کرد', X claimed that ..., on the other hand Y denied this claim; also 'از طرف دیگر', 'در مقابل', 'در
  همین حال') was drafted as a denial by the subject of the first clause's 'که' clause, or by X: Y denies, as when
  the phrase opens a sentence of its own.
- An office before a word for a place and its name ('والی ولایت نور', the governor of Nur province; 'فرماندار شهر X')
  was drafted as a person named 'ولایت نور'.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denials, said

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
