"""Arabic, round 27 of issue 17: shapes seen in the round's walk-through of unseen news (Iraq, Lebanon, Yemen),
written again with made-up names (سامي الوردي، حركة النور، وزارة الدفاع الكسلية، كسليا; outlets 'الفجر', 'كسليا اليوم').

- a body described after its name by whom it stands with ('حركة النور المدعومة من كسليا', backed by; 'المقربة من',
  'الموالية لـ', 'التابعة لـ', 'المحسوبة على'): the description was read as a word of the body's name, and what was
  denied opened with 'من كسليا';
- 'صباح' (morning) as a given name after an office ('المتحدث باسم رئيس الوزراء صباح الوردي'): the name was read as a
  time, the speaker left unnamed and the name set at the head of what was denied;
- the office holder's name between commas after the body that speaks for him ('نفى مكتب رئيس الوزراء الكسلي، سامي
  الوردي، علم حكومته'): the name opened what was denied;
- an office, its body's name in marks, then the holder's name ('عضو تحالف "النور" سامي الوردي'): the speaker was the
  office alone, 'عضو تحالف';
- the outlet a source told, without 'ل' ('وفق ما أفاد مصدر مقرب من الحركة وكالة كسليا للأنباء'): the agency was read
  as a word of the source's description.

Guards: a source described in full keeps its description ('مصدر في وزارة الدفاع التابعة لحركة النور'), an office
described keeps its holder's name ('القيادي المقرب من حركة النور سامي الوردي'), 'صباح اليوم' and 'صباح الأحد' stay
times, a body with no name between commas, a source in an agency and a body's name in marks with no name after it
stay as they were.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

DESCRIBED = [
    "ونفت حركة النور المدعومة من كسليا، مساء اليوم، صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور المدعومة من كسليا صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور المقربة من كسليا، مساء اليوم، صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور الموالية لكسليا، مساء اليوم، صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور التابعة لوزارة الدفاع الكسلية صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور المدعومة كسليًا، مساء اليوم، صحة التقارير عن انسحاب مقاتليها.",
    "ونفت حركة النور المحسوبة على كسليا صحة التقارير عن انسحاب مقاتليها.",
]


@pytest.mark.parametrize("text", DESCRIBED, ids=range(len(DESCRIBED)))
def test_a_body_described_by_whom_it_stands_with_denies_what_follows_the_description(text) -> None:
    """'نفت حركة النور المدعومة من كسليا، ... صحة التقارير': the movement denies; 'من كسليا' is none of what it denied."""
    assert denied_by("ar", text) == [("hrkt-alnwr", "صحة التقارير عن انسحاب مقاتليها")]


def test_a_body_described_says_its_quotation_under_its_own_name() -> None:
    got = said("ar", "وقالت حركة النور المدعومة من كسليا إن “القوات انسحبت من البلدة”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "حركة النور")], got


def test_a_described_source_or_office_keeps_its_description() -> None:
    # an unnamed source is named by its description, the ministry's owner and all
    got = said("ar", "ونفى مصدر في وزارة الدفاع التابعة لحركة النور، الأنباء عن مقتل قادة في العاصمة.")
    assert [(k, s) for k, s, _ in got] == [("denial", "مصدر في وزارة الدفاع التابعة لحركة النور")], got
    got = said("ar", "ونفى مصدر مقرب من حركة النور الأنباء عن مقتل قادة في العاصمة.")
    assert [(k, s) for k, s, _ in got] == [("denial", "مصدر مقرب من حركة النور")], got
    # an office described, then its holder's name
    got = said("ar", "وقال القيادي المقرب من حركة النور سامي الوردي إن “القوات انسحبت من البلدة”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "سامي الوردي")], got


MORNING = [
    "ونفى المتحدث العسكري باسم رئيس الوزراء الكسلي صباح الوردي، تلقي أي رسائل تحذير.",
    "ونفى المتحدث العسكري باسم رئيس الوزراء الكسلي صباح الوردي تلقي أي رسائل تحذير.",
    "ونفى المتحدث باسم حركة النور صباح الوردي، تلقي أي رسائل تحذير.",
]


@pytest.mark.parametrize("text", MORNING, ids=range(len(MORNING)))
def test_sabah_after_an_office_is_a_given_name(text) -> None:
    """'المتحدث باسم رئيس الوزراء صباح الوردي': Sabah al-Wardi denies, not an unnamed spokesman 'in the morning'."""
    assert denied_by("ar", text) == [("sbah-alwrdy", "تلقي أي رسائل تحذير")]


def test_sabah_said_after_an_office_names_the_speaker() -> None:
    got = said("ar", "وقال المتحدث باسم حركة النور صباح الوردي إن “القوات انسحبت من البلدة”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "صباح الوردي")], got


def test_the_morning_of_a_day_is_still_a_time() -> None:
    for day in ("اليوم", "الأحد", "أمس"):
        got = said("ar", f"وقال المتحدث باسم حركة النور صباح {day} إن “القوات انسحبت من البلدة”.")
        assert [(k, s) for k, s, _ in got] == [("quote", "المتحدث باسم حركة النور")], (day, got)


HOLDER = [
    ("ونفى مكتب رئيس الوزراء الكسلي، سامي الوردي، علم حكومته بالاتفاق.", "علم حكومته بالاتفاق"),
    ("ونفى مكتب وزير الدفاع الكسلي، سامي الوردي، الأنباء عن انسحاب القوات.", "الأنباء عن انسحاب القوات"),
    ("ونفى مكتب رئيس الوزراء، سامي خالد الوردي، صحة التقارير.", "صحة التقارير"),
]


@pytest.mark.parametrize(("text", "denied"), HOLDER, ids=range(len(HOLDER)))
def test_the_holders_name_beside_his_office_is_none_of_what_was_denied(text, denied) -> None:
    """'نفى مكتب رئيس الوزراء، سامي الوردي، علم حكومته': what was denied opens after the holder's name."""
    assert [d for _, d in denied_by("ar", text)] == [denied]


def test_a_body_then_what_it_denied_after_a_comma_is_as_before() -> None:
    assert [d for _, d in denied_by("ar", "ونفت وزارة الدفاع الكسلية، الأنباء عن انسحاب القوات.")] == [
        "الأنباء عن انسحاب القوات"
    ]


MARKED_BODY = [
    'وقال عضو تحالف "النور" سامي الوردي لـ"الفجر"، إن “القوات انسحبت من البلدة”.',
    'وقال عضو تحالف "النور" سامي الوردي إن “القوات انسحبت من البلدة”.',
    'وقال القيادي في تحالف "النور" سامي الوردي إن “القوات انسحبت من البلدة”.',
    "وقال عضو تحالف “النور” سامي الوردي إن “القوات انسحبت من البلدة”.",
]


@pytest.mark.parametrize("text", MARKED_BODY, ids=range(len(MARKED_BODY)))
def test_an_office_of_a_body_named_in_marks_then_the_holders_name(text) -> None:
    """'عضو تحالف "النور" سامي الوردي': Sami al-Wardi speaks, not an unnamed 'member of an alliance'."""
    got = said("ar", text)
    assert [(k, s) for k, s, _ in got] == [("quote", "سامي الوردي")], got


def test_a_body_named_in_marks_with_no_name_after_it_is_as_before() -> None:
    got = said("ar", 'وقال المتحدث باسم حركة "النور" إن “القوات انسحبت من البلدة”.')
    assert [(k, s) for k, s, _ in got] == [("quote", "المتحدث باسم حركة النور")], got


TOLD = [
    ("وقتل عنصر في حركة النور، وفق ما أفاد مصدر مقرب من الحركة وكالة كسليا للأنباء.", "مصدر مقرب من الحركة"),
    ("وأفاد مصدر في الحركة وكالة الفجر بأن القوات انسحبت من البلدة.", "مصدر في الحركة"),
    ("وأفاد مصدر أمني في الوزارة قناة الفجر بأن القوات انسحبت من البلدة.", "مصدر أمني في الوزارة"),
]


@pytest.mark.parametrize(("text", "label"), TOLD, ids=range(len(TOLD)))
def test_the_outlet_a_source_told_is_no_word_of_the_source(text, label) -> None:
    """'أفاد مصدر مقرب من الحركة وكالة كسليا للأنباء': the source speaks; the agency is the one told."""
    got = said("ar", text)
    assert [s for _, s, _ in got] == [label], got


def test_a_source_in_an_agency_is_as_before() -> None:
    got = said("ar", "وقال مصدر في وكالة الأنباء الكسلية إن “القوات انسحبت من البلدة”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "مصدر في وكالة الأنباء الكسلية")], got


def test_an_office_of_a_body_named_in_marks_after_another_speaker_names_someone_new() -> None:
    # (not the office alone read as the last person who spoke: the name after the marks is the speaker)
    got = said(
        "ar",
        "ونفى المتحدث باسم وزارة الدفاع الكسلية سامي الوردي الأنباء عن انسحاب القوات.",
        'وقال عضو تحالف "النور" خالد الكسلي لـ"الفجر"، إن “القوات انسحبت من البلدة”.',
    )
    assert [s for _, s, _ in got] == ["سامي الوردي", "خالد الكسلي"], got
