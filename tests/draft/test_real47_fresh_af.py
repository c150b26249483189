"""Arabic, round 47 of issue 17: shapes of the round's fresh development articles, on made-up sentences.

- A verb with its 'و' written apart, then a body's name in marks ('و قالت «حركة النور» ...'): the name is the subject,
  as after 'وقالت «حركة النور»'; the words were read as a quotation and the sentence lost its speaker.
- A verb of calling on, a body by its word with the article, then another body by its word without it ('وطالبت الحركة
  وكالة أسترا بتوضيح ...'): the first calls on the second, not one speaker of both.
- One report called wrong ('الخبر الخاطئ', 'تقرير خاطئ'), as 'الأنباء الخاطئة' already was: a denial.
- Nested telling: an outlet says that a man named before (by his family name, or his full name) stressed that "...":
  the words are his; a participle after them that agrees with his verb and not the outlet's goes on with him.
- An outlet's sources tell that another side says it did not ('أفادت مصادر بأن "الحركة تقول إنها لم ..."'): no denial
  of the sources'.

Made-up names only (سامي حمدان، ليث عارف، حركة النور، وكالة أسترا، منظمة النور، كسليا، أسترا، الكسلي).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, analyse

LEAD_NAMED = "نفى الحرس الكسلي تصريحات اللواء سامي حمدان قائد فيلق النور حول تطورات المنطقة."


def units(*paragraphs: str, lead: str = AF_LEAD["ar"]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(kind, speaker, [(first words of each quotation, its speaker)]) of every unit drafted after ``lead``."""
    return [
        (u.kind, u.speaker.label, [(a.quote.text[:12], a.speaker.label) for a in u.attributions])
        for u in analyse("ar", lead, *paragraphs).units
    ]


def deniers(*paragraphs: str, lead: str = AF_LEAD["ar"]) -> list[str]:
    return [who for kind, who, _ in units(*paragraphs, lead=lead) if kind == "denial"]


def quote_speakers(*paragraphs: str, lead: str = AF_LEAD["ar"]) -> list[str]:
    return [who for _, _, quotes in units(*paragraphs, lead=lead) for _, who in quotes]


# --- 1. a verb with its 'و' apart, then a body's name in marks ----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "kind", "speaker"),
    [
        ("و قالت «حركة النور» في بيان: «إننا ننفي ما ورد في خبر وكالة أسترا».", "denial", "حركة النور"),
        ('و قالت "حركة النور" في بيان: "إننا ننفي ما ورد في خبر وكالة أسترا".', "denial", "حركة النور"),
        (
            "و قالت \u201cحركة النور\u201d إحدى فصائل المعارضة في الشمال الكسلي، في بيان:\u201dإننا في حركة النور ننفي"
            " ما ورد في خبر وكالة أسترا\u201d.",
            "denial",
            "حركة النور",
        ),
        ("و نفت «حركة النور» ما ورد في خبر وكالة أسترا.", "denial", "حركة النور"),
        ("و أكد «تجمع النور» في بيان: «إن القوات الكسلية انسحبت من المدينة».", "quote", "تجمع النور"),
        ("و قال «ليث عارف» في تصريح: «إن القوات الكسلية انسحبت من المدينة».", "quote", "ليث عارف"),
        # controls: 'و' written on reads the same; a long quotation after the verb stays a quotation
        ("وقالت «حركة النور» في بيان: «إننا ننفي ما ورد في خبر وكالة أسترا».", "denial", "حركة النور"),
        ("وقالت حركة النور في بيان: «إننا ننفي ما ورد في خبر وكالة أسترا».", "denial", "حركة النور"),
    ],
)
def test_and_apart_then_name_in_marks(paragraph, kind, speaker):
    got = units(paragraph)
    assert [(k, who) for k, who, _ in got] == [(kind, speaker)]


def test_and_apart_after_another_clause_keeps_its_speaker():
    # (the 'و' apart joins a clause after a word that is no punctuation: the name in marks is not read as a subject
    # the verb opens, as before)
    got = units("التقى ليث عارف بالوفد و قالت «حركة النور» إن القوات انسحبت.")
    assert "حركة النور" not in [who for _, who, _ in got]


# --- 2. calling on a body after a body ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("وطالبت الحركة وكالة أسترا بتوضيح الخبر الذي نشرته.", "الحركة"),
        ("و طالبت الحركة وكالة أسترا بتوضيح الخبر الذي نشرته، و طالبتها بالاعتذار.", "الحركة"),
        ("ودعت الوزارة منظمة النور إلى توضيح موقفها.", "الوزارة"),
        ("وطالبت حركة النور وكالة أسترا بتوضيح الخبر الذي نشرته.", "حركة النور"),
        ("وطالب الرئيس حكومة كسليا بتوضيح الخبر الذي نشرته.", "الرئيس"),
        ("وطالب سامي حمدان وكالة أسترا بتوضيح الخبر الذي نشرته.", "سامي حمدان"),
        ("و دعا ليث عارف صحيفة النور إلى توضيح الخبر الذي نشرته.", "ليث عارف"),
        # controls: one body with its adjectives, before the body called on or with none named
        ("وطالبت وزارة الدفاع الكسلية وكالة أسترا بتوضيح الخبر الذي نشرته.", "وزارة الدفاع الكسلية"),
        ("وطالبت وزارة الدفاع الكسلية بتوضيح الخبر الذي نشرته الوكالة.", "وزارة الدفاع الكسلية"),
    ],
)
def test_calling_on_a_body_after_a_body(paragraph, speaker):
    assert [who for _, who, _ in units(paragraph)] == [speaker]


# --- 3. one report called wrong ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "denier"),
    [
        ("وطالبت الحركة وكالة أسترا بتوضيح الخبر الخاطئ الذي نشرته.", ["الحركة"]),
        ("ودعت الوزارة منظمة النور إلى تصحيح التقرير الخاطئ.", ["الوزارة"]),
        ("وقالت الوزارة إن الوكالة نشرت خبر خاطئ عن انسحاب القوات.", ["الوزارة"]),
        # controls: a decision or policies called wrong, a report not called wrong
        ("وقالت الوزارة إن القرار الخاطئ أضر بالمدينة.", []),
        ("وانتقدت الحركة السياسات الخاطئة للحكومة.", []),
        ("وطالبت الحركة وكالة أسترا بتوضيح الخبر الذي نشرته.", []),
    ],
)
def test_one_report_called_wrong(paragraph, denier):
    assert deniers(paragraph) == denier


# --- 4. nested telling -----------------------------------------------------------------------------------------------


NESTED = (
    'وكانت وكالة "أسترا" للأنباء، شبه الرسمية، نقلت الأحد تصريحات لحمدان قالت بها إن حمدان أكد أن "بلاده حاضرة'
    ' في كسليا"، {participle} إلى أن "كسليا بإمكانها التحكم في هذه الثورات".'
)


def test_nested_telling_family_name_written_in_full_in_the_lead():
    assert quote_speakers(NESTED.format(participle="مشيرا"), lead=LEAD_NAMED) == ["حمدان", "حمدان"]


def test_nested_telling_participle_agreeing_with_the_outlet_stays_the_outlet():
    got = quote_speakers(NESTED.format(participle="مشيرة"), lead=LEAD_NAMED)
    assert got[0] == "حمدان" and got[1] != "حمدان"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (['وقالت وكالة أسترا إن سامي حمدان أكد أن "القوات حاضرة في كسليا".'], "سامي حمدان"),
        (['وذكرت صحيفة النور أن ليث عارف أكد بأن "القوات حاضرة في كسليا".'], "ليث عارف"),
        (
            [
                "وقال الوزير سامي حمدان الأحد في مؤتمر صحفي إن القوات انسحبت.",
                'وقالت وكالة أسترا إن حمدان أكد أن "القوات حاضرة في كسليا".',
            ],
            "سامي حمدان",
        ),
        # controls: a noun that says nothing keeps the speaker; a body says its own words
        (['وقال سامي حمدان إن العدوان يؤكد أن "الحرب مستمرة".'], "سامي حمدان"),
        (['وقالت وكالة أسترا إن الحكومة أكدت أن "القوات حاضرة في كسليا".'], "الحكومة"),
    ],
)
def test_nested_telling(paragraphs, speaker):
    assert quote_speakers(*paragraphs)[-1] == speaker


def test_nested_telling_a_family_name_never_written_in_full_stays_the_outlet():
    # (one word no full name in the article backs: 'العدوان' or a family name alone is not known as a person here)
    assert quote_speakers('وقالت وكالة أسترا إن حمدان أكد أن "القوات حاضرة في كسليا".') == ["وكالة أسترا"]


def test_reported_participle_with_both_verbs_masculine_keeps_the_first_speaker():
    got = quote_speakers(
        "وقال الوزير سامي حمدان الأحد في مؤتمر صحفي إن القوات انسحبت.",
        'وقال ليث عارف إن حمدان أكد أن "القوات حاضرة في كسليا"، مضيفا أن "الحرب انتهت".',
    )
    assert got[-2:] == ["سامي حمدان", "ليث عارف"]


# --- 5. sources tell that another side says it did not ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "denier"),
    [
        ('أفادت مصادر إحدى القنوات الكسلية بأن "حركة النور تقول إنها لم تنسحب".', []),
        (
            'وفي وقت سابق من اليوم، أفادت مصادر إحدى القنوات الكسلية، بأن "حركة النور لن تمضي في أي قرار"، لافتةً'
            ' الى أن "حركة النور يقول إنه لم يسلّم سلاحه حتى لو انسحبت أسترا".',
            [],
        ),
        ('وقال سامي حمدان إن "الحكومة تقول إنها لم تقصف المدينة".', []),
        # the side's own verb, read without marks, denies for it, not for the sources
        ("أفادت مصادر إحدى القنوات الكسلية بأن حركة النور تقول إنها لم تسلم سلاحها.", ["حركة النور"]),
        ("وقالت الوزارة إن القوات انسحبت، لافتة إلى أن الحكومة تؤكد أنها لم تقصف المدينة.", ["الحكومة"]),
        # controls: the speaker's own 'it did not', with its own verb between or not
        ("وقالت الوزارة إنها تؤكد أنها لم تقصف المدينة.", ["الوزارة"]),
        ('وقالت الوزارة إنها "لم تقصف المدينة".', ["الوزارة"]),
        ("وقالت الوزارة إن القوات انسحبت، لافتة إلى أنها لم تقصف المدينة.", ["الوزارة"]),
    ],
)
def test_sources_tell_another_side_says_not(paragraph, denier):
    assert deniers(paragraph) == denier
