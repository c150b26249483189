"""Arabic and Persian, round 31: shapes seen in the round's walk-through of unseen news (Syria, Iran, Sudan,
Afghanistan), written again with made-up names (سامي حمدان، كريم عوض، حركة النور، کسلیا).

- a weekday read where the text names none: a word with a short vowel written on it ('نُسبت', was attributed, split at
  its damma into 'ن' and 'سبت', Saturday); the Arabic words for a weekday without their article, which are other
  words ('من أحد', from anyone; 'جمال جمعة', a man's name; 'خميس', a name too), where Arabic names a day with it
  ('الأحد', 'يوم الجمعة'); the Persian names, which have no article ('جمعه', 'یکشنبه'), are still read.
"""

from __future__ import annotations

import pytest

from generator.weekdays import resolve_weekday

NO_WEEKDAY = [
    "وأكد أن البيانات المزوّرة نُسبت زوراً إلى جهات رسمية.",
    "وقال إنه لا يحق لأي عنصر الانتقام من أحد.",
    "ولم يتصل الوزير بأحد من قادة الحركة.",
    "وكان الناطق باسم الحركة العميد سامي جمعة قد نفى الأنباء.",
    "وقال المتحدث كريم خميس إن القوات باقية.",
    "وأوضح أنه لم يلتقِ أحداً من الوفد.",
    "وقال أحد القادة إن القوات باقية.",
]


@pytest.mark.parametrize("text", NO_WEEKDAY, ids=range(len(NO_WEEKDAY)))
def test_an_arabic_word_that_is_no_weekday_dates_nothing(text) -> None:
    assert resolve_weekday(text, "2026-01-05") is None


WEEKDAY = [
    ("وأكد الوزير، الأحد، أن البيانات المزوّرة نُسبت زوراً إلى جهات رسمية.", "2026-01-04"),
    ("نفت الحركة يوم الجمعة الأنباء عن انسحابها.", "2026-01-02"),
    ("وقال الوزير الخميس إن القوات باقية.", "2026-01-01"),
    ("وقال الوزير، مساء السبت، إن القوات باقية.", "2026-01-03"),
    ("سخنگوی وزارت روز جمعه این خبر را تکذیب کرد.", "2026-01-02"),
    ("سخنگوی وزارت روز یکشنبه این خبر را تکذیب کرد.", "2026-01-04"),
    ("سخنگوی وزارت روز شنبه این خبر را تکذیب کرد.", "2026-01-03"),
]


@pytest.mark.parametrize("text,day", WEEKDAY, ids=range(len(WEEKDAY)))
def test_a_weekday_is_still_read(text, day) -> None:
    assert resolve_weekday(text, "2026-01-05")[0] == day
