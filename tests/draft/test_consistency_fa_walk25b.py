"""Persian, round 25 of issue 17 (seen in the round's second walk-through, ABNA and YJC reports): an agency's short
name between two dashes closing a lead ('به گزارش خبرگزاری کسلان ـ کسنا ـ دوریان کسلان، سخنگوی جنبش نور، گفت')
ends the lead, so the name before the first comma is the speaker's, not the lead's; and an agency's tag of several
words with a dash against the last ('باشگاه خبرنگاران کسلیا- ') is no part of the speaker's name; 'بار دیگر' (once
again) after a subject is no part of its name ('وزارت دفاع کسلیا بار دیگر اتهامات را رد کرد'); and what a Persian
denial denied is its object without the marker 'را' that closes it, the adverb 'بار دیگر', or the office set beside
the name between commas ('دوریان کسلان، سخنگوی جنبش نور، ادعای حمله را رد کرد' denied 'ادعای حمله').

Made-up names only. Guards: a lead closed by its comma is read as before; a dash with a space on each side after the
comma is no tag; a lead with nothing between its tag and its comma keeps the comma's subject.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, said


def denied(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(u.speaker.label, tuple(u.denial.denied)) for u in analyse("fa", text).units if u.denial is not None]


@pytest.mark.parametrize(
    "lead",
    [
        "به گزارش خبرگزاری کسلان ـ کسنا ـ ",
        "به گزارش خبرگزاری بین‌المللی کسلان ـ کسنا ـ ",
        "به گزارش خبرگزاری کسلان - کسنا - ",
        "به گزارش پایگاه خبری نور \u2013 کسلیانیوز \u2013 ",
    ],
)
@pytest.mark.parametrize(
    "rest",
    [
        "دوریان کسلان، سخنگوی جنبش نور، امروز در گفتگو با شبکه نور اظهار داشت که وارد درگیری نمی‌شوند.",
        "دوریان کسلان، سخنگوی وزارت دفاع کسلیا، ادعای حمله را رد کرد.",
    ],
)
def test_a_lead_closed_by_a_tag_between_dashes_leaves_the_name(lead, rest) -> None:
    got = said("fa", lead + rest)
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان"], got


@pytest.mark.parametrize("tag", ["باشگاه خبرنگاران کسلیا- ", "شبکه خبری نور کسلیا- "])
def test_an_agency_tag_of_several_words_with_a_dash_is_no_part_of_the_name(tag) -> None:
    got = said("fa", tag + "دوریان کسلان، سخنگوی جنبش نور، این ادعا را تکذیب کرد.")
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان"], got


def test_a_lead_closed_by_its_comma_is_read_as_before() -> None:
    # (guard) no tag between dashes: the subject follows the comma
    got = said("fa", "به گزارش خبرگزاری کسلان، دوریان کسلان سخنگوی جنبش نور گفت که حمله‌ای رخ نداده است.")
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان"], got


def test_a_tag_with_nothing_before_the_comma_keeps_the_comma_subject() -> None:
    # (guard) 'ـ کسنا ـ، X ...': nothing between the tag and the comma, the subject follows the comma
    got = said("fa", "به گزارش خبرگزاری کسلان ـ کسنا ـ، دوریان کسلان سخنگوی جنبش نور گفت که حمله‌ای رخ نداده است.")
    assert [speaker for _, speaker, _ in got] == ["دوریان کسلان"], got


@pytest.mark.parametrize("subject", ["دوریان کسلان", "وزارت دفاع کسلیا", "جنبش نور", "سخنگوی وزارت دفاع کسلیا"])
@pytest.mark.parametrize("again", ["بار دیگر", "یک بار دیگر"])
def test_once_again_is_no_part_of_the_subject_nor_of_what_was_denied(subject, again) -> None:
    got = denied(f"{subject} {again} اتهامات جنبش کسلان درباره حمله به مرز را رد کرد.")
    assert got == [(subject, ("اتهامات جنبش کسلان درباره حمله به مرز",))], got


@pytest.mark.parametrize("verb", ["رد کرد", "تکذیب کرد"])
def test_what_was_denied_is_the_object_without_its_marker_nor_the_office(verb) -> None:
    got = denied(f"دوریان کسلان، سخنگوی جنبش نور، اخبار مرتبط با تخلیه سفارت کسلیا را {verb}.")
    assert got == [("دوریان کسلان", ("اخبار مرتبط با تخلیه سفارت کسلیا",))], got


def test_a_name_with_bar_in_it_is_kept() -> None:
    # (guard) 'بار' alone is no stop: a name that has it is read whole
    got = denied("جنبش باربد نور ادعای حمله را رد کرد.")
    assert [speaker for speaker, _ in got] == ["جنبش باربد نور"], got
