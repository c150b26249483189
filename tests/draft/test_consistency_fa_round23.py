"""Persian, round 23 of issue 17: statements signed at their end, with the signer's name and office on one line and
the statement's own 'we' denying; and verbs of saying made with 'داشت' in the present ('تاکید دارد').

A body's statement on its own site speaks in the first person with no verb of saying, and its spokesman signs it
below, often on one line ('رضا کاظمی سخنگوی جنبش نمونه'). Made-up names only; the guards keep a byline, or a 'we'
in a report with its speaker named, out.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

REPORT = "شماری از رسانه‌ها ادعا کرده‌اند که جنبش نمونه در شهر کسل کارخانه دارد."
DENIALS = [
    "ما این راپورها را به شدت رد می‌کنیم.",
    "ما این ادعا را تکذیب می‌کنیم.",
    "ما این گزارش‌ها را قاطعانه رد کردیم.",
    "این راپورها بی‌اساس است.",
]
SIGNATURES = [
    ("رضا کاظمی سخنگوی جنبش نمونه", "رضا کاظمی"),
    ("قاری رضا کاظمی سخنگوی جنبش نمونه", "قاری رضا کاظمی"),
    ("رضا کاظمی، سخنگوی جنبش نمونه", "رضا کاظمی"),
]


def denials(*paragraphs: str) -> list[str]:
    return [speaker for kind, speaker, _ in said("fa", *paragraphs) if kind == "denial"]


@pytest.mark.parametrize("denial", DENIALS)
@pytest.mark.parametrize(("signature", "signer"), SIGNATURES)
def test_a_statement_signed_with_name_and_office_on_one_line(denial, signature, signer) -> None:
    got = denials(REPORT, denial, signature)
    assert got == [signer], (denial, signature, got)


def test_a_date_line_under_the_signature_is_passed_over() -> None:
    assert denials(REPORT, DENIALS[0], SIGNATURES[0][0], "۱۳۹۸/۲/۱۸ هـ ش") == ["رضا کاظمی"]


@pytest.mark.parametrize("denial", DENIALS[:2])
def test_name_and_office_on_two_lines_still_sign(denial) -> None:
    assert denials(REPORT, denial, "رضا کاظمی", "سخنگوی جنبش نمونه") == ["رضا کاظمی"]


@pytest.mark.parametrize("denial", DENIALS)
def test_a_name_with_no_office_is_a_byline_not_a_signature(denial) -> None:
    # (guard) a reporter's name under a report signs nothing
    assert denials(REPORT, denial, "رضا کاظمی") == []


def test_a_we_that_names_its_speaker_is_theirs() -> None:
    # (guard) 'we' in a sentence whose speaker is named is that speaker's, whatever signs the text
    got = denials(REPORT, "لو آرنو گفت ما این راپورها را رد می‌کنیم.", "رضا کاظمی سخنگوی جنبش نمونه")
    assert got == ["لو آرنو"], got


def test_we_do_something_else_is_no_denial() -> None:
    # (guard) a first-person verb that denies nothing
    got = denials(REPORT, "ما همه نشست‌ها را به آگاهی مردم می‌رسانیم.", "رضا کاظمی سخنگوی جنبش نمونه")
    assert got == [], got


# --- 'تاکید دارد': a verb made with 'داشت' in the present, as in the past ---------------------------------------------

SUBJECTS = [("لو آرنو", "لو آرنو"), ("سخنگوی جنبش نمونه", "سخنگوی جنبش نمونه")]
PRESENT = ["تاکید دارد", "تأکید دارد", "اذعان دارد"]
FALSE = ["این گزارش‌ها نادرست است", "این ادعاها بی‌اساس است"]


@pytest.mark.parametrize(("subject", "label"), SUBJECTS)
@pytest.mark.parametrize("verb", PRESENT)
@pytest.mark.parametrize("claim", FALSE)
def test_a_verb_with_dasht_in_the_present_says_as_in_the_past(subject, label, verb, claim) -> None:
    past = denials(REPORT, f"{subject} {verb.replace('دارد', 'داشت')} که {claim}.")
    present = denials(REPORT, f"{subject} {verb} که {claim}.")
    assert past == [label], past
    assert present == past, (verb, present)


# --- 'مبتنی بر هیچ واقعیتی نیست': not based on any fact ---------------------------------------------------------------

GROUNDS = ["هیچ واقعیت درستی", "واقعیت", "هیچ مدرکی", "هیچ سندی", "حقیقت"]


@pytest.mark.parametrize("ground", GROUNDS)
@pytest.mark.parametrize("speech", ["لو آرنو گفت: {c}.", "لو آرنو گفت که {c}."])
def test_not_based_on_any_fact_denies(ground, speech) -> None:
    text = speech.format(c=f"این ادعا مبتنی بر {ground} نیست")
    assert denials(REPORT, text) == ["لو آرنو"], text


@pytest.mark.parametrize("ground", ["همکاری", "واقعیت"])
def test_based_on_something_is_no_denial(ground) -> None:
    # (guard) 'مبتنی بر ... است' (is based on): no denial
    assert denials(REPORT, f"لو آرنو گفت: این طرح مبتنی بر {ground} است.") == []


@pytest.mark.parametrize("denial", DENIALS[:3])
def test_a_signed_statements_own_words_are_quoted_as_said_in_the_summary(denial) -> None:
    # 'X denied ما این راپورها را ...' ran the statement's own sentence on after 'denied': quoted as said instead
    records = built("fa", REPORT, denial, SIGNATURES[0][0])
    summaries = [r["summary"] for r in records if r["type"] == "denial"]
    assert summaries == [f"رضا کاظمی said: \u201c{denial.rstrip('.')}\u201d"], summaries
