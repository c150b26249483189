"""Round 30's review: defects in the round's own rules, each shown by made-up sentences (names invented: Dario Venn,
Lev Arno, the Darvan Front, رامین کاظمی, حركة النور).

- 'reports' is the verb of 'The agency reports X as saying' too; only a name that holds 'which' or 'that' is none
  ('rejected reports (published by Y) which quoted X as saying').
- 'as' right before the verb, no subject between, opens no clause of another's: 'as having said' as 'as saying'.
- 'carried by the outlet': the words between the verb and the outlet are its description, never another phrase
  ('a statement released by the army about the Darvan Front': the front is what the words are about).
- a quotation over paragraphs closed by a double mark typed as two straight single ones ('') holds the paragraph
  between, as one closed by two curly ones does.
- Arabic: 'وقال الجيش في "بيان رسمي"': a body alone, then 'في' and words in marks that are no body's name, keeps its
  own name as the speaker (the marks hold the statement's title, not the body the office is in).
- Persian: 'هیچ کس ... را جدی نگرفته' (no one took ... seriously): 'هیچ' the subject, another the object, is no
  'has taken no one'; 'را' goes right before 'نگرفته' or its 'به اسارت', 'به گروگان' (and 'so far', تاکنون, before
  'هیچ' no longer hides 'تاکنون هیچ کس را به اسارت نگرفته‌ایم').
- Arabic and Persian: a source relayed inside another's reported clause ('به نقل از Y', 'نقلا عن Y') after words
  between the verb and 'إن' ('قالت X في بيان إن'), or with the Persian 'که' left out ('X گفت رسانه‌ها ...').
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said, speakers
from tests.draft.test_consistency_en_tuned30 import _CLOSES, _MIDDLE, _OPENS, LEAD, _index

QUOTED = "fighters are waiting at the border to cross"


@pytest.mark.parametrize(
    "sentence, quoted",
    [
        (f'The Meridian Wire reports a senior commander as saying that "{QUOTED}".', "a senior commander"),
        (f'State television reports Dario Venn as saying "{QUOTED}".', "Dario Venn"),
        (f'The Meridian Wire quotes an unnamed officer as saying "{QUOTED}".', "an unnamed officer"),
    ],
)
def test_reports_as_a_verb_still_relays(sentence, quoted):
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("quote", quoted)]


@pytest.mark.parametrize(
    "lead, denier, quoted",
    [
        (
            "The ministry denied reports that quoted a senior commander as having said",
            "the ministry",
            "a senior commander",
        ),
        ("Dario Venn dismissed media reports which cited an officer as having said", "Dario Venn", "an officer"),
    ],
)
def test_as_having_said_opens_no_clause_of_anothers(lead, denier, quoted):
    sentence = f'{lead} "{QUOTED}".'
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("denial", denier), ("quote", quoted)]
    denial = next(r for r in built("en", sentence) if r["type"] == "denial")
    assert denial["citations"][0]["quote"].endswith(f'"{QUOTED}".')


@pytest.mark.parametrize(
    "sentence",
    [
        'In a statement released by the army about the Darvan Front, Lev Arno said "the convoy was attacked".',
        'In remarks published on Monday against the Darvan Front, Lev Arno said "the convoy was attacked".',
        'In an interview aired on state television about the Darvan Front, Lev Arno said "the convoy was attacked".',
    ],
)
def test_a_body_named_after_the_outlets_phrase_is_still_a_subject(sentence):
    drafts = [d for d in built("en", LEAD, sentence, index=_index()) if d["type"] == "claim"]
    assert drafts and all("darvan-front" in d.get("subjects", []) for d in drafts), drafts


@pytest.mark.parametrize(("o", "c", "middle"), [("''", "''", 1), ("\u2018\u2018", "''", 1), ("''", "''", 2)])
def test_a_quotation_over_paragraphs_closed_by_two_straight_marks(o, c, middle):
    found = speakers("en", LEAD, _OPENS.format(o=o), *[_MIDDLE] * middle, _CLOSES.format(c=c))
    assert found == [("quote", "Veloran Interior Ministry")] * (2 + middle), found


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('وقال الجيش في "بيان رسمي" إن القوات لم تقصف المدينة.', "الجيش"),
        ("وقالت الحكومة في «رسالة مفتوحة» إن الاتهامات باطلة ولا أساس لها.", "الحكومة"),
        ('وقال الحزب في "منتدى الحوار" إن "المفاوضات متوقفة منذ أسابيع".', "الحزب"),
        ('وقال المكتب الإعلامي في "منتدى الحوار" إن "المفاوضات متوقفة منذ أسابيع".', "المكتب الإعلامي"),
    ],
)
def test_words_in_marks_after_a_body_and_in_that_name_no_body_stay_out_of_the_subject(sentence, speaker):
    assert [s for _, s, _ in said("ar", sentence)] == [speaker]


def test_a_one_word_body_in_marks_after_an_office_and_its_adjective_is_still_the_subject():
    units = said("ar", 'وقال المكتب الإعلامي في "النور" إن "المفاوضات متوقفة منذ أسابيع".')
    assert [s for _, s, _ in units] == ["المكتب الإعلامي في النور"]


@pytest.mark.parametrize(
    "clause",
    [
        "هیچ کس این تهدیدها را جدی نگرفته است",
        "تا کنون هیچ کشوری این طرح را جدی نگرفته است",
        "هیچ دولتی این هشدارها را در نظر نگرفته است",
        "تاکنون هیچ گروهی مسئولیت این حمله را نگرفته است",
        "هنوز هیچ تصمیمی را نگرفته‌ایم",
    ],
)
def test_none_as_the_subject_is_no_has_taken_no_one(clause):
    assert [k for k, _, _ in said("fa", f"سخنگوی سپاه گفت که {clause}.")] != ["denial"]


@pytest.mark.parametrize(
    "clause",
    [
        "هیچ کس را به اسارت نگرفته‌ایم",
        "نیروهای ما هیچ کس را به گروگان نگرفته‌اند",
        "هیچ یک از آنها را نگرفته‌ایم",
        # ('so far' before it: still the speaker's side that took no one)
        "تاکنون هیچ کس را به اسارت نگرفته‌ایم",
        "ما تاکنون هیچ نیرویی را به گروگان نگرفته‌ایم",
    ],
)
def test_has_taken_no_one_is_still_a_denial(clause):
    assert [k for k, _, _ in said("fa", f"سخنگوی سپاه گفت که {clause}.")] == ["denial"]


# A source relayed inside the clause another's verb of saying reports, with words between the verb and the Arabic
# 'إن' ('في بيان', 'يوم الأحد'), or the Persian 'که' left out: the words that call the claims false are still the
# teller's, not the relayed source's.
@pytest.mark.parametrize(
    "language, text, denier",
    [
        (
            "fa",
            "جنبش نمونه گفت برخی رسانه‌ها به نقل از یک منبع ادعا کرده‌اند که جنبش سلاح خود را تحویل می‌دهد، اما"
            " این اخبار دروغ است.",
            "جنبش نمونه",
        ),
        (
            "ar",
            "وقالت حركة النور في بيان إن بعض المواقع نشرت نقلا عن مصدر في الحركة أنها وافقت على تسليم سلاحها، لكن"
            " هذه الأخبار عارية عن الصحة.",
            "حركة النور",
        ),
        (
            "ar",
            "وقالت حركة النور يوم الأحد إن مواقع نشرت نقلا عن مصدر في الحركة أنها وافقت على تسليم سلاحها، لكن هذه"
            " الأخبار عارية عن الصحة.",
            "حركة النور",
        ),
    ],
)
def test_a_relayed_source_after_words_between_is_not_the_denier(language, text, denier):
    assert [(k, s) for k, s, _ in said(language, text)] == [("denial", denier)]
