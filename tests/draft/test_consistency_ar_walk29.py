"""Arabic, round 29: shapes seen in the round's walk-through of unseen news (Somalia, Iraq, Libya, Lebanon),
written again with made-up names (سامي الوردي، حركة النور، كسليا).

- the manner of denying right after the denier, before what was denied when that is no claim's noun ('نفى X
  نفيا قاطعا استهداف البلدة', flatly denied targeting the town): the verbal noun was read as a denial named as a noun,
  whose rejection maintains the claim, so the verb was dropped and what was denied began with the verb and its
  subject ('ونفى X استهداف البلدة');
- an office with its body after 'في' and its holder's name between commas, before the verb, after 'كان' ('وكان
  مسؤول الإعلام في حركة النور، سامي الوردي، قد نفى ...'): the subject was cut at 'في', so the office alone was the
  denier or speaker, and without 'قد' a second denial by the office was drafted;
- double primes and pairs of doubled slashes typed for quotation marks ('ان ″ ... ″', 'للصحفيين //...//'): no
  quotation was read, and a slash ended the speaker's name ('وتابع X //...' spoken by 'X //...');
- the given name Ali typed 'على' after an honorific ('وقال الشيخ على محمود الراجي'): read as 'on', so the honorific
  alone spoke;
- a day right after the denier without commas ('نفى X اليوم الجمعة تورط ...') and an aside set off by dashes ('نفت
  الحركة – جناحها العسكري – الأنباء'): they opened what was denied;
- claims the speaker calls false in a quotation of their own after a lead ('وقال X في تصريح لوكالة Y إن "الاتهامات
  الباطلة بحق ..."'): what was denied was the whole sentence, the reporter's lead with it.

Guards: the denial of another rejected ('رفض X نفي الحركة') is still no denial of X's; 'كان' with a subject that a
preposition ends ('وكانت حسابات على منصة ...') is read as before; slashes inside words are no marks; 'على' before
no name ('على قناة', 'على هامش', 'على المنبر') stays 'on'; a day after what was denied, a dash inside it and a time
that is no day ('ليلة الهجوم') are read as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

FLATLY = [
    ("ونفى سامي الوردي نفياً قاطعاً استهداف البلدة.", "استهداف البلدة"),
    ("نفى سامي الوردي نفيا قاطعا وجود مقاتلين في البلدة.", "وجود مقاتلين في البلدة"),
    ("ونفت حركة النور نفيا مطلقا استهداف البلدة.", "استهداف البلدة"),
    ("ونفت حركة النور، السبت، نفيا قاطعا مشاركتها في الهجوم.", "مشاركتها في الهجوم"),
    ("وكذب سامي الوردي تكذيبا قاطعا وقوع اشتباكات في البلدة.", "وقوع اشتباكات في البلدة"),
    ("ونفى سامي الوردي نفياً قاطعاً الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
]


@pytest.mark.parametrize("text,what", FLATLY, ids=range(len(FLATLY)))
def test_the_manner_right_after_the_denier_keeps_the_verb_and_is_no_word_of_what_was_denied(text, what) -> None:
    found = denied_by("ar", text)
    assert len(found) == 1 and found[0][1] == what


def test_a_denial_rejected_is_still_no_denial_by_who_rejects_it() -> None:
    assert all(who != "samy-alwrdy" for who, _ in denied_by("ar", "ورفض سامي الوردي نفي الحركة للهجوم على البلدة."))


OFFICE_IN_BODY = [
    "وكان مسؤول الإعلام في حركة النور، سامي الوردي، قد نفى استهداف البلدة.",
    "وكان مسؤول الإعلام في حركة النور، سامي الوردي، نفى استهداف البلدة.",
    "وكان مسؤول الإعلام في حركة النور، سامي الوردي، نفى نفياً قاطعاً استهداف البلدة.",
    "وكان المتحدث العسكري في حركة النور، سامي الوردي، قد نفى استهداف البلدة.",
    "وكانت المتحدثة في وزارة الدفاع، سلمى حداد، قد نفت استهداف البلدة.",
]


@pytest.mark.parametrize("text", OFFICE_IN_BODY, ids=range(len(OFFICE_IN_BODY)))
def test_an_office_in_its_body_with_its_holder_between_commas_after_kana_denies_by_the_holder(text) -> None:
    found = denied_by("ar", text)
    assert len(found) == 1 and found[0][1] == "استهداف البلدة"
    assert found[0][0] in ("samy-alwrdy", "slmy-hdad")


OFFICE_IN_BODY_SAYS = [
    ("وكان مسؤول الإعلام في حركة النور، سامي الوردي، قال إن القوات انسحبت.", "سامي الوردي"),
    ("وكان مسؤول الإعلام في حركة النور، سامي الوردي، قد أكد أن القوات انسحبت.", "سامي الوردي"),
    ("وكانت حسابات على منصة إكس قد زعمت أن القوات انسحبت.", "حسابات"),
]


@pytest.mark.parametrize("text,who", OFFICE_IN_BODY_SAYS, ids=range(len(OFFICE_IN_BODY_SAYS)))
def test_an_office_in_its_body_with_its_holder_between_commas_after_kana_speaks_by_the_holder(text, who) -> None:
    assert [s for _, s, _ in said("ar", text)] == [who]


TYPED_MARKS = [
    "وقال سامي الوردي في تصريح لوكالة الفجر؛ ان ″ القوات انسحبت من البلدة بشكل كامل ″ لافتا الى ان″ الهجمات تتصاعد كل يوم ″.",
    "وقال سامي الوردي في تصريح لوكالة الفجر إن ″القوات انسحبت من البلدة بشكل كامل″.",
    "وقال سامي الوردي للصحفيين //القوات انسحبت من البلدة بشكل كامل.// وأضاف انه التقى قادة الحركة.",
    "وتابع سامي الوردي //نحن نعلم ان بعض الجنود غادروا البلدة قبل الهجوم.// // انتهى //",
    "وقال سامي الوردي //القوات انسحبت من البلدة بشكل كامل// مضيفا انه التقى قادة الحركة.",
]


@pytest.mark.parametrize("text", TYPED_MARKS, ids=range(len(TYPED_MARKS)))
def test_double_primes_and_doubled_slashes_typed_for_quotation_marks_quote_the_speaker(text) -> None:
    """'ان ″ ... ″', 'للصحفيين //...//': the words between are the speaker's quotation, the speaker's name ends
    before the mark, and '// انتهى //' (ended) closing an agency's copy is no quotation."""
    found = [(kind, who) for kind, who, _ in said("ar", text)]
    assert found and found[0] == ("quote", "سامي الوردي")
    assert all(who == "سامي الوردي" for _, who in found)


NO_MARKS = [
    "وقال سامي الوردي إن الموقع نشر الخبر على الرابط news//page ثم على الرابط old//page أمس.",
    "وقال سامي الوردي إن النسبة بلغت 20//30 في المئة.",
]


@pytest.mark.parametrize("text", NO_MARKS, ids=range(len(NO_MARKS)))
def test_slashes_in_an_address_or_between_figures_are_no_quotation_marks(text) -> None:
    assert [kind for kind, _, _ in said("ar", text)] == ["reported"]


ALI = [
    ("وقال الشيخ على محمود الراجي المتحدث باسم الحركة للصحفيين إن القوات انسحبت.", "على محمود الراجي"),
    ("وقال الشيخ على محمود الراجي إن القوات انسحبت.", "على محمود الراجي"),
    ("ونفى العميد على حسن الكسلي الأنباء عن الانسحاب.", "على حسن الكسلي"),
    ("وأكد السيد على حسين الوردي أن القوات انسحبت.", "على حسين الوردي"),
    # guards: 'on' after the honorific, and the name written with ي as before
    ("وقال الشيخ على قناة الفجر إن القوات انسحبت.", "الشيخ"),
    ("وقال اللواء على هامش المؤتمر إن القوات انسحبت.", "اللواء"),
    ("وقال الشيخ على المنبر إن القوات انسحبت.", "الشيخ"),
    ("وقال الشيخ علي محمود الراجي إن القوات انسحبت.", "علي محمود الراجي"),
]


@pytest.mark.parametrize("text,who", ALI, ids=range(len(ALI)))
def test_ali_typed_with_alif_maqsura_after_an_honorific_before_a_name_is_the_speakers_given_name(text, who) -> None:
    """'وقال الشيخ على محمود الراجي': Sheikh Ali Mahmoud al-Raji speaks, not 'the sheikh' (on Mahmoud ...)."""
    assert [s for _, s, _ in said("ar", text)] == [who]


WHEN_AND_ASIDE = [
    ("ونفى سامي الوردي اليوم الجمعة تورط الحركة في الهجوم.", "تورط الحركة في الهجوم"),
    ("ونفى سامي الوردي اليوم الجمعة الأنباء عن الانسحاب.", "الأنباء عن الانسحاب"),
    ("ونفى متحدث باسم حركة النور اليوم تورط الحركة في الهجوم.", "تورط الحركة في الهجوم"),
    ("ونفى سامي الوردي يوم الجمعة تورط الحركة في الهجوم.", "تورط الحركة في الهجوم"),
    ("ونفى سامي الوردي مساء أمس تورط الحركة في الهجوم.", "تورط الحركة في الهجوم"),
    ("ونفت حركة النور – جناحها العسكري – الأنباء عن استهداف البلدة.", "الأنباء عن استهداف البلدة"),
    (
        "ونفت حركة النور في لبنان – جناحها العسكري – السبت، نفياً قاطعاً، الأنباء عن استهداف البلدة.",
        "الأنباء عن استهداف البلدة",
    ),
    # guards: a day after what was denied, a dash inside it, and a time that opens it
    ("ونفى سامي الوردي صحة الأنباء اليوم.", "صحة الأنباء اليوم"),
    (
        "ونفى سامي الوردي الأنباء عن استهداف البلدة – وهي بلدة صغيرة – أمس.",
        "الأنباء عن استهداف البلدة – وهي بلدة صغيرة – أمس",
    ),
    ("ونفى سامي الوردي ليلة الهجوم أي علاقة للحركة به.", "أي علاقة للحركة به"),
]


@pytest.mark.parametrize("text,what", WHEN_AND_ASIDE, ids=range(len(WHEN_AND_ASIDE)))
def test_a_day_without_commas_or_an_aside_in_dashes_after_the_denier_is_no_word_of_what_was_denied(text, what) -> None:
    assert [d for _, d in denied_by("ar", text)] == [what]


CALLED_FALSE_IN_QUOTE = [
    'وقال سامي الوردي إن "الاتهامات الباطلة بحق الحركة انطلقت منذ بداية المعارك".',
    'وقال الوردي في تصريح لوكالة الفجر اليوم، ان "الاتهامات الباطلة بحق الحركة انطلقت منذ بداية المعارك".',
    'وقال سامي الوردي في تصريح لوكالة الفجر إن "الاتهامات الباطلة بحق الحركة انطلقت منذ بداية المعارك" مضيفا انه التقى قادتها.',
]


@pytest.mark.parametrize("text", CALLED_FALSE_IN_QUOTE, ids=range(len(CALLED_FALSE_IN_QUOTE)))
def test_claims_called_false_in_the_speakers_quotation_are_denied_in_the_quotations_words(text) -> None:
    """'وقال X إن "الاتهامات الباطلة بحق الحركة انطلقت ..."': what was denied is in X's quoted words, not the
    reporter's lead ('وقال X في تصريح ... إن')."""
    assert [d for _, d in denied_by("ar", text)] == ['"الاتهامات الباطلة بحق الحركة انطلقت منذ بداية المعارك"']
