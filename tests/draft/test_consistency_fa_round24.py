"""Persian, round 24: shapes seen in development articles and left unfixed before (metamorphic tests).

Made-up people (رضا کاظمی، علی محمدی), a made-up movement (جنبش نمونه) and made-up bodies, as Persian writes them.
Each variant is read as its plain twin:
- a denial reported by another speaker ('X گفت که Y ... را که ...، رد کرد', Y rejected the claim that ...; Y named
  in marks, 'X گفت که «Y» رد کرد که ...') is Y's denial, as 'X گفت که Y رد کرد که ...' is;
- guillemets typed the other way round ('»...«') hold a quotation as '«...»' do;
- a share of a group ('شماری از رسانه‌ها', 'تعدادی از', 'بسیاری از') is the speaker whole, as 'برخی از رسانه‌ها' is;
- a verbal noun of an act before a truce ('نقض آتش‌بس را رد کرد', denied violating the ceasefire) is a denial of the
  act, not a proposal refused, as 'نقض توافق ... را تکذیب کرد' is; the truce proposal itself ('پیشنهاد آتش‌بس')
  is still refused, no denial (guard).
"""

from __future__ import annotations

import itertools

from tests.draft.conftest import deniers, said

LEAD = "رضا کاظمی، وزیر کشور، روز شنبه به خبرنگاران گفت: «اوضاع آرام است»."


def units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from ``paragraphs``."""
    return [(kind, who) for kind, who, _ in said("fa", *paragraphs)]


# --- a denial reported by another speaker ---------------------------------------------------------------------------

REPORTERS = ["علی محمدی", "سخنگوی وزارت خارجه", "یک مقام محلی"]
SAYING = ["گفت", "افزود", "اعلام کرد", "به خبرنگاران گفت"]
# (the denier as written, its label)
DENIERS = [("حمید نوری", "حمید نوری"), ("جنبش نمونه", "جنبش نمونه"), ("حزب نمونه", "حزب نمونه")]
# the object described by a clause of its own after 'که'
DESCRIBED = [
    "این ادعا را که با هیئت خارجی دیدار کرده، رد کرد",
    "این ادعا را که با هیئت خارجی دیدار کرده رد کرد",
    "گزارش‌هایی را که از حمله خبر می‌داد، تکذیب کرده است",
    "ادعاهایی را که درباره کشته شدن فرمانده منتشر شده بود، رد کرده است",
]


def test_the_denier_of_a_claim_described_by_a_clause_is_the_one_reported():
    """'X گفت که Y این ادعا را که ...، رد کرد' (X said that Y rejected the claim that ...) is Y's denial, as 'X گفت
    که Y این ادعا را رد کرد': the last 'که' describes Y's object; the one after X's verb opens Y's clause."""
    failed = []
    for reporter, saying, (who, label), rest in itertools.product(REPORTERS, SAYING, DENIERS, DESCRIBED):
        text = f"{reporter} {saying} که {who} {rest}."
        if deniers("fa", LEAD, text) != [label]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_the_plain_twin_of_a_reported_denial():
    """The twin the variants above are read against: 'X گفت که Y رد کرد که ...' and 'X گفت که Y این ادعا را رد کرد'."""
    for reporter, (who, label) in itertools.product(REPORTERS, DENIERS):
        assert deniers("fa", LEAD, f"{reporter} گفت که {who} رد کرد که با هیئت خارجی دیدار کرده است.") == [label]
        assert deniers("fa", LEAD, f"{reporter} گفت که {who} این ادعا را رد کرد.") == [label]


def test_a_reporter_who_rejects_a_described_claim_himself_keeps_it():
    """Guard: 'X این ادعا را که ...، رد کرد' and 'X گفت که این ادعا را که ...، رد می‌کند' (no subject after 'که')
    stay X's."""
    assert deniers("fa", LEAD, "علی محمدی این ادعا را که با هیئت خارجی دیدار کرده، رد کرد.") == ["علی محمدی"]
    assert deniers("fa", LEAD, "علی محمدی گفت که این ادعا را که با هیئت خارجی دیدار کرده، رد می‌کند.") == ["علی محمدی"]


NAMED_IN_MARKS = ["«حمید نوری»", "«کریم صادقی»"]
DENYING = [
    "رد کرد که با هیئت خارجی دیدار کرده است",
    "رد کرده است که با هیئت خارجی دیدار کرده است",
    "این گزارش را رد کرد",
    "گزارش‌ها را تکذیب کرده است",
]


def test_a_denier_named_in_marks_after_that_is_the_denier():
    """'X گفت که «Y» رد کرد که ...' is Y's denial, as 'X گفت که Y رد کرد که ...': a name in marks right after 'که'
    and a verb of saying, its own verb after it, is the clause's subject, not words X said."""
    failed = []
    for reporter, saying, name, rest in itertools.product(REPORTERS[:2], SAYING, NAMED_IN_MARKS, DENYING):
        text = f"{reporter} {saying} که {name} {rest}."
        if deniers("fa", LEAD, text) != [name.strip("«»")]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]


def test_words_in_marks_after_that_stay_a_quotation():
    """Guard: 'X گفت که «...» و افزود ...' (words X said, then his next verb) and 'X گفت که «...» را رد می‌کند'
    (words in marks as the object) are no name."""
    for words in ("دشمن شکست خورد", "ما آماده مذاکره هستیم"):
        found = said("fa", LEAD, f"علی محمدی گفت که «{words}» و افزود که اوضاع آرام است.")
        assert any(w == words and who == "علی محمدی" for _, who, w in found), found
    found = said("fa", LEAD, "علی محمدی گفت که «ادعای دروغین» را رد می‌کند.")
    assert any(w == "ادعای دروغین" and who == "علی محمدی" for _, who, w in found), found


# --- guillemets typed the other way round ----------------------------------------------------------------------------

SPEAKERS = [
    ("رضا کاظمی، وزیر کشور، گفت:", "رضا کاظمی"),
    ("وزارت دفاع نمونه در بیانیه‌ای اعلام کرد:", "وزارت دفاع نمونه"),
    ("علی محمدی تاکید کرد:", "علی محمدی"),
]
WORDS = ["ما هرگز مذاکره نخواهیم کرد", "این ادعاها بی‌اساس است", "نیروهای ما در مواضع خود هستند"]


def test_guillemets_typed_the_other_way_round_hold_the_quotation():
    """'X گفت: »...«' is read as 'X گفت: «...»': the same words, the same speaker, the same kind."""
    failed = []
    for (lead, _), words in itertools.product(SPEAKERS, WORDS):
        plain = said("fa", f"{lead} «{words}».")
        turned = said("fa", f"{lead} »{words}«.")
        if turned != plain or not any(w == words for _, _, w in turned):
            failed.append((lead, words, turned, plain))
    assert not failed, failed[:5]


def test_two_quotations_typed_the_other_way_round():
    """'X گفت: »...« و افزود: »...«' is read as with '«...»' both times; the speaker after them too ('»...«، X گفت')."""
    first, second = WORDS[0], WORDS[1]
    plain = said("fa", f"علی محمدی گفت: «{first}» و افزود: «{second}».")
    assert said("fa", f"علی محمدی گفت: »{first}« و افزود: »{second}«.") == plain
    assert said("fa", f"»{second}«، علی محمدی گفت.") == said("fa", f"«{second}»، علی محمدی گفت.")


# --- a share of a group as the speaker ------------------------------------------------------------------------------

SHARES = ["شماری از", "تعدادی از", "بسیاری از", "بعضی از", "عده‌ای از"]
GROUPS = ["رسانه‌ها", "رسانه ها", "مقامات محلی", "نمایندگان"]
REPORTING = ["گزارش دادند که نیروهای نمونه وارد شهر شده‌اند", "گفتند که نیروهای نمونه وارد شهر شده‌اند"]


def test_a_share_of_a_group_speaks_whole():
    """'شماری از رسانه‌ها گزارش دادند که ...' (a number of the media reported) has the speaker 'شماری از رسانه‌ها', as
    'برخی از رسانه‌ها ...' has 'برخی از رسانه‌ها'; never the bare share 'شماری'."""
    failed = []
    for share, group, rest in itertools.product(SHARES, GROUPS, REPORTING):
        text = f"{share} {group} {rest}."
        twin = units(f"برخی از {group} {rest}.")
        if units(text) != [(k, who.replace("برخی از", share)) for k, who in twin]:
            failed.append((text, units(text), twin))
    assert not failed, failed[:5]


# --- an act against a truce, denied ---------------------------------------------------------------------------------

DENIERS_OF_ACTS = [
    ("جنبش نمونه", "جنبش نمونه"),
    ("ارتش نمونه", "ارتش نمونه"),
    ("علی محمدی، سخنگوی جنبش نمونه،", "علی محمدی"),
]
ACTS = ["نقض آتش‌بس", "نقض آتش بس", "هرگونه نقض آتش‌بس", "نقض مکرر آتش‌بس", "نقض توافق آتش‌بس", "نقض آتش‌بس غزه"]
REJECTING = ["رد کرد", "رد کرده است", "رد می‌کند", "رد کردند"]


def test_denying_an_act_against_a_truce_is_a_denial():
    """'X نقض آتش‌بس را رد کرد' (X denied violating the ceasefire) is X's denial, as 'X نقض توافق ... را تکذیب کرد'
    and 'X حمله به ... را رد کرد' are: the truce is the object of the act, not a proposal X refused."""
    failed = []
    for (who, label), act, verb in itertools.product(DENIERS_OF_ACTS, ACTS, REJECTING):
        text = f"{who} {act} را {verb}."
        if units(text) != [("denial", label)]:
            failed.append((text, units(text)))
    assert not failed, failed[:5]


def test_a_truce_proposal_refused_is_still_no_denial():
    """Guard: 'X پیشنهاد آتش‌بس را رد کرد' (refused the truce proposal), 'درخواست آتش‌بس', and an act joined to a
    proposal by 'و' ('حمله و پیشنهاد آتش‌بس') refuse a proposal: no denial."""
    for obj in ("پیشنهاد آتش‌بس", "درخواست آتش‌بس", "پیشنهاد مذاکره", "حمله و پیشنهاد آتش‌بس"):
        kinds = [k for k, _ in units(f"جنبش نمونه {obj} را رد کرد.")]
        assert "denial" not in kinds, (obj, kinds)


# --- 'this while' opening the sentence before a subject described by a clause ---------------------------------------

WHILE_FORMULAS = ["این در حالی است که", "این در حالیست که", "این در حالی‌ست که"]
DESCRIBED_SUBJECTS = [
    ("کریم نوری سرپرست وزارت خارجه که به تاشکند، پایتخت کسلیا سفر کرده بود،", "کریم نوری"),
    ("کریم نوری، وزیر خارجه نمونه که به تاشکند، پایتخت کسلیا سفر کرده بود،", "کریم نوری"),
    ("وزارت دفاع نمونه که هفته پیش به این شهر، مرکز استان نمونه حمله کرده بود،", "وزارت دفاع نمونه"),
]
SAID = ["گفته که «نیروها در مواضع خود هستند».", "گفت: «نیروها در مواضع خود هستند»."]


def test_a_subject_after_this_while_is_not_the_place_in_its_clause():
    """'این در حالیست که X، که به Y، پایتخت Z سفر کرده بود، گفته که «...»' is X's quotation, as 'X گفته که «...»':
    the formula opens the sentence and names no one, and the clause after X (a place set off by a comma in it)
    describes X."""
    failed = []
    for formula, (subject, label), said_ in itertools.product(WHILE_FORMULAS, DESCRIBED_SUBJECTS, SAID):
        text = f"{formula} {subject} {said_}"
        got = [(k, who) for k, who, w in said("fa", LEAD, text) if w == "نیروها در مواضع خود هستند"]
        if got != [("quote", label)]:
            failed.append((text, units(LEAD, text)))
    assert not failed, failed[:5]
