"""Persian, round 25: 'it came in X's statement' without 'است' ('در بیانیه X آمده که «...»', 'در بیانیه X آمده: «...»'),
as news drops the auxiliary, quotes the statement's issuer, as 'آمده است' does; 'آمده' after no statement ('هیئت X به
کابل آمده', has come) says no words.

Made-up people and bodies (بهرام نیک‌زاد، جنبش نمونه), with real ones where a body is what is named.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

QUOTE = "افغانستان با کشورهای عربی مرز مشترک ندارد."


@pytest.mark.parametrize("body", ["طالبان", "جنبش نمونه", "وزارت خارجه طالبان", "بهرام نیک‌زاد", "سپاه"])
@pytest.mark.parametrize("frame", ["در بیانیه {} آمده که", "در اعلامیه {} آمده كه", "در بیانیه {} آمده:"])
def test_a_statement_without_the_auxiliary_quotes_its_issuer(body: str, frame: str) -> None:
    units = said("fa", f"{frame.format(body)} «{QUOTE}»")
    assert [(kind, label, words) for kind, label, words in units] == [("quote", body, QUOTE)]


def test_the_same_with_the_auxiliary() -> None:
    units = said("fa", f"در بیانیه جنبش نمونه آمده است که «{QUOTE}»")
    assert [(kind, label) for kind, label, _ in units] == [("quote", "جنبش نمونه")]


def test_reported_without_marks() -> None:
    units = said("fa", "در بیانیه جنبش نمونه آمده که این گزارش را رد می‌کند.")
    assert [(kind, label) for kind, label, _ in units] == [("denial", "جنبش نمونه")]


@pytest.mark.parametrize(
    "sentence",
    [
        "هیئت جنبش نمونه به تهران آمده که درباره آب گفتگو کند.",
        "بهرام نیک‌زاد در سفر به کابل آمده و با مقامات دیدار کرده است.",
    ],
)
def test_having_come_says_nothing(sentence: str) -> None:
    assert said("fa", sentence) == []


@pytest.mark.parametrize("frame", ["در بیانیه {} آمده است:", "در بیانیه {} آمده:"])
def test_after_the_reporters_source(frame: str) -> None:
    # ('به گزارش X به نقل از Y، در بیانیه Z آمده است: «...»': the statement's issuer speaks, not the relaying outlet;
    # 'آمده' is read once, not again inside 'آمده است')
    units = said("fa", f"به گزارش خبرگزاری نمونه به نقل از المنار، {frame.format('جنبش نمونه')} «{QUOTE}»")
    assert [(kind, label) for kind, label, _ in units] == [("quote", "جنبش نمونه")]
