"""Arabic and Persian, round 40 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (جماعة الكاسليين، أنصار الحق، علي الفارسي، تارفو، کسلا، دارا وین).

- An office in a group named twice, its own name and then the name it goes by in marks ('القيادي في جماعة الكاسليين
  "أنصار الحق" علي الفارسي'): the marks were read as a quotation, the office without its holder as its speaker, and
  the holder's surname alone later became a body of its own.
- Dari's officials with the plural after the non-joiner ('مقام‌ها گفته اند'): drafted as a body named 'مقام‌ها'.
- Dari's prime minister ('صدراعظم X', and written apart, 'صدر اعظم X'): drafted as a man named so (the word 'اعظم'
  is also a given name), not the office, nor the holder named before with it.
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


# 2. 'مقام‌ها گفته اند': officials, described, no body named 'مقام‌ها'.
@pytest.mark.parametrize(
    "text",
    [
        "مقام‌ها گفته اند که این انفجار روز دوشنبه در منطقهٔ تارفو به وقوع پیوست.",
        "مقام‌ها می‌گویند که این انفجار روز دوشنبه در تارفو رخ داد.",
        "مقام‌های کسلا گفته اند که این انفجار روز دوشنبه در تارفو رخ داد.",
    ],
)
def test_officials_with_the_plural_after_the_non_joiner_are_described(text: str) -> None:
    assert record_kinds("fa", text) == {}
    assert [kind for kind, _ in claimants("fa", text)] == ["claim"]


# 3. 'صدراعظم X', 'صدر اعظم X': the office, the holder named before with it.
@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("دارا وین، صدراعظم کسلا، روز دوشنبه در تارفو سخن گفت.", "صدراعظم کسلا"),
        ("دارا وین، صدر اعظم کسلا، روز دوشنبه در تارفو سخن گفت.", "صدر اعظم کسلا"),
        ("دارا وین، صدراعظم کسلا، روز دوشنبه در تارفو سخن گفت.", "صدر اعظم کسلا"),
    ],
)
def test_the_prime_minister_is_the_holder_named_before(first: str, then: str) -> None:
    text = f"{then} تاکید کرده است که این کشور به مبارزه با تروریزم متعهد است."
    assert claimants("fa", first, text) == [("claim", "dara-wyn"), ("claim", "dara-wyn")]
    assert record_kinds("fa", first, text) == {"dara-wyn": "person"}


@pytest.mark.parametrize("office", ["صدراعظم کسلا", "صدر اعظم کسلا"])
def test_the_prime_minister_alone_is_no_man_so_named(office: str) -> None:
    text = f"{office} تاکید کرده است که این کشور به مبارزه با تروریزم متعهد است."
    assert record_kinds("fa", text) == {}


def test_a_surname_sadr_stays_a_name() -> None:
    text = "مقتدی صدر اعلام کرد که این گزارش‌ها نادرست است."
    assert record_kinds("fa", text) != {}


def test_words_after_a_colon_are_still_a_quotation() -> None:
    # (a gloss follows the group's name at once: after 'باسم جماعة X:' the marks hold the office's words)
    text = "وقال المتحدث باسم جماعة الكاسليين: «الأنباء كاذبة تماما»."
    assert said("ar", text) == [("denial", "المتحدث باسم جماعة الكاسليين", "الأنباء كاذبة تماما")]
