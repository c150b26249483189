"""Arabic and Persian shapes left known at the end of round 27 (round 28), with made-up names (سامي الوردي، حركة
النور، كسليا، أسترا).

- 'نقول :' / 'ونقول:' (we say:) in a statement's own voice after a fronted topic ('ما ورد في التقرير من ذكر أسماء
  ...، وقيل إنهم ...، نقول : ...'): the verbs of the topic report the account answered; the words after 'we say' are
  the statement's, so a denial there is the denial of whoever signs or heads the statement, never of a word after
  'ننفي' nor of the account's subject. Guard: 'وقال X: نقول ...' stays X's.
- hashtags ('#الوردي', '#حزب_النور', 'و#كسليا'): the name tagged, without '#' and with '_' as spaces, read as the
  plain words are (speaker, office, body); the paragraph's offsets stay the archive's.
- the reporter's 'it is noted that' ('يذكر أن X الذي ...، وقال ...', 'يشار إلى أن X ...'): an aside about X, whose are
  the verbs of saying after it with no subject of their own; X is an office, a body, a name, or one named before
  (not 'يذكر أن الهجوم ...', a thing).
- deeming ('وعدّ X الهجوم خرقا', 'واعتبر X القصف انتهاكا', with the judgement quoted or not): X's stance, a claim with
  X as its speaker (an office with its body, a name, a surname named before), the object deemed no part of X; 'عدّ'
  deems only so, never 'وعد' (promised).
- Persian, a reporter's own words ('خبرنگار ما می‌گوید: ... نیستیم', 'به گزارش خبرنگار ...، ... وجود ندارد'): no
  party's denial; a claim (the outlet's) at most. Guard: a party's denial told to the reporter stays the party's.
"""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import built, said


def _headed(*paragraphs: str) -> list[tuple[str, str, int]]:
    """(kind, speaker, paragraph) of every unit drafted, the first paragraph read as the headline."""
    text = "\n\n".join(paragraphs) + "\n"
    analysis = attributor_for("ar").analyse(read(ArchivedText(text)), NameIndex(), set())
    return [(u.kind, u.speaker.label, u.number) for u in analysis.units]


# --- 'we say:' after a fronted topic --------------------------------------------------------------------------------

_HEAD = "سامي الوردي: ننفي بشدة شائعة اللقاء مع ممثلي حكومة كسليا"
_REPORT = "نشرت وسائل إعلام أنباء عن لقاء بين ممثلين عن حركة النور ووفد من حكومة كسليا في مدينة أسترا."
_SIGNATURE = "سامي الوردي/ المتحدث باسم حركة النور"
WE_SAY = [
    "ما جاء في التقرير المذكور من ذكر أسماء مسؤولي حركة النور، وقيل بأنهم سافروا إلى أسترا، نقول : هؤلاء موجودون في"
    " أماكنهم وبالاتصال معهم نحن ننفي ونرد هذه الشائعات",
    "ما جاء في التقرير من ذكر أسماء قادة الحركة، نقول : هؤلاء في أماكنهم ونحن ننفي ونرفض هذه الشعائات",
    "وعما ورد في التقرير عن سفر قادة الحركة، نقول: إن القادة في أماكنهم وهذه الأنباء كاذبة.",
    "أما ما ذكرته وكالة النهار عن سفر الوفد، فنقول: هذه الأخبار عارية عن الصحة تماما.",
    "وما نشرته بعض المواقع من أن الحركة التقت وفد الحكومة، ونحن نقول: لا صحة لهذه الأنباء.",
    "وبخصوص ما زعمه التقرير، أقول : لم يسافر أحد من قادتنا، ونحن ننفي ذلك جملة وتفصيلا.",
]


@pytest.mark.parametrize("paragraph", WE_SAY)
def test_we_say_after_a_topic_is_the_headlines_speaker(paragraph: str) -> None:
    assert [(k, s) for k, s, n in _headed(_HEAD, _REPORT, paragraph) if n == 3] == [("denial", "سامي الوردي")]


@pytest.mark.parametrize("paragraph", WE_SAY)
def test_we_say_after_a_topic_is_the_signers(paragraph: str) -> None:
    assert [(k, s) for k, s, _ in said("ar", _REPORT, paragraph, _SIGNATURE)] == [("denial", "سامي الوردي")]


@pytest.mark.parametrize("paragraph", WE_SAY)
def test_we_say_unsigned_names_no_denier(paragraph: str) -> None:
    # with neither headline nor signature, the statement's own voice is no one named
    assert said("ar", _REPORT, paragraph) == []


def test_we_say_in_a_named_speakers_words_stays_his() -> None:
    # guard: 'وقال X: نقول ...' is X's
    got = said("ar", "وقال سامي الوردي: نقول لمن يروج هذه الشائعات إنها كاذبة ولا أساس لها من الصحة.")
    assert {s for k, s, _ in got if k == "denial"} == {"سامي الوردي"}


# --- hashtags -----------------------------------------------------------------------------------------------------

HASHTAGS = [
    ("ar", "ونفى #حزب_النور الأنباء عن مشاركته في الهجوم على المدينة.", "حزب النور"),
    ("ar", "وقال #الوردي إن الأنباء عن انسحاب القوات كاذبة.", "الوردي"),
    ("ar", "ونفى رئيس الوزراء #سامي_الوردي صحة التقارير عن استقالته.", "سامي الوردي"),
    ("ar", "نفت #حركة_النور صحة الأنباء عن انسحاب قواتها من المدينة.", "حركة النور"),
    ("ar", "وقال الناطق باسم #حزب_النور إن الحزب لم يشارك في الهجوم.", "الناطق باسم حزب النور"),
    ("ar", "أعلنت #كتائب_النور براءتها من الهجوم على السفارة.", "كتائب النور"),
    ("ar", "ونفت #وزارة_الدفاع في #كسليا صحة الأنباء عن الهجوم.", "وزارة الدفاع"),
    ("fa", "#جنبش_نور در بیانیه‌ای گزارش‌ها درباره حمله را بی‌اساس خواند.", "جنبش نور"),
    ("fa", "به گفته #وردی این خبر کذب است.", "وردی"),
    ("fa", "#رضا_کاظمی سخنگوی جنبش نور این خبر را تکذیب کرد.", "رضا کاظمی"),
]


@pytest.mark.parametrize(("language", "paragraph", "denier"), HASHTAGS)
def test_a_hashtag_is_read_as_the_plain_name(language: str, paragraph: str, denier: str) -> None:
    assert [(k, s) for k, s, _ in said(language, paragraph)] == [("denial", denier)]
    plain = paragraph.replace("#", "").replace("_", " ")
    assert [(k, s) for k, s, _ in said(language, plain)] == [("denial", denier)]


def test_a_hashtag_keeps_the_archives_offsets() -> None:
    # the denial cites the archive's own words, tag and all
    got = built("ar", "ونفت #حركة_النور صحة الأنباء عن انسحاب قواتها من المدينة.")
    assert [d["type"] for d in got].count("denial") == 1


# --- 'it is noted that' ---------------------------------------------------------------------------------------------

_BEFORE = "وقال سامي الوردي المتحدث باسم حركة النور إن الحركة تدعم خطة الإعمار."
_OTHER = "وأعلنت الحكومة الكسلية اليوم عن خطة جديدة لإعادة إعمار مدينة أسترا."
NOTED = [
    (
        "يذكر أن سامي الوردي الذي يقود حركة النور منذ عام 2010، وقال في مقابلة سابقة إن الأنباء عن انسحاب الحركة"
        " كاذبة.",
        "denial",
        "سامي الوردي",
    ),
    (
        "يشار إلى أن الوردي كان قد التقى وفد الحكومة الشهر الماضي، وقال حينها إن المفاوضات مع الحكومة مستمرة.",
        "reported",
        "سامي الوردي",
    ),
    (
        "يذكر أن حركة النور التي تسيطر على المدينة منذ عامين، وقالت في بيان سابق إنها لا علاقة لها بالهجوم.",
        "denial",
        "حركة النور",
    ),
    (
        "ويذكر أن الوردي، الذي عين متحدثا باسم الحركة العام الماضي، قال للصحفيين إن الأنباء عن انسحاب القوات كاذبة.",
        "denial",
        "سامي الوردي",
    ),
    (
        "ويشار إلى أن المتحدث باسم الحركة سامي الوردي كان قد زار أسترا، وأكد أن الحركة ستواصل دعم السكان.",
        "reported",
        "سامي الوردي",
    ),
    (
        "يذكر أن الوردي الذي يرأس الحركة منذ سنوات، وأضاف أن الأنباء عن انسحاب القوات عارية عن الصحة.",
        "denial",
        "سامي الوردي",
    ),
    (
        "ومن الجدير بالذكر أن حركة النور التي تأسست عام 1990، وأكدت في بيان أن التقارير عن الهجوم مفبركة.",
        "denial",
        "حركة النور",
    ),
]


@pytest.mark.parametrize(("paragraph", "kind", "speaker"), NOTED)
def test_it_is_noted_that_x_then_said_is_x(paragraph: str, kind: str, speaker: str) -> None:
    got = said("ar", _BEFORE, _OTHER, paragraph)
    assert [(k, s) for k, s, w in got if w in paragraph or paragraph.startswith(w)][-1:] == [(kind, speaker)]


def test_it_is_noted_that_a_thing_names_no_speaker() -> None:
    # guard: 'يذكر أن الهجوم ...' names no one who speaks; a verb with its own subject keeps it
    got = said("ar", _OTHER, "يذكر أن الهجوم وقع أمس في المدينة، وقال شهود عيان إن القوات انسحبت من المدينة.")
    assert [s for _, s, _ in got][-1] == "شهود عيان"
    assert "الهجوم" not in {
        s for _, s, _ in said("ar", _OTHER, "يذكر أن الهجوم الذي استهدف المدينة، وقال إن القوات انسحبت.")
    }


# --- deeming ------------------------------------------------------------------------------------------------------

DEEMING = [
    ("وعدّ سامي الوردي الهجوم خرقا واضحا لاتفاق وقف إطلاق النار.", "reported", "سامي الوردي"),
    # (the spokesman the article named before: Sami al-Wardi)
    ("واعتبر المتحدث باسم حركة النور القصف انتهاكا صارخا للسيادة.", "reported", "سامي الوردي"),
    ('وعدت حركة النور القصف "خرقا للهدنة".', "quote", "حركة النور"),
    ("وعد الوردي في بيان الهجوم خرقا لاتفاق التهدئة.", "reported", "سامي الوردي"),
    ("وعدّ الوردي القصف «اعتداء سافرا على المدنيين».", "quote", "سامي الوردي"),
    ("واعتبر الوردي القصف «اعتداء سافرا على المدنيين».", "quote", "سامي الوردي"),
    ("وعدّ المتحدث باسم الحركة القصف خرقا واضحا للاتفاق.", "reported", "سامي الوردي"),
    ("واعتبرت وزارة الخارجية الكسلية الهجوم انتهاكا للقانون الدولي.", "reported", "وزارة الخارجية الكسلية"),
]


@pytest.mark.parametrize(("paragraph", "kind", "speaker"), DEEMING)
def test_deeming_is_the_subjects_claim(paragraph: str, kind: str, speaker: str) -> None:
    got = said("ar", _BEFORE, paragraph)
    assert [(k, s) for k, s, _ in got][1:] == [(kind, speaker)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "وعد الرئيس الكسلي بإجراء إصلاحات واسعة في البلاد خلال العام المقبل.",
        "وعد سامي الوردي المواطنين بتحسين الأوضاع.",
    ],
)
def test_promised_is_no_deeming(paragraph: str) -> None:
    # guard: 'وعد' (promised) says nothing of a claim
    assert said("ar", paragraph) == []


def test_deeming_by_an_office_alone_is_the_offices() -> None:
    got = said("ar", "واعتبر المتحدث باسم حركة النور القصف انتهاكا صارخا للسيادة.")
    assert [(k, s) for k, s, _ in got] == [("reported", "المتحدث باسم حركة النور")]


# --- a Persian reporter's own words -------------------------------------------------------------------------------

_EVENT_FA = "نیروهای کسلان دیروز به شهر آسترا حمله کردند."
REPORTER_FA = [
    "خبرنگار ما می‌گوید: ما در این منطقه شاهد هیچ درگیری نیستیم.",
    "خبرنگار ما در آسترا می‌گوید که هیچ نشانه‌ای از عقب‌نشینی نیروها وجود ندارد.",
    "به گزارش خبرنگار ایرنا، هیچ نیرویی در شهر حضور ندارد.",
    "به گزارش خبرنگار ما از آسترا، نشانه‌ای از درگیری در شهر وجود ندارد.",
    "خبرنگار بی‌بی‌سی در آسترا گفت: شایعات درباره سقوط شهر صحت ندارد.",
    "خبرنگار ما گزارش داد که ادعای حمله به بیمارستان بی‌اساس است.",
    "گزارشگر ما در آسترا می‌گوید: خبر سقوط شهر دروغ است.",
]


@pytest.mark.parametrize("paragraph", REPORTER_FA)
def test_a_reporters_own_words_deny_for_no_party(paragraph: str) -> None:
    assert [k for k, _, _ in said("fa", _EVENT_FA, paragraph) if k == "denial"] == []


@pytest.mark.parametrize(
    ("paragraph", "denier"),
    [
        ("سخنگوی جنبش نور به خبرنگار ما گفت که این خبر کذب است.", "سخنگوی جنبش نور"),
        ("رضا کاظمی در گفتگو با خبرنگار ما گفت: این ادعا بی‌اساس است.", "رضا کاظمی"),
    ],
)
def test_a_denial_told_to_a_reporter_stays_the_partys(paragraph: str, denier: str) -> None:
    assert [(k, s) for k, s, _ in said("fa", paragraph)] == [("denial", denier)]
