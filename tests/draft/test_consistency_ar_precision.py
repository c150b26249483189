"""Arabic, round 12: properties for precision, what must NOT be drafted or must go to another speaker (issue 17).

A wrong speaker or a wrong denial costs an editor more than a missing one. Made-up sentences with fictional names, as
in test_consistency_ar.py: a person named as the subject of a sentence that is no speech, then a verb with no subject
of its own ('زار X بغداد. وقال: «...»', X's words, not those of who spoke before); 'هو' (he) after a body that spoke
as 'she'; rejecting (رفض) what is no claim ('رفض الانسحاب', refused to withdraw), which denies nothing.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.conftest import analyse, said
from tests.draft.test_consistency_ar import WORDS

SETTINGS = settings(max_examples=40, deadline=None)

# a sentence that names a person as its subject and is no speech ({s}: the subject as written)
NOT_SPEECH = [
    "زار {s} بغداد يوم الثلاثاء.",
    "والتقى {s} بنظيره الكسلي في العاصمة.",
    "ووصل {s} إلى بغداد أمس.",
    "واستقبل {s} الوفد في القصر.",
    "وفي بغداد، التقى {s} بالوفد.",
    "وكان {s} في بغداد أمس.",
]
# (subject as written, the label)
PEOPLE = [
    ("سامي الوردي", "سامي الوردي"),
    ("وزير الدفاع الكسلي سامي الوردي", "سامي الوردي"),
    ("العميد سامي الوردي", "سامي الوردي"),
]
# a speaker before, of the paragraph before: another person or a body
EARLIER = ["وقال خالد الكسلي إن الوضع هادئ.", "وقالت حركة النور إن الوضع هادئ.", ""]
# the verb with no subject of its own after it, and the kind it drafts
NEXT = [
    (f"وقال: «{WORDS}».", "quote"),
    (f"وأضاف: «{WORDS}».", "quote"),
    (f"وأكد أن «{WORDS}».", "quote"),
    ("ونفى الاتهامات الموجهة إليه.", "denial"),
]


@SETTINGS
@given(
    st.sampled_from(NOT_SPEECH),
    st.sampled_from(PEOPLE),
    st.sampled_from(EARLIER),
    st.sampled_from(NEXT),
    st.booleans(),
)
def test_a_person_named_in_a_sentence_that_is_no_speech_speaks_next(sentence, person, earlier, after, apart):
    """'زار X بغداد. وقال: «...»' (X visited Baghdad. He said): X's words or denial, in the same paragraph or the
    next; not those of whoever spoke before (a wrong speaker is worse than none)."""
    subject, label = person
    said_next, kind = after
    named = sentence.format(s=subject)
    paragraphs = [named, said_next] if apart else [f"{named} {said_next}"]
    units = said("ar", *([earlier] if earlier else []), *paragraphs)
    later = units[1:] if earlier else units  # (the speaker before drafts one unit, reported)
    assert [u[:2] for u in later] == [(kind, label)], (earlier, paragraphs, units)


def test_an_office_alone_after_a_person_only_named_is_someone_else():
    """'قتل X في غارة. وقال المتحدث: «...»': the spokesman is not X, who was only named (an office alone stands for
    the last one who spoke, not for the last one named)."""
    units = said("ar", "قتل سامي الوردي في غارة.", f"وقال المتحدث: «{WORDS}».")
    assert units == [("quote", "المتحدث", WORDS)], units


def test_a_feminine_verb_after_a_man_named_without_speech_is_the_body_s():
    """'قالت الحركة ... وصل X إلى بغداد. وأضافت: «...»': 'she added' is the movement's, not the man named since."""
    units = said("ar", "قالت حركة النور إن الوضع هادئ.", "وصل سامي الوردي إلى بغداد.", f"وأضافت: «{WORDS}».")
    assert units[-1][:2] == ("quote", "حركة النور"), units


@SETTINGS
@given(st.sampled_from(["هو", "هي"]), st.booleans())
def test_he_or_she_is_the_last_speaker_of_that_gender(pronoun, body_last):
    """'وقال هو: «...»' after 'قال سامي ... وقالت الحركة ...': 'he' is Sami, 'she' (هي) the movement, whichever spoke
    last (as a verb with no subject, 'وقال' or 'وقالت', already reads)."""
    man, body = "قال سامي الوردي إن الجيش قوي.", "وقالت حركة النور إن الوضع هادئ."
    first = f"{body} {man}" if not body_last else f"{man} {body}"
    verb = "وقال" if pronoun == "هو" else "وقالت"
    units = said("ar", first, f"{verb} {pronoun}: «{WORDS}».")
    expected = "سامي الوردي" if pronoun == "هو" else "حركة النور"
    assert units[-1] == ("quote", expected, WORDS), units


# what is refused without any claim being denied
REFUSED = [
    "الانسحاب من المدينة",
    "مطالب الحكومة",
    "الهدنة",
    "وقف إطلاق النار",
    "التدخل في شؤونها",
    "العقوبات المفروضة عليها",
    "أي تدخل أجنبي",
    "خطة الحكومة",
    "نزع سلاح الحركة",
]
# and claims, with the article, in a genitive, or with a pronoun: denied
CLAIMED = ["الاتهامات", "مزاعم الحكومة", "اتهامها بالوقوف وراء الهجوم", "تقارير الصحف الكسلية", "هذه الرواية"]
REFUSERS = [("سامي الوردي", "سامي الوردي", "m"), ("حركة النور", "حركة النور", "f")]


@SETTINGS
@given(st.sampled_from(REFUSERS), st.sampled_from(REFUSED), st.sampled_from(["رفض", "يرفض"]))
def test_refusing_what_is_no_claim_denies_nothing(refuser, what, verb):
    """'رفضت الحركة الانسحاب من المدينة' (refused to withdraw), 'رفض X الهدنة': nothing denied, as 'رفض المقترح'."""
    subject, _label, gender = refuser
    verb = verb if gender == "m" else {"رفض": "رفضت", "يرفض": "ترفض"}[verb]
    units = said("ar", f"و{verb} {subject} {what}.")
    assert all(u[0] != "denial" for u in units), units


@SETTINGS
@given(st.sampled_from(REFUSERS), st.sampled_from(CLAIMED))
def test_refusing_claims_denies_them_whatever_their_form(refuser, what):
    """'رفضت الحركة مزاعم الحكومة', 'رفضت اتهامها بـ...' deny as 'رفضت الحركة الاتهامات' does."""
    subject, label, gender = refuser
    units = said("ar", f"ورفض{'ت' * (gender == 'f')} {subject} {what}.")
    assert [u[:2] for u in units] == [("denial", label)], units


def test_disowning_an_attack_denies_it():
    """'تنصلت الحركة من الهجوم' (disowned the attack) still denies: only refusing (رفض) wants a claim."""
    assert [u[:2] for u in said("ar", "وتنصلت حركة النور من الهجوم.")] == [("denial", "حركة النور")]


@SETTINGS
@given(
    st.sampled_from(["وقال سامي الوردي إن", "وأكد سامي الوردي أن", "وذكرت وكالة الأنباء الكسلية أن"]),
    st.sampled_from(["حركة النور", "وزارة الدفاع الكسلية", "الحركة"]),
    st.sampled_from(["وصفت التقارير بأنها كاذبة", "اعتبرت الاتهامات باطلة", "قالت إن الأنباء عارية عن الصحة"]),
)
def test_one_who_reports_anothers_words_that_deny_is_not_the_denier(reporting, body, calling):
    """'قال X إن الحركة وصفت التقارير بأنها كاذبة' (X said the movement called the reports false): the movement
    denies, as in 'قال X إن الحركة نفت التقارير'; X only reports it."""
    units = said("ar", f"{reporting} {body} {calling}.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", body)], units


@SETTINGS
@given(
    st.sampled_from(
        [
            "وقال خالد الكسلي إن القوات انسحبت",
            "وأكد خالد الكسلي أن القوات انسحبت",
            "وأعلن الجيش الكسلي السيطرة على المدينة",
        ]
    ),
    st.sampled_from(["، لكن", "، ولكن", "، إلا أن", "، غير أن", " لكن"]),
    st.sampled_from([("حركة النور", "نفت"), ("سامي الوردي", "نفى"), ("وزارة الدفاع الكسلية", "تنفي")]),
)
def test_after_but_a_denial_is_its_own_subjects(first, but, denier):
    """'أعلن الجيش السيطرة على المدينة، لكن الحركة نفت ذلك' (but the movement denied it): the movement denies, not
    the army that spoke first, nor 'القوات انسحبت، لكن الحركة' read as one name."""
    name, verb = denier
    units = said("ar", f"{first}{but} {name} {verb} ذلك.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", name)], units


def test_but_he_denies_as_the_one_who_spoke():
    """'قال X إن ...، لكنه نفى الاتهامات' (but he denied): X, the clause's 'he', not the words before the comma."""
    units = said("ar", "وقال خالد الكسلي إن القوات انسحبت، لكنه نفى الاتهامات.")
    assert [u[:2] for u in units] == [("denial", "خالد الكسلي")], units


@SETTINGS
@given(
    st.sampled_from([("وقال", "إن «{}»"), ("وأكد", "أن «{}»"), ("ونفى", "الاتهامات")]),
    st.sampled_from(['لـ"النهار"', "لـ«النهار»", "لخالد الكسلي"]),
)
def test_the_one_told_is_no_part_of_the_speaker_before_or_after_it(verb_what, told):
    """'وقال سامي الوردي لخالد الكسلي إن ...' (told Khalid) and 'وقال لـ"النهار" سامي الوردي إن ...' (told al-Nahar,
    the outlet before the subject) read as 'وقال سامي الوردي لـ"النهار" إن ...': Sami speaks."""
    verb, what = verb_what
    kind = "denial" if verb == "ونفى" else "quote"
    after = said("ar", f"{verb} سامي الوردي {told} {what.format(WORDS)}.")
    assert [u[:2] for u in after] == [(kind, "سامي الوردي")], after
    if told.startswith("لـ"):
        before = said("ar", f"{verb} {told} سامي الوردي {what.format(WORDS)}.")
        assert [u[:2] for u in before] == [(kind, "سامي الوردي")], before


@SETTINGS
@given(
    st.sampled_from(["زار {s} بغداد.", "والتقى {s} في بغداد."]),
    st.sampled_from(EARLIER[:2]),
    st.sampled_from([f"وقال: «{WORDS}».", f"وقالا: «{WORDS}».", "ونفى الاتهامات."]),
)
def test_after_two_people_named_without_speech_no_one_speaks_for_them(sentence, earlier, after):
    """'زار X وY بغداد. وقال: «...»' (X and Y visited Baghdad. He said): 'he' is neither for sure, nor the one who
    spoke before them; 'وقالا' (they both said) is a verb, no one named."""
    units = said("ar", earlier, sentence.format(s="سامي الوردي وخالد الكسلي"), after)
    assert [u[0] for u in units] == ["reported"], units


@SETTINGS
@given(
    st.sampled_from(REFUSERS),
    st.sampled_from(
        [
            "ودعا {s} الحركة إلى نفي الاتهامات.",
            "وطالب {s} الحكومة بنفي الأنباء.",
            "وقال {s} إن على الحركة أن تنفي الاتهامات.",
            "وقال {s} إن الحكومة رفضت أن تنفي الأنباء.",
        ]
    ),
)
def test_calling_on_another_to_deny_is_no_denial(speaker, sentence):
    """'دعا X الحركة إلى نفي الاتهامات' (called on the movement to deny), 'على الحركة أن تنفي' (must deny): no one has
    denied, least of all X, as 'سارعت الحركة إلى نفي' (hastened to deny) would have."""
    subject, _label, gender = speaker
    text = sentence.format(s=subject)
    if gender == "f":
        text = text.replace("ودعا ", "ودعت ").replace("وطالب ", "وطالبت ").replace("وقال ", "وقالت ")
    units = said("ar", text)
    assert all(u[0] != "denial" for u in units), units
    assert [u[:2] for u in said("ar", f"وسارعت {subject} إلى نفي الاتهامات.")] == [("denial", subject)]


@SETTINGS
@given(
    st.sampled_from(REFUSERS),
    st.sampled_from([("استنكر", "استنكرت", ""), ("ندد", "نددت", "ب"), ("أدان", "أدانت", "")]),
    st.sampled_from(["الاتهامات", "المزاعم الكسلية", "هذه الادعاءات"]),
)
def test_condemning_claims_denies_them_as_refusing_them_does(condemner, verb, claims):
    """'استنكرت الحركة الاتهامات' (condemned the accusations), 'ندد X بالمزاعم' deny them, as 'رفضت الحركة الاتهامات'
    does and as Persian 'این ادعاها را محکوم کرد'; condemning an attack ('أدان X الهجوم') denies nothing."""
    subject, label, gender = condemner
    condemn = verb[gender == "f"]
    with_claims = said("ar", f"و{condemn} {subject} {verb[2]}{claims}.")
    assert [u[:2] for u in with_claims] == [("denial", label)], with_claims
    attack = said("ar", f"و{condemn} {subject} {verb[2]}الهجوم على السفارة في العاصمة.")
    assert all(u[0] != "denial" for u in attack), attack


def test_a_sentence_without_speech_whose_subject_is_no_name_changes_no_one():
    """'ووصلت طائرة تقل X إلى بغداد' (a plane carrying X arrived): the subject is the plane, not X nor a person named
    'طائرة تقل X'; who spoke before still speaks, and no such person is drafted."""
    paragraphs = ("قال خالد الكسلي إن الوضع هادئ.", "ووصلت طائرة تقل سامي الوردي إلى بغداد.", f"وقال: «{WORDS}».")
    analysis = analyse("ar", *paragraphs)
    assert [(u.kind, u.speaker.label) for u in analysis.units][-1] == ("quote", "خالد الكسلي")
    assert [e.name for e in analysis.entities] == ["خالد الكسلي"]


# --- round 13 -------------------------------------------------------------------------------------------------------

# (warning verb, masculine and feminine) and what is warned against: rumours, false news, whoever spreads them
WARNING = [("وحذر", "وحذرت"), ("ويحذر", "وتحذر")]
WARNED_OF = [
    "الشائعات",
    "نشر الشائعات",
    "الأخبار الكاذبة التي تنشرها بعض المواقع",
    "الانجرار وراء الشائعات",
    "الإشاعات المغرضة",
    "المعلومات المضللة",
]


@SETTINGS
@given(
    st.sampled_from(REFUSERS),
    st.sampled_from(WARNING),
    st.sampled_from(["", "أبناء الشعب"]),
    st.sampled_from(WARNED_OF),
)
def test_warning_against_rumours_denies_nothing(warner, verb, whom, what):
    """'حذرت الحركة من الشائعات' (warned against rumours) is said, as 'حذرت الحركة من نشر الشائعات' (against spreading
    rumours) is: no report at hand is called false, so no denial; whoever is warned may stand before 'من'."""
    subject, label, gender = warner
    text = f"{verb[gender == 'f']} {subject} {whom} من {what}.".replace("  ", " ")
    units = said("ar", text)
    assert all(u[0] != "denial" for u in units) and all(u[1] == label for u in units), units


def test_warning_against_these_rumours_or_calling_them_false_still_denies():
    """'حذرت الحركة من هذه الشائعات' calls the reports at hand rumours ('these'), and a cue after the warning ('مؤكدة
    أن الأنباء عارية عن الصحة') denies as it would alone."""
    for text in ("وحذرت حركة النور من هذه الشائعات.", "وحذرت حركة النور من الشائعات، مؤكدة أن الأنباء عارية عن الصحة."):
        assert [u[:2] for u in said("ar", text)] == [("denial", "حركة النور")], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            ("سامي الوردي", "سامي الوردي", "m"),
            ("العميد سامي الوردي", "سامي الوردي", "m"),
            ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", "f"),
            ("مصدر في حركة النور", "مصدر في حركة النور", "m"),
        ]
    ),
    st.sampled_from(["لقناة النهار", "لوكالة الأنباء الكسلية", "لشبكة شفق نيوز", 'لصحيفة "النهار"']),
    st.sampled_from([("وقال", "إن «{}»", "quote"), ("وأكد", "أن «{}»", "quote"), ("ونفى", "الاتهامات", "denial")]),
)
def test_an_outlet_told_before_the_speaker_is_neither_the_speaker_nor_a_reason_to_fall_back(speaker, told, verb):
    """'وقال لقناة النهار سامي الوردي إن ...' (told al-Nahar TV, Sami al-Wardi said) is Sami's, as 'وقال سامي الوردي
    لقناة النهار إن ...' and 'وقال لـ"النهار" سامي الوردي' are: the outlet told without marks of its own is no subject,
    and the one who spoke in the paragraph before does not speak again for want of one."""
    subject, label, gender = speaker
    said_verb, what, kind = verb
    said_verb = said_verb if gender == "m" else {"وقال": "وقالت", "وأكد": "وأكدت", "ونفى": "ونفت"}[said_verb]
    before = "وقال خالد الكسلي إن الوضع هادئ تماما في المدينة."
    after = said("ar", before, f"{said_verb} {told} {subject} {what.format(WORDS)}.")
    assert [u[:2] for u in after[1:]] == [(kind, label)], after


@SETTINGS
@given(
    st.sampled_from(["وأشار سامي الوردي إلى أن", "وقال سامي الوردي إن", "وذكرت وكالة الأنباء الكسلية أن"]),
    st.sampled_from(["حركة النور", "وزارة الدفاع الكسلية"]),
    st.sampled_from(["نفت", "سبق أن نفت", "كانت قد نفت", "قد نفت", "تنفي دائما", "تنفي بشدة"]),
)
def test_a_reported_denial_is_its_subjects_in_every_tense(reporting, body, verb):
    """'قال X إن الحركة سبق أن نفت ...' (had previously denied), 'كانت قد نفت', 'تنفي دائما' (always denies): the
    movement denies, as in 'قال X إن الحركة نفت ...'; never X who reports it, nor the adverb read as a subject."""
    units = said("ar", f"{reporting} {body} {verb} هذه الاتهامات.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", body)], units


@SETTINGS
@given(
    st.sampled_from(["واتهمت وزارة الدفاع الكسلية", "واتهم سامي الوردي"]),
    st.sampled_from(["بالوقوف وراء الهجوم", "بتنفيذ الهجوم", "بالتخطيط للهجوم"]),
    st.sampled_from(["، فيما نفت الحركة ذلك", "، لكن الحركة نفت ذلك", "، وهو ما نفته الحركة"]),
)
def test_the_body_accused_denies_by_its_name_not_by_the_charge_after_it(accuser, charge, denial):
    """'اتهمت الوزارة حركة النور بالوقوف وراء الهجوم، فيما نفت الحركة ذلك': 'الحركة' is حركة النور, the body named
    before, whatever the charge that follows its name ('بالوقوف وراء ...' is no part of it)."""
    units = said("ar", f"{accuser} حركة النور {charge}{denial}.")
    assert [u[:2] for u in units if u[0] == "denial"] == [("denial", "حركة النور")], units


@SETTINGS
@given(
    st.sampled_from(
        [
            "المتحدث باسم حركة النور سامي الوردي",
            "الناطق باسم حركة النور سامي الوردي",
            "سامي الوردي المتحدث باسم حركة النور",
            "سامي الوردي، المتحدث باسم حركة النور،",
        ]
    ),
    st.sampled_from(
        [
            "هذا الشخص لا ينتمي إلى الحركة",
            "عناصرنا لا يتواجدون في المدينة",
            "لا وجود لقواتنا في المدينة",
            "الحركة لم تنفذ أي هجوم",
        ]
    ),
)
def test_a_spokesman_restates_his_bodys_denial_in_words_that_say_it_is_not_so(spokesman, words):
    """'نفت حركة النور الاتهامات. وقال المتحدث باسم الحركة X إن «هذا الشخص لا ينتمي إلى الحركة»' (does not belong to
    the movement): his words restate the denial, as 'لا وجود' (there is none) and 'لم تنفذ' (did not carry out) do;
    his office written after his name ('X المتحدث باسم الحركة') is his, not the object of the verb."""
    units = said("ar", "ونفت حركة النور الاتهامات.", f"وقال {spokesman} إن «{words}».")
    assert [u[0] for u in units] == ["denial", "denial"], units


@SETTINGS
@given(
    st.sampled_from(["مرارا", "قطعيا", "بشدة", "أيضا", "مجددا"]),
    st.sampled_from([("ونفى", "سامي الوردي"), ("ونفت", "وزارة الدفاع الكسلية")]),
    st.booleans(),
)
def test_an_adverb_before_or_after_the_subject_leaves_it_the_denier(adverb, verb_subject, before):
    """'ونفى مرارا X الاتهامات' (repeatedly denied) and 'ونفى X مرارا الاتهامات' read as 'ونفى X الاتهامات', as 'وقال
    أيضا X' reads as 'وقال X أيضا': the adverb is never the subject nor part of it."""
    verb, subject = verb_subject
    text = f"{verb} {adverb} {subject} الاتهامات." if before else f"{verb} {subject} {adverb} الاتهامات."
    units = said("ar", "قال خالد الكسلي إن الوضع هادئ تماما في المدينة.", text)
    assert [u[:2] for u in units[1:]] == [("denial", subject)], units
