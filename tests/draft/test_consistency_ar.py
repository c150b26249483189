"""Arabic: variants that mean the same are read the same (issue 17, round 10: metamorphic tests).

Made-up sentences with fictional names are built from templates along the axes news varies on: who speaks (a name,
an office and a name, a body, a spokesman, an unnamed source, a capital), the verb (every past verb of saying or
denying the lexicon has, with its feminine form for a body), what stands between subject and verb ('في بيان', a day,
'أيضا', 'لاحقا', 'لقناة X'), where the quotation stands (after a colon, after 'إن', before the attribution, without
marks) and its marks. Each property says that every variant drafts one unit, of the same kind, with the speaker the
plain sentence has.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.lang.ar import ARABIC_WORDS
from tests.draft.conftest import said

WORDS = "القوات باقية في مواقعها"

# (subject as written, the label it must be drafted with, the gender of its verb)
SPEAKERS = [
    ("سامي الوردي", "سامي الوردي", "m"),
    ("وزير الدفاع الكسلي سامي الوردي", "سامي الوردي", "m"),
    ("سامي الوردي، وزير الدفاع الكسلي،", "سامي الوردي", "m"),
    ("العميد سامي الوردي", "سامي الوردي", "m"),
    ("المتحدث باسم وزارة الدفاع الكسلية سامي الوردي", "سامي الوردي", "m"),
    ("القيادي في حركة النور سامي الوردي", "سامي الوردي", "m"),
    ("المتحدث باسم حركة النور، سامي الوردي،", "سامي الوردي", "m"),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", "f"),
    ("حركة النور", "حركة النور", "f"),
    ("كتائب الفجر", "كتائب الفجر", "f"),
    ("المتحدث باسم وزارة الدفاع الكسلية", "المتحدث باسم وزارة الدفاع الكسلية", "m"),
    ("مصدر في وزارة الدفاع الكسلية", "مصدر في وزارة الدفاع الكسلية", "m"),
    ("بغداد", "بغداد", "f"),
]

# what may stand between the subject and what it says
MIDDLES = [
    "",
    "في بيان",
    "في مقطع فيديو",
    "في تسجيل مصور",
    "في مقابلة مع قناة النهار",
    "لقناة النهار",
    "، يوم الثلاثاء،",
    "يوم الثلاثاء",
    "أيضا",
    "لاحقا",
    "في تصريحات صحفية",
    'في تصريح لـ"النهار"',
    "في تغريدة على منصة إكس",
    "خلال مؤتمر صحفي",
]


def _verb_pairs(verbs: tuple[str, ...]) -> list[tuple[str, str]]:
    """(masculine, feminine) past forms the list holds: 'قال'/'قالت', 'نفى'/'نفت'."""
    pairs = [(v, v + "ت") for v in verbs if v + "ت" in verbs]
    return pairs + [(v, v[:-1] + "ت") for v in verbs if v[-1] in "ىا" and v[:-1] + "ت" in verbs]


# every past verb of saying and of denying in the lexicon ('واصل', going on, speaks only before a quotation; 'بين',
# explained, only where 'that' or a colon soon follows it, since it is also 'between': its own tests are in
# test_consistency_ar_discourse.py)
# ('عد', deemed, says only before a first object and what it is deemed: 'وعدّ X الهجوم خرقا'; never 'عد X: «...»')
# (not the verbs that speak only with what they bring: 'واصل' (went on), and 'خاطب'/'توجه' (addressed, headed)
# only before 'بالقول' or a colon, which a quotation set before them has not)
SAYING = [p for p in _verb_pairs(ARABIC_WORDS.verbs) if p[0] not in ("واصل", "بين", "عد", "خاطب", "توجه")]
DENYING = _verb_pairs(ARABIC_WORDS.deny_verbs)
# verbs with the particle they take before 'that'
THAT = [
    ("قال", "قالت", "إن"),
    ("أكد", "أكدت", "أن"),
    ("أضاف", "أضافت", "أن"),
    ("كشف", "كشفت", "عن أن"),
    ("شدد", "شددت", "على أن"),
    ("أشار", "أشارت", "إلى أن"),
    ("أفاد", "أفادت", "بأن"),
]
MARKS = [("«", "»"), ("“", "”"), ('"', '"')]


def _clause(verb: str, subject: str, middle: str) -> str:
    joined = f"{verb} {subject}" + (middle if middle.startswith("،") else f" {middle}" if middle else "")
    return joined.replace("،،", "،")


def _one(units: list[tuple[str, str, str]], kind: str, label: str) -> bool:
    return len(units) == 1 and units[0][0] == kind and units[0][1] == label


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(SAYING),
    st.sampled_from(MIDDLES),
    st.sampled_from(["colon", "before", "bare"]),
    st.sampled_from(MARKS),
)
def test_a_quotation_has_one_speaker_whatever_the_verb_the_words_between_and_where_it_stands(
    speaker, verb, middle, position, marks
):
    subject, label, gender = speaker
    clause = _clause(verb[gender == "f"], subject, middle)
    opening, closing = marks
    sentence = {
        "colon": f"و{clause}: {opening}{WORDS}{closing}.",
        "before": f"{opening}{WORDS}{closing}، {clause.rstrip('،')}.",
        "bare": f"و{clause}: {WORDS}.",
    }[position]
    units = said("ar", sentence)
    assert _one(units, "quote", label) and units[0][2] == WORDS, (sentence, units)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SPEAKERS), st.sampled_from(THAT), st.sampled_from(MIDDLES), st.sampled_from(MARKS))
def test_a_quotation_after_that_has_the_same_speaker(speaker, verb, middle, marks):
    subject, label, gender = speaker
    opening, closing = marks
    sentence = f"و{_clause(verb[gender == 'f'], subject, middle)} {verb[2]} {opening}{WORDS}{closing}."
    units = said("ar", sentence)
    assert _one(units, "quote", label) and units[0][2] == WORDS, (sentence, units)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(SPEAKERS),
    st.sampled_from(DENYING),
    st.sampled_from(MIDDLES),
    st.sampled_from(["الاتهامات", "الأنباء عن انسحاب القوات", "صحة التقارير", "هذه المزاعم"]),
)
def test_a_denial_has_one_denier_whatever_the_verb_and_the_words_between(speaker, verb, middle, denied):
    subject, label, gender = speaker
    sentence = f"و{_clause(verb[gender == 'f'], subject, middle)} {denied}."
    units = said("ar", sentence)
    assert _one(units, "denial", label), (sentence, units)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [s for s in SPEAKERS if s[0] in ("سامي الوردي", "وزارة الدفاع الكسلية", "حركة النور", "كتائب الفجر")]
    ),
    st.sampled_from([*DENYING[:4], ("ينفي", "تنفي")]),
)
def test_a_subject_before_its_verb_denies_in_the_past_as_in_the_present(speaker, verb):
    """'الوزارة نفت الأنباء' as 'الوزارة تنفي الأنباء': the noun opening the paragraph is the verb's subject."""
    subject, label, gender = speaker
    sentence = f"{subject} {verb[gender == 'f']} الاتهامات."
    assert _one(said("ar", sentence), "denial", label), sentence


ACCORDING = ["بحسب {}", "حسب {}", "وفقا ل{}", "وفقاً لـ{}", "وفق ما ذكره {}", "بحسب ما أكده {}", "حسب ما قاله {}"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from([s for s in SPEAKERS if "،" not in s[0]]),
    st.sampled_from(ACCORDING),
    st.sampled_from(["before", "after"]),
)
def test_according_to_gives_the_words_to_the_one_named_whatever_its_form(speaker, according, position):
    """'وفقا لسامي الوردي' as 'بحسب سامي الوردي'; 'بحسب ما ذكره X' as 'بحسب ما قاله X'."""
    subject, label, gender = speaker
    if gender == "f":
        according = according.replace("ذكره", "ذكرته").replace("أكده", "أكدته").replace("قاله", "قالته")
    source = according.format(subject)
    sentence = f"«{WORDS}»، {source}." if position == "after" else f"و{source}، فإن «{WORDS}»."
    units = said("ar", sentence)
    assert _one(units, "quote", label) and units[0][2] == WORDS, (sentence, units)


def test_a_name_of_a_body_with_the_article_ends_at_the_colon_as_any_name():
    """'وقالت حركة النور: ...' as 'وقالت وزارة الدفاع: ...': the colon ends the subject (not 'حركة النور: القوات')."""
    for body in ("حركة النور", "كتائب الفجر", "وكالة الأنباء", "وزارة الدفاع"):
        assert said("ar", f"وقالت {body}: {WORDS}.") == [("quote", body, WORDS)]


def test_what_a_speaker_is_said_to_have_described_is_no_verb_of_saying():
    """'ما وصفه X بـ"..."' (what X called ...): the sentence's subject speaks, as before."""
    units = said("ar", 'وأمر سامي الوردي الجيش بضرب ما وصفه "بعشرات الأهداف" في الشمال.')
    assert units == [("quote", "سامي الوردي", "بعشرات الأهداف")]


def test_a_sentence_opened_by_an_abbreviation_stop_has_no_subject_before_its_past_verb():
    """'العربية. نت قد ادعى': the stop after an abbreviation opens no sentence whose first words are a subject."""
    units = said("ar", 'وكان موقع "العربية. نت قد ادعى، إن "القوات انسحبت" حسب قول الموقع.')
    assert all(u[1] != "نت قد" for u in units), units


# One made-up pair per inconsistency found by the properties above, kept whatever hypothesis draws: the plain
# variant and the one that was read otherwise.
PAIRS = [
    # 'also' after an office ended no subject ('المتحدث ... أيضا' was the speaker)
    ("وأردف المتحدث باسم وزارة الدفاع الكسلية أن “{}”.", "وأردف المتحدث باسم وزارة الدفاع الكسلية أيضا أن “{}”."),
    ("وكتبت بغداد: «{}».", "وكتبت بغداد أيضا: «{}»."),
    # a time adverb ended no subject ('سامي الوردي لاحقا')
    ("وقال سامي الوردي يوم الثلاثاء إن «{}».", "وقال سامي الوردي لاحقا إن «{}»."),
    # 'in press statements' was read as the claim of another ('تصريحات ... عن أن': 'صحفية عن' the speaker)
    ("وكشف سامي الوردي في تصريح صحفي عن أن “{}”.", "وكشف سامي الوردي في تصريحات صحفية عن أن “{}”."),
    # the outlet told, then 'على أن' (on that), was read as the quotation, the words after it left unattributed
    ('وشدد مصدر في الوزارة لـ"النهار" أن "{}".', 'وشدد مصدر في الوزارة في تصريح لـ"النهار" على أن "{}".'),
    # the pluperfect without 'قد' had no subject where the one with it had
    ("وكان سامي الوردي قد قال إن «{}».", "وكان سامي الوردي قال إن «{}»."),
    ("وكانت وزارة الدفاع الكسلية قد قالت: «{}».", "وكانت وزارة الدفاع الكسلية قالت: «{}»."),
    # the outlet spoken with, in marks, was read as a quotation where the outlet told was not
    ('وقال سامي الوردي لـ"النهار" إن «{}».', 'وقال سامي الوردي في مقابلة مع "النهار" إن «{}».'),
    ("وقال سامي الوردي لـ«النهار»: «{}».", "وقال سامي الوردي في حديث مع «النهار»: «{}»."),
    # 'ل' written onto the name after 'وفقا' stayed in the name ('لسامي الوردي')
    ("وبحسب سامي الوردي، فإن «{}».", "ووفقا لسامي الوردي، فإن «{}»."),
    ("وبحسب الجيش الكسلي، فإن «{}».", "ووفقا للجيش الكسلي، فإن «{}»."),
    # 'what X mentioned' had no speaker where 'what X said' had one
    ("وبحسب ما قاله سامي الوردي، فإن «{}».", "وبحسب ما ذكره سامي الوردي، فإن «{}»."),
    ("وحسب ما قالته وكالة الأنباء الكسلية، فإن «{}».", "وحسب ما أوردته وكالة الأنباء الكسلية، فإن «{}»."),
    ("ونقلت الوكالة عن سامي الوردي قوله إن «{}».", "وبحسب ما نقلته الوكالة عن سامي الوردي، فإن «{}»."),
]


def test_each_pair_found_reads_alike():
    for plain, variant in PAIRS:
        expected = said("ar", plain.format(WORDS))
        assert expected and expected[0][0] == "quote", plain
        assert said("ar", variant.format(WORDS)) == expected, variant


# The same, across two paragraphs: a verb with no subject of its own speaks for the one who spoke before.
PARAGRAPH_PAIRS = [
    # a participle right after the verb was read as its subject ('قائلا' the speaker)
    ("وقال سامي الوردي إن الجيش قوي.|وتابع: «{}».", "وقال سامي الوردي إن الجيش قوي.|وتابع قائلا: «{}»."),
    ("وقالت حركة النور إن الجيش قوي.|وأضافت: «{}».", "وقالت حركة النور إن الجيش قوي.|وأضافت قائلة: «{}»."),
]


def test_each_pair_across_paragraphs_reads_alike():
    for plain, variant in PARAGRAPH_PAIRS:
        expected = said("ar", *plain.format(WORDS).split("|"))
        assert len(expected) == 2 and expected[1][0] == "quote", plain
        assert said("ar", *variant.format(WORDS).split("|")) == expected, variant
