"""Arabic, round 25: distancing oneself from an attack or a statement ('نأت الحركة بنفسها عن قصف السفارة') disowns
it, as 'تنصلت الحركة من الهجوم' does, whatever the form of the verb, the words between the verb and 'بنفسه' (a name,
a place, a day between commas) or the attack named; a side keeping out of a war or a quarrel ('نأى البلد بنفسه عن
الصراع') denies nothing, and 'بنفسه' is never part of the subject.

Made-up people and bodies (سامي الوردي، حركة النمونة).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

DISTANCED = [
    ("نأت حركة النمونة في العراق، السبت، بنفسها عن قصف مبنى السفارة.", "حركة النمونة"),
    ("نأت الحركة بنفسها عن قصف مبنى السفارة.", "الحركة"),
    ("ونأى سامي الوردي بنفسه عن الهجوم على السفارة.", "سامي الوردي"),
    ("نأت وزارة الدفاع بنفسها عن البيان المنسوب إليها.", "وزارة الدفاع"),
    ("ونأت الفصائل بأنفسها عن استهداف القاعدة.", "الفصائل"),
    ("وتنأى حركة النمونة بنفسها عن الهجمات الأخيرة.", "حركة النمونة"),
    ("نأى الجيش، في بيان، بنفسه عن تفجير الجسر.", "الجيش"),
    ("وقال سامي الوردي إن الحركة تنأى بنفسها عن الهجوم.", "الحركة"),
]


@pytest.mark.parametrize(("sentence", "speaker"), DISTANCED)
def test_distancing_from_an_attack_is_a_denial(sentence: str, speaker: str) -> None:
    assert [(kind, label) for kind, label, _ in said("ar", sentence)] == [("denial", speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("نأى لبنان بنفسه عن الصراع في سوريا.", "لبنان"),
        ("تنأى الحكومة بنفسها عن الخلافات الإقليمية.", "الحكومة"),
    ],
)
def test_keeping_out_of_a_war_is_no_denial(sentence: str, speaker: str) -> None:
    units = said("ar", sentence)
    assert all(kind != "denial" for kind, _, _ in units)
    assert all(label == speaker for _, label, _ in units)
