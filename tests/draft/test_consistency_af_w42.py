"""Arabic and Persian, round 42 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (جنبش نور، کسلا، تارفو، دارا وین، ذبیح کسلان، کمیته ناظر).

- A Persian lead that names the outlet's source ('به گزارش X به نقل از خبرگزاری Y، Z ... درباره «...» واکنش نشان
  داد'): the words in marks after Z, a report's words Z reacts to, were drafted as Y's quotation.
- A denier who calls a claim untrue in a post ('X با انتشار مطلبی توئیتری، ادعاهای ... را «نادرست» خواند'): the
  post was drafted as the first words of what was denied.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, said

# 1. The lead's source is whose report the sentence is; the words in marks past its comma, after the sentence's own
# subject and with no verb of saying, are no one's quotation.
PAST_THE_LEAD = [
    "به گزارش کسلا نیوز به نقل از خبرگزاری تارفو، دارا وین سخنگوی جنبش نور نسبت به گزارش سازمان ملل درباره «احتمال "
    "کشته شدن ۵۰ نفر توسط جنبش نور»، واکنش نشان داد.",
    "به گزارش کسلا نیوز به نقل از خبرگزاری تارفو، دارا وین سخنگوی جنبش نور درباره «ادعای کشته شدن ۵۰ نفر» واکنش نشان "
    "داد.",
    "به نقل از خبرگزاری تارفو، دارا وین سخنگوی جنبش نور به گزارش «کمیته ناظر» واکنش نشان داد.",
    "به گزارش کسلا نیوز به نقل از روزنامه تارفو، لو آرنو نسبت به گزارش سازمان ملل درباره «نقض آتش بس» واکنش نشان داد.",
]


@pytest.mark.parametrize("text", PAST_THE_LEAD)
def test_words_in_marks_past_a_leads_comma_are_not_its_sources(text: str) -> None:
    assert not any("تارفو" in speaker for _, speaker, _ in said("fa", text))


# (the lead's source still speaks words in marks right after its comma, and a verb of saying still gives its subject's)
STILL_SPOKEN = [
    ("به نقل از خبرگزاری تارفو، «جنبش نور هیچ نقشی در حمله به کسلا نداشته است».", "خبرگزاری تارفو"),
    (
        "به گزارش کسلا نیوز به نقل از خبرگزاری تارفو، دارا وین سخنگوی جنبش نور گفت: «ما در حمله به کسلا نقشی نداشتیم».",
        "دارا وین",
    ),
    (
        "به گزارش کسلا نیوز به نقل از خبرگزاری تارفو، دارا وین سخنگوی جنبش نور گفت که «این گزارش دروغ است».",
        "دارا وین",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), STILL_SPOKEN)
def test_a_leads_source_and_a_named_speaker_still_speak(text: str, speaker: str) -> None:
    assert [s for _, s, _ in said("fa", text)] == [speaker]


# 2. 'با انتشار مطلبی توئیتری،' (by publishing a tweet), 'در پیامی در ایکس،': how the denier spoke, up to the comma,
# never what was denied.
IN_A_POST = [
    (
        "ذبیح کسلان با انتشار مطلبی توئیتری، ادعاهای مطرح شده علیه جنبش نور در گزارش سازمان ملل را «نادرست» خواند.",
        "ادعاهای مطرح شده علیه جنبش نور در گزارش سازمان ملل",
    ),
    ("دارا وین با انتشار پیامی در ایکس، گزارش کمیته ناظر را «دروغ» خواند.", "گزارش کمیته ناظر"),
    ("دارا وین در پیامی توئیتری، ادعاهای کمیته ناظر را «بی‌اساس» خواند.", "ادعاهای کمیته ناظر"),
    ("دارا وین با انتشار پستی در تلگرام، خبر حمله به کسلا را تکذیب کرد.", "خبر حمله به کسلا"),
    ("دارا وین با انتشار بیانیه‌ای، ادعاهای کمیته ناظر را «بی‌اساس» خواند.", "ادعاهای کمیته ناظر"),
]


@pytest.mark.parametrize(("text", "what"), IN_A_POST)
def test_the_post_a_denier_wrote_in_is_not_what_was_denied(text: str, what: str) -> None:
    assert denied("fa", text) == [what]


def test_words_of_a_post_without_a_comma_stay() -> None:
    # (with no comma the post's words cannot be told from the object: nothing is cut)
    assert denied("fa", "دارا وین با انتشار مطلبی ادعاهای کمیته ناظر را «بی‌اساس» خواند.") == [
        "با انتشار مطلبی ادعاهای کمیته ناظر"
    ]


# 3. 'وی در این باره نوشت: ...' (he wrote about this), after a denial: the words before the verb only point back to
# what was spoken of; what the speaker says is the speech after the colon, never 'در این باره'.
ABOUT_THIS = [
    "وی در این باره نوشت: پس از اعلام عفو عمومی، هیچ فردی اجازه آسیب زدن به دیگران را نداشته است.",
    "وی در این زمینه گفت: هیچ فردی اجازه آسیب زدن به دیگران را نداشته است.",
    "وی در این خصوص افزود: هیچ فردی اجازه آسیب زدن به دیگران را نداشته است.",
    "او در این رابطه نوشت: هیچ فردی اجازه آسیب زدن به دیگران را نداشته است.",
]


@pytest.mark.parametrize("text", ABOUT_THIS)
def test_about_this_before_speech_after_a_colon_is_not_what_was_denied(text: str) -> None:
    drafted = denied("fa", "دارا وین ادعاهای کمیته ناظر را «نادرست» خواند.", text)
    assert drafted[0].startswith("ادعاهای کمیته ناظر")
    assert not any(w in drafted[0] for w in ("باره", "زمینه", "خصوص", "رابطه"))
    assert drafted[0].endswith("هیچ فردی اجازه آسیب زدن به دیگران را نداشته است")
