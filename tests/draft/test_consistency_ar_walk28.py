"""Arabic, round 28: shapes seen in the round's walk-through of unseen news (Afghanistan, Syria, Gaza, Sudan),
written again with made-up names (كامل العراقي، حركة النور، سامي الوردي، كسليا).

- a surname on file that is a country's adjective, after a definite noun with a preposition or conjunction written
  on it ('مصدر بالجيش العراقي', a source in the Iraqi army; 'للجيش', 'وبالجيش'): the adjective was linked to the
  person, as it already was not after the bare noun ('مصدر في الجيش العراقي'); likewise an adjective on file as a
  place ('بالصراع القائم', in the ongoing conflict).
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built

IRAQI = Known("kamil-al-iraqi", "actor", "person", "Kamil al-Iraqi")
AL_QAIM = Known("al-qaim", "place", "town", "al-Qaim")


def _index() -> NameIndex:
    idx = NameIndex()
    idx.add("العراقي", IRAQI)
    idx.add("القائم", AL_QAIM)
    return idx


ADJECTIVE = [
    "وقال مصدر بالجيش العراقي إن القوات انسحبت.",
    "وقال مصدر بالحكومة العراقية إن القوات انسحبت.",
    "ونقل مصدر للجيش العراقي أن القوات انسحبت.",
    "وأكد ضابط وبالجيش العراقي أن القوات انسحبت.",
    "وقال متحدث فالجيش العراقي أعلن انسحاب القوات.",
    "وقال مصدر في الجيش العراقي إن القوات انسحبت.",
    "وهو طرف بالصراع القائم هناك.",
    "وهو طرف للصراع القائم هناك.",
]


@pytest.mark.parametrize("text", ADJECTIVE, ids=range(len(ADJECTIVE)))
def test_an_adjective_after_a_definite_noun_with_a_clitic_is_not_the_name_on_file(text) -> None:
    """'مصدر بالجيش العراقي': the Iraqi army, not Kamil al-Iraqi; 'بالصراع القائم': the ongoing conflict, not al-Qaim."""
    assert _index().scan(text) == []


NAMED = [
    ("وقال العراقي إن القوات انسحبت.", "kamil-al-iraqi"),
    ("وقال كامل العراقي إن القوات انسحبت.", "kamil-al-iraqi"),
    ("وأكد بيان العراقي أن القوات انسحبت.", "kamil-al-iraqi"),
    ("وصلت القوات إلى القائم أمس.", "al-qaim"),
    ("وصلت القوات بالقائم أمس.", "al-qaim"),
]


@pytest.mark.parametrize("text,rid", NAMED, ids=range(len(NAMED)))
def test_the_name_on_file_stays_linked_where_no_definite_noun_comes_before(text, rid) -> None:
    assert [k.id for _, _, k in _index().scan(text)] == [rid]


def _denials(text: str) -> list[tuple[object, str]]:
    out = []
    for d in built("ar", text):
        if d["type"] == "denial":
            who = d["denier"].get("actor") or d["denier"].get("described_as")
            out.append((who, d["denied"]))
    return out


PLURAL = [
    ("نفى قياديون في حركة النور الأنباء عن انسحاب مقاتليها من البلدة.", "قياديون في حركة النور"),
    ("ونفى قياديون في حركة النور، مساء اليوم، الأنباء عن انسحاب مقاتليها من البلدة.", "قياديون في حركة النور"),
    ("ونفى قادة في حركة النور الأنباء عن انسحاب مقاتليها من البلدة.", "قادة في حركة النور"),
    ("ونفى ضباط في الجيش الكسلي الأنباء عن انسحاب مقاتليها من البلدة.", "ضباط في الجيش الكسلي"),
    ("ونفى أعضاء في حركة النور الأنباء عن انسحاب مقاتليها من البلدة.", "أعضاء في حركة النور"),
    ("ونفى نواب في البرلمان الكسلي الأنباء عن انسحاب مقاتليها من البلدة.", "نواب في البرلمان الكسلي"),
]


@pytest.mark.parametrize("text,who", PLURAL, ids=range(len(PLURAL)))
def test_a_plural_of_people_before_their_body_is_an_unnamed_description(text, who) -> None:
    """'نفى قياديون في حركة النور الأنباء': leaders in the movement, unnamed, deny the reports; 'قياديون' (leaders)
    names no body of that name, and 'في حركة النور' is none of what they denied."""
    assert _denials(text) == [(who, "الأنباء عن انسحاب مقاتليها من البلدة")]
    assert not [d for d in built("ar", text) if d["type"] == "actor"]
