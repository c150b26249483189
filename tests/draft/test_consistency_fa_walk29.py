"""Persian, round 29: shapes an editor's walk-through of new Persian news found drafted wrong.

Made-up people (دوریان کسلان, رامین دلاوری), a made-up movement (جنبش نور), a made-up state (کسلیا), its province
(کسلا) and agency (کسنا). Each shape is tested on variants, with guards that the rule does not over-fire:
- a wire dateline of a place and an agency, each before a dash, however the dashes are spaced ('کسلا -کسنا - X
  گفت', 'کسلا- کسنا- X گفت'): the subject follows the second dash; neither the place nor the agency speaks;
- an outlet, a semicolon and the reporter's byline before a dash ('باشگاه خبرنگاران کسلیا؛ رامین دلاوری - جنبش نور
  ... را تکذیب کرد'): the subject follows the dash; the reporter denies nothing;
- 'چندی پیش' and 'مدتی قبل' (a while ago) opening a sentence: a time, after which the sentence names its own
  subject, not the last speaker again;
- the police ('پلیس') as a body: 'فرمانده پلیس کسلیا' is the police's commander, no person named 'پلیس کسلیا', and
  another office than the last speaker's.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, denied_by, said


def speakers(*paragraphs: str) -> list[str]:
    return [who for _, who, _ in said("fa", *paragraphs)]


# --- a place and an agency, each before a dash ---------------------------------------------------------------------

PLACE_AGENCY = [
    "کسلا -کسنا - سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند.",
    "کسلا - کسنا - سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند.",
    "کسلا- کسنا- سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند.",
    "کسلا-کسنا- سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند.",
    "کسلا – کسنا – سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند.",
    "کسلا -کسنا - سخنگوی جنبش نور در واکنش به اظهارات وزیر کشور کسلیا گفت: نیروهای ما در این شهر حضور ندارند.",
]


@pytest.mark.parametrize("text", PLACE_AGENCY)
def test_a_place_and_an_agency_before_dashes_are_no_speaker(text: str) -> None:
    assert [(kind, who) for kind, who, _ in said("fa", text)] == [("denial", "سخنگوی جنبش نور")]


def test_a_place_and_an_agency_before_a_name() -> None:
    text = "کسلا -کسنا - دوریان کسلان، سخنگوی جنبش نور گفت: نیروهای ما در این شهر حضور ندارند."
    assert speakers(text) == ["دوریان کسلان"]


def test_a_dash_within_the_sentence_is_no_dateline() -> None:
    # guard: only what opens the paragraph is a dateline
    text = "سخنگوی جنبش نور گفت: نیروهای ما در کسلا - کسنا - حضور ندارند."
    assert speakers(text) == ["سخنگوی جنبش نور"]


# --- an outlet, a semicolon, the reporter's byline and a dash -------------------------------------------------------

BYLINE = [
    (
        "باشگاه خبرنگاران کسلیا؛ رامین دلاوری - جنبش نور گزارش‌ها درباره حمله به کسلا را تکذیب کرد.",
        "جنبش نور",
        "گزارش‌ها درباره حمله به کسلا",
    ),
    (
        "خبرگزاری کسنا؛ رامین دلاوری - وزارت دفاع کسلیا ادعای حضور نیروهایش در ماریا را رد کرد.",
        "وزارت دفاع کسلیا",
        "ادعای حضور نیروهایش در ماریا",
    ),
    (
        "باشگاه خبرنگاران کسلیا؛ رامین دلاوری - وزارت دفاع کسلیا ادعای حضور نیروهایش در ماریا را رد کرد.",
        "وزارت دفاع کسلیا",
        "ادعای حضور نیروهایش در ماریا",
    ),
    (
        "روزنامه کسلیا؛ رامین دلاوری - ارتش کسلیا ادعاهای رئیس‌جمهور ماریا را تکذیب کرد.",
        "ارتش کسلیا",
        "ادعاهای رئیس‌جمهور ماریا",
    ),
]


@pytest.mark.parametrize(("text", "who", "what"), BYLINE)
def test_the_reporter_of_a_byline_denies_nothing(text: str, who: str, what: str) -> None:
    assert [(kind, speaker) for kind, speaker, _ in said("fa", text)] == [("denial", who)]
    assert [d for _, d in denied_by("fa", text)] == [what]


def test_a_semicolon_later_in_the_sentence_keeps_its_subject() -> None:
    # guard: a semicolon after a clause of its own, not an outlet's name opening the paragraph
    text = "جنبش نور در کسلا حضور دارد؛ دوریان کسلان - سخنگوی جنبش نور - این خبر را تکذیب کرد."
    assert "رامین دلاوری" not in speakers(text)


# --- 'a while ago' opens the sentence ------------------------------------------------------------------------------

FIRST = "دوریان کسلان سخنگوی جنبش نور گفت: نیروهای ما در کسلا نیستند."

A_WHILE_AGO = [
    ("چندی پیش شماری از اعضای مجلس کسلیا اعلام کردند که جنبش نور در کسلا حضور دارد.", "شماری از اعضای مجلس کسلیا"),
    ("چندی قبل شماری از اعضای مجلس کسلیا اعلام کردند که جنبش نور در کسلا حضور دارد.", "شماری از اعضای مجلس کسلیا"),
    ("مدتی پیش وزیر کشور کسلیا اعلام کرد که جنبش نور در کسلا حضور دارد.", "وزیر کشور کسلیا"),
    ("مدتی قبل وزارت دفاع کسلیا اعلام کرد که جنبش نور در کسلا حضور دارد.", "وزارت دفاع کسلیا"),
    ("چندی پیش رامین دلاوری گفت که جنبش نور در کسلا حضور دارد.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "who"), A_WHILE_AGO)
def test_a_while_ago_opens_the_sentence_before_its_subject(text: str, who: str) -> None:
    assert speakers(FIRST, text) == ["دوریان کسلان", who]


def test_a_while_ago_after_the_subject_keeps_it() -> None:
    # guard: 'X چندی پیش گفت' (X said a while ago) keeps X
    assert speakers(FIRST, "رامین دلاوری چندی پیش گفت که جنبش نور در کسلا حضور دارد.") == [
        "دوریان کسلان",
        "رامین دلاوری",
    ]


# --- the police, a body -------------------------------------------------------------------------------------------

POLICE = [
    ("فرمانده پلیس کسلیا گفت که جنبش نور در کسلا است.", "فرمانده پلیس کسلیا"),
    ("فرمانده پلیس استان کسلا از حضور جنبش نور در این شهر خبر داد.", "فرمانده پلیس استان کسلا"),
    ("روز گذشته فرمانده پلیس استان کسلا نیز از حضور جنبش نور خبر داد.", "فرمانده پلیس استان کسلا"),
    ("سخنگوی پلیس کسلیا گفت که جنبش نور در کسلا است.", "سخنگوی پلیس کسلیا"),
]


@pytest.mark.parametrize(("text", "who"), POLICE)
def test_the_police_is_a_body_not_a_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(("text", "who"), POLICE)
def test_the_polices_commander_is_not_the_last_speaker(text: str, who: str) -> None:
    first = "به گزارش کسنا، «دوریان کسلان» سخنگوی جنبش نور اعلام کرد که جنبش نور در کسلا وجود ندارد."
    assert speakers(first, text)[1] == who


def test_the_office_of_the_last_speaker_is_still_them() -> None:
    # guard: the same office again ('سخنگوی جنبش نور افزود') is the last speaker
    first = "دوریان کسلان، سخنگوی جنبش نور، گفت که جنبش نور در کسلا نیست."
    assert speakers(first, "سخنگوی جنبش نور افزود که نیروهای کسلیا در ماریا هستند.") == ["دوریان کسلان", "دوریان کسلان"]


# --- members, a plural office -------------------------------------------------------------------------------------

MEMBERS = [
    ("اعضای مجلس کسلیا اعلام کردند که جنبش نور در کسلا حضور دارد.", "اعضای مجلس کسلیا"),
    ("اعضای جنبش نور گفتند که در کسلا حضور ندارند.", "اعضای جنبش نور"),
    ("اعضای دفتر سیاسی جنبش نور این خبر را تکذیب کردند.", "اعضای دفتر سیاسی جنبش نور"),
]


@pytest.mark.parametrize(("text", "who"), MEMBERS)
def test_members_of_a_body_are_described_not_an_actor(text: str, who: str) -> None:
    records = built("fa", text)
    assert [r["type"] for r in records if r["type"] in ("actor", "group")] == []
    assert [r.get("claimant") or r.get("denier") for r in records] == [{"described_as": who}]


# --- a body's or a region's word, then its name in marks, as the subject --------------------------------------------

NAME_IN_MARKS = [
    ("منطقه جدایی‌طلب «ماریا» ادعاهای رئیس‌جمهور کسلیا درباره حمله را تکذیب کرد.", "منطقه جدایی‌طلب ماریا"),
    ("جنبش «نور» ادعاهای رئیس‌جمهور کسلیا درباره حمله را تکذیب کرد.", "جنبش نور"),
    ("جنبش «نور» گزارش‌ها درباره حضور نیروهایش در کسلا را رد کرد.", "جنبش نور"),
    (
        "خبرگزاری کسنا؛ رامین دلاوری - منطقه جدایی‌طلب «ماریا» ادعاهای رئیس‌جمهور کسلیا را تکذیب کرد.",
        "منطقه جدایی‌طلب ماریا",
    ),
]


@pytest.mark.parametrize(("text", "who"), NAME_IN_MARKS)
def test_a_name_in_marks_after_its_body_word_is_the_subject(text: str, who: str) -> None:
    assert [(kind, speaker) for kind, speaker, _ in said("fa", text)] == [("denial", who)]
    assert next(d for _, d in denied_by("fa", text)).startswith(("ادعاهای", "گزارش‌ها"))


def test_a_name_in_marks_as_the_object_stays_words_quoted() -> None:
    # guard: 'X گفت که جنبش «نور» را نمی‌شناسد': the marked name is the object ('را' after it), X the speaker
    assert speakers("دوریان کسلان گفت که جنبش «نور» را نمی‌شناسد.") == ["دوریان کسلان"]


# --- a place's word, then its name in marks ----------------------------------------------------------------------

PLACE_IN_MARKS = [
    (
        "سخنگوی جنبش نور در رابطه با حضور ارتش کسلیا در شهرستان «ماریا» گفت: نیروهای ما در این استان حضور ندارند.",
        "نیروهای ما در این استان حضور ندارند",
    ),
    ("دوریان کسلان گفت که نیروهای کسلیا در شهر «ماریا» حضور ندارند.", "نیروهای کسلیا در شهر «ماریا» حضور ندارند"),
    ("دوریان کسلان حضور نیروهای جنبش نور در روستای «ماریا» را تکذیب کرد.", "حضور نیروهای جنبش نور در روستای «ماریا»"),
    ("دوریان کسلان گفت: نیروهای ما در ولسوالی «ماریا» حضور ندارند.", "نیروهای ما در ولسوالی «ماریا» حضور ندارند"),
]


@pytest.mark.parametrize(("text", "what"), PLACE_IN_MARKS)
def test_a_place_named_in_marks_is_no_quotation(text: str, what: str) -> None:
    # the denial cites the sentence, not the place's name as the words said
    assert [quoted for _, _, quoted in said("fa", text)] != ["ماریا"]
    assert [d for _, d in denied_by("fa", text)] == [what]


def test_words_in_marks_after_their_verb_stay_quoted() -> None:
    # guard: a quotation after its verb and a colon, a place word within it
    assert said("fa", "دوریان کسلان گفت: «نیروهای ما در منطقه نیستند.»") == [
        ("quote", "دوریان کسلان", "نیروهای ما در منطقه نیستند.")
    ]
