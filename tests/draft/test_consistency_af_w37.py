"""Arabic, round 37 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with made-up
names (قوات الدعم الخاص، حركة النور، سامي كسلاوي، سامي الوردي، صحيفة النهار الجديد، كسلا).

- A body's word without the article before its name in marks ('نفت قوات "الدعم الخاص" ...') was read as the whole
  subject, 'قوات', and the name as a quotation: only the words for a movement, a group or an outlet took the name.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

BODY_NAMES_IN_MARKS = [
    ('نفت قوات "الدعم الخاص" صحة ما نشرته صحيفة النهار.', "قوات الدعم الخاص"),
    ("نفت قوات “الدعم الخاص” الكسلية صحة التقارير.", "قوات الدعم الخاص"),
    ('نفى تيار "المستقبل الجديد" الاتهامات الموجهة إليه.', "تيار المستقبل الجديد"),
    ('نفى ائتلاف "دولة النور" صحة الأنباء المتداولة.', "ائتلاف دولة النور"),
    ('ونفى جيش "النور" ما نشرته الوكالة عن قصف المدينة.', "جيش النور"),
    ('نفت قيادة "قوات كسلا" الأنباء عن انسحابها.', "قيادة قوات كسلا"),
]


@pytest.mark.parametrize("text,denier", BODY_NAMES_IN_MARKS)
def test_a_bodys_word_without_the_article_takes_the_name_in_marks_after_it(text, denier) -> None:
    assert [(kind, who) for kind, who, _ in said("ar", text)] == [("denial", denier)]


def test_words_in_marks_after_a_body_with_the_article_are_still_its_words() -> None:
    # (the rule it widens: no bare noun, no name; 'الحركة' has spoken, and the marks hold what it said)
    assert said("ar", 'وقالت الحركة في بيانها "لن نتراجع عن مواقفنا".') == [("quote", "الحركة", "لن نتراجع عن مواقفنا")]
