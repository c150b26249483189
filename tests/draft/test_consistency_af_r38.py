"""Arabic and Persian, round 38 of issue 17: round 37's rules reviewed line by line, on made-up variants of the forms
they forgot (a conjunction written on 'ما', the owner's ending on 'the people', the plural verb) and of the words they
matched where they should not ('تبارك' in the praise of God, 'در نتیجه' and 'خبرنگار'). Made-up names only (Sami
Hamdan, Kessel Brigades, the state of Kesslia, Varna).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import speakers

LEAD_AR = "استؤنفت المحادثات في مدينة أسترا يوم الأحد."
LEAD_FA = "گفت\u200cوگوها روز یکشنبه در شهر آسترا از سر گرفته شد."


def units(language: str, *paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from the lead and ``paragraphs``."""
    return speakers(language, LEAD_AR if language == "ar" else LEAD_FA, *paragraphs)


# --- what the media spread, 'and' or 'so' written on 'ما', and 'ما يتم تداوله' --------------------------------------

SPREAD = [
    ("وأكد سامي حمدان أن القوات في مواقعها، وما تداولته وسائل الإعلام عن انسحابها مغلوط.", "سامي حمدان"),
    ("وأكدت ليلى ناصر أن القوات في مواقعها، فما نشرته قناة الفجر عن انسحابها باطل.", "ليلى ناصر"),
    ("وقال سامي حمدان إن ما يتم تداوله عن انسحاب القوات مغلوط.", "سامي حمدان"),
    ("وأكدت كتائب كيسل أن ما يتم نشره عن انسحاب قواتها باطل.", "كتائب كيسل"),
    ("وقالت وزارة الدفاع الكسلية إن القوات في مواقعها، وما يتم تداوله عن انسحابها مغلوط.", "وزارة الدفاع الكسلية"),
]


@pytest.mark.parametrize(("text", "denier"), SPREAD)
def test_what_the_media_spread_with_and_written_on_is_denied(text, denier):
    assert units("ar", text) == [("denial", denier)]


def test_what_the_media_spread_called_right_is_no_denial():
    text = "وقال سامي حمدان إن القوات في مواقعها، وما تداولته وسائل الإعلام عن انسحابها صحيح."
    assert units("ar", text) == [("reported", "سامي حمدان")]
