"""Arabic and Persian, round 44 of issue 17: shapes round 43 left unread or misread (made-up variants of each, with
controls that must not fire).

- the feminine passive 'ونُفيت الأنباء', 'ونفيت هذه التقارير' (with and without its vowel): whoever denied last, in the
  paragraph or the one before, else no denial; the active 'ونفت الوزارة' stays the ministry's;
- a statement received or carried by an outlet ('وتلقت الوكالة بيانا لـX جاء فيه', 'وأوردت الصحيفة بيانا لـX'): X's;
- 'وقصفت الكتائب المدينة، وقالت: «...»': the deed's subject speaks, the place it was done to no part of its name;
- 'وقال X: نفت الوزارة الأنباء' (X tells of the ministry's denial after a colon): the ministry denies;
- 'والتقى X بـY، ونفى ...': X, the subject of the first verb, denies, not Y;
- 'ونفى الجيش التقدم نحو المدينة': the army, the verbal noun with the article its object;
- 'وجاء النفي سريعا من الحركة', 'وجاء الرد من الوزارة': the movement's, the ministry's denial;
- one or two words in marks opening a paragraph that the reporter's sentence goes on after ('«الإرهابيون» دخلوا
  المدينة') are no quotation of the speaker before (the development gold counts none of 23 such).

Made-up names only (سامي حمدان، ليث عارف، كتائب كيسل، حركة النور، لواء النور، وكالة أسترا، صحيفة النور، كسليا، أسترا؛
رامین دلاوری، کاوه نیک‌نام، کسلیا). On main before round 44, 38 of the 65 cases below failed; after it, none.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, af_units, deniers, said

ZWNJ = "\u200c"


DENIED_AR = "ونفت وزارة الدفاع الكسلية الأنباء عن انسحاب القوات."

# --- 1. the feminine passive 'ونُفيت' -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the denier of this paragraph or the one before tells it again
        ((DENIED_AR, "ونُفيت الأنباء مرة أخرى يوم الاثنين."), ["وزارة الدفاع الكسلية"] * 2),
        ((DENIED_AR, "ونفيت هذه التقارير لاحقا."), ["وزارة الدفاع الكسلية"] * 2),
        ((DENIED_AR, "وقد نُفيت هذه الأنباء في وقت لاحق."), ["وزارة الدفاع الكسلية"] * 2),
        (("ونفى سامي حمدان الأنباء عن انسحاب القوات. ونُفيت الأنباء مجددا.",), ["سامي حمدان"] * 2),
        (("ونفت كتائب كيسل الأنباء عن انسحاب قواتها.", "ونفيت الأنباء مرة أخرى."), ["كتائب كيسل"] * 2),
        # no one denied before, or two paragraphs before: no denial of anyone's (not the last speaker's)
        (("ونُفيت الأنباء لاحقا.",), []),
        (("وقال ليث عارف إن القوات انسحبت.", "ونفيت هذه التقارير لاحقا."), []),
        (("وقالت حركة النور إن القوات انسحبت.", "ونُفيت الأنباء بعد ساعات."), []),
        (
            (
                "ونفت كتائب كيسل الأنباء عن انسحاب قواتها.",
                "وقال ليث عارف إن القوات انسحبت.",
                "وتقدمت القوات نحو مدينة أسترا.",
                "ونفيت الأنباء في وقت لاحق.",
            ),
            ["كتائب كيسل"],
        ),
        # controls: the active feminine is its subject's; the active with no subject the last speaker's
        (("ونفت وزارة الدفاع الكسلية الأنباء.",), ["وزارة الدفاع الكسلية"]),
        (("ونفت حركة النور هذه التقارير لاحقا.",), ["حركة النور"]),
        (("وقالت حركة النور إن القوات انسحبت.", "ونفت هذه التقارير لاحقا."), ["حركة النور"]),
    ],
)
def test_a_feminine_passive_denial_is_the_last_deniers_or_none(paragraphs, expected):
    assert deniers("ar", AF_LEAD["ar"], *paragraphs) == expected


# --- 2. a statement received or carried by an outlet ------------------------------------------------------------------

SAYS = "«لن نتراجع عن مواقعنا»."


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (f"وتلقت وكالة أسترا بيانا لكتائب كيسل جاء فيه: {SAYS}", [("quote", "كتائب كيسل")]),
        (f"وتلقت الوكالة بيانا لحركة النور جاء فيه: {SAYS}", [("quote", "حركة النور")]),
        (f"وتلقى موقع النور بيانا لوزارة الدفاع الكسلية جاء فيه: {SAYS}", [("quote", "وزارة الدفاع الكسلية")]),
        (f"وتلقت وكالة أسترا بيانا لسامي حمدان جاء فيه: {SAYS}", [("quote", "سامي حمدان")]),
        (f"وأوردت صحيفة النور بيانا لسامي حمدان جاء فيه: {SAYS}", [("quote", "سامي حمدان")]),
        (f"وأوردت وكالة أسترا بيانا لكتائب كيسل جاء فيه: {SAYS}", [("quote", "كتائب كيسل")]),
        ("وتلقت الوكالة بيانا لحركة النور جاء فيه أن القوات لم تنسحب.", [("reported", "حركة النور")]),
        # controls: a statement received with no owner named is no receiver's; one to the public stays the outlet's;
        # the outlet's own report is its own
        (f"وتلقت وكالة أسترا بيانا جاء فيه: {SAYS}", []),
        (f"وأوردت صحيفة النور بيانا للرأي العام جاء فيه: {SAYS}", [("quote", "صحيفة النور")]),
        ("وأوردت وكالة أسترا أن القوات انسحبت.", [("reported", "وكالة أسترا")]),
        (f"ونشرت وكالة أسترا بيانا لكتائب كيسل جاء فيه: {SAYS}", [("quote", "كتائب كيسل")]),
    ],
)
def test_a_statement_an_outlet_received_or_carried_is_its_owners(paragraph, expected):
    assert af_units("ar", paragraph) == expected


# --- 3. a verb of saying after a deed's object ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ((f"وقصفت كتائب كيسل المدينة، وقالت: {SAYS}",), [("quote", "كتائب كيسل")]),
        ((f"وقصفت كتائب كيسل مدينة أسترا، وقالت: {SAYS}",), [("quote", "كتائب كيسل")]),
        ((f"وقصف لواء النور المدينة، وقال: {SAYS}",), [("quote", "لواء النور")]),
        ((f"وقصفت حركة النور المخيم، وقالت: {SAYS}",), [("quote", "حركة النور")]),
        ((f"وزار سامي حمدان القرية، وقال: {SAYS}",), [("quote", "سامي حمدان")]),
        (("وقصفت كتائب كيسل المدينة، وقالت إن قواتها لن تتراجع.",), [("reported", "كتائب كيسل")]),
        (("وقصفت كتائب كيسل المدينة، ونفت الأنباء عن انسحاب قواتها.",), [("denial", "كتائب كيسل")]),
        # controls: a speaker named after the deed speaks; a shell or the dead are no one who speaks
        ((f"وقصفت كتائب كيسل المدينة، وقال سامي حمدان: {SAYS}",), [("quote", "سامي حمدان")]),
        (
            ("وقال ليث عارف إن القوات انسحبت.", f"وسقطت قذيفة على المدينة، وقال: {SAYS}"),
            [("reported", "ليث عارف"), ("quote", "ليث عارف")],
        ),
        (
            ("وقال ليث عارف إن القوات انسحبت.", f"وقتل ثلاثة أشخاص في القصف، وقال: {SAYS}"),
            [("reported", "ليث عارف"), ("quote", "ليث عارف")],
        ),
    ],
)
def test_a_verb_of_saying_after_a_deeds_object_is_the_deeds_subjects(paragraphs, expected):
    assert af_units("ar", *paragraphs) == expected


# --- 4. a denial told after a colon -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("وقال سامي حمدان: نفت وزارة الدفاع الكسلية الأنباء عن انسحاب القوات.", ["وزارة الدفاع الكسلية"]),
        ("وقال سامي حمدان: نفت الوزارة الأنباء عن انسحاب القوات.", ["الوزارة"]),
        ("وقال سامي حمدان: نفى ليث عارف الأنباء عن انسحاب القوات.", ["ليث عارف"]),
        ("وقالت حركة النور: نفت كتائب كيسل الأنباء عن انسحاب قواتها.", ["كتائب كيسل"]),
        # controls: the speaker's own denial, in the first person, stays the speaker's
        ("وقال سامي حمدان: نفينا الأنباء عن انسحاب القوات.", ["سامي حمدان"]),
        ("وقال سامي حمدان: ننفي الأنباء عن انسحاب القوات.", ["سامي حمدان"]),
        ("وقال سامي حمدان: القوات لم تنسحب من المدينة.", []),
    ],
)
def test_a_denial_told_after_a_colon_is_its_subjects(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 5. the one met is not the denier ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("والتقى سامي حمدان بليث عارف، ونفى الأنباء عن انسحاب القوات.", ["سامي حمدان"]),
        ("والتقى سامي حمدان بالوزير ليث عارف، ونفى الأنباء عن انسحاب القوات.", ["سامي حمدان"]),
        ("والتقت وزيرة الدفاع الكسلية بسامي حمدان، ونفت الأنباء عن انسحاب القوات.", ["وزيرة الدفاع الكسلية"]),
        ("والتقت وزارة الدفاع الكسلية بالوفد، ونفت الأنباء.", ["وزارة الدفاع الكسلية"]),
        # control: a denier named after the meeting denies
        ("والتقى سامي حمدان بليث عارف، ونفى ليث عارف الأنباء عن انسحاب القوات.", ["ليث عارف"]),
    ],
)
def test_the_subject_of_the_first_verb_denies_not_the_one_met(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 6. a definite verbal noun after the subject ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("ونفى الجيش التقدم نحو المدينة.", ["الجيش"]),
        ("ونفى الجيش الكسلي التقدم نحو مدينة أسترا.", ["الجيش الكسلي"]),
        ("ونفت القوات التوغل في المدينة.", ["القوات"]),
        ("ونفت القوات الكسلية الزحف نحو المدينة.", ["القوات الكسلية"]),
        ("ونفت حركة النور التوغل في المدينة.", ["حركة النور"]),
        # control: after an indefinite head the definite word is its genitive, the body's name
        ("ونفت هيئة التقدم الأنباء.", ["هيئة التقدم"]),
    ],
)
def test_a_definite_verbal_noun_opens_the_object(paragraph, expected):
    assert deniers("ar", AF_LEAD["ar"], paragraph) == expected


# --- 7. the denial came from --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("واتهم سامي حمدان حركة النور بقصف مدينة أسترا.", "وجاء النفي سريعا من الحركة."), ["حركة النور"]),
        (("وجاء الرد من وزارة الدفاع الكسلية.",), ["وزارة الدفاع الكسلية"]),
        (("وجاء النفي سريعا من وزارة الدفاع الكسلية.",), ["وزارة الدفاع الكسلية"]),
        (("وجاء النفي من قبل حركة النور بعد ساعات.",), ["حركة النور"]),
        (("وجاء الرد على لسان سامي حمدان.",), ["سامي حمدان"]),
        (("وجاء النفي على لسان المتحدث باسم حركة النور.",), ["المتحدث باسم حركة النور"]),
        # controls: a place or no one after it
        (("وجاء الرد من المدينة.",), []),
        (("وجاء الرد سريعا.",), []),
    ],
)
def test_the_denial_came_from_its_denier(paragraphs, expected):
    assert deniers("ar", AF_LEAD["ar"], *paragraphs) == expected


# --- 9. scare quotes opening a paragraph --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        ("ar", ("وقال ليث عارف: «القوات انسحبت».", "«الإرهابيون» دخلوا المدينة صباح الأحد."), ["القوات انسحبت"]),
        ("ar", ("وقال ليث عارف: «القوات انسحبت».", "«المتمردون» يتقدمون نحو المدينة."), ["القوات انسحبت"]),
        ("fa", ("رامین دلاوری گفت: «نیروها عقب نشستند».", f"«تروریست{ZWNJ}ها» وارد شهر شدند."), ["نیروها عقب نشستند"]),
        # controls: a longer quotation, or short words alone, go on with the speaker before; a short quotation after a
        # verb of saying is counted, as the gold counts it
        (
            "ar",
            ("وقال ليث عارف: «القوات انسحبت».", "«لن ننسحب من المدينة أبدا»."),
            ["القوات انسحبت", "لن ننسحب من المدينة أبدا"],
        ),
        ("ar", ("وقال ليث عارف: «القوات انسحبت».", "«أبدا»."), ["القوات انسحبت", "أبدا"]),
        ("ar", ("وقال ليث عارف إن «الإرهابيين» دخلوا المدينة.",), ["الإرهابيين"]),
    ],
)
def test_scare_quotes_opening_a_paragraph_are_no_ones_words(language, paragraphs, expected):
    assert [words for kind, _, words in said(language, AF_LEAD[language], *paragraphs) if kind == "quote"] == expected
