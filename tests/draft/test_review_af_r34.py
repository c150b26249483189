"""Round 34's review of round 33's Arabic and Persian rules: the defects found, on made-up sentences.

1. Persian 'نه ... و نه' (neither ... nor): a noun that ends as a past participle does ('هفته', week; 'گذشته', the
   past; after a preposition or a demonstrative, 'در گذشته', 'این هفته'; an agent noun in '-نده', 'نماینده',
   'آینده') was read as a verb in the past, so a plain account in the present or the future became a denial.
2. Persian 'نه ... و نه' before 'will' in the first or second person ('مرعوب نخواهم شد', 'پیروز خواهید شد'): a resolve
   or a forecast, no account of what was done, as with 'will' in the third person.
3. Persian 'نه ... و نه' before one verb after a conjunction that opens a clause ('زیرا', 'چون', 'اما', 'ولی',
   'اگر'): the two 'نه' are the clause's subjects, as after 'که'; no denial.
4. Arabic: a rank between an office and its holder's name is the holder's, but an adjective of the body that ends
   the office ('الجوي' in 'قائد الدفاع الجوي اللواء X', the air defence; 'البحري') is the office's: the office was
   noted without it, and the whole office written again after another man was named was read as that man.
5. Arabic: the office noted with a holder's name that calls the body by its head word alone ('المتحدث باسم
   الوزارة، X') is the described office's only where no other body of that name is named (another state's ministry
   of defence too); a comma after the body's name elsewhere is no other body.
6. Persian 'بر اساس آنچه X نوشته است' (based on what X wrote): also written apart ('آن چه'); and only its own verb is
   no verb of saying, not the sentence's main verb after it where no comma stands between.
7. Arabic 'we' by the ending 'نا' after a hamza on an alif ('بدأنا', 'قرأنا'), which folding writes as an alif.
8. The Islamic State group's name then a country is a state's name only in Persian's construct, 'دولت اسلامی
   افغانستان': not where the country is the object after it ('دولت اسلامی عراق را تهدید کرد', threatened Iraq), nor
   one of two lands the group is named after ('دولت اسلامی عراق و سوریه'), nor in Arabic, where a definite noun heads
   no construct ('أعلنت الدولة الإسلامية سوريا ...').
9. Persian: a rank before one word met before is the man of that surname only where the word is a person's: 'سرهنگ
   ارتش' (an army colonel) after 'ارتش کسلیا' was the army; and a rank's grade 'یکم' written with the Arabic 'ي' and
   'ك' ('ستوان يكم X') is the rank's too, no word of the name.
10. Arabic 'ما ورد في X' (what came in X) names no speaker, but after 'استنادا إلى' (based on), as after 'بحسب', it
   gives X's words: 'واستنادا إلى ما ورد في بيان حركة النور، فإن ...' drafted nothing.
11. Persian 'نه ... و نه' with a verb of 'we' in the simple past ('فرستادیم'): not the verbal noun 'تقدیم' (presenting),
   which ends as such a verb does: 'نه به دولت و نه به مجلس تقدیم می‌شود' in a quotation was a denial of 'we'.
12. Persian 'نه ... و نه' before 'we will' ('ما نه با تهدید و نه با تحریم مرعوب نخواهیم شد'): a resolve, no account of
   what was done, as with 'will' of the other persons (2) and as the comment on 'we will not' says.

Made-up names only (سامان رحیمی، سامي حمدان، کسلیا، حركة النور).
"""

from __future__ import annotations

import pytest

from generator.draft.lang.arabic_script.plain_text import speaks_as_we
from generator.draft.linking import named_on_file
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from generator.project import Project
from tests.conftest import REPO, check
from tests.draft.conftest import said

CLAIM_FA = "سامان رحیمی گفت که کسلیا به حرکت نور سلاح داده است."


def _kinds(*paragraphs: str) -> list[str]:
    return [kind for kind, _, _ in said("fa", CLAIM_FA, *paragraphs)][1:]


# --- 1. a noun that ends as a participle does ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت که مذاکرات نه این هفته و نه هفته آینده برگزار می‌شود.",
        "سامان رحیمی گفت که کسلیا نه در گذشته و نه در آینده به دنبال جنگ است.",
        "سامان رحیمی گفت: «این گروه نه در کسلیا نماینده و نه در همسایگانش دفتر دارد.»",
        "سامان رحیمی گفت که نشست نه در هفته گذشته و نه امروز برگزار نمی‌شود.",
    ],
)
def test_persian_neither_nor_over_a_noun_like_a_participle_is_no_denial(text) -> None:
    assert "denial" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # (guards) a participle after the subject still denies, 'مانده' and 'خوانده' in '-انده' too
        "سامان رحیمی گفت که کسلیا نه به حرکت نور سلاح داده و نه نیرو.",
        "سامان رحیمی گفت که کسلیا نه این نامه را خوانده و نه آن گزارش را.",
        "سامان رحیمی گفت: «کسلیا نه در این جنگ بی‌طرف مانده و نه در جنگ قبلی.»",
    ],
)
def test_persian_neither_nor_with_a_participle_still_denies(text) -> None:
    assert _kinds(text) == ["denial"]


# --- 2. 'will' in the first or second person -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت: «من نه با تهدید و نه با تحریم مرعوب نخواهم شد.»",
        "سامان رحیمی گفت که شما نه با تهدید و نه با تحریم پیروز خواهید شد.",
        "سامان رحیمی گفت: «تو نه با تهدید و نه با تحریم پیروز نخواهی شد.»",
    ],
)
def test_persian_neither_nor_before_will_is_no_denial(text) -> None:
    assert "denial" not in _kinds(text)


# --- 3. a conjunction opening the clause before the two 'نه' ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت که کسلیا تنها مانده است زیرا نه این رژیم و نه آن رژیم به مردم کمک کرده است.",
        "سامان رحیمی گفت که کسلیا تنها مانده است چون نه این دولت و نه آن دولت به مردم کمک کرده است.",
        "سامان رحیمی گفت: «مردم صبر کردند اما نه این دولت و نه آن دولت به آنان کمک کرده است.»",
        "سامان رحیمی گفت: «مردم صبر کردند ولی نه این دولت و نه آن دولت به آنان کمک کرده است.»",
    ],
)
def test_persian_neither_nor_after_a_conjunction_is_no_denial(text) -> None:
    assert "denial" not in _kinds(text)


def test_persian_neither_nor_after_the_subject_after_a_conjunction_denies() -> None:
    # (guard) the subject after the conjunction, then the two 'نه': the speaker's denial
    text = "سامان رحیمی گفت که مردم نگران نباشند زیرا کسلیا نه سلاح و نه نیرو به حرکت نور فرستاده است."
    assert _kinds(text) == ["denial"]


# --- 4. an adjective of the body before the rank ---------------------------------------------------------------------

SECOND = "وقال وزير الخارجية نبيل كسلان إن الحدود مفتوحة."


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("قال قائد الدفاع الجوي اللواء سامي حمدان إن الطائرات عادت.", SECOND, "وقال قائد الدفاع الجوي إن الجيش مستعد."),
        ("قال قائد الأسطول البحري العميد سامي حمدان إن السفن عادت.", SECOND, "وقال قائد الأسطول البحري إن السفن بخير."),
        (
            "قال قائد الدفاع الجوي العميد الطيار سامي حمدان إن الطائرات عادت.",
            SECOND,
            "وأكد قائد الدفاع الجوي أن الجيش مستعد.",
        ),
    ],
)
def test_arabic_the_office_with_its_bodys_adjective_is_the_holder(paragraphs) -> None:
    # ('قائد الدفاع الجوي اللواء X' holds 'قائد الدفاع الجوي', the air defence's commander: the office written again
    # after another man is named is X, not the man named last)
    speakers = [who for _, who, _ in said("ar", *paragraphs)]
    assert speakers == ["سامي حمدان", "نبيل كسلان", "سامي حمدان"], speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        # (guards) the rank with its grade, an honorific, between the office and the name
        (
            "قال رئيس الأركان الكسلي الفريق أول سامي حمدان إن الجيش مستعد.",
            SECOND,
            "وقال رئيس الأركان الكسلي إن الحركة لم تهاجم.",
        ),
        (
            "قال وزير الصحة الكسلي الدكتور سامي حمدان إن المستشفيات تعمل.",
            SECOND,
            "وقال وزير الصحة الكسلي إن الأدوية متوفرة.",
        ),
    ],
)
def test_arabic_the_same_office_after_a_rank_is_the_holder(paragraphs) -> None:
    speakers = [who for _, who, _ in said("ar", *paragraphs)]
    assert speakers == ["سامي حمدان", "نبيل كسلان", "سامي حمدان"], speakers


# --- 5. the body by its head word alone ------------------------------------------------------------------------------


def test_arabic_the_ministry_alone_after_another_states_ministry_keeps_the_description() -> None:
    speakers = [
        who
        for _, who, _ in said(
            "ar",
            "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
            "وكانت وزارة الدفاع العراقية قد استدعت السفير.",
            "وأضاف المتحدث باسم الوزارة، سامي حمدان، أن الوضع مستقر.",
        )
    ]
    assert len(speakers) == 2 and speakers[0] != speakers[1], speakers


def test_arabic_the_ministry_alone_after_its_name_before_a_comma_is_the_holder() -> None:
    got = said(
        "ar",
        "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
        "وكانت وزارة الدفاع، في بيان سابق، قد تحدثت عن الهجوم.",
        "وأضاف المتحدث باسم الوزارة، سامي حمدان، أن الوضع مستقر.",
    )
    assert [who for _, who, _ in got] == ["سامي حمدان"] * 2, got


# --- 6. 'بر اساس آنچه X نوشته است' -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش ایسنا، بر اساس آن چه خبرگزاری فارس نوشته است، سامان رحیمی گفت که کسلیا سلاح نفرستاده است.",
        "بر اساس آنچه خبرگزاری فارس نوشته است سامان رحیمی گفت که کسلیا سلاح نفرستاده است.",
        "به گزارش ایسنا، بر اساس آنچه خبرگزاری فارس نوشته است سامان رحیمی گفت که کسلیا سلاح نفرستاده است.",
        "طبق آن چه فارس نوشته است سامان رحیمی گفت که کسلیا سلاح نفرستاده است.",
    ],
)
def test_persian_based_on_what_x_wrote_is_a_lead(text) -> None:
    assert [(k, who) for k, who, _ in said("fa", text)] == [("reported", "سامان رحیمی")]


# --- 7. Arabic 'we' after a hamza -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "بدأنا العمل منذ سنوات وقرأنا التقارير كلها.",
        "لجأنا إلى القضاء بعد أن أنشأنا اللجنة.",
    ],
)
def test_arabic_we_after_a_hamza_speaks_as_we(text) -> None:
    assert speaks_as_we(text, True)


@pytest.mark.parametrize(
    "text", ["أصدرت الحركة بيانا وأعلنت إعلانا آخر.", "قال الوزير إن الأمر يتكرر أحيانا مكانا بعد مكان."]
)
def test_arabic_an_accusative_is_still_no_we(text) -> None:
    # (guards) an accusative's alif after a noun's 'ن' ('بيانا', 'إعلانا', 'أحيانا', 'مكانا')
    assert not speaks_as_we(text, True)


def test_arabic_the_ministry_alone_after_its_name_before_which_is_the_holder() -> None:
    # (guard) 'التي' (which) after the body's name is no adjective of another ministry
    got = said(
        "ar",
        "قال المتحدث باسم وزارة الدفاع الكسلية إن الهجوم لم يقع.",
        "وكانت وزارة الدفاع التي تشرف على الحدود قد تحدثت عن الهجوم.",
        "وأضاف المتحدث باسم الوزارة، سامي حمدان، أن الوضع مستقر.",
    )
    assert [who for _, who, _ in got] == ["سامي حمدان"] * 2, got


# --- 8. the Islamic State group's name before a country --------------------------------------------------------------


@pytest.fixture(scope="module")
def on_file() -> NameIndex:
    corpus, _ = check(Project(REPO))
    return NameIndex.of(corpus)


def _named(text: str, index: NameIndex) -> list[str]:
    return [n.id for n in named_on_file(read(ArchivedText(f"Title\n\n{text}\n")), index, skip={1}) if not n.why]


@pytest.mark.parametrize(
    "text",
    [
        "گروه دولت اسلامی عراق را تهدید کرد.",
        "گروه دولت اسلامی سوریه را ترک کرد.",
        "از حمله گروه موسوم به دولت اسلامی عراق و سوریه خبر داد.",
        "أعلنت الدولة الإسلامية سوريا ولاية جديدة.",
    ],
)
def test_the_group_before_a_country_is_the_group(text, on_file) -> None:
    assert "isis" in _named(text, on_file)


def test_a_state_s_name_with_its_country_is_still_not_the_group(on_file) -> None:
    # (guard) the Persian construct: the state of Afghanistan
    assert "isis" not in _named("رئیس دولت اسلامی افغانستان در آن سال به کابل بازگشت.", on_file)


# --- 9. a Persian rank before a word met before ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سرهنگ ارتش گفت که هیچ حمله‌ای صورت نگرفته است.",
        "سرگرد ارتش به خبرنگاران گفت که هیچ حمله‌ای صورت نگرفته است.",
        "سرهنگ کسلیا گفت که هیچ حمله‌ای صورت نگرفته است.",
    ],
)
def test_persian_a_rank_before_a_word_of_a_body_is_no_body(text) -> None:
    got = [who for _, who, _ in said("fa", "ارتش کسلیا اعلام کرد که نیروهایش از مرز عقب نشسته‌اند.", text)]
    assert got[0] == "ارتش کسلیا" and got[1] != "ارتش کسلیا", got


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("ستوان يكم کامران نوری گفت که هیچ حمله‌ای صورت نگرفته است.",),
        ("سرهنگ دوم کامران نوری گفت که نیروها عقب نشسته‌اند.", "ستوان يكم کامران نوری گفت که هیچ حمله‌ای رخ نداده است."),
        # (guards) the Persian letters, and the surname after the rank alone
        ("ستوان یکم کامران نوری گفت که هیچ حمله‌ای صورت نگرفته است.",),
        ("سرهنگ دوم کامران نوری گفت که نیروها عقب نشسته‌اند.", "سرهنگ نوری افزود که هیچ حمله‌ای صورت نگرفته است."),
    ],
)
def test_persian_a_rank_s_grade_in_arabic_letters_is_no_name(paragraphs) -> None:
    assert {who for _, who, _ in said("fa", *paragraphs)} == {"کامران نوری"}


# --- 10. 'based on what came in X' ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "واستنادا إلى ما ورد في بيان حركة النور، فإن القوات انسحبت من البلدة.",
        "واستناداً إلى ما جاء في بيان حركة النور، فإن القوات انسحبت من البلدة.",
        # (guard) 'according to what'
        "وبحسب ما ورد في بيان حركة النور، فإن القوات انسحبت من البلدة.",
    ],
)
def test_arabic_based_on_what_came_in_a_statement_gives_its_words(text) -> None:
    assert [(k, who) for k, who, _ in said("ar", text)] == [("reported", "حركة النور")]


def test_arabic_what_came_in_the_circulated_statement_still_names_no_issuer() -> None:
    # (guard) the words answered
    assert [(k, who) for k, who, _ in said("ar", "ونفت الحركة ما ورد في البيان المتداول.")] == [("denial", "الحركة")]


# --- 11. 'تقدیم' is no verb of 'we' -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت: «این لایحه نه به دولت و نه به مجلس تقدیم می‌شود.»",
        "سامان رحیمی گفت: «این گزارش نه به وزیر و نه به مجلس تقدیم خواهد شد.»",
    ],
)
def test_persian_presenting_is_no_verb_of_we(text) -> None:
    assert "denial" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # (guards) the simple past of 'we'
        "سامان رحیمی گفت: «ما نه سلاح فرستادیم و نه نیرو.»",
        "سامان رحیمی گفت: «ما نه سلاح و نه نیرو به حرکت نور فرستادیم.»",
    ],
)
def test_persian_the_simple_past_of_we_still_denies(text) -> None:
    assert _kinds(text) == ["denial"]


# --- 12. 'we will' -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "سامان رحیمی گفت: «ما نه با تهدید و نه با تحریم مرعوب نخواهیم شد.»",
        "سامان رحیمی گفت: «ما نه با تهدید و نه با تحریم عقب‌نشینی خواهیم کرد.»",
        "سامان رحیمی گفت: «ما نه امروز و نه فردا تسلیم خواهیم شد.»",
    ],
)
def test_persian_neither_nor_before_we_will_is_no_denial(text) -> None:
    assert "denial" not in _kinds(text)


def test_persian_neither_nor_with_we_have_still_denies() -> None:
    # (guard) 'we have neither ... nor', as round 32 has it
    assert _kinds("سامان رحیمی گفت: «ما نه سلاح داریم و نه نیرو.»") == ["denial"]
