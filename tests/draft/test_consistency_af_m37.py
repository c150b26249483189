"""Arabic and Persian, round 37 of issue 17: shapes left known at the end of round 36, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file). Made-up names only (Sami Hamdan, Kessel Brigades, the state of Kesslia), apart from the bodies on file, whose
records the index reads.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import project_index, said

LEAD_AR = "استؤنفت المحادثات في مدينة أسترا يوم الأحد."
LEAD_FA = "گفت\u200cوگوها روز یکشنبه در شهر آسترا از سر گرفته شد."


def units(language: str, text: str, on_file: bool = False) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from the lead and ``text``."""
    lead = LEAD_AR if language == "ar" else LEAD_FA
    return [(kind, who) for kind, who, _ in said(language, lead, text, index=project_index() if on_file else None)]


# --- 'بالقول' (by saying) ends the subject --------------------------------------------------------------------------

BY_SAYING = [
    ("وردت وزارة الخارجية الكسلية بالقول إن الأنباء عن انسحاب القوات كاذبة.", "denial", "وزارة الخارجية الكسلية"),
    ("فردت وزارة الخارجية الكسلية بالقول إن القوات في مواقعها.", "reported", "وزارة الخارجية الكسلية"),
    ("وعلقت وزارة الدفاع الكسلية بالقول إن القوات في مواقعها.", "reported", "وزارة الدفاع الكسلية"),
    ("ورد المتحدث باسم الحكومة الكسلية بالقول إن الأنباء كاذبة.", "denial", "المتحدث باسم الحكومة الكسلية"),
    ("وعلق سامي حمدان على البيان بالقول إن القوات في مواقعها.", "reported", "سامي حمدان"),
    ("وردت كتائب كيسل على الاتهامات بالقول إنها كاذبة.", "denial", "كتائب كيسل"),
    ("وردت هيئة الأركان العامة الكسلية بالقول إن القوات في مواقعها.", "reported", "هيئة الأركان العامة الكسلية"),
    ("وأجابت وزارة الخارجية الكسلية بالقول إن الأنباء غير صحيحة.", "denial", "وزارة الخارجية الكسلية"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), BY_SAYING)
def test_by_saying_ends_the_body_that_says(text, kind, speaker):
    assert units("ar", text) == [(kind, speaker)]
