"""Arabic and Persian, round 40 of issue 17: a review of round 39's Arabic and Persian rules, each defect shown in
made-up variants (made-up names only: Sami Hamdan, Sami al-Wardi, Laila Samir, Lev Arno, Ramin Delavari, Kessel
Brigades, the state of Kesslia, the city of Astra), with guards that what the rules were for still holds.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import af_units, said

# --- 1. 'in turn' or 'strongly' after the accuser is no charge ------------------------------------------------------

SAID_BEFORE = "وقال سامي حمدان إن القوات انسحبت من المدينة."
ACCUSER_IN_TURN = [
    ("واتهمت الوزيرة ليلى سمير بدورها الجماعة بدعم المسلحين.", "ليلى سمير"),
    ("واتهمت ليلى سمير بدورها الحركة بدعم المسلحين في المدينة.", "ليلى سمير"),
    ("واتهم سامي الوردي بدوره كتائب كيسل بدعم المسلحين.", "سامي الوردي"),
    ("واتهمت كتائب كيسل بدورها الحكومة بدعم المسلحين.", "كتائب كيسل"),
    ("واتهم لاف آرنو بشدة الحركة بدعم المسلحين.", "لاف آرنو"),
]


@pytest.mark.parametrize(("text", "accuser"), ACCUSER_IN_TURN)
def test_in_turn_after_the_accuser_is_no_charge(text, accuser):
    assert af_units("ar", SAID_BEFORE, text, on_file=True)[1:] == [("reported", accuser)]


def test_the_one_accused_before_the_charge_is_still_no_speaker():
    # (as round 39 read it: the name right before the charge is the one accused, the speaker the one before)
    got = af_units("ar", SAID_BEFORE, "واتهم كسليا بدعم الجماعات المسلحة.", on_file=True)
    assert {s for _, s in got} == {"سامي حمدان"}, got
    got = af_units("ar", SAID_BEFORE, "فاتهم الولايات المتحدة بأنها تدعم الجماعات المسلحة.", on_file=True)
    assert {s for _, s in got} == {"سامي حمدان"}, got


# --- 2. a blessed operation with 'ب' or 'ل' on it, or in the accusative -------------------------------------------

DENIED_BEFORE = "ونفت كتائب كيسل الأنباء عن مشاركة قواتها في الهجوم على المدينة."
BLESSED_THEN_NOT = [
    "وأضافت الكتائب: «نشيد بعملية مباركة نفذها أبطال المدينة، ولم نشارك فيها».",
    "وأضافت الكتائب: «نفذ الأبطال هجوما مباركا، ولم نشارك فيه».",
    "وأضافت الكتائب: «إنها لعملية مباركة، ولم نشارك فيها».",
    "وأضافت الكتائب: «نشيد بضربات مباركة على القاعدة، لكننا لم نشارك فيها».",
]


@pytest.mark.parametrize("text", BLESSED_THEN_NOT)
def test_a_blessed_operation_with_a_proclitic_is_no_congratulation(text):
    assert [k for k, _ in af_units("ar", DENIED_BEFORE, text)] == ["denial", "denial"]


def test_congratulating_with_a_blessed_operation_named_still_tells_no_denial_again():
    text = "وأضافت الكتائب: «نبارك للأبطال، ولم نشارك في العملية»."
    assert [k for k, _ in af_units("ar", DENIED_BEFORE, text)] == ["denial", "quote"]


# --- 3. the present of announcing, 'أن' after a word of time ---------------------------------------------------------

ANNOUNCED_WHEN = [
    "يعلن سامي حمدان عن انسحاب القوات من المدينة بعد أن تعرضت لهجوم.",
    "وتعلن الحكومة الكسلية الحداد ثلاثة أيام بعد أن قتل عشرات المدنيين.",
    "ويكتب سامي حمدان مقالا أسبوعيا منذ أن غادر المدينة.",
    "وتعلن الوزارة عن أسماء الفائزين قبل أن يبدأ الحفل.",
    "يعلن سامي حمدان انسحاب القوات من المدينة إلى أن تنتهي المعارك.",
]


@pytest.mark.parametrize("text", ANNOUNCED_WHEN)
def test_the_present_of_announcing_before_a_word_of_time_says_nothing(text):
    assert af_units("ar", text) == []


PRESENT_STILL_SAYS = [
    ("ويصرح سامي حمدان بعد اللقاء بأن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وتعلن الوزيرة ليلى سمير أن القوات انسحبت من المدينة بعد أن تعرضت لهجوم.", "ليلى سمير"),
]


@pytest.mark.parametrize(("text", "speaker"), PRESENT_STILL_SAYS)
def test_the_present_of_declaring_still_says_before_that(text, speaker):
    assert [s for _, s in af_units("ar", text)] == [speaker]


# --- 4. a speaker's surname before a colon typed with no space is no dateline ----------------------------------------

SURNAME_HEADLINES = [
    ("حمدان:لن ننسحب", "وقال سامي حمدان إن القوات باقية في المدينة.", ("quote", "سامي حمدان")),
    ("سمير:لن ننسحب", "وقالت ليلى سمير إن القوات باقية في المدينة.", ("quote", "ليلى سمير")),
    ("الوردي:الهجوم مفبرك", "ونفى سامي الوردي الأنباء عن انسحاب القوات من المدينة.", ("denial", "سامي الوردي")),
]


@pytest.mark.parametrize(("headline", "body", "unit"), SURNAME_HEADLINES)
def test_a_surname_before_a_glued_colon_speaks(headline, body, unit):
    got = [(k, s) for k, s, _ in said("ar", headline, body)]
    assert got[0] == unit, got


def test_a_dateline_named_in_the_body_after_in_is_still_a_dateline():
    got = said("ar", "نيالا:السودانية نيوز", "ونفى سامي حمدان في مدينة نيالا الأنباء عن انسحاب القوات.")
    assert [s for _, s, _ in got] == ["سامي حمدان"], got


# --- 5. Persian: a report of the court or the prosecution is a claim ------------------------------------------------

COURTS_REPORT = [
    "رامین دلاوری گفت گزارش دادگاه واقعیات را منعکس نمی\u200cکند.",
    "رامین دلاوری گفت گزارش دادستانی واقعیات را منعکس نمی\u200cکند.",
    "رامین دلاوری گفت گزارش دادگستری آسترا را محکوم می\u200cکند.",
    "رامین دلاوری گزارش دادستان کسل را مضحک خواند.",
    "رامین دلاوری گزارش دادگاه را مضحک خواند.",
]


@pytest.mark.parametrize("text", COURTS_REPORT)
def test_a_report_of_the_court_answered_is_a_denial(text):
    assert af_units("fa", text) == [("denial", "رامین دلاوری")]


REPORTED_STILL_NO_CLAIM = [
    "شبکه فجر گزارش می\u200cدهد که نیروهای کسل شهر را به سخره گرفتند.",
    "شبکه فجر گزارش داده\u200cاند که وضعیت بیمارستان شهر آسترا را بدخواهانه می دانند.",
    "شبکه فجر گزارش دادند که نیروهای کسل شهر را به سخره گرفتند.",
]


@pytest.mark.parametrize("text", REPORTED_STILL_NO_CLAIM)
def test_the_verb_reported_is_still_no_claim(text):
    assert "denial" not in [k for k, _ in af_units("fa", text)]
