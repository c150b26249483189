"""Arabic and Persian, round 32: shapes a walk-through found that drafting still got wrong, written again with made-up
names (سامي حمدان، سامان رحیمی، کسلیا، حركة النور).

- a rank of two words ('الفريق أول', general; 'الفريق أول الركن') before a name: 'أول' (first) was read as the
  name's first word ('أول سامي حمدان') or, with 'الركن' after it, the rank alone as an office that spoke; and an
  office of a unit with an ordinal ('قائد المنطقة العسكرية الثالثة العميد X') ended before the ordinal, read as the
  object, so the office, not the holder, spoke.
- a Persian statement or post announced by a colon and continued over paragraphs without marks: a list of points
  ('۱- ...', '2. ...', 'دوم: ...') lost every item after the first; a paragraph after the first that speaks as 'we'
  ('ما ... کرده‌ایم ... می‌مانیم') was lost.
- Persian 'نه ... و نه ...' (neither ... nor) with a positive verb says 'not' of each part, as a negated verb does:
  after a claim, the speaker's denial; 'نه تنها ... بلکه ...' (not only ... but) adds, and denies nothing.
"""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import said

# ---- 1. two ranks, or a rank of two words, before a name

RANKED_NAMES = [
    "وقال الفريق أول سامي حمدان إن القوات باقية.",
    "وقال الفريق أول الركن سامي محمد حمدان إن القوات باقية.",
    "وقال الفريق أول ركن سامي محمد حمدان إن القوات باقية.",
    "وقال القائد العام الفريق أول سامي محمد حمدان إن القوات باقية.",
    "وأكد قائد الجيش الفريق أول سامي حمدان أن القوات باقية.",
    "وقال المتحدث باسم الجيش الكسلي الفريق أول سامي حمدان إن القوات باقية.",
    "وقال قائد المنطقة العسكرية الثالثة العميد الركن سامي محمد حمدان إن القوات باقية.",
    "وقال قائد المنطقة العسكرية الثالثة اللواء الركن سامي حمدان إن القوات باقية.",
    "وقال قائد الفرقة المدرعة الأولى الفريق أول الركن سامي محمد حمدان إن القوات باقية.",
    "ونفى قائد المنطقة العسكرية الخامسة اللواء الركن سامي محمد حمدان الأنباء عن انسحاب القوات.",
    # (already right, kept so: one rank, two ranks, an office then two ranks)
    "وقال العميد الركن سامي محمد حمدان إن القوات باقية.",
    "وقال رئيس هيئة الأركان العامة الفريق الركن سامي محمد حمدان إن القوات باقية.",
    "وقال القائد العام لقوات النور الفريق أول الركن سامي محمد حمدان إن القوات باقية.",
]


@pytest.mark.parametrize("text", RANKED_NAMES, ids=range(len(RANKED_NAMES)))
def test_the_person_with_both_ranks_speaks(text) -> None:
    (unit,) = said("ar", text)
    assert unit[1] in ("سامي حمدان", "سامي محمد حمدان")


# ---- 2. a Persian statement or post continued over paragraphs without marks

LISTS = [
    (
        "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد:",
        "- نیروهای این کشور در مرز باقی می‌مانند.",
        "- این نیروها برای دفاع از مرزها اعزام شده‌اند.",
    ),
    (
        "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد:",
        "۱. نیروهای این کشور در مرز باقی می‌مانند.",
        "۲. این نیروها برای دفاع از مرزها اعزام شده‌اند.",
    ),
    (
        "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد:",
        "۱- نیروهای این کشور در مرز باقی می‌مانند.",
        "۲- این نیروها برای دفاع از مرزها اعزام شده‌اند.",
        "۳- این نیروها تا پایان ماموریت می‌مانند.",
    ),
    (
        "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد:",
        "اول: نیروهای این کشور در مرز باقی می‌مانند.",
        "دوم: این نیروها برای دفاع از مرزها اعزام شده‌اند.",
    ),
    (
        "سامان رحیمی در پستی در شبکه ایکس نوشت:",
        "1) نیروهای کسلیا در مرز باقی می‌مانند.",
        "2) این نیروها برای دفاع از مرزها اعزام شده‌اند.",
    ),
]


@pytest.mark.parametrize("paragraphs", LISTS, ids=range(len(LISTS)))
def test_every_point_of_an_announced_list_is_the_announcer_s(paragraphs) -> None:
    who = "سامان رحیمی" if "سامان" in paragraphs[0] else "وزارت دفاع کسلیا"
    assert [s for _, s, _ in said("fa", *paragraphs)] == [who] * (len(paragraphs) - 1)


WE_GO_ON = [
    (
        "سامان رحیمی، سخنگوی وزارت دفاع کسلیا، در پستی در شبکه ایکس نوشت:",
        "نیروهای ما در مرز باقی می‌مانند و هیچ عقب‌نشینی در کار نیست.",
        "ما این نیروها را برای دفاع از مرزهایمان اعزام کرده‌ایم و تا پایان ماموریت می‌مانیم.",
    ),
    (
        "وزارت دفاع کسلیا در بیانیه‌ای اعلام کرد:",
        "نیروهای این کشور در مرز باقی می‌مانند.",
        "ما به هیچ کشوری تجاوز نکرده‌ایم و در برابر هر تجاوزی ایستاده‌ایم.",
    ),
    (
        "سامان رحیمی در پستی در تلگرام نوشت:",
        "نیروهای کسلیا در مرز باقی می‌مانند.",
        "ما آماده گفتگو هستیم و جنگ نمی‌خواهیم.",
    ),
]


@pytest.mark.parametrize("paragraphs", WE_GO_ON, ids=range(len(WE_GO_ON)))
def test_an_announced_statement_goes_on_while_it_speaks_as_we(paragraphs) -> None:
    assert len({s for _, s, _ in said("fa", *paragraphs)}) == 1
    assert len(said("fa", *paragraphs)) == 2


NOT_GOING_ON = [
    # (a reporter's paragraph after the announced one, with one 'we' at most: not the announcer's)
    (
        "سامان رحیمی در پستی در شبکه ایکس نوشت:",
        "نیروهای کسلیا در مرز باقی می‌مانند.",
        "این پست پس از آن منتشر شد که رسانه‌ها از عقب‌نشینی نیروها خبر داده بودند.",
    ),
    (
        "سامان رحیمی در پستی در شبکه ایکس نوشت:",
        "نیروهای کسلیا در مرز باقی می‌مانند.",
        "به گزارش خبرنگار ما، نیروهای کسلیا از تصمیم دولت حمایت می‌کنند.",
    ),
    # (a paragraph that opens with a number is no list item after a paragraph that announces none)
    ("سامان رحیمی گفت که نیروها باقی می‌مانند.", "20 نفر در این حمله کشته شدند."),
]


@pytest.mark.parametrize("paragraphs", NOT_GOING_ON, ids=range(len(NOT_GOING_ON)))
def test_a_reporter_s_paragraph_after_it_is_not_the_announcer_s(paragraphs) -> None:
    last = paragraphs[-1].rstrip(".")
    assert all(who != "سامان رحیمی" for _, who, words in said("fa", *paragraphs) if words.rstrip(".") == last)


# ---- 4. Persian 'neither ... nor' with a positive verb of 'we' denies; 'not only ... but' does not

CLAIM = "رسانه‌ها گزارش دادند که کسلیا به حرکت نور سلاح و نیرو فرستاده است."

NEITHER_NOR = [
    "سامان رحیمی گفت: ما نه سلاح به حرکت نور فرستاده‌ایم و نه نیرو.",
    "سامان رحیمی گفت: «ما نه سلاح و نه نیرو به حرکت نور فرستاده‌ایم.»",
    "سامان رحیمی گفت: ما نه سلاح و نه نیرو فرستاده‌ایم.",
    "سامان رحیمی گفت: «ما نه سلاح فرستاده‌ایم، و نه نیرو اعزام کرده‌ایم.»",
    "سخنگوی وزارت دفاع کسلیا گفت: ما نه سلاح می‌فرستیم و نه نیرو.",
    # (a claimant told of inside the quotation is not the denier: 'we' is the speaker)
    "سامان رحیمی گفت: رسانه‌ها ادعا کرده‌اند که کسلیا سلاح فرستاده است، ما نه سلاح فرستاده‌ایم و نه نیرو.",
]


@pytest.mark.parametrize("text", NEITHER_NOR, ids=range(len(NEITHER_NOR)))
def test_neither_nor_with_a_positive_verb_of_we_denies(text) -> None:
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["denial"]
    assert said("fa", CLAIM, text)[-1][1] in ("سامان رحیمی", "سخنگوی وزارت دفاع کسلیا")


NOT_ONLY = [
    "سامان رحیمی گفت: ما نه تنها سلاح فرستاده‌ایم بلکه نیرو هم اعزام کرده‌ایم.",
    "سامان رحیمی گفت: ما نه تنها به حرکت نور سلاح داده‌ایم، بلکه نیروهایش را آموزش داده‌ایم.",
    "سامان رحیمی گفت: «ما نه فقط سلاح فرستاده‌ایم و نه تنها نیرو، بلکه از آنها حمایت سیاسی می‌کنیم.»",
    "سامان رحیمی گفت: ما نه صرفا سلاح داده‌ایم بلکه آموزش هم داده‌ایم.",
]


@pytest.mark.parametrize("text", NOT_ONLY, ids=range(len(NOT_ONLY)))
def test_not_only_but_denies_nothing(text) -> None:
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["quote"]


# ---- 5. a verb of the feminine with no subject of its own after a man named is not his; after an office described
# (a feminine noun, 'دائرة', whose verb was read as of the masculine: 'وأسفت' is listed as a form of its own), it is
# still the office's

FEMININE_AFTER_A_MAN = [
    ("قال سامي حمدان إن القوات باقية في البلدة.", "وأضافت أن الحركة لن تنسحب."),
    ("أكد سامي محمد حمدان، المتحدث باسم حركة النور، أن القوات باقية.", "وشددت على أن الحركة لن تنسحب."),
    ("نفى سامي حمدان الأنباء عن انسحاب القوات.", "وكانت صحيفة الأفق قد نشرت تقريرا.", "وذكرت أن القوات انسحبت."),
]


@pytest.mark.parametrize("paragraphs", FEMININE_AFTER_A_MAN, ids=range(len(FEMININE_AFTER_A_MAN)))
def test_a_feminine_verb_after_a_man_is_not_his(paragraphs) -> None:
    last = paragraphs[-1]
    assert all("سامي" not in who for _, who, words in said("ar", *paragraphs) if words == last)


def test_a_feminine_verb_after_an_office_described_is_the_office_s() -> None:
    paragraphs = (
        "ردت دائرة الإعلام في حركة النور، في بيان، على صحيفة الأفق، نافية إجراء مقابلة مع أحد قادتها.",
        "وأسفت دائرة الإعلام \u201cللانحدار المهني الذي انزلقت إليه الصحيفة\u201d.",
        "كما شددت على أن \u201cمزاعم الحياد سقطت بالكامل أثناء الحرب\u201d.",
    )
    assert [who for _, who, _ in said("ar", *paragraphs)][-1] == "دائرة الإعلام"


# ---- 3. a body's own statement, its headline naming it so ('بیانیه امارت اسلامی درباره ...', as al-Emarah heads
# what it publishes unsigned), in the first person plural: the body denies


def _headed(language: str, *paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from ``paragraphs``, the first of them the headline."""
    text = "\n\n".join(paragraphs) + "\n"
    units = attributor_for(language).analyse(read(ArchivedText(text)), NameIndex(), set()).units
    return [(u.kind, u.speaker.label) for u in units]


STATEMENTS_HEADED = [
    (
        "fa",
        "بیانیه امارت اسلامی درباره گزارش اخیر سازمان ملل",
        "گزارش اخیر سازمان ملل درباره حضور گروه‌های خارجی در افغانستان را رد می‌کنیم.",
        "امارت اسلامی",
    ),
    (
        "fa",
        "اعلامیه امارت اسلامی در مورد ادعاهای اخیر",
        "ادعاهای اخیر درباره حضور گروه‌های خارجی در افغانستان بی‌اساس است.",
        "امارت اسلامی",
    ),
    (
        "fa",
        "بیانیه وزارت دفاع کسلیا درباره گزارش‌های اخیر",
        "ما گزارش‌های اخیر درباره اعزام نیرو به مرز را تکذیب می‌کنیم.",
        "وزارت دفاع کسلیا",
    ),
    (
        "ar",
        "بيان الإمارة الإسلامية بشأن تقرير الأمم المتحدة الأخير",
        "نحن نرفض التقرير الأخير للأمم المتحدة عن وجود جماعات أجنبية في أفغانستان.",
        "الإمارة الإسلامية",
    ),
    (
        "ar",
        "بيان حركة النور حول تقرير الأمم المتحدة",
        "إننا ننفي بشدة ما جاء في التقرير الأخير عن وجود جماعات أجنبية في كسليا.",
        "حركة النور",
    ),
]


@pytest.mark.parametrize("language,head,body,who", STATEMENTS_HEADED, ids=range(len(STATEMENTS_HEADED)))
def test_a_statement_headed_as_a_body_s_is_the_body_s(language, head, body, who) -> None:
    assert _headed(language, head, body) == [("denial", who)]


NOT_HEADED = [
    # (a person's statement is told of in the third person; a headline that names no statement names no issuer)
    ("fa", "بیانیه سامان رحیمی درباره گزارش اخیر سازمان ملل", "گزارش اخیر سازمان ملل را رد می‌کنیم."),
    ("fa", "گزارش سازمان ملل درباره افغانستان", "گزارش اخیر سازمان ملل درباره افغانستان را رد می‌کنیم."),
    ("ar", "تقرير الأمم المتحدة بشأن أفغانستان", "نحن نرفض التقرير الأخير للأمم المتحدة عن أفغانستان."),
]


@pytest.mark.parametrize("language,head,body", NOT_HEADED, ids=range(len(NOT_HEADED)))
def test_no_statement_headed_no_issuer(language, head, body) -> None:
    assert _headed(language, head, body) == []
