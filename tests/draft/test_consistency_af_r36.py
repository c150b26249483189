"""Arabic and Persian, round 36 (a review of round 35's rules), written with made-up names (سامي الوردي، سالم
الداودي، حركة النور، قناة النور، رامین دلاوری، جنبش نور، شبکه کسلا، کسلیا).

- Persian: 'this denial' ('پیش از این تکذیب، X مدعی شده بود', before this denial) names a denial told already; it
  drafted a new one, of whoever spoke before.
- Persian: a number or 'each' before the object ('X گفت که یک حمله را رد می‌کند') was read as the subject's last word,
  drafting a denial by 'یک' (or 'جنبش نور یک').
- An outlet quoting its own correspondent with 'نقلا عن' read as 'according to' ('وذكرت قناة X نقلا عن مراسلها أن
  ...') drafted the denial twice, the correspondent's and the outlet's; 'its correspondent' written with 'our' or,
  in Persian, with the pronoun on it ('خبرنگارش') is the outlet's own too.
- Arabic: the owner of an occasion ('في بيان له، قال فيه') was the pronoun 'ه' after 'ل', a span one letter long;
  after 'لـ' (a tatweel, with a space or none) no owner was found and the last speaker was read.
- Arabic: 'جدد' (renewed) with an attack word anywhere in the next words was no speech, even where what is renewed
  is one's condemnation or call about attacks ('جدد X تنديده بالغارات').
- English: a region named ('Kurdistan', within Iraq) made Iraq's ministry on file another state's.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import claimants, project_index, said, speakers

# ---- 1. Persian 'this denial': no denial of its own

FA_BEFORE = "سخنگوی ارتش کسلیا گفت که مرز باز است."
THIS_DENIAL_FA = [
    ("پیش از این تکذیب، رامین دلاوری مدعی شده بود که موشک‌ها به اربیل اصابت کرده است.", "رامین دلاوری"),
    ("قبل از این تکذیب، رامین دلاوری مدعی شده بود که موشک‌ها به اربیل اصابت کرده است.", "رامین دلاوری"),
    ("پس از این تکذیب، جنبش نور گفت که نیروهایش در منطقه مستقر هستند.", "جنبش نور"),
    ("پیش از انتشار این تکذیب، رامین دلاوری مدعی شده بود که موشک‌ها به اربیل اصابت کرده است.", "رامین دلاوری"),
    ("پیش از همین تکذیب، رامین دلاوری گفته بود که نیروها عقب نشسته‌اند.", "رامین دلاوری"),
    # (the Arabic 'ك' a stored copy may keep)
    ("پیش از این تكذیب، رامین دلاوری مدعی شده بود که موشک‌ها به اربیل اصابت کرده است.", "رامین دلاوری"),
    # (read right before this round, kept so)
    ("پیش از این تکذیب رسمی، جنبش نور گفته بود که موشک‌ها به اربیل اصابت کرده است.", "جنبش نور"),
]


@pytest.mark.parametrize("text,speaker", THIS_DENIAL_FA, ids=range(len(THIS_DENIAL_FA)))
def test_this_denial_names_one_told_already(text, speaker) -> None:
    assert speakers("fa", FA_BEFORE, text)[1:] == [("reported", speaker)]


def test_a_denial_after_this_denial_s_clause_is_still_drafted() -> None:
    text = "پس از این تکذیب، جنبش نور نیز گزارش‌ها درباره حمله را تکذیب کرد."
    assert speakers("fa", FA_BEFORE, text)[1:] == [("denial", "جنبش نور")]


# ---- 2. Persian: a number or 'each' opens the object, no subject's word

NUMBERED_OBJECT_FA = [
    ("رامین دلاوری گفت که یک حمله را رد می‌کند.", "رامین دلاوری"),
    ("رامین دلاوری گفت که یک گزارش را رد می‌کند.", "رامین دلاوری"),
    ("رامین دلاوری گفت که یک ادعا را تکذیب می‌کند.", "رامین دلاوری"),
    ("رامین دلاوری گفت که دو حمله را رد می‌کند.", "رامین دلاوری"),
    ("رامین دلاوری گفت که جنبش نور یک حمله را رد می‌کند.", "جنبش نور"),
    ("جنبش نور یک حمله را رد کرد.", "جنبش نور"),
    # (a number before a speaker's word opens the subject, as before)
    ("رامین دلاوری گفت که یک منبع این گزارش را رد کرده است.", "یک منبع"),
    ("رامین دلاوری گفت که یک مقام ارشد این گزارش را رد کرده است.", "یک مقام ارشد"),
    ("رامین دلاوری گفت که چند گزارش را تکذیب می‌کند.", "رامین دلاوری"),
]


@pytest.mark.parametrize("text,denier", NUMBERED_OBJECT_FA, ids=range(len(NUMBERED_OBJECT_FA)))
def test_a_number_before_the_object_is_the_object_s(text, denier) -> None:
    assert speakers("fa", text) == [("denial", denier)]


# ---- 3. an outlet quoting its own correspondent speaks itself, once

AR_BEFORE = "قال مصدر إن الحدود مفتوحة."
OWN_CORRESPONDENT = [
    ("ar", "وذكرت قناة النور نقلا عن مراسلها أن الأنباء عن الهجوم كاذبة.", "قناة النور"),
    ("ar", "وذكرت قناة النور نقلا عن مراسلها أن لا صحة للأنباء عن الهجوم.", "قناة النور"),
    ("ar", "وأفادت صحيفة النور نقلاً عن مراسلها في المدينة بأن الأنباء عن سقوط البلدة عارية عن الصحة.", "صحيفة النور"),
    ("ar", "وذكرت وكالة كسلا، نقلا عن مراسلها، أن الأنباء عن الهجوم مفبركة.", "وكالة كسلا"),
    ("ar", "وذكرت قناة النور، نقلا عن مراسلتها في المدينة، أن الأنباء عن الهجوم كاذبة.", "قناة النور"),
    ("ar", "وذكرت قناة النور، وفقا لمراسلها في المدينة، أن الأنباء عن الهجوم كاذبة.", "قناة النور"),
    ("ar", "وذكرت قناة النور نقلا عن مراسلها نفي الجيش للأنباء عن الهجوم.", "الجيش"),
    ("fa", "شبکه کسلا به نقل از خبرنگارش اعلام کرد که شایعه سقوط شهر کذب است.", "شبکه کسلا"),
    # (a source that is no one of the outlet's own denies, as before)
    ("ar", "وذكرت قناة النور نقلا عن مصادر محلية أن الأنباء عن الهجوم كاذبة.", "مصادر محلية"),
    ("fa", "شبکه کسلا به نقل از منابع محلی اعلام کرد که شایعه سقوط شهر کذب است.", "منابع محلی"),
]


@pytest.mark.parametrize("lang,text,denier", OWN_CORRESPONDENT, ids=range(len(OWN_CORRESPONDENT)))
def test_an_outlet_quoting_its_own_correspondent_denies_once(lang, text, denier) -> None:
    before = AR_BEFORE if lang == "ar" else FA_BEFORE
    assert speakers(lang, before, text)[1:] == [("denial", denier)]


# ---- 4. Arabic: the owner of an occasion after 'ل'

OCCASION_OWNERS = [
    ("قال سامي الوردي إن الحدود مفتوحة.", "وجاء ذلك في بيان له، قال فيه إن الأنباء عن الهجوم كاذبة.", "سامي الوردي"),
    ("قالت حركة النور إن الحدود مفتوحة.", "وجاء ذلك في بيان لها، قالت فيه إن الأنباء عن الهجوم كاذبة.", "حركة النور"),
    (
        "قال سامي الوردي إن الحدود مفتوحة.",
        "وجاء ذلك في مؤتمر صحفي له اليوم، قال فيه إن الأنباء عن الهجوم كاذبة.",
        "سامي الوردي",
    ),
    (
        "قال سامي الوردي إن الحدود مفتوحة.",
        "وجاء ذلك في كلمة لـسالم الداودي، قال فيها إن الأنباء عن الهجوم كاذبة.",
        "سالم الداودي",
    ),
    (
        "قال سامي الوردي إن الحدود مفتوحة.",
        "وجاء ذلك في كلمة لـ سالم الداودي، قال فيها إن الأنباء عن الهجوم كاذبة.",
        "سالم الداودي",
    ),
    # (as before: 'لل' and a word that opens with 'ل', and a rank)
    (AR_BEFORE, "جاء ذلك في بيان للجنة الأمنية، قالت فيه إن الأنباء عن الهجوم كاذبة.", "اللجنة الأمنية"),
    (AR_BEFORE, "جاء ذلك في كلمة للواء، قال فيها إن الأنباء عن الهجوم كاذبة.", "اللواء"),
    (AR_BEFORE, "جاء ذلك في مؤتمر صحفي للعقيد سالم الداودي، وقال فيه إن الأنباء عن الهجوم كاذبة.", "سالم الداودي"),
]


@pytest.mark.parametrize("before,text,denier", OCCASION_OWNERS, ids=range(len(OCCASION_OWNERS)))
def test_the_owner_of_an_occasion_after_lam_speaks(before, text, denier) -> None:
    assert speakers("ar", before, text)[1:] == [("denial", denier)]


# ---- 5. Arabic: 'جدد' renewing one's own words about attacks still says them

RENEWED_WORDS = [
    ("وجدد سامي الوردي تنديده بالغارات على المدينة.", "سامي الوردي"),
    ("وجدد سامي الوردي دعوته لوقف الهجمات على المدينة.", "سامي الوردي"),
    ("وجددت الحركة مطالبتها بوقف الغارات على المدينة.", "الحركة"),
    ("وجدد سامي الوردي رفض الحركة للقصف على المدينة.", "سامي الوردي"),
]


@pytest.mark.parametrize("text,speaker", RENEWED_WORDS, ids=range(len(RENEWED_WORDS)))
def test_renewed_words_about_attacks_are_said(text, speaker) -> None:
    assert speakers("ar", AR_BEFORE, text)[1:] == [("reported", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "وجددت مدفعية الجيش الكسلي قصفها على المدينة.",
        "وجدد الطيران الكسلي من غاراته على المدينة.",
        "وجدد الطيران الكسلي القصف على المدينة.",
    ],
)
def test_an_attack_renewed_is_still_no_speech(text) -> None:
    assert said("ar", AR_BEFORE, text)[1:] == []


# ---- 6. English: a region named is within its state

DENIED_BY_THE_MINISTRY = "The Interior Ministry denied reports that it sheltered soldiers, calling them baseless."


@pytest.mark.parametrize(
    "before",
    ["Officials in Kurdistan said the border was calm.", "Officials in Kurdistan and Iraq said the border was calm."],
)
def test_a_region_named_is_its_state_s_for_a_ministry_on_file(before) -> None:
    found = claimants("en", before, DENIED_BY_THE_MINISTRY, index=project_index())
    assert found[-1] == ("denial", "iraqi-interior-ministry")


def test_a_region_written_as_the_owner_is_still_its_own() -> None:
    text = "Kurdistan's Interior Ministry denied reports that it sheltered soldiers, calling them baseless."
    found = claimants("en", "Officials in Kurdistan said the border was calm.", text, index=project_index())
    assert found[-1][0] == "denial" and found[-1][1] != "iraqi-interior-ministry"


def test_a_ministry_of_another_state_than_the_one_named_stays_unlinked() -> None:
    found = claimants(
        "en", "Officials in Syria said the border was calm.", DENIED_BY_THE_MINISTRY, index=project_index()
    )
    assert found[-1][0] == "denial" and found[-1][1] != "iraqi-interior-ministry"
