"""Arabic and Persian, round 34 (mending known shapes), written with made-up names (سامي حمدان، سامان رحیمی، حركة
النور، کسلیا).

- a verb with no subject of its own in the reporter's aside ('وتجدر الإشارة إلى أن ...', 'يذكر أن ...', 'يشار إلى
  أن ...', 'ومن الجدير بالذكر أن ...'): the aside is the writer's, so the verb is not the last speaker's; a speaker
  the aside names ('يذكر أن الوزارة نفت ...') still speaks.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied_by, said

# ---- 1. a verb with no subject in the reporter's aside

SPOKE_AR = "قال المتحدث باسم وزارة الدفاع الكسلية سامي حمدان إن قواته قصفت مواقع حركة النور في المدينة."

ASIDE_NO_SUBJECT = [
    "يذكر أنه كان قد أكد في وقت سابق أن القوات لن تنسحب.",
    "ويذكر أنه سبق أن نفى وجود قوات أجنبية في المنطقة.",
    "وتجدر الإشارة إلى أنه نفى في وقت سابق أي علاقة بالهجوم.",
    "تجدر الإشارة إلى أنه أعلن الأسبوع الماضي عن عملية مماثلة.",
    "ومن الجدير بالذكر أنها نفت الشهر الماضي وجود أي اتصالات مع الحركة.",
    "يشار إلى أن المدينة تعرضت لقصف عنيف، وأعلن مقتل خمسة مدنيين.",
    "وتجدر الإشارة إلى أن الهجوم جاء بعد أسبوع من هجوم مماثل، ونفت حينها أي مسؤولية عنه.",
    "الجدير بالذكر أن الاشتباكات اندلعت قبل يومين، وأكد أنها ستستمر.",
    "ويشار إلى أنه كان قد صرح بأن العملية ستنتهي قريبا.",
]


@pytest.mark.parametrize("text", ASIDE_NO_SUBJECT, ids=range(len(ASIDE_NO_SUBJECT)))
def test_a_verb_with_no_subject_in_the_writer_s_aside_is_no_one_s(text) -> None:
    assert said("ar", SPOKE_AR, text)[1:] == []


ASIDE_NAMES_A_SPEAKER = [
    ("يذكر أن وزارة الخارجية الكسلية نفت الأسبوع الماضي وجود أي اتصالات مع الحركة.", "وزارة الخارجية الكسلية"),
    ("وتجدر الإشارة إلى أن حركة النور كانت قد نفت تلقيها أسلحة من الخارج.", "حركة النور"),
    ("ويذكر أن حمدان، الذي تولى منصبه العام الماضي، نفى تلقي الحركة أسلحة من الخارج.", "سامي حمدان"),
    ("يشار إلى أن الحكومة الكسلية كانت قد أكدت أن القوات لن تنسحب.", "الحكومة الكسلية"),
]


@pytest.mark.parametrize(("text", "who"), ASIDE_NAMES_A_SPEAKER, ids=range(len(ASIDE_NAMES_A_SPEAKER)))
def test_a_speaker_the_aside_names_still_speaks(text, who) -> None:
    found = said("ar", SPOKE_AR, text)[1:]
    assert [w for _, w, _ in found] == [who]


def test_a_verb_with_no_subject_after_the_speaker_s_sentence_is_still_his() -> None:
    found = said("ar", SPOKE_AR, "وأكد أن العملية مستمرة.")[1:]
    assert [w for _, w, _ in found] == ["سامي حمدان"]


# ---- 2. a statement that addresses someone, saying: the statement's issuer speaks

ISSUED_AR = "وأصدرت حركة النور بيانا بشأن الهجوم على مدينة أسترا."

ADDRESSED = [
    "وخاطب البيان الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».",
    "وخاطب البيان الكسليين قائلا: «لن نسمح لكم بتدمير مدننا».",
    "وتوجه البيان إلى الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».",
    "وتوجه البيان إلى سكان المدينة قائلا: «لن نترككم وحدكم».",
    "وجاء في البيان مخاطبا الحكومة الكسلية: «لن نسمح لكم بتدمير مدننا».",
    "وجاء في البيان مخاطبا سكان المدينة: «لن نترككم وحدكم».",
    "وخاطبت الحركة في بيانها الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».",
    "وقال البيان مخاطبا الحكومة الكسلية: «لن نسمح لكم بتدمير مدننا».",
]


@pytest.mark.parametrize("text", ADDRESSED, ids=range(len(ADDRESSED)))
def test_a_statement_addressing_someone_is_its_issuer_s_speech(text) -> None:
    found = said("ar", ISSUED_AR, text)[1:]
    assert [(kind, who) for kind, who, _ in found] == [("quote", "حركة النور")]


ADDRESSED_BY = [
    ("وخاطب سامي حمدان الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "سامي حمدان"),
    ("وخاطبت الحكومة الكسلية الحركة بالقول: «لن نسمح لكم بتدمير مدننا».", "الحكومة الكسلية"),
    ("وتوجه سامي حمدان إلى سكان المدينة قائلا: «لن نترككم وحدكم».", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "who"), ADDRESSED_BY, ids=range(len(ADDRESSED_BY)))
def test_one_addressing_someone_speaks_not_whom_they_address(text, who) -> None:
    found = said("ar", ISSUED_AR, text)[1:]
    assert [(kind, w) for kind, w, _ in found] == [("quote", who)]


NOT_ADDRESSING_SPEECH = [
    "وتوجه وفد الحركة إلى العاصمة الكسلية أمس لإجراء محادثات.",
    "وخاطب رئيس الحركة أنصاره في المدينة أمس.",
    "وتوجهت القوات إلى المدينة بعد الهجوم.",
]


@pytest.mark.parametrize("text", NOT_ADDRESSING_SPEECH, ids=range(len(NOT_ADDRESSING_SPEECH)))
def test_addressing_or_heading_with_nothing_said_is_no_speech(text) -> None:
    assert said("ar", ISSUED_AR, text)[1:] == []


# ---- 3. Persian: a reporter's lead, or an aside of whose ranks the denier is, opens no denied words

CLAIM_FA = "رسانه‌های کسلیا گزارش دادند که نیروهای جنبش نور به شهر آسترا حمله کرده‌اند."

DENIED_AFTER_LEAD_OR_ASIDE = [
    ("به گزارش المنار، خبر حمله نیروهای نور به آسترا از سوی سامان رحیمی تکذیب شد.", "خبر حمله نیروهای نور به آسترا"),
    ("به گزارش المنار، ادعای حمله به آسترا را سامان رحیمی تکذیب کرد.", "ادعای حمله به آسترا"),
    ("به نقل از المنار، خبر حمله به آسترا توسط سامان رحیمی تکذیب شد.", "خبر حمله به آسترا"),
    ("سامان رحیمی از سرداران سپاه، گزارش‌ها درباره حمله به آسترا را تکذیب کرد.", "گزارش‌ها درباره حمله به آسترا"),
    (
        "سامان رحیمی، از فرماندهان ارشد جنبش نور، در گفتگو با المنار، حمله به آسترا را تکذیب کرد.",
        "حمله به آسترا",
    ),
    ("سامان رحیمی از فرماندهان جنبش نور، حمله به آسترا را رد کرد.", "حمله به آسترا"),
    ("به گزارش المنار، سامان رحیمی از سرداران سپاه، خبر حمله به آسترا را تکذیب کرد.", "خبر حمله به آسترا"),
]


@pytest.mark.parametrize(("text", "what"), DENIED_AFTER_LEAD_OR_ASIDE, ids=range(len(DENIED_AFTER_LEAD_OR_ASIDE)))
def test_what_is_denied_starts_after_a_lead_or_an_aside(text, what) -> None:
    assert [w for _, w in denied_by("fa", CLAIM_FA + "\n\n" + text)] == [what]


def test_a_denial_in_a_quotation_after_a_lead_denies_the_quoted_words() -> None:
    text = "به گزارش المنار، سامان رحیمی سخنگوی جنبش نور گفت: «خبر حمله به آسترا دروغ است»."
    found = [w for _, w in denied_by("fa", CLAIM_FA + "\n\n" + text)]
    assert len(found) == 1 and not found[0].startswith("به گزارش")


# ---- 4. Persian: an office after 'به گفته' (according to) is a speaker, as a name is

BEFORE_OFFICE = [
    (),
    ("شب گذشته در شهر زاهدان درگیری رخ داد.",),
    ("سامان رحیمی سخنگوی جنبش نور گفت که نیروهای این جنبش در آسترا حضور ندارند.",),
    # (a described group of people, the media, is no one an office alone stands for)
    ("رسانه‌های کسلیا گزارش دادند که نیروهای نور به شهر زاهدان حمله کرده‌اند.",),
    ("منابع محلی گزارش دادند که نیروهای نور به شهر زاهدان حمله کرده‌اند.",),
]

ACCORDING_TO_AN_OFFICE = [
    ("به گفته فرماندار زاهدان، «سه نفر در این حمله کشته شدند».", "فرماندار زاهدان"),
    ("به گفته فرماندار زاهدان «سه نفر در این حمله کشته شدند».", "فرماندار زاهدان"),
    ("به گفته استاندار سیستان، «مهاجمان از مرز وارد شده بودند».", "استاندار سیستان"),
    ("به گفته فرمانده انتظامی استان، «مهاجمان فرار کردند».", "فرمانده انتظامی استان"),
    ("به گفته فرماندار زاهدان، خبر حمله نیروهای نور به زاهدان کذب است.", "فرماندار زاهدان"),
    ("فرماندار زاهدان گفت که خبر حمله نیروهای نور به زاهدان کذب است.", "فرماندار زاهدان"),
]


@pytest.mark.parametrize("before", BEFORE_OFFICE, ids=range(len(BEFORE_OFFICE)))
@pytest.mark.parametrize(("text", "who"), ACCORDING_TO_AN_OFFICE, ids=range(len(ACCORDING_TO_AN_OFFICE)))
def test_an_office_after_according_to_speaks(before, text, who) -> None:
    found = [who for _, who, words in said("fa", *before, text) if words in text]
    assert found == [who]
