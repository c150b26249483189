"""Arabic, round 27: shapes left known by the last rounds, with made-up names (سامي الوردي، حركة النور، كسليا).

- the outlet told, named right after the verb and its subject ('نفت الوزارة لعنب بلدي أن ...', 'نفى المصدر للنهار
  صحة ...', 'نفى X لقناة النهار ...', 'نفت الحركة لـ"النهار" ...'): neither the denier nor part of what was denied;
  an office's body after 'لـ' ('المتحدث لوزارة الدفاع') stays the subject's, and a verbal noun opening with 'ل'
  ('لجوء') stays what was denied. The outlet told in its marks after a verb of denying and its subject ('نفى قيادي في
  الحركة لـ"النهار" صحة الأنباء') is no quotation either.
- the person told, 'لـ' joined to a name, then 'الذي' or 'التي' ('وقال لسامي الوردي الذي التقاه ...'), with 'و' or a
  comma or neither: the one spoken to; the speaker goes on (or is the subject before: 'وقال المتحدث ... لسامي
  الوردي الذي ...'). A given name opening with 'ل' ('ليلى', 'لؤي') is the subject.
- speech after a colon, or in a quotation of the speaker's own, that calls words untrue ('وقال X: إن الأنباء عن ...
  لا أساس لها من الصحة', 'وقال X: «...»'): `denied` is the words judged, not the whole sentence with the lead.
- 'قياديا' (a leading member, accusative after 'لكن', 'إلا أن') and 'قيادية' (a woman one) as 'قيادي' is: an office
  (named in the nominative since round 44, as the gold names it: 'لكن قياديا في الحركة نفى' is 'قيادي في الحركة').
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said


def _denials(paragraph: str) -> list[tuple[str, str]]:
    """(denier's label, denied) of each denial drafted from one paragraph."""
    out = []
    for kind, speaker, _ in said("ar", "نص.", paragraph):
        if kind == "denial":
            out.append(speaker)
    denied = [d["denied"] for d in built("ar", paragraph) if d["type"] == "denial"]
    return list(zip(out, denied, strict=False))


# --- the outlet told after the verb ----------------------------------------------------------------------------------

TOLD = [
    ("ونفت الوزارة لعنب بلدي أن تكون قواتها قد شاركت في الهجوم.", "الوزارة", "أن تكون قواتها قد شاركت في الهجوم"),
    ("نفى المصدر للنهار صحة الأنباء عن انسحاب القوات.", "المصدر", "صحة الأنباء عن انسحاب القوات"),
    ("ونفت الحركة لصوت كسليا أن تكون قواتها قد انسحبت.", "الحركة", "أن تكون قواتها قد انسحبت"),
    ("ونفى سامي الوردي لقناة النهار الأنباء عن انسحاب القوات.", "سامي الوردي", "الأنباء عن انسحاب القوات"),
    ('ونفت الحركة لـ"النهار" صحة التقارير عن الهجوم.', "الحركة", "صحة التقارير عن الهجوم"),
    ("ونفت وزارة الدفاع لوكالة كسليا للأنباء صحة التقارير.", "وزارة الدفاع", "صحة التقارير"),
    ("كما نفى المصدر للفجر وجود أي اتفاق مع الحكومة.", "المصدر", "وجود أي اتفاق مع الحكومة"),
]


@pytest.mark.parametrize(("paragraph", "denier", "denied"), TOLD)
def test_the_outlet_told_is_neither_denier_nor_denied(paragraph: str, denier: str, denied: str) -> None:
    assert _denials(paragraph) == [(denier, denied)]


def test_an_office_body_after_to_stays_the_subjects() -> None:
    # guard: 'لوزارة الدفاع' (of the ministry of defence) is the spokesman's body, not an outlet told
    assert [s for k, s, _ in said("ar", "نص.", "ونفى المتحدث لوزارة الدفاع صحة التقارير.") if k == "denial"] == [
        "المتحدث لوزارة الدفاع"
    ]


def test_a_verbal_noun_opening_with_to_stays_denied() -> None:
    # guard: 'لجوء' (resorting) opens what was denied; it is no outlet
    assert _denials("ونفت الحركة لجوء قواتها إلى القصف.") == [("الحركة", "لجوء قواتها إلى القصف")]


MARKED_TOLD = [
    'في المقابل، نفى قيادي في حركة النور لـ"النهار" صحة الأنباء.',
    'ونفى مصدر في حركة النور لـ"النهار" صحة الأنباء.',
    "ونفت الحركة لـ«صوت كسليا» صحة الأنباء.",
    'كما نفى المتحدث باسم الحركة لـ"الفجر" وجود أي اتفاق.',
]


@pytest.mark.parametrize("paragraph", MARKED_TOLD)
def test_the_outlet_told_in_marks_is_no_quotation(paragraph: str) -> None:
    got = said("ar", "نص.", paragraph)
    assert len(got) == 1
    assert got[0][0] == "denial" and got[0][2] == paragraph


# --- a leading member in the accusative --------------------------------------------------------------------------------

LEADING = [
    ("لكن قياديا في حركة النور نفى الأنباء عن انسحاب القوات.", "قيادي في حركة النور"),
    ("إلا أن قياديا بارزا في الحركة نفى ذلك.", "قيادي بارز في الحركة"),
    ("غير أن قياديا في الحركة نفى صحة التقارير.", "قيادي في الحركة"),
    ("وقالت قيادية في الحركة إن الأنباء كاذبة.", "قيادية في الحركة"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), LEADING)
def test_a_leading_member_in_the_accusative_speaks(paragraph: str, speaker: str) -> None:
    assert [(k, s) for k, s, _ in said("ar", "نص.", paragraph)] == [("denial", speaker)]


# --- the person told, then 'الذي' -------------------------------------------------------------------------------------

FIRST = "ونفى رضا كاظمي الأنباء عن الهجوم."
TOLD_WHO = [
    'وقال لسامي الوردي الذي التقاه في كسليا إن "الأنباء كاذبة".',
    'وقال لسامي الوردي والذي التقاه في كسليا إن "الأنباء كاذبة".',
    'وأضاف لسامي الوردي، الذي التقاه في كسليا، أن "الأنباء كاذبة".',
    'وأكد لسامي الوردي الذي زاره في مكتبه أن "الحركة لم تشارك في الهجوم".',
    'وقال لسلمى الوردي التي التقته في كسليا إن "الأنباء كاذبة".',
]


@pytest.mark.parametrize("paragraph", TOLD_WHO)
def test_the_person_told_then_who_is_not_the_speaker(paragraph: str) -> None:
    got = said("ar", "نص.", FIRST, paragraph)
    assert [s for _, s, _ in got] == ["رضا كاظمي", "رضا كاظمي"]


def test_the_person_told_after_a_subject_is_not_the_speaker() -> None:
    got = said("ar", "نص.", 'وقال المتحدث باسم الحركة لسامي الوردي الذي التقاه في كسليا إن "الأنباء كاذبة".')
    assert [s for _, s, _ in got] == ["المتحدث باسم الحركة"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('وقالت ليلى الوردي التي تقود الحركة إن "الأنباء كاذبة".', "ليلى الوردي"),
        ('وقال لؤي الوردي الذي يقود الحركة إن "الأنباء كاذبة".', "لؤي الوردي"),
    ],
)
def test_a_given_name_opening_with_lam_is_the_speaker(paragraph: str, speaker: str) -> None:
    # guard: 'ليلى', 'لؤي' are names, not 'لـ' (to) joined to one
    assert [s for _, s, _ in said("ar", "نص.", FIRST, paragraph)] == ["رضا كاظمي", speaker]


# --- what a colon's speech judges untrue ----------------------------------------------------------------------------

COLON_JUDGED = [
    "وقال سامي الوردي: الأنباء عن انسحاب قوات الحركة عارية عن الصحة.",
    "وقال سامي الوردي: إن الأنباء عن انسحاب قوات الحركة لا أساس لها من الصحة.",
    "وقال سامي الوردي: «إن الأنباء عن انسحاب قوات الحركة لا أساس لها من الصحة».",
    'وقال سامي الوردي إن "الأنباء عن انسحاب قوات الحركة عارية عن الصحة".',
    "وأضاف سامي الوردي: «الأنباء عن انسحاب قوات الحركة كاذبة».",
]


@pytest.mark.parametrize("paragraph", COLON_JUDGED)
def test_a_colons_speech_keeps_the_words_judged(paragraph: str) -> None:
    denied = [d["denied"] for d in built("ar", paragraph) if d["type"] == "denial"]
    assert denied == ["الأنباء عن انسحاب قوات الحركة"]


def test_a_quotation_that_goes_on_after_the_judgement_is_kept() -> None:
    # guard: the judgement does not close the quotation; nothing is cut
    denied = [
        d["denied"]
        for d in built("ar", "وقال سامي الوردي: «الأنباء كاذبة وقواتنا في مواقعها».")
        if d["type"] == "denial"
    ]
    assert denied and "وقواتنا في مواقعها" in denied[0]
