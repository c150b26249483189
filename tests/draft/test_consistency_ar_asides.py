"""Arabic, round 21: denials and quotations read alike whatever stands beside the speaker (issue 17; metamorphic tests).

Made-up sentences with invented names (رائد البحراني، سلمى الراوي، وزارة الداخلية الكسلية، جماعة الفجر الجديد, the
outlet 'النهار'), varied along axes that leave who said what unchanged:

- a subject before its verb with an aside after it that no comma closes: a statement or a remark ('الوزارة في بيان
  نفت'، 'X في تصريح لـ«النهار» قال'), the outlet told ('X لوكالة النهار نفى'), a day ('X يوم الأحد قال'), also after
  what is set beside the subject between commas ('X، المتحدث باسم ...، في بيان نفى');
- an unnamed source with its adjectives before 'في' ('مصدر مسؤول في الوزارة نفى'), before its verb;
- an opening phrase before a verb-first denial by a source close to a body ('من جهته، نفى مصدر مقرب من X'): the
  verb 'نفى' is no verbal noun 'نفي' whose agent follows 'من';
- the set phrase of a flat denial between verb and object ('نفى مصدر أمني جملة وتفصيلا الأنباء');
- 'according to' as 'وفق X' and 'على حد قول/تعبير X', before or after what is said; not 'وفق الاتفاق' (in
  accordance with the agreement), which names no one.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import said

WORDS = "القوات باقية في مواقعها"
DENIED = "الأنباء عن انسحاب القوات من مدينة الزهراء"

# (subject as written, the label it is read as, feminine verb)
SPEAKERS = [
    ("رائد البحراني", "رائد البحراني", False),
    ("المتحدث باسم وزارة الداخلية الكسلية رائد البحراني", "رائد البحراني", False),
    ("رائد البحراني، المتحدث باسم وزارة الداخلية الكسلية،", "رائد البحراني", False),
    ("النائبة سلمى الراوي، عضو لجنة الأمن،", "سلمى الراوي", True),
    ("وزارة الداخلية الكسلية", "وزارة الداخلية الكسلية", True),
    ("جماعة الفجر الجديد", "جماعة الفجر الجديد", True),
    ("مصدر أمني", "مصدر أمني", False),
    ("مصادر مطلعة", "مصادر مطلعة", True),
]
# asides after a subject before its verb, no comma closing them ({h}: 'ه' or 'ها', his or her)
ASIDES = [
    "في بيان",
    "في بيان صحفي",
    "في تصريح لـ«النهار»",
    'في تصريح لـ"النهار"',
    "لوكالة النهار",
    "في تصريح خاص لوكالة النهار",
    "يوم الأحد",
    "في بيان نشر{h} على موقع{h} الرسمي",
]
DENYING = [("نفى", "نفت"), ("ينفي", "تنفي"), ("أنكر", "أنكرت"), ("كذّب", "كذّبت")]


def _one(units: list[tuple[str, str, str]], kind: str, label: str) -> bool:
    return [u[:2] for u in units] == [(kind, label)]


def _aside(aside: str, feminine: bool) -> str:
    return aside.format(h="ته" if feminine else "ه").replace("موقعته", "موقعها")


@pytest.mark.parametrize("speaker", SPEAKERS, ids=lambda s: s[1])
def test_a_subject_before_its_verb_with_an_aside_after_it_denies_and_speaks(speaker):
    """'الوزارة في بيان نفت الأنباء' as 'الوزارة نفت الأنباء', 'X يوم الأحد قال: «...»' as 'X قال: «...»'."""
    subject, label, feminine = speaker
    wrong = []
    for aside, verb in itertools.product(ASIDES, DENYING):
        sentence = f"{subject} {_aside(aside, feminine)} {verb[feminine]} {DENIED}."
        if not _one(said("ar", sentence), "denial", label):
            wrong.append(sentence)
    for aside, marks in itertools.product(ASIDES, ("«»", '""', "“”")):
        sentence = f"{subject} {_aside(aside, feminine)} {'قالت' if feminine else 'قال'}: {marks[0]}{WORDS}{marks[1]}."
        units = said("ar", sentence)
        if not (_one(units, "quote", label) and units[0][2] == WORDS):
            wrong.append(sentence)
    assert not wrong, wrong


def test_an_aside_with_a_quotation_or_a_verb_of_its_own_is_no_aside():
    """(a guard) the cut stops where the aside holds a verb of saying: its subject is the aside's own."""
    units = said("ar", "الوزارة في بيان قال فيه الوزير إن القوات تنفي الأنباء.")
    assert [u[1] for u in units] != ["الوزارة"], units


def test_this_came_before_an_aside_is_no_subject():
    """(a guard) 'جاء ذلك في مؤتمر صحفي ... رد فيه' (this came in a press conference in which he answered): a clause of
    its own, not a subject 'جاء ذلك' before the verb."""
    sentence = (
        "جاء ذلك في مؤتمر صحفي للعقيد رائد البحراني أمس رد فيه على سؤال حول الأنباء، قائلا إنها «مسرحية لا تستحق الرد»."
    )
    assert all(u[1] != "جاء ذلك" for u in said("ar", sentence))


SOURCES = [
    ("مصدر مسؤول في وزارة الداخلية الكسلية", False),
    ("مصدر أمني رفيع في جماعة الفجر الجديد", False),
    ("مصادر مطلعة في وزارة الداخلية الكسلية", True),
    ("مسؤول كبير في جماعة الفجر الجديد", False),
]


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s[0])
def test_an_unnamed_source_with_its_adjectives_before_in_is_a_subject_before_its_verb(source):
    """'مصدر مسؤول في الوزارة نفى' as 'مصدر في الوزارة نفى': the source's adjectives stand before the body it is in."""
    subject, feminine = source
    wrong = []
    for verb in DENYING:
        sentence = f"{subject} {verb[feminine]} {DENIED}."
        if not _one(said("ar", sentence), "denial", subject):
            wrong.append(sentence)
    sentence = f"{subject} {'قالت' if feminine else 'قال'}: «{WORDS}»."
    if not _one(said("ar", sentence), "quote", subject):
        wrong.append(sentence)
    assert not wrong, wrong


OPENINGS = ["من جهته، ", "من جانبه، ", "بدوره، ", "في المقابل، ", "وفي المقابل، ", ""]
CLOSE = ["مصدر مقرب من جماعة الفجر الجديد", "مسؤول مقرب من وزارة الداخلية الكسلية", "مصدر قريب من الحكومة الكسلية"]


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_source_close_to_a_body_denies_after_an_opening_phrase(opening):
    """'من جهته، نفى مصدر مقرب من X' as 'ونفى مصدر مقرب من X': the source denies, not X (the verb 'نفى', folded as
    the noun 'نفي', was read as 'a denial by X')."""
    wrong = []
    for source, denied in itertools.product(CLOSE, (DENIED, f"بشكل قاطع {DENIED}", "أن تكون القوات قد انسحبت")):
        sentence = f"{opening or 'و'}نفى {source} {denied}."
        if not _one(said("ar", sentence), "denial", source):
            wrong.append(sentence)
    assert not wrong, wrong


def test_a_denial_as_a_noun_by_a_body_is_still_the_bodys():
    """(a guard) 'وصدر نفي قاطع من الحركة' (a firm denial came from the movement): the agent after 'من' denies."""
    assert _one(said("ar", "وصدر نفي قاطع من الحركة للأنباء."), "denial", "الحركة")


@pytest.mark.parametrize("subject", ["مصدر أمني", "مصادر مطلعة", "مكتب رئيس الوزراء الكسلي", "رائد البحراني"])
def test_altogether_and_in_detail_ends_the_subject(subject):
    """'ونفى مصدر أمني جملة وتفصيلا الأنباء' (denied altogether): the phrase is no part of the source."""
    feminine = subject == "مصادر مطلعة"
    for phrase in ("جملة وتفصيلا", "جملةً وتفصيلاً"):
        sentence = f"و{'نفت' if feminine else 'نفى'} {subject} {phrase} {DENIED}."
        assert _one(said("ar", sentence), "denial", subject), sentence


ACCORDING_TO = [
    ("ووفق {s}، لا صحة لـ{d}.", "denial"),
    ("و{d} عارية عن الصحة، وفق {s}.", "denial"),
    ("ووفق {s}، فإن «{w}».", "quote"),
    ("«{w}»، وفق {s}.", "quote"),
    ("«{w}»، على حد قول {s}.", "quote"),
    ("«{w}»، على حد تعبير {s}.", "quote"),
]


@pytest.mark.parametrize("speaker", [s for s in SPEAKERS if "،" not in s[0]], ids=lambda s: s[1])
def test_according_to_as_wafq_or_as_one_put_it_gives_the_words_to_the_one_named(speaker):
    """'وفق مصدر أمني' as 'وفقا لمصدر أمني'; '«...»، على حد قول X' (as X put it) as '«...»، بحسب X'."""
    subject, label, _ = speaker
    wrong = []
    for pattern, kind in ACCORDING_TO:
        sentence = pattern.format(s=subject, d="الأنباء عن انسحاب القوات", w=WORDS)
        if not _one(said("ar", sentence), kind, label):
            wrong.append(sentence)
    assert not wrong, wrong


def test_in_accordance_with_names_no_one():
    """(a guard) 'وفق الاتفاق' (in accordance with the agreement), 'وفق القانون': no speaker."""
    for sentence in ("ووفق الاتفاق، تنسحب القوات خلال «أسبوعين».", "ووفق القانون، فإن «القوات يجب أن تنسحب»."):
        assert said("ar", sentence) == [], sentence


def test_an_account_is_what_is_denied_and_according_to_whose_account_is_its_owner():
    """'كذب مصدر أمني رواية الوكالة' (belied the agency's account): the account ends the subject; 'حسب رواية الجيش'
    (according to the army's account) gives the words to the army, as 'حسب قول الجيش'."""
    for subject in ("مصدر أمني", "رائد البحراني"):
        assert _one(said("ar", f"وكذب {subject} رواية وكالة النهار عن انسحاب القوات."), "denial", subject)
    assert said("ar", f"«{WORDS}»، حسب رواية الجيش الكسلي.") == [("quote", "الجيش الكسلي", WORDS)]


@pytest.mark.parametrize("verb", ["وجدد", "وأكد"])
def test_a_verb_and_its_subject_before_a_comma_are_no_opening_phrase(verb):
    """'وجدد X، المتحدث باسم Y، نفيه' as 'وجدد X نفيه': the comma after the subject sets off what stands beside it, it
    closes no opening phrase ('من جهته، جدد X نفيه'), so the denier is X, not the words after the comma."""
    for subject in ("رائد البحراني، المتحدث باسم وزارة الداخلية الكسلية،", "رائد البحراني"):
        sentence = f"{verb} {subject} نفيه للأنباء عن انسحاب القوات."
        assert _one(said("ar", sentence), "denial", "رائد البحراني"), sentence


@pytest.mark.parametrize(
    "headline",
    [
        'جماعة الفجر الجديد تنفي مزاعم "النهار": {w}',
        "جماعة الفجر الجديد تنفي مزاعم الـ«النهار»: {w}",
        "جماعة الفجر الجديد ترد على «النهار»: {w}",
    ],
)
def test_whom_a_headline_answers_in_marks_before_its_colon_is_no_quotation(headline):
    """'X تنفي مزاعم "Y": ...' (X denies Y's claims: ...): Y in marks names whom X answers, X's words follow the colon
    (they were read as a quotation "Y" and the words after the colon were lost)."""
    words = "انحدار مهني وأخلاقي"
    units = said("ar", headline.format(w=words), "ونفت جماعة الفجر الجديد مزاعم صحيفة النهار.")
    assert units[0][1:] == ("جماعة الفجر الجديد", words), units  # (answering alone denies nothing: 'ترد على')
