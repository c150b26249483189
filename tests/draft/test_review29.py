"""Review of round 29's drafting rules: made-up sentences that show a defect of a new rule, each mended at its root.

- an outlet's report answered ('in response to Kessel Wire's report', and the plural possessive "Kessel Times'
  report") is what is denied: the outlet stays a subject (the possessive guard read "Times' report" as no
  possessive, and 'response to' / 'reply to' took the outlet for the one told before the guard was asked);
- a body told to do something inside what is denied ('denied that it told the Sarran Brigades to withdraw') is
  what the denial is about, not the one the denial was told to (only an outlet is so told);
- 'issued no denials', 'made few denials': no denial issued, no denial (the plural form with no article took 'no'
  for a word of manner);
- 'no comment on what happened': no event said not to have happened (the phrase after the noun took a clause's
  'what');
- Persian: a body's or a region's word with its ezafe written after a zero-width non-joiner ('منطقه‌ی جدایی‌طلب
  «X»') heads the name in marks as the bare word does;
- Arabic: a statement's word ends the issuer's name only after 'صدر عن' (issued by), not inside another statement's
  issuer ('وجاء في بيان لحزب الرسالة', the Risala party);
- Arabic: after a verb that takes 'على' (commented on, answered), 'على' after an honorific is the preposition, not
  the given name Ali typed with a final ى ('وعلق العميد على سامي الوردي بالقول');
- an outlet told after a comma is no part of what was denied where that ends with a participle ('that its fighters
  were involved, speaking to X');
- Arabic: a name that opens with the letters of 'بـ' on a verbal noun ('باسل', 'بارزاني') may stand in the
  subject of 'عدّ' (deemed), as 'بإعادة' (what was promised) may not;
- a surname's full name on file is found without a pass over every key of the index.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, denied_by, said

LEAD = "Rockets hit a base near Kessel on Monday."


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Kessel Wire", Known("kessel-wire", "actor", "outlet", "Kessel Wire"))
    index.add("Kessel Times", Known("kessel-times", "actor", "outlet", "Kessel Times"))
    index.add("Sarran Brigades", Known("sarran-brigades", "group", "militia", "Sarran Brigades"))
    index.add("Dorvan Army", Known("dorvan-army", "organization", "military", "Dorvan Army"))
    return index


def _denials(sentence: str) -> list[dict]:
    return [d for d in built("en", LEAD, sentence, index=_index()) if d["type"] == "denial"]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The Sarran Brigades denied the claims in response to Kessel Wire's report on the attack.", "kessel-wire"),
        ("The Sarran Brigades denied the claims in reply to Kessel Wire's report on the attack.", "kessel-wire"),
        ("The Sarran Brigades denied the claims in response to Kessel Times' report on the attack.", "kessel-times"),
        ("The Sarran Brigades rejected the claims, according to Kessel Times' report.", None),
    ],
)
def test_an_outlet_whose_report_is_answered_stays_a_subject(sentence: str, outlet: str | None) -> None:
    denials = _denials(sentence)
    assert len(denials) == 1
    if outlet is not None:
        assert outlet in denials[0].get("subjects", [])


def test_a_body_told_inside_what_is_denied_stays_a_subject() -> None:
    denials = _denials("The Dorvan Army denied that it had told the Sarran Brigades to withdraw from the town.")
    assert len(denials) == 1 and "sarran-brigades" in denials[0].get("subjects", [])


def test_a_body_told_of_the_denial_is_still_no_subject() -> None:
    # guard: an outlet told, as the round's rule has it
    denials = _denials("The Dorvan Army denied any role in the attack, speaking to Kessel Wire.")
    assert len(denials) == 1 and "kessel-wire" not in denials[0].get("subjects", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sarran Brigades have issued no denials of involvement in the attack.",
        "The Sarran Brigades have made few denials of the reports.",
    ],
)
def test_no_writing_issued_is_no_denial(sentence: str) -> None:
    assert _denials(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sarran Brigades had no comment on what happened at the base.",
        "A spokesman for the Sarran Brigades said there was no information on what happened.",
        "The Sarran Brigades gave no explanation for how it happened.",
    ],
)
def test_no_word_on_what_happened_is_no_denial(sentence: str) -> None:
    assert _denials(sentence) == []


def test_none_did_with_a_phrase_after_its_noun_still_denies() -> None:
    # guard: the round's shape
    denials = _denials(
        "The Sarran Brigades said no such movement or induction of additional forces has taken place near Kessel."
    )
    assert len(denials) == 1


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("منطقه‌ی جدایی‌طلب «ماریا» ادعاهای رئیس‌جمهور کسلیا درباره حمله را تکذیب کرد.", "منطقه‌ی جدایی‌طلب ماریا"),
        ("کمیته‌ی «نور» ادعاهای رئیس‌جمهور کسلیا درباره حمله را تکذیب کرد.", "کمیته‌ی نور"),
    ],
)
def test_a_body_word_with_its_ezafe_after_a_non_joiner_heads_a_name_in_marks(text: str, who: str) -> None:
    assert [(kind, speaker) for kind, speaker, _ in said("fa", text)] == [("denial", who)]


def test_a_place_word_with_its_ezafe_after_a_non_joiner_names_no_quotation() -> None:
    text = "دوریان کسلان حضور نیروهای جنبش نور در جزیره‌ی «ماریا» را تکذیب کرد."
    assert [d for _, d in denied_by("fa", text)] == ["حضور نیروهای جنبش نور در جزیره‌ی «ماریا»"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وجاء في بيان لحزب الرسالة أن الأنباء عن مشاركة الحزب في الهجوم عارية عن الصحة.", "حزب الرسالة"),
        ("وجاء في بيان حزب الرسالة أن الأنباء عن مشاركة الحزب في الهجوم عارية عن الصحة.", "حزب الرسالة"),
    ],
)
def test_a_statements_word_in_the_issuers_name_is_part_of_it(text: str, who: str) -> None:
    assert [speaker for _, speaker, _ in said("ar", text)] == [who]


def test_issued_by_then_the_statements_word_still_ends_the_issuer() -> None:
    # guard: the round's shape
    text = "وصدر عن حركة النور البيان التالي: إن الأنباء عن مشاركة الحركة في الهجوم عارية عن الصحة."
    assert {speaker for _, speaker, _ in said("ar", text)} == {"حركة النور"}


class _CountingKeys(dict):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.passes = 0

    def items(self):  # type: ignore[override]
        self.passes += 1
        return super().items()


def test_a_full_name_ending_with_a_surname_is_found_without_a_pass_over_the_index() -> None:
    index = NameIndex()
    index.add("مثنى التميمي", Known("muthanna-tamimi", "actor", "person", "Muthanna al-Tamimi"))
    index.add("التميمي", Known("muthanna-tamimi", "actor", "person", "Muthanna al-Tamimi"))
    for n in range(200):
        index.add(f"حركة رقم{n}", Known(f"body-{n}", "group", "militia", f"Body {n}"))
    index.by_key = _CountingKeys(index.by_key)
    for text in ("ونفى أنور التميمي الروايات.", "ونفى حامد التميمي الأنباء.", "وقال أنور التميمي إن الروايات كاذبة."):
        assert "muthanna-tamimi" not in [known.id for _, _, known in index.scan(text)]
    assert index.by_key.passes == 0  # (no pass over every key for each surname found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sarran Brigades denied that its fighters were involved, speaking to Kessel Wire on Monday.",
        "The Sarran Brigades denied that the base was targeted, when contacted by Kessel Wire.",
        "The Sarran Brigades denied that its fighters were involved when speaking to Kessel Wire.",
    ],
)
def test_the_outlet_told_after_a_clause_ending_in_a_participle_is_no_part_of_what_was_denied(sentence: str) -> None:
    denials = _denials(sentence)
    assert len(denials) == 1 and not denials[0]["denied"].endswith(("Kessel Wire", "Monday"))


def test_what_was_said_in_an_interview_stays_what_was_denied() -> None:
    # guard: 'the claims made in an interview with X' is what is denied, where it was made
    denials = _denials("The Sarran Brigades denied the claims made in an interview with Kessel Wire.")
    assert len(denials) == 1 and denials[0]["denied"].endswith("Kessel Wire")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وعلق العميد على سامي الوردي بالقول إن هذه الاتهامات كاذبة.", "العميد"),
        ("ورد الشيخ على أنور الحسني قائلا إن هذه الاتهامات كاذبة.", "الشيخ"),
    ],
)
def test_ali_typed_after_a_verb_that_takes_on_is_the_preposition(text: str, who: str) -> None:
    # 'علق' (commented) and 'رد' (answered) take 'على' after their subject: the one commented on is no name's part
    assert [s for _, s, _ in said("ar", text)] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("وعدّ مسعود بارزاني الهجوم خرقا للاتفاق.", "مسعود بارزاني"),
        ('وعدّ باسل الكسلي القصف "انتهاكا صارخا".', "باسل الكسلي"),
        ("وعدّ باقر الكسلي الهجوم خرقا للاتفاق.", "باقر الكسلي"),
    ],
)
def test_a_name_opening_with_the_letters_of_bi_stands_in_the_subject_of_deeming(text: str, who: str) -> None:
    # 'عدّ' deems where no word of its subject is 'بـ' on what was promised ('بإعادة'); a name may open so
    assert [s for _, s, _ in said("ar", text)] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "وعد الوزير المزارعين بإعادة الأراضي قريبا.",
        "وعدت الحكومة السكان بتحسين الخدمات خلال العام.",
        "وعد الرئيس بأن الإصلاحات ستتم قريبا.",
    ],
)
def test_promising_is_still_no_deeming(text: str) -> None:
    # guard: the round's shape
    assert said("ar", text) == []
