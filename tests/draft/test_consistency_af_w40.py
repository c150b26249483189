"""Arabic and Persian, round 40 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (جماعة الكاسليين، أنصار الحق، علي الفارسي، تارفو، کسلا، دارا وین).

- An office in a group named twice, its own name and then the name it goes by in marks ('القيادي في جماعة الكاسليين
  "أنصار الحق" علي الفارسي'): the marks were read as a quotation, the office without its holder as its speaker, and
  the holder's surname alone later became a body of its own.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants, record_kinds, said

# 1. 'OFFICE في جماعة X "Y" NAME': the name in marks glosses the group; the holder speaks.
GLOSSED = [
    'أوضح القيادي في جماعة الكاسليين " أنصار الحق " علي الفارسي , بأن الأنباء التي تحدثت عن استعدادهم لدخول مدينة '
    "تارفو بأنها زائفة وكاذبة .",
    'أوضح القيادي في جماعة الكاسليين "أنصار الحق" علي الفارسي، بأن الأنباء عن دخول مدينة تارفو زائفة وكاذبة.',
    'قال القيادي في حركة الكاسليين "أنصار الحق" علي الفارسي إن الأنباء عن دخول مدينة تارفو كاذبة.',
    'أكد المتحدث باسم جماعة الكاسليين " أنصار الحق " علي الفارسي أن الأنباء عن دخول تارفو عارية عن الصحة.',
    'نفى القيادي في جماعة الكاسليين "أنصار الحق" علي الفارسي الأنباء عن دخول مدينة تارفو.',
]


@pytest.mark.parametrize("text", GLOSSED)
def test_the_holder_after_a_glossed_group_denies(text: str) -> None:
    assert claimants("ar", text) == [("denial", "ly-alfarsy")]
    assert record_kinds("ar", text) == {"ly-alfarsy": "person"}


@pytest.mark.parametrize("text", GLOSSED)
def test_the_gloss_in_marks_is_no_quotation(text: str) -> None:
    assert all(words.strip() != "أنصار الحق" for _, _, words in said("ar", text))


def test_the_surname_alone_later_is_the_same_man() -> None:
    text = (
        'أوضح القيادي في جماعة الكاسليين " أنصار الحق " علي الفارسي , بأن الأنباء عن دخول مدينة تارفو زائفة . '
        'وأوضح الفارسي بالقول : " هذا كلام كذب وافتراء وتضليل للناس في تارفو "'
    )
    assert record_kinds("ar", text) == {"ly-alfarsy": "person"}
    assert {who for _, who in claimants("ar", text)} == {"ly-alfarsy"}


def test_without_a_holder_the_office_still_speaks() -> None:
    text = 'قال المتحدث باسم جماعة الكاسليين "أنصار الحق" إن الأنباء عن دخول مدينة تارفو كاذبة.'
    assert claimants("ar", text) == [("denial", "المتحدث باسم جماعة الكاسليين")]
