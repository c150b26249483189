"""Arabic and Persian, round 39 of issue 17: a review of round 38's Arabic and Persian rules, each defect found shown
in made-up variants (names, bodies and places invented: Sami Hamdan, Ramin Delavari, Kessel Brigades, the state of
Kesslia), apart from the records on file that the index reads.
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import AF_LEAD, LEAD_AR, claimants, project_index, said


def kinds(language: str, *texts: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from the lead and ``texts``."""
    lead = AF_LEAD[language]
    return [(kind, who) for kind, who, _ in said(language, lead, *texts)]


# --- Persian 'ها' is the plural, no speaker's pronoun: reports about another's side called a campaign ---------------

ABOUT_ANOTHERS_SIDE_FA = [
    "سپاه کسلیا گزارش\u200cها درباره حمله شورشی\u200cها به روستا را جنگ روانی علیه مردم خواند.",
    "سپاه کسلیا گزارش\u200cها درباره حمله آن\u200cها به روستا را جنگ روانی علیه مردم خواند.",
    "سپاه کسلیا گزارش\u200cها درباره حمله شورشیها به روستا را جنگ روانی علیه مردم خواند.",
    "تیپ کسل اخبار درباره پیشروی مخالف\u200cها را جنگ روانی علیه مردم خواند.",
]


@pytest.mark.parametrize("text", ABOUT_ANOTHERS_SIDE_FA)
def test_a_campaign_about_anothers_side_in_persian_is_no_denial(text):
    assert all(kind != "denial" for kind, _ in kinds("fa", text))


ABOUT_ITS_OWN_SIDE_FA = [
    "سپاه کسلیا گزارش\u200cها درباره عقب\u200cنشینی نیروهایش را جنگ روانی علیه مردم خواند.",
    "سپاه کسلیا گزارش\u200cها درباره عقب\u200cنشینی نیروهای\u200cشان را جنگ روانی علیه مردم خواند.",
]


@pytest.mark.parametrize("text", ABOUT_ITS_OWN_SIDE_FA)
def test_a_campaign_about_its_own_side_in_persian_stays_a_denial(text):
    assert kinds("fa", text) == [("denial", "سپاه کسلیا")]


# --- Arabic 'شعبة' (a branch) folds as 'شعبه' (his people): a campaign against a branch is no campaign at the public ---

AGAINST_A_BRANCH_AR = [
    "وقال سامي حمدان إن ما نشرته القناة أكاذيب ضد شعبة المعلومات.",
    "وقالت ليلى ناصر إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف شعبة الاستخبارات.",
    "وقال سامي حمدان إن ما تبثه قناة الفجر أكاذيب بحق شعبة التحقيقات.",
]


@pytest.mark.parametrize("text", AGAINST_A_BRANCH_AR)
def test_a_campaign_against_a_branch_is_still_a_denial(text):
    assert [kind for kind, _ in kinds("ar", text)] == ["denial"]


AGAINST_THE_PUBLIC_AR = [
    "وقال سامي حمدان إن ما نشرته القناة أكاذيب ضد شعبنا.",
    "وقالت ليلى ناصر إن تقارير قناة الفجر عن الحكومة حملة تضليل تستهدف أبناء شعبها.",
]


@pytest.mark.parametrize("text", AGAINST_THE_PUBLIC_AR)
def test_a_campaign_against_the_people_stays_no_denial(text):
    assert all(kind != "denial" for kind, _ in kinds("ar", text))


# --- Arabic: a verdict in the accusative after a verb of deeming negated ('لا يعد كذبا') calls nothing untrue ---------

NOT_DEEMED_FALSE_AR = [
    "وقال سامي حمدان إن ما نشرته القناة لا يعد كذبا.",
    "وأكدت ليلى ناصر أن ما تداولته الصحف لا يعتبر باطلا.",
    'وقال سامي حمدان إن ما نشرته القناة لم يعد "كذبا محضا".',
    "وقال سامي حمدان إن ما بثته القناة لن يعتبر مفبركا.",
]


@pytest.mark.parametrize("text", NOT_DEEMED_FALSE_AR)
def test_a_verdict_after_a_negated_verb_of_deeming_is_no_denial(text):
    assert all(kind != "denial" for kind, _ in kinds("ar", text))


DEEMED_FALSE_AR = [
    "وقال سامي حمدان إن ما نشرته القناة يعد كذبا.",
    "وأكدت ليلى ناصر أن ما تداولته الصحف يعتبر باطلا.",
]


@pytest.mark.parametrize("text", DEEMED_FALSE_AR)
def test_a_verdict_after_a_verb_of_deeming_stays_a_denial(text):
    assert [kind for kind, _ in kinds("ar", text)] == ["denial"]


# --- Arabic: a statement an outlet publishes for another whose name opens with a hamza's alef ('بيانا لأسامة حمدان') ---

THEN_AR = 'وجاء في البيان: "إن التقارير لا أساس لها من الصحة".'
RELAYED_WITH_HAMZA_AR = [
    ("بثت قناة الفجر بيانا لأسامة حمدان.", "أسامة حمدان"),
    ("نشرت وكالة كسنا بيانا لإبراهيم الوردي.", "إبراهيم الوردي"),
    ("بثت قناة الفجر بيانا لـأسامة حمدان.", "أسامة حمدان"),
    ("بثت قناة الفجر بيانا لإمارة كيسل الإسلامية.", "إمارة كيسل الإسلامية"),
]


@pytest.mark.parametrize(("published", "owner"), RELAYED_WITH_HAMZA_AR)
def test_a_statement_published_for_one_named_with_a_hamza_is_theirs(published, owner):
    assert said("ar", LEAD_AR, published, THEN_AR) == [("denial", owner, "إن التقارير لا أساس لها من الصحة")]


def test_a_statement_published_for_one_named_without_a_hamza_stays_theirs():
    got = said("ar", LEAD_AR, "بثت قناة الفجر بيانا لسامي حمدان.", THEN_AR)
    assert got == [("denial", "سامي حمدان", "إن التقارير لا أساس لها من الصحة")]


# --- Arabic: 'ألوية' (brigades) opening a sentence is no verb whose 'أل' folds as the article ('ألقى', 'ألغت') ---------

BRIGADES_OPENING_AR = [
    "ألوية الفجر وصلت إلى المدينة، نافية الأنباء عن انسحابها.",
    "ألوية الفجر في المدينة، نافية الأنباء عن انسحابها.",
    "وألوية كيسل تواصل تقدمها نحو المدينة، نافية الأنباء عن انسحابها.",
]


@pytest.mark.parametrize("text", BRIGADES_OPENING_AR)
def test_brigades_opening_a_sentence_are_no_deed_verb(text):
    # (the brigades' name is no verb with its subject after it: no denier read from the words after 'ألوية')
    assert all(who.startswith("ألوية") for _, who in kinds("ar", text))


def test_a_deed_whose_verb_opens_with_a_hamza_and_lam_is_still_its_subjects():
    text = "وألقى سامي حمدان كلمة في الحفل، نافيا الأنباء عن انسحاب القوات."
    assert kinds("ar", text) == [("denial", "سامي حمدان")]


# --- Arabic: a deed's object with an owner's ending on its 'ة' ('زيارتها') ends the subject, as 'زيارته' does ---------

OBJECT_WITH_AN_OWNER_AR = [
    ("وألغت ليلى ناصر زيارتها إلى المدينة، نافية الأنباء عن انسحاب القوات.", "ليلى ناصر"),
    ("وبدأ سامي حمدان جولتهم في الجنوب، نافيا الأنباء عن انسحاب القوات.", "سامي حمدان"),
    ("وزار سامي حمدان مدينتنا، نافيا الأنباء عن انسحاب القوات.", "سامي حمدان"),
    ("وأنهى سامي حمدان جولته في الجنوب، نافيا الأنباء عن انسحاب القوات.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "denier"), OBJECT_WITH_AN_OWNER_AR)
def test_a_deeds_object_with_an_owners_ending_is_no_part_of_the_name(text, denier):
    assert kinds("ar", text) == [("denial", denier)]


# --- Persian: 'نمی‌شود' before 'و' is a finite verb ending its clause, not 'one cannot' before a short infinitive -------

NOT_HELD_THEN_DENIED_FA = [
    (
        "وزارت خارجه کسلیا اعلام کرد نشست فردا برگزار نمی\u200cشود و گزارش\u200cها درباره توافق را تکذیب کرد.",
        "وزارت خارجه کسلیا",
    ),
    (
        "وزارت خارجه کسلیا گفت که نشست فردا برگزار نمیشود و گزارش\u200cها درباره توافق را تکذیب کرد.",
        "وزارت خارجه کسلیا",
    ),
    ("رامین دلاوری گفت: «نشست فردا برگزار نمی\u200cشود و ما این گزارش را تکذیب می\u200cکنیم.»", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "denier"), NOT_HELD_THEN_DENIED_FA)
def test_a_denial_after_a_finite_nemishavad_and_va_is_a_denial(text, denier):
    assert kinds("fa", text) == [("denial", denier)]


CANNOT_BE_DENIED_FA = [
    "رامین دلاوری گفت: «نمی\u200cشود نقش کسلیا را انکار کرد.»",
    "رامین دلاوری گفت نمی\u200cتوان نقش کسلیا را انکار کرد.",
]


@pytest.mark.parametrize("text", CANNOT_BE_DENIED_FA)
def test_what_cannot_be_denied_stays_no_denial(text):
    assert all(kind != "denial" for kind, _ in kinds("fa", text))


# --- Persian: 'تبلیغاتی' qualifies the word right before it; a report about a campaign office is no propaganda claim ---

PROPAGANDA_OF_ANOTHER_WORD_FA = [
    "سخنگوی وزارت خارجه کسلیا گفت این گزارش درباره ستاد تبلیغاتی نامزدها است.",
    "رامین دلاوری گفت این خبر مربوط به هزینه\u200cهای تبلیغاتی حزب است.",
    "رامین دلاوری گفت گزارش کمیته درباره فعالیت\u200cهای تبلیغاتی احزاب بوده است.",
]


@pytest.mark.parametrize("text", PROPAGANDA_OF_ANOTHER_WORD_FA)
def test_a_report_about_a_campaign_office_is_no_propaganda_claim(text):
    assert all(kind != "denial" for kind, _ in kinds("fa", text))


PROPAGANDA_CLAIM_FA = [
    "رامین دلاوری گفت این ادعا یک ادعای تبلیغاتی است.",
    "رامین دلاوری گفت این خبر ادعایی تبلیغاتی بوده است.",
    "رامین دلاوری گفت این گزارش تبلیغات دشمن است.",
]


@pytest.mark.parametrize("text", PROPAGANDA_CLAIM_FA)
def test_a_claim_called_a_propaganda_claim_stays_a_denial(text):
    assert kinds("fa", text) == [("denial", "رامین دلاوری")]


# --- 'المالية' (finance) and 'البنين' (boys) name no state: a state's generic body on file stays linked beside them ----

DENIED_BY_PARLIAMENT = "ونفى مجلس النواب الأنباء عن انسحاب القوات."
NO_STATE_NAMED_AR = [
    "وقالت وزارة المالية إن الرواتب ستصرف.",
    "وقال وزير المالية إن الرواتب ستصرف.",
    "وقالت مديرة مدرسة البنين إن الدوام مستمر.",
]


def _linked(before: str) -> tuple[list[tuple[str, object]], dict[str, str]]:
    got = claimants("ar", LEAD_AR, before, DENIED_BY_PARLIAMENT, index=project_index())
    paragraphs = read(ArchivedText("\n\n".join(("Title", LEAD_AR, before, DENIED_BY_PARLIAMENT)) + "\n"))
    return got, {n.id: n.why for n in named_on_file(paragraphs, project_index(), {1})}


@pytest.mark.parametrize("before", NO_STATE_NAMED_AR)
def test_finance_or_boys_name_no_state_against_a_body_on_file(before):
    got, named = _linked(before)
    assert ("denial", "iraqi-parliament") in got, got
    assert named.get("iraqi-parliament") == "", named


def test_finance_of_another_state_still_keeps_the_body_unlinked():
    got, named = _linked("وقالت وزارة المالية الليبية إن الرواتب ستصرف.")
    assert ("denial", "iraqi-parliament") not in got, got
    assert named.get("iraqi-parliament", "proposed") != "", named


# --- Persian: 'گرفت و گیر' (arrests) is one noun; its 'گرفت' ends no clause before 'و' as 'نادیده گرفت و' does -------

ARRESTS_NAMED_FA = [
    ("رامین دلاوری به گرفت و گیر معترضان اشاره کرد و گزارش\u200cها را تکذیب کرد.", "رامین دلاوری"),
    ("رامین دلاوری از گرفت و گیر خبرنگاران انتقاد کرد و گزارش\u200cها درباره توافق را تکذیب کرد.", "رامین دلاوری"),
    (
        "وزارت کشور کسلیا درباره گرفت و گیرهای اخیر توضیح داد و گزارش\u200cها درباره شکنجه را تکذیب کرد.",
        "وزارت کشور کسلیا",
    ),
]


@pytest.mark.parametrize(("text", "denier"), ARRESTS_NAMED_FA)
def test_arrests_named_gereft_o_gir_open_no_clause(text, denier):
    assert kinds("fa", text) == [("denial", denier)]


def test_ignored_then_a_new_subject_still_opens_a_clause():
    text = "رامین دلاوری حمله را نادیده گرفت و وزارت خارجه کسلیا گزارش\u200cها را تکذیب کرد."
    assert kinds("fa", text) == [("denial", "وزارت خارجه کسلیا")]


# --- Arabic: 'إن كل ما صدر عن Y "..."' quotes the speaker judging Y's words, as 'إن ما صدر عن Y "..."' does ------------

ALL_THAT_CAME_FROM_AR = [
    ('وقال سامي حمدان إن كل ما صدر عن الوزارة "لا يمثل الحركة".', "سامي حمدان"),
    ('وأكدت ليلى ناصر أن كل ما صدر عن كتائب كيسل "لا يعنينا".', "ليلى ناصر"),
    ('وقال سامي حمدان إن كل ما صدر عن المتحدث باسم الوزارة "لا يمثلنا".', "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "speaker"), ALL_THAT_CAME_FROM_AR)
def test_all_that_came_from_another_quotes_the_one_judging_it(text, speaker):
    assert [who for _, who in kinds("ar", text)] == [speaker]


def test_what_came_from_another_still_quotes_the_one_judging_it():
    assert [who for _, who in kinds("ar", 'وقال سامي حمدان إن ما صدر عن الوزارة "لا يمثل الحركة".')] == ["سامي حمدان"]
