"""Arabic and Persian, round 42 of issue 17: a review of round 41's Arabic and Persian rules, on made-up sentences.

- The passive 'نُفي ... من قبل X' opening its sentence (round 41) read only after 'و', 'قد', 'وقد', 'كما': with 'ف'
  written on 'قد' ('فقد نُفي'), or after 'لقد' and 'ولقد', the particle was taken for the denier.
- 'وجاء النفي على لسان X' (the denial came from X, round 41) read 'جاء' bare or with 'و' only: 'فجاء النفي' drafted
  nothing.
- A question of the text's own (round 41: 'فهل نفى X ...؟', 'آیا X ... تکذیب کرد؟') opened by 'و' written apart, as
  Persian writes it ('و آیا X ...؟'), was drafted as a denial by 'آیا X'.
- A Persian sentence opened by the event it answers (round 41: 'به دنبال ...، OFFICE ...، X گفت') was read only with
  its opener in two words: 'درپی', 'بدنبال', 'به‌دنبال', 'پس‌از' (one word, joined or with the non-joiner) left the
  opener or the office inside the opening as the subject.
- A side's 'does not back, arm, fund, send, meddle' said again after its denial (round 41) was read in the singular
  and the first person plural only: 'لا يدعمون', 'لا يتدخلون' (they do not) restated nothing, as 'لا ينتمون' does.

Made-up names only (سامي حمدان، كتائب كيسل، لو آرنو، گروه کسلا).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import record_kinds, said, speakers

ZWNJ = "\u200c"
REPORT = "الخبر عن انسحاب القوات من مدينة أسترا"

# 1. a passive of denying opening its sentence after 'فقد', 'لقد', 'ولقد': the agent denies, not the particle


@pytest.mark.parametrize("opener", ["فقد", "لقد", "ولقد", "فلقد"])
def test_a_passive_after_qad_with_fa_or_laqad_is_its_agents_denial(opener: str) -> None:
    text = f"{opener} نُفي {REPORT} من قبل كتائب كيسل."
    assert speakers("ar", text) == [("denial", "كتائب كيسل")]


@pytest.mark.parametrize("opener", ["وقد", "كما"])
def test_a_passive_after_the_openers_round_41_read_still_denies(opener: str) -> None:
    text = f"{opener} نُفي {REPORT} من قبل كتائب كيسل."
    assert speakers("ar", text) == [("denial", "كتائب كيسل")]


# 2. 'فجاء النفي على لسان X': the denial came from X, 'ف' written on 'جاء' as 'و' is


@pytest.mark.parametrize("noun", ["النفي", "التكذيب"])
def test_the_denial_came_from_with_fa(noun: str) -> None:
    got = speakers("ar", "وتحدثت تقارير عن انسحاب القوات من مدينة أسترا.", f"فجاء {noun} على لسان سامي حمدان.")
    assert [who for kind, who in got if kind == "denial"] == ["سامي حمدان"]


# 3. a question opened by 'و' written apart drafts no denial


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fa", "و آیا رامین دلاوری این خبر را تکذیب کرد؟"),
        ("fa", "و آیا تیپ کسل این ادعا را رد کرد؟"),
        ("ar", f"و هل نفى سامي حمدان {REPORT}؟"),
    ],
)
def test_a_question_after_a_bare_and_drafts_no_denial(language: str, text: str) -> None:
    assert [k for k, _ in speakers(language, text) if k == "denial"] == []


def test_a_sentence_after_a_bare_and_that_asks_nothing_still_denies() -> None:
    assert speakers("fa", "و رامین دلاوری این خبر را تکذیب کرد.") == [("denial", "رامین دلاوری")]


# 4. a Persian opening event with its opener in one word

EVENT = "انتشار خبر مرگ لو آرنو، رهبر گروه کسلا، سخنگوی طالبان گفت که این خبر را تایید نمی\u200cکند."


@pytest.mark.parametrize("opener", ["درپی", "بدنبال", f"به{ZWNJ}دنبال", f"پس{ZWNJ}از", f"بعد{ZWNJ}از"])
def test_an_opening_event_whose_opener_is_one_word(opener: str) -> None:
    text = f"{opener} {EVENT}"
    assert [who for _, who, _ in said("fa", text)] == ["سخنگوی طالبان"]
    assert all(kind != "person" for kind in record_kinds("fa", text).values())
    assert all(kind != "organization" for kind in record_kinds("fa", text).values())


def test_a_joined_opener_then_the_subject_alone() -> None:
    text = "درپی انتشار این خبر، سخنگوی طالبان گفت که این خبر را تایید نمی\u200cکند."
    assert [who for _, who, _ in said("fa", text)] == ["سخنگوی طالبان"]


def test_a_joined_opener_then_a_name_set_off_before_its_office() -> None:
    text = "بدنبال نشر خبر مرگ لو آرنو، دارا وین، سخنگوی طالبان، گفت که این خبر را تایید نمی\u200cکند."
    assert [who for _, who, _ in said("fa", text)] == ["دارا وین"]


# 5. a side's 'does not back' said again after its denial (round 41), with the verb in the plural


DENIED_AR = "نفى وزير الخارجية الكيسلي، لاف أرنو، الثلاثاء، دعم بلاده للمتمردين."


@pytest.mark.parametrize(
    "again",
    [
        "وقال أرنو إن مقاتليه لا يدعمون المتمردين.",
        "وأكد أرنو أن رجاله لا يسلحون المتمردين ولا يمولونهم.",
        "وأضاف أرنو أن جنوده لا يتدخلون في شؤون المدينة.",
    ],
)
def test_not_backing_in_the_plural_restates_the_denial(again: str) -> None:
    assert [(kind, who) for kind, who, _ in said("ar", DENIED_AR, again)] == [
        ("denial", "لاف أرنو"),
        ("denial", "لاف أرنو"),
    ]


def test_a_plural_present_negation_of_another_verb_restates_nothing() -> None:
    found = said("ar", DENIED_AR, "وقال أرنو إن جنوده لا يسمحون بدخول المدينة.")
    assert [kind for kind, _, _ in found] == ["denial", "reported"]
