"""Persian, round 27: shapes left known by the last rounds, with made-up names (سامان کاظمی، دوریان کسلان، کسلیا).

- a credit line at an article's end ('منبع: تسنیم', 'منبع: خبرگزاری کسلیا'): the outlet the report was taken from,
  credited, says nothing; a source described before a colon ('یک منبع آگاه: ...') still speaks.
- a military rank not among the titles ('ژنرال', 'سرهنگ', 'سپهبد') before a name of two words or more: the person is
  the name; before a name of one word ('ژنرال دارنو سخنگوی ارتش') the rank stays with it.
- an office's label before a colon after an opening phrase and its comma ('در همین حال، سخنگوی وزارت دفاع کسلیا:
  ...'): the office speaks; a phrase of the reporter's discourse before a colon ('نکته مهم: ...') is no speaker.
- a judgement of falsity first, its speaker after a colon at the line's end ('ادعای ... دروغ است: سخنگوی وزارت دفاع
  کسلیا'), in a headline or the body: the speaker's denial; speech after a verb and a colon is read as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "سخنگوی وزارت خارجه کسلیا گفت: «ما این گزارش را رد می‌کنیم.»"

# --- a credit line ---------------------------------------------------------------------------------------------------

CREDITS = [
    "منبع: تسنیم",
    "منبع: خبرگزاری کسلیا",
    "منبع : ایسنا",
    "منابع: خبرگزاری کسلیا، روزنامه نمونه",
    "منبع: پایگاه خبری نمونه",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_line_is_no_statement(credit: str) -> None:
    got = said("fa", LEAD, credit)
    assert [(k, s) for k, s, _ in got] == [("denial", "سخنگوی وزارت خارجه کسلیا")]


def test_a_source_described_before_a_colon_still_speaks() -> None:
    # guard: 'یک منبع آگاه' is a source described, not a credit's label
    got = said("fa", LEAD, "یک منبع آگاه: این ادعا دروغ است.")
    assert ("denial", "یک منبع آگاه") in [(k, s) for k, s, _ in got]


# --- a rank before a name --------------------------------------------------------------------------------------------

RANKED = [
    "ژنرال دوریان کسلان گفت: «ما این ادعا را رد می‌کنیم.»",
    "ژنرال دوریان کسلان این گزارش را تکذیب کرد.",
    "سرهنگ دوریان کسلان فرمانده ارتش کسلیا گفت این ادعا دروغ است.",
    "سپهبد دوریان کسلان، فرمانده ارتش کسلیا، گفت: «این خبر دروغ است.»",
    "جنرال دوریان کسلان در گفتگو با خبرنگاران این ادعا را رد کرد.",
    "دریادار دوریان کسلان گزارش‌ها درباره حمله به کشتی را تکذیب کرده است.",
]


@pytest.mark.parametrize("paragraph", RANKED)
def test_a_rank_before_a_name_of_two_words_is_not_the_name(paragraph: str) -> None:
    got = said("fa", "متن.", paragraph)
    assert [(k, s) for k, s, _ in got] == [("denial", "دوریان کسلان")]


def test_a_rank_before_a_name_of_one_word_stays() -> None:
    # guard: 'ژنرال کاظمی' (one name word) keeps the rank; 'کاظمی' alone would name no one new
    got = said("fa", "متن.", "ژنرال کاظمی این گزارش را تکذیب کرد.")
    assert [(k, s) for k, s, _ in got] == [("denial", "ژنرال کاظمی")]


# --- a label after an opening phrase; discourse before a colon -----------------------------------------------------

FIRST = "رضا کاظمی این گزارش را تکذیب کرد."
OPENED = [
    ("در همین حال، سخنگوی وزارت دفاع کسلیا: این ادعاها دروغ است.", "سخنگوی وزارت دفاع کسلیا"),
    ("با این حال، یک منبع آگاه: این خبر صحت ندارد.", "یک منبع آگاه"),
    ("در این میان، سخنگوی جنبش نور: این ادعاها کذب محض است.", "سخنگوی جنبش نور"),
    ("از سوی دیگر، معاون وزیر دفاع کسلیا: این گزارش‌ها صحت ندارد.", "معاون وزیر دفاع کسلیا"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), OPENED)
def test_a_label_after_an_opening_phrase_speaks(paragraph: str, speaker: str) -> None:
    got = said("fa", "متن.", FIRST, paragraph)
    assert [(k, s) for k, s, _ in got] == [("denial", "رضا کاظمی"), ("denial", speaker)]


@pytest.mark.parametrize(
    "paragraph",
    ["نکته مهم: این ادعاها دروغ است.", "توضیح: این ادعا صحت ندارد.", "یادآوری: این گزارش‌ها کذب است."],
)
def test_discourse_before_a_colon_is_no_speaker(paragraph: str) -> None:
    got = said("fa", "متن.", FIRST, paragraph)
    assert all(s != paragraph.split(":")[0] for _, s, _ in got)


# --- the judgement first, its speaker after a colon ---------------------------------------------------------------

SIGNED = [
    ("ادعای حمله به پایگاه نظامی دروغ است: سخنگوی وزارت دفاع کسلیا", "سخنگوی وزارت دفاع کسلیا"),
    ("ادعای حمله به پایگاه نظامی دروغ است: سامان کاظمی", "سامان کاظمی"),
    ("گزارش‌ها درباره حضور نیروهای ما در سوریه کذب محض است: یک منبع آگاه", "یک منبع آگاه"),
    ("خبر کشته شدن فرماندهان جنبش صحت ندارد: سخنگوی جنبش نور", "سخنگوی جنبش نور"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SIGNED)
def test_a_judgement_signed_after_a_colon_is_its_speakers_denial(paragraph: str, speaker: str) -> None:
    for paragraphs in (("متن.", paragraph), (paragraph, "متن.")):  # in the body, and as the first line
        got = said("fa", *paragraphs)
        assert [(k, s) for k, s, _ in got] == [("denial", speaker)], paragraphs


def test_speech_after_a_verb_and_a_colon_is_read_as_before() -> None:
    # guard: 'X گفت: ...' names its speaker before the colon; the words after it are no signature
    got = said("fa", "متن.", "سامان کاظمی گفت: این ادعا دروغ است.")
    assert [(k, s) for k, s, _ in got] == [("denial", "سامان کاظمی")]
