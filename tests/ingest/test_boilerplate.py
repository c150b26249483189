"""Aggregator furniture is dropped line by line; article text never is."""

from __future__ import annotations

from generator.ingest.boilerplate import strip_boilerplate


def test_each_listed_kind_of_line_is_dropped_and_reported():
    lines = [
        "Headline",
        "Views: 1,204",
        "spot_img",
        "Body paragraph one.",
        "[Getty]",
        "Fighters in Aleppo in 2017 [AFP via Getty Images]",
        "SHARE:",
        "Facebook",
        "La source de cet article se trouve sur ce site",
        "Body paragraph two.",
    ]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    assert kept == ["Headline", "Body paragraph one.", "Body paragraph two."]
    assert [d.reason for d in dropped] == [
        "view counter",
        "theme placeholder",
        "image credit",
        "image credit",
        "share widget",
        "share widget",
        "aggregator credit",
    ]


def test_the_comment_form_and_everything_after_it_goes():
    lines = ["Title", "Text.", "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here", "Text?"]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    assert kept == ["Title", "Text."]
    assert len(dropped) == 4 and {d.reason for d in dropped} == {"page tail"}


def test_article_sentences_that_mention_the_same_words_are_kept():
    lines = [
        "Title",
        "The minister said views differed on Facebook and Twitter.",
        "Please enter your comment! was the only line on the empty form, he joked.",
        "He cited a report [sic] by the ministry.",
        "Related articles are listed below, the editor said.",
    ]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    assert kept == lines and dropped == []


def test_a_headline_that_reads_like_a_stop_marker_is_still_the_title():
    kept, _ = strip_boilerplate(["Related articles", "", "Text."], keep_first=1)
    assert kept == ["Related articles", "", "Text."]


def test_a_page_stamp_above_the_headline_is_dropped_so_the_headline_is_the_title():
    # a copy of a Persian page brings in its publication stamp first, and an English one its story number
    lines = ["تاریخ انتشار: ۲۱:۵۶ - ۱۹ آذر ۱۳۹۸", "", "سخنگو گزارش را تکذیب کرد", "", "متن خبر.", "ارسال نظر"]
    kept, dropped = strip_boilerplate(lines, keep_first=1)
    assert [line for line in kept if line] == ["سخنگو گزارش را تکذیب کرد", "متن خبر."]
    assert [d.reason for d in dropped] == ["publication date", "comment form"]
    for stamp, reason in [
        ("Published: 12 March 2024 - 10:41", "publication date"),
        ("تاريخ النشر: 2021/10/01", "publication date"),
        ("Story Code : 1179036", "story number"),
        ("کدخبر: ۲۶۸۹۳۴", "story number"),
    ]:
        assert [d.reason for d in strip_boilerplate(["Title", stamp, "Text."], keep_first=1)[1]] == [reason], stamp


def test_a_sentence_after_a_date_label_is_kept():
    # (guard) a label followed by a sentence, or by words with no digit, is article text
    lines = ["Title", "Updated: the ministry said 12 people died.", "Date: the day the war began", "Text."]
    assert strip_boilerplate(lines, keep_first=1) == (lines, [])
