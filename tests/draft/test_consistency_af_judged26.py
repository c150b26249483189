"""Arabic and Persian, round 26: what a speaker calls untrue in words a verb of saying opens, with made-up names.

'X گفت: خبر حمله کذب است', 'قال X إن الأنباء عارية عن الصحة': the denial's `denied` is the words the speaker judged
('خبر حمله', 'الأنباء'), not the whole sentence with the reporter's lead. Guards: a judgement that does not close the
clause keeps the clause; an event said not to have happened keeps its words; a denial by a verb is read as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built


def _denied(language: str, paragraph: str) -> list[str]:
    return [d["denied"] for d in built(language, paragraph) if d["type"] == "denial"]


JUDGED = [
    ("fa", "سخنگوی وزارت دفاع کسلیا گفت: خبر حمله به پایگاه نظامی کذب است.", "خبر حمله به پایگاه نظامی"),
    ("fa", "رضا کاظمی گفت که ادعای حضور نیروهای ما در سوریه نادرست است.", "ادعای حضور نیروهای ما در سوریه"),
    ("fa", "رضا کاظمی در گفتگو با خبرنگاران گفت: این گزارش‌ها صحت ندارد.", "این گزارش‌ها"),
    ("fa", "رضا کاظمی تاکید کرد که ادعای کشته شدن فرماندهان جنبش دروغ است.", "ادعای کشته شدن فرماندهان جنبش"),
    ("ar", "وقال سامي الوردي إن الأنباء عن انسحاب قوات الحركة عارية عن الصحة.", "الأنباء عن انسحاب قوات الحركة"),
    ("ar", "وأكد سامي الوردي أن ما تداولته وسائل الإعلام كاذب.", "ما تداولته وسائل الإعلام"),
    ("ar", "وأوضح المتحدث باسم حركة النور أن التقارير عن مقتل قادة الحركة مفبركة.", "التقارير عن مقتل قادة الحركة"),
]


@pytest.mark.parametrize(("language", "paragraph", "denied"), JUDGED)
def test_the_words_judged_untrue_are_what_is_denied(language: str, paragraph: str, denied: str) -> None:
    assert _denied(language, paragraph) == [denied]


def test_a_judgement_inside_the_clause_keeps_the_clause_without_the_lead() -> None:
    # guard: the judgement does not close the clause; what was said is kept whole, from 'that' on
    got = _denied("fa", "رضا کاظمی گفت که این ادعا دروغ است و نیروهای ما در کسلیا حضور ندارند.")
    assert got == ["این ادعا دروغ است و نیروهای ما در کسلیا حضور ندارند"]


def test_an_event_said_not_to_have_happened_is_not_cut() -> None:
    # guard: 'رخ نداده' (did not happen) judges no words before it untrue; they are not cut to 'هیچ حمله‌ای'
    got = _denied("fa", "رضا کاظمی گفت: هیچ حمله‌ای به پایگاه رخ نداده است.")
    assert got and all("رخ نداده" in d for d in got)


def test_a_denial_by_a_verb_is_read_as_before() -> None:
    # guard: 'نفى X الأنباء': the verb's object, as before
    assert _denied("ar", "ونفى سامي الوردي الأنباء عن انسحاب قوات الحركة.") == ["الأنباء عن انسحاب قوات الحركة"]
