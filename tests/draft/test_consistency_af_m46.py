"""Arabic and Persian, round 46 of issue 17: shapes round 45 left unread or misread (made-up variants of each, with
controls that must not fire).

- a place before a colon or a dash on an article's first line ('کسل :', 'ولایت تووک:', 'كسل:') is its dateline, never
  a speaker; a person, a body or an office there still speaks;
- a deed, then a verb of saying with no subject of its own ('وهاجم سامي حمدان القرية، وقال إن ...'): the deed's
  subject speaks, the place it was done to no word of the name;
- 'وقال X إن قائدا في الحركة نفى ...' (that a leader of the movement denied): the leader, described, denies;
- 'ونشرت حركة النور بيانا نفت فيه ...', 'وأصدرت الوزارة بيانا نفت فيه', Persian 'X با انتشار بیانیه‌ای ... را رد
  کرد': the body that published the statement denies (read so already; kept as guards);
- 'لكن الخبر نُفي على لسان X', 'غير أن ذلك نُفي على لسان X' (but it was denied by X's tongue): X denies;
- Persian two family names joined by 'و' ('دلاوری و نیک‌نام این ادعا را رد کردند'): two deniers; an office, a comma,
  then two names ('معاون وزیر دفاع کسلیا، رامین دلاوری و کاوه نیک‌نام'): two deniers, the first the office's holder.

Made-up names only (سامي حمدان، ليث عارف، حركة النور، وزارة الدفاع الكسلية، كسل، كسليا، أسترا؛ رامین دلاوری، کاوه
نیک‌نام، جبهه آسترا، کسل، تووک، کسلیا). On main before round 46, 38 of the 70 cases below failed; after it, none.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, af_claimants, deniers, said

ZWNJ = "\u200c"
CHARGE_AR = "وقالت حركة النور إن القوات الكسلية انسحبت من مدينة أسترا."
CHARGE_FA = f"جبهه آسترا مدعی شد که نیروهای کسلیا از شهر آسترا عقب نشسته{ZWNJ}اند."
FALSE_FA = "این ادعا کاملا نادرست است."
FALSE_AR = "وهذا الادعاء عار عن الصحة."


def speakers_of(language: str, *paragraphs: str) -> list[str]:
    """The speaker of every unit drafted from 'Title' plus ``paragraphs`` (no lead: the first line is tested)."""
    return [who for _, who, _ in said(language, *paragraphs)]


# --- 1. a place on the first line is a dateline -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraphs", "place"),
    [
        ("fa", ("کسل : «ما از شهر عقب نشینی نکردیم.»",), "کسل"),
        ("fa", ("تووک : «ما از شهر عقب نشینی نکردیم.»",), "تووک"),
        ("fa", (f"ولایت تووک: {CHARGE_FA} {FALSE_FA}",), "ولایت تووک"),
        ("fa", (f"ولایت تووک : {CHARGE_FA} {FALSE_FA}",), "ولایت تووک"),
        ("fa", (f"شهر کسل: {CHARGE_FA} {FALSE_FA}",), "شهر کسل"),
        ("fa", ("ولایت تووک:", f"{CHARGE_FA} {FALSE_FA}"), "ولایت تووک"),
        ("ar", ('كسل: "لم ننسحب من المدينة".',), "كسل"),
        ("ar", ('كسل : "لم ننسحب من المدينة".',), "كسل"),
        ("ar", ('مدينة كسل: "لم ننسحب من المدينة".',), "مدينة كسل"),
        ("ar", ('كسل - "لم ننسحب من المدينة".',), "كسل"),
        ("ar", (f"كسل - {CHARGE_AR} {FALSE_AR}",), "كسل"),
        ("ar", (f"كسل: {CHARGE_AR} {FALSE_AR}",), "كسل"),
    ],
)
def test_a_place_on_the_first_line_is_no_speaker(language, paragraphs, place):
    assert place not in speakers_of(language, *paragraphs)


@pytest.mark.parametrize(
    ("language", "paragraph", "speaker"),
    [
        # controls: a person, a body, an office before the colon speaks
        ("fa", "رامین دلاوری: «ما از شهر عقب نشینی نکردیم.»", "رامین دلاوری"),
        ("fa", "جبهه آسترا: «ما از شهر عقب نشینی نکردیم.»", "جبهه آسترا"),
        ("fa", "سخنگوی جبهه آسترا: «ما از شهر عقب نشینی نکردیم.»", "جبهه آسترا"),
        ("ar", 'سامي حمدان: "لم ننسحب من المدينة".', "سامي حمدان"),
        ("ar", 'حركة النور: "لم ننسحب من المدينة".', "حركة النور"),
        ("ar", 'حمدان: "لم ننسحب من المدينة".', "حمدان"),
    ],
)
def test_a_speaker_on_the_first_line_still_speaks(language, paragraph, speaker):
    assert speakers_of(language, paragraph) == [speaker]


# --- 2. a deed, then a verb of saying with no subject -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وهاجم سامي حمدان القرية، وقال إن القوات الكسلية انسحبت من المدينة.", ("claim", "samy-hmdan")),
        ("وهاجم ليث عارف المدينة، وقال إن القوات الكسلية انسحبت منها.", ("claim", "lyth-arf")),
        ("وهاجم سامي حمدان مدينة أسترا، وقال إن القوات الكسلية انسحبت منها.", ("claim", "samy-hmdan")),
        ("وهاجم سامي حمدان القرية، ونفى أن تكون القوات قد انسحبت.", ("denial", "samy-hmdan")),
        ("وهاجمت حركة النور القرية، وقالت إن القوات الكسلية انسحبت من المدينة.", ("claim", "hrkt-alnwr")),
        ("وهاجمت حركة النور المدينة، وقالت إن القوات الكسلية انسحبت منها.", ("claim", "hrkt-alnwr")),
        ("وهاجمت كتائب كيسل بلدة أسترا، وقالت إن القوات الكسلية انسحبت منها.", ("claim", "ktayb-kysl")),
        ("وهاجمت حركة النور القرية، ونفت أن تكون القوات قد انسحبت.", ("denial", "hrkt-alnwr")),
        ("وانتقد سامي حمدان القرار، وقال إن القوات الكسلية انسحبت من المدينة.", ("claim", "samy-hmdan")),
    ],
)
def test_a_deeds_subject_speaks_after_it(paragraph, expected):
    assert af_claimants("ar", paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # controls: a body whose name holds a place word ('بلدية المدينة'); a verb of saying with a subject of its own
        ("وقالت بلدية المدينة إن القوات الكسلية انسحبت منها.", [("claim", "بلدية المدينة")]),
        # a surname with the article ends the clause at its comma: no object to cut
        ("وانتقد سامي الوردي، وقال إن القوات الكسلية انسحبت منها.", [("claim", "samy-alwrdy")]),
        ("وهاجمت الحركة، وقالت إن القوات الكسلية انسحبت منها.", [("claim", "alhrkt")]),
    ],
)
def test_a_deeds_subject_controls(paragraph, expected):
    assert af_claimants("ar", paragraph) == expected


# --- 3. an unnamed leader or official of a body denies in another's words ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وقال سامي حمدان إن قائدا في الحركة نفى ذلك.", ["قائد في الحركة"]),
        ("وقال سامي حمدان إن قائدا في حركة النور نفى ذلك.", ["قائد في حركة النور"]),
        ("وذكر ليث عارف أن قائدا في الحركة نفى أن تكون القوات قد انسحبت.", ["قائد في الحركة"]),
        ("وقال سامي حمدان إن مسؤولا في الوزارة نفى ذلك.", ["مسؤول في الوزارة"]),
        ("وقالت الوكالة إن مسؤولا في وزارة الدفاع الكسلية نفى ذلك.", ["مسؤول في وزارة الدفاع الكسلية"]),
        ("وقال سامي حمدان إن قياديا في الحركة نفى ذلك.", ["قيادي في الحركة"]),
        # controls: the speaker's own denial; the movement itself
        ("ونفى سامي حمدان ذلك.", ["سامي حمدان"]),
        ("وقال سامي حمدان إن الحركة نفت ذلك.", ["حركة النور"]),
    ],
)
def test_an_unnamed_leader_told_of_denies(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], CHARGE_AR, paragraph) == expected


# --- 4. the body that published a statement denies in it (guards) -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraph", "expected"),
    [
        ("ar", "ونشرت حركة النور بيانا نفت فيه ذلك.", ["حركة النور"]),
        ("ar", "ونشرت حركة النور بيانا على موقعها نفت فيه أن تكون قواتها قد انسحبت.", ["حركة النور"]),
        ("ar", "وأصدرت الوزارة بيانا نفت فيه ذلك.", ["الوزارة"]),
        ("ar", "وأصدرت وزارة الدفاع الكسلية بيانا مساء الأحد نفت فيه أي انسحاب.", ["وزارة الدفاع الكسلية"]),
        ("fa", f"وزارت دفاع کسلیا با انتشار بیانیه{ZWNJ}ای این ادعا را رد کرد.", ["وزارت دفاع کسلیا"]),
        ("fa", f"وزارت دفاع کسلیا با انتشار بیانیه{ZWNJ}ای حمله به شهر آسترا را رد کرد.", ["وزارت دفاع کسلیا"]),
        # control: a statement published with no denial in it
        ("ar", "ونشرت حركة النور بيانا أكدت فيه انسحاب القوات.", []),
    ],
)
def test_the_publisher_of_a_statement_denies(language, paragraph, expected):
    charge = CHARGE_AR if language == "ar" else CHARGE_FA
    assert deniers(language, AF_LEAD[language], charge, paragraph) == expected


# --- 5. but it was denied by X's tongue -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("لكن الخبر نُفي على لسان سامي حمدان.", ["سامي حمدان"]),
        ("لكن الخبر نفي على لسان سامي حمدان.", ["سامي حمدان"]),
        ("ولكن ذلك نُفي على لسان ليث عارف.", ["ليث عارف"]),
        ("غير أن ذلك نُفي على لسان سامي حمدان.", ["سامي حمدان"]),
        ("إلا أن الخبر نُفي على لسان المتحدث باسم الوزارة.", ["المتحدث باسم الوزارة"]),
        ("لكن الأنباء نُفيت على لسان سامي حمدان.", ["سامي حمدان"]),
        ("ونفى ذلك على لسان سامي حمدان.", ["سامي حمدان"]),
        # controls: a body denies through its spokesman; no one named
        ("لكن الوزارة نفت على لسان سامي حمدان الأنباء.", ["الوزارة"]),
        ("لكن الخبر نُفي لاحقا.", []),
    ],
)
def test_but_denied_by_the_tongue_of(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], CHARGE_AR, paragraph) == expected


# --- 6. Persian two deniers joined by 'و' -----------------------------------------------------------------------------


# two people named in full before their family names stand alone (each says something of their own first)
NAMED_FA = (
    "رامین دلاوری گفت که نیروهای کسلیا در شهر هستند.",
    f"کاوه نیک{ZWNJ}نام گفت که ارتش کسلیا آماده است.",
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        # family names alone, of people named before (or the name data knows)
        (f"دلاوری و نیک{ZWNJ}نام", ["رامین دلاوری", f"کاوه نیک{ZWNJ}نام"]),
        ("دلاوری و احمدی", ["رامین دلاوری", "احمدی"]),
        ("احمدی و دلاوری", ["احمدی", "رامین دلاوری"]),
        (f"نیک{ZWNJ}نام و دلاوری", [f"کاوه نیک{ZWNJ}نام", "رامین دلاوری"]),
        (
            f"معاون وزیر دفاع کسلیا، رامین دلاوری و کاوه نیک{ZWNJ}نام",
            ["معاون وزیر دفاع کسلیا، رامین دلاوری", f"کاوه نیک{ZWNJ}نام"],
        ),
        (
            "سخنگوی جبهه آسترا، رامین دلاوری و کاوه احمدی",
            ["سخنگوی جبهه آسترا، رامین دلاوری", "کاوه احمدی"],
        ),
    ],
)
@pytest.mark.parametrize("verb", ["این ادعا را رد کردند.", f"این گزارش را تکذیب کرده{ZWNJ}اند."])
def test_two_persian_family_names_each_deny(subject, expected, verb):
    found = deniers("fa", AF_LEAD["fa"], CHARGE_FA, *NAMED_FA, f"{subject} {verb}", once=True)[-2:]
    assert [e.split("، ")[-1] for e in found] == [e.split("، ")[-1] for e in expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        # controls: one denier; a name and a place joined by 'و' as the object; a singular verb
        "دلاوری این ادعا را رد کرد.",
        "دلاوری حمله به کسل و تووک را رد کرد.",
        "معاون وزیر دفاع کسلیا، رامین دلاوری این ادعا را رد کرد.",
        # two words unknown, no one named so before: one name ('کسل و تووک' a place's)
        "کسل و تووک این ادعا را رد کردند.",
    ],
)
def test_one_persian_denier_stays_one(paragraph):
    assert len(deniers("fa", AF_LEAD["fa"], CHARGE_FA, *NAMED_FA, paragraph, once=True)) <= 1
