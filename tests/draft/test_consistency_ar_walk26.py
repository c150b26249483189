"""Arabic, round 26 of issue 17: shapes seen in the round's walk-through of unseen news (Iraq, Syria, Yemen,
Lebanon), written again with made-up names (سامي الوردي، حركة النور، وزارة الدفاع الكسلية، كسليا; outlets 'الفجر',
'كسليا اليوم').

- a source who declined to be named ('مصدر رفض الكشف عن هويته'), before a quotation: 'رفض' was taken for the verb
  that says the quotation, and the noun after it for the speaker ('الكشف', 'الإفصاح', 'ذكر اسمه'); and the plural
  ('رفضوا الكشف عن أسمائهم', 'رفضت الكشف عن هويتها');
- what was denied opened with what stands between the subject and its object: a second office set beside the name
  ('نفى سامي الوردي، عضو المكتب السياسي، الأنباء'), a remark ('في تصريحات لقناة الفجر،'), a place between commas, the
  body's short name in marks ('نفت حركة النور "حنور"، الأنباء'), the body of a source named before ('نفى المصدر في
  حركة النور ما ...');
- two offices between commas before the name ('عضو البرلمان الكسلي، الأمين العام لحركة النور، سامي الوردي، إن'): the
  speaker was the two offices, unnamed.

Guards: a source who asked not to be named still speaks; a name's own refusal ('رفض سامي الوردي الكشف عن هوية
المهاجمين') is no speaker; an object opened by 'في' with no 'ما' after it, a word in marks that is what was denied,
and two offices with no name after them stay as they were.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

UNNAMED = [
    ("وقال مصدر عسكري كسلي رفض الكشف عن هويته إن", "مصدر عسكري كسلي"),
    ("وقال مسؤول في وزارة الدفاع الكسلية رفض الكشف عن اسمه إن", "مسؤول في وزارة الدفاع الكسلية"),
    ("وقالت مصادر في حركة النور رفضت الكشف عن هويتها إن", "مصادر في حركة النور"),
    ("وقال مصدر أمني، رفض الإفصاح عن هويته، إن", "مصدر أمني"),
    ("وأكد مصدر في حركة النور رفض ذكر اسمه أن", "مصدر في حركة النور"),
    ("وقال قيادي في حركة النور رفض الكشف عن هويته لـ“كسليا اليوم” إن", "قيادي في حركة النور"),
    ("وقال مسؤولون رفضوا الكشف عن أسمائهم إن", "مسؤولون"),
]


@pytest.mark.parametrize(("lead", "label"), UNNAMED, ids=range(len(UNNAMED)))
def test_a_source_who_declined_to_be_named_speaks_the_quotation(lead, label) -> None:
    """'وقال مصدر رفض الكشف عن هويته إن "..."': the source speaks; 'الكشف' (the disclosing) is no speaker."""
    got = said("ar", f"{lead} “القوات انسحبت من البلدة”.")
    assert [(kind, speaker) for kind, speaker, _ in got] == [("quote", label)], got


def test_a_refusal_that_is_no_wish_to_stay_unnamed_is_as_before() -> None:
    # a source who asked not to be named, and one without a quotation, speak as before
    got = said("ar", "وقال مصدر أمني طلب عدم الكشف عن هويته إن “الغارة استهدفت السيارة”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "مصدر أمني")], got
    got = said("ar", "وقال مصدر أمني رفض الكشف عن هويته إن الغارة استهدفت السيارة.")
    assert [(k, s) for k, s, _ in got] == [("reported", "مصدر أمني")], got
    # the name the speaker's report is about, and a named speaker's refusal, are no unnamed source
    got = said("ar", "وقال سامي الوردي إن الحركة رفضت الكشف عن هوية المهاجمين.")
    assert [(k, s) for k, s, _ in got] == [("reported", "سامي الوردي")], got
    # a refusal of claims is still a denial
    got = said("ar", "ورفضت حركة النور الاتهامات التي وجهتها إليها وزارة الدفاع الكسلية.")
    assert [(k, s) for k, s, _ in got] == [("denial", "حركة النور")], got


def _denied(text: str) -> list[str]:
    return [d["denied"] for d in built("ar", text) if d["type"] == "denial"]


DENIED = [
    (
        "ونفى القيادي في الحركة، سامي الوردي، عضو المكتب السياسي لحركة النور، في تصريحات لقناة الفجر، اليوم السبت، "
        "تلك الأنباء.",
        "تلك الأنباء",
    ),
    (
        "ونفى الناطق باسم الحركة، سامي الوردي، عضو المجلس السياسي، الأنباء عن انسحاب المقاتلين.",
        "الأنباء عن انسحاب المقاتلين",
    ),
    (
        'ونفت حركة النور "حنور"، يوم الأحد، الأنباء التي تحدثت عن انسحاب مقاتليها.',
        "الأنباء التي تحدثت عن انسحاب مقاتليها",
    ),
    ('ونفت وزارة الدفاع الكسلية "ودك"، الأنباء عن سقوط الطائرة.', "الأنباء عن سقوط الطائرة"),
    (
        "ونفى مصدر مسؤول في حركة النور في كسليا، مساء الجمعة، ما ذكرته وسائل إعلام عن إصابة قائدها.",
        "ما ذكرته وسائل إعلام عن إصابة قائدها",
    ),
    (
        "ونفى المصدر في حركة النور ما أعلنه سامي الوردي عن مقتل قادة الحركة.",
        "ما أعلنه سامي الوردي عن مقتل قادة الحركة",
    ),
]


@pytest.mark.parametrize(("text", "denied"), DENIED, ids=range(len(DENIED)))
def test_what_stands_between_the_denier_and_the_object_is_not_denied(text, denied) -> None:
    """An office, a remark, a place, a short name in marks, after the denier: not what was denied."""
    assert _denied(text) == [denied]


def test_what_was_denied_is_as_before_where_nothing_stands_between() -> None:
    assert _denied("ونفى مصدر في وزارة الدفاع الكسلية ما نشرته الصحيفة عن الهجوم.") == ["ما نشرته الصحيفة عن الهجوم"]
    assert _denied("ونفى سامي الوردي في بيان ما نشرته الصحيفة عن الهجوم.") == ["ما نشرته الصحيفة عن الهجوم"]
    # a word in marks that is what was denied, with more after the comma, stays denied
    assert _denied('ونفت الوزارة "الاتهامات الكاذبة"، مؤكدة أن قواتها في مواقعها.') == [
        '"الاتهامات الكاذبة"، مؤكدة أن قواتها في مواقعها'
    ]
    assert _denied('ونفت الوزارة "الشائعات"، مؤكدة أن قواتها في مواقعها.') == ['"الشائعات"، مؤكدة أن قواتها في مواقعها']
    # what was denied, going on after a comma, stays whole
    assert _denied("نفت الوزارة صدور أمر، مؤكدة أن المقرات باقية.") == ["صدور أمر، مؤكدة أن المقرات باقية"]


OFFICES = [
    ("كشف عضو البرلمان الكسلي، الأمين العام لحركة النور، سامي الوردي، عن وجود مقاتلين أجانب في كسليا.", "reported"),
    ("وقال عضو البرلمان الكسلي، الأمين العام لحركة النور، سامي الوردي، إن المقاتلين دخلوا البلاد.", "reported"),
    ("وقال الناطق باسم الحركة، عضو المكتب السياسي، سامي الوردي، إن “الحركة لن تنسحب”.", "quote"),
    ("ونفى رئيس الحركة، الأمين العام للتحالف، سامي الوردي، الأنباء عن الانسحاب.", "denial"),
]


@pytest.mark.parametrize(("text", "kind"), OFFICES, ids=range(len(OFFICES)))
def test_two_offices_between_commas_then_the_name(text, kind) -> None:
    """'عضو X، الأمين العام لـY، سامي الوردي، إن': the speaker is the name after the two offices."""
    got = said("ar", text)
    assert [(k, s) for k, s, _ in got] == [(kind, "سامي الوردي")], got


def test_two_offices_with_no_name_after_them_are_as_before() -> None:
    got = said("ar", "وقال وزير الدفاع الكسلي، رئيس الأركان، إن القوات انسحبت.")
    assert [(k, s) for k, s, _ in got] == [("reported", "وزير الدفاع الكسلي، رئيس الأركان")], got
    got = said("ar", "وقال الناطق باسم الحركة، سامي الوردي، إن “الحركة لن تنسحب”.")
    assert [(k, s) for k, s, _ in got] == [("quote", "سامي الوردي")], got
