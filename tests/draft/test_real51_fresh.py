"""Round 51's fresh helper's rules, written from development misses and tested here on made-up sentences: a part
denied in its negated form ('we do not have anything to do with it'); evidence shown dismissed as weak ('what was
presented is weak proof', 'the evidence is flimsy'); the accuser said to contrive events as a pretext ('staging
incidents to justify its charges'); the speaker of a thing shown, named by what others said of it ('the army presented
what officials said was "..."': the officials); and in Arabic, what the media relayed from someone, named as the
sentence's subject or object ('إن ما نقلته وسائل الإعلام عن القائد لا أساس له': the one relayed from says nothing), and
an agency relaying a statement ('أفادت الوكالة أنه جاء في بيان للوزارة أن ...': the ministry's statement speaks, and
'the statement' after it is the ministry's)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, LEAD_AR, quotes, said


def _en(sentence: str) -> list[tuple[str, str]]:
    return [(kind, who) for kind, who, _ in said("en", EN_LEAD, sentence)]


def _ar(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, who) for kind, who, _ in said("ar", LEAD_AR, *paragraphs)]


# --- 'do not have anything to do with' -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ('"We do not have anything to do with this attack," Lev Arno said.', "Lev Arno"),
        ('"The brigade doesn\'t have anything to do with the raid," Petra Lind told reporters.', "Petra Lind"),
        ('"Our fighters did not have anything to do with the bombing," Dario Venn said.', "Dario Venn"),
        ('"The movement does not have anything at all to do with these killings," Tomas Vell said.', "Tomas Vell"),
    ],
)
def test_not_having_anything_to_do_with_it_denies(sentence: str, denier: str) -> None:
    assert _en(sentence) == [("denial", denier)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        '"We do not have anything to say about the raid," Lev Arno said.',
        '"We do not have anything to add to the statement," Petra Lind said.',
    ],
)
def test_not_having_anything_else_denies_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _en(sentence)] == ["quote"], sentence


# --- evidence dismissed as weak -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ('"What was shown is weak proof that nobody believes," Lev Arno said.', "Lev Arno"),
        ('"The proof they offered is very weak," the Kessel spokesman said.', "the Kessel spokesman"),
        ('"What they presented was flimsy evidence," Petra Lind said.', "Petra Lind"),
        ('"The evidence in the report is unconvincing," Dario Venn said.', "Dario Venn"),
    ],
)
def test_evidence_called_weak_is_a_denial(sentence: str, denier: str) -> None:
    assert _en(sentence) == [("denial", denier)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        '"There is strong evidence of a breach," Lev Arno said.',
        '"The signal in the valley was weak," Petra Lind said.',
        '"The economy is weak this year," Dario Venn said.',
    ],
)
def test_other_weak_things_deny_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _en(sentence)] == ["quote"], sentence


# --- events contrived to justify charges ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Dario Venn said the council was staging incidents to justify its charges.", "Dario Venn"),
        ('"They are fabricating events in order to justify an invasion," Petra Lind said.', "Petra Lind"),
        ('"The council is inventing pretexts to justify its accusations," Lev Arno said.', "Lev Arno"),
        ("Tomas Vell said Veloria was designing artificial events to justify a war.", "Tomas Vell"),
    ],
)
def test_events_contrived_to_justify_charges_is_a_denial(sentence: str, denier: str) -> None:
    assert _en(sentence) == [("denial", denier)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the ministry was designing new policies to justify higher spending.",
        "Petra Lind said the council was creating jobs to justify its budget.",
    ],
)
def test_other_things_made_to_justify_deny_nothing(sentence: str) -> None:
    assert [kind for kind, _ in _en(sentence)] == ["reported"], sentence


# --- 'presented what officials said was "..."' ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('The army presented yesterday what officials said was "a growing body" of evidence.', "officials"),
        ('Kessel fighters showed reporters what commanders said were "captured drones".', "commanders"),
        ('The ministry released on Monday what diplomats said was "a final offer" to the rebels.', "diplomats"),
        ('The brigade handed over what Lev Arno said were "the last prisoners".', "Lev Arno"),
    ],
)
def test_what_others_said_of_a_thing_shown_is_theirs(sentence: str, speaker: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, sentence)] == [speaker], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # 'what' with no verb of showing before it: no clause whose subject speaks
        'A report into what happened at the base said the blast was "an accident".',
        'The guards said what they saw was "a drone".',
    ],
)
def test_what_after_no_verb_of_showing_names_no_speaker(sentence: str) -> None:
    assert all(who not in ("happened at the base", "they saw") for _, who in quotes(EN_LEAD, sentence)), sentence


# --- Arabic: what the media relayed from someone, as a noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("وأكد الجيش أن ما نقلته بعض وسائل الإعلام عن قائد الجيش لا أساس له من الصحة.", "الجيش"),
        ("وقالت الحركة إن ما نقلته القناة عن القيادي سامي الوردي عار عن الصحة.", "الحركة"),
        ("وأوضحت الوزارة أن ما نقلته الصحيفة عن الوزير كامل نوري غير صحيح.", "الوزارة"),
        ("وذكر المجلس أن ما نقله الموقع عن رئيسه لا أساس له من الصحة.", "المجلس"),
    ],
)
def test_what_was_relayed_from_someone_is_the_reports_answered(sentence: str, denier: str) -> None:
    assert _ar(sentence) == [("denial", denier)], sentence


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # according to what the agency relayed from X: X speaks the sentence
        ("وبحسب ما نقلته الوكالة عن المتحدث باسم الجيش فإن التقارير لا أساس لها من الصحة.", "المتحدث باسم الجيش"),
        ("ونقلت الوكالة عن المتحدث باسم الجيش قوله إن التقارير لا أساس لها من الصحة.", "المتحدث باسم الجيش"),
    ],
)
def test_a_relay_that_credits_still_gives_the_words(sentence: str, denier: str) -> None:
    assert _ar(sentence) == [("denial", denier)], sentence


# --- Arabic: an agency relaying a statement -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "issuer"),
    [
        ("وذكرت وكالة أسترا أنه جاء في بيان لوزارة الدفاع أن القوات لم تنسحب من المدينة.", "وزارة الدفاع"),
        ("وأفادت قناة النهار أمس أنه جاء في بيان لحركة النور أن الحركة لم تغادر مواقعها.", "حركة النور"),
        ("وقالت وكالة أسترا إنه جاء في بيان للمجلس العسكري أن المجلس لم يعقد أي اجتماع.", "المجلس العسكري"),
    ],
)
def test_a_statement_relayed_by_an_agency_speaks_and_is_the_statement_after(first: str, issuer: str) -> None:
    assert _ar(first, "ونفى البيان هذا الخبر.") == [("denial", issuer), ("denial", issuer)], first


def test_a_denier_reported_by_an_agency_stays_the_denier() -> None:
    assert _ar("وأفادت وكالة أسترا أن وزارة الدفاع نفت انسحاب القوات من المدينة.") == [("denial", "وزارة الدفاع")]


def test_an_agency_reporting_with_no_statement_speaks_itself() -> None:
    assert _ar("وذكرت وكالة أسترا أن القوات لم تنسحب من المدينة.") == [("reported", "وكالة أسترا")]
