"""Round 31's review of round 30's Arabic and Persian rules (r30-w-fa, r30-m-af, r30-w-ar): made-up sentences that
show a defect found in a reviewed line, each with its guards.

- 'this ministry' ('این وزارتخانه') fell back on the last body that spoke whatever its kind, so that a movement
  ('جنبش نور') that spoke was read as 'this ministry' where no ministry had been named;
- a surname alone that a record has as an alias was read as 'another man so named' after any word before it that is
  no office nor stop word: 'وبحسب الحمداني' (according to al-Hamdani) named a man 'وبحسب الحمداني'.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said
from tests.draft.test_consistency_ar_walk30 import _hamdani

QUOTE = "افغانستان با کشورهای عربی مرز مشترک ندارد."
PLAIN = "ما به گفتگو با همسایگان ادامه می‌دهیم."


# --- 'this ministry' is never a body of another kind --------------------------------------------------------------


@pytest.mark.parametrize("body", ["جنبش نور", "سپاه کسلیا", "حزب نور"])
@pytest.mark.parametrize(
    "then",
    [
        "در بیانیه این وزارتخانه آمده است: «{}»",
        "در اطلاعیه این وزارتخانه آمده است: «{}»",
        "در جوابیه این وزارت‌خانه آمده: «{}»",
    ],
)
def test_this_ministry_is_no_body_of_another_kind_that_spoke(body: str, then: str) -> None:
    # (no ministry was named: 'this ministry' is no one, and its statement's words are no one's)
    units = said("fa", f"{body} گفت: «{PLAIN}»", then.format(QUOTE))
    assert [who for _, who, _ in units] == [body]


def test_this_ministry_after_the_ministry_spoke_is_still_it() -> None:
    # guard: a ministry that spoke is 'this ministry'
    units = said("fa", f"وزارت نمونه گفت: «{PLAIN}»", f"در اطلاعیه این وزارتخانه آمده است: «{QUOTE}»")
    assert [who for _, who, _ in units] == ["وزارت نمونه", "وزارت نمونه"]


def test_this_movement_after_the_movement_spoke_is_still_it() -> None:
    # guard: 'this movement' after the movement spoke
    units = said("fa", f"جنبش نور گفت: «{PLAIN}»", f"در بیانیه این جنبش آمده است: «{QUOTE}»")
    assert [who for _, who, _ in units] == ["جنبش نور", "جنبش نور"]


# --- a surname alone after a word that is no given name -----------------------------------------------------------

NOT_NAMED_SO = [
    "وبحسب الحمداني فإن القوات باقية في البلدة.",
    "وحسب الحمداني فإن القوات باقية في البلدة.",
    "وبحسب «الحمداني» فإن القوات باقية في البلدة.",
    "ووفق الحمداني فإن القوات باقية في البلدة.",
]


@pytest.mark.parametrize("first", NOT_NAMED_SO, ids=range(len(NOT_NAMED_SO)))
def test_a_surname_after_a_preposition_names_no_other_man(first: str) -> None:
    speakers = [s for _, s, _ in said("ar", first, "وأكد الحمداني أن الحركة لن تنسحب من البلدة.", index=_hamdani())]
    assert speakers[-1] == "Karim al-Hamdani"


# --- a speech after a colon goes on in the name of the speaker's own body only ------------------------------------

ANSWERED = [
    "دوریان کسلان در پاسخ به وزیر کشور کسلیا اعلام کرد: این اظهارات هیچ ارتباطی با واقعیت ندارد.",
    "دوریان کسلان در واکنش به سخنگوی دولت کسلیا گفت: این اظهارات هیچ ارتباطی با واقعیت ندارد.",
    "دوریان کسلان خطاب به سخنگوی دولت کسلیا گفت: این اظهارات هیچ ارتباطی با واقعیت ندارد.",
]


@pytest.mark.parametrize("first", ANSWERED, ids=range(len(ANSWERED)))
def test_the_office_of_the_one_answered_names_no_body_of_the_speaker(first: str) -> None:
    # (the office after 'به' is the one spoken to: the body after it speaks for itself, not in the speaker's words)
    then = "کشور کسلیا این ادعاها را رد می‌کند." if "وزیر" in first else "دولت کسلیا این ادعاها را رد می‌کند."
    units = said("fa", f"{first} {then}")
    assert units[0][1] == "دوریان کسلان" and then.rstrip(".") not in units[0][2]


def test_the_speakers_own_office_still_names_his_body() -> None:
    # guard: 'X سخنگوی دولت کسلیا گفت: ... . دولت کسلیا ... رد می‌کند' goes on in the government's name
    first = "دوریان کسلان سخنگوی دولت کسلیا گفت: این اظهارات هیچ ارتباطی با واقعیت ندارد."
    units = said("fa", f"{first} دولت کسلیا این ادعاها را رد می‌کند.")
    assert [who for _, who, _ in units] == ["دوریان کسلان"]


# --- 'هم ... و هم' (both ... and) after a time is no 'too' -----------------------------------------------------------

BOTH = [
    ("پیشتر هم", "ایران", "عراق"),
    ("روز گذشته هم", "جنبش نور", "وزارت نمونه"),
    ("پیش از این هم", "جنبش نور", "وزارت نمونه"),
    ("پیش ازاین هم", "جنبش نور", "وزارت نمونه"),
]


@pytest.mark.parametrize("opening,first,second", BOTH, ids=range(len(BOTH)))
def test_both_and_after_a_time_is_no_too(opening: str, first: str, second: str) -> None:
    # ('هم X و هم Y', both X and Y: cutting the first 'هم' as 'too' left 'X و' as the denier)
    text = f"{opening} {first} و هم {second} این ادعا را رد کرده بودند."
    assert {who for _, who, _ in said("fa", text)} <= {first, second}


@pytest.mark.parametrize("opening", ["پیشتر هم", "روز گذشته نیز", "پیش از این هم"])
def test_too_after_a_time_before_one_denier(opening: str) -> None:
    # guard: 'too' after a time, then one denier
    assert [who for _, who, _ in said("fa", f"{opening} جنبش نور این ادعا را رد کرده بود.")] == ["جنبش نور"]


# --- 'الأمين' after a given name is a word of the name, not an office held -------------------------------------------

COMPOUND_GIVEN = [
    ("وقال الشيخ محمد الأمين عمر إن الحركة لم تنسحب.", "محمد الأمين عمر"),
    ("وقال اللواء محمد الأمين عمر إن الحركة لم تنسحب.", "محمد الأمين عمر"),
    ("وأكد العميد محمد الأمين خليل أن الحركة لم تنسحب.", "محمد الأمين خليل"),
]


@pytest.mark.parametrize("text,name", COMPOUND_GIVEN, ids=range(len(COMPOUND_GIVEN)))
def test_al_amin_after_a_given_name_is_part_of_the_name(text: str, name: str) -> None:
    # ('الأمين' is an office only as 'الأمين العام', the secretary-general; after 'محمد' it is the second word of a
    # given name, and the name after it is no office holder's, the verb's object; the rank before it may stay in the
    # label, as it did before the rule, a name with the article inside being no plain name)
    speakers = [who for _, who, _ in said("ar", text)]
    assert len(speakers) == 1 and speakers[0].endswith(name)


def test_an_office_with_its_holders_name_after_a_titled_name_is_still_the_object() -> None:
    # guard: 'ودعا العميد شريف الوزير كمال الأحمد إلى ...' (called on the minister)
    assert [who for _, who, _ in said("ar", "ودعا العميد شريف الوزير كمال الأحمد إلى الاستقالة.")] == ["العميد شريف"]


# --- 'this group' is never the words after it ------------------------------------------------------------------------


@pytest.mark.parametrize("first", ["طالبان", "دوریان کسلان"])
@pytest.mark.parametrize("then", ["در بیانیه این گروه آمده است: «{}»", "در اطلاعیه این گروه آمده است: «{}»"])
def test_this_group_is_no_body_named_by_its_own_words(first: str, then: str) -> None:
    # ('این گروه' looked for a body named with 'گروه' before it and found 'گروه آمده است', its own words)
    units = said("fa", f"{first} گفت: «{PLAIN}»", then.format(QUOTE))
    assert not any("آمده" in who or "این" in who.split() for _, who, _ in units)


# --- a verb after 'in answer to a report X published' is the answer's, not the report's --------------------------------

ANSWER_TO_A_REPORT = [
    "وردا على تقرير نشرته قناة النور، نفى صحة ما ورد فيه.",
    "وتعليقا على تقرير نشرته قناة النور، نفى صحة ما ورد فيه.",
    "ورداً على خبر بثته قناة النور، قال إن القوات لم تنسحب.",
    "وتعقيبا على مقالة نشرتها صحيفة الفجر، قالت إن القوات لم تنسحب.",
]


@pytest.mark.parametrize("text", ANSWER_TO_A_REPORT, ids=range(len(ANSWER_TO_A_REPORT)))
def test_the_publisher_of_a_report_answered_is_no_speaker(text: str) -> None:
    # ('ردا على تقرير نشرته X، نفى ...', in answer to a report X published, (he) denied: the verb's subject is the one
    # answering, left unsaid; X never denies its own report)
    assert not any(("النور" in who or "الفجر" in who) for _, who, _ in said("ar", "متن الخبر.", text))
