"""Arabic, round 34 (walk of unseen news of denials: a Taliban representative, the Saudi-led coalition's spokesman),
written again with made-up names (حركة النور، سالم الداودي، كسليا).

- 'ممثل' (a representative) was no office: in 'أفاد ممثل المكتب السياسي لحركة X، Y، بأن ...' the speaker was the office,
  drafted as a body, and the holder's name between commas was lost.
- A plural of origin in the oblique case after a one-word definite name ('واتهم الداودي الكسليين بأنهم ...', accused
  the Kesslians) was read as part of the name.
- An office whose body a relative clause describes, then the holder's name between commas ('المتحدث باسم التحالف الذي
  تقوده X في Y، العقيد Z، ...'): the speaker was the office, or two words of the clause.
- A capital after the head of a construct ('مطار بغداد', Baghdad airport) was linked as its government, where the
  index knows the capital's name from another record.
- Words said 'in it' ('وقال فيه') after the occasion's owner ('جاء ذلك في مؤتمر صحفي للعقيد X، وقال فيه: "..."', at the
  colonel's press conference) went to whoever spoke last, or to no one.
- 'عنه' or 'عنها' (about it) right after a verb before its subject ('خسائر كشف عنها الحوثيون', losses the Houthis
  revealed) was read as the first word of the subject's name ('عنها الحوثيون'), who then spoke the next quotation.
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.names import Known, NameIndex, name_key
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import said

REPRESENTATIVES = [
    ("أفاد ممثل المكتب السياسي لحركة النور، كريم داود، بأن الاتهامات ضد كسليا لا أساس لها من الصحة.", "كريم داود"),
    ('قال ممثل المكتب السياسي لحركة النور، كريم داود، إن الاتهامات "لا أساس لها".', "كريم داود"),
    ("نفى ممثل حركة النور في الدوحة، كريم داود، الاتهامات الموجهة إلى الحركة.", "كريم داود"),
    ('وقالت ممثلة حركة النور في الدوحة، سلمى داود، إن التقرير "كاذب".', "سلمى داود"),
    ("نفى الممثل الخاص لحركة النور سامي الوردي الأنباء عن مقتل قائدها.", "سامي الوردي"),
]


@pytest.mark.parametrize("text,speaker", REPRESENTATIVES, ids=range(len(REPRESENTATIVES)))
def test_a_representative_is_an_office_whose_holder_speaks(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


OBLIQUE_PLURAL_OF_ORIGIN = [
    ('واتهم الداودي الكسليين بأنهم يضللون الرأي العام، وأضاف: "لا نرد على إعلام الميليشيات".', "الداودي"),
    ('واتهم الداودي الحوثيين بأنهم يضللون الرأي العام، وأضاف: "لا نرد على إعلام الميليشيات".', "الداودي"),
    ('وحذر الوردي الكسليين من "عواقب وخيمة".', "الوردي"),
    # (a plural after a plural, or after 'باسم', stays the subject's)
    ('وقال قائد المسلحين الحوثيين إن "الخبر كاذب".', "قائد المسلحين الحوثيين"),
    ('وقال المتحدث باسم الحوثيين إن "الخبر كاذب".', "المتحدث باسم الحوثيين"),
]


@pytest.mark.parametrize("text,speaker", OBLIQUE_PLURAL_OF_ORIGIN, ids=range(len(OBLIQUE_PLURAL_OF_ORIGIN)))
def test_an_oblique_plural_of_origin_after_a_name_is_its_object(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


OFFICE_WITH_A_RELATIVE_CLAUSE = [
    'وصف المتحدث باسم التحالف الذي تقوده كسليا، العقيد سالم الداودي، الفيديوهات التي بثتها جماعة النور بأنها "مسرحية".',
    "وصف المتحدث باسم التحالف الذي تقوده كسليا وميرانيا في الشمال، العقيد سالم الداودي، الفيديوهات التي بثتها جماعة "
    'النور بأنها "مسرحية".',
    "نفى المتحدث باسم الجيش الذي يسيطر على المدينة، سالم الداودي، الأنباء عن انسحاب قواته.",
    'وقال المتحدث باسم الحركة التي تقاتل في الشمال، العميد سالم الداودي، إن "الهجوم فشل".',
]


@pytest.mark.parametrize("text", OFFICE_WITH_A_RELATIVE_CLAUSE, ids=range(len(OFFICE_WITH_A_RELATIVE_CLAUSE)))
def test_the_holder_after_an_offices_relative_clause_speaks(text) -> None:
    assert [who for _, who, _ in said("ar", text)] == ["سالم الداودي"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # (no name after the clause: the office; a rank and a name, then the office: the name)
        ('وقال المتحدث باسم الحركة التي تقاتل في الشمال، إن "الهجوم فشل".', "المتحدث باسم الحركة"),
        ('قال العميد سامي الوردي، الناطق باسم الحركة، إن "الهجوم فشل".', "سامي الوردي"),
    ],
)
def test_an_offices_relative_clause_without_a_name(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


def test_a_capital_after_the_head_of_a_construct_names_neither_city_nor_government() -> None:
    """'مطار بغداد' (Baghdad airport), 'جامعة بغداد', Persian 'فرودگاه بغداد': the capital names the airport or the
    university, so it links no government, as 'بغداد' standing alone does ('وقالت بغداد', Baghdad said)."""
    government = Known("kesslian-government", "actor", "government", "Kesslian government")
    idx = NameIndex()
    idx.add("بغداد اليوم", Known("baghdad-today", "actor", "outlet", "Baghdad Today"))  # (the word is a name's)
    idx.capitals[name_key("بغداد")] = government

    def ids(text: str) -> list[str]:
        return [n.id for n in named_on_file(read(ArchivedText(f"Title\n\n{text}\n")), idx, skip={1})]

    assert ids("وقالت بغداد إنها سترد على الهجوم.") == ["kesslian-government"]
    assert ids("وقتل القائد عند خروجه من مطار بغداد الدولي.") == []
    assert ids("وزار الوزير جامعة بغداد أمس.") == []
    assert ids("فرمانده در فرودگاه بغداد کشته شد.") == []


SAID_AT_ONES_OCCASION = [
    ('وجاء ذلك في بيان لحركة النور، قالت فيه إن "الخبر كاذب".', "حركة النور"),
    ('جاء ذلك في مؤتمر صحفي لوزير الدفاع سالم الداودي، قال فيه إن "الخبر كاذب".', "سالم الداودي"),
    ('وجاء ذلك في مؤتمر صحفي لسالم الداودي، قال فيه إن "الخبر كاذب".', "سالم الداودي"),
    ('وجاء ذلك في مؤتمر صحفي للعقيد سالم الداودي، وقال فيه: "الخبر كاذب".', "سالم الداودي"),
    (
        "وجاء ذلك في مؤتمر صحفي للعقيد سالم الداودي، اليوم الإثنين 30 أيلول 2019، وقال فيه في إجابة على سؤال: "
        '"الخبر كاذب".',
        "سالم الداودي",
    ),
]


@pytest.mark.parametrize("text,speaker", SAID_AT_ONES_OCCASION, ids=range(len(SAID_AT_ONES_OCCASION)))
def test_words_said_at_ones_occasion_are_its_owners(text, speaker) -> None:
    # (after another speaker, too: the owner of the occasion, not who spoke last)
    assert [who for _, who, _ in said("ar", 'قال كريم داود إن "الهجوم نجح".', text)] == ["كريم داود", speaker]


ABOUT_IT_BEFORE_THE_SUBJECT = [
    ('وكشف عنها الجيش في بيان قال فيه إن "الهجوم فشل".', "الجيش"),
    ('وكشف عنه سالم الداودي قائلا إن "الهجوم فشل".', "سالم الداودي"),
    ('وأعلنت عنه حركة النور في بيان قالت فيه إن "الهجوم فشل".', "حركة النور"),
]


@pytest.mark.parametrize("text,speaker", ABOUT_IT_BEFORE_THE_SUBJECT, ids=range(len(ABOUT_IT_BEFORE_THE_SUBJECT)))
def test_about_it_after_the_verb_is_no_part_of_the_subject(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


def test_the_owner_of_the_occasion_after_a_clause_that_names_another() -> None:
    first = (
        'وصف المتحدث باسم التحالف، العقيد سالم الداودي، الفيديوهات بأنها "مسرحية"، في أول رد على خسائر كبيرة كشف '
        "عنها مقاتلو حركة النور أمس."
    )
    second = 'وجاء ذلك في مؤتمر صحفي للعقيد سالم الداودي، اليوم الإثنين، وقال فيه: "ادعاءات لا تستحق الرد".'
    assert [who for _, who, _ in said("ar", first, second)] == ["سالم الداودي", "سالم الداودي"]
