"""Arabic and Persian, round 31 (the lead's). Persian: an answer, with 'not', to what is only said to be so. Asked 'about the claim that
supposedly ...' ('درباره اینکه گویا ...'), an official who answers 'no, nothing happened' denies it, as one answering
'in reaction to the report' ('در واکنش به خبر') does (the fresh Lorestan Khabar article). And the past of the light
verbs 'دادن' and 'گرفتن' negated ('رخ نداده', 'انجام نداده', 'نگرفته') says 'not', as 'نکرده' and 'نشده' did.
Arabic: 'عدم تواجد' (the absence of forces or people) denies as 'عدم وجود' does (the fresh Ean Libya article).
Made-up names throughout (Dario Venn as 'داریو ون', the province of 'نمونه').
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "داریو ون استاندار نمونه امروز گفت: وضع استان آرام است."


@pytest.mark.parametrize(
    "answer",
    [
        "وی درباره اینکه گویا تصاویری از آتش‌سوزی در این منطقه منتشر شده است، گفت: خیر؛ مطلقاً اتفاقی در این منطقه رخ نداده است.",
        "وی در مورد اینکه ظاهرا فرماندار استعفا داده است، گفت: او استعفا نداده است.",
        "وی در خصوص این که گویا موشکی در استان فرود آمده، گفت: چنین اتفاقی نیفتاده و موشکی فرود نیامده است.",
        "وی در واکنش به خبر منتشر شده در رسانه‌ها گفت: اتفاقی در این منطقه رخ نداده است.",
        "وی در پاسخ به این گزارش گفت: نیروهای ما هیچ کس را دستگیر نکرده و کسی را به گروگان نگرفته‌اند.",
    ],
)
def test_a_negated_answer_to_hearsay_is_a_denial(answer):
    assert [(k, s) for k, s, _ in said("fa", LEAD, answer)][1:] == [("denial", "داریو ون")]


@pytest.mark.parametrize(
    "answer",
    [
        # (asked why, not about hearsay: an explanation)
        "وی درباره اینکه چرا پروژه تمام نشده است، گفت: بودجه‌ای به این پروژه تخصیص داده نشده است.",
        # (asked about hearsay, he confirms it)
        "وی در مورد اینکه گویا فرماندار استعفا داده است، گفت: او استعفا داده و به تهران رفته است.",
    ],
)
def test_an_answer_that_is_no_denial_stays_a_quotation(answer):
    assert [(k, s) for k, s, _ in said("fa", LEAD, answer)][1:] == [("quote", "داریو ون")]


# One's lying, a liar, said of the claimant denies the claim (the fresh Donya-e-Eqtesad article); lying as a topic
# does not.
@pytest.mark.parametrize(
    "text",
    [
        "داریو ون گفت که حزب بازدیدی برای رسانه‌ها ترتیب می‌دهد تا مردم از حقیقت آگاه شوند و دروغگویی نتانیاهو آشکار شود.",
        "داریو ون گفت: نتانیاهو دروغگو است.",
        "داریو ون گفت که وزیر دروغگوست.",
    ],
)
def test_calling_the_claimant_a_liar_is_a_denial(text):
    assert [(k, s) for k, s, _ in said("fa", text)] == [("denial", "داریو ون")]


def test_lying_as_a_topic_is_no_denial():
    assert [k for k, _, _ in said("fa", "داریو ون گفت که دروغگویی در فرهنگ ما جایی ندارد.")] == ["reported"]


@pytest.mark.parametrize(
    "text, denier",
    [
        ("كما أكد الحرس الوطني عدم تواجد أي قوات أجنبية في موقع النموذج.", "الحرس الوطني"),
        ("وأكد الوزير عدم تواجد قوات للحركة في المدينة.", "الوزير"),
    ],
)
def test_the_absence_of_forces_is_denied_with_tawajud_as_with_wujud(text, denier):
    assert [(k, s) for k, s, _ in said("ar", text)] == [("denial", denier)]


# A Persian relative clause's verb right after 'که', closed by a comma before the verb of saying, bounds no subject:
# 'X در واکنش به ادعای Y که مدعی شده بود Z ...، گفت' is X's (before, the words after 'مدعی شده بود' were read as the
# subject of 'گفت', and the denial given to 'Z ... دارد').
@pytest.mark.parametrize(
    "text",
    [
        "داریو ون در واکنش به ادعای نتانیاهو که مدعی شده بود حزب نمونه کارخانه موشکی دارد، گفت که این ادعا دروغ است.",
        "داریو ون در واکنش به ادعای وزیر که مدعی شده بود نیروهای نمونه در شهر هستند، گفت که این خبر کذب است.",
        "داریو ون درباره گزارشی که ادعا کرده بود حزب نمونه سلاح دارد، گفت که این گزارش بی‌اساس است.",
    ],
)
def test_a_closed_relative_clauses_verb_bounds_no_subject(text):
    assert [(k, s) for k, s, _ in said("fa", text)] == [("denial", "داریو ون")]
