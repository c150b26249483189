"""Arabic speakers, round 25: shapes seen in real articles, with made-up names.

- a report after 'أن' whose subject spoke 'saying' ('ذكرت القناة أن سامي الوردي صرح قائلا: «...»'): the quotation is
  the one named after 'أن', as 'أن سامي الوردي صرح: «...»' gives it; guard: a participle after a comma goes on for the
  sentence's speaker;
- a verb of deeming after a body's name ('واعتبرت الحركة الهجوم "خرقا للاتفاق"'): the body deems, its name not joined
  to the object; guard: a body's adjective stays in its name.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# --- after 'أن', a verb, then 'saying' -------------------------------------------------------------------------------

SAYING_AFTER_THAT = [
    ("وذكرت قناة النهار أن سامي الوردي صرح قائلاً: «لم نشارك في أي هجوم على المدينة».", "سامي الوردي"),
    ("ونقلت الوكالة أن خالد الكسلي صرح متسائلا: «من يصدق هذه الأكاذيب؟».", "خالد الكسلي"),
    ("وزعمت القناة أن الجيش صرح قائلا: «لقد دمرنا القاعدة».", "الجيش"),
    ("وقالت الصحيفة إن سامي الوردي أضاف قائلا: «سنواصل العمل».", "سامي الوردي"),
    ("وأفادت الصحيفة بأن الحركة أعلنت قائلة: «سنرد على أي عدوان».", "الحركة"),
]


@pytest.mark.parametrize(("sentence", "speaker"), SAYING_AFTER_THAT)
def test_ar_saying_after_that_is_the_nested_subjects(sentence: str, speaker: str) -> None:
    got = said("ar", sentence)
    assert [s for _, s, _ in got] == [speaker]


def test_ar_participle_after_a_comma_stays_the_sentences() -> None:
    # guard: 'إن الجيش انسحب، مضيفا' (the army withdrew, adding): the participle is the one who says it all
    got = said("ar", "وقال سامي الوردي إن الجيش انسحب، مضيفا: «لقد دمرنا القاعدة».")
    assert [s for _, s, _ in got][-1:] == ["سامي الوردي"]


# --- deeming after a body's name -------------------------------------------------------------------------------------

DEEMED_BY_A_BODY = [
    ('واعتبرت الحركة الهجوم "خرقا واضحا للاتفاق".', "الحركة"),
    ('واعتبرت وزارة الدفاع الهجوم "خرقا واضحا للاتفاق".', "وزارة الدفاع"),
    ("واعتبرت الحركة الهجوم خرقا واضحا للاتفاق.", "الحركة"),
    ('ووصفت الحركة البيان بـ"المفبرك".', "الحركة"),
    ("ووصفت الحركة البيان بأنه مفبرك.", "الحركة"),
]


@pytest.mark.parametrize(("sentence", "speaker"), DEEMED_BY_A_BODY)
def test_ar_deeming_body_is_not_joined_to_its_object(sentence: str, speaker: str) -> None:
    got = said("ar", sentence)
    assert [s for _, s, _ in got] == [speaker]


def test_ar_body_adjective_stays_in_its_name() -> None:
    # guard: 'حركة النور الإسلامية' (the Islamic Nour movement): an adjective of the body, not the object
    got = said("ar", 'واعتبرت حركة النور الإسلامية التصريحات "تدخلا سافرا".')
    assert [s for _, s, _ in got] == ["حركة النور الإسلامية"]


def test_a_body_named_before_a_colon_keeps_its_whole_name() -> None:
    # (guard, found by tests/draft/test_consistency_ar.py) a colon after the name ends it: the quotation after it is
    # the movement's, not a judgement of 'النور' named by 'حركة'
    got = said("ar", "ووصفت حركة النور: «القوات باقية في مواقعها».")
    assert [speaker for _, speaker, _ in got] == ["حركة النور"], got
