"""Arabic, round 25 of issue 17: shapes seen in the round's walk-through of unseen news (Iraq, Syria, Yemen, Libya,
Lebanon), written again with made-up names (سامي الوردي، حركة النور، وزارة الدفاع الكسلية، كسليا; outlets 'النهار',
'كسليا اليوم', 'الفجر').

- the outlet told, its name in marks, is a name, not words quoted: with 'to' joined onto the outlet word ('لوكالة
  "X" إن'), after a remark or an interview ('في تصريح لـ"X" تفاصيل'), or as the one who learned ('علمت "X" من مصدر').
  Before, the name was drafted as the speaker's quotation ('رويترز') or as a quotation with no speaker;
- 'ونسب المصدر إلى قائد حركة النور قوله إن "..."' (the source ascribed to the leader his saying): the one the words
  are ascribed to speaks, as after 'نقل عن'. Before, the quotation was left with no speaker.

Guards: a quotation after the outlet told ('لـ"X": "..."'), a long quotation after an outlet word, and words in marks
after 'علم' with no 'من' after them stay quotations.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import analyse, said

OUTLETS = ["النهار", "كسليا اليوم", "الفجر"]
SAYERS = [
    ("قال مسؤولون أمنيون كسليون", "مسؤولون أمنيون كسليون"),
    ("وقال سامي الوردي", "سامي الوردي"),
    ("وأكد مصدر في حركة النور", "مصدر في حركة النور"),
    ("وقالت وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية"),
]
WORDS = ["لوكالة", "لصحيفة", "لقناة", "لموقع", "لشبكة"]
JOINED = list(itertools.product(SAYERS, WORDS, OUTLETS))


@pytest.mark.parametrize(("sayer", "word", "outlet"), JOINED, ids=range(len(JOINED)))
def test_an_outlet_with_to_joined_on_is_told_not_quoted(sayer, word, outlet) -> None:
    """'قال مسؤولون لوكالة "X" إن الهجوم ...' (told the agency X that): X is the outlet, the claim is the sentence."""
    verb, label = sayer
    sentence = f'{verb} {word} "{outlet}" إن الهجوم على مدينة الزهراء نفذته حركة النور.'
    got = said("ar", sentence)
    assert len(got) == 1 and got[0][1] == label, got
    assert got[0][2] != outlet, got


REMARKS = ["في تصريح", "في تصريحات", "في حديث", "في مقابلة", "في لقاء"]
REMARKED = list(itertools.product(REMARKS, OUTLETS, ["كشف", "أوضح", "تحدث"]))


@pytest.mark.parametrize(("remark", "outlet", "verb"), REMARKED, ids=range(len(REMARKED)))
def test_an_outlet_after_a_remark_is_told_not_quoted(remark, outlet, verb) -> None:
    """'وكان الوردي كشف في تصريح لـ"X" تفاصيل عن الهجوم' (in a remark to X): no quotation 'X'."""
    sentence = f'وكان الناطق باسم وزارة الدفاع الكسلية، سامي الوردي، {verb} {remark} لـ"{outlet}" تفاصيل عن الهجوم.'
    got = said("ar", sentence)
    assert all(words != outlet for _, _, words in got), got


LEARNERS = ["علمت", "وعلمت"]
SOURCES = ["من مصدر مطلع", "من مصادر في حركة النور", "من مسؤول في وزارة الدفاع الكسلية"]
LEARNED = list(itertools.product(LEARNERS, OUTLETS, SOURCES))


@pytest.mark.parametrize(("verb", "outlet", "source"), LEARNED, ids=range(len(LEARNED)))
def test_the_outlet_that_learned_is_not_quoted(verb, outlet, source) -> None:
    """'علمت "X" من مصدر مطلع أن اجتماعا عقد' (X learned from a source): X is the outlet, no quotation."""
    sentence = f'{verb} "{outlet}" {source}، أن اجتماعاً عقد أمس في مدينة الزهراء.'
    got = said("ar", sentence)
    assert all(words != outlet for _, _, words in got), got
    # (nor left over as a quotation no rule gave a speaker)
    assert [w for _, w in analyse("ar", sentence).unattributed] == [], sentence


ASCRIBERS = [("ونسب", "ذات المصدر،"), ("ونسب", "المصدر"), ("ونسبت", "وزارة الدفاع الكسلية"), ("نسبت", "مصادر محلية")]
ASCRIBED_TO = [
    ("قائد حركة النور سامي الوردي", "سامي الوردي"),
    ("سامي الوردي", "سامي الوردي"),
    ("المتحدث باسم حركة النور سامي الوردي", "سامي الوردي"),
]
THATS = ['إنه "يتعامل مع القبائل بحذر منذ البداية"', 'إن "الهجوم على مدينة الزهراء فشل"']
ASCRIBING = list(itertools.product(ASCRIBERS, ASCRIBED_TO, THATS))


@pytest.mark.parametrize(("ascriber", "ascribed", "that"), ASCRIBING, ids=range(len(ASCRIBING)))
def test_words_ascribed_to_someone_are_theirs(ascriber, ascribed, that) -> None:
    """'ونسب المصدر إلى X قوله إن "..."' (ascribed to X his saying): X speaks the words, as after 'نقل عن X'."""
    (verb, relayer), (subject, label) = ascriber, ascribed
    got = said("ar", f"{verb} {relayer} إلى {subject} قوله {that}.")
    assert [(k, s) for k, s, _ in got] == [("quote", label)], got


# --- guards ------------------------------------------------------------------------------------------------------------


def test_a_quotation_after_the_outlet_told_stays() -> None:
    # (guard) 'وقال الوردي لـ"النهار": "..."': the outlet, then the words
    got = said("ar", 'وقال سامي الوردي لـ"النهار": "الهجوم على المدينة فشل تماما".')
    assert [(k, s, w) for k, s, w in got] == [("quote", "سامي الوردي", "الهجوم على المدينة فشل تماما")], got


def test_a_quotation_in_a_remark_after_the_outlet_stays() -> None:
    # (guard) 'وقال في تصريح لـ"X" إن "..."': the outlet in the remark, the words after 'إن'
    got = said("ar", 'وقال سامي الوردي في تصريح لـ"النهار" إن "الهجوم على المدينة فشل تماما".')
    assert [(s, w) for _, s, w in got] == [("سامي الوردي", "الهجوم على المدينة فشل تماما")], got


def test_a_long_quotation_after_an_outlet_word_stays() -> None:
    # (guard) more than three words in marks after 'لوكالة' are words said, not the agency's name
    got = said("ar", 'وقال سامي الوردي لوكالة النهار "إن الحركة ستنسحب من المدينة خلال أيام".')
    assert [s for _, s, _ in got] == ["سامي الوردي"], got
    assert got[0][2] != "النهار", got


def test_rates_are_not_ascribing() -> None:
    # (guard) 'نسب البطالة' (the rates of unemployment): a noun, no one speaks
    got = said("ar", "وارتفعت نسب البطالة إلى عشرين بالمئة في كسليا، وفق قول الخبراء.")
    assert all(s != "عشرين" for _, s, _ in got), got


def test_ascribing_an_attack_is_no_relay() -> None:
    # (guard) 'ونسب المصدر الهجوم إلى حركة النور' (ascribed the attack to the movement), no 'قوله': not the movement's words
    got = said("ar", 'ونسب المصدر الهجوم إلى حركة النور، وقال إن "الحركة استخدمت طائرات مسيرة".')
    assert all(s != "حركة النور" for _, s, _ in got), got
