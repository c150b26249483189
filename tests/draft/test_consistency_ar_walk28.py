"""Arabic, round 28: shapes seen in the round's walk-through of unseen news (Afghanistan, Syria, Gaza, Sudan),
written again with made-up names (كامل العراقي، حركة النور، سامي الوردي، كسليا).

- a surname on file that is a country's adjective, after a definite noun with a preposition or conjunction written
  on it ('مصدر بالجيش العراقي', a source in the Iraqi army; 'للجيش', 'وبالجيش'): the adjective was linked to the
  person, as it already was not after the bare noun ('مصدر في الجيش العراقي'); likewise an adjective on file as a
  place ('بالصراع القائم', in the ongoing conflict);
- a plural of unnamed people before their body ('نفى قياديون في حركة النور الأنباء', leaders in the movement;
  'قادة', 'ضباط', 'أعضاء', 'نواب'): the plural was drafted as a body called 'قياديون' and 'في حركة النور' opened what
  was denied;
- the manner of denying, the verbal noun and its adjective ('نفى X الخبر نفيا مطلقا', 'نفى X نفيا قاطعا
  الأنباء', 'نافيا نفيا قاطعا ما ...'): it was kept as words of what was denied;
- a place after the denier, then what was denied, a comma and what the denier went on to say ('نفى المكتب الإعلامي
  في كسليا اتهامات الجيش، وقال ...'): the words up to the comma were skipped as an aside, and what was denied was
  the next clause alone.

Guards: a name on file with no definite noun before it stays linked; a participle that is an adjective of what was
denied ('لجنة متابعة', 'حرب غير معلنة') and plurals inside what was denied stay; an aside between commas is skipped
as before.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, denied_by

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
    assert denied_by("ar", text) == [(who, "الأنباء عن انسحاب مقاتليها من البلدة")]
    assert not [d for d in built("ar", text) if d["type"] == "actor"]


ENDS = [
    # the verbal noun of denying with its adjective, the manner of the denial, before or after what was denied
    (
        "ونفى سامي الوردي الخبر نفيا مطلقا، مشيرا إلى أن الحركة باقية في مواقعها.",
        "الخبر، مشيرا إلى أن الحركة باقية في مواقعها",
    ),
    (
        "ونفى سامي الوردي الخبر نفياً مطلقاً مشيراً إلى أن الحركة باقية في مواقعها.",
        "الخبر مشيراً إلى أن الحركة باقية في مواقعها",
    ),
    ("ونفى سامي الوردي الأنباء عن الانسحاب نفيا قاطعا.", "الأنباء عن الانسحاب"),
    ("ونفى سامي الوردي نفيا قاطعا الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
    ("وأكد سامي الوردي أن الحركة باقية، نافياً نفياً قاطعاً ما تم تداوله حول الانسحاب.", "ما تم تداوله حول الانسحاب"),
    ("ونفت حركة النور تكذيبا تاما الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
]


@pytest.mark.parametrize("text,what", ENDS, ids=range(len(ENDS)))
def test_the_manner_of_denying_is_not_what_was_denied(text, what) -> None:
    """'نفى X الخبر نفيا مطلقا، مشيرا إلى أن ...': X denied the report; 'flatly' says how. What X went on to say
    stays, as it does where no manner is written ('نفت الوزارة صدور أمر، مؤكدة أن ...')."""
    assert [d for _, d in denied_by("ar", text)] == [what]


KEPT = [
    # what was denied ends the sentence, or holds a participle that is no verb of saying, or a quotation of its own
    ("ونفى سامي الوردي وجود لجنة متابعة في البلدة.", "وجود لجنة متابعة في البلدة"),
    ("ونفت حركة النور خوض حرب غير معلنة مع الجيش.", "خوض حرب غير معلنة مع الجيش"),
    ("ونفى سامي الوردي الأنباء عن اعتقال قادة وعناصر في البلدة.", "الأنباء عن اعتقال قادة وعناصر في البلدة"),
    ("ونفى سامي الوردي أن يكون قد قال ذلك وأكده.", "أن يكون قد قال ذلك وأكده"),
]


@pytest.mark.parametrize("text,what", KEPT, ids=range(len(KEPT)))
def test_what_is_denied_keeps_its_own_words(text, what) -> None:
    assert [d for _, d in denied_by("ar", text)] == [what]


PLACE_THEN_OBJECT = [
    'ونفى المكتب الإعلامي في كسليا اتهامات الجيش، وقال في بيان إن الجيش "يروج أكاذيب".',
    'في وقت سابق، نفى المكتب الإعلامي الحكومي في كسليا اتهامات الجيش، وقال في بيان صحفي إن الجيش "يروج أكاذيب".',
    "ونفت حركة النور في كسليا اتهامات الجيش، وأكدت أن مقاتليها باقون في مواقعهم.",
    "ونفت حركة النور في كسليا اتهامات الجيش، مؤكدة أن مقاتليها باقون في مواقعهم.",
]


@pytest.mark.parametrize("text", PLACE_THEN_OBJECT, ids=range(len(PLACE_THEN_OBJECT)))
def test_words_after_a_place_up_to_a_comma_are_what_was_denied_when_a_new_clause_follows(text) -> None:
    """'نفى المكتب في كسليا اتهامات الجيش، وقال ...': the words up to the comma hold what was denied (the army's
    accusations), not an aside to skip, when what follows the comma is what the speaker went on to say."""
    (what,) = [d for _, d in denied_by("ar", text)]
    assert "اتهامات الجيش" in what and not what.startswith(("وقال", "وأكدت", "مؤكدة")), what


ASIDE = [
    ("ونفى سامي الوردي، في تصريحات لقناة الفجر، الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
    ("ونفى مصدر في حركة النور في كسليا، مساء الجمعة، الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
]


@pytest.mark.parametrize("text,what", ASIDE, ids=range(len(ASIDE)))
def test_an_aside_between_the_subject_and_a_comma_is_still_skipped(text, what) -> None:
    assert [d for _, d in denied_by("ar", text)] == [what]
