"""Arabic and Persian, round 33 (mending known shapes), written again with made-up names (سامان رحیمی، سامي حمدان،
حرکت نور، کسلیا).

- Persian 'neither ... nor' with a positive verb of the third person, after a verb of saying or in a quotation ('X
  گفت که کسلیا نه سلاح فرستاده و نه نیرو'): the speaker denies, as with 'we' (round 32); not 'not only ... but'
  (نه تنها ... بلکه), 'neither confirmed nor denied', nor the present, as often a plain account.
- a description of a person that a later sentence names with the same office, in Arabic: the holder's name after a
  rank ('المتحدث باسم وزارة الدفاع الكسلية اللواء X', where the rank was kept as a word of the office), the body by
  its head word alone ('المتحدث باسم الوزارة، X،', when the article names no other ministry), a governor ('محافظ
  البصرة X', no title before); the person speaks, not the description. Two offices, or two bodies with one head
  word, keep the description.
- the strict xfails of rounds 31 and 32: a name in marks after a rank ('المتحدث باسم الحركة العميد «X»'), which kept
  the office, the rank and the name as one label; an aside with a so-called body whose 'بـ' a tatweel sets apart
  ('X، المتحدث باسم ما يسمى بـ “Y” في كسليا،'), one word too many for an aside, so read as what was denied.
- the Islamic State group by its own name ('الدولة الإسلامية', 'تنظيم الدولة', 'دولت اسلامی', 'دولت اسلامی عراق و
  شام', whose 'عراق' was read as Iraq) was no name of the ISIS record, and 'حرس الثورة' only perhaps the Guards';
  but 'دولت اسلامی افغانستان' is a state's name; and an office of the Guards before an object ('سخنگوی سپاه
  پاسداران انقلاب اسلامی این خبر را تکذیب کرد') was cut at 'سپاه', 'پاسداران' read as the object's first word.
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from generator.project import Project
from tests.conftest import REPO, check
from tests.draft.conftest import built, denied_by, said

# ---- 1. Persian 'neither ... nor' with a verb of the third person

CLAIM = "رسانه‌ها گزارش دادند که کسلیا به حرکت نور سلاح و نیرو فرستاده است."

NEITHER_NOR_THIRD = [
    "سامان رحیمی گفت که کسلیا نه سلاح به حرکت نور فرستاده و نه نیرو.",
    "سامان رحیمی گفت: «کسلیا نه سلاح به حرکت نور فرستاده و نه نیرو.»",
    "سخنگوی وزارت دفاع کسلیا گفت این کشور نه سلاح و نه نیرو به حرکت نور فرستاده است.",
    "سامان رحیمی تاکید کرد که حرکت نور نه سلاحی از کسلیا دریافت کرده و نه نیرویی.",
    "سامان رحیمی اعلام کرد این گروه نه با کسلیا ارتباط داشته و نه از آن کمک گرفته است.",
    "سامان رحیمی گفت: «او نه سلاح فرستاده و نه نیرو.»",
    "سامان رحیمی گفت که کسلیا نه سلاح فرستاده بود و نه نیرو اعزام کرده بود.",
    "سامان رحیمی گفت که کسلیا نه سلاح فرستاد و نه نیرو.",
    "سامان رحیمی گفت که نیروهای کسلیا نه سلاح فرستاده‌اند و نه مستشار.",
]


@pytest.mark.parametrize("text", NEITHER_NOR_THIRD, ids=range(len(NEITHER_NOR_THIRD)))
def test_neither_nor_with_a_verb_of_the_third_person_denies(text) -> None:
    found = said("fa", CLAIM, text)[1:]
    assert [kind for kind, _, _ in found] == ["denial"]
    assert found[0][1] in ("سامان رحیمی", "سخنگوی وزارت دفاع کسلیا")


NOT_A_DENIAL = [
    "سامان رحیمی گفت که کسلیا نه تنها سلاح فرستاده بلکه نیرو هم اعزام کرده است.",
    "سامان رحیمی گفت که کسلیا نه فقط سلاح داده، بلکه نیروهایش را آموزش داده است.",
    "سامان رحیمی گفت که کسلیا نه تایید کرده و نه تکذیب.",
    "سامان رحیمی گفت که کسلیا این گزارش را نه تایید و نه رد کرده است.",
    "سامان رحیمی گفت که حرکت نور نه سلاح دارد و نه نیرو.",
    "سامان رحیمی گفت که نه نفر کشته شده و نه نفر دیگر زخمی شده‌اند.",
    # (the future, a resolve: 'will be intimidated neither by threats nor by strikes')
    "سامان رحیمی گفت: «مردم کسلیا نه با تهدید و نه با حملات هوایی مرعوب نخواهند شد».",
    "سامان رحیمی گفت که کسلیا نه سلاح و نه نیرو خواهد فرستاد.",
]


@pytest.mark.parametrize("text", NOT_A_DENIAL, ids=range(len(NOT_A_DENIAL)))
def test_not_only_but_or_neither_confirmed_nor_denied_is_no_denial(text) -> None:
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] in (["reported"], ["quote"])


def test_neither_nor_in_the_text_s_own_voice_is_no_denial() -> None:
    text = "حرکت نور نه سلاح از کسلیا دریافت کرده و نه نیرو."
    assert all(kind != "denial" for kind, _, _ in said("fa", CLAIM, text))


# ---- 3. a name in marks after a rank; a so-called body after a tatweel

RANKED_NAME_IN_MARKS = [
    "نفى المتحدث باسم حركة النور العميد «سامي حمدان» الأنباء عن انسحاب قواته.",
    'نفى المتحدث باسم حركة النور اللواء "سامي حمدان" الأنباء عن انسحاب قواته.',
    "نفى المتحدث باسم حركة النور العقيد \u201cسامي حمدان\u201d الأنباء عن انسحاب قواته.",
    "ونفى قائد قوات النور الشيخ «سامي حمدان» الأنباء عن انسحاب قواته.",
]


@pytest.mark.parametrize("text", RANKED_NAME_IN_MARKS, ids=range(len(RANKED_NAME_IN_MARKS)))
def test_a_name_in_marks_after_a_rank_denies(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "الأنباء عن انسحاب قواته")]


def test_a_name_in_marks_after_a_rank_says() -> None:
    text = "قال المتحدث باسم حركة النور العميد «سامي حمدان» إن القوات باقية."
    assert [who for _, who, _ in said("ar", text)] == ["سامي حمدان"]


def test_words_in_marks_after_a_rank_that_are_no_name_stay_the_rank_s_words() -> None:
    text = "وقال العميد سامي حمدان إن الوضع «مستقر تماما»."
    assert said("ar", text) == [("quote", "سامي حمدان", "مستقر تماما")]


SO_CALLED_AFTER_TATWEEL = [
    "نفى سامي حمدان، المتحدث باسم ما يسمى بـ \u201cإمارة النور\u201d في كسليا، صحة ما جاء في تقرير صحيفة الأفق.",
    "نفى سامي حمدان، المتحدث باسم ما يسمى بـ «إمارة النور» في كسليا، صحة ما جاء في تقرير صحيفة الأفق.",
    'نفى سامي حمدان، المتحدث باسم ما يسمى بـ "إمارة النور" في كسليا، صحة ما جاء في تقرير صحيفة الأفق.',
    "نفى سامي حمدان، الناطق باسم ما يسمى لـ \u201cإمارة النور\u201d في كسليا، صحة ما جاء في تقرير صحيفة الأفق.",
]


@pytest.mark.parametrize("text", SO_CALLED_AFTER_TATWEEL, ids=range(len(SO_CALLED_AFTER_TATWEEL)))
def test_a_so_called_body_after_a_tatweel_is_no_part_of_what_was_denied(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "صحة ما جاء في تقرير صحيفة الأفق")]


# ---- 4. the Islamic State group and the Guards by their Arabic and Persian names, with the project's records


@pytest.fixture(scope="module")
def on_file() -> NameIndex:
    corpus, _ = check(Project(REPO))
    return NameIndex.of(corpus)


def _named(text: str, index: NameIndex) -> list[str]:
    """The records ``text`` names for certain (not only perhaps: 'the words of X but one')."""
    return [n.id for n in named_on_file(read(ArchivedText(f"Title\n\n{text}\n")), index, skip={1}) if not n.why]


NAMES_THE_GROUP = [
    ("وقال إن الدولة الإسلامية أقامت معسكرا في الصحراء.", "isis"),
    ("وتكبيدها (تنظيم الدولة) خسائر كبيرة.", "isis"),
    ("قاتلت الفصائل ضد تنظيم الدولة في البادية.", "isis"),
    ("گروه موسوم به دولت اسلامی در این منطقه فعال است.", "isis"),
    ("از حمله گروه موسوم به دولت اسلامی عراق و شام خبر داد.", "isis"),
    ("وقال المتحدث باسم قوات حرس الثورة إن الخبر كاذب.", "irgc"),
]


@pytest.mark.parametrize("text, record", NAMES_THE_GROUP, ids=range(len(NAMES_THE_GROUP)))
def test_the_group_s_own_name_links_its_record(text, record, on_file) -> None:
    assert _named(text, on_file) == [record]


def test_a_state_s_name_with_its_country_is_not_the_group(on_file) -> None:
    assert "isis" not in _named("رئیس دولت اسلامی افغانستان در آن سال به کابل بازگشت.", on_file)


DENIED_BY_THE_GROUP = [
    ("ar", "ونفت الدولة الإسلامية في بيان الأنباء عن مقتل زعيمها.", "isis"),
    ("ar", "ونفى تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", "isis"),
    ("fa", "دولت اسلامی این خبر را تکذیب کرد.", "isis"),
    ("fa", "گروه دولت اسلامی ادعای رسانه‌ها را رد کرد.", "isis"),
]


@pytest.mark.parametrize("language, text, record", DENIED_BY_THE_GROUP, ids=range(len(DENIED_BY_THE_GROUP)))
def test_the_group_by_its_own_name_denies(language, text, record, on_file) -> None:
    assert [d["denier"] for d in built(language, text, index=on_file) if d["type"] == "denial"] == [{"actor": record}]


OFFICE_OF_THE_GUARDS = [
    "سخنگوی سپاه پاسداران انقلاب اسلامی این خبر را تکذیب کرد.",
    "روابط عمومی سپاه پاسداران انقلاب اسلامی ادعای رسانه‌ها را رد کرد.",
    "فرمانده سپاه پاسداران ایران این خبر را تکذیب کرد.",
]


@pytest.mark.parametrize("text", OFFICE_OF_THE_GUARDS, ids=range(len(OFFICE_OF_THE_GUARDS)))
def test_an_office_of_the_guards_keeps_their_whole_name(text, on_file) -> None:
    office = text.split(" این ")[0].split(" ادعای ")[0]
    assert [who for _, who, _ in said("fa", text, index=on_file)] == [office]


# ---- 2. a description, then the same office with its holder's name: the holder speaks

DESCRIBED_THEN_NAMED = [
    (
        "ar",
        "نفى المتحدث باسم حركة النور الأنباء عن انسحاب القوات.",
        "وقال المتحدث باسم الحركة سامي حمدان إن القوات باقية.",
    ),
    (
        "ar",
        "قال المتحدث باسم حركة النور إن القوات باقية في البلدة.",
        "وكان المتحدث باسم حركة النور العميد سامي حمدان قد أعلن الأسبوع الماضي انسحاب قوات أخرى.",
    ),
    (
        "ar",
        "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
        "وأضاف المتحدث باسم الوزارة، سامي حمدان، أن الوضع مستقر.",
    ),
    (
        "ar",
        "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
        "وأضاف المتحدث باسم وزارة الدفاع الكسلية اللواء سامي حمدان أن الوضع مستقر.",
    ),
    ("ar", "قال محافظ البصرة إن الهجوم لم يقع.", "وأضاف محافظ البصرة سامي حمدان أن الوضع مستقر."),
    ("ar", "نفى محافظ البصرة وقوع الهجوم.", "وقال سامي حمدان محافظ البصرة إن الوضع مستقر."),
    (
        "ar",
        "نفى المتحدث باسم حركة النور الأنباء عن انسحاب القوات.",
        "وقال سامي حمدان، المتحدث باسم حركة النور، إن القوات باقية.",
    ),
    (
        "fa",
        "فرماندار زاهدان گفت: هیچ حمله‌ای به این شهر صورت نگرفته است.",
        "علی رضوانی فرماندار زاهدان افزود: اوضاع شهر آرام است.",
    ),
    (
        "fa",
        "فرماندار زاهدان خبر حمله به این شهر را تکذیب کرد.",
        "علی رضوانی، فرماندار زاهدان، گفت: اوضاع شهر آرام است.",
    ),
    (
        "fa",
        "سخنگوی وزارت خارجه کسلیا ادعای رسانه‌ها را رد کرد.",
        "سخنگوی وزارت خارجه کسلیا، رضا کاظمی، افزود که این ادعا بی‌اساس است.",
    ),
]


@pytest.mark.parametrize("paragraphs", DESCRIBED_THEN_NAMED, ids=range(len(DESCRIBED_THEN_NAMED)))
def test_a_description_then_its_holder_named_is_the_holder(paragraphs) -> None:
    language, *texts = paragraphs
    speakers = [who for _, who, _ in said(language, *texts)]
    assert speakers == [speakers[1]] * 2 and speakers[1] in ("سامي حمدان", "علی رضوانی", "رضا کاظمی")


NOT_CERTAINLY_THE_SAME = [
    (
        "ar",
        "قال المتحدث باسم حركة النور إن القوات باقية في البلدة.",
        "وقال المتحدث باسم وزارة الدفاع سامي حمدان إن الوزارة لن تتدخل.",
    ),
    (
        "ar",
        "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
        "وكانت وزارة الخارجية الكسلية قد استدعت السفير.",
        "وأضاف المتحدث باسم الوزارة، سامي حمدان، أن الوضع مستقر.",
    ),
    ("ar", "قال متحدث باسم حركة النور إن القوات باقية.", "وقال متحدث آخر باسم الحركة، سامي حمدان، إن الحركة لن تنسحب."),
    (
        "fa",
        "فرماندار زاهدان گفت: هیچ حمله‌ای به این شهر صورت نگرفته است.",
        "علی رضوانی فرماندار سابق زاهدان گفت: اوضاع آرام نیست.",
    ),
    (
        "fa",
        "فرماندار زاهدان گفت: هیچ حمله‌ای به این شهر صورت نگرفته است.",
        "علی رضوانی معاون فرماندار زاهدان گفت: اوضاع آرام است.",
    ),
]


@pytest.mark.parametrize("paragraphs", NOT_CERTAINLY_THE_SAME, ids=range(len(NOT_CERTAINLY_THE_SAME)))
def test_a_description_of_another_office_keeps_the_description(paragraphs) -> None:
    language, *texts = paragraphs
    speakers = [who for _, who, _ in said(language, *texts)]
    assert len(speakers) == 2 and speakers[0] != speakers[1]
