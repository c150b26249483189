"""Arabic and Persian, round 42 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with
made-up names (جنبش نور، کسلا، تارفو، دارا وین، ذبیح کسلان، کمیته ناظر).

- A Persian lead that names the outlet's source ('به گزارش X به نقل از خبرگزاری Y، Z ... درباره «...» واکنش نشان
  داد'): the words in marks after Z, a report's words Z reacts to, were drafted as Y's quotation.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

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
