"""Persian: news called untrue with a word of degree between the noun and the judgement ('اخبار کاملاً نادرست'), and
information called misleading ('این اطلاعات گمراه کننده'), deny as 'اخبار نادرست' does (issue 17, round 27).

Names are made up.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

_SPEAKER = "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد: "
_UNTRUE = [
    "دشمنان اخبار کاملاً نادرست درباره حمله به پایگاه را منتشر کردند.",
    "دشمنان اخبار کاملا نادرست مبنی بر اینکه وزیر استعفا کرده را منتشر کردند.",
    "برخی رسانه‌ها گزارش‌های کلاً کذب درباره عقب‌نشینی نیروها منتشر کرده‌اند.",
    "این اطلاعات گمراه کننده از سوی برخی رسانه‌ها منتشر شده است.",
    "این اطلاعات گمراه‌کننده را رسانه‌های دشمن پخش کرده‌اند.",
]
_NOT_UNTRUE = [
    "این اطلاعات کاملاً محرمانه در اختیار فرماندهان قرار گرفت.",
    "اخبار کاملاً درست درباره پیشروی نیروها منتشر شد.",
    "نیروهای ما اطلاعات دقیقی از مواضع دشمن به دست آوردند.",
]


@pytest.mark.parametrize("words", _UNTRUE)
def test_news_called_untrue_or_misleading_is_denied(words: str):
    assert [kind for kind, _, _ in said("fa", _SPEAKER + words)] == ["denial"]


@pytest.mark.parametrize("words", _NOT_UNTRUE)
def test_information_described_otherwise_denies_nothing(words: str):
    assert "denial" not in [kind for kind, _, _ in said("fa", _SPEAKER + words)]
