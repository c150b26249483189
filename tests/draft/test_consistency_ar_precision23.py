"""Arabic, round 23: precision, the quotation goes to the one who speaks and no one else (issue 17; metamorphic tests).

Made-up names only (سامي الوردي، خالد الكسلي، سلمى الراوي، حركة النور، وكالة النهار). Axes not covered by the earlier
modules:

- an office alone ('وقال وزير الدفاع', 'وقال الوزير', 'وقال المتحدث باسم الحركة') after the one named with it, with
  another person of another office speaking between: the office's holder speaks, not the last speaker;
- an aide's office without the article before a person's name ('وقال مستشار سامي الوردي', his adviser): the aide
  speaks, never the one whose aide he is, while a title with the article ('المستشار سامي الوردي') is his own;
- guards: an office alone after its holder spoke last, or after one named without an office, is still the last
  speaker; a relayed speaker ('نقلت الوكالة عن X قوله') speaks; marks around an operation's name, a slogan or a
  book's title in narration draft no quotation, in every mark style.
Each variant is compared with its plain twin.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import said

WORDS = "القوات باقية في مواقعها"
MARKS = [("«", "»"), ("“", "”"), ('"', '"')]

# the first speaker, named with an office in full: (as written, the office alone as the article may write it later)
HOLDERS = [
    ("وزير الدفاع الكسلي سامي الوردي", ["وزير الدفاع", "الوزير", "وزير الدفاع الكسلي"]),
    ("سامي الوردي، وزير الدفاع الكسلي،", ["وزير الدفاع", "الوزير"]),
    ("المتحدث باسم حركة النور سامي الوردي", ["المتحدث", "المتحدث باسم الحركة", "المتحدث باسم حركة النور"]),
    ("رئيس الوزراء الكسلي سامي الوردي", ["رئيس الوزراء", "رئيس الوزراء الكسلي"]),
]
# another person of another office, who speaks between
OTHERS = [
    "رئيس الأركان خالد الكسلي",
    "خالد الكسلي، رئيس الأركان،",
    "القيادي في حزب الفجر خالد الكسلي",
    "السفير الكسلي خالد الكسلي",
]
# where the office alone speaks ({o}: the office, {w}: the words)
LATER = [
    "وقال {o}: «{w}».",
    "وأضاف {o} أن «{w}».",
    "«{w}»، قال {o}.",
]


def _office_holder_speaks(first: str, office: str, other: str, later: str) -> list[tuple[str, str, str]]:
    return said(
        "ar",
        f"وقال {first} إن الوضع هادئ في المدينة.",
        f"وقال {other} إن الوضع متوتر على الحدود.",
        later.format(o=office, w=WORDS),
    )


@pytest.mark.parametrize("holder", HOLDERS, ids=lambda h: h[0])
def test_an_office_alone_is_its_holder_not_the_last_speaker_of_another_office(holder):
    """'قال وزير الدفاع X ... وقال رئيس الأركان Y ... وقال الوزير: «...»': X's words, as when no one spoke between
    (an office alone stood for the last speaker whatever office he was named with)."""
    first, offices = holder
    wrong = []
    for office, other, later in itertools.product(offices, OTHERS, LATER):
        units = _office_holder_speaks(first, office, other, later)
        if units[-1] != ("quote", "سامي الوردي", WORDS):
            wrong.append((office, other, later, units[-1]))
    assert not wrong, wrong


@pytest.mark.parametrize("later", LATER)
def test_an_office_alone_after_its_holder_or_after_one_named_without_office_is_the_last_speaker(later):
    """(guards) 'قال رئيس الأركان Y ... وقال وزير الدفاع X ... وقال الوزير': X, who spoke last and holds it; 'قال
    الوزير' after one named without office ('قال خالد الكسلي') stays his, as before."""
    units = said(
        "ar",
        "وقال رئيس الأركان خالد الكسلي إن الوضع متوتر على الحدود.",
        "وقال وزير الدفاع الكسلي سامي الوردي إن الوضع هادئ في المدينة.",
        later.format(o="الوزير", w=WORDS),
    )
    assert units[-1] == ("quote", "سامي الوردي", WORDS), units
    units = said(
        "ar",
        "وقال وزير الدفاع الكسلي سامي الوردي إن الوضع هادئ في المدينة.",
        "وقال خالد الكسلي إن الوضع متوتر على الحدود.",
        later.format(o="الوزير", w=WORDS),
    )
    assert units[-1] == ("quote", "خالد الكسلي", WORDS), units


def test_two_holders_of_the_office_leave_it_to_the_last_speaker():
    """(a guard) two ministers named before the chief of staff: 'الوزير' is neither for sure; as before, the last."""
    units = said(
        "ar",
        "وقال وزير الدفاع الكسلي سامي الوردي إن الوضع هادئ في المدينة.",
        "وقال وزير الخارجية الكسلي رائد البحراني إن الحدود آمنة.",
        "وقال رئيس الأركان خالد الكسلي إن الوضع متوتر على الحدود.",
        f"وقال الوزير: «{WORDS}».",
    )
    assert units[-1] == ("quote", "خالد الكسلي", WORDS), units


AIDES = ["مستشار", "نائب", "معاون", "مدير"]
NAMES = ["سامي الوردي", "خالد الكسلي", "علي حسن البدري"]
# (sentence with {s} the subject; kind drafted)
SAYINGS = [
    ("وقال {s}: «{w}».", "quote"),
    ("وقال {s} إن «{w}».", "quote"),
    ("وأكد {s} لوكالة النهار أن “{w}”.", "quote"),
    ('"{w}"، قال {s}.', "quote"),
    ("ونفى {s} الاتهامات.", "denial"),
]


@pytest.mark.parametrize("aide", AIDES)
def test_an_aide_of_a_person_speaks_not_the_person(aide):
    """'وقال مستشار سامي الوردي: «...»' (Sami's adviser said): not Sami, whom 'وقال سامي الوردي' gives; the aide, as
    'شقيق سامي الوردي' (his brother) and 'مدير مكتب سامي الوردي' are read."""
    wrong = []
    for name, (sentence, kind) in itertools.product(NAMES, SAYINGS):
        plain = said("ar", sentence.format(s=name, w=WORDS))
        assert [u[:2] for u in plain] == [(kind, name)], plain
        units = said("ar", sentence.format(s=f"{aide} {name}", w=WORDS))
        if [u[0] for u in units] != [kind] or units[0][1] == name:
            wrong.append((name, sentence, units))
    assert not wrong, wrong


@pytest.mark.parametrize("title", ["المستشار", "النائب", "العميد", "المستشار الألماني", "نائب رئيس الوزراء"])
def test_a_title_with_the_article_or_an_office_of_a_body_before_a_name_is_the_persons(title):
    """(guards, and 'المستشار X', the adviser X, read as a title as 'النائب X' is) the name after a title is the
    speaker."""
    for (sentence, kind), name in itertools.product(SAYINGS, NAMES[:2]):
        units = said("ar", sentence.format(s=f"{title} {name}", w=WORDS))
        assert [u[:2] for u in units] == [(kind, name)], (title, sentence, units)


@pytest.mark.parametrize("relayer", ["وكالة النهار", "صحيفة النهار", "قناة النهار"])
def test_the_one_relayed_speaks_not_the_outlet(relayer):
    """(a guard) 'نقلت الوكالة عن X قوله: «...»' (quoted X as saying) is X's, as 'وقال X: «...»', whoever spoke
    before; with an office before X too."""
    for subject, label in (
        ("سامي الوردي", "سامي الوردي"),
        ("وزير الدفاع الكسلي سامي الوردي", "سامي الوردي"),
        ("مصدر في حركة النور", "مصدر في حركة النور"),
    ):
        for what, (opening, closing) in itertools.product(("قوله: ", "قوله إن "), MARKS):
            units = said(
                "ar",
                "وقال خالد الكسلي إن الوضع متوتر على الحدود.",
                f"ونقلت {relayer} عن {subject} {what}{opening}{WORDS}{closing}.",
            )
            assert units[-1] == ("quote", label, WORDS), units


NOT_SPEECH = [
    "وأطلق الجيش الكسلي ما يسمى {o}عملية الفجر{c} في المدينة.",
    "وأطلق الجيش الكسلي عملية {o}الفجر الجديد{c} في المدينة أمس.",
    "ورفع المتظاهرون شعار {o}الشعب يريد الحرية{c} في الساحة.",
    "وشارك الوفد في مؤتمر {o}الأمن والسلام{c} في العاصمة.",
]


@pytest.mark.parametrize("sentence", NOT_SPEECH)
def test_a_name_or_a_slogan_in_marks_in_narration_is_no_quotation(sentence):
    """(a guard) 'عملية «الفجر الجديد»' (operation X), 'شعار «...»' (a slogan): no quotation, in every mark style, after
    a paragraph whose speaker is named; not given to him."""
    for opening, closing in [*MARKS, ("»", "«"), ("”", "“")]:
        units = said("ar", "وقال سامي الوردي إن الوضع هادئ.", sentence.format(o=opening, c=closing))
        assert all(u[0] != "quote" for u in units), (opening, units)
