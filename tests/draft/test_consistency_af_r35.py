"""Review of round 34's Arabic and Persian rules (r34-w3-fa, r34-r3-af), with made-up names (جنبش نور، کسلیا، رامین
دلاوری، فرهاد صدری، كريم داود، حركة النور، سامي حمدان).

- In Persian, after a verb of saying and 'که', a clause whose subject is sources, officials or media ('X گفت که منابع
  جنبش نور این ادعا را رد کردند'; after a comma and 'از سوی دیگر' too) was read as X's own object, X the denier.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denials

OWN_SUBJECT_AFTER_THAT = [
    ("رامین دلاوری گفت که منابع جنبش نور این ادعا را رد کردند.", "منابع جنبش نور"),
    ("رامین دلاوری گفت که مقامات کسلیا این ادعا را رد کردند.", "مقامات کسلیا"),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کنترل کاخ را به دست گرفته، از سوی دیگر منابع نزدیک به کمیتههای مردمی "
        "این ادعا را تکذیب کردند.",
        "منابع نزدیک به کمیتههای مردمی",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کنترل کاخ را به دست گرفته، از سوی دیگر منابع نزدیک به کمیته\u200cهای "
        "مردمی این ادعا را تکذیب کردند.",
        "منابع نزدیک به کمیته\u200cهای مردمی",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است، در مقابل مقامات جنبش نور این ادعا را تکذیب کردند.",
        "مقامات جنبش نور",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است اما منابع جنبش نور این ادعا را تکذیب کردند.",
        "منابع جنبش نور",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است، از طرف دیگر رسانه\u200cهای جنبش نور این ادعا را تکذیب "
        "کردند.",
        "رسانه\u200cهای جنبش نور",
    ),
    # (X's own object, as before: a plain noun, and 'one' before one)
    ("رامین دلاوری گفت که حملات اخیر را رد می\u200cکند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "denier"), OWN_SUBJECT_AFTER_THAT, ids=range(len(OWN_SUBJECT_AFTER_THAT)))
def test_sources_or_officials_after_that_are_a_subject_not_an_object(text, denier) -> None:
    assert [who for _, who in denials("fa", text)] == [denier]
