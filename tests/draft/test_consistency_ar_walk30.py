"""Arabic, round 30: shapes seen in the round's walk-through of unseen news (Sudan, Yemen, Libya), written again
with made-up names (الطاهر محمود عوض، سامي حمدان، حركة النور، كسليا).

- a given name written with the article right after a military rank ('العقيد الطاهر محمود عوض', as Sudanese and
  Libyan names are: الصادق، الهادي، الطيب): an Arabic given name was taken to have no article, so the name began
  after it ('محمود عوض') and the first name was left out, or the whole subject was read as a description; and that
  given name alone after it ('وأكد الطاهر أن ...', as such names are used) was a new body of that name.
- an office's bureau, the office with its country's adjective, two ranks and the holder's name ('نفى مكتب وزير الدفاع
  الكسلي اللواء الركن سامي حمدان'): eight words were too long for a subject, so the last title and the name after it
  ('الركن سامي حمدان') were taken for the denier, where without the second rank the bureau denies;
- the bureau again by its head and the office with the article ('مكتب الوزير', the minister's office, after 'مكتب
  وزير الدفاع الكسلي سامي حمدان'): a new body of that name, so one bureau's denials had two deniers;
- who made a statement, then a verb of saying 'in it' ('وكان X قد أدلى بتصريح قال فيه إن ...', X had made a statement
  in which he said): the words before the verb were the speaker whole, 'made a statement' with them ('X قد أدلى
  بتصريح');
- a surname alone that a record on file has as an alias ('الحمداني', of 'Karim al-Hamdani') after the article named
  another man of that surname ('وقال المتحدث باسم الحركة سامي الحمداني ...'): it was linked to the record, the
  wrong man, as the speaker of what followed.
- what was denied, where a sentence's shape put the wrong words in it: the spokesman through whom a body denied
  ('نفت الحركة، على لسان متحدثها X، الأنباء', by the tongue of), read as the start of what was denied; the claim a
  relative clause takes up ('ونشرت صفحات أنباء عن ...، وهو ما نفاه X بشكل قاطع', which X flatly denied), where the
  words after the denier were taken instead; and what a speaker's own quoted words call untrue when they are only the
  judgement ('وقال X إن المعلومات المتداولة "عارية من الصحة"'), where the judgement was taken for what was denied.

Guards: a rank's own qualifier ('العميد المتقاعد X', retired) and a second rank ('اللواء الركن X') stay out of the
name; a definite word after an office that is no rank ('وزير الدفاع الكسلي سامي حمدان', a nisba) is no given name; the surname alone links to the record when the article named no one else so, or named
the record's own man ('كريم الحمداني').
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import denied_by, said

RANK_THEN_DEFINITE_GIVEN_NAME = [
    ("نفى الناطق باسم الجيش العقيد الطاهر محمود عوض اتهامات الحركة بقصف القرية.", "الطاهر محمود عوض"),
    ("نفى العقيد الطاهر محمود عوض اتهامات الحركة بقصف القرية.", "الطاهر محمود عوض"),
    ("وقال المتحدث باسم الحركة العقيد الطاهر محمود عوض إن القوات انسحبت من البلدة.", "الطاهر محمود عوض"),
    ("نفى الناطق باسم الجيش العقيد الصادق حمدان اتهامات الحركة.", "الصادق حمدان"),
    ("وقال قائد المنطقة اللواء الهادي سالم إن القوات انسحبت من البلدة.", "الهادي سالم"),
    ("وأكد المتحدث العسكري العميد الطيب عثمان أحمد أن القوات انسحبت من البلدة.", "الطيب عثمان أحمد"),
]


@pytest.mark.parametrize("text,name", RANK_THEN_DEFINITE_GIVEN_NAME, ids=range(len(RANK_THEN_DEFINITE_GIVEN_NAME)))
def test_a_given_name_with_the_article_after_a_rank_is_the_first_of_the_name(text, name) -> None:
    assert [s for _, s, _ in said("ar", text)] == [name]


RANK_GUARDS = [
    ("نفى المتحدث باسم الجيش العميد المتقاعد سامي حمدان اتهامات الحركة.", "سامي حمدان"),
    ("نفى وزير الدفاع اللواء الركن سامي حمدان وجود قوات أجنبية في البلدة.", "سامي حمدان"),
    ("نفى وزير الدفاع الكسلي اللواء الركن سامي حمدان وجود قوات أجنبية في البلدة.", "سامي حمدان"),
    ("وقال وزير الدفاع الكسلي سامي حمدان إن القوات انسحبت من البلدة.", "سامي حمدان"),
]


@pytest.mark.parametrize("text,name", RANK_GUARDS, ids=range(len(RANK_GUARDS)))
def test_a_ranks_qualifier_or_a_nisba_is_no_given_name(text, name) -> None:
    assert [s for _, s, _ in said("ar", text)] == [name]


def _hamdani() -> NameIndex:
    index = NameIndex()
    karim = Known("karim-al-hamdani", "actor", "person", "Karim al-Hamdani")
    for name in ("Karim al-Hamdani", "كريم الحمداني", "الحمداني"):
        index.add(name, karim)
    return index


SURNAME_OF_ANOTHER = [
    (
        "نفت حركة النور، على لسان متحدثها سامي الحمداني، الأنباء عن انسحابها.",
        "وأكد الحمداني أن القوات باقية في البلدة.",
    ),
    ("وقال المتحدث باسم الحركة سامي الحمداني إن القوات باقية.", "وأضاف الحمداني أن الحركة لن تنسحب من البلدة."),
    ("وقال سامي الحمداني، المتحدث باسم الحركة، إن القوات باقية.", "ونفى الحمداني انسحاب الحركة من البلدة."),
    ("وقال العميد سامي علي الحمداني إن القوات باقية.", "وأكد الحمداني أن الحركة لن تنسحب من البلدة."),
]


@pytest.mark.parametrize("first,then", SURNAME_OF_ANOTHER, ids=range(len(SURNAME_OF_ANOTHER)))
def test_a_surname_alone_is_the_man_the_article_named_so_not_a_record_of_another(first, then) -> None:
    speakers = [s for _, s, _ in said("ar", first, then, index=_hamdani())]
    assert speakers and "Karim al-Hamdani" not in speakers and "الحمداني" not in speakers[-1:]


SURNAME_OF_THE_RECORD = [
    ("وقال كريم الحمداني إن القوات باقية.", "وأضاف الحمداني أن الحركة لن تنسحب من البلدة."),
    ("وقالت الحركة إن القوات باقية.", "وأكد الحمداني أن الحركة لن تنسحب من البلدة."),
]


@pytest.mark.parametrize("first,then", SURNAME_OF_THE_RECORD, ids=range(len(SURNAME_OF_THE_RECORD)))
def test_a_surname_alone_is_the_record_when_the_article_names_no_one_else_so(first, then) -> None:
    assert [s for _, s, _ in said("ar", first, then, index=_hamdani())][-1] == "Karim al-Hamdani"


BUREAU_WITH_RANKS = [
    "نفى مكتب وزير الدفاع الكسلي اللواء الركن سامي حمدان، الأحد، صحة تقارير تزعم استقالته.",
    "نفى مكتب وزير الدفاع الكسلي اللواء الركن سامي حمدان صحة تقارير تزعم استقالته.",
    "نفى مكتب وزير الدفاع الكسلي العميد الركن سامي حمدان صحة تقارير تزعم استقالته.",
    "نفى مكتب رئيس الأركان الكسلي الفريق الركن سامي حمدان صحة تقارير تزعم استقالته.",
]


@pytest.mark.parametrize("text", BUREAU_WITH_RANKS, ids=range(len(BUREAU_WITH_RANKS)))
def test_a_bureau_denies_as_with_one_rank_less(text) -> None:
    one_rank_less = text.replace(" الركن", "")
    ((who, what),) = denied_by("ar", text)
    ((who_then, what_then),) = denied_by("ar", one_rank_less)
    assert what == what_then == "صحة تقارير تزعم استقالته"
    assert str(who).startswith(("مكتب", "mktb")) and str(who_then).startswith(("مكتب", "mktb"))


DENIED_WORDS = [
    (
        "نفت حركة النور، على لسان متحدثها الرسمي سامي حمدان، صحة الأنباء عن انسحابها من البلدة.",
        "صحة الأنباء عن انسحابها من البلدة",
    ),
    ("ونفت الوزارة، على لسان المتحدث باسمها سامي حمدان، وجود قوات أجنبية في البلدة.", "وجود قوات أجنبية في البلدة"),
    (
        "ونشرت صفحات أنباء عن انسحاب القوات من البلدة، وهو ما نفاه سامي حمدان بشكل قاطع، مؤكداً أن القوات باقية.",
        "ونشرت صفحات أنباء عن انسحاب القوات من البلدة",
    ),
    (
        "وزعمت مواقع محلية انضمام الوزير إلى الحركة، وهو ما نفته الوزارة في بيان.",
        "وزعمت مواقع محلية انضمام الوزير إلى الحركة",
    ),
    (
        "وتحدثت تقارير عن مقتل القائد في الغارة، الأمر الذي نفته الحركة جملة وتفصيلا.",
        "وتحدثت تقارير عن مقتل القائد في الغارة",
    ),
    ("وقال مصدر في الوزارة إن المعلومات المتداولة “عارية من الصحة”، مؤكداً أن الوزير في مكتبه.", "المعلومات المتداولة"),
    (
        "وقال مصدر في الوزارة، في بيان اطلع عليه موقع النهار، إن المعلومات المتداولة “عارية من الصحة”.",
        "المعلومات المتداولة",
    ),
    ('وقال سامي حمدان إن الأنباء عن انسحاب الحركة "لا أساس لها من الصحة".', "الأنباء عن انسحاب الحركة"),
    ("وأكدت الحركة أن التقارير عن مقتل قائدها «عارية عن الصحة».", "التقارير عن مقتل قائدها"),
]


@pytest.mark.parametrize("text,what", DENIED_WORDS, ids=range(len(DENIED_WORDS)))
def test_what_was_denied_is_the_claim_not_the_words_the_shape_puts_beside_it(text, what) -> None:
    found = denied_by("ar", text)
    assert len(found) == 1 and found[0][1] == what


GIVEN_NAME_ALONE_LATER = [
    ("نفى الناطق باسم الجيش العقيد الطاهر محمود عوض اتهامات الحركة.", "وأكد الطاهر أن القوات ترصد الحدود."),
    ("نفى العقيد الصادق حمدان اتهامات الحركة بقصف القرية.", "وقال الصادق إن القوات ترصد الحدود."),
    ("وقال قائد المنطقة اللواء الهادي سالم إن القوات انسحبت.", "وأضاف الهادي أن الحركة لن تعود إلى البلدة."),
]


@pytest.mark.parametrize("first,then", GIVEN_NAME_ALONE_LATER, ids=range(len(GIVEN_NAME_ALONE_LATER)))
def test_a_given_name_with_the_article_alone_is_the_man_named_with_it_before(first, then) -> None:
    speakers = [s for _, s, _ in said("ar", first, then)]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and len(speakers[0].split()) >= 2


BUREAU_AGAIN = [
    ("نفى مكتب وزير الدفاع الكسلي سامي حمدان صحة تقارير تزعم استقالته.", "وقال مكتب الوزير إن الوزير في مكتبه."),
    (
        "نفى مكتب وزير الدفاع الكسلي اللواء الركن سامي حمدان صحة تقارير تزعم استقالته.",
        "ونشرت صفحات أنباء عن استقالة الوزير، وهو ما نفاه مكتب الوزير بشكل قاطع.",
    ),
    ("نفى مكتب رئيس الوزراء صحة تقارير تزعم استقالته.", "وقال مكتب الرئيس إن الرئيس في مكتبه."),
    ("وقال مكتب المتحدث باسم الحكومة إن الحكومة باقية.", "ونفى مكتب المتحدث صحة تقارير تزعم استقالته."),
]


@pytest.mark.parametrize("first,then", BUREAU_AGAIN, ids=range(len(BUREAU_AGAIN)))
def test_the_bureau_again_by_its_head_and_office_is_the_bureau_named_before(first, then) -> None:
    speakers = [s for _, s, _ in said("ar", first, then)]
    assert len(speakers) == 2 and speakers[0] == speakers[1]


def test_a_bureau_no_one_named_before_is_a_body_of_its_own() -> None:
    speakers = [s for _, s, _ in said("ar", "نفت وزارة الدفاع صحة التقارير.", "وقال مكتب الوزير إن الوزير في مكتبه.")]
    assert speakers == ["وزارة الدفاع", "مكتب الوزير"]
    other = [s for _, s, _ in said("ar", "نفى مكتب وزير الدفاع صحة التقارير.", "وقال مكتب الرئيس إن الرئيس باق.")]
    assert other == ["مكتب وزير الدفاع", "مكتب الرئيس"]


MADE_A_STATEMENT = [
    ("وكان المتحدث باسم الجيش قد أدلى بتصريح زعم فيه أن القائد غادر البلاد.", "المتحدث باسم الجيش"),
    ("وكان سامي حمدان قد أدلى بتصريح قال فيه إن القائد غادر البلاد.", "سامي حمدان"),
    ("وأدلى سامي حمدان بتصريح قال فيه إن القائد غادر البلاد.", "سامي حمدان"),
    ("وكانت حركة النور قد أدلت ببيان قالت فيه إن القائد غادر البلاد.", "حركة النور"),
    ("وأدلى المتحدث باسم الجيش بتصريحات أكد فيها أن القائد غادر البلاد.", "المتحدث باسم الجيش"),
]


@pytest.mark.parametrize("text,who", MADE_A_STATEMENT, ids=range(len(MADE_A_STATEMENT)))
def test_who_made_the_statement_says_what_was_said_in_it(text, who) -> None:
    assert [s for _, s, _ in said("ar", text)] == [who]


def test_a_verb_before_the_surname_names_no_other_man() -> None:
    # ('وفند الحمداني ...', al-Hamdani refuted: the verb before the surname is no given name of another man)
    speakers = [s for _, s, _ in said("ar", "وفند الحمداني الأنباء عن انسحاب الحركة.", index=_hamdani())]
    assert speakers == ["Karim al-Hamdani"]
