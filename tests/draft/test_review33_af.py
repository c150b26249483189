"""Review of round 32's Arabic and Persian rules (r32-m-af, r32-w-af, r32-w-fa, the lead's 'مجرد تهمة', bbb7b48):
made-up sentences for the defects found, each failing before its mend.

- Persian 'نه ... و نه' (neither ... nor) denied as 'we did not' wherever a word ending in 'یم' stood by it: a noun
  ('تحریم', sanctions; 'رژیم', regime) is no verb of 'we'; the verb is the perfect ('فرستاده‌ایم'), the present
  ('می‌فرستیم'), the simple past ('فرستادیم') or 'we are', 'we have' ('هستیم', 'داریم').
- A Persian paragraph that 'speaks as we' counted plural nouns in 'ایم' ('جرایم', crimes; 'علایم', signs) as the
  perfect's ending: a reporter's paragraph after a statement was the statement's.
- Arabic 'بيان لX' read as a statement whose issuer X is named after it where 'ل' is the word's own letter ('بيان لاحق',
  a later statement) or 'ل' carries a pronoun of two ('بيان لهما'): 'احق' and 'هما' spoke.
- A headline that names a body's statement ('بيان X بشأن ...'): its issuer ran over a verb ('بيان الجيش ينفي ...' made
  'الجيش ينفي' the speaker), and 'إعلان' (an announcing, 'إعلان الجيش انسحابه', the army's announcing its withdrawal)
  was read as a statement, its object as part of the issuer.
- An adverb in the accusative's form before a verb of deeming's colon: two lists of such adverbs answered the same
  question ('أبدا', 'دائما' in one only), so the subject was cut at them.
"""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import said

CLAIM = "رسانه‌ها گزارش دادند که کسلیا به حرکت نور سلاح و نیرو فرستاده است."

NEITHER_NOR_NOUNS = [
    "سامان رحیمی گفت: «راه حل نه در جنگ است و نه در تحریم.»",
    "سامان رحیمی گفت: «ملت کسلیا نه با تهدید و نه با تحریم عقب‌نشینی می‌کند.»",
    "سامان رحیمی گفت: «نه این رژیم و نه آن رژیم به مردم کمک کرده است.»",
]


@pytest.mark.parametrize("text", NEITHER_NOR_NOUNS, ids=range(len(NEITHER_NOR_NOUNS)))
def test_neither_nor_by_a_noun_in_yim_is_no_denial(text) -> None:
    assert [kind for kind, _, _ in said("fa", CLAIM, text)][1:] == ["quote"]


NEITHER_NOR_VERBS = [
    "سامان رحیمی گفت: ما نه سلاح فرستادیم و نه نیرو.",
    "سامان رحیمی گفت: ما نه سلاح فرستاده ایم و نه نیرو.",
    "سامان رحیمی گفت: ما نه سلاح داریم و نه نیرو.",
    "سامان رحیمی گفت: «ما نه سلاح و نه نیرو به حرکت نور می‌فرستیم.»",
]


@pytest.mark.parametrize("text", NEITHER_NOR_VERBS, ids=range(len(NEITHER_NOR_VERBS)))
def test_neither_nor_by_a_verb_of_we_still_denies(text) -> None:
    assert [(kind, who) for kind, who, _ in said("fa", CLAIM, text)][1:] == [("denial", "سامان رحیمی")]


STATEMENT = ("سامان رحیمی در بیانیه‌ای اعلام کرد:", "ما نیرو اعزام کرده‌ایم و در این منطقه می‌مانیم.")
PLURALS_IN_AYIM = [
    "سازمان ملل پیش از این جرایم جنگی و جرایم علیه بشریت را در این منطقه ثبت کرده بود.",
    "سازمان ملل پیش از این علایم این بیماری و جرایم این گروه را ثبت کرده بود.",
]


@pytest.mark.parametrize("last", PLURALS_IN_AYIM, ids=range(len(PLURALS_IN_AYIM)))
def test_a_plural_in_ayim_is_no_we(last) -> None:
    assert all(who != "سامان رحیمی" for _, who, words in said("fa", *STATEMENT, last) if words.rstrip(".") == last[:-1])


def test_a_paragraph_that_speaks_as_we_still_goes_on() -> None:
    last = "ما در این منطقه مانده‌ایم و از مردم دفاع می‌کنیم."
    assert [who for _, who, words in said("fa", *STATEMENT, last) if words.rstrip(".") == last[:-1]] == ["سامان رحیمی"]


FIRST = "وذكر بيان لجهاز المخابرات أن القوات انسحبت."
NO_ISSUER_AFTER = [
    "وقال بيان لاحق إن القوات باقية.",
    "وأوضح بيان لهما أن القوات باقية.",
]


@pytest.mark.parametrize("text", NO_ISSUER_AFTER, ids=range(len(NO_ISSUER_AFTER)))
def test_a_statement_whose_lam_is_no_issuer_s_is_the_last_statement_s(text) -> None:
    assert [who for _, who, _ in said("ar", FIRST, text)] == ["جهاز المخابرات", "جهاز المخابرات"]


def test_a_later_statement_alone_names_no_issuer() -> None:
    assert all(who != "احق" for _, who, _ in said("ar", "وقال بيان لاحق إن القوات باقية."))


@pytest.mark.parametrize(
    "text, who",
    [
        ("وأوضح بيان لوزارة الداخلية أن القوات باقية.", "وزارة الداخلية"),
        ("وأوضح بيان للحركة أن القوات باقية.", "الحركة"),
    ],
)
def test_a_statement_whose_issuer_is_named_after_it_is_the_issuer_s(text, who) -> None:
    assert [w for _, w, _ in said("ar", FIRST, text)] == ["جهاز المخابرات", who]


def _headed(language: str, *paragraphs: str) -> list[tuple[str, str]]:
    text = "\n\n".join(paragraphs) + "\n"
    units = attributor_for(language).analyse(read(ArchivedText(text)), NameIndex(), set()).units
    return [(u.kind, u.speaker.label) for u in units]


def test_a_headline_statement_s_issuer_ends_at_its_verb() -> None:
    labels = {
        who for _, who in _headed("ar", "بيان الجيش الكسلي ينفي انسحاب القوات", "نحن ننفي الأنباء عن انسحاب القوات.")
    }
    assert labels == {"الجيش الكسلي"}


def test_an_announcing_in_a_headline_is_no_statement() -> None:
    units = _headed(
        "ar", "إعلان الجيش الكسلي انسحابه من البلدة", "وتبين أن الأنباء عن انسحاب القوات من الحدود عارية عن الصحة."
    )
    assert units == []


ADVERBS = [
    ("واعتبرت حركة النور دائما: «القوات باقية في مواقعها».", "حركة النور"),
    ("واعتبرت حركة النور أبدا: «القوات باقية في مواقعها».", "حركة النور"),
    ("واعتبر داريو فين دائما: «القوات باقية في مواقعها».", "داريو فين"),
    ("واعتبر داريو فين أبدا: «القوات باقية في مواقعها».", "داريو فين"),
]


@pytest.mark.parametrize("text, speaker", ADVERBS, ids=range(len(ADVERBS)))
def test_every_adverb_before_the_colon_is_no_object_deemed(text, speaker) -> None:
    assert [(k, s) for k, s, _ in said("ar", text)] == [("quote", speaker)]


# An embassy's city after 'در' stays in the subject; an occasion or a writing after it, indefinite ('در نشستی خبری',
# 'در پیامی کوتاه') or in construct ('در گفتگوی تلفنی'), is no city.
OCCASIONS = [
    "یک مقام سفارت کسلیا در گفتگوی تلفنی با خبرگزاری نور این گزارش را تکذیب کرد.",
    "سفیر سفارت کسلیا در نشستی خبری این گزارش را تکذیب کرد.",
    "سفارت کسلیا در پیامی کوتاه این گزارش را تکذیب کرد.",
    "سفارت کسلیا در گفتگوی تلفنی با خبرگزاری نور این گزارش را تکذیب کرد.",
]


@pytest.mark.parametrize("text", OCCASIONS, ids=range(len(OCCASIONS)))
def test_an_occasion_after_an_embassy_is_no_city(text) -> None:
    assert [(k, "در" in who.split()) for k, who, _ in said("fa", text)] == [("denial", False)]


def test_an_embassy_s_city_stays_in_the_subject() -> None:
    assert [who for _, who, _ in said("fa", "سفارت کسلیا در صنعا این گزارش را تکذیب کرد.")] == ["سفارت کسلیا در صنعا"]


# In Arabic, 'we' is the ending 'نا' ('عملنا', 'جهودنا', 'قضايانا'); an accusative's alif after a noun's 'ن' ('بيانا', a
# statement; 'إعلانا', 'أحيانا', 'مكانا') is no 'we', and a reporter's paragraph with two of them is not the statement's.
ARABIC_STATEMENT = ("وقالت حركة النور في بيان:", "إننا نؤكد أن القوات باقية في مواقعها.")
ACCUSATIVES_IN_ANA = [
    "وكانت الوزارة قد أصدرت بيانا مماثلا، كما نشرت الحركة إعلانا آخر في اليوم نفسه.",
    "وتشهد البلدة أحيانا اشتباكات، وتحولت مكانا للنازحين.",
]


@pytest.mark.parametrize("last", ACCUSATIVES_IN_ANA, ids=range(len(ACCUSATIVES_IN_ANA)))
def test_an_accusative_in_ana_is_no_we(last) -> None:
    assert all(who != "حركة النور" for _, who, words in said("ar", *ARABIC_STATEMENT, last) if words in last)


def test_an_arabic_paragraph_that_speaks_as_we_still_goes_on() -> None:
    last = "لقد دافعنا عن قضايانا وسنواصل جهودنا حتى النهاية."
    assert [who for _, who, words in said("ar", *ARABIC_STATEMENT, last) if words in last] == ["حركة النور"]
