"""Arabic and Persian, round 32: shapes seen in the round's walk-through of unseen agency news (Iraq, Yemen, Iran,
Afghanistan), written again with made-up names (سامي حمدان، سامان رحیمی، حركة النور، کسلیا).

- Persian: a reporter's lead with the agency's tag between kashidas and no comma ('به گزارش خبرگزاری اهل‌بیت(ع) ـ ابنا ـ
  وزارت ... را تکذیب کرد'): the lead's words were read as the subject, and the lead's denial was lost.
- Arabic: 'فيما' (while) before a verb with no subject after it ('وشهدت البلدة انتشاراً، فيما أعلن عن فتح تحقيق'): the
  clause before was read as the speaker.
- Arabic: a rank before a name in marks ('العميد "سامي حمدان"'): the name was read as a quotation and the rank as the
  end of an unnamed office.
- Arabic: a second office of the same man, of 'this' body ('ورئيس العلاقات العامة لهذه الحركة'): 'لهذه الحركة' was
  read as his name.
- Arabic: a statement whose issuer is named after it ('وأوضح بيان لوزارة الداخلية') after another body's statement
  ('وذكر بيان لجهاز الأمن'): given to the body whose statement came first.
- Persian: 'همچنان' (also, in Dari) after the subject ('آقای X همچنان گفته است') was read as part of the name; Dari's
  'آمر' (head of a department) after a name was read as part of it ('X آمر مطبوعات این ریاست').
- Persian: 'از پای در آمده است' (was killed), 'در' right before 'آمده', was read as 'in X it came', whose words before
  'در' then named the statement's author, a speaker for the sentences after.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

LEAD_WITH_KASHIDA_TAG = [
    (
        "به گزارش خبرگزاری بین‌المللی اهل‌بیت(ع) ـ ابنا ـ وزارت دفاع کسلیا امروز شنبه هرگونه درگیری در شهر نور را تکذیب کرد.",
        "وزارت دفاع کسلیا",
    ),
    (
        "به گزارش خبرگزاری اهل‌بیت ـ ابنا ـ وزارت دفاع کسلیا هرگونه درگیری در شهر نور را تکذیب کرد.",
        "وزارت دفاع کسلیا",
    ),
    (
        "به گزارش خبرگزاری کسلان ـ کسنا ـ جنبش نور خبر حمله به شهر را رد کرد.",
        "جنبش نور",
    ),
    (
        "به گزارش خبرگزاری کسلان ـ کسنا ـ سخنگوی جنبش نور این خبر را تکذیب کرد.",
        "سخنگوی جنبش نور",
    ),
]


@pytest.mark.parametrize("text,who", LEAD_WITH_KASHIDA_TAG, ids=range(len(LEAD_WITH_KASHIDA_TAG)))
def test_a_lead_closed_by_an_agency_tag_between_kashidas_leaves_the_denier(text, who) -> None:
    assert [(kind, speaker) for kind, speaker, _ in said("fa", text)] == [("denial", who)]


WHILE_BEFORE_A_SUBJECTLESS_VERB = [
    "وشهدت البلدة انتشاراً أمنياً كثيفاً، فيما أعلن عن فتح تحقيق لمعرفة ملابسات الحادث.",
    "وشهدت البلدة انتشاراً أمنياً، فيما أُعلن عن فتح تحقيق في الحادث.",
    "وعمت الفوضى شوارع المدينة، بينما أعلن عن حظر للتجول.",
    "وساد الهدوء البلدة فيما أعلن عن وصول تعزيزات.",
]


@pytest.mark.parametrize("text", WHILE_BEFORE_A_SUBJECTLESS_VERB, ids=range(len(WHILE_BEFORE_A_SUBJECTLESS_VERB)))
def test_the_clause_before_while_is_no_speaker(text) -> None:
    assert all(text.split("،")[0].split()[0] not in speaker for _, speaker, _ in said("ar", text))


RANK_BEFORE_A_NAME_IN_MARKS = [
    'نفى المتحدث باسم حركة النور العميد "سامي حمدان" الأنباء عن انسحاب قواته.',
    'فنّد المتحدث باسم حركة النور العميد "سامي حمدان" الأنباء عن انسحاب قواته.',
    'نفى الناطق باسم قوات النور اللواء "سامي حمدان" الأنباء عن انسحاب قواته.',
    'نفى العميد "سامي حمدان" الأنباء عن انسحاب قواته.',
]


@pytest.mark.parametrize("text", RANK_BEFORE_A_NAME_IN_MARKS, ids=range(len(RANK_BEFORE_A_NAME_IN_MARKS)))
def test_a_name_in_marks_after_a_rank_is_the_denier(text) -> None:
    assert denied_by("ar", text) == [("samy-hmdan", "الأنباء عن انسحاب قواته")]


def test_a_name_in_guillemets_after_a_rank_is_the_denier() -> None:
    text = "نفى المتحدث باسم حركة النور العميد «سامي حمدان» الأنباء عن انسحاب قواته."
    assert denied_by("ar", text) == [("samy-hmdan", "الأنباء عن انسحاب قواته")]


def test_words_in_marks_after_a_rank_that_are_no_name_stay_a_quotation() -> None:
    text = 'وقال العميد سامي حمدان إن الوضع "مستقر تماما ولا خوف على المدينة".'
    assert said("ar", text) == [("quote", "سامي حمدان", "مستقر تماما ولا خوف على المدينة")]


SECOND_OFFICE_OF_THIS_BODY = [
    "نفى المتحدث باسم حركة النور ورئيس قسم العلاقات العامة لهذه الحركة، هذه الأنباء.",
    "نفى المتحدث باسم حركة النور ورئيس العلاقات العامة لهذه القوة، هذه الأنباء.",
    "نفى المتحدث باسم حركة النور ورئيس قسم العلاقات العامة لهذه الحركة الأنباء.",
    "نفى رئيس قسم العلاقات العامة لهذه الحركة الأنباء.",
    "نفى المتحدث باسم حركة النور ومسؤول الإعلام بهذه الحركة الأنباء.",
]


@pytest.mark.parametrize("text", SECOND_OFFICE_OF_THIS_BODY, ids=range(len(SECOND_OFFICE_OF_THIS_BODY)))
def test_this_body_after_an_office_is_no_name(text) -> None:
    found = said("ar", text)
    assert found and all(kind == "denial" for kind, _, _ in found)
    assert not any(who.startswith(("\u0644\u0647\u0630\u0647", "\u0628\u0647\u0630\u0647")) for _, who, _ in found)


_STATEMENTS = [
    "نفى جهاز الأمن الوطني الكسلي الأنباء عن تلقي الحكومة رسائل تحذير.",
    "وذكر بيان لجهاز الأمن الوطني الكسلي أن الحكومة لم تتلق أية رسالة.",
    "من جانب آخر، نفت وزارة الداخلية الكسلية ما تداولته مواقع عن تسلل مسلحين عبر الحدود.",
]
STATEMENT_OF_ANOTHER_BODY = [
    'وأوضح بيان لوزارة الداخلية "إننا في الوقت الذي ننفي فيه هذه الأنباء، نؤكد أن المقطع ليس على حدودنا".',
    'وقال بيان لوزارة الداخلية إن "المقطع ليس على حدودنا".',
    'وأوضح بيان للوزارة "إننا نؤكد أن المقطع ليس على حدودنا".',
    'وأكد بيان لـ"وزارة الداخلية" أن "المقطع ليس على حدودنا".',
]


@pytest.mark.parametrize("text", STATEMENT_OF_ANOTHER_BODY, ids=range(len(STATEMENT_OF_ANOTHER_BODY)))
def test_a_statement_of_a_body_named_after_it_is_that_body_s(text) -> None:
    assert "وزارة الداخلية" in said("ar", *_STATEMENTS, text)[-1][1]


def test_a_statement_without_its_issuer_is_still_the_last_statement_s() -> None:
    paragraphs = (
        "نفى جهاز الأمن الكسلي الأنباء عن اعتقال صحفيين.",
        'وذكر بيان لجهاز الأمن الكسلي أن "الصحفيين أحرار".',
    )
    assert said("ar", *paragraphs, 'وأضاف البيان أن "الأنباء ملفقة".')[-1][1] == "جهاز الأمن الكسلي"


ADVERB_OR_OFFICE_AFTER_A_NAME_FA = [
    (
        (
            "سامان رحیمی، سخنگوی وزارت دفاع کسلیا، گفت که نیروها باقی می‌مانند.",
            "رحیمی همچنان گفت که درگیری‌ها ادامه دارد.",
        ),
    ),
    (("وزارت دفاع کسلیا همچنان گفته است که درگیری‌ها افزایش یافته است.",),),
    (("گزارش دبیرکل را وزارت دفاع کسلیا رد کرد.", "آقای رحیمی همچنان گفته است که درگیری‌ها افزایش یافته است."),),
    (("اما سامان رحیمی آمر مطبوعات این ریاست گفت که این خبر واقعیت ندارد.",),),
    (("سامان رحیمی آمر امنیه ولایت نور گفت که مهاجمان کشته شده‌اند.",),),
]


@pytest.mark.parametrize(
    "paragraphs", ADVERB_OR_OFFICE_AFTER_A_NAME_FA, ids=range(len(ADVERB_OR_OFFICE_AFTER_A_NAME_FA))
)
def test_an_adverb_or_a_dari_office_after_a_name_is_no_part_of_it(paragraphs) -> None:
    (paragraphs,) = paragraphs
    speaker = said("fa", *paragraphs)[-1][1]
    assert "همچنان" not in speaker and "آمر" not in speaker


KILLED_IS_NO_STATEMENT_FA = [
    (
        "وزارت داخله کسلیا می‌گوید که یک مهاجم قصد داشت وارد ریاست شود که شناسایی و از پای در آمده است.",
        "این موضوع را معاون سخنگوی وزارت داخله کسلیا به رسانه‌ها گفته است.",
    ),
    (
        "وزارت داخله کسلیا گفت که مهاجم از پا در آمده است.",
        "این موضوع را سخنگوی وزارت به رسانه‌ها گفته است.",
    ),
    (
        "جنبش نور اعلام کرد که فرمانده آن شهر از پای در آمده است.",
        "این مطلب را سخنگوی جنبش به رسانه‌ها گفته است.",
    ),
]


@pytest.mark.parametrize("paragraphs", KILLED_IS_NO_STATEMENT_FA, ids=range(len(KILLED_IS_NO_STATEMENT_FA)))
def test_come_out_is_no_statement_s_came(paragraphs) -> None:
    first = paragraphs[0].split()[0]
    assert all(speaker.split()[0] == first for _, speaker, _ in said("fa", *paragraphs))
