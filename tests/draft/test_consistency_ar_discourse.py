"""Arabic, round 11: more variants that mean the same read the same, and variants that do not, not (issue 17).

Made-up sentences with fictional names, as in test_consistency_ar.py: a subject with 'and' written onto it before
its verb, an office of a state written as a chain without the article ('وزير خارجية كسلان'), rejection as a noun,
a correspondent's title. Each property also says what must NOT be drafted where the variant means something else
(a proposal rejected, the director of someone's office).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.conftest import said
from tests.draft.test_consistency_ar import DENYING, MARKS, SAYING, SPEAKERS, WORDS

# (subject before its verb, the label, its gender)
FRONTED = [
    ("الوردي", "الوردي", "m"),
    ("الوزارة", "الوزارة", "f"),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", "f"),
    ("الحركة", "الحركة", "f"),
    ("المتحدث باسم الحركة", "المتحدث باسم الحركة", "m"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(FRONTED), st.sampled_from([*DENYING[:6], ("ينفي", "تنفي")]), st.sampled_from("وف"))
def test_and_written_onto_a_subject_before_its_verb_is_no_part_of_it(speaker, verb, conjunction):
    """'والوردي نفى الاتهامات' as 'الوردي نفى الاتهامات' (the speaker is not 'والوردي')."""
    subject, label, gender = speaker
    plain = said("ar", f"{subject} {verb[gender == 'f']} الاتهامات.")
    joined = said("ar", f"{conjunction}{subject} {verb[gender == 'f']} الاتهامات.")
    assert [u[:2] for u in plain] == [("denial", label)], plain
    assert [u[:2] for u in joined] == [("denial", label)], joined


def test_a_word_whose_first_letter_is_its_own_keeps_it():
    """'والد الضحية' (the victim's father) is no 'and' written onto 'الد'."""
    assert [u[:2] for u in said("ar", "والد الضحية نفى الاتهامات.")] == [("denial", "والد الضحية")]


# an office of a state written as a chain, without the article: the office governs the state's name after it
CHAINS = ["وزير خارجية", "رئيس حكومة", "رئيس وزراء", "وزير دفاع", "رئيس هيئة أركان"]
STATES = ["كسلان", "لبنان", "قطر", "كسليا"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(CHAINS), st.sampled_from(STATES), st.sampled_from(SAYING))
def test_an_office_of_a_state_without_the_article_ends_where_the_name_starts(chain, state, verb):
    """'وزير خارجية كسلان سامي الوردي' as 'وزير الخارجية الكسلي سامي الوردي': the speaker is Sami al-Wardi."""
    for subject in ("وزير الخارجية الكسلي", f"{chain} {state}"):
        sentence = f"و{verb[0]} {subject} سامي الوردي: «{WORDS}»."
        assert said("ar", sentence) == [("quote", "سامي الوردي", WORDS)], sentence


def test_the_director_of_someones_office_is_not_that_someone():
    """'مدير مكتب سامي الوردي' (the director of Sami al-Wardi's office) does not speak as Sami al-Wardi."""
    units = said("ar", f"وقال مدير مكتب سامي الوردي إن «{WORDS}».")
    assert units and all(u[1] != "سامي الوردي" for u in units), units


REJECTING = ["أعرب {s} عن رفضه", "أكد {s} رفضه", "جدد {s} رفضه القاطع", "أعلن {s} رفضه"]
# (what is rejected after the noun, the same after the verb)
CLAIMS = [
    ("للاتهامات", "الاتهامات"),
    ("الاتهامات", "الاتهامات"),
    ("للمزاعم", "المزاعم"),
    ("لهذه الادعاءات", "هذه الادعاءات"),
    ("للتقارير", "التقارير"),
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(REJECTING), st.sampled_from(CLAIMS), st.sampled_from(["سامي الوردي", "الوزير"]))
def test_rejection_as_a_noun_denies_claims_as_the_verb_does(rejecting, claim, subject):
    """'أعرب X عن رفضه للاتهامات' as 'رفض X الاتهامات' and 'جدد X نفيه للاتهامات'."""
    units = said("ar", "و" + rejecting.format(s=subject) + f" {claim[0]} الموجهة إليه.")
    assert [u[:2] for u in units] == [("denial", subject)], units
    verb = said("ar", f"ورفض {subject} {claim[1]} الموجهة إليه.")
    assert [u[:2] for u in verb] == [("denial", subject)], verb


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(REJECTING), st.sampled_from(["للمقترح", "للمبادرة", "لدخول القوات", "لقرار الحكومة"]))
def test_rejection_of_a_proposal_as_a_noun_is_no_denial(rejecting, what):
    """'أعرب X عن رفضه للمقترح' (his rejection of the proposal) denies nothing, as 'رفض X المقترح' does not."""
    units = said("ar", "و" + rejecting.format(s="سامي الوردي") + f" {what}.")
    assert all(u[0] != "denial" for u in units), units


PAIRS = [
    # a correspondent was no title: 'مراسل النهار سامي الوردي' was the speaker whole
    ("وقال مدير قناة النهار سامي الوردي إن «{}».", "وقال مراسل قناة النهار سامي الوردي إن «{}»."),
    ("وقال العميد سامي الوردي إن «{}».", "وقال مراسل النهار سامي الوردي إن «{}»."),
]


def test_each_pair_found_reads_alike():
    for plain, variant in PAIRS:
        expected = said("ar", plain.format(WORDS))
        assert expected and expected[0][0] == "quote", plain
        assert said("ar", variant.format(WORDS)) == expected, variant


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from([s for s in SPEAKERS if "،" not in s[0]]),
    st.sampled_from(["بيّن", "بين"]),
    st.sampled_from(["أن «{}»", ": «{}»"]),
)
def test_explained_reads_as_made_clear_with_or_without_its_shadda(speaker, verb, what):
    """'وبيّن X أن «...»' as 'وأوضح X أن «...»': the masculine of 'بيّنت', whose shadda news often leaves out."""
    subject, label, gender = speaker
    feminine = gender == "f"
    plain = said("ar", f"وأوضح{'ت' * feminine} {subject} {what.format(WORDS)}.")
    variant = said("ar", f"و{verb}{'ت' * feminine} {subject} {what.format(WORDS)}.")
    assert variant == plain == [("quote", label, WORDS)], (variant, plain)


def test_between_is_no_verb_of_saying():
    """'بين' (between) reads as no verb: its words after it are no subject, the sentence's speaker keeps its words."""
    for sentence, expected in (
        (f"وبين الطرفين خلاف قديم، وقال سامي الوردي إن «{WORDS}».", [("quote", "سامي الوردي", WORDS)]),
        (f"وبين عامي 2020 و2022 قال سامي الوردي إن «{WORDS}».", [("quote", "سامي الوردي", WORDS)]),
        (f"وقال سامي الوردي إن الاتفاق بين الطرفين «{WORDS}».", [("quote", "سامي الوردي", WORDS)]),
        ("ووقعت اشتباكات بين الطرفين أن الجيش قوي.", []),
    ):
        assert said("ar", sentence) == expected, sentence


@settings(max_examples=30, deadline=None)
# (not an unnamed source: 'مصدر في X: «...»' is left to the headline's rules, which want the outlet told)
@given(
    st.sampled_from([s for s in SPEAKERS if "،" not in s[0] and not s[0].startswith("مصدر")]), st.sampled_from(MARKS)
)
def test_a_speaker_before_a_colon_in_the_body_speaks_as_after_said(speaker, marks):
    """'X: «...»' in a paragraph of the body as 'وقال X: «...»' (and as the same in a headline)."""
    subject, label, gender = speaker
    opening, closing = marks
    plain = said("ar", f"وقال{'ت' * (gender == 'f')} {subject}: {opening}{WORDS}{closing}.")
    variant = said("ar", f"{subject}: {opening}{WORDS}{closing}.")
    assert variant == plain == [("quote", label, WORDS)], (variant, plain)


def test_a_label_before_a_colon_in_the_body_speaks_not():
    """'عاجل: «...»' (breaking): a label, no speaker, in the body as in a headline."""
    assert said("ar", f"عاجل: «{WORDS}».") == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["وقال سامي الوردي إن", "وذكرت وكالة الأنباء الكسلية أن", "وأضاف المتحدث باسم الحركة أن"]),
    st.sampled_from([("الوزارة", "نفت"), ("حركة النور", "نفت"), ("خالد الكسلي", "نفى")]),
)
def test_one_who_reports_anothers_denial_is_not_the_denier(reporting, denier):
    """'قال X إن الوزارة نفت الاتهامات': the ministry denies, X only reports it (a wrong denier is worse than none)."""
    units = said("ar", f"{reporting} {denier[0]} {denier[1]} الاتهامات.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", denier[0])], units


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["فيما", "بينما", "في حين"]), st.sampled_from([("حركة النور", "نفت"), ("خالد الكسلي", "نفى")]))
def test_a_denial_after_while_is_its_own_subjects_not_the_first_speakers(while_, denier):
    """'وقال X إن ...، فيما نفت Y الاتهامات': Y denies; X, who spoke first, does not."""
    units = said("ar", f"وقال سامي الوردي إن «{WORDS}»، {while_} {denier[1]} {denier[0]} الاتهامات.")
    assert sorted(u[:2] for u in units) == [("denial", denier[0]), ("quote", "سامي الوردي")], units
