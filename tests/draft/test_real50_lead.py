"""Round 50's lead rules, found on the round's walk-through of a Persian report (Mehr News Agency) and tested here on
made-up sentences: a Persian denial's object follows an occasion however long it runs ('در پاسخ به سوال خبرنگار ...،')
and an aside on what the speaker pointed to ('با اشاره به اینکه ...،'), neither of which was denied; and the same
words given twice by one speaker (the lead, then the body in full) are one claim citing both places."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, denied

# --- what a Persian denial denies, past an occasion and an aside -------------------------------------------------

_QUESTION = (
    "در پاسخ به سوال خبرنگاری درباره گزارشی که یکی از تحلیلگران درباره نقش برخی چهره‌های منطقه در شکل‌گیری "
    "جنبش نور و تحولات اخیر مرزی منتشر کرده بود،"
)


@pytest.mark.parametrize(
    "aside",
    [
        "",
        "با اشاره به اینکه این تحلیل نظر شخصی نویسنده است، ",
        "ضمن اشاره به اینکه این تحلیل نظر شخصی نویسنده است، ",
        "با بیان اینکه این تحلیل نظر شخصی نویسنده است، ",
        "با تأکید بر اینکه این تحلیل نظر شخصی نویسنده است، ",
        "با تاکید بر اینکه این تحلیل نظر شخصی نویسنده است، ",
    ],
)
@pytest.mark.parametrize("verb", ["را نادرست خواند.", "را تکذیب کرد.", "را رد کرد.", "را بی اساس دانست."])
def test_a_long_occasion_and_an_aside_are_not_what_was_denied(aside: str, verb: str) -> None:
    sentence = f"سخنگوی وزارت خارجه کسلیا {_QUESTION} {aside}عنوان منتشر شده از سوی برخی رسانه‌ها {verb}"
    assert denied("fa", sentence) == ["عنوان منتشر شده از سوی برخی رسانه‌ها"], sentence


@pytest.mark.parametrize(
    "aside",
    [
        "با اشاره به اینکه ارتش در آن منطقه حضور ندارد، ",
        "ضمن اشاره به اینکه ارتش در آن منطقه حضور ندارد، ",
        "با بیان اینکه ارتش در آن منطقه حضور ندارد، ",
    ],
)
@pytest.mark.parametrize("speaker", ["دوریان کسلان", "سخنگوی ارتش کسلیا"])
def test_an_aside_alone_is_not_what_was_denied(aside: str, speaker: str) -> None:
    sentence = f"{speaker} {aside}گزارش حمله به روستای مرزی را تکذیب کرد."
    assert denied("fa", sentence) == ["گزارش حمله به روستای مرزی"], sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma inside the object, with no aside before it, is the object's own
        ("دوریان کسلان حمله به ارتش، پلیس و مرزبانان را تکذیب کرد.", "حمله به ارتش، پلیس و مرزبانان"),
        # an occasion that a claim's noun ends within a few words, as before
        ("دوریان کسلان در یک نشست خبری ادعای حمله به روستای مرزی را رد کرد.", "ادعای حمله به روستای مرزی"),
    ],
)
def test_words_that_open_no_aside_stay_what_was_denied(sentence: str, expected: str) -> None:
    assert denied("fa", sentence) == [expected], sentence


# --- the same words twice, one claim ---------------------------------------------------------------------------


def _claims(language: str, *paragraphs: str) -> list[dict]:
    return [d for d in built(language, *paragraphs) if d["type"] == "claim"]


_SAID = "ارتش کسلیا از همه مرزهای کشور دفاع خواهد کرد و هرگز عقب نشینی نمی‌کند."


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (f"دوریان کسلان تاکید کرد: {_SAID}", f"کسلان افزود: {_SAID}"),
        # the second copy written with other spaces ('عقب‌نشینی' for 'عقب نشینی', 'کرد و' run together)
        (f"دوریان کسلان تاکید کرد: {_SAID}", "کسلان افزود: " + _SAID.replace("عقب نشینی", "عقب‌نشینی")),
        (f"دوریان کسلان گفت: {_SAID}", "وی تاکید کرد: " + _SAID.replace("کرد و", "کردو")),
    ],
)
def test_the_same_words_said_again_are_one_claim_in_persian(first: str, again: str) -> None:
    claims = _claims("fa", first, "ارتش کسلیا دیروز در مرز شمالی مستقر شد.", again)
    assert len(claims) == 1, claims
    assert [c["paragraph"] for c in claims[0]["citations"]] == [2, 4]
    assert "Also cited: paragraph 4 (the same words again)." in claims[0]["notes"]


@pytest.mark.parametrize(
    "again",
    [
        '"We will defend every border of this country and we will never retreat," Dorian Kessel said.',
        'Kessel added: "We will defend every border of this country, and we will never retreat."',
    ],
)
def test_the_same_words_said_again_are_one_claim_in_english(again: str) -> None:
    first = 'Army chief Dorian Kessel said: "We will defend every border of this country and we will never retreat."'
    claims = _claims("en", EN_LEAD, first, "Troops moved north on Saturday.", again)
    assert len(claims) == 1, claims
    assert [c["paragraph"] for c in claims[0]["citations"]] == [3, 5]


@pytest.mark.parametrize(
    ("first", "again"),
    [
        # other words
        (f"دوریان کسلان تاکید کرد: {_SAID}", "کسلان افزود: ارتش کسلیا از مرزهای شمالی کشور دفاع خواهد کرد."),
        # a few words only, which may be said twice and mean two things
        ("دوریان کسلان گفت: ما آماده‌ایم.", "کسلان افزود: ما آماده‌ایم."),
        # the same words by another speaker
        (f"دوریان کسلان تاکید کرد: {_SAID}", f"توماس برگ افزود: {_SAID}"),
    ],
)
def test_other_words_or_another_speaker_make_another_claim(first: str, again: str) -> None:
    claims = _claims("fa", first, "ارتش کسلیا دیروز در مرز شمالی مستقر شد.", again)
    assert len(claims) == 2, claims
