"""Arabic, round 37 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with made-up
names (قوات الدعم الخاص، حركة النور، سامي كسلاوي، سامي الوردي، صحيفة النهار الجديد، كسلا).

- A body's word without the article before its name in marks ('نفت قوات "الدعم الخاص" ...') was read as the whole
  subject, 'قوات', and the name as a quotation: only the words for a movement, a group or an outlet took the name.
- A possessed noun of intention, knowledge or belonging right after a bare family name ('كما نفى كسلاوي نيته
  الترشح') ran on into the denier's name, which was then no usable speaker.
- Words another reported, as the subject of the speaker's clause after 'that' ('وقال X إن ما أوردته حركة النور يعد
  "..."'), gave the quotation, their predicate and X's verdict on them, to the movement.
- A sentence opening with a report and its publisher ('وفي تقرير نشرته صحيفة X، فإن ... ردا على ما قالت إنه ...') gave
  its verb without a subject to the last speaker, the side that denied the report, rather than to the publisher.
- In Persian, a body's words in construct with a country's name ('رژیم اشغالگر ترکیه', the occupying regime of Turkey)
  were proposed as a record whose name has one word more ('رژیم اشغالگر قدس', Israel).
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import claimants, project_index, said

BODY_NAMES_IN_MARKS = [
    ('نفت قوات "الدعم الخاص" صحة ما نشرته صحيفة النهار.', "قوات الدعم الخاص"),
    ("نفت قوات “الدعم الخاص” الكسلية صحة التقارير.", "قوات الدعم الخاص"),
    ('نفى تيار "المستقبل الجديد" الاتهامات الموجهة إليه.', "تيار المستقبل الجديد"),
    ('نفى ائتلاف "دولة النور" صحة الأنباء المتداولة.', "ائتلاف دولة النور"),
    ('ونفى جيش "النور" ما نشرته الوكالة عن قصف المدينة.', "جيش النور"),
    ('نفت قيادة "قوات كسلا" الأنباء عن انسحابها.', "قيادة قوات كسلا"),
]


@pytest.mark.parametrize("text,denier", BODY_NAMES_IN_MARKS)
def test_a_bodys_word_without_the_article_takes_the_name_in_marks_after_it(text, denier) -> None:
    assert [(kind, who) for kind, who, _ in said("ar", text)] == [("denial", denier)]


def test_words_in_marks_after_a_body_with_the_article_are_still_its_words() -> None:
    # (the rule it widens: no bare noun, no name; 'الحركة' has spoken, and the marks hold what it said)
    assert said("ar", 'وقالت الحركة في بيانها "لن نتراجع عن مواقفنا".') == [("quote", "الحركة", "لن نتراجع عن مواقفنا")]


POSSESSED_OBJECTS = [
    ("قال اللواء سامي كسلاوي إن الزيارة تمت.", "كما نفى كسلاوي نيته الترشح للرئاسة."),
    ("قال الوزير رامي الفيني إن الشركة وقعت عقدا جديدا.", "ونفى الفيني علمه بأي اتفاق مع الشركة."),
    ("قال اللواء سامي كسلاوي إن قواته منضبطة.", "ونفى كسلاوي تبعيته لأي جهة خارجية."),
    ("قال النائب سامي الوردي إنه سيترشح في الانتخابات.", "ونفى الوردي انتماءه لأي حزب سياسي."),
    ("قالت الوزيرة سلمى كسلاوي إن الحكومة باقية.", "كما نفت كسلاوي نيتها الاستقالة من منصبها."),
]


@pytest.mark.parametrize("first,second", POSSESSED_OBJECTS)
def test_a_possessed_noun_of_intention_or_belonging_is_no_word_of_the_deniers_name(first, second) -> None:
    found = said("ar", first, second)
    assert len(found) == 2 and found[1][0] == "denial", found
    assert found[0][1] == found[1][1], found


CLAIMED_AS_SUBJECT = [
    ('وقال سامي الوردي إن ما أوردته حركة النور يعد "كذبا محضا".', "سامي الوردي"),
    ('وقال سامي الوردي، وزير الإعلام، إن ما أوردته مليشيا النور يعد "مفبركا بالكامل".', "سامي الوردي"),
    ('وأكد سامي الوردي أن ما أوردته وكالة كسلا "عار عن الصحة".', "سامي الوردي"),
    ('وقال سامي الوردي إن ما أوردته حركة النور "كذب محض".', "سامي الوردي"),
    ('وأضاف سامي الوردي أن ما أوردته قناة النهار الجديد يعتبر "افتراء واضحا".', "سامي الوردي"),
]


@pytest.mark.parametrize("text,speaker", CLAIMED_AS_SUBJECT)
def test_what_another_reported_as_the_subject_after_that_leaves_the_quotation_to_the_speaker(text, speaker) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker]


def test_what_another_reported_that_is_still_theirs() -> None:
    # (the rule it narrows: 'من أن' after the claimed words gives them next, the claimant's own)
    found = said("ar", 'ونفى سامي الوردي ما أوردته قناة النهار الجديد من أن "الجيش انسحب من المدينة".')
    assert found and all(who != "سامي الوردي" or kind == "denial" for kind, who, _ in found), found


DENIED_THEN_REPORT = "نفت قوات الدعم الخاص تعرض قواتها لهجوم بمسيرات قرب مدينة كسلا."
REPORTS_OPENING = [
    (
        "وفي تقرير نشرته صحيفة “النهار الجديد”، فإن أجهزة خاصة تقف وراء الهجمات، وذلك ردا على ما قالت إنه دعم"
        " تلقته القوات من الخارج."
    ),
    ("وفي تقرير نشرته وكالة كسلا للأنباء، فإن طائرات مسيرة قصفت مواقع القوات، بسبب ما قالت إنه تعاون مع مرتزقة أجانب."),
    (
        "وفي تقرير نشره موقع النور الإخباري، فإن أجهزة خاصة تقف وراء الهجمات، وذلك ردا على ما قال إنه دعم"
        " تلقته القوات من الخارج."
    ),
]


@pytest.mark.parametrize("text", REPORTS_OPENING)
def test_a_report_opening_the_sentence_speaks_in_its_publishers_words(text) -> None:
    found = claimants("ar", DENIED_THEN_REPORT, text)
    assert found[0] == ("denial", "qwat-aldm-alkhas")
    assert ("claim", "qwat-aldm-alkhas") not in found, found
    assert any(kind == "claim" for kind, _ in found[1:]), found


def _named(text: str) -> list[str]:
    """The ids of the records on file that 'Title' plus ``text`` names or nearly names."""
    return [n.id for n in named_on_file(read(ArchivedText(f"Title\n\n{text}\n")), project_index(), {1})]


IN_CONSTRUCT_WITH_A_COUNTRY = [
    "این گزارش دور از واقعیت است و با هدف جنگ ویژه رژیم اشغالگر ترکیه در مناطق ما منتشر می‌شود.",
    "نیروهای ما فریب تبلیغات رژیم اشغالگر روسیه را نمی‌خورند.",
    "سخنگوی جنبش نور گفت رژیم اشغالگر پاکستان مسئول این حمله است.",
]


@pytest.mark.parametrize("text", IN_CONSTRUCT_WITH_A_COUNTRY)
def test_a_regime_in_construct_with_a_country_is_no_near_name_of_another_state(text) -> None:
    assert "israel" not in _named(text)


def test_the_regimes_words_alone_are_still_proposed() -> None:
    # (the rule it narrows: no country after them, the words of 'رژیم اشغالگر قدس' but one stay a proposal)
    assert "israel" in _named("این گزارش با هدف جنگ ویژه رژیم اشغالگر منتشر می‌شود.")
