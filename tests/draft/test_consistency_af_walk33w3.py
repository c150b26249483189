"""Arabic and Persian, round 33 (third walk): shapes seen in unseen news of denials (Iran's interior ministry,
Hezbollah), written again with made-up names (حركة النور، جنبش نور، حزب کسلیا).

- A body's media office named by a word no list had: Arabic 'الإعلام الحربي لـX' (X's war media) and Persian 'بخش
  اطلاع رسانی X' (X's information section) were drafted as persons.
- Persian: an office whose body's name lists its fields with a comma and 'و' ('رییس مرکز فوریت‌های امنیتی، اطلاعات و
  اخبار وزارت کشور', head of the centre for security, intelligence and news) lost all before the comma, and 'اخبار'
  (news) after 'و' ended the name: the speaker was 'اطلاعات و'.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

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
    # (a body's media office speaks for the body, which is drafted: no person, and an organisation or a group)
    records = [r for r in built(lang, text) if r["type"] in ("actor", "group")]
    assert records and all(r["type"] == "group" or r["kind"] == "organization" for r in records)


OFFICE_WITH_A_LIST = [
    (
        "رییس مرکز عملیات امنیتی، اطلاعات و اخبار وزارت کشور کسلیا، حمله به کاروان زائران را تکذیب کرد و گفت: این فیلم "
        "مربوط به کشور دیگری است.",
        "رییس مرکز عملیات امنیتی، اطلاعات و اخبار وزارت کشور کسلیا",
    ),
    (
        "رئیس اداره امنیت، اطلاعات و ارتباطات استانداری کسلیا، خبر حمله به زائران را تکذیب کرد.",
        "رئیس اداره امنیت، اطلاعات و ارتباطات استانداری کسلیا",
    ),
    (
        "سخنگوی ستاد امنیت، اطلاعات و اخبار وزارت کشور گفت: این خبر صحت ندارد.",
        "سخنگوی ستاد امنیت، اطلاعات و اخبار وزارت کشور",
    ),
    (
        "رییس مرکز عملیات امنیتی، اطلاعات و اخبار وزارت کشور از مردم خواست به شایعات توجه نکنند.",
        "رییس مرکز عملیات امنیتی، اطلاعات و اخبار وزارت کشور",
    ),
    # (an office, then its holder's name after the comma, stays his)
    ("سخنگوی وزارت خارجه، رضا کاظمی گفت: این خبر صحت ندارد.", "رضا کاظمی"),
]


@pytest.mark.parametrize("text,speaker", OFFICE_WITH_A_LIST, ids=range(len(OFFICE_WITH_A_LIST)))
def test_an_office_whose_body_lists_its_fields_is_one_speaker(text, speaker) -> None:
    assert [who for _, who, _ in said("fa", text)] == [speaker]
