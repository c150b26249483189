"""Arabic, round 32 (the lead's): what was spread called a mere accusation, rumour or lie ('هو مجرد تهمة', 'محض
شائعات', 'مجرد أكاذيب') dismisses it, as 'مجرد مزاعم' (mere claims) did (the fresh Alkawthar article, where a minister
calls what social media spread 'a mere accusation'). A mere word that dismisses nothing ('مجرد رأي', a mere opinion;
'مجرد بداية', a mere beginning) stays a report.
Made-up names throughout (Dario Venn as 'داريو فين', the ministry of Veloria).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


@pytest.mark.parametrize(
    "text",
    [
        "وقال داريو فين، ان ما نشر في شبكات التواصل الاجتماعي هو مجرد تهمة تهدف الى زعزعة الثقة.",
        "وقال داريو فين ان ما تداولته بعض القنوات مجرد شائعات لا اساس لها.",
        "واكد داريو فين ان هذه الانباء محض اكاذيب.",
        "وقال داريو فين إن ما ورد في التقرير مجرد أكاذيب.",
        "وقال داريو فين ان تلك الاتهامات مجرد افتراءات.",
        "واضاف داريو فين ان ما يقال عن الوزارة مجرد اقاويل.",
    ],
)
def test_a_mere_accusation_or_rumour_is_dismissed(text):
    assert [(k, s) for k, s, _ in said("ar", text)] == [("denial", "داريو فين")]


@pytest.mark.parametrize(
    "text",
    [
        "وقال داريو فين ان هذا مجرد رأي شخصي.",
        "وقال داريو فين ان الاتفاق مجرد بداية لمرحلة جديدة.",
    ],
)
def test_a_mere_thing_that_is_no_charge_is_a_report(text):
    assert [k for k, s, _ in said("ar", text)] == ["reported"]


# An adverb in the accusative's form between a verb of deeming's subject and its colon says how or when; the subject
# is the whole name (the consistency test of Arabic quotations found 'أيضا' read as what 'حركة' was deemed).
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("واعتبرت حركة النور أيضا: «القوات باقية في مواقعها».", "حركة النور"),
        ("واعتبر داريو فين مجددا: «القوات باقية في مواقعها».", "داريو فين"),
    ],
)
def test_an_adverb_before_the_colon_is_no_object_deemed(text, speaker):
    assert [(k, s) for k, s, _ in said("ar", text)] == [("quote", speaker)]


def test_what_is_deemed_is_still_read_as_deemed():
    assert [k for k, _, _ in said("ar", "واعتبرت الحركة الهجوم خرقا للهدنة.")] == ["reported"]
