"""Arabic and Persian, round 33 (mending known shapes), written again with made-up names (سامان رحیمی، سامي حمدان،
حرکت نور، کسلیا).

- Persian 'neither ... nor' with a positive verb of the third person, after a verb of saying or in a quotation ('X
  گفت که کسلیا نه سلاح فرستاده و نه نیرو'): the speaker denies, as with 'we' (round 32); not 'not only ... but'
  (نه تنها ... بلکه), 'neither confirmed nor denied', nor the present, as often a plain account.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# ---- 1. Persian 'neither ... nor' with a verb of the third person

CLAIM = "رسانه‌ها گزارش دادند که کسلیا به حرکت نور سلاح و نیرو فرستاده است."

NEITHER_NOR_THIRD = [
    "سامان رحیمی گفت که کسلیا نه سلاح به حرکت نور فرستاده و نه نیرو.",
    "سامان رحیمی گفت: «کسلیا نه سلاح به حرکت نور فرستاده و نه نیرو.»",
    "سخنگوی وزارت دفاع کسلیا گفت این کشور نه سلاح و نه نیرو به حرکت نور فرستاده است.",
    "سامان رحیمی تاکید کرد که حرکت نور نه سلاحی از کسلیا دریافت کرده و نه نیرویی.",
    "سامان رحیمی اعلام کرد این گروه نه با کسلیا ارتباط داشته و نه از آن کمک گرفته است.",
    "سامان رحیمی گفت: «او نه سلاح فرستاده و نه نیرو.»",
    "سامان رحیمی گفت که کسلیا نه سلاح فرستاده بود و نه نیرو اعزام کرده بود.",
    "سامان رحیمی گفت که کسلیا نه سلاح فرستاد و نه نیرو.",
    "سامان رحیمی گفت که نیروهای کسلیا نه سلاح فرستاده‌اند و نه مستشار.",
]


@pytest.mark.parametrize("text", NEITHER_NOR_THIRD, ids=range(len(NEITHER_NOR_THIRD)))
def test_neither_nor_with_a_verb_of_the_third_person_denies(text) -> None:
    found = said("fa", CLAIM, text)[1:]
    assert [kind for kind, _, _ in found] == ["denial"]
    assert found[0][1] in ("سامان رحیمی", "سخنگوی وزارت دفاع کسلیا")


NOT_A_DENIAL = [
    "سامان رحیمی گفت که کسلیا نه تنها سلاح فرستاده بلکه نیرو هم اعزام کرده است.",
    "سامان رحیمی گفت که کسلیا نه فقط سلاح داده، بلکه نیروهایش را آموزش داده است.",
    "سامان رحیمی گفت که کسلیا نه تایید کرده و نه تکذیب.",
    "سامان رحیمی گفت که کسلیا این گزارش را نه تایید و نه رد کرده است.",
    "سامان رحیمی گفت که حرکت نور نه سلاح دارد و نه نیرو.",
    "سامان رحیمی گفت که نه نفر کشته شده و نه نفر دیگر زخمی شده‌اند.",
]


@pytest.mark.parametrize("text", NOT_A_DENIAL, ids=range(len(NOT_A_DENIAL)))
def test_not_only_but_or_neither_confirmed_nor_denied_is_no_denial(text) -> None:
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["reported"]


def test_neither_nor_in_the_text_s_own_voice_is_no_denial() -> None:
    text = "حرکت نور نه سلاح از کسلیا دریافت کرده و نه نیرو."
    assert all(kind != "denial" for kind, _, _ in said("fa", CLAIM, text))

