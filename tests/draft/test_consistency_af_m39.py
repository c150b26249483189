"""Arabic and Persian, round 39 of issue 17: shapes left known at the end of round 38, each in made-up variants
(several names, offices and bodies, و and ف before the verb, masculine and feminine, with and without the records on
file, letter forms). Made-up names only (Sami Hamdan, Laila Samir, Ramin Delavari, Dara Vani, Kessel Brigades, the
state of Kesslia, the city of Astra), apart from the bodies and states on file, whose records the index reads.
"""

from __future__ import annotations

import json

import pytest

from tests.draft.conftest import LEAD_AR, af_claimants, af_records, af_units, drafts, project_index, said

# --- 1. the present of declaring, announcing, writing and tweeting -------------------------------------------------

PRESENT_SAYS = [
    ("ويصرح سامي حمدان بأن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("يعلن سامي حمدان أن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وتعلن الوزيرة ليلى سمير أن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("ويكتب سامي حمدان في مقاله أن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("وتكتب ليلى سمير في تغريدة أن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("ويغرد سامي حمدان قائلا إن القوات انسحبت من المدينة.", "سامي حمدان"),
    ("فتغرد ليلى سمير قائلة إن القوات انسحبت من المدينة.", "ليلى سمير"),
    ("يصرح سامي حمدان: «القوات انسحبت من المدينة».", "سامي حمدان"),
    ("وتصرح كتائب كيسل بأن قواتها انسحبت من المدينة.", "كتائب كيسل"),
]


@pytest.mark.parametrize(("text", "speaker"), PRESENT_SAYS)
def test_the_present_of_declaring_says_in_the_body(text, speaker):
    assert [s for _, s in af_units("ar", text)] == [speaker]


PRESENT_SAYS_NOTHING = [
    # (what is announced after it, no speech)
    "يعلن سامي حمدان عن انسحاب القوات من المدينة.",
    "وتعلن الحكومة الكسلية الحداد ثلاثة أيام.",
    "ويكتب سامي حمدان مقالا أسبوعيا في صحيفة النهار.",
]


@pytest.mark.parametrize("text", PRESENT_SAYS_NOTHING)
def test_the_present_of_announcing_with_no_speech_after_it_says_nothing(text):
    assert af_units("ar", text) == []


HEADLINES = [
    ("كسليا تعلن انشقاق عشرات المقاتلين عن كتائب كيسل.. ومسؤول في الكتائب ينفي", "كسليا"),
    ("الحكومة الكسلية تعلن انسحاب القوات من أسترا.. وكتائب كيسل تنفي", "الحكومة الكسلية"),
    ("سامي حمدان يصرح بأن القوات انسحبت.. والوزارة تنفي", "سامي حمدان"),
]


@pytest.mark.parametrize(("headline", "announcer"), HEADLINES)
def test_a_headlines_announcement_gives_no_speaker_its_later_clauses(headline, announcer):
    body = "نفى سامي الوردي المسؤول في كتائب كيسل الأنباء التي تحدثت عن انشقاق المقاتلين."
    got = said("ar", headline, body)
    assert announcer not in {s for _, s, _ in got}, got
    assert [k for k, _, _ in got].count("denial") >= 1


# --- 2. a verb of accusing, the one accused right after it -----------------------------------------------------------

SAID_BEFORE = "وقال سامي حمدان إن القوات انسحبت من المدينة."
ACCUSED = [
    ("واتهم الولايات المتحدة بدعم الجماعات المسلحة في المدينة.", "United States"),
    ("كما اتهم الولايات المتحدة بدعم الجماعات المسلحة.", "United States"),
    ("فاتهم الولايات المتحدة بأنها تدعم الجماعات المسلحة.", "United States"),
    ("واتهم الحكومة العراقية بدعم الجماعات المسلحة.", "Iraqi government"),
    ("واتهم الولايات المتحدة وإسرائيل بدعم الجماعات المسلحة.", "United States"),
    ("واتهم حزب الله بدعم الجماعات المسلحة.", "حزب الله"),
    ("واتهم كسليا بدعم الجماعات المسلحة.", "كسليا"),
    # (the feminine name described by 'التي', the charge after the clause)
    ("واتهم كسليا التي خاضت حربا ضد نوران بدعم الجماعات المسلحة.", "كسليا"),
    ("واتهم الحكومة الكسلية التي تحكم منذ سنوات بدعم الجماعات المسلحة.", "الحكومة الكسلية"),
]


@pytest.mark.parametrize(("text", "accused"), ACCUSED)
def test_the_one_accused_is_no_speaker(text, accused):
    got = af_units("ar", SAID_BEFORE, text, on_file=True)
    assert accused not in {s for _, s in got}, got
    assert {s for _, s in got} == {"سامي حمدان"}, got


ACCUSER = [
    ("واتهمت الوزارة الولايات المتحدة بدعم الجماعات المسلحة.", "الوزارة"),
    ("واتهم سامي حمدان الولايات المتحدة بدعم الجماعات المسلحة.", "سامي حمدان"),
]


@pytest.mark.parametrize(("text", "accuser"), ACCUSER)
def test_the_accuser_before_the_one_accused_on_file_speaks(text, accuser):
    assert af_units("ar", SAID_BEFORE, text, on_file=True)[1:] == [("reported", accuser)]


# --- 3. words said to contradict the facts or the official messages --------------------------------------------------

CLAIMED_BEFORE = "وقالت كتائب كيسل إن القوات انسحبت من المدينة."
CONTRADICTS = [
    ("وقال سامي حمدان إن هذا الكلام يتناقض مع الرسائل الرسمية.", "samy-hmdan"),
    ("وقال سامي حمدان إن هذا الكلام يتناقض مع الرسائل الرسمية التي نتلقاها من أسترا.", "samy-hmdan"),
    ("وقالت ليلى سمير إن هذه التصريحات تتعارض مع الحقائق.", "lyly-smyr"),
    ("وأكد سامي حمدان أن ما نشرته الصحيفة يتعارض مع الواقع.", "samy-hmdan"),
    ("فأوضحت ليلى سمير أن هذه الأنباء تتناقض مع الموقف الرسمي.", "lyly-smyr"),
    ("وقال سامي حمدان إن هذه الرواية تتنافى مع الحقيقة.", "samy-hmdan"),
]


@pytest.mark.parametrize(("text", "denier"), CONTRADICTS)
def test_words_said_to_contradict_the_facts_are_denied(text, denier):
    assert af_claimants("ar", CLAIMED_BEFORE, text)[1:] == [("denial", denier)]


def test_a_deal_against_interests_is_no_denial():
    assert af_claimants("ar", CLAIMED_BEFORE, "وقال سامي حمدان إن الاتفاق يتعارض مع مصالح البلاد.")[1:] == [
        ("claim", "samy-hmdan")
    ]


# --- 4. a Persian 'while' clause -------------------------------------------------------------------------------------

WHILE_DENIES = [
    (
        "در حالی که کسلیا بارها به صورت رسمی اعلام کرده که در آسترا مشاور نظامی ندارد، رسانه های نوران بار دیگر این"
        " ادعا را مطرح کرده اند.",
        "کسلیا",
    ),
    ("در حالی که تیپ کسل اعلام کرده که در آسترا نیرویی ندارد، رسانه های نوران این ادعا را تکرار کرده اند.", "تیپ کسل"),
    ("در حالیکه کسلیا اعلام کرده که در آسترا مشاور نظامی ندارد، رسانه های نوران این ادعا را مطرح کرده اند.", "کسلیا"),
    ("درحالی که تیپ کسل گفته است که به شهر آسترا سلاح نمی فرستد، شبکه فجر این اتهام را تکرار کرد.", "تیپ کسل"),
]


@pytest.mark.parametrize(("text", "denier"), WHILE_DENIES)
def test_a_not_in_a_while_clause_against_the_claim_is_a_denial(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


def test_the_main_verb_speaks_after_a_while_clause_that_says_something():
    text = (
        "در حالی که کسلیا بارها گفته است که در آسترا مشاور نظامی ندارد، رامین دلاوری گفت که این کشور نیرو فرستاده است."
    )
    assert af_units("fa", text) == [("reported", "رامین دلاوری")]


def test_a_while_clause_with_no_claim_against_it_is_no_denial():
    text = "در حالی که تیپ کسل اعلام کرده که در آسترا نیرویی دارد، رسانه های نوران از جنگ خبر داده اند."
    assert af_units("fa", text) == [("reported", "رسانه های نوران")]
    text = "در حالی که تیپ کسل اعلام کرده که در آسترا نیرویی ندارد، درگیری ها در شهر ادامه دارد."
    assert af_units("fa", text) == [("reported", "تیپ کسل")]


# --- 5. a blessed operation ------------------------------------------------------------------------------------------

DENIED_BEFORE = "ونفت كتائب كيسل الأنباء عن مشاركة قواتها في الهجوم على المدينة."
BLESSED_THEN_NOT = [
    "وأضافت الكتائب: «إنها عملية مباركة، ولم نشارك فيها».",
    "وأضافت الكتائب: «نشيد بالعملية المباركة، لكننا لم نشارك فيها».",
    "وأضافت الكتائب: «هذه عمليات مباركة، غير أننا لم نشارك فيها».",
    "وأضافت الكتائب: «هو هجوم مبارك، ولم نشارك فيه».",
]


@pytest.mark.parametrize("text", BLESSED_THEN_NOT)
def test_a_blessed_operation_is_no_congratulation_a_denial_beside_it_is_told_again(text):
    assert [k for k, _ in af_units("ar", DENIED_BEFORE, text)] == ["denial", "denial"]


BLESSED_ONLY = [
    "وقالت كتائب كيسل إن العملية المباركة استهدفت مقر القوات.",
    "ووصف سامي حمدان الهجوم بأنه عملية مباركة.",
]


@pytest.mark.parametrize("text", BLESSED_ONLY)
def test_praise_of_a_blessed_operation_denies_nothing(text):
    assert "denial" not in [k for k, _ in af_units("ar", text)]


def test_congratulating_still_tells_no_denial_again():
    # (as before: 'نبارك' congratulates, whatever 'not' beside it)
    assert [k for k, _ in af_units("ar", DENIED_BEFORE, "وأضافت الكتائب: «نبارك العملية، ولم نشارك فيها».")] == [
        "denial",
        "quote",
    ]


# --- 6. the Guards' rank ---------------------------------------------------------------------------------------------

GUARD_RANKS = [
    "سرلشکر پاسدار رامین دلاوری گفت نیروها عقب نشینی کرده اند.",
    "سردار پاسدار رامین دلاوری گفت: «نیروها عقب نشینی کرده اند».",
    "سرتیپ دوم پاسدار رامین دلاوری گزارش شبکه فجر را تکذیب کرد.",
    "سرتیپ پاسدار رامین دلاوری، فرمانده تیپ کسل، گزارش شبکه فجر را تکذیب کرد.",
    "سرهنگ پاسدار رامین دلاوری اعلام کرد که نیروها در آسترا هستند.",
]


@pytest.mark.parametrize("text", GUARD_RANKS)
def test_the_guards_rank_is_the_speakers(text):
    assert [s for _, s in af_units("fa", text)] == ["رامین دلاوری"]
    assert [r["id"] for r in af_records("fa", text) if r["type"] == "actor"] == ["ramyn-dlawry"]


# --- 7. a dateline with its outlet, no space after the colon ---------------------------------------------------------

DATELINES = [
    ("نيالا:السودانية نيوز", "نيالا"),
    ("أسترا:النهار نيوز", "أسترا"),
    ("نوران:وكالة الفجر", "نوران"),
    ("آسترا:خبرگزاری فجر", "آسترا"),
]
BODY_AR = "نفى سامي حمدان الأنباء عن انسحاب القوات من المدينة."


@pytest.mark.parametrize(("dateline", "place"), DATELINES)
def test_a_dateline_with_its_outlet_names_no_speaker(dateline, place):
    for texts in ((dateline, BODY_AR), ("عنوان", dateline, BODY_AR)):
        got = said("ar", *texts)
        assert place not in {s for _, s, _ in got}, got
        assert [s for _, s, _ in got] == ["سامي حمدان"], got


def test_a_speakers_label_with_its_space_still_speaks():
    # (as before: 'X: words' with the space after the colon is a quotation by X)
    got = said("ar", "الوزارة: الأنباء عن الانسحاب كاذبة", BODY_AR)
    assert "الوزارة" in {s for _, s, _ in got}


# --- 8. a quotation after a paragraph that names its speaker with no verb of saying ----------------------------------

NAMED_BEFORE = [
    (
        "ar",
        "وتحدث سامي حمدان إلى الصحفيين في مدينة أسترا يوم الاثنين.",
        "«لم ننسحب من المدينة، والأنباء عن ذلك كاذبة».",
        "سامي حمدان",
    ),
    (
        "ar",
        "وتحدث سامي حمدان إلى الصحفيين في مدينة أسترا يوم الاثنين:",
        "«لم ننسحب من المدينة، والأنباء عن ذلك كاذبة».",
        "سامي حمدان",
    ),
    (
        "ar",
        "والتقت ليلى سمير الصحفيين في مدينة أسترا يوم الاثنين.",
        "«القوات باقية في مواقعها ولن تنسحب منها أبدا».",
        "ليلى سمير",
    ),
]


@pytest.mark.parametrize(("language", "before", "quotation", "speaker"), NAMED_BEFORE)
def test_a_quotation_after_a_paragraph_naming_one_person_is_theirs(language, before, quotation, speaker):
    assert [s for _, s in af_units(language, before, quotation)] == [speaker]


@pytest.mark.parametrize(
    "before",
    [
        "والتقى سامي حمدان بالوزيرة ليلى سمير في مدينة أسترا يوم الاثنين.",
        "وتحدث سامي حمدان إلى الصحفيين بعد لقائه ليلى سمير في مدينة أسترا.",
    ],
)
def test_a_quotation_after_a_paragraph_naming_two_is_no_ones(before):
    assert af_units("ar", before, "«لم ننسحب من المدينة، والأنباء عن ذلك كاذبة».") == []


# --- 9. the official spokesman, named later ---------------------------------------------------------------------------

OFFICIAL_SPOKESMAN = [
    (
        "fa",
        "سخنگوی رسمی تیپ کسل گفت که نیروها عقب نشینی نکرده اند.",
        "دارا ونی، سخنگوی تیپ کسل، افزود که این گزارش نادرست است.",
        "dara-wny",
    ),
    (
        "fa",
        "سخنگوی رسمی تیپ کسل گفت که نیروها عقب نشینی نکرده اند.",
        "دارا ونی سخنگوی تیپ کسل افزود که این گزارش نادرست است.",
        "dara-wny",
    ),
    (
        "fa",
        "سخنگوی رسمی طالبان گفت که نیروها عقب نشینی نکرده اند.",
        "ذبیح الله مجاهد، سخنگوی طالبان، در ادامه گفت که این گزارش نادرست است.",
        "dhbyh-allh-mjahd",
    ),
    (
        "ar",
        "وقال المتحدث الرسمي باسم كتائب كيسل إن القوات لم تنسحب.",
        "وأضاف سامي حمدان، المتحدث باسم كتائب كيسل، أن التقرير كاذب.",
        "samy-hmdan",
    ),
    (
        "ar",
        "وقالت الناطقة الرسمية باسم الوزارة إن القوات لم تنسحب.",
        "وأضافت ليلى سمير، الناطقة باسم الوزارة، أن التقرير كاذب.",
        "lyly-smyr",
    ),
]


@pytest.mark.parametrize(("language", "first", "then", "person"), OFFICIAL_SPOKESMAN)
def test_the_official_spokesman_is_the_one_named_in_the_office(language, first, then, person):
    assert {p for _, p in af_claimants(language, first, then, on_file=True)} == {person}


# --- 10. the SDF's command, with the Kurdish letter ---------------------------------------------------------------------

SDF = [
    "فرماندهی کل نیروهای سوریە دمکراتیک گزارش شبکه فجر را تکذیب کرد.",
    "فرماندهی کل نیروهای سوریه دمکراتیک گزارش شبکه فجر را تکذیب کرد.",
    "فرماندهی کل نیروهای سوریه دموکراتیک گزارش شبکه فجر را تکذیب کرد.",
    "نیروهای سوریە دمکراتیک گزارش شبکه فجر را تکذیب کرد.",
]


@pytest.mark.parametrize("text", SDF)
@pytest.mark.parametrize("on_file", [False, True])
def test_the_sdf_command_is_one_body(text, on_file):
    got = af_units("fa", text, on_file=on_file)
    assert len(got) == 1 and got[0][0] == "denial", got
    assert got[0][1].split()[-1] in ("دمکراتیک", "دموکراتیک"), got
    (denial,) = [r for r in af_records("fa", text, on_file=on_file) if r["type"] == "denial"]
    assert denial["denied"] == "گزارش شبکه فجر"


# --- 11. a body on file as another state's, an office described with it --------------------------------------------------


@pytest.mark.parametrize(
    "before",
    ["وتشهد لبنان أزمة سياسية منذ سنوات.", "وقال رئيس الحكومة اللبنانية إن الوضع هادئ.", "وتشهد ليبيا أزمة سياسية."],
)
@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس مجلس النواب إن الجلسة المقبلة ستعقد في العاصمة.",
        "ونفى المتحدث باسم مجلس النواب الأنباء عن انسحاب القوات.",
    ],
)
def test_an_office_of_another_states_body_is_not_affiliated_to_it(before, text):
    data = json.dumps([d.data for d in drafts("ar", LEAD_AR, before, text, index=project_index())], ensure_ascii=False)
    assert "iraqi-parliament" not in data


def test_an_office_of_the_body_in_its_own_states_article_is_affiliated():
    text = "وقال رئيس مجلس النواب إن الجلسة المقبلة ستعقد في العاصمة."
    got = [
        r for r in af_records("ar", "وقالت الحكومة العراقية إن الوضع هادئ.", text, on_file=True) if r["type"] == "claim"
    ]
    assert got[-1]["claimant"].get("affiliation") == "iraqi-parliament"


# --- 12. Persian 'reported', and the facts on the ground ---------------------------------------------------------------

REPORTED_NO_CLAIM = [
    "شبکه فجر گزارش داد که وضعیت بیمارستان شهر آسترا اصلا درست نیست.",
    "شبکه فجر گزارش داد که نیروهای کسل شهر را به سخره گرفتند.",
    "شبکه فجر گزارش داده است که وضعیت بیمارستان شهر آسترا درست نیست.",
    "خبرگزاری نور گزارش داد که ساکنان آسترا رفتار نیروها را بدخواهانه می دانند.",
]


@pytest.mark.parametrize("text", REPORTED_NO_CLAIM)
def test_reported_is_no_claim_answered(text):
    assert "denial" not in [k for k, _ in af_units("fa", text)]


FACTS_ON_THE_GROUND = [
    ("رامین دلاوری گفت گزارش شبکه فجر واقعیات میدان را منعکس نمی کند.", "رامین دلاوری"),
    ("تیپ کسل اعلام کرد که این گزارش ها واقعیات میدان نبرد را نشان نمی دهند.", "تیپ کسل"),
    # (as before)
    ("رامین دلاوری گفت گزارش شبکه فجر واقعیات را منعکس نمی کند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "denier"), FACTS_ON_THE_GROUND)
def test_a_report_not_reflecting_the_facts_on_the_ground_is_denied(text, denier):
    assert af_units("fa", text) == [("denial", denier)]


def test_a_reported_denial_still_denies():
    # (as before: a claim named in what was reported is answered)
    assert af_units("fa", "شبکه فجر گزارش داد که ادعای تیپ کسل درست نیست.") == [("denial", "شبکه فجر")]
