"""Persian, round 22: a reporter's lead without its comma, a clause that ends right before the verb of saying, 'not
only ... never' and 'does not operate' restating a denial (issue 17).

Made-up people and bodies (بهرام نیک‌زاد، فرهاد صدری، جنبش نمونه، خبرگزاری نمونه), with real countries and outlets
where one is what the shape needs. The shapes:

- 'به گزارش <outlet> <name> <office> ... را رد کرد': the outlet's name runs into the subject without a comma; the
  office shows where the name starts (two words before it), or opens the subject when only the outlet is before it.
  A comma later in the sentence, after the subject's own words, is not the lead's.
- 'X در گفتگو با شبکه Y که مشروح آن امشب پخش می‌شود اعلام کرد ...': a clause after 'که' that ends with its own verb
  right before the verb of saying describes a noun before it; the speaker is X, not a word of the clause.
- 'X تصریح کرد که Z نه تنها هیچگاه ... نبوده، بلکه ...': after 'نه', 'only' is negated already, so the negated verb
  is the denier's own 'is not so'; 'صرفا ... نداشت بلکه ...' (did not only ... but) still restates nothing.
- 'X اعلام کرد Z در خارج از کشور فعالیت نمی‌کند' after X's denial: 'does not operate, interfere' restates it; other
  present negations ('نمی‌خواهد', 'تحمل نمی‌کنیم') do not.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

DENIAL = "بهرام نیک‌زاد، رئیس جنبش نمونه ورود نیروهای این جنبش به خاک سوریه را تکذیب کرد."


def _kinds(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in units]


# --- a lead without its comma ------------------------------------------------------------------------------------


@pytest.mark.parametrize("outlet", ["ایرنا", "همشهری آنلاین", "خبرگزاری نمونه"])
@pytest.mark.parametrize(
    "verb", ["این ادعا را تکذیب کرد", "گزارش اخیر سازمان ملل را قویاً رد کرد", "گفت: «این ادعا دروغ است»"]
)
def test_persian_bare_lead_then_a_name_and_its_office(outlet: str, verb: str) -> None:
    units = said("fa", f"به گزارش {outlet} بهرام نیک‌زاد سفیر ایران در سازمان ملل امروز {verb}.")
    assert len(units) == 1 and units[0][1] == "بهرام نیک‌زاد", units


@pytest.mark.parametrize("outlet", ["ایرنا", "همشهری آنلاین", "خبرگزاری مهر"])
def test_persian_bare_lead_then_an_office(outlet: str) -> None:
    units = said("fa", f"به گزارش {outlet} سخنگوی وزارت خارجه این ادعا را تکذیب کرد.")
    assert _kinds(units) == [("denial", "سخنگوی وزارت خارجه")]


def test_persian_bare_lead_with_a_comma_after_the_subjects_own_words() -> None:
    # the comma closes 'با ارسال نامه‌ای به ...', not the lead: the subject is before it
    text = (
        "به گزارش همشهری آنلاین بهرام نیک‌زاد سفیر ایران امروز با ارسال نامه‌ای به دبیرکل سازمان ملل، "
        "گزارش اخیر تیم نظارت را قویاً رد کرد."
    )
    assert _kinds(said("fa", text)) == [("denial", "بهرام نیک‌زاد")]


def test_persian_lead_with_its_comma_is_unchanged() -> None:
    # guard: an office inside the outlet's own name ('دفتر رئیس جمهور') is the lead's, before its comma
    text = "به گزارش پایگاه اطلاع رسانی دفتر رئیس جمهور، فرهاد صدری این ادعا را تکذیب کرد."
    assert _kinds(said("fa", text)) == [("denial", "فرهاد صدری")]
    text = "به گزارش ایرنا، فرهاد صدری سفیر ایران امروز با ارسال نامه‌ای به دبیرکل، این ادعا را تکذیب کرد."
    assert _kinds(said("fa", text)) == [("denial", "فرهاد صدری")]


def test_persian_bare_lead_with_a_stop_word_before_an_office_is_left() -> None:
    # guard: 'با رئیس' (with the president) comes after the subject's end; no office opens a subject there
    units = said("fa", "به گزارش ایرنا فرهاد صدری با رئیس دولت دیدار کرد.")
    assert all(s != "رئیس دولت" for _, s, _ in units), units


# --- a clause that ends right before the verb of saying ---------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "که مشروح آن ساعت ۱۰ امشب پخش می شود",
        "که مشروح آن امشب پخش می‌شود",
        "که متن کامل آن فردا منتشر خواهد شد",
        "که بخشی از آن دیروز پخش شد",
    ],
)
@pytest.mark.parametrize("verb", ["اعلام کرد", "گفت", "تاکید کرد"])
def test_persian_clause_closed_by_its_own_verb_before_the_verb_of_saying(clause: str, verb: str) -> None:
    text = f"بهرام نیک‌زاد در بخشی از گفتگو با شبکه نمونه {clause} {verb} مرزها امن است."
    units = said("fa", text)
    assert _kinds(units) == [("reported", "بهرام نیک‌زاد")], units


def test_persian_that_clause_with_its_own_subject_keeps_it() -> None:
    # guard: 'آمده است که X ... گفت' (it says that X said): the clause's own subject speaks
    units = said("fa", "در این گزارش آمده است که فرهاد صدری در دیدار با خبرنگاران گفت: «مرزها امن است».")
    assert [s for _, s, _ in units][-1:] == ["فرهاد صدری"], units


# --- 'not only ... never' ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("not_only", ["نه تنها", "نه فقط", "نه صرفا"])
@pytest.mark.parametrize("verb", ["نبوده", "نداشته است", "نکرده"])
def test_persian_not_only_never_restates_the_denial(not_only: str, verb: str) -> None:
    claim = {"نبوده": "پناهگاهی برای تروریست‌ها", "نداشته است": "پایگاهی در آنجا", "نکرده": "حمایتی از آنها"}[verb]
    text = f"بهرام نیک‌زاد تصریح کرده است که ایران {not_only} هیچگاه {claim} {verb}، بلکه خود قربانی تروریسم بوده است."
    units = said("fa", DENIAL, text)
    assert _kinds(units) == [("denial", "بهرام نیک‌زاد"), ("denial", "بهرام نیک‌زاد")], units


def test_persian_only_not_but_still_restates_nothing() -> None:
    # guard: without 'نه', 'صرفا ... نداشت بلکه' (did not only ... but) says more, as round 15 has it
    text = "بهرام نیک‌زاد افزود: «دشمن تنها ادعای حضور در شهر نداشت بلکه ادعای فرماندهی داشت»."
    assert _kinds(said("fa", DENIAL, text)) == [("denial", "بهرام نیک‌زاد"), ("quote", "بهرام نیک‌زاد")]


# --- 'does not operate, interfere' -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "جنبش نمونه در خارج از عراق فعالیت نمی کند",
        "جنبش نمونه در خارج از عراق فعالیت نمی‌کند",
        "نیروهای ما در سوریه فعالیت نمی‌کنند",
        "این جنبش در امور سوریه دخالت نمی‌کند",
        "ما در امور داخلی سوریه مداخله نمی‌کنیم",
    ],
)
@pytest.mark.parametrize("verb", ["اعلام کرد", "گفت", "تصریح کرد"])
def test_persian_does_not_operate_restates_the_denial(words: str, verb: str) -> None:
    units = said("fa", DENIAL, f"بهرام نیک‌زاد در گفتگو با خبرنگاران {verb} {words}.")
    assert _kinds(units) == [("denial", "بهرام نیک‌زاد"), ("denial", "بهرام نیک‌زاد")], units


@pytest.mark.parametrize(
    "words", ["جنبش نمونه حمله به غیرنظامیان را تحمل نمی‌کند", "جنبش نمونه نمی‌خواهد در سوریه بماند"]
)
def test_persian_other_present_negations_restate_nothing(words: str) -> None:
    # guard: 'will not tolerate', 'does not want' are the speaker's will, no restated denial
    units = said("fa", DENIAL, f"بهرام نیک‌زاد در گفتگو با خبرنگاران اعلام کرد {words}.")
    assert _kinds(units) == [("denial", "بهرام نیک‌زاد"), ("reported", "بهرام نیک‌زاد")], units


def test_persian_does_not_operate_without_a_denial_before_is_no_denial() -> None:
    # guard: with no denial of the speaker before it, 'does not operate' is a plain statement
    units = said("fa", "بهرام نیک‌زاد اعلام کرد جنبش نمونه در خارج از عراق فعالیت نمی‌کند.")
    assert _kinds(units) == [("reported", "بهرام نیک‌زاد")], units


# --- a headline 'تکذیب ... از سوی X' ----------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["از سوی", "از جانب", "توسط"])
@pytest.mark.parametrize(
    ("what", "denier"),
    [
        ("ادعای حمله به پایگاه", "جنبش نمونه"),
        ("خبر کشته شدن فرمانده", "سخنگوی جنبش نمونه"),
        ("گزارش خبرگزاری نمونه درباره سفر", "بهرام نیک‌زاد"),
    ],
)
def test_persian_headline_denial_by_its_agent(by: str, what: str, denier: str) -> None:
    units = said("fa", f"تکذیب {what} {by} {denier}", "رسانه‌ها از این موضوع خبر دادند.")
    assert _kinds(units)[:1] == [("denial", denier)], units


def test_persian_headline_denial_of_a_claim_made_by_one_is_not_theirs() -> None:
    # guard: 'ادعای مطرح شده از سوی X' (the claim made by X): X made the claim, no one is named denying it
    units = said("fa", "تکذیب ادعای مطرح شده از سوی جنبش نمونه", "رسانه‌ها از این موضوع خبر دادند.")
    assert all(k != "denial" for k, _, _ in units), units


# --- a request 'rejected' in the lead under a headline that denies a claim ------------------------------------------


@pytest.mark.parametrize(
    "headline", ["تکذیب ادعای پاکستان درباره پول", "تکذیب اتهامات وزیر دفاع", "تکذیب گزارش رسانه‌ها"]
)
@pytest.mark.parametrize(
    "lead",
    [
        "جنبش نمونه درخواست پول برای انتقال جنگجویان را به شدت رد کرد.",
        "سخنگوی جنبش نمونه تقاضای پول از دولت را رد کرد.",
        "بهرام نیک‌زاد درخواست کمک مالی از پاکستان را قاطعانه رد کرده است.",
    ],
)
def test_persian_request_rejected_under_a_headline_denying_a_claim(headline: str, lead: str) -> None:
    units = said("fa", headline, lead)
    assert [k for k, _, _ in units][-1:] == ["denial"], units


@pytest.mark.parametrize("headline", ["سفر وزیر به پاکستان", "تکذیب شد", "تاکید بر مذاکره"])
def test_persian_request_rejected_elsewhere_is_refused(headline: str) -> None:
    # guard: under another headline, or further down, a request rejected is refused, nothing denied
    lead = "جنبش نمونه درخواست پول برای انتقال جنگجویان را به شدت رد کرد."
    assert all(k != "denial" for k, _, _ in said("fa", headline, lead))
    units = said("fa", "تکذیب ادعای پاکستان درباره پول", "بهرام نیک‌زاد سخنرانی کرد.", lead)
    assert [k for k, _, _ in units][-1:] == ["reported"], units


@pytest.mark.parametrize(
    ("headline_denier", "body_denier"),
    [("نخست وزیر عراق", "نخست‌وزیر عراق"), ("نخست‌وزیر عراق", "نخست وزیر عراق"), ("نخستوزیر عراق", "نخست وزیر عراق")],
)
def test_persian_headline_denier_spelled_apart_is_the_bodys(headline_denier: str, body_denier: str) -> None:
    # one denial cited in two places: the headline's denier, its words joined or apart, is the body's
    units = said("fa", f"تکذیب ادعای حمله به پایگاه از سوی {headline_denier}", f"{body_denier} این ادعا را رد کرد.")
    assert [k for k, _, _ in units] == ["denial", "denial"] and units[0][1] == units[1][1], units
