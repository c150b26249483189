"""Arabic speakers, round 26: shapes seen in real articles, with made-up names.

- a source before its verb named at length, its body in marks and a second and third 'في' ('إلا أن مصادر في لواء
  "الفجر" في "حركة النور" العاملة في كسليا، ...، نفت لعنب بلدي'): the sources deny, not the outlet told after the
  verb; guard: a time after 'في' is no part of the source;
- 'تحدثت X إلى Y، ...، والذي نفى' (X talked to Y, who denied): Y denies, not the last speaker.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

# --- a source named at length before its verb ------------------------------------------------------------------------

LONG_SOURCE = [
    (
        'إلا أن مصادر في لواء "الفجر" في "حركة النور" العاملة في كسليا، إلى جانب فصائل أخرى، نفت لعنب بلدي ما جاء'
        " في البيان.",
        "مصادر في لواء الفجر في حركة النور العاملة في كسليا",
    ),
    ("لكن مصدرا في لواء “الفجر” في “حركة النور” نفى للنهار الأنباء.", "مصدر في لواء الفجر في حركة النور"),
    ("غير أن مصادر في لواء الفجر في «حركة النور» نفت ذلك.", "مصادر في لواء الفجر في حركة النور"),
    ("غير أن مصادر في لواء الفجر العامل في كسليا نفت ذلك.", "مصادر في لواء الفجر العامل في كسليا"),
]


@pytest.mark.parametrize(("sentence", "speaker"), LONG_SOURCE, ids=range(len(LONG_SOURCE)))
def test_ar_long_source_before_its_verb_denies(sentence: str, speaker: str) -> None:
    got = said("ar", "نفت وزارة الدفاع الكسلية التقارير.", sentence)
    assert [s for k, s, _ in got if k == "denial"][-1] == speaker


def test_ar_time_after_in_is_no_part_of_the_source() -> None:
    # guard: 'في وقت سابق' (earlier) after the source's body is a time, not where the body is
    got = said("ar", "نفت وزارة الدفاع الكسلية التقارير.", "غير أن مصادر في لواء الفجر في وقت سابق نفت ذلك.")
    assert all("وقت" not in s for _, s, _ in got)


# --- 'who' after the one talked to -----------------------------------------------------------------------------------

TALKED_TO = [
    (
        'وتحدثت النهار إلى سامي الوردي، القائد العسكري لـ "لواء الفجر"، والذي نفى بدوره معرفته بإصدار البيان.',
        "سامي الوردي",
    ),
    ("وتواصلت قناة النهار مع سامي الوردي، المتحدث باسم الحركة، والذي نفى الأنباء.", "سامي الوردي"),
    ("وتحدثت النهار إلى ليلى حداد، والتي نفت الأنباء.", "ليلى حداد"),
    ("واتصلت الصحيفة بسامي الوردي، وتحدثت إلى خالد الكسلي، والذي نفى الأنباء.", "خالد الكسلي"),
]


@pytest.mark.parametrize(("sentence", "speaker"), TALKED_TO, ids=range(len(TALKED_TO)))
def test_ar_who_after_the_one_talked_to_denies(sentence: str, speaker: str) -> None:
    got = said("ar", "قال حمدي النمر إن الحركة لم تصدر أي بيان.", sentence)
    assert [s for k, s, _ in got if k == "denial"] == [speaker]


# --- a place after a verb-first subject, no comma --------------------------------------------------------------------

PLACE_AFTER_SUBJECT = [
    ("نفت حركة النور في كسليا الأنباء عن انسحابها من المدينة.", "الأنباء عن انسحابها من المدينة"),
    ("ونفت وزارة الدفاع في كسليا التقارير.", "التقارير"),
    ("ونفى لواء الفجر في العراق صحة التقارير.", "صحة التقارير"),
]


@pytest.mark.parametrize(("sentence", "denied"), PLACE_AFTER_SUBJECT, ids=range(len(PLACE_AFTER_SUBJECT)))
def test_ar_place_after_subject_is_not_denied(sentence: str, denied: str) -> None:
    got = [d for d in built("ar", sentence) if d["type"] == "denial"]
    assert [d["denied"] for d in got] == [denied]


def test_ar_in_a_statement_after_subject_stays_as_before() -> None:
    # guard: 'في إطار ردها' (as part of its answer) is no place: the words stay where they were
    got = [d for d in built("ar", "نفت الحركة في إطار ردها الاتهامات.") if d["type"] == "denial"]
    assert all(d["denied"].startswith("في إطار") for d in got)


# --- an envoy accredited 'لدى' a place -------------------------------------------------------------------------------

ENVOY_AT = [
    ("نفت السفارة الإيرانية لدى باريس الأنباء عن اعتقال دبلوماسي.", "السفارة الإيرانية لدى باريس"),
    ('واعتبرت السفارة الكسلية لدى بغداد أن "ما نشر عار عن الصحة".', "السفارة الكسلية لدى بغداد"),
    ('وقال سفير كسليا لدى الأمم المتحدة إن "الاتهامات باطلة".', "سفير كسليا لدى الأمم المتحدة"),
    ("ونفت بعثة كسليا لدى الاتحاد الأوروبي صحة التقارير.", "بعثة كسليا لدى الاتحاد الأوروبي"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ENVOY_AT, ids=range(len(ENVOY_AT)))
def test_ar_envoy_at_a_place_keeps_it(sentence: str, speaker: str) -> None:
    got = said("ar", sentence)
    assert [s for _, s, _ in got] == [speaker]


def test_ar_at_his_arrival_is_no_part_of_the_name() -> None:
    # guard: 'لدى وصوله' (on his arrival) after a minister is a time, not where he is accredited
    got = said("ar", 'وقال وزير الخارجية الكسلي لدى وصوله إن "الأنباء كاذبة".')
    assert [s for _, s, _ in got] == ["وزير الخارجية الكسلي"]


# --- commenting on something, without what was said ------------------------------------------------------------------

ONLY_COMMENTED = [
    "علقت مليشيا الحوثي على البيان الصادر عن الحكومة أمس.",
    "وعلق سامي الوردي على الهجوم في تغريدة على حسابه.",
    "وعلقت حركة النور على قرار الحكومة الكسلية الأخير.",
    "فعلق قادة لواء الفجر على الأنباء في مؤتمر صحفي.",
]


@pytest.mark.parametrize("sentence", ONLY_COMMENTED, ids=range(len(ONLY_COMMENTED)))
def test_ar_commenting_on_claims_nothing(sentence: str) -> None:
    assert said("ar", sentence) == []


def test_ar_commenting_by_saying_still_says() -> None:
    # guard: 'علقت ... بالقول إن' (commented by saying that) gives what was said
    got = said("ar", "علقت حركة النور على الأنباء بالقول إن الحركة ستواصل عملياتها في المدينة.")
    assert [s for _, s, _ in got] == ["حركة النور"]


# --- an office of 'its' body, no name --------------------------------------------------------------------------------

ITS_OFFICE = [
    "وقال عضو مكتبها السياسي إن الحركة لم تنفذ الهجوم على المدينة.",
    "ونفى عضو مكتبها السياسي أن تكون الحركة نفذت الهجوم.",
    "وقال رئيس مكتبهم السياسي إن الحركة لم تنفذ الهجوم على المدينة.",
    "وأكد مسؤول مكتبها الإعلامي أن الحركة لم تنفذ الهجوم على المدينة.",
    "وقالت عضو مجلسها التنفيذي إن الحركة لم تنفذ الهجوم على المدينة.",
]


@pytest.mark.parametrize("sentence", ITS_OFFICE, ids=range(len(ITS_OFFICE)))
def test_ar_office_of_its_body_is_no_persons_name(sentence: str) -> None:
    drafts = built("ar", "نفت حركة النور الأنباء عن انسحابها من المدينة.", sentence)
    assert not any(d["type"] == "actor" and d.get("kind") == "person" for d in drafts)


def test_ar_given_name_ending_like_its_stays_a_name() -> None:
    # guard: 'مها' (a given name) ends as 'its' does, but is no body's word
    drafts = built("ar", "وقالت مها الكسلي إن الحركة لم تنفذ الهجوم على المدينة.")
    assert any(d["type"] == "actor" and d.get("name") == "مها الكسلي" for d in drafts)
