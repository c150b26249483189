"""Arabic and Persian, round 36 (mending known shapes), written with made-up names (سامي الكسلي، دارا الفيني، سامان
رحیمی، حركة النور، کسلیا).

- one man named twice in an article, the second time by a shorter form or another spelling: a kunya alone ('أبو
  سامي', 'ابوسامی' joined) after the full name it opens; 'آية الله' / 'آیت الله' written apart, with or without the
  madda, and 'العظمى' after it, a title before the name (so 'آية الله الفيني' is the man 'آية الله دارا الفيني' is);
  'أبو على' / 'أبو علی' (Abu Ali, whatever the last letter) a name, never 'on'; hamza and alef forms and Persian ی
  in either paragraph: one speaker, not two.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, claimants, project_index, record_kinds, said

# ---- 4. one man, two spellings or a shorter form, two paragraphs


def _speakers_and_people(language: str, *paragraphs: str) -> tuple[list[object], int]:
    """(who says each claim or denial drafted, how many people's records are drafted)."""
    found = [who for _, who in claimants(language, *paragraphs)]
    return found, sum(kind == "person" for kind in record_kinds(language, *paragraphs).values())


FIRST_AR = "وقال {} إن الحركة لم تشارك في الهجوم على المدينة."
THEN_AR = [
    "وأضاف {} أن المقاتلين انسحبوا من المدينة.",
    "وقال {}: «انسحب المقاتلون من المدينة».",
    "وأكد {} أن المقاتلين عادوا إلى مواقعهم.",
]
ONE_MAN_AR = [
    ("أبو سامي الكسلي", "ابو سامي"),
    ("أبو سامي الكسلي", "أبو سامي"),
    ("القيادي في الحركة أبو سامي الكسلي", "ابو سامي"),
    ("أم سامي الكسلية", "ام سامي"),
    ("أبو علي الكسلي", "أبو علی"),
    ("أبو علي الكسلي", "ابو على"),
    ("آية الله دارا الفيني", "اية الله الفيني"),
    ("آية الله دارا الفيني", "ایة الله الفيني"),
    ("آية الله العظمى دارا الفيني", "اية الله العظمى دارا الفيني"),
    ("آية الله العظمى دارا الفيني", "آية الله الفيني"),
    # (and what read right before: the full name in two spellings)
    ("إبراهيم الكسلي", "ابراهيم الكسلي"),
    ("سامي الكرماني", "سامی الكرمانی"),
    ("أبو مهدي الكسلي", "ابو مهدی الكسلی"),
]


@pytest.mark.parametrize("then", range(len(THEN_AR)))
@pytest.mark.parametrize(("first", "second"), ONE_MAN_AR, ids=range(len(ONE_MAN_AR)))
def test_one_man_in_two_spellings_is_one_speaker_ar(first, second, then) -> None:
    paragraphs = (FIRST_AR.format(first), THEN_AR[then].format(second))
    found, people = _speakers_and_people("ar", *paragraphs)
    assert len(found) == 2 and found[0] == found[1] and people == 1


FIRST_FA = "{} گفت که جنبش در این حمله نقشی نداشته است."
THEN_FA = [
    "{} افزود که نیروهای جنبش از شهر خارج شده‌اند.",
    "{} گفت: نیروهای جنبش از شهر خارج شده‌اند.",
]
ONE_MAN_FA = [
    ("آیت الله سامان رحیمی", "ایت الله رحیمی"),
    ("آیت‌الله سامان رحیمی", "آیت الله رحیمی"),
    ("آیت الله سامان رحیمی", "آیت‌الله سامان رحیمی"),
    ("ابوسامی کسلی", "ابوسامی"),
    ("ابو سامی کسلی", "أبو سامي"),
    ("ابو علی کسلی", "ابو علی"),
    # (what read right before)
    ("ابراهیم کسلی", "إبراهيم کسلی"),
    ("علی کسلی", "علي كسلي"),
]


@pytest.mark.parametrize("then", range(len(THEN_FA)))
@pytest.mark.parametrize(("first", "second"), ONE_MAN_FA, ids=range(len(ONE_MAN_FA)))
def test_one_man_in_two_spellings_is_one_speaker_fa(first, second, then) -> None:
    paragraphs = (FIRST_FA.format(first), THEN_FA[then].format(second))
    found, people = _speakers_and_people("fa", *paragraphs)
    assert len(found) == 2 and found[0] == found[1] and people == 1


def test_abu_ali_with_a_persian_ye_is_the_name() -> None:
    assert [w for _, w, _ in said("ar", "وأضاف أبو علی أن المقاتلين انسحبوا من المدينة.")] == ["أبو علی"]


TWO_MEN = [
    # (another man's kunya, or a son of: 'ابن سامي' is anyone's son, 'أبو خالد' another kunya)
    ("ar", FIRST_AR.format("أبو سامي الكسلي"), THEN_AR[0].format("أبو خالد")),
    ("ar", FIRST_AR.format("أبو سامي الكسلي"), THEN_AR[0].format("ابن سامي الفيني")),
    ("ar", FIRST_AR.format("آية الله دارا الفيني"), THEN_AR[0].format("آية الله سامي الكسلي")),
    ("fa", FIRST_FA.format("آیت الله سامان رحیمی"), THEN_FA[0].format("آیت الله دارا فینی")),
]


@pytest.mark.parametrize(("language", "first", "then"), TWO_MEN, ids=range(len(TWO_MEN)))
def test_two_men_stay_two(language, first, then) -> None:
    found, people = _speakers_and_people(language, first, then)
    assert len(found) == 2 and found[0] != found[1] and people == 2


def test_on_after_an_honorific_stays_on() -> None:
    # ('على قناة', on a channel: not the name Ali after a title)
    assert [w for _, w, _ in said("ar", "قال الشيخ على قناة النهار إن المقاتلين انسحبوا.")] == ["الشيخ"]


# ---- 1. 'cannot accuse without evidence', said by the accused side of itself: a denial of having accused

ACCUSES_NONE_UNPROVEN = [
    'وقال المتحدث باسم جهاز المخابرات الكسلي في بيان: "إن المخابرات الكسلية لا يمكن لها أن تتهم جهة سياسية أو حركة'
    ' ما لم يكن لديها أدلة دامغة".',
    "وقال المتحدث باسم وزارة الداخلية الكسلية إن الوزارة لا يمكن أن تتهم أحدا دون أدلة.",
    "وأكد سامي الكسلي أنه لا يمكن أن يتهم أي جهة دون دليل.",
    "وقال سامي الكسلي: «لا يمكن لنا أن نتهم أحدا من دون دليل».",
    "فأكدت الوزارة الكسلية أنها لا تتهم أي جهة دون دليل.",
    "وشدد سامي الكسلي على أنه لن يتهم أي طرف من دون إثبات.",
    "وقالت المتحدثة باسم حركة النور دارا فين: «إن الحركة لا يمكن أن تتهم أحدا بلا أدلة».",
    "وأضاف المتحدث باسم الجهاز: «نحن لا نتهم أحدا ما لم تكن لدينا وثائق».",
    "وقال المتحدث باسم الجهاز في بيان: «إن الجهاز لا يمكن له أن يتهم أي جهة أو شخصية ما لم يكن لديه أدلة دامغة».",
    # (and what read right before: the accusation as a noun, 'اتهام الحركة ... دون دليل')
    "وقالت حركة النور في بيان إنه لا يمكن اتهام الحركة بالهجوم دون دليل.",
]


@pytest.mark.parametrize("text", ACCUSES_NONE_UNPROVEN, ids=range(len(ACCUSES_NONE_UNPROVEN)))
def test_cannot_accuse_without_evidence_of_its_own_side_denies(text) -> None:
    assert [kind for kind, _, _ in said("ar", text)] == ["denial"]


OF_ANOTHER_OR_NO_ACCUSING = [
    "وقال سامي الكسلي إن القضاء لا يتهم أحدا دون أدلة.",
    "وقال سامي الكسلي إن الشرطة لا يمكن أن تتهم أحدا دون دليل قاطع.",
    "وقال سامي الكسلي إن الحركة تتهم الحكومة دون دليل.",
    "وقال سامي الكسلي إنه لا يمكن أن يقبل بأي اتفاق دون ضمانات.",
    "وقال سامي الكسلي إن الشرطة لا يمكن أن تعتقل أحدا دون مذكرة.",
]


@pytest.mark.parametrize("text", OF_ANOTHER_OR_NO_ACCUSING, ids=range(len(OF_ANOTHER_OR_NO_ACCUSING)))
def test_cannot_accuse_said_of_another_denies_nothing(text) -> None:
    assert [kind for kind, _, _ in said("ar", text)] == ["reported"]


# ---- 3. the Arabic and Persian names of bodies on file (content/): linked to their records

ON_FILE = [
    ("ar", "وقالت وزارة الداخلية العراقية في بيان إن الأنباء عارية عن الصحة.", "iraqi-interior-ministry"),
    ("ar", "ونفت الداخلية العراقية الأنباء عن اعتقال ضابط في المدينة.", "iraqi-interior-ministry"),
    ("ar", "وقال المتحدث باسم وزارة الداخلية العراقية إن الأنباء عارية عن الصحة.", "iraqi-interior-ministry"),
    ("fa", "وزارت کشور عراق در بیانیه‌ای اعلام کرد که این گزارش نادرست است.", "iraqi-interior-ministry"),
    ("fa", "سخنگوی وزارت کشور عراق گفت که این گزارش نادرست است.", "iraqi-interior-ministry"),
    ("ar", "ونفت الحكومة الباكستانية الأنباء عن اعتقال الضابط.", "pakistani-government"),
    ("fa", "دولت پاکستان این گزارش را رد کرد.", "pakistani-government"),
    ("fa", "حکومت پاکستان این گزارش را رد کرد.", "pakistani-government"),
    ("fa", "ائتلاف بینالمللی این گزارش را رد کرد.", "international-coalition"),
    ("fa", "ائتلاف بین المللی این گزارش را رد کرد.", "international-coalition"),
    ("fa", "دیدهبان حقوق بشر در گزارشی اعلام کرد که نیروها غیرنظامیان را کشته‌اند.", "human-rights-watch"),
    ("ar", "ونفى المتحدث باسم مجاهدي خلق الاتهامات.", "mujahedin-e-khalq"),
    ("ar", "وقالت قيادة عمليات الجزيرة في بيان إن الأنباء عارية عن الصحة.", "jazira-operations-command"),
]


@pytest.mark.parametrize(("language", "text", "record"), ON_FILE, ids=range(len(ON_FILE)))
def test_a_body_s_arabic_or_persian_name_links_its_record(language, text, record) -> None:
    linked = [
        r.get("denier", r.get("claimant", {}))
        for r in built(language, text, index=project_index())
        if r["type"] in ("claim", "denial")
    ]
    assert linked and any(record in (who.get("actor"), who.get("affiliation")) for who in linked)


# ---- 2. Persian: a report about the speaker's own side called baseless, psychological war, news-making or an
# insinuated lie (which read right before this round, and are kept so)

PERSIAN_DISMISSALS = [
    "سامان رحیمی سخنگوی جنبش نور اتهامات مطرح شده علیه این جنبش را اتهامات بی‌پایه خواند.",
    "سخنگوی جنبش نور گفت: گزارش شبکه کسلیا درباره جنبش بخشی از جنگ روانی دشمن است.",
    "سامان رحیمی گفت: این خبر خبرسازی رسانه‌های بیگانه است.",
    "سامان رحیمی گفت: این ادعاها بخشی از عملیات روانی دشمن علیه جنبش است.",
    "سامان رحیمی گفت: دشمن به دنبال القای این دروغ است که جنبش نور در حمله نقش داشته است.",
]


@pytest.mark.parametrize("text", PERSIAN_DISMISSALS, ids=range(len(PERSIAN_DISMISSALS)))
def test_a_persian_dismissal_of_a_report_about_itself_denies(text) -> None:
    assert [kind for kind, _, _ in said("fa", text)] == ["denial"]
