"""The words a denial shares with a claim: folded to compare, shown as written."""

from __future__ import annotations

from generator.wording import content_words, shared


def test_words_meet_across_spelling_and_are_shown_as_first_written():
    denial = content_words("The Defense Ministry denied the Iraqi report about the convoy.")
    claim = content_words("Iraq's defence ministry said the convoy crossed.")
    assert shared(denial, claim) == ["convoy", "Defense", "Ministry"]


def test_persian_words_keep_their_persian_letters_when_shown():
    # folding makes Persian ی and ک the Arabic letters, so that the two spellings meet; the editor still
    # reads the word as the article wrote it
    denial = content_words("سپاه گزارش کشته شدن فرمانده را تکذیب کرد")
    claim = content_words("رسانه‌ها از کشته شدن فرمانده سپاه خبر دادند")
    assert shared(denial, claim) == ["سپاه", "فرمانده", "کشته"]
    assert all("\u064a" not in word and "\u0643" not in word for word in shared(denial, claim))


def test_short_and_common_words_are_left_out_and_punctuation_is_not_shown():
    words = content_words('He said that the "attack" (in Mosul) was also theirs.')
    assert set(words.values()) == {"attack", "Mosul", "theirs"}
