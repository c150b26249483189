"""Persian, round 25: a fight said not to have happened ('درگیری بین نیروهای X و Y در مرز رخ نداده است') is a denial
of the event, as 'چنین اتفاقی رخ نداده' is, in a quotation or a reported clause, whatever fight is named and however the
verb of happening is written; a fight that has not happened yet ('هنوز درگیری رخ نداده') or a loss that did not happen
('تلفاتی رخ نداده') denies nothing.

Made-up people (بهرام نیک‌زاد، فرهاد صدری) and real countries.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# (what is said, after 'X گفت:')
DENIED = [
    "درگیری بین نیروهای ایرانی و طالبان در مرزهای کشور رخ نداده است",
    "اما درگیری رخ نداده است",
    "هیچ تیراندازی در مرز صورت نگرفته است",
    "برخوردی میان مرزبانان دو کشور اتفاق نیفتاده است",
    "درگيري بين نيروهاي ما و ارتش پاکستان رخ نداد",
    "نبرد در این منطقه رخ نداده و اوضاع آرام است",
    "تبادل آتش میان دو طرف صورت نگرفته است",
]


@pytest.mark.parametrize("words", DENIED)
@pytest.mark.parametrize("speaker", ["وزیر کشور", "بهرام نیک‌زاد"])
def test_a_fight_that_did_not_happen_is_denied(words: str, speaker: str) -> None:
    units = said("fa", f"{speaker} در حاشیه جلسه هیات دولت گفت: {words}.")
    assert [(kind, label) for kind, label, _ in units] == [("denial", speaker)]


def test_reported_with_that() -> None:
    units = said("fa", "فرهاد صدری گفت که درگیری میان نیروهای دو کشور در مرز رخ نداده است.")
    assert [(kind, label) for kind, label, _ in units] == [("denial", "فرهاد صدری")]


@pytest.mark.parametrize(
    "words",
    [
        "هنوز درگیری بین دو طرف رخ نداده است",
        "در این حادثه تلفاتی رخ نداده است",
        "خوشبختانه آسیبی به کسی وارد نشده و خسارتی رخ نداده است",
    ],
)
def test_what_is_not_yet_or_no_loss_is_no_denial(words: str) -> None:
    units = said("fa", f"بهرام نیک‌زاد گفت: {words}.")
    assert [kind for kind, _, _ in units] == ["quote"]
