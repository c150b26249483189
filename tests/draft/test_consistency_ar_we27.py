"""Arabic: a statement's own 'we' (نحن) before a verb of denying, however the verb is spelt, and a headline that
names the statement's speaker before a colon (issue 17, round 27).

'سامي الوردي: ننفي بشدة ...' as a headline, then 'نحن ننفي هذا الكلام' in the text under it with no one named: the
body's statement, the headline's speaker denying. The word after the verb is the next verb or its object ('ونرد',
and we reject), never the denier. Names are made up.
"""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText

_HEADLINES = [
    "سامي الوردي: ننفي بشدة شائعة اللقاء مع ممثلي حكومة كسليا",
    "سامي الوردي: ننفي ونرد بشدة شائعة اللقاء مع ممثلي حكومة كسليا",
    "سامي الوردي: نرفض الأنباء عن لقاء مع ممثلي حكومة كسليا",
]
_REPORT = "نشرت وسائل إعلام أنباء عن لقاء بين ممثلين عن حركة النور ووفد من حكومة كسليا في مدينة أسترا."
_WE_DENY = [
    "نحن ننفي ونرد هذا الكلام، ويسعى العدو بإثارة مثل هذه الشائعات إلى رفع معنويات أفراده.",
    "نحن نفي ونرد هذا الكلام، ويسعى العدو بإثارة مثل هذه الشائعات إلى رفع معنويات أفراده.",
    "نحن نرفض ونستنكر هذه الأكاذيب التي يروجها العدو.",
    "ونحن ننفي هذه الشائعات جملة وتفصيلا.",
]


def _units(headline: str, *paragraphs: str) -> list[tuple[str, str, str]]:
    """(kind, speaker, words) of every unit drafted from ``headline``, read as the headline, and ``paragraphs``."""
    text = "\n\n".join((headline, *paragraphs)) + "\n"
    analysis = attributor_for("ar").analyse(read(ArchivedText(text)), NameIndex(), set())
    return [(u.kind, u.speaker.label, u.text) for u in analysis.units]


@pytest.mark.parametrize("headline", _HEADLINES)
@pytest.mark.parametrize("statement", _WE_DENY)
def test_the_statements_we_deny_is_the_headlines_speaker(headline: str, statement: str):
    found = [(kind, speaker) for kind, speaker, words in _units(headline, _REPORT, statement) if words in statement]
    assert found == [("denial", "سامي الوردي")]


@pytest.mark.parametrize("statement", _WE_DENY)
def test_the_word_after_we_deny_is_never_the_denier(statement: str):
    # with no headline naming a speaker, the text's own 'we' is no one named: nothing drafted, and never 'ونرد'
    speakers = [speaker for _, speaker, _ in _units("بيان حول الأنباء", _REPORT, statement)]
    assert not any(s.startswith(("ونرد", "ونستنكر", "هذه", "هذا")) for s in speakers)


def test_a_headline_in_the_third_person_gives_the_text_no_speaker():
    # 'سامي الوردي: الأنباء كاذبة' quotes him; it does not make the text under it his statement
    found = _units("سامي الوردي: الأنباء عن اللقاء كاذبة", _REPORT, _WE_DENY[0])
    assert [s for _, s, w in found if w in _WE_DENY[0]] == []
