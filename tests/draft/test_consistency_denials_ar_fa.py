"""Persian and Arabic denials: variants that mean the same are read the same (issue 17, round 19; metamorphic tests).

New axes for the deniers of :mod:`tests.draft.test_consistency_fa` and :mod:`tests.draft.test_consistency_ar`, on
made-up sentences with invented names (رضا کاظمی، وزارت خارجه کسلیا، جنبش نمونه؛ سامي الوردي، حركة النور):

- Arabic: a subject before its verb with what is set beside it between commas ('سامي الوردي، وزير الدفاع الكسلي،
  نفى ...', 'الوزارة، في بيان، تنفي ...'), in every past and present verb of denying, as after 'كان' ('وكان X، وزير
  ...، قد نفى'); a denial in the paragraph after the one that introduced its speaker, in the words that call a report
  false ('أكد أن لا صحة لـ...', 'وصف التقارير بأنها مفبركة', 'عارية عن الصحة', 'مجرد شائعات').
- Persian: the noun that heads what is denied ('صحت' the truth, 'انتشار' the spreading, 'وقوع' the happening of)
  right after any form of denier, not only after a country on file; a report called 'nothing but' a rumour
  ('شایعه‌ای بیش نیست', 'شایعه‌ای بیش ندانست', 'چیزی جز شایعه نیست'), as 'شایعه است' and 'شایعه خواند'.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.conftest import analyse

SETTINGS = settings(max_examples=40, deadline=None)


def read(language: str, *paragraphs: str) -> list[tuple[str, str, int]]:
    """(kind, speaker label, paragraph number) of each unit drafted (paragraph 1, the title, is skipped)."""
    return [(u.kind, u.speaker.label, u.number) for u in analyse(language, *paragraphs).units if u.number >= 2]


# --- Arabic ----------------------------------------------------------------------------------------------------------

# (subject as written, the label it is read as, feminine verb)
AR_SPEAKERS = [
    ("سامي الوردي", "سامي الوردي", False),
    ("وزير الدفاع الكسلي سامي الوردي", "سامي الوردي", False),
    ("سامي الوردي، وزير الدفاع الكسلي،", "سامي الوردي", False),
    ("المتحدث باسم حركة النور، سامي الوردي،", "سامي الوردي", False),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True),
    ("وزارة الدفاع الكسلية، في بيان،", "وزارة الدفاع الكسلية", True),
    ("حركة النور، أحد فصائل الجبهة،", "حركة النور", True),
    ("حركة النور", "حركة النور", True),
]
AR_DENYING = [("نفى", "نفت"), ("ينفي", "تنفي"), ("كذب", "كذبت"), ("دحض", "دحضت")]


@SETTINGS
@given(st.sampled_from(AR_SPEAKERS), st.sampled_from(AR_DENYING), st.sampled_from(["", "لكن ", "وكان{t} "]))
def test_a_subject_before_its_verb_with_words_between_commas_denies(speaker, verb, opening):
    """'سامي الوردي، وزير الدفاع الكسلي، نفى الأنباء' as 'سامي الوردي نفى الأنباء' and as 'وكان سامي الوردي، وزير
    الدفاع الكسلي، قد نفى': what stands between commas after the subject leaves it the denier."""
    subject, label, feminine = speaker
    opened = opening.format(t="ت" if feminine else "")
    if opened.startswith("وكان"):
        if verb[0] != "نفى":
            return
        sentence = f"{opened}{subject} قد {verb[feminine]} الأنباء عن انسحاب القوات."
    else:
        sentence = f"{opened}{subject} {verb[feminine]} الأنباء عن انسحاب القوات."
    assert [u[:2] for u in read("ar", sentence)] == [("denial", label)], sentence


def test_a_subject_before_its_verb_of_saying_with_words_between_commas_speaks():
    """'سامي الوردي، وزير الدفاع الكسلي، قال إن الأنباء ... عارية عن الصحة' as without the words between commas."""
    for verb in ("قال", "يقول"):
        plain = f"سامي الوردي {verb} إن الأنباء عن انسحاب القوات عارية عن الصحة."
        between = f"سامي الوردي، وزير الدفاع الكسلي، {verb} إن الأنباء عن انسحاب القوات عارية عن الصحة."
        assert [u[:2] for u in read("ar", between)] == [u[:2] for u in read("ar", plain)] == [("denial", "سامي الوردي")]


def test_a_time_before_a_verb_first_denial_is_no_subject():
    """(a guard) 'ويوم الثلاثاء، نفت الوزارة': one comma after a time opens a verb-first clause."""
    sentence = "ويوم الثلاثاء، نفت وزارة الدفاع الكسلية الأنباء عن انسحاب القوات."
    assert [u[:2] for u in read("ar", sentence)] == [("denial", "وزارة الدفاع الكسلية")]


AR_INTRODUCED = ["وقال{t} {s} إن الوضع هادئ.", "{s} {y} إن الوضع هادئ."]
AR_NEXT = [
    "و{v} الأنباء عن انسحاب القوات.",
    "و{a} أن لا صحة للأنباء عن انسحاب القوات.",
    "و{a} أن هذه الأنباء عارية عن الصحة.",
    "و{w} التقارير بأنها مفبركة.",
    "وأضاف{t} أن الأنباء عن انسحاب القوات مجرد شائعات.",
]


@SETTINGS
@given(st.sampled_from(AR_SPEAKERS), st.sampled_from(AR_INTRODUCED), st.sampled_from(AR_NEXT))
def test_a_denial_in_the_paragraph_after_its_speaker_is_introduced_is_that_speakers(speaker, introduced, next_):
    """'X، وزير ...، يقول إن ...' then 'ونفى الأنباء ...': the verb without a subject denies for the one introduced,
    in every word that calls a report false."""
    subject, label, feminine = speaker
    t = "ت" if feminine else ""
    first = introduced.format(t=t, s=subject, y="تقول" if feminine else "يقول")
    second = next_.format(
        t=t, v="نفت" if feminine else "نفى", a="أكدت" if feminine else "أكد", w="وصفت" if feminine else "وصف"
    )
    assert [u[:2] for u in read("ar", first, second) if u[2] == 3] == [("denial", label)], (first, second)


# --- Persian ---------------------------------------------------------------------------------------------------------

FA_SPEAKERS = [
    ("رضا کاظمی", "رضا کاظمی"),
    ("سخنگوی وزارت خارجه کسلیا رضا کاظمی", "رضا کاظمی"),
    ("وزارت خارجه کسلیا", "وزارت خارجه کسلیا"),
    ("وزارت خارجه ایران", "وزارت خارجه ایران"),
    ("جنبش نمونه", "جنبش نمونه"),
    ("یک منبع آگاه", "یک منبع آگاه"),
]
HEADED = ["صحت این خبر", "انتشار این خبر", "انتشار خبر حمله", "صحت گزارش‌ها درباره حمله", "وقوع این حادثه"]


@SETTINGS
@given(
    st.sampled_from(FA_SPEAKERS),
    st.sampled_from(HEADED),
    st.sampled_from(["تکذیب کرد", "رد کرد", "تکذیب کرده است", "رد کرده‌اند"]),
)
def test_the_noun_heading_what_is_denied_is_no_part_of_any_denier(speaker, obj, verb):
    """'X صحت این خبر را رد کرد' (denied the truth of this report): X denies, whatever X is, as 'وزارت خارجه ایران'
    (a country on file ended the subject) did; never 'X صحت'."""
    subject, label = speaker
    sentence = f"{subject} {obj} را {verb}."
    assert [u[:2] for u in read("fa", sentence)] == [("denial", label)], sentence


def test_the_health_ministry_of_dari_keeps_its_name():
    """(a guard) 'وزارت صحت عامه' (Dari: the ministry of public health) is a name; only 'صحت این/خبر ...' heads an
    object."""
    sentence = "وزارت صحت عامه گزارش‌ها درباره شیوع بیماری را تکذیب کرد."
    assert [u[:2] for u in read("fa", sentence)] == [("denial", "وزارت صحت عامه")]


NOTHING_BUT = [
    "{s} این خبر را شایعه‌ای بیش ندانست.",
    "{s} این ادعا را دروغی بیش نخواند.",
    "{s} گفت: «این خبر چیزی جز شایعه نیست».",
    "{s} گفت که این خبر چیزی جز دروغ نیست.",
    "{s} گفت: «این گزارش‌ها شایعه‌ای بیش نیست».",
]


@SETTINGS
@given(st.sampled_from(FA_SPEAKERS), st.sampled_from(NOTHING_BUT))
def test_a_report_called_nothing_but_a_rumour_is_denied(speaker, template):
    """'این خبر را شایعه‌ای بیش ندانست' (deemed it no more than a rumour) as 'این خبر را شایعه خواند'; 'چیزی جز شایعه
    نیست' (is nothing but a rumour) as 'شایعه است'. The negation after 'جز' or 'بیش' affirms the cue."""
    subject, label = speaker
    sentence = template.format(s=subject)
    assert [u[:2] for u in read("fa", sentence)] == [("denial", label)], sentence


def test_a_rumour_negated_is_still_no_denial():
    """(a guard) 'این خبر شایعه نیست' (this report is no rumour) maintains the report."""
    assert all(u[0] != "denial" for u in read("fa", "رضا کاظمی گفت: «این خبر شایعه نیست»."))
