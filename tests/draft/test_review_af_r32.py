"""Round 32's review of round 31's Arabic and Persian rules: the defects found, on made-up sentences.

1. Persian ``harm_reported``: a harm's word read as the start of another word ('فوتبال', football; 'فرارو', a news
   site; 'فراروی', facing) names no death or flight, so 'he is well' after it denies nothing.
2. Persian ``well``: 'حال' in 'با این حال', 'در همین حال', 'در عین حال', 'به هر حال' (however, meanwhile, anyway) is
   no one's condition: 'X گفت اوضاع خوب است' after it is no 'he is well'.
3. Weekdays: the Persian spelling 'جمعه' in Arabic text is 'gathered him' ('لقاء جمعه بالوزير'), no Friday.
4. Arabic: a body's office then 'فى' or 'لدي' (as Egyptian outlets write 'في', 'لدى') and a body on file: the body's
   office, as with 'في' (a new actor 'المكتب الإعلامي' before).
5. Persian lying as a topic ('دروغگویی یکی از گناهان است', 'دروغگویی گناه است') is no one's lying.
6. Persian 'جمهوری اسلامی' of another country ('جمهوری اسلامی افغانستان') names no Iran: 'سپاه' is not the Guards.
7. Arabic 'ركن الدين X' (Rukn al-Din, a given name) was read as the title 'ركن' and a description.
8. Persian 'سالم بود', 'زنده بود' (was well, was alive: the simple past) after a report of a death deny nothing.

Made-up names only (رضا کسلانی، دوریان کسلان، حركة النور).
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from generator.weekdays import weekdays_in
from tests.draft.conftest import built, said

# --- 1. a harm's word inside another word --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "فدراسیون فوتبال از سفر تیم ملی به دوحه خبر داد. مربی تیم گفت: حال بازیکنان خوب است.",
        "گزارش‌ها درباره تیم ملی فوتبال منتشر شد. مربی تیم گفت که حال بازیکنان خوب است.",
        "به گزارش فرارو، دوریان کسلان گفت که حال رضا کسلانی خوب است.",
        "گزارش وزارت درباره چالش‌های فراروی دولت منتشر شد. دوریان کسلان گفت: حال اقتصاد خوب است.",
    ],
)
def test_persian_harm_word_inside_another_word_names_no_harm(text) -> None:
    got = said("fa", "متن خبر.", text)
    assert "denial" not in [k for k, _, _ in got], got


# --- 2. 'حال' of 'however', 'meanwhile' ----------------------------------------------------------------------------


@pytest.mark.parametrize("however", ["با این حال،", "در همین حال،", "در عین حال", "به هر حال", "در این حال،"])
def test_persian_however_is_no_condition(however) -> None:
    text = f"شایعه بازداشت رضا کسلانی منتشر شد. {however} دوریان کسلان گفت اوضاع خوب است."
    got = said("fa", "متن خبر.", text)
    assert "denial" not in [k for k, _, _ in got], got


def test_persian_his_condition_after_however_still_denies() -> None:
    # (guard) the condition named after 'however': still 'he is well'
    text = "شایعه بازداشت رضا کسلانی منتشر شد. با این حال، دوریان کسلان گفت حال او خوب است."
    got = said("fa", "متن خبر.", text)
    assert ("denial", "دوریان کسلان") in [(k, s) for k, s, _ in got], got


# --- 3. Arabic 'جمعه' (gathered him) ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير خلال لقاء جمعه بالسفير إن المحادثات كانت إيجابية.",
        "وأوضح في اتصال هاتفي جمعه بنظيره أن القوات لم تتحرك.",
    ],
)
def test_arabic_jamaahu_is_no_friday(text) -> None:
    assert weekdays_in(text) == [], weekdays_in(text)


@pytest.mark.parametrize("text", ["وزیر روز جمعه گفت که این خبر صحت ندارد.", "قال الوزير يوم الجمعة إن الخبر كاذب."])
def test_friday_still_read(text) -> None:
    # (guards) the Persian spelling in Persian text, the Arabic one with its article
    assert [d for _, d in weekdays_in(text)] == [4], weekdays_in(text)


# --- 4. Arabic 'لدى' after a body's office -------------------------------------------------------------------------


def _nour() -> NameIndex:
    index = NameIndex()
    index.add("حركة النور", Known("nour-movement", "group", "movement", "Nour Movement"))
    return index


@pytest.mark.parametrize(
    "sentence",
    [
        "ونفى المكتب الإعلامي لدى حركة النور هذه الأنباء.",
        "وقال المكتب الإعلامي لدى حركة النور إن الخبر كاذب.",
        # (with the other final yeh, as Egyptian outlets write 'في' and 'لدى')
        "وقال المكتب الإعلامي فى حركة النور إن الخبر كاذب.",
        "ونفى المكتب الإعلامي لدي حركة النور هذه الأنباء.",
    ],
)
def test_arabic_office_at_a_body_on_file(sentence) -> None:
    records = built("ar", "متن الخبر.", sentence, index=_nour())
    got = [d.get("claimant") or d.get("denier") for d in records if d["type"] in ("claim", "denial")]
    assert got and all(s.get("affiliation") == "nour-movement" for s in got), got


# --- 5. Persian lying as a topic -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "رضا کسلانی گفت: دروغگویی یکی از بزرگ‌ترین گناهان است.",
        "رضا کسلانی گفت که دروغگویی یک بیماری اجتماعی است.",
        "رضا کسلانی گفت که دروغگویی که در جامعه رواج یافته خطرناک است.",
        "رضا کسلانی گفت که دروغ‌گویی گناه است.",
    ],
)
def test_persian_lying_as_a_topic_is_no_denial(text) -> None:
    got = said("fa", "متن خبر.", text)
    assert "denial" not in [k for k, _, _ in got], got


@pytest.mark.parametrize(
    "text", ["رضا کسلانی گفت: دروغگویی نتانیاهو آشکار شد.", "رضا کسلانی گفت که دروغگویی این وزیر بر همه روشن است."]
)
def test_persian_ones_lying_still_denies(text) -> None:
    # (guards) the liar named after it
    got = said("fa", "متن خبر.", text)
    assert ("denial", "رضا کسلانی") in [(k, s) for k, s, _ in got], got


# --- 6. Persian 'سپاه': 'جمهوری اسلامی' of another country is no Iran ------------------------------------------------


def _guards() -> NameIndex:
    index = NameIndex()
    guards = Known("irgc", "actor", "armed-force", "Islamic Revolutionary Guard Corps")
    for name in ("سپاه پاسداران انقلاب اسلامی", "سپاه انقلاب اسلامی"):
        index.add(name, guards)
    return index


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("وزارت دفاع جمهوری اسلامی افغانستان از درگیری در ولایت کسلان خبر داد.", "سپاه این خبر را تکذیب کرد."),
        ("دولت جمهوری اسلامی پاکستان نیروهای خود را به مرز فرستاد.", "سپاه این خبر را تکذیب کرد."),
    ],
)
def test_persian_corps_alone_in_another_islamic_republic_is_not_the_guards(paragraphs) -> None:
    records = built("fa", "متن خبر.", *paragraphs, index=_guards())
    got = [d.get("claimant") or d.get("denier") for d in records if d["type"] in ("claim", "denial")]
    assert {"actor": "irgc"} not in got, got


def test_persian_corps_alone_in_the_islamic_republic_is_the_guards() -> None:
    # (guard) 'جمهوری اسلامی' alone, or of Iran: Iran
    records = built("fa", "متن خبر.", "مقامات جمهوری اسلامی سکوت کردند.", "سپاه این خبر را تکذیب کرد.", index=_guards())
    got = [d.get("claimant") or d.get("denier") for d in records if d["type"] in ("claim", "denial")]
    assert got == [{"actor": "irgc"}], got


# --- 7. Arabic 'ركن الدين' (Rukn al-Din), a given name, not the rank's qualifier 'ركن' -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال ركن الدين الوردي إن الخبر كاذب.",
        "ونفى ركن الدين الوردي هذه الأنباء.",
        "وقال القيادي ركن الدين الوردي إن الخبر كاذب.",
    ],
)
def test_arabic_rukn_al_din_is_a_name(sentence) -> None:
    records = built("ar", "متن الخبر.", sentence)
    assert [d["name"] for d in records if d["type"] == "actor"] == ["ركن الدين الوردي"], records


@pytest.mark.parametrize(
    "sentence", ["وقال العميد ركن سامي الوردي إن الخبر كاذب.", "ونفى اللواء ركن سامي الوردي هذه الأنباء."]
)
def test_arabic_rank_then_rukn_is_still_a_title(sentence) -> None:
    # (guards) the rank's qualifier after a rank: the name after it
    records = built("ar", "متن الخبر.", sentence)
    assert [d["name"] for d in records if d["type"] == "actor"] == ["سامي الوردي"], records


# --- 8. Persian 'was alive', 'was well' (the simple past) after a report of a death -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "خبر مرگ رضا کسلانی منتشر شد. دوریان کسلان گفت که او تا دیروز سالم بود.",
        "خبر کشته شدن رضا کسلانی منتشر شد. پزشکان گفتند که او هنگام انتقال به بیمارستان زنده بود.",
        "شایعه فوت رضا کسلانی منتشر شد. دوریان کسلان گفت حال او تا هفته پیش خوب بود.",
    ],
)
def test_persian_was_well_is_no_denial(text) -> None:
    got = said("fa", "متن خبر.", text)
    assert "denial" not in [k for k, _, _ in got], got


def test_persian_is_reported_well_still_denies() -> None:
    # (guard) 'بوده است', the perfect Persian news tells the present with: still 'he is well'
    got = said("fa", "متن خبر.", "شایعه فوت رضا کسلانی منتشر شد. دوریان کسلان گفت که حال او خوب بوده است.")
    assert ("denial", "دوریان کسلان") in [(k, s) for k, s, _ in got], got
