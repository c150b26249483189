"""Persian, round 34 (walk of unseen news of denials by Iran's foreign ministry), written again with made-up names
(وزارت کشور، رضا کاظمی، کسلیا).

- A word of manner between the object's 'را' and the verb of denial ('X ادعای Y را به‌شدت تکذیب کرد', firmly) stayed
  in what was denied, with the 'را'.
- 'به‌دنبال' (following: 'X به‌دنبال ادعای ... گفت', in the wake of the claim) did not end the subject: the speaker
  was 'X به‌دنبال', and with the name in guillemets after 'به گزارش ...،' nothing was drafted.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, said

MANNER_BEFORE_THE_VERB = [
    "روابط عمومی وزارت کشور، ادعای جدید رضا کاظمی را به\u200cشدت تکذیب کرد.",
    "وزارت کشور ادعای جدید رضا کاظمی را بهشدت تکذیب کرد.",
    "وزارت کشور ادعای جدید رضا کاظمی را قاطعانه رد کرد.",
    "وزارت کشور ادعای جدید رضا کاظمی را شدیدا تکذیب کرد.",
    "وزارت کشور ادعای جدید رضا کاظمی را کاملا تکذیب کرد.",
    "وزارت کشور ادعای جدید رضا کاظمی را به شدت تکذیب و تاکید کرد: این خبر دروغ است.",
]


@pytest.mark.parametrize("text", MANNER_BEFORE_THE_VERB, ids=range(len(MANNER_BEFORE_THE_VERB)))
def test_the_manner_of_a_denial_is_not_what_was_denied(text) -> None:
    assert denied("fa", text) == ["ادعای جدید رضا کاظمی"]


FOLLOWING = [
    "رضا کاظمی به\u200cدنبال ادعای حمله به سفارت کسلیا گفت: چنین خبری کذب محض است.",
    "رضا کاظمی بهدنبال ادعای حمله به سفارت کسلیا گفت: چنین خبری کذب محض است.",
    "رضا کاظمی بدنبال ادعای حمله به سفارت کسلیا گفت: چنین خبری کذب محض است.",
    "به گزارش خبرگزاری نور، «رضا کاظمی» به\u200cدنبال ادعای حمله به سفارت کسلیا، با تکذیب این خبر گفت: چنین خبری "
    "کذب محض است.",
    "به گزارش خبرگزاری نور، «رضا کاظمی» بهدنبال ادعای بمبگذاری در سفارت کسلیا و تخلیه سفارتخانه، با تکذیب این خبر "
    "گفت: چنین خبر و ادعایی کذب محض است.",
]


@pytest.mark.parametrize("text", FOLLOWING, ids=range(len(FOLLOWING)))
def test_following_a_claim_ends_the_subject(text) -> None:
    assert [who for _, who, _ in said("fa", text)] == ["رضا کاظمی"]


def test_following_after_an_office() -> None:
    text = "سخنگوی وزارت خارجه به\u200cدنبال انتشار این خبر گفت: چنین خبری کذب محض است."
    assert [who for _, who, _ in said("fa", text)] == ["سخنگوی وزارت خارجه"]
