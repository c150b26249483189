"""Persian, round 26 of issue 17: a speaker's label and a colon, then words with a subject and a verb of their own
('وزیر خارجه کسلیا: مقامات نوری تأکید کردند که حمله به آنها ارتباطی ندارد', the minister: Nuri's officials stressed
that the attack has nothing to do with them). The one who speaks or denies is the subject after the colon; the
label's speaker only reports it (seen in a report on a foreign minister's visit). In the body only: a headline so
written stays the label's speaker's quotation, as a headline 'X: <words>' always is (a denial drafted from it would
cite those words under another name).

Made-up names only (کسلیا، نور، دوریان کسلان). Guards: the label's own words with no subject after the colon ('X: حمله
را تکذیب کرد', its object before 'را'; 'X: این گزارش را ...'; 'X: ما ... رد می‌کنیم') stay the label's speaker's.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LABELS = ["وزیر خارجه کسلیا", "سخنگوی دولت نور", "دوریان کسلان"]

# (the words after the colon, the subject who speaks or denies in them)
INNER = [
    ("مقامات نوری تأکید کردند که حمله به سفارت‌ها به آنها ارتباطی ندارد", "مقامات نوری"),
    ("مقامات نوری حمله به سفارت‌ها را تکذیب کردند", "مقامات نوری"),
    ("وزارت دفاع نور اعلام کرد که این گزارش بی‌اساس است", "وزارت دفاع نور"),
    ("سپاه کسلیا ادعای حمله به مرز را رد کرده است", "سپاه کسلیا"),
    ("ارتش نور گفت که در این حمله هیچ نقشی نداشته است", "ارتش نور"),
    ("سخنگوی جنبش نور تأکید کرد که هیچ نیرویی در شهر حضور ندارد", "سخنگوی جنبش نور"),
]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("inner, denier", INNER)
def test_the_subject_after_a_label_and_colon_denies_in_the_body(label, inner, denier) -> None:
    got = said("fa", "متن خبر.", f"{label}: {inner}.")
    assert [(kind, speaker) for kind, speaker, _ in got] == [("denial", denier)], got


@pytest.mark.parametrize("inner, denier", INNER[:3])
def test_a_headline_so_written_stays_the_label_speaker_quotation(inner, denier) -> None:
    # (guard) in a headline the words after the colon are the label's speaker's quotation, as before: a denial
    # drafted from them would cite that quotation under another name
    got = said("fa", f"وزیر خارجه کسلیا: {inner}", "متن خبر.")
    assert not any(speaker == denier for _, speaker, _ in got), got


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize(
    "inner",
    [
        "حملات هوایی را تکذیب کرد",  # (the object before 'را', no subject: the label's)
        "این گزارش را تکذیب کرد",
        "ما این گزارش را رد می‌کنیم",
    ],
)
def test_the_label_own_words_stay_its_speaker(label, inner) -> None:
    # (guard) no subject of their own after the colon: the label's speaker denies
    got = said("fa", "متن خبر.", f"{label}: {inner}.")
    assert [(kind, speaker) for kind, speaker, _ in got] == [("denial", label)], got


@pytest.mark.parametrize("inner", ["حملات هوایی را تکذیب کرد", "این گزارش را رد کرد"])
def test_a_headline_label_with_its_own_denial_is_not_also_quoted(inner) -> None:
    # (guard) in a headline, the label's speaker denies with no subject after the colon: one denial, as before
    got = said("fa", f"وزیر خارجه کسلیا: {inner}", "متن خبر.")
    assert [(kind, speaker) for kind, speaker, _ in got] == [("denial", "وزیر خارجه کسلیا")], got
