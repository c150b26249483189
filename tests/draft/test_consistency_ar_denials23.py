"""Arabic denials, round 23: variants of who denies, how and where are read alike (issue 17; metamorphic tests).

Made-up sentences with invented names (سامي الوردي، خالد الكسلي، وزارة الدفاع الكسلية، حركة النور, the outlet
'النهار'), on axes the earlier modules (test_consistency_ar*.py, test_consistency_denials_ar_fa.py) leave open. Each
variant is compared with its plain twin, 'ونفى X الأنباء عن انسحاب القوات', which names the same denier:

- what stands between a verb-first denial and its subject: an aside between commas ('ونفى، في بيان، X'), a day or
  'yesterday' without commas ('ونفت أمس X', 'ونفت يوم الأحد X'), 'for its part' ('ونفت بدورها X'), a statement
  without commas ('ونفت في بيان X'); a verb of purpose after the subject ('وخرج X لينفي');
- an unnamed official with the wish to stay unnamed written without commas ('مسؤول كسلي طلب عدم الكشف عن اسمه');
- 'he' or 'she' with 'and' written onto it before the verb, continuing the last speaker ('وهو ينفي', 'وهي تنفي');
- a denial named as the sentence's opening ('وفي نفي للأنباء ...، قالت X إن ...'): the sentence's subject denies;
- every verb of denying of the lexicon in the past and the present, every way of calling a report untrue after
  'أكد أن', the report answered named by its outlet ('نفت X تقريرا لوكالة رويترز'), the accuser after the claims
  ('اتهامات حركة النور'), a denial continued in the next paragraph with no subject ('كما نفى', 'وكان قد نفى');
- guards: a negated verb of denying ('لم يكذب', 'لم ترفض الاتهامات', 'لا ينفي'), being unable to deny ('لم يستطع
  نفي'), confirming ('أكد الأنباء'), asking another to deny ('طالب الوزارة بنفي'): no denial.

Left out: the headline (paragraph 1 is skipped by drafting and by ``said``); 'صرح X للنهار' (an outlet told written
with the article's 'لل', which also opens offices' chains: 'المستشار للشؤون الأمنية').
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import said

DENIED = "الأنباء عن انسحاب القوات من مدينة الزهراء"

# (subject as written, the label it is read as, feminine verb)
DENIERS = [
    ("سامي الوردي", "سامي الوردي", False),
    ("الوزير سامي الوردي", "سامي الوردي", False),
    ("وزير الدفاع الكسلي سامي الوردي", "سامي الوردي", False),
    ("اللواء سامي الوردي", "سامي الوردي", False),
    ("المتحدث باسم حركة النور سامي الوردي", "سامي الوردي", False),
    ("سامي الوردي، وزير الدفاع الكسلي،", "سامي الوردي", False),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True),
    ("حركة النور", "حركة النور", True),
    ("الحكومة الكسلية", "الحكومة الكسلية", True),
    ("مصدر مقرب من حركة النور", "مصدر مقرب من حركة النور", False),
]


def _pair(verb: str, feminine: bool) -> str:
    return {"نفى": "نفت", "ينفي": "تنفي", "قال": "قالت", "أكد": "أكدت"}.get(verb, verb + "ت") if feminine else verb


def _denials(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [u[:2] for u in units if u[0] == "denial"]


# --- what stands between a verb-first denial and its subject ---------------------------------------------------------

BETWEEN = ["، في بيان،", "، يوم الأحد،", "، الأحد،", " أمس", " يوم الأحد", " الأحد", "، أمس،", "، في تصريحات صحفية،"]


# (an aside between commas next to a subject between commas is not how news writes it)
ASIDES = [
    (f"و{_pair(verb, feminine)}{between} {subject} {DENIED}.", f"و{_pair(verb, feminine)} {subject} {DENIED}.", label)
    for between, (subject, label, feminine), verb in itertools.product(
        BETWEEN, [d for d in DENIERS if "،" not in d[0]], ("نفى", "ينفي")
    )
]


@pytest.mark.parametrize("variant", ASIDES, ids=range(len(ASIDES)))
def test_an_aside_or_a_day_between_the_verb_and_its_subject_leaves_the_denier(variant):
    """'ونفى، في بيان، X الأنباء' (denied, in a statement, X the reports) and 'ونفت أمس الوزارة الأنباء' (denied
    yesterday the ministry): X denies, as in 'ونفى X الأنباء'."""
    sentence, plain, label = variant
    assert _denials(said("ar", sentence)) == _denials(said("ar", plain)) == [("denial", label)], sentence


# ({h}: the pronoun written onto 'its part' or 'its statement', 'ه' or 'ها')
TURNS = [" بدور{h}", " من جهت{h}", " من جانب{h}", " في بيان", " في بيان ل{h}", " في بيان رسمي", " في تصريح صحفي"]
TURNED = [
    (
        f"و{_pair(verb, feminine)}{turn.format(h='ها' if feminine else 'ه')} {subject} {DENIED}.",
        f"و{_pair(verb, feminine)} {subject} {DENIED}.",
        label,
    )
    for turn, (subject, label, feminine), verb in itertools.product(
        TURNS, [DENIERS[i] for i in (0, 2, 4, 6, 9)], ("نفى", "ينفي")
    )
]


@pytest.mark.parametrize("variant", TURNED, ids=range(len(TURNED)))
def test_for_its_part_or_in_a_statement_between_the_verb_and_its_subject_leaves_the_denier(variant):
    """'ونفت بدورها الوزارة الأنباء' (denied, for its part, the ministry), 'ونفت في بيان الوزارة الأنباء' (denied in a
    statement the ministry): as 'ونفت الوزارة الأنباء', and as 'ومن جهتها نفت الوزارة'."""
    sentence, plain, label = variant
    assert _denials(said("ar", sentence)) == _denials(said("ar", plain)) == [("denial", label)], sentence


def test_a_statement_a_clause_describes_is_no_subject():
    """(a guard) 'وأضاف في بيان صحافي حصلت النهار على نصه قائلا: «...»' (added, in a press statement al-Nahar obtained,
    saying): no subject after the statement; the one who spoke before goes on, as after 'وأضاف في بيان'."""
    units = said(
        "ar",
        "وقال المتحدث باسم حركة النور سامي الوردي إن الوضع هادئ.",
        "وأضاف في بيان صحافي حصلت النهار على نصه قائلا: «نحن ننفي نفيا قاطعا صحة هذه الأنباء».",
    )
    assert _denials(units) == [("denial", "سامي الوردي")], units


PURPOSES = [("وخرج", "لينفي"), ("وعاد", "ليكذب"), ("وسارع", "لينفي"), ("وخرجت", "لتنفي"), ("وعادت", "لتنفي")]


@pytest.mark.parametrize("purpose", PURPOSES, ids=lambda p: " ".join(p))
def test_a_verb_of_purpose_after_the_subject_is_no_part_of_it(purpose):
    """'وخرج سامي الوردي لينفي الأنباء' (came out to deny the reports): Sami denies, never 'سامي الوردي لينفي'."""
    went, deny = purpose
    wrong = []
    for subject, label, _ in [d for d in DENIERS if d[2] == went.endswith("ت") and "،" not in d[0]]:
        sentence = f"{went} {subject} {deny} {DENIED}."
        if _denials(said("ar", sentence)) != [("denial", label)]:
            wrong.append((sentence, said("ar", sentence)))
    assert not wrong, wrong


def test_a_day_before_a_verb_with_no_subject_is_no_subject():
    """(a guard) 'وقال سامي ...' then 'ونفى أمس الأنباء': no subject after the day; the last speaker denies."""
    units = said("ar", "وقال سامي الوردي إن الوضع هادئ.", f"ونفى أمس {DENIED}.")
    assert _denials(units) == [("denial", "سامي الوردي")], units


# --- an unnamed official who asked not to be named ----------------------------------------------------------------

UNNAMED = [
    ("مسؤول كسلي", "مسؤول كسلي"),
    ("مسؤول في الوزارة", "مسؤول في الوزارة"),
    ("مصدر أمني كسلي", "مصدر أمني كسلي"),
    ("مصدر مقرب من حركة النور", "مصدر مقرب من حركة النور"),
]
WISHES = ["طلب عدم الكشف عن اسمه", "فضل عدم ذكر اسمه", "رفض الكشف عن هويته", "طلب عدم نشر اسمه"]
WISHED = [
    ("و" + shape.format(s=source, w=wish, d=DENIED) + ".", label)
    for (source, label), wish, shape in itertools.product(
        UNNAMED, WISHES, ["نفى {s} {w} {d}", "نفى {s}، {w}، {d}", "قال {s} {w} إن {d} عارية عن الصحة"]
    )
]


@pytest.mark.parametrize("variant", WISHED, ids=range(len(WISHED)))
def test_an_unnamed_official_who_asked_not_to_be_named_denies_with_or_without_commas(variant):
    """'ونفى مسؤول كسلي طلب عدم الكشف عن اسمه الأنباء' as 'ونفى مسؤول كسلي، طلب عدم الكشف عن اسمه، الأنباء': the
    wish to stay unnamed is no part of the denier, with or without its commas, before the object or 'إن'."""
    sentence, label = variant
    assert _denials(said("ar", sentence)) == [("denial", label)], sentence


# --- 'he' or 'she' before the verb, continuing the last speaker -------------------------------------------------------

PRONOUNS = [("وهو", "ينفي"), ("وهو", "نفى"), ("فهو", "ينفي"), ("وهي", "تنفي"), ("وهي", "نفت"), ("وهم", "ينفون")]


@pytest.mark.parametrize("pronoun", PRONOUNS, ids=lambda p: " ".join(p))
@pytest.mark.parametrize("after", ["", "بدوره", "من جهته"])
def test_he_or_she_before_a_verb_of_denying_is_the_last_speaker_of_that_gender(pronoun, after):
    """'وقال سامي ...' then 'وهو ينفي الأنباء' (and he denies the reports): Sami denies, as in 'وينفي الأنباء'; 'وهي'
    after a body that spoke is the body. 'and' written onto 'he' is no name."""
    he, verb = pronoun
    if after and he != "وهو":
        return
    first = "وقالت وزارة الدفاع الكسلية إن الوضع هادئ." if he == "وهي" else "وقال سامي الوردي إن الوضع هادئ."
    label = "وزارة الدفاع الكسلية" if he == "وهي" else "سامي الوردي"
    if he == "وهم":
        first, label = "وقال المسؤولون الكسليون إن الوضع هادئ.", "المسؤولون الكسليون"
    units = said("ar", first, f"{he} {after} {verb} {DENIED}.".replace("  ", " "))
    assert _denials(units) == [("denial", label)], units


# --- a denial named as the sentence's opening ---------------------------------------------------------------------

OPENINGS = ["وفي نفي للأنباء عن انسحاب القوات،", "وفي نفي رسمي،", "وفي نفي قاطع لهذه الأنباء،", "في نفي للأنباء،"]
OPENED = [
    (f"{opening} {_pair('قال', feminine)} {subject} إن القوات باقية في مواقعها.", label)
    for opening, (subject, label, feminine) in itertools.product(OPENINGS, DENIERS)
]


@pytest.mark.parametrize("variant", OPENED, ids=range(len(OPENED)))
def test_a_denial_opening_the_sentence_is_its_subjects(variant):
    """'وفي نفي للأنباء ...، قالت الوزارة إن القوات باقية' (in a denial of the reports, the ministry said): the
    ministry denies, as in 'ونفت الوزارة الأنباء ... وقالت إن القوات باقية'; never 'للأنباء' or 'رسمي' (official)."""
    sentence, label = variant
    assert _denials(said("ar", sentence)) == [("denial", label)], sentence


# --- every verb, every way of calling a report untrue, what is denied ------------------------------------------------

VERBS = [
    ("نفى", "نفت"),
    ("ينفي", "تنفي"),
    ("كذب", "كذبت"),
    ("يكذب", "تكذب"),
    ("فند", "فندت"),
    ("يفند", "تفند"),
    ("أنكر", "أنكرت"),
    ("ينكر", "تنكر"),
    ("دحض", "دحضت"),
    ("يدحض", "تدحض"),
]
OBJECTS = [
    DENIED,
    "ذلك",
    "تقريرا لوكالة رويترز أفاد بانسحاب القوات",
    "تقريرا نشرته صحيفة النهار عن انسحاب القوات",
    "ما أوردته وكالة رويترز عن انسحاب القوات",
    "اتهامات حركة البرق بقصف المدينة",
    "اتهامات وجهتها حركة البرق بقصف المدينة",
    "الشائعات حول انسحاب القوات",
    "أن تكون القوات قد انسحبت",
    "بشدة المزاعم بشأن انسحاب القوات",
]
WORDED = [
    (f"و{verb[feminine]} {subject} {what}.", label)
    for (subject, label, feminine), verb, what in itertools.product([DENIERS[i] for i in (3, 9)], VERBS, OBJECTS)
]


@pytest.mark.parametrize("variant", WORDED, ids=range(len(WORDED)))
def test_every_verb_of_denying_with_every_object_has_the_plain_denier(variant):
    """'ونفت الوزارة تقريرا لوكالة رويترز أفاد ...', 'ونفت الوزارة اتهامات حركة البرق ...': the report's outlet and
    the accuser after the claims are what is denied, never the denier; in every verb of the lexicon."""
    sentence, label = variant
    assert _denials(said("ar", sentence)) == [("denial", label)], sentence


UNTRUE = [
    "لا أساس لها من الصحة",
    "عارية تماما عن الصحة",
    "بعيدة كل البعد عن الحقيقة",
    "بعيدة كل البعد عن الصحة",
    "بعيدة عن الواقع",
    "محض افتراء",
    "لا تمت إلى الحقيقة بصلة",
    "مجرد أكاذيب",
    "غير صحيحة على الإطلاق",
    "أخبار ملفقة",
    "مجرد شائعات",
    "مفبركة جملة وتفصيلا",
]
CALLED = [
    ("و" + shape.format(t="ت" if feminine else "", s=subject, d=DENIED, u=untrue) + ".", label)
    for untrue, (subject, label, feminine), shape in itertools.product(
        UNTRUE,
        [DENIERS[1], DENIERS[6]],
        ["أكد{t} {s} أن {d} {u}", "قال{t} {s} إن «{d} {u}»", "أوضح{t} {s} أن {d} {u}"],
    )
]


@pytest.mark.parametrize("variant", CALLED, ids=range(len(CALLED)))
def test_every_way_of_calling_the_reports_untrue_denies(variant):
    """'وأكد X أن الأنباء ... بعيدة كل البعد عن الحقيقة' (far, all the way, from the truth) as '... عارية عن الصحة':
    after 'أكد أن', 'قال إن', 'أوضح أن', and quoted."""
    sentence, label = variant
    assert _denials(said("ar", sentence)) == [("denial", label)], sentence


# --- a denial continued in the next paragraph --------------------------------------------------------------------

NEXT = ["ونفى {d}.", "كما نفى {d}.", "ونفى أيضا {d}.", "وكان قد نفى {d}.", "ونفى الوردي {d}."]


@pytest.mark.parametrize("next_", NEXT)
def test_a_denial_in_the_paragraph_after_another_speaker_is_that_speakers(next_):
    """'وقال خالد ...' then 'وقال سامي ...' then 'كما نفى الأنباء': Sami, the last to speak, denies; a later
    paragraph with the surname alone is his too."""
    units = said(
        "ar",
        "وقال خالد الكسلي إن القوات تتقدم.",
        "وقال وزير الدفاع الكسلي سامي الوردي إن الوضع هادئ.",
        next_.format(d=DENIED),
    )
    assert _denials(units) == [("denial", "سامي الوردي")], units


# --- guards ---------------------------------------------------------------------------------------------------------

NOT_DENYING = [
    "ولم {v} {s} {d}",
    "ولا {v} {s} {d}",
    "ولن {v} {s} {d}",
    "ولم يستطع {s} نفي {d}",
    "ولم يتمكن {s} من نفي {d}",
    "وامتنع {s} عن نفي {d}",
    "وأكد {s} {d}",
    "وطالب {s} الحكومة بنفي {d}",
]
UNDENIED = sorted(
    {
        shape.format(v=("ت" + verb[1:]) if feminine else verb, s=subject, d="الاتهامات" if verb == "يرفض" else DENIED)
        + "."
        for shape, (subject, _, feminine), verb in itertools.product(
            NOT_DENYING, [DENIERS[i] for i in (0, 1, 6, 9)], ["يكذب", "يرفض", "ينفي", "ينكر"]
        )
    }
)


@pytest.mark.parametrize("sentence", UNDENIED, ids=range(len(UNDENIED)))
def test_a_negated_or_unable_denial_or_a_confirmation_is_no_denial(sentence):
    """(guards) 'ولم يكذب X الأنباء' (did not deny), 'ولم ترفض الوزارة الاتهامات' (did not reject), 'ولا ينفي' (does
    not deny), 'لم يستطع X نفي' (could not deny), 'أكد' (confirmed): nothing is denied, and no 'ولم' speaks."""
    units = said("ar", sentence)
    assert not _denials(units) and not any(u[1] in ("ولم", "ولا", "ولن") for u in units), (sentence, units)


def test_we_neither_deny_nor_confirm_quoted_is_no_denial():
    """(a guard) '«لا ننفي ولا نؤكد هذه الأنباء»' (we neither deny nor confirm these reports): a quotation, as 'لم
    ينف' is no denial; '«ننفي هذه الأنباء»' still denies."""
    assert said("ar", "وقالت وزارة الدفاع الكسلية: «لا ننفي ولا نؤكد هذه الأنباء».")[0][:2] == (
        "quote",
        "وزارة الدفاع الكسلية",
    )
    assert _denials(said("ar", "وقالت وزارة الدفاع الكسلية: «ننفي هذه الأنباء».")) == [
        ("denial", "وزارة الدفاع الكسلية")
    ]
