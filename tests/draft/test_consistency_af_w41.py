"""Arabic and Persian, round 41 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (حركة الكاسليين، مجلس الكاسليين، تارفو، کسلا، لو آرنو، دارا وین).

- A body that publishes a statement and quotes it in the same sentence ('ونشر X بيانا على صفحته، الأحد، جاء فيه:
  "..."'): the statement's words had no speaker (X was read as its issuer only for the sentences after it).
- A Persian sentence opening with the event it answers ('به دنبال نشر خبر مرگ X، رهبر گروه Y، سخنگوی Z گفت ...'):
  the office set off by commas inside the opening was read as the subject, and drafted as a man named so.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants, record_kinds, said

# 1. 'نشر X بيانا ...، جاء فيه: "..."': X issued the statement its own sentence quotes.
PUBLISHED_AND_QUOTED = [
    'ونشر المكتب الإعلامي لرئيس مجلس الكاسليين بيانًا على صفحته الرسمية عبر فيسبوك، الأحد، جاء فيه: "ينفي المكتب '
    'الإعلامي صحة التسجيلات التي يتم تداولها عن مقاتلين في تارفو."',
    'ونشر المكتب الإعلامي لحركة الكاسليين بيانا على صفحته، الأحد، جاء فيه: "لا صحة للأنباء عن دخول تارفو."',
    'ونشرت حركة الكاسليين بيانا على موقعها جاء فيه: "لا صحة للأنباء عن دخول تارفو."',
    'ونشرت حركة الكاسليين بيانا على موقعها، جاء فيه أن "الأنباء عن دخول تارفو كاذبة".',
    'وأصدرت حركة الكاسليين بيانا، الأحد، جاء فيه: "لا صحة للأنباء عن دخول تارفو."',
]


@pytest.mark.parametrize("text", PUBLISHED_AND_QUOTED)
def test_the_publisher_of_a_statement_speaks_its_words_in_the_same_sentence(text: str) -> None:
    drafted = said("ar", text)
    assert [kind for kind, _, _ in drafted] == ["denial"]
    assert "الكاسليين" in drafted[0][1]


def test_a_statement_published_then_quoted_later_stays_its_publishers() -> None:
    text = (
        "ونشرت حركة الكاسليين بيانا على موقعها الرسمي.",
        'وجاء في البيان: "لا صحة للأنباء عن دخول تارفو."',
    )
    assert claimants("ar", *text) == [("denial", "hrkt-alkaslyyn")]


def test_a_statement_an_outlet_relays_is_not_the_outlets() -> None:
    # ('نشرت الوكالة بيانا صادرا عن X': the agency relays X's statement; X speaks, not the agency)
    text = 'ونشرت وكالة تارفو بيانا صادرا عن حركة الكاسليين جاء فيه: "لا صحة للأنباء عن دخول كسلا."'
    assert all("وكالة" not in who for _, who, _ in said("ar", text))


# 2. 'به دنبال ...، OFFICE ...، SUBJECT گفت': the subject follows the opening's last comma.
EVENT_OPENING = [
    "به دنبال نشر خبر مرگ لو آرنو، رهبر داعش شاخه خراسان در کسلا توسط رسانه‌های تارفو، سخنگوی طالبان به "
    "افغانستان اینترنشنال گفت که در حال حاضر نمی‌تواند این رویداد را تایید کند.",
    "پس از انتشار خبر مرگ لو آرنو، رهبر داعش شاخه خراسان در کسلا، سخنگوی طالبان گفت که این خبر را تایید نمی‌کند.",
    "به دنبال نشر خبر بازداشت دارا وین، فرمانده گروه کسلا در تارفو، سخنگوی طالبان به رسانه‌ها گفت که این خبر را "
    "تایید نمی‌کند.",
    "به دنبال نشر خبر مرگ لو آرنو، رهبر شاخه خراسان در کسلا، سخنگوی طالبان گفت که نمی‌تواند این رویداد را تایید کند.",
    "در پی انتشار خبر مرگ لو آرنو، رهبر گروه کسلا، سخنگوی طالبان گفت که این خبر را تایید نمی‌کند.",
]


@pytest.mark.parametrize("text", EVENT_OPENING)
def test_the_subject_follows_an_opening_event(text: str) -> None:
    assert [who for _, who, _ in said("fa", text)] == ["سخنگوی طالبان"]
    assert all(kind != "person" for kind in record_kinds("fa", text).values())


@pytest.mark.parametrize("text", EVENT_OPENING)
def test_not_confirming_is_no_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["reported"]


def test_the_subject_named_with_its_office_after_an_opening_event() -> None:
    text = "به دنبال نشر خبر مرگ لو آرنو، دارا وین، سخنگوی طالبان، گفت که این خبر را تایید نمی‌کند."
    assert [who for _, who, _ in said("fa", text)] == ["دارا وین"]


def test_an_opening_without_a_comma_keeps_its_subject() -> None:
    text = "دارا وین پس از رد این ادعا گفت که گروه کسلا در تارفو حضور ندارد."
    assert [who for _, who, _ in said("fa", text)] == ["دارا وین"]
