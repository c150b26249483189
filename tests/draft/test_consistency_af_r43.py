"""Arabic and Persian, round 43 of issue 17: a review of round 42's Arabic and Persian rules, on made-up sentences.

- 'نفى' before a given name is active (round 42): a family name alone set off by a comma before 'وهو' was still
  read as a passive whose agent, the gunmen of what was denied, denied; and the rule read the verb at the sentence's
  offsets in the paragraph, so a second sentence's 'نفى' was not the verb it looked at.
- 'نفى' of banishing ('نُفي إلى الخارج', was exiled abroad) was read as a denial by the agent or the one banished.
- 'ويأتي نفي X عقب ...' (round 42) told a denial again after any denial, whoever's: 'وجاء نفي الوزارة بعد ...' after
  the movement's was dropped; a denial earlier in the same paragraph did not count; 'تكذيب', 'إنكار' were read as
  verbs with the verb of coming for their subject ('ويأتي' denied).
- Reports called exaggerated (round 42): 'ليست مبالغ فيها' is the same shape; 'لا مبالغة في الأخبار', 'دون تهويل'
  (no exaggeration) vouch for the reports, and were read as denials; 'تهويلا' in the accusative was not read.
- Persian 'only an accusation' (round 42): 'تنها ادعایی است که ...' (the only claim that ...) was a denial.
- 'we did not' in a later clause of a quotation (round 42): 'ولم نعد' (no longer), 'ولم نتمكن' (could not), 'وما يهمنا'
  (what concerns us), 'ما لدينا', 'ما علينا إلا', 'ما دفعنا إلى' (which drove us to) were denials.
- The one accused denies (round 42): 'لكنه نفى ذلك' (but he denied it) in the accuser's gender was the accuser's.

Made-up names only (سامي الوردي، ليث عارف، سامي حمدان، سلمى عارف، كتائب كيسل، لوی آرنو).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


def kinds(language: str, *paragraphs: str) -> list[str]:
    return [kind for kind, _, _ in said(language, *paragraphs)]


def denials_by(language: str, *paragraphs: str) -> list[str]:
    return [who for kind, who, _ in said(language, *paragraphs) if kind == "denial"]


# 1. 'نفى' (with alef maqsura, the active past) before a person: his denial, not a passive's agent's


KIDNAPPED = "أن يكون تعرض لاختطاف من طرف مسلحين."


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        (f"نفى سامي الوردي، وهو مدير مكتب الوزير، {KIDNAPPED}", "سامي الوردي"),
        ("نفى سلمى الوردي، وهي مديرة المكتب، أن تكون تعرضت لاختطاف من قبل مسلحين.", "سلمى الوردي"),
        (f"ونفى سامي الوردي {KIDNAPPED}", "سامي الوردي"),
        (f"نفى الوردي، وهو مدير المكتب، {KIDNAPPED}", "الوردي"),
        (f"نفى الوردي، وهي مديرة المكتب، {KIDNAPPED}", "الوردي"),
    ],
)
def test_nafa_before_a_person_is_the_persons_denial(sentence: str, denier: str) -> None:
    assert denials_by("ar", sentence) == [denier]


@pytest.mark.parametrize("name", ["سامي الوردي", "الوردي"])
def test_nafa_before_a_person_in_a_second_sentence(name: str) -> None:
    text = f"وقالت الحركة إنها ستحقق في الأمر. نفى {name}، وهو مدير المكتب، {KIDNAPPED}"
    assert denials_by("ar", text) == [name]


@pytest.mark.parametrize("opener", ["ونُفي", "ونفي", "وقد نُفي"])
def test_the_passive_of_denying_keeps_its_agent(opener: str) -> None:
    assert denials_by("ar", f"{opener} الخبر من قبل الحركة.") == ["الحركة"]


def test_the_passive_with_an_aside_keeps_its_agent() -> None:
    assert denials_by("ar", "ونفي الخبر، وهو ما أثار الجدل، من قبل الحركة.") == ["الحركة"]


# 2. 'نفى' of banishing: one banished 'إلى' a place of exile is no denial


@pytest.mark.parametrize(
    "sentence",
    [
        "ونُفي سامي الوردي إلى جزيرة كيسل من قبل الحاكم.",
        "ونفي سامي الوردي إلى جزيرة كيسل من قبل الحاكم.",
        "وقد نُفي القائد إلى الخارج من قبل السلطات عام 1990.",
        "ونُفي القائد إلى الخارج عام 1990.",
        "ونفى الحاكم سامي الوردي إلى جزيرة كيسل.",
        "ونفت الحكومة الكسلية سامي الوردي إلى الخارج.",
        "ونفت السلطات الكسلية المعارض سامي الوردي إلى الخارج عام 1990.",
    ],
)
def test_banished_to_a_place_is_no_denial(sentence: str) -> None:
    assert "denial" not in kinds("ar", sentence)


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("ونفت الحكومة إرسال قوات إلى كيسليا.", "الحكومة"),
        ("ونفى الوزير الاتهامات الموجهة إلى الحكومة.", "الوزير"),
        ("ونفى سامي الوردي إلى قناة الكسلية أن تكون قواته قد انسحبت.", "سامي الوردي"),
    ],
)
def test_a_denial_of_a_going_or_said_to_someone_still_denies(sentence: str, denier: str) -> None:
    assert denials_by("ar", sentence) == [denier]


def test_a_denial_of_an_advance_to_a_country_still_denies() -> None:
    assert kinds("ar", "ونفى الجيش التقدم إلى كيسليا.") == ["denial"]


# 3. 'ويأتي نفي X عقب ...': told again only when X denied before, in an earlier paragraph or sentence

DENIED = "ونفت الحركة الأنباء عن انسحاب قواتها."


@pytest.mark.parametrize("noun", ["نفي", "تكذيب", "إنكار"])
@pytest.mark.parametrize("came", ["ويأتي", "وجاء"])
def test_the_same_sides_denial_placed_in_time_is_told_again(noun: str, came: str) -> None:
    assert denials_by("ar", DENIED, f"{came} {noun} الحركة عقب تصريح للمتحدث باسم الجيش.") == ["الحركة"]


def test_a_denial_placed_in_time_in_the_same_paragraph_is_told_again() -> None:
    assert denials_by("ar", f"{DENIED} ويأتي نفي الحركة عقب تصريح للمتحدث باسم الجيش.") == ["الحركة"]


def test_a_person_named_by_family_name_is_the_same_denier() -> None:
    first = "ونفى سامي الوردي الأنباء عن انسحاب القوات."
    assert denials_by("ar", first, "ويأتي نفي الوردي بعد ساعات من نشر التقرير.") == ["سامي الوردي"]


def test_a_ministrys_denial_named_by_its_word_is_the_same_denier() -> None:
    first = "ونفت وزارة الدفاع الكسلية الأنباء عن انسحاب قواتها."
    assert denials_by("ar", first, "وجاء نفي الوزارة بعد ساعات من نشر التقرير.") == ["وزارة الدفاع الكسلية"]


@pytest.mark.parametrize(
    ("second", "denier"),
    [
        ("وجاء نفي الوزارة بعد ساعات من نشر التقرير.", "الوزارة"),
        ("ويأتي نفي سامي الوردي بعد ساعات من نشر التقرير.", "سامي الوردي"),
    ],
)
def test_another_sides_denial_placed_in_time_is_its_own(second: str, denier: str) -> None:
    assert denials_by("ar", DENIED, second) == ["الحركة", denier]


# 4. reports called exaggerated; what says there is no exaggeration vouches for them


@pytest.mark.parametrize(
    "words",
    [
        "الأنباء مبالغ فيها",
        "الأنباء مبالغٌ فيها كثيرا",
        "التقارير مبالغ فيه",
        "هناك تهويلا كبيرا في الأخبار",
        "وتهويل إعلامي في الأنباء",
    ],
)
def test_reports_called_exaggerated_are_denied(words: str) -> None:
    assert kinds("ar", f'وقال سامي الوردي إن "{words}".') == ["denial"]


@pytest.mark.parametrize(
    "words",
    [
        "الأرقام التي نشرتها الحكومة ليست مبالغ فيها",
        "الأخبار ليست مبالغ فيها",
        "لا مبالغة في الأخبار التي نشرت",
        "الأخبار دون تهويل في الأرقام",
        "نقول بلا مبالغة في الأخبار إن الوضع صعب",
        "لا يوجد تهويل في التقارير",
    ],
)
def test_no_exaggeration_is_no_denial(words: str) -> None:
    assert kinds("ar", f'وقال سامي الوردي إن "{words}".') == ["quote"]


# 5. Persian 'only an accusation': a denial; 'the only claim that ...' before 'که' none


@pytest.mark.parametrize(
    "words",
    [
        "این تنها یک اتهام است",
        "اين تنها يك اتهام است",
        "این فقط یک ادعای واهی است",
        "این فقط ادعاست",
        "این صرفا یک شایعه است",
    ],
)
def test_persian_only_an_accusation_denies(words: str) -> None:
    assert kinds("fa", f"لوی آرنو گفت: {words}.") == ["denial"]


@pytest.mark.parametrize(
    "words",
    [
        "این تنها ادعایی است که او مطرح کرد",
        "این تنها یک اتهام است که باید بررسی شود",
        "این فقط ادعاست که او مطرح کرد",
        "اين تنها ادعايي است كه او مطرح كرد",
    ],
)
def test_persian_the_only_claim_that_denies_nothing(words: str) -> None:
    assert kinds("fa", f"لوی آرنو گفت: {words}.") == ["quote"]


# 6. 'we did not' in a later clause of a quotation; not 'no longer', 'could not', 'what concerns us'


@pytest.mark.parametrize(
    "words",
    [
        "ندين الهجوم. لم نقم به",
        "ندين الهجوم، وما قمنا بأي عملية",
        "ندين الهجوم، ولم نشارك فيه",
        "ندين الهجوم؛ فلم نرسل أي مقاتل",
        "نتابع الوضع، ولم أشارك في الهجوم",
        "نتابع الوضع، وما دفعنا أي فدية",
        "نتابع الوضع، ولم نكن طرفا في الهجوم",
    ],
)
def test_we_did_not_later_in_a_quotation_denies(words: str) -> None:
    assert kinds("ar", f'وقال سامي الوردي: "{words}".') == ["denial"]


@pytest.mark.parametrize(
    "words",
    [
        "نحن نتابع الوضع، ولم نعد نثق بالوسطاء",
        "نتابع الوضع، ولم نتمكن من الوصول إلى المدينة",
        "نتابع الوضع، ولم أتمكن من الحضور",
        "نتابع الوضع، ولم نستطع الوصول إلى المدينة",
        "نتابع الوضع، وما يهمنا الآن سلامة المواطنين",
        "نتابع الوضع، وما لدينا من معلومات قليل",
        "نتابع الوضع، وما علينا إلا الصبر",
        "هاجمونا أمس، ما دفعنا إلى الرد",
        "هاجمونا أمس، ما اضطرنا للرد",
    ],
)
def test_no_longer_could_not_or_what_concerns_us_is_no_denial(words: str) -> None:
    assert kinds("ar", f'وقال سامي الوردي: "{words}".') == ["quote"]


# 7. the one accused answers with 'but' ('لكنه نفى'), whatever the gender; 'و' joins the accuser's own


@pytest.mark.parametrize("but", ["لكنه نفى", "ولكنه نفى", "غير أنه نفى", "إلا أنه نفى"])
def test_but_he_denied_after_an_accusation_is_the_accused(but: str) -> None:
    assert denials_by("ar", f"واتهم ليث عارف سامي حمدان بالكذب. {but} ذلك.") == ["سامي حمدان"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("واتهمت سلمى عارف وزارة الدفاع الكسلية بقصف المدينة. لكنها نفت ذلك.", "وزارة الدفاع الكسلية"),
        ("واتهم ليث عارف وزارة الدفاع الكسلية بقصف المدينة. لكنها نفت ذلك.", "وزارة الدفاع الكسلية"),
        ("واتهم ليث عارف وزارة الدفاع الكسلية بقصف المدينة، وهو ما نفته.", "وزارة الدفاع الكسلية"),
        ("واتهمت سلمى عارف سامي حمدان بالكذب، وهو ما نفاه.", "سامي حمدان"),
    ],
)
def test_the_accused_denies_as_round_42_read(text: str, denier: str) -> None:
    assert denials_by("ar", text) == [denier]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("واتهم ليث عارف سامي حمدان بالكذب. ونفى أن يكون تلقى أموالا.", "ليث عارف"),
        ("واتهم ليث عارف سامي حمدان بالكذب، ونفى أن يكون تلقى أموالا.", "ليث عارف"),
        ("واتهمت سلمى عارف سامي حمدان بالكذب، ونفت أن تكون تلقت أموالا.", "سلمى عارف"),
    ],
)
def test_a_denial_joined_by_and_in_the_accusers_gender_is_the_accusers(text: str, denier: str) -> None:
    assert denials_by("ar", text) == [denier]


# 8. a verb, a person's name and an indefinite object ('وعقد X مؤتمرا صحفيا قال فيه'): the name speaks


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('وعقد سامي الوردي مؤتمرا صحفيا قال فيه: "لم نقصف المدينة".', "سامي الوردي"),
        ('وعقدت سلمى الوردي مؤتمرا صحفيا قالت فيه: "لم نقصف المدينة".', "سلمى الوردي"),
        ('وعقد سامي الوردي مؤتمراً صحفياً قال فيه: "لم نقصف المدينة".', "سامي الوردي"),
        ('وأصدر سامي الوردي بيانا رسميا جاء فيه: "لم نقصف المدينة".', "سامي الوردي"),
    ],
)
def test_a_verb_then_a_name_then_its_object(sentence: str, speaker: str) -> None:
    assert denials_by("ar", sentence) == [speaker]


# 9. a verbal noun of denying after a verb of coming, with no denial told before: its owner denies ('تكذيب' and
# 'تفنيد' open with 'ت' as a present verb does, and the verb of coming before them was read as their subject)


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("ويأتي تكذيب الحركة بعد ساعات من نشر التقرير.", "الحركة"),
        ("وجاء تكذيب الحركة بعد ساعات من نشر التقرير.", "الحركة"),
        ("وجاء تفنيد الوزارة بعد ساعات من نشر التقرير.", "الوزارة"),
        ("وجاء إنكار الوزارة بعد ساعات من نشر التقرير.", "الوزارة"),
        ("وجاء نفي الحركة بعد ساعات من نشر التقرير.", "الحركة"),
        ("وتأتي نفي الحركة بعد ساعات من نشر التقرير.", "الحركة"),
    ],
)
def test_a_denial_placed_in_time_alone_is_its_owners(sentence: str, denier: str) -> None:
    assert denials_by("ar", sentence) == [denier]


@pytest.mark.parametrize(
    "sentence", ["وفي تكذيب للأنباء، قالت الحركة إنها لم تنسحب.", "وأصدرت الحركة تكذيبا للتقارير."]
)
def test_other_uses_of_the_verbal_noun_keep_their_denier(sentence: str) -> None:
    assert denials_by("ar", sentence) == ["الحركة"]


# 10. people not belonging to a side, with the article too, restate its denial


@pytest.mark.parametrize("words", ["الأشخاص غير التابعين للحركة لا يمثلونها", "العناصر غير المنتمين للحركة"])
def test_definite_people_not_of_the_side_restate_its_denial(words: str) -> None:
    units = said(
        "ar",
        'ونفى سامي الوردي "وجود أي تجمع لعناصر الحركة في الشارع".',
        f'وأضاف الوردي أن "{words}".',
    )
    assert [kind for kind, _, _ in units] == ["denial", "denial"]


# 11. Persian 'we did not send' (round 42): joined without the non-joiner too; not 'not yet' ('هنوز ... نفرستاده‌ایم')


@pytest.mark.parametrize(
    "words",
    [
        "ما هیچ نیرویی به کسلیا نفرستاده‌ایم",
        "ما هیچ نیرویی به کسلیا نفرستاده ایم",
        "ما هیچ نیرویی به کسلیا نفرستادهایم",
        "ما هیچ نیرویی به کسلیا نفرستادیم",
        "ما هيچ نيرويي به كسليا نفرستاده‌ايم",
    ],
)
def test_persian_we_did_not_send_denies(words: str) -> None:
    assert kinds("fa", f"لوی آرنو گفت: {words}.") == ["denial"]


@pytest.mark.parametrize(
    "words",
    [
        "ما هنوز نامه را نفرستاده‌ایم و فردا می‌فرستیم",
        "ما هنوز پاسخی نفرستادهایم",
        "ما هنوز تصمیمی درباره آن نگرفته‌ایم و کاری نکرده‌ایم",
        "آنها هیچ نیرویی به کسلیا نفرستادند",
    ],
)
def test_persian_not_yet_or_they_did_not_send_is_no_denial(words: str) -> None:
    assert kinds("fa", f"لوی آرنو گفت: {words}.") == ["quote"]


# 12. speech in doubled brackets (round 42) reads as in straight marks, spaced inside or not


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال سامي الوردي ((إن الأنباء كاذبة)).",
        "وقال سامي الوردي (( إن الأنباء كاذبة )).",
        "وقال سامي الوردي: ((الأنباء عن انسحاب القوات كاذبة)).",
        "وقال سامي الوردي ((إن الأنباء كاذبة))، وأضاف: ((لم ننسحب من المدينة أبدا)).",
    ],
)
def test_doubled_brackets_read_as_marks(sentence: str) -> None:
    straight = sentence.replace("(( ", '"').replace(" ))", '"').replace("((", '"').replace("))", '"')
    assert said("ar", sentence) == said("ar", straight)
    assert denials_by("ar", sentence) == ["سامي الوردي"]


def test_a_doubled_bracket_left_open_is_no_mark() -> None:
    assert "denial" not in kinds("ar", "وقال سامي الوردي ((إن الأنباء كاذبة)")


# 13. a spokesman of the body accused, after 'but', and a name opening with 'ب' accused (round 42)


@pytest.mark.parametrize("joined", [" ", "\n\n"])
def test_the_accused_bodys_spokesman_denies(joined: str) -> None:
    text = f"واتهم ليث عارف كتائب كيسل بقصف المدينة.{joined}لكن المتحدث باسم الكتائب نفى ذلك."
    assert denials_by("ar", *text.split("\n\n")) == ["المتحدث باسم الكتائب"]


def test_an_accused_name_opening_with_ba_is_no_charge() -> None:
    assert denials_by("ar", "واتهم ليث عارف بسام حمدان بالكذب، وهو ما نفاه.") == ["بسام حمدان"]


# 14. a body in marks within an office's title (round 42, `_body_of_an_office`, the lead's): words in marks that
# open with a body's word but hold a verb, or run into 'إن', are the speaker's words, not his title


def test_a_body_in_marks_within_a_title_is_the_title() -> None:
    got = said("fa", "رئیس «کمیته روابط خارجی» مجلس افزود: این گزارش درست نیست.")
    # (round 43: the title runs on to the body the committee belongs to, test_consistency_lead43.py)
    assert [(kind, who) for kind, who, _ in got] == [("denial", "رئیس کمیته روابط خارجی مجلس")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fa", "رئیس جمهور «کمیته ها هیچ نقشی نداشتند» گفت."),
        ("ar", 'وقال عضو "حزب النور إن الأنباء كاذبة".'),
    ],
)
def test_words_in_marks_with_a_verb_after_an_office_are_speech(language: str, sentence: str) -> None:
    assert [kind for kind, _, _ in said(language, sentence)] == ["denial"]
    assert all(len(who.split()) <= 2 for _, who, _ in said(language, sentence))


# 15. a body accused right after a body that accuses, each a word with the article ('واتهمت الحركة الحكومة بـ...'):
# the one accused answers after 'but' or 'وهو ما'; a verb in the accuser's gender after 'و' stays the accuser's


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("واتهمت الحركة الحكومة بقصف المدينة، لكنها نفت ذلك.", "الحكومة"),
        ("واتهمت الحركة الحكومة بقصف المدينة. لكنها نفت ذلك.", "الحكومة"),
        ("واتهم الجيش الحركة بقصف المدينة، وهو ما نفته.", "الحركة"),
        ("واتهمت الوزارة الحركة بقصف المدينة، ونفت أن تكون قواتها قد انسحبت.", "الوزارة"),
    ],
)
def test_a_body_accused_after_a_body(text: str, denier: str) -> None:
    assert denials_by("ar", text) == [denier]


def test_a_body_accusing_then_saying_keeps_its_words() -> None:
    text = "واتهمت الحركة الحكومة بقصف المدينة، وقالت إن الأنباء عن انسحابها كاذبة."
    assert denials_by("ar", text) == ["الحركة"]
