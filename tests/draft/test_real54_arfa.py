"""Round 54's arfa helper: Arabic shapes of who denies, on made-up sentences.

1. A source, an official or a leader 'in' a movement named by one word that is also a given name ('نفى مصدر في فتح
   الأنباء', 'وقال قيادي في أمل إن ...'): the movement is part of who speaks, as 'مصادر في حماس' (round 53); before,
   name data took 'فتح' for a person's name and a bare 'مصدر' was drafted.
2. Whoever a speaker's 'that' names said to lie ('وقال X إن الاحتلال يكذب', 'إن نتنياهو يكذب على شعبه', 'أضاف أنهم
   يكذبون ويختلقون الذرائع', 'إن الوزارة كذبت حين أعلنت ...'): the speaker denies what the liar said; before, the one
   called a liar was drafted as denying. Not 'belies' ('إن الوزارة تكذب الأنباء', with the shadda or what it belies
   after it), nor negated ('إن الحركة لا تكذب').
3. 'باسم' opening a holder's name after an office that speaks for no one ('ونفى القيادي في حماس، باسم نعيم، ...',
   'وقال وزير الصحة السابق في غزة باسم نعيم إن ...'): the given name Basem, not 'on behalf of'; before, the name was
   dropped and the office alone drafted. After a spokesman ('المتحدث باسم X', 'الناطق باسم مقتدى الصدر') it stays
   'on behalf of'.

Sentences are ours; the bodies are real, the people made up or public figures.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import af_claimants, af_units


def units(*paragraphs: str, on_file: bool = False) -> list[tuple[str, str]]:
    """(kind, speaker) of every Arabic unit drafted after the lead, with the names on file where ``on_file``."""
    return af_units("ar", *paragraphs, on_file=on_file)


# --- 1. a source 'in' a movement named by a word that is also a given name --------------------------------------------

SOURCES = ["مصدر في فتح", "مصادر في فتح", "مسؤول في فتح", "قيادي في فتح", "قيادي بارز في فتح", "مصدر في أمل"]
SOURCE_SAID = [
    "نفى {who} هذه الأنباء.",
    "ونفى {who} صحة ما نشرته الصحيفة عن لقاء الوفدين.",
    "وقال {who} إن الخبر عار عن الصحة.",
    "وقال {who} لوكالة فرانس برس إن هذه التقارير لا أساس لها من الصحة.",
]


@pytest.mark.parametrize("who", SOURCES)
@pytest.mark.parametrize("words", SOURCE_SAID)
@pytest.mark.parametrize("on_file", [True, False])
def test_source_in_a_movement_named_like_a_person(who, words, on_file):
    got = units(words.format(who=who), on_file=on_file)
    assert got == [("denial", who)]


def test_source_in_a_movement_claims_too():
    assert units("وأكد مسؤول في فتح أن الحركة لم تتلق أي دعوة للحوار.") == [("reported", "مسؤول في فتح")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a holder's name after the movement, as before
        ("نفى القيادي في فتح عزام الأحمد هذه الأنباء.", [("denial", "عزام الأحمد")]),
        # the movement with its body's word, as before
        ("نفى مصدر في حركة فتح هذه الأنباء.", [("denial", "مصدر في حركة فتح")]),
        # another given name after 'في' is no body: the source alone, as before
        ("نفى مصدر في سامي هذه الأنباء.", [("denial", "مصدر")]),
        # a call or a time after 'في', as before
        ("نفى مصدر في اتصال هاتفي هذه الأنباء.", [("denial", "مصدر")]),
    ],
)
def test_source_in_a_movement_near_misses(sentence, expected):
    assert units(sentence) == expected


# --- 2. one called a liar in a speaker's 'that' -----------------------------------------------------------------------

SPEAKERS = ["حازم قاسم", "المتحدث باسم حماس", "سامي الوردي"]
LIARS = [
    "وقال {who} إن الاحتلال يكذب.",
    "وقال {who} إن نتنياهو يكذب على الإسرائيليين.",
    "وقال {who} إن الجيش الإسرائيلي يكذب ويختلق الذرائع.",
    "وأكد {who} أن الاحتلال يكذب بشأن الأسرى.",
    "وقال {who} إن الحكومة تكذب حين تتحدث عن التهدئة.",
    "وأضاف {who} أن قادة الاحتلال يكذبون على العالم.",
    "وقال {who} إنهم يكذبون، مؤكدا أن الحركة لم تتلق أي عرض.",
    "وقال {who} إن الوزارة كذبت عندما أعلنت ذلك.",
    "وأكد {who} أن الاحتلال قد كذب مجددا.",
    "وقال {who} إن الإعلام العبري يكذب كعادته.",
]


@pytest.mark.parametrize("who", SPEAKERS)
@pytest.mark.parametrize("words", LIARS)
def test_one_called_a_liar(who, words):
    assert units(words.format(who=who)) == [("denial", who)]


@pytest.mark.parametrize("words", LIARS[:4])
def test_one_called_a_liar_with_marks(words):
    # (with the short vowels written)
    text = words.format(who="حازم قاسم").replace("يكذب", "يَكْذِب")
    assert units(text) == [("denial", "حازم قاسم")]


def test_one_called_a_liar_after_a_speaker():
    got = units("وقال حازم قاسم إن المفاوضات متوقفة منذ أسابيع.", "وأضاف أن الاحتلال يكذب ويختلق الذرائع.")
    assert got == [("reported", "حازم قاسم"), ("denial", "حازم قاسم")]


def test_one_called_a_liar_on_record():
    assert af_claimants("ar", "وقال حازم قاسم إن نتنياهو يكذب على الإسرائيليين.") == [("denial", "hazm-qasm")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # belies what follows: the one named denies, as before
        ("وقال حازم قاسم إن الاحتلال يكذب الأنباء.", [("denial", "الاحتلال")]),
        ("وقال حازم قاسم إن الوزارة تكذب ما نشرته الصحيفة.", [("denial", "الوزارة")]),
        ("وقال حازم قاسم إن الاحتلال يكذّب على الأنباء.", [("denial", "الاحتلال")]),
        ("وكذب المتحدث باسم الجيش الأنباء.", [("denial", "المتحدث باسم الجيش")]),
        # another verb of denying in the speaker's 'that': the one named denies, as before
        ("وقال حازم قاسم إن الاحتلال ينفي ارتكاب المجزرة.", [("denial", "الاحتلال")]),
        # negated, or 'to lie' with no one named: no denial
        ("وقال حازم قاسم إن الحركة لا تكذب على شعبها.", [("reported", "حازم قاسم")]),
        ("وقال حازم قاسم إن الحركة لم تكذب يوما.", [("reported", "حازم قاسم")]),
        ("وقال حازم قاسم إنه لا يمكن أن يكذب على شعبه.", [("reported", "حازم قاسم")]),
    ],
)
def test_one_called_a_liar_near_misses(sentence, expected):
    assert units(sentence) == expected


# --- 3. 'باسم' opening a holder's name -------------------------------------------------------------------------------

BASEM_OFFICES = [
    "القيادي في حماس، {n}،",
    "القيادي البارز في حماس، {n}،",
    "القيادي {n}",
    "رئيس الدائرة السياسية {n}",
    "وزير الصحة السابق في غزة {n}",
    "مستشار رئيس الوزراء {n}",
    "القيادي في حماس {n}",
]
BASEM_NAMES = ["باسم نعيم", "باسم خليل", "باسم يوسف"]
BASEM_SAID = [("ونفى {who} هذه الأنباء.", "denial"), ("وقال {who} إن الخبر عار عن الصحة.", "denial")]


@pytest.mark.parametrize("office", BASEM_OFFICES)
@pytest.mark.parametrize("name", BASEM_NAMES)
@pytest.mark.parametrize(("words", "kind"), BASEM_SAID)
def test_basem_after_an_office(office, name, words, kind):
    records = af_claimants("ar", words.format(who=office.format(n=name)))
    assert len(records) == 1
    assert records[0][0] == kind
    # the person named, whose record holds the name alone
    assert records[0][1] == {"باسم نعيم": "basm-nym", "باسم خليل": "basm-khlyl", "باسم يوسف": "basm-ywsf"}[name]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after a spokesman 'باسم' is 'on behalf of': the office and all, as before
        ("ونفى المتحدث باسم حماس حازم قاسم هذه الأنباء.", "المتحدث باسم حماس حازم قاسم"),
        ("ونفى الناطق باسم مقتدى الصدر هذه الأنباء.", "الناطق باسم مقتدى الصدر"),
        ("ونفى المتحدث الرسمي باسم الحكومة هذه الأنباء.", "المتحدث الرسمي باسم الحكومة"),
        ("ونفى الناطق باسم فتح منذر الحايك هذه الأنباء.", "الناطق باسم فتح منذر الحايك"),
        ("ونفى المتحدث باسم طالبان ذبيح الله مجاهد هذه الأنباء.", "المتحدث باسم طالبان ذبيح الله مجاهد"),
    ],
)
def test_basem_near_misses(sentence, expected):
    assert af_claimants("ar", sentence) == [("denial", expected)]


def test_on_behalf_of_a_body_between_commas():
    # ('باسم الحركة' between commas is on behalf of the movement, no name: the office alone)
    got = af_claimants("ar", "ونفى القيادي في حماس، باسم الحركة، هذه الأنباء.")
    assert got == [("denial", "القيادي")]
