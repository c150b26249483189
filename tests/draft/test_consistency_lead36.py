"""Round 36's rules from the fresh development articles and four walk-throughs, on made-up sentences: a body's own
acronym written after it with no brackets, 'and' inside a body's name, a platform after 'official', every form of
fabricating reports; in Arabic 'so-called' inside an office, 'وجود' after a name, a man's middle name alone, the owner
of the occasion 'جاء ذلك' names, an agency's credit, a body less its head word, a forged document; in Persian the
issuer of the statement 'که در آن آمده' quotes."""

from __future__ import annotations

import pytest

from tests.draft.conftest import record_kinds, said, speakers

# --- English ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The Justice and Equality Movement JEM denied the statement made by the authorities.",
            "Justice and Equality Movement",
        ),
        ("The Kessel Brigade KB denied the statement made by the authorities.", "Kessel Brigade"),
        ("The Popular Defence Forces PDF on Monday rejected the claims.", "Popular Defence Forces"),
        ("The Justice and Equality Movement denied the press statement.", "Justice and Equality Movement"),
        ("The Peace and Security Council denied the report.", "Peace and Security Council"),
    ],
)
def test_a_body_and_its_own_acronym_deny_as_one(text: str, denier: str) -> None:
    # ('JEM' right after the name, with no brackets, is the name's own: one denier, not the body and another)
    assert [s for k, s in speakers("en", text) if k == "denial"] == [denier]


def test_two_bodies_joined_by_and_still_deny_together() -> None:
    assert [s for k, s in speakers("en", "Fatah and Hamas denied the report.")] == ["Fatah", "Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        'In a series of audio messages on his official Telegram channel, Lev Arno said the "rot" must end.',
        'In a post on his official Facebook page, Lev Arno said the "rot" must end.',
        'On its official Telegram account, the Kessel Brigade said the "raid" had failed.',
        'In a video on the official YouTube channel of the brigade, Lev Arno said the "raid" had failed.',
        'Lev Arno said on his official Telegram channel that the "raid" had failed.',
        'Writing on the official WhatsApp group of the brigade, Lev Arno said the "raid" had failed.',
    ],
)
def test_a_platform_after_official_is_no_person(text: str) -> None:
    kinds = record_kinds("en", text)
    assert not {"telegram", "facebook", "youtube", "whatsapp"} & set(kinds)
    assert said("en", text)[0][1] in ("Lev Arno", "Kessel Brigade")


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said that the government fabricates such news to distract people.",
        "Lev Arno said the army was inventing these stories to cover its losses.",
        "Lev Arno said the ministry invents reports every week.",
        "The Kessel Brigade said the ministry concocts such claims.",
    ],
)
def test_saying_another_side_fabricates_the_reports_denies_them(text: str) -> None:
    assert [k for k, _ in speakers("en", text)] == ["denial"]


def test_a_warning_that_another_side_fabricates_news_is_no_denial() -> None:
    assert [k for k, _ in speakers("en", "Lev Arno warned that the ministry fabricates such news.")] == ["reported"]


# --- Arabic ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("نفى الناطق باسم ما يسمى بجيش الخلاص، العميد سالم الداودي، وجود قوات أجنبية في المدينة.", "سالم الداودي"),
        ("نفى المتحدث باسم ما يسمى بالجيش الوطني، اللواء كمال الرفاعي، الأنباء عن انسحاب قواته.", "كمال الرفاعي"),
        ("ونفى المتحدث باسم ما تسمى بقوات الحماية، العقيد ناصر البرقاوي، وجود مقاتلين أجانب.", "ناصر البرقاوي"),
        ("نفى الناطق باسم ما يسمى بلواء النور، سالم الداودي، وجود قوات أجنبية في المدينة.", "سالم الداودي"),
        ("نفى الناطق باسم ما يسمى جيش الخلاص، العميد سالم الداودي، وجود قوات أجنبية في المدينة.", "سالم الداودي"),
    ],
)
def test_so_called_inside_an_office_keeps_the_name_after_it(text: str, denier: str) -> None:
    assert speakers("ar", text) == [("denial", denier)]


@pytest.mark.parametrize(
    "text",
    [
        "ونفى المتحدث باسم قوات الحماية، العقيد ناصر البرقاوي، وجود مقاتلين أجانب.",
        "ونفى المتحدث باسم قوات الحماية، العقيد ناصر البرقاوي، وجود مقاتلين في المدينة.",
        "نفى المتحدث باسم قوات الحماية، العقيد ناصر البرقاوي، وجود مقاتلين أجانب.",
        "ونفى المتحدث باسم جيش الحماية، العقيد ناصر البرقاوي، وقوع اشتباكات في المدينة.",
    ],
)
def test_presence_after_a_name_is_what_is_denied_not_a_second_denier(text: str) -> None:
    assert speakers("ar", text) == [("denial", "ناصر البرقاوي")]


@pytest.mark.parametrize(
    ("paragraphs", "full"),
    [
        (
            (
                "وقال الناطق الرسمي باسم القوة المشتركة، العقيد أحمد حسين مصطفى، إن الحديث عن اعتقالات لا أساس له من الصحة.",
                "وأشار حسين إلى أن «الوضع مستقر».",
            ),
            "أحمد حسين مصطفى",
        ),
        (
            ("وقال المتحدث باسم لواء النور سالم كريم الداودي إن «القوات لم تنسحب».", "وأضاف كريم أن «الهجوم فشل»."),
            "سالم كريم الداودي",
        ),
    ],
)
def test_a_mans_middle_name_alone_is_the_man(paragraphs: tuple[str, ...], full: str) -> None:
    assert {s for _, s in speakers("ar", *paragraphs)} == {full}
    assert len([k for k, v in record_kinds("ar", *paragraphs).items() if v == "person"]) == 1


_SAID = "وأضاف سالم الداودي قائلا إن «بث هذه الأكاذيب لن يخدع أحدا»"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                _SAID + "، حسبما أفادت وكالة النور.",
                "جاء ذلك في تعليق للداودي، خلال بيان اليوم، على «العثور على منشورات في المدينة»، مؤكدا أن «هذا استفزاز مكشوف».",
            ),
            "سالم الداودي",
        ),
        (
            (
                _SAID + "، حسبما أفادت وكالة النور.",
                "جاء ذلك في تعليق للداودي على «العثور على منشورات في المدينة»، مؤكدا أن «هذا استفزاز مكشوف».",
            ),
            "سالم الداودي",
        ),
        (
            (_SAID + "، حسبما أفادت وكالة النور.", "جاء ذلك في تعليق للداودي، مؤكدا أن «هذا استفزاز مكشوف»."),
            "سالم الداودي",
        ),
        ((_SAID + ".", "وجاء ذلك في تصريح لكمال الرفاعي، مؤكدا أن «هذا استفزاز مكشوف»."), "كمال الرفاعي"),
        ((_SAID + ".", "جاء ذلك في تعليق لكمال الرفاعي، مشيرا إلى أن «هذا استفزاز مكشوف»."), "كمال الرفاعي"),
    ],
)
def test_the_owner_of_what_came_speaks_its_participles(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert {s for _, s, _ in said("ar", *paragraphs)[1:]} == {speaker}


@pytest.mark.parametrize(
    "first",
    [
        "وقال سالم الداودي إن «الوضع مستقر تماما»، حسبما أفادت وكالة النور.",
        "وأكد سالم الداودي أن «الوضع مستقر تماما»، بحسب ما ذكرت قناة الشروق.",
        "وقال سالم الداودي إن الوضع مستقر تماما، حسبما أوردت وكالة النور.",
        "وقال سالم الداودي إن «الوضع مستقر تماما»، وفق ما نقلت صحيفة الفجر.",
    ],
)
@pytest.mark.parametrize("then", ["وأضاف أن «القوات لم تنسحب».", "مشيرا إلى أن «القوات لم تنسحب»."])
def test_an_agencys_credit_is_not_who_spoke_last(first: str, then: str) -> None:
    assert said("ar", first, then)[1][1] == "سالم الداودي"


@pytest.mark.parametrize(
    "text",
    [
        "وقال الشيخ على محمود راجي المتحدث باسم الشباب للصحفيين «نعلن ان حركة الشباب لم تدبر ذلك الانفجار».",
        "وقال سالم الداودي المتحدث باسم النور للصحفيين «نعلن أن حركة النور لم تدبر ذلك الانفجار».",
    ],
)
def test_a_spokesman_of_a_body_named_less_its_head_word_speaks_for_it(text: str) -> None:
    assert [k for k, _ in speakers("ar", text)] == ["denial"]


def test_a_forged_document_is_called_false() -> None:
    text = "وقالت الحركة إن الوكالة تعمدت تشويه صورتها بإيرادها خبرا من خطاب مزوّر ومدسوس."
    assert speakers("ar", text) == [("denial", "الحركة")]


# --- Persian ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "هفته گذشته بیانیه ای از سوی کامران نوری منتشر شد که در آن آمده بود: در صورت جنگ این حزب از گروه حمایت خواهد کرد.",
            "کامران نوری",
        ),
        (
            "هفته گذشته بیانیه ای از سوی جنبش نمونه منتشر شد که در آن آمده است: «این حزب از گروه حمایت خواهد کرد».",
            "جنبش نمونه",
        ),
        ("جنبش نمونه بیانیه ای منتشر کرد که در آن آمده است: این حزب از گروه حمایت خواهد کرد.", "جنبش نمونه"),
        (
            "هفته گذشته جنبش نمونه بیانیه‌ای صادر کرد که در آن آمده است: «این حزب از گروه حمایت نمی‌کند».",
            "جنبش نمونه",
        ),
    ],
)
def test_the_issuer_of_a_statement_speaks_what_came_in_it(text: str, speaker: str) -> None:
    assert [s for _, s in speakers("fa", text)] == [speaker]
