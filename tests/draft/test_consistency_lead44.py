"""Round 44's lead rules, on made-up sentences: a call not to be swayed by, or not to believe, reports that a side's
or a hostile media put out dismisses those reports (a denial), in Arabic, English and Persian; the call alone, and
such reports cited as evidence, do not."""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# --- Arabic ---------------------------------------------------------------------------------------------------------

AR_SWAYED = [
    "يجب على المنظمات الدولية أن لا تتأثر بالتقارير الإعلامية التي نشرتها وسائل الإعلام المقربة من جبهة فيلوريا",
    "على المنظمات ألا تتأثر بالأنباء التي يروجها الإعلام المعادي للحركة",
    "ندعو الجميع إلى عدم الانجرار وراء الأخبار التي تبثها المواقع الموالية لجبهة فيلوريا",
    "لا نصدق الروايات التي تنشرها القنوات الموالية للحكومة الكسلية عن انتصاراتها",
    "نطالب الأهالي بعدم تصديق ما تنشره الصفحات المأجورة",
    "على الصحفيين عدم الانسياق وراء الشائعات التي تطلقها الجهات المعادية",
]


@pytest.mark.parametrize("words", AR_SWAYED)
@pytest.mark.parametrize(
    "frame",
    [
        'وقال المتحدث باسم الكتائب، سامي الوردي، اليوم الأربعاء، إنه "{}".',
        "وقال سامي الوردي في بيان: «{}».",
        'وأضاف سامي الوردي أن "{}".',
    ],
)
def test_arabic_reports_of_a_sides_media_not_to_be_heeded_are_dismissed(frame: str, words: str) -> None:
    units = said("ar", frame.format(words))
    assert [(kind, who) for kind, who, _ in units] == [("denial", "سامي الوردي")]


@pytest.mark.parametrize(
    "words",
    [
        # the call alone: a plea for care, no report dismissed
        "ندعو المواطنين إلى عدم الانسياق وراء أخبار غير مؤكدة",
        # reports of a side's media cited as evidence, with no call
        "التقارير التي نشرتها وسائل إعلام مقربة من الحكومة تؤكد تورط الجبهة في الهجوم",
        # others said not to believe, and the army close to the city (a place, not a side's media)
        "الأهالي يتابعون الأخبار والجيش قريب من المدينة",
    ],
)
def test_arabic_a_plea_or_reports_cited_are_no_dismissal(words: str) -> None:
    units = said("ar", f'وقال سامي الوردي إن "{words}".')
    assert [kind for kind, _, _ in units] == ["quote"]


# --- English --------------------------------------------------------------------------------------------------------

EN_SWAYED = [
    "international organisations must not be swayed by reports published by media close to the Veloria Front",
    "aid groups should not be misled by reports from pro-government media",
    "we do not believe the claims of hostile channels about their victories",
    "I never believe the stories spread by enemy websites",
    "people ought not to be fooled by rumours put about by outlets loyal to Kessia",
]


@pytest.mark.parametrize("words", EN_SWAYED)
@pytest.mark.parametrize(
    "frame",
    [
        'Kessel Brigades spokesman Arlo Venn said on Wednesday that "{}."',
        '"{}," Arlo Venn told Veloria Post.',
    ],
)
def test_english_reports_of_a_sides_media_not_to_be_heeded_are_dismissed(frame: str, words: str) -> None:
    text = frame.format(words[0].upper() + words[1:] if frame.startswith('"') else words)
    units = said("en", text)
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Arlo Venn")], text


def test_english_a_call_to_others_not_to_believe_is_a_dismissal_too() -> None:
    units = said("en", "Arlo Venn called on residents not to believe rumours spread by enemy websites.")
    assert [(kind, who) for kind, who, _ in units] == [("denial", "Arlo Venn")]


@pytest.mark.parametrize(
    "text",
    [
        # the call alone
        "Arlo Venn urged residents not to be swayed by unconfirmed reports.",
        # such reports cited as evidence
        "Arlo Venn said reports published by media close to the government showed the brigade was behind the attack.",
        # others who do not believe, and 'close to' beyond the quotation
        '"Residents do not believe the news," Arlo Venn said, adding that the army was close to the city.',
        # a plan, not a report
        '"We do not believe the plan will be put to hostile parties," Arlo Venn said.',
    ],
)
def test_english_a_plea_or_reports_cited_are_no_dismissal(text: str) -> None:
    assert [kind for kind, _, _ in said("en", text)] != ["denial"], text


# --- Persian --------------------------------------------------------------------------------------------------------

FA_SWAYED = [
    "سازمان‌های بین‌المللی نباید تحت تأثیر گزارش‌های رسانه‌های وابسته به جبهه ولوریا قرار بگیرند",
    "مردم نباید فریب گزارش‌هایی را بخورند که رسانه‌های معاند منتشر می‌کنند",
    "نهادها تحت تأثیر اخبار رسانه‌های نزدیک به دولت کسلیا قرار گرفته‌اند",
]


@pytest.mark.parametrize("words", FA_SWAYED)
@pytest.mark.parametrize("frame", ["رامین دلاوری، سخنگوی سپاه کسلیا گفت: «{}».", "رامین دلاوری گفت: {}."])
def test_persian_reports_of_a_sides_media_not_to_be_heeded_are_dismissed(frame: str, words: str) -> None:
    units = said("fa", frame.format(words))
    assert [(kind, who) for kind, who, _ in units] == [("denial", "رامین دلاوری")]


def test_persian_reports_of_a_sides_media_cited_as_evidence_are_no_dismissal() -> None:
    units = said("fa", "رامین دلاوری گفت گزارش‌های رسانه‌های نزدیک به دولت نشان می‌دهد که گروه در حمله دست داشته است.")
    assert [kind for kind, _, _ in units] == ["reported"]


# --- Arabic: those a body calls on are no part of its name -----------------------------------------------------------


FEMININE = ("الحركة", "الوزارة الكسلية")
MASCULINE = ("الأمين العام للحركة", "سامي الوردي")


@pytest.mark.parametrize("subject", FEMININE + MASCULINE)
@pytest.mark.parametrize(
    "addressees",
    ["المجتمع الدولي", "المواطنين", "الأهالي", "الحكومة الكسلية", "الأمم المتحدة", "المنظمات الدولية", "الجميع"],
)
@pytest.mark.parametrize("calls", [("دعا", "دعت"), ("طالب", "طالبت")])
def test_arabic_those_called_on_end_the_subject(subject: str, addressees: str, calls: tuple[str, str]) -> None:
    verb, denies = (calls[1], "نفت") if subject in FEMININE else (calls[0], "نفى")
    text = f"و{verb} {subject} {addressees} إلى التحقيق، و{denies} الأنباء عن الانسحاب."
    assert [who for _, who, _ in said("ar", text)] == [subject], text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the same words opening the subject, or in construct with a head without the article: the subject's own
        ("ودعا المجتمع الدولي إلى التحقيق، وقال سامي الوردي إن الاتهامات باطلة.", "سامي الوردي"),
        ("وقالت رابطة الصحفيين إن الاتهامات باطلة.", "رابطة الصحفيين"),
        ("وقال المتحدث باسم الحكومة الكسلية إن الاتهامات باطلة.", "المتحدث باسم الحكومة الكسلية"),
        ("وقالت منظمة الأمم المتحدة إن الاتهامات باطلة.", "منظمة الأمم المتحدة"),
    ],
)
def test_arabic_those_words_within_a_name_stay_in_it(text: str, speaker: str) -> None:
    assert [who for _, who, _ in said("ar", text)] == [speaker], text


# --- English: a quotation that opens with the speaker's side, an ellipsis after it, then 'did not' -------------------


@pytest.mark.parametrize("side", ["the coalition", "The Coalition", "the alliance", "The Kessel coalition"])
@pytest.mark.parametrize("cut", [" ...", " \u2026", ""])
@pytest.mark.parametrize("label", ["FACT: ", ""])
def test_english_a_side_that_did_not_after_a_cut_is_a_denial(side: str, cut: str, label: str) -> None:
    text = f'"{label}{side}{cut} did not conduct airstrikes near Camp Tovek in recent days," a spokesman said on X.'
    units = said("en", "The Kessel coalition said it was not responsible for the strike.", text)
    assert [(kind, who) for kind, who, _ in units][-1] == ("denial", "a spokesman"), text


def test_english_a_side_that_did_not_expect_is_no_denial() -> None:
    units = said("en", '"The coalition ... did not expect the ceasefire to hold," a spokesman said.')
    assert [kind for kind, _, _ in units] == ["quote"]


# --- Arabic: claims called empty; a side's name dragged into a matter ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "طهران: مزاعم كسليا حول محاولة تنفيذ هجوم إلكتروني (فارغة)",
        "وقال سامي الوردي إن اتهامات الحكومة الكسلية للحركة جوفاء.",
        'وقال سامي الوردي إن "بعض الجهات تحاول زجّ اسم الحركة في هذه القضية من دون دليل".',
        "وقال سامي الوردي إن الحكومة تحاول إقحام اسم الحركة في الصراع بلا أي دليل.",
        "وأكد سامي الوردي أن بعض الجهات تحاول الزج باسم الحركة في الهجوم دون سند.",
    ],
)
def test_arabic_empty_claims_and_a_name_dragged_in_are_dismissed(text: str) -> None:
    assert [kind for kind, _, _ in said("ar", text)][:1] == ["denial"], text


@pytest.mark.parametrize(
    "text",
    [
        "وقال سامي الوردي إن الجيش زج بقوات جديدة في المعركة.",
        "وقال سامي الوردي إن الخزانات فارغة.",
        "وقال سامي الوردي إن اسم الحركة معروف في المدينة.",
        # the name dragged in, without 'without evidence': the charge a statement sets out before it denies
        "وقال سامي الوردي إن بعض الجهات تدأب على الزج باسم الحركة فيما يجري من أحداث في المدينة.",
    ],
)
def test_arabic_forces_thrown_in_or_empty_tanks_are_no_dismissal(text: str) -> None:
    assert [kind for kind, _, _ in said("ar", text)] == ["reported"], text


# --- Persian: not done by the speaker's own side, in the passive; no outward existence --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وزارت کشور کسلیا با انتشار بیانیه ای اعلام کرد که پس از تصرف شهر، هیچ شهروندی توسط نیروهای کسلیا کشته نشده است.",
        "وزارت کشور کسلیا اعلام کرد که هیچ غیرنظامی از سوی نیروهای کسلیا بازداشت نشده‌اند.",
        "رامین دلاوری سخنگوی سپاه کسلیا گفت که هیچ غیرنظامی از سوی سپاه کسلیا بازداشت نشده است.",
        "سخنگوی سپاه کسلیا گفت که این روستا به دست سپاه کسلیا تخریب نشد.",
    ],
)
def test_persian_a_deed_not_done_by_the_speakers_own_side_is_a_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["denial"], text


@pytest.mark.parametrize(
    "text",
    [
        # another side's agents, and no agent at all: news, or a charge
        "وزارت کشور کسلیا اعلام کرد که هیچ شهروندی توسط نیروهای ولوریا کشته نشده است.",
        "وزارت کشور کسلیا اعلام کرد که هیچ شهروندی در این حادثه کشته نشده است.",
        "سپاه کسلیا اعلام کرد که این حمله توسط سپاه ولوریا انجام نشد.",
        # not yet
        "وزارت کشور کسلیا اعلام کرد که این پل هنوز توسط نیروهای کسلیا بازسازی نشده است.",
        # another side's body of the same kind as the speaker's own ('سپاه', 'ارتش' alone name no side)
        "رامین دلاوری سخنگوی سپاه کسلیا گفت که هیچ غیرنظامی از سوی سپاه ولوریا بازداشت نشده است.",
        "ارتش کسلیا اعلام کرد که این روستا توسط ارتش ولوریا تخریب نشد.",
    ],
)
def test_persian_a_deed_not_done_by_others_or_not_yet_is_no_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["reported"], text


@pytest.mark.parametrize(
    "text",
    [
        "رامین دلاوری گفت: اما چنین جلسه‌ای با این مختصات اساساً وجود خارجی نداشته است.",
        "رامین دلاوری گفت که این سند وجود خارجی ندارد.",
    ],
)
def test_persian_no_outward_existence_is_a_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["denial"], text


# --- Persian: speech after a colon that ran to its paragraph's end goes on over a paragraph that denies --------------

SAID_FA = "رامین دلاوری در شبکه ایکس نوشت: روزنامه کسلی ادعا کرده که وزیر با رسانه‌ها جلسه داشته است."


@pytest.mark.parametrize(
    "between",
    [[], ["برخی طرف‌ها اصرار دارند از هر موضوعی خبر بسازند."]],
)
@pytest.mark.parametrize(
    "denying", ["اما چنین جلسه‌ای اساساً وجود خارجی نداشته است.", "این ادعا کذب محض است و هیچ جلسه‌ای برگزار نشد."]
)
def test_persian_colon_speech_goes_on_over_a_denying_paragraph(between: list[str], denying: str) -> None:
    units = said("fa", SAID_FA, *between, denying)
    assert [(kind, who) for kind, who, _ in units] == [("quote", "رامین دلاوری"), ("denial", "رامین دلاوری")]


@pytest.mark.parametrize(
    "after",
    [
        # the reporter's formula, a paragraph with marks, or one more paragraph passed over: the speech has ended
        ["گفتنی است این ادعاها دروغ است."],
        ["به گفته «کاوه نیک‌نام»، این ادعاها دروغ است."],
        ["برخی طرف‌ها اصرار دارند از هر موضوعی خبر بسازند.", "وزیر هفته آینده به کسلا می‌رود.", "این ادعا دروغ است."],
    ],
)
def test_persian_colon_speech_does_not_go_on_past_the_reporter(after: list[str]) -> None:
    units = said("fa", SAID_FA, *after)
    assert ("denial", "رامین دلاوری") not in [(kind, who) for kind, who, _ in units]


def test_persian_speech_after_a_colon_that_does_not_end_the_paragraph_goes_on_over_nothing() -> None:
    units = said("fa", SAID_FA + " کاوه نیک‌نام نیز گفت که وزیر فردا به کسلا می‌رود.", "این ادعا کذب محض است.")
    assert ("denial", "رامین دلاوری") not in [(kind, who) for kind, who, _ in units]
