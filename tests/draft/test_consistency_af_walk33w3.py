"""Arabic and Persian, round 33 (third walk): shapes seen in unseen news of denials (Iran's interior ministry,
Hezbollah), written again with made-up names (حركة النور، جنبش نور، حزب کسلیا).

- A body's media office named by a word no list had: Arabic 'الإعلام الحربي لـX' (X's war media) and Persian 'بخش
  اطلاع رسانی X' (X's information section) were drafted as persons.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

MEDIA_OFFICES = [
    ("ar", "نفى الإعلام الحربي لحركة النور الأنباء عن مقتل قائدها."),
    ("ar", "أكد الاعلام الحربي للمقاومة الكسلية في بيان له اليوم، عدم صحة الأنباء عن مقتل قائدها."),
    ("ar", "وقال الإعلام الحربي التابع لحركة النور إن المقاتلين في مواقعهم."),
    ("fa", "بخش اطلاع رسانی جنبش نور در بیانیه ای، شایعه مرگ رهبر این جنبش را بی پایه و اساس دانست."),
    ("fa", "بخش اطلاع\u200cرسانی حزب کسلیا شایعه مرگ رهبر این حزب را تکذیب کرد."),
    ("fa", "بخش روابط رسانه\u200cای جنبش نور با انتشار بیانیه\u200cای اخبار منتشرشده را رد کرد."),
]


@pytest.mark.parametrize("lang,text", MEDIA_OFFICES, ids=range(len(MEDIA_OFFICES)))
def test_a_bodys_media_office_is_no_person(lang, text) -> None:
    actors = [r for r in built(lang, text) if r["type"] == "actor"]
    assert actors and all(r["kind"] == "organization" for r in actors)
