"""Arabic, round 24 of issue 17: shapes seen in development articles and left unread by round 23.

- two people named together after a verb of denying ('ونفى X وY ...'): each denies;
- a verb that leads the verb of denying ('وعادت X ونفت'): the subject between them denies;
- the outlet told written onto the article after a person's name ('صرح X للنهار'): no word of the name;
- a quotation nested in another's report ('وأكد X أن Y قال: «...»'): the quotation is Y's;
- an ambassador's country before the name ('سفير كسلان X'): no word of the name;
- a verb of deeming with its object after the name ('واعتبر X الهجوم "..."'): the object is no word of the name.

Made-up names only. Guards keep the plain shapes as they were.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

WHAT = "أن تكون الحركة قد شاركت في الهجوم على المدينة."


def _speakers(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, speaker) for kind, speaker, _ in said("ar", *paragraphs)]


# --- two people denying together ---------------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["ونفى", "وكذب", "ونفت"])
@pytest.mark.parametrize(
    "pair, first, second",
    [
        ("علي حسن وسامر خليل", "علي حسن", "سامر خليل"),
        ("علي حسن و سامر خليل", "علي حسن", "سامر خليل"),
        ("الوزير علي حسن ومحمد الكسلي", "علي حسن", "محمد الكسلي"),
        ("سامي الوردي ووليد خليل", "سامي الوردي", "وليد خليل"),
    ],
)
def test_two_people_deny_together(verb, pair, first, second) -> None:
    got = _speakers(f"{verb} {pair} {WHAT}")
    assert got == [("denial", first), ("denial", second)], got


@pytest.mark.parametrize(
    "sentence",
    [
        "ونفى علي حسن وجود قوات للحركة في المدينة.",
        "ونفى علي حسن وجودا عسكريا للحركة في المدينة.",
        "ونفى علي حسن وقوع أي هجوم على المدينة.",
        "ونفى علي حسن وأكد أن الحركة لم تشارك في الهجوم.",
    ],
)
def test_a_noun_or_verb_after_and_is_no_second_denier(sentence) -> None:
    # (guard) 'وجود' (presence), 'وقوع' (taking place), 'وأكد' (and confirmed): no second person
    assert _speakers(sentence) == [("denial", "علي حسن")]


# --- a verb before the verb of denying ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, who",
    [
        ("وعادت سلمى حداد ونفت {w}", "سلمى حداد"),
        ("وعاد علي حسن ونفى {w}", "علي حسن"),
        ("ثم عاد الوزير سامر خليل ونفى {w}", "سامر خليل"),
        ("وسارع سامر خليل ونفى {w}", "سامر خليل"),
        ("وخرجت سلمى حداد ونفت {w}", "سلمى حداد"),
        ("وعادت الحركة ونفت الأنباء عن مشاركتها في الهجوم.", "الحركة"),
        ("وعاد سامر خليل وكذب الأنباء عن مشاركة الحركة في الهجوم.", "سامر خليل"),
    ],
)
def test_a_leading_verb_shares_its_subject(sentence, who) -> None:
    assert _speakers(sentence.format(w=WHAT)) == [("denial", who)]


def test_ali_before_a_verb_is_a_name() -> None:
    # 'علي' (Ali) folds as 'على' (on): before a pluperfect verb it is still the subject's name
    assert _speakers(f"وكان علي حسن قد نفى {WHAT}") == [("denial", "علي حسن")]


# --- the outlet told after a person's name -----------------------------------------------------------------


@pytest.mark.parametrize("verb", ["وصرح", "وقال", "وأكد", "وأوضح"])
@pytest.mark.parametrize("outlet", ["للنهار", "للجزيرة", "للصحيفة", "للمراسلين"])
@pytest.mark.parametrize("name", ["علي حسن", "الوزير سامر خليل", "عبد الله الكسلي"])
def test_the_outlet_told_is_no_part_of_the_name(verb, outlet, name) -> None:
    got = said("ar", f'{verb} {name} {outlet} بأن "الحركة لا تنوي المشاركة في أي هجوم على المدينة".')
    bare = name.removeprefix("الوزير ")
    assert [s for _, s, _ in got] == [bare], got


@pytest.mark.parametrize(
    "sentence, who",
    [
        ('وقال وزير الدولة للشؤون الخارجية سامر خليل إن "الحركة لا تنوي المشاركة في أي هجوم".', "سامر خليل"),
        ('وقال المتحدث باسم الهيئة العامة للإعلام سامر خليل إن "الحركة لا تنوي المشاركة في أي هجوم".', "سامر خليل"),
    ],
)
def test_a_body_of_the_office_keeps_its_lil(sentence, who) -> None:
    # (guard) 'للشؤون', 'للإعلام' within an office's body, before the name: the name is read as before
    assert [s for _, s, _ in said("ar", sentence)] == [who]


# --- a quotation nested in another's report ----------------------------------------------------------------


@pytest.mark.parametrize("reporter", ["وأكد علي حسن", "وأوضحت سلمى حداد", "وذكر علي حسن"])
@pytest.mark.parametrize("opening", ["قال: «{q}»", 'قال إن "{q}"', 'قال "{q}"', "قالت: «{q}»"])
def test_a_quotation_nested_in_a_report_is_the_reported_speakers(reporter, opening) -> None:
    quoted = opening.format(q="الحركة لن تشارك في الهجوم على المدينة")
    got = said("ar", f"{reporter} أن سامر خليل {quoted}.")
    assert [s for _, s, _ in got] == ["سامر خليل"], got


@pytest.mark.parametrize(
    "sentence",
    [
        'وأكد علي حسن أن سامر خليل يعرف "الحركة التي لن تشارك في الهجوم".',
        'وقال علي حسن إن ضبط هذه الشحنة كشف "حجم التهريب عبر الحدود".',
    ],
)
def test_a_clause_that_quotes_no_speech_keeps_the_speaker(sentence) -> None:
    # (guard) a verb that is no verb of saying, a verbal noun where no name is: the reporter's own words
    assert [s for _, s, _ in said("ar", sentence)] == ["علي حسن"]


# --- an ambassador's country before the name ---------------------------------------------------------------


@pytest.mark.parametrize("office", ["سفير كسلان", "سفيرة كسلان", "قنصل كسلان", "سفير فرنسا"])
@pytest.mark.parametrize("name", ["علي حسن", "سلمى حداد", "علي محمد حسن"])
@pytest.mark.parametrize("verb", ["وقال", "وأكد"])
def test_the_country_is_no_part_of_the_ambassadors_name(office, name, verb) -> None:
    got = said("ar", f'{verb} {office} {name} إن "الحركة لن تشارك في الهجوم على المدينة".')
    assert [s for _, s, _ in got] == [name], got


def test_a_ministers_chain_still_runs_on() -> None:
    # (guard) 'وزير خارجية كسلان X': the chain of the office, then the name
    got = said("ar", 'وقال وزير خارجية كسلان علي حسن إن "الحركة لن تشارك في الهجوم على المدينة".')
    assert [s for _, s, _ in got] == ["علي حسن"], got


# --- a verb of deeming with its object after the name ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, who",
    [
        ('واعتبر علي حسن الهجوم "اعتداء سافرا على السيادة".', "علي حسن"),
        ("واعتبرت سلمى حداد القرار «إعلان حرب على الشعب».", "سلمى حداد"),
        ('واعتبرت سلمى حداد القرار بمثابة "إعلان حرب على الشعب".', "سلمى حداد"),
        ('ووصف سامر خليل التقرير بأنه "كاذب ومفبرك".', "سامر خليل"),
        ('واعتبر الوزير علي حسن الهجوم "اعتداء سافرا على السيادة".', "علي حسن"),
        ('ورأى سامر خليل الخطوة "تصعيدا خطيرا لا مبرر له".', "سامر خليل"),
    ],
)
def test_the_deemed_object_is_no_part_of_the_name(sentence, who) -> None:
    got = said("ar", sentence)
    assert [s for _, s, _ in got] == [who], got


@pytest.mark.parametrize(
    "sentence, who",
    [
        ('وقال علي حسن المجيد "الحركة لم تشارك في الهجوم".', "علي حسن المجيد"),
        ('وقال علي حسن المجيد إن "الحركة لم تشارك في الهجوم".', "علي حسن المجيد"),
        ('واعتبر علي حسن الخزعلي "أن الحركة لم تشارك في الهجوم".', "علي حسن الخزعلي"),
    ],
)
def test_a_family_name_with_the_article_stays(sentence, who) -> None:
    # (guard) a surname with 'ال' before a quotation after 'قال', or before what is deemed with no object
    assert [s for _, s, _ in said("ar", sentence)] == [who]
