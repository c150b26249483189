"""Arabic, round 47 of issue 17: sentence shapes taken from real development misses, tested on made-up sentences.

Each group names a shape (the way the sentence is built), with variants that must read so and controls that must not.
Made-up names only (سامي حمدان، ليث عارف، سلمى حداد، حركة النور، صحيفة الأفق، وكالة الأنباء الكسلية، كسليا، أسترا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, said

DENIAL = "نفى سامي حمدان، القيادي في حركة النور، وجود قوات للحركة في مدينة أسترا."


def quotes(*paragraphs: str) -> list[tuple[str, str]]:
    """(speaker, words) of every quotation drafted after the lead."""
    return [(who, words.strip()) for kind, who, words in said("ar", AF_LEAD["ar"], *paragraphs) if kind == "quote"]


def units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the lead."""
    return [(kind, who) for kind, who, _ in said("ar", AF_LEAD["ar"], *paragraphs)]


# --- 1. 'وأتم' (and he concluded) before quoted words, as 'وأكمل' and 'واختتم' ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "وأتم: «لن نترك مواقعنا في أسترا مهما كلف الأمر».",
        'وأتم: "لن نترك مواقعنا في أسترا مهما كلف الأمر".',
        "وأتم ” لن نترك مواقعنا في أسترا مهما كلف الأمر “.",
        "وأتم قائلا: «لن نترك مواقعنا في أسترا مهما كلف الأمر».",
        "وأتم حمدان: «لن نترك مواقعنا في أسترا مهما كلف الأمر».",
    ],
)
def test_concluding_before_a_quotation_is_said(paragraph):
    """Shape: a verb of concluding ('أتم') with or without its subject, then the speaker's last words in marks."""
    assert quotes(DENIAL, paragraph) == [("سامي حمدان", "لن نترك مواقعنا في أسترا مهما كلف الأمر")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "وأتم الجيش الكسلي انسحابه من المدينة يوم الأحد.",
        "وأتمت القوات الكسلية نشر وحداتها في أسترا.",
        "وأتم الوفد زيارته إلى مدينة أسترا.",
    ],
)
def test_concluding_a_task_says_nothing(paragraph):
    """Control: 'أتم' of a task completed ('completed its withdrawal'), no quotation: nothing is said."""
    assert units(paragraph) == []


# --- 2. 'رجح' (deemed likely), as sources put what they expect ----------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('ورجحت المصادر "انسحاب القوات من المدينة خلال الأيام المقبلة".', "المصادر"),
        ("ورجحت مصادر مطلعة «انسحاب القوات من المدينة خلال الأيام المقبلة».", "مصادر مطلعة"),
        ('ورجح ليث عارف "انسحاب القوات من المدينة خلال الأيام المقبلة".', "ليث عارف"),
        ('ورجحت سلمى حداد أن "تنسحب القوات من المدينة خلال الأيام المقبلة".', "سلمى حداد"),
    ],
)
def test_deeming_likely_before_a_quotation(paragraph, expected):
    """Shape: 'رجح/رجحت' and its subject, then what it deems likely in marks (perhaps after 'أن')."""
    assert [who for who, _ in quotes(paragraph)] == [expected]


# --- 3. an indefinite office with its body after 'في' is someone new ----------------------------------------------------


RELAYED = (
    "ونقلت وكالة «الأفق» الكسلية عن مسؤول العلاقات العامة في حركة النور العميد سامي حمدان «إننا ننفي بشدة نبأ تواجد"
    " قوات للحركة في أسترا»."
)


@pytest.mark.parametrize(
    "office",
    [
        "نائب في البرلمان الكسلي",
        "نائب في مجلس الشورى",
        "قيادي في حركة الفجر",
        "مسؤول في وزارة الدفاع",
        "نائب في البرلمان",
    ],
)
@pytest.mark.parametrize("together", [True, False])
@pytest.mark.parametrize("lead", [DENIAL, RELAYED])
def test_an_indefinite_office_after_the_speaker_is_someone_new(lead, together, office):
    """Shape: 'ما صرح به نائب في البرلمان عن «...»' after a named official spoke: 'نائب' has no article, the one in
    'في البرلمان' is the body's, so the office is someone new, not the official named before (in one paragraph or
    the next)."""
    claim = f"وجاء موقفه رداً على ما صرح به {office} عن وجود «قوات للحركة» في أسترا، وهو أمر تردده فصائل المعارضة."
    paragraphs = (f"{lead} {claim}",) if together else (lead, claim)
    assert quotes(*paragraphs)[-1] == (office, "قوات للحركة")


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a definite office the speaker was named with: still the one named before
        ("وقال القيادي في حركة النور: «لا قوات لنا في المدينة».", "سامي حمدان"),
        ("وأضاف القيادي في الحركة: «لا قوات لنا في المدينة».", "سامي حمدان"),
    ],
)
def test_a_definite_office_is_the_one_named_before(paragraph, expected):
    """Control: 'القيادي في الحركة', with the article, is the one named before with that office."""
    assert quotes(DENIAL, paragraph) == [(expected, "لا قوات لنا في المدينة")]


# --- 4. a report's relative verb 'تحدث عن' speaks in its publisher's words ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'ردت حركة النور على تقرير نشرته صحيفة الأفق الكسلية تحدث عن "انسحاب قوات الحركة" من مدينة أسترا.',
            "صحيفة الأفق الكسلية",
        ),
        (
            'ردت حركة النور، الأحد، على تقرير نشرته صحيفة الأفق، تحدث عن "انسحاب قوات الحركة" من مدينة أسترا.',
            "صحيفة الأفق",
        ),
        (
            "ونفت الحركة مقالة نشرتها مجلة الغد الكسلية تحدثت عن «خسائر كبيرة» في صفوفها.",
            "مجلة الغد الكسلية",
        ),
        # the publisher's name in marks, an adjective of origin after it
        (
            'ردت حركة النور على تقرير نشرته صحيفة "الأفق" الكسلية تحدث عن "انسحاب قوات الحركة" من مدينة أسترا.',
            "صحيفة الأفق الكسلية",
        ),
        (
            'ردت "حركة النور"، التي تضم فصائل كسلية، على تقرير نشرته شبكة "الأفق" الكسلية، تحدث عن "انسحاب قوات'
            ' الحركة"، من مدينة أسترا.',
            "شبكة الأفق الكسلية",
        ),
        (
            "ردت حركة النور على تقرير نشرته صحيفة «الأفق» الكسلية، قال إن «القوات انسحبت» من مدينة أسترا.",
            "صحيفة الأفق الكسلية",
        ),
    ],
)
def test_a_report_that_spoke_of(paragraph, expected):
    """Shape: 'على تقرير نشرته X تحدث عن "..."' (a report X published, which spoke of '...'): X's words."""
    assert [who for who, _ in quotes(paragraph)] == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        'وتحدث سامي حمدان عن "مرحلة جديدة" في المدينة.',
        "وتحدثت الصحيفة إلى سلمى حداد عن الوضع في المدينة.",
        "تحدث الوزير عن الوضع في مدينة أسترا.",
    ],
)
def test_speaking_of_outside_a_report_is_no_verb_of_saying(paragraph):
    """Control: 'تحدث' (talked) of no report: no one said anything by it."""
    assert units(paragraph) == []


# --- 5. words a report gives 'على لسان X' (by X's tongue) are X's -------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        'وكان مقال نشرته صحيفة الأفق ذكر على لسان حمدان أنه قال: "لا تزال القوات الكسلية تعاملنا كأعداء".',
        'وكان مقال تداولته وسائل الإعلام الكسلية، ذكر على لسان حمدان، أنه قال: "لا تزال القوات الكسلية تعاملنا'
        ' كأعداء".',
        "ونقلت الصحيفة على لسان حمدان قوله: «لا تزال القوات الكسلية تعاملنا كأعداء».",
        'وأوردت وكالة الأنباء الكسلية على لسان حمدان أن "لا تزال القوات الكسلية تعاملنا كأعداء".',
        "وذكرت صحيفة الأفق على لسان سامي حمدان قوله: «لا تزال القوات الكسلية تعاملنا كأعداء».",
    ],
)
def test_words_given_by_the_tongue_of(paragraph):
    """Shape: a report's verb, 'على لسان X', then 'قوله' / 'أنه قال' / 'أن' and words in marks: X's words, which the
    report gives him (and he may deny), not the report's."""
    assert [who for who, _ in quotes(DENIAL, paragraph)] == ["سامي حمدان"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'وقالت الوزارة على لسان المتحدث باسمها سلمى حداد: "لن ننسحب".',
        'وقالت الوزارة على لسان المتحدث باسم الوزارة سلمى حداد: "لن ننسحب".',
    ],
)
def test_a_body_through_its_own_spokesman(paragraph):
    """Control: a body says through its own spokesman ('على لسان المتحدث باسمها'): the body's words, as before."""
    assert [who for who, _ in quotes(paragraph)] == ["الوزارة"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "ونقلت وكالة الأنباء الكسلية على لسان سلمى حداد قولها: «لن ننسحب من المدينة».",
        'وأوردت صحيفة الأفق على لسان سلمى حداد أنها قالت: "لن ننسحب من المدينة".',
    ],
)
def test_words_given_by_the_tongue_of_a_woman(paragraph):
    """The same shape with 'قولها' / 'أنها قالت' (her saying): the woman named after 'على لسان'."""
    assert [who for who, _ in quotes(paragraph)] == ["سلمى حداد"]
