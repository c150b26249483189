"""Arabic and Persian, round 42 of issue 17: a charge and its denial in one sentence or paragraph, the drafter telling
the accuser from the denier (a generated grid of made-up sentences).

Round 36's grid (test_consistency_af_lex36.py) crossed the words of denying, round 40's (af_lex40) denials without a
verb of denying and round 41's (af_lex41) denials reported through outlets; this one crosses what they lack:

- the accuser and the denier in one sentence: 'نفى X اتهامات Y بأن ...', 'ردا على اتهامات Y، قال X ...', 'اتهم Y X
  بـ...، وهو ما نفاه X', 'بينما يقول Y ...، ينفي X ...', 'نفى X ما زعمه Y من أن ...'; 'X ادعای Y مبنی بر ... را رد کرد',
  'X در واکنش به ادعای Y گفت ...', 'X در پاسخ به اظهارات Y ...', 'Y مدعی شد ... اما X این ادعا را رد کرد', 'ادعای Y از
  سوی X تکذیب شد';
- the charge in one sentence and the denial in the next, the denier a pronoun, a dropped subject ('وأضاف', 'وی افزود',
  'او همچنین گفت'), a title alone ('المتحدث باسمها', 'سخنگوی این ...') or the body's name again;
- the denial inside a quotation ('«لم نرسل أي مقاتل»') with its tag before it, after it or in the paragraph before, the
  accuser named nearer the quotation than the denier;
- the accuser's own negations that deny nothing ('قال Y إن X لم يعترف', 'Y گفت X هنوز پاسخی نداده است', 'قال Y إن X لم
  ينف'), and a third party's report of the denial ('قالت مصادر إن X نفى' → X);
- deniers of each kind: a person on file with his office, a person unknown, a ministry, a state, an armed group, a
  body's spokesman, a deputy; accusers a person and a body, of either gender.

Each combination must draft its denials by the right denier (one per place), or none. A sample is also read with the
other script's ي/ی and ك/ک and without the zero-width non-joiner. The grid is sampled with a fixed seed so that it runs
in well under a minute. Made-up names only (سامي حمدان، ليث عارف، كتائب كيسل، حركة النور، كسليا، أسترا; رامین دلاوری،
کاوه نیک‌نام، تیپ کسل، جبهه آسترا، کسلیا), apart from the people on file (محمد شياع السوداني، بشار اسد).

On main before round 42, 63 of the 512 combinations failed: 28 a Persian quotation 'we did not send' ('«ما هیچ نیرویی
... نفرستاده‌ایم»', no denial, as 'اعزام نکرده‌ایم' was one); 21 a denial with no subject of its own after an accusation
('اتهم Y X بـ...، وهو ما نفاه', 'لكنها نفت ذلك') given to the accuser or to no one; 10 the one accused after an office or
a body read into the accuser's name ('ليث عارف وزارة الدفاع الكسلية', 'ليث عارف المتحدث باسم ...' his office), so the
accused's denial went to the accuser; 1 the accused body's spokesman ('لكن المتحدث باسم الكتائب نفى') read as the
accuser, who spoke last; 3 a Persian state of one word (below). After round 42, those 3 failed, marked below (NOT_YET), read since round 43;
two persons' names of two words after 'اتهم' ('واتهم ليث عارف سامي حمدان بـ...'), read right on main by luck (the
accusation then no claim at all), are read as accuser and accused.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import AF_LEAD, LEAD_AR, deniers, index_if, no_zwnj, other_letters, project_index, said

ZWNJ = "\u200c"

# --- Arabic -----------------------------------------------------------------------------------------------------------

# (denier as written, the label its denial gets, feminine, on file, kind)
DENIERS_AR = [
    ("رئيس الوزراء العراقي محمد شياع السوداني", "محمد شياع السوداني", False, True, "person on file"),
    ("سامي حمدان", "سامي حمدان", False, False, "person"),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True, False, "ministry"),
    ("كسليا", "كسليا", True, False, "state"),
    ("كتائب كيسل", "كتائب كيسل", True, False, "armed group"),
    ("المتحدث باسم كتائب كيسل", "المتحدث باسم كتائب كيسل", False, False, "spokesman"),
    ("نائب وزير الدفاع الكسلي", "نائب وزير الدفاع الكسلي", False, False, "deputy"),
]
# (accuser as written, feminine)
ACCUSERS_AR = [("ليث عارف", False), ("حركة النور", True)]

DEED_AR = "بقصف مدينة أسترا"


def _one_sentence_ar(x: str, fem: bool, y: str, y_fem: bool) -> list[tuple[str, tuple[str, ...], int]]:
    """(frame, paragraphs, how many places X denies in)."""
    t, yt = ("ت" if fem else ""), ("ت" if y_fem else "")
    past, present = ("نفت", "تنفي") if fem else ("نفى", "ينفي")
    its = "ها" if fem else "ه"
    # (the verb with 'ه' of what it denies: 'وهو ما نفاه', 'وهو ما نفته')
    denied_it = "نفته" if fem else "نفاه"
    return [
        ("denied Y's charges that", (f"و{past} {x} اتهامات {y} بأن قواته قصفت مدينة أسترا.",), 1),
        ("denied Y's charges of", (f"و{past} {x} اتهامات {y} ل{its} {DEED_AR}.",), 1),
        ("ف denied Y's charges", (f"ف{past} {x} اتهامات {y} بأن القوات قصفت مدينة أسترا.",), 1),
        ("in answer to Y's charges, said", (f"وردا على اتهامات {y}، قال{t} {x} إن هذه الاتهامات عارية عن الصحة.",), 1),
        (
            "Y accused X, which X denied",
            (f"واتهم{yt} {y} {x} {DEED_AR}، وهو ما {denied_it} {x}.",),
            1,
        ),
        ("Y accused X, which it denied", (f"واتهم{yt} {y} {x} {DEED_AR}، وهو ما {denied_it}.",), 1),
        (
            "while Y says, X denies",
            (f"وبينما {'تقول' if y_fem else 'يقول'} {y} إن القوات قصفت مدينة أسترا، {present} {x} ذلك.",),
            1,
        ),
        ("denied what Y claimed", (f"و{past} {x} ما زعمه {y} من أن القوات قصفت مدينة أسترا.",), 1),
        ("denied Y's claims, false", (f"وقال{t} {x} إن مزاعم {y} عن قصف مدينة أسترا كاذبة.",), 1),
    ]


def _two_sentences_ar(
    x: str, fem: bool, y: str, y_fem: bool, kind: str
) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(frame, paragraphs, the deniers it must draft: '' stands for X's label)."""
    t, yt = ("ت" if fem else ""), ("ت" if y_fem else "")
    past = "نفت" if fem else "نفى"
    charge = f"واتهم{yt} {y} {x} {DEED_AR}."
    out = [
        ("charge, then X denied", (f"{charge} لكن {x} {past} ذلك.",), ("",)),
        ("charge, then X said false", (f"{charge} وقال{t} {x} في بيان إن الاتهامات عارية عن الصحة.",), ("",)),
        ("charge; X denied, next paragraph", (charge, f"و{past} {x} هذه الاتهامات."), ("",)),
        (
            "X denied Y's charges, then added",
            (f"و{past} {x} اتهامات {y} {DEED_AR}. وأضاف{t} أن هذه الاتهامات لا أساس لها من الصحة.",),
            ("", ""),
        ),
    ]
    if fem != y_fem:
        # (a pronoun of X's gender, not the accuser's)
        pron = "لكنها" if fem else "لكنه"
        out.append(("charge, then a pronoun denied", (f"{charge} {pron} {past} ذلك.",), ("",)))
    if kind in ("armed group", "ministry"):
        body = "الكتائب" if kind == "armed group" else "الوزارة"
        out.append(
            (
                "charge, then the body's spokesman",
                (f"{charge} لكن المتحدث باسم {body} نفى ذلك.",),
                (f"المتحدث باسم {body}",),
            )
        )
    return out


def _quotations_ar(x: str, fem: bool, y: str) -> list[tuple[str, tuple[str, ...]]]:
    t = "ت" if fem else ""
    quote = "«لم نرسل أي مقاتل إلى مدينة أسترا»"
    return [
        ("tag before, accuser nearer", (f"وقال{t} {x} ردا على اتهامات {y}: {quote}.",)),
        ("tag after, accuser after it", (f"{quote}، قال{t} {x} ردا على اتهامات {y}.",)),
        (
            "tag in the paragraph before",
            (f"وقال{t} {x} في بيان صدر بعد اتهامات {y} بإرسال مقاتلين إلى مدينة أسترا:", quote + "."),
        ),
    ]


def _nothing_ar(x: str, fem: bool, y: str, y_fem: bool) -> list[tuple[str, tuple[str, ...]]]:
    yt = "ت" if y_fem else ""
    admit, deny = ("تعترف", "تنف") if fem else ("يعترف", "ينف")
    return [
        ("Y said X did not admit", (f"وقال{yt} {y} إن {x} لم {admit} بقصف مدينة أسترا.",)),
        ("Y said X did not deny", (f"وقال{yt} {y} إن {x} لم {deny} الاتهامات {DEED_AR}.",)),
        ("Y accused X", (f"واتهم{yt} {y} {x} {DEED_AR}.",)),
    ]


def _third_party_ar(x: str, fem: bool, acc: str) -> list[tuple[str, tuple[str, ...]]]:
    past = "نفت" if fem else "نفى"
    return [
        ("sources said that X denied", (f"وقالت مصادر إن {acc} {past} الاتهامات {DEED_AR}.",)),
        ("an official said that X denied", (f"وقال مسؤول محلي إن {acc} {past} الاتهامات {DEED_AR}.",)),
    ]


# --- Persian ----------------------------------------------------------------------------------------------------------

# (denier as written, the same without the commas of an apposition, the label, on file, kind)
DENIERS_FA = [
    ("بشار اسد، رئیس\u200cجمهور سوریه،", "بشار اسد", "Bashar al-Assad", True, "person on file"),
    ("رامین دلاوری", "رامین دلاوری", "رامین دلاوری", False, "person"),
    ("وزارت دفاع کسلیا", "وزارت دفاع کسلیا", "وزارت دفاع کسلیا", False, "ministry"),
    ("کسلیا", "کسلیا", "کسلیا", False, "state"),
    ("تیپ کسل", "تیپ کسل", "تیپ کسل", False, "armed group"),
    ("سخنگوی تیپ کسل", "سخنگوی تیپ کسل", "سخنگوی تیپ کسل", False, "spokesman"),
    ("معاون وزیر دفاع کسلیا", "معاون وزیر دفاع کسلیا", "معاون وزیر دفاع کسلیا", False, "deputy"),
]
PEOPLE = ("person on file", "person", "spokesman", "deputy")
ACCUSERS_FA = [f"کاوه نیک{ZWNJ}نام", "جبهه آسترا"]
ATTACK_FA = "حمله به شهر آسترا"
BASELESS = f"بی{ZWNJ}اساس"


def _one_sentence_fa(x: str, bare: str, y: str) -> list[tuple[str, tuple[str, ...], int]]:
    return [
        ("rejected Y's claim of", (f"{x} ادعای {y} مبنی بر {ATTACK_FA} را رد کرد.",), 1),
        ("denied Y's claim of", (f"{x} ادعای {y} درباره {ATTACK_FA} را تکذیب کرد.",), 1),
        ("in reaction to Y's claim, said:", (f"{x} در واکنش به ادعای {y} گفت: این ادعا کذب محض است.",), 1),
        ("in answer to Y's remarks, called", (f"{x} در پاسخ به اظهارات {y}، این اتهام را {BASELESS} خواند.",), 1),
        (
            "Y claimed, but X rejected",
            (f"{y} مدعی شد که نیروهای {bare} به شهر آسترا حمله کرده{ZWNJ}اند، اما {bare} این ادعا را رد کرد.",),
            1,
        ),
        ("Y's claim denied by X", (f"ادعای {y} درباره {ATTACK_FA} از سوی {bare} تکذیب شد.",), 1),
        ("Y's claim rejected by X", (f"ادعای {y} درباره {ATTACK_FA} توسط {bare} رد شد.",), 1),
    ]


def _two_sentences_fa(x: str, bare: str, y: str, kind: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    charge = f"{y} مدعی شد که {bare} به شهر آسترا حمله کرده است."
    out = [
        ("charge, then X rejected", (f"{charge} {x} این ادعا را رد کرد.",), ("",)),
        ("charge; X denied, next paragraph", (charge, f"{x} این ادعا را تکذیب کرد."), ("",)),
    ]
    if kind == "armed group":
        out.append(
            (
                "charge, then this body's spokesman",
                (f"{charge} سخنگوی این تیپ این ادعا را رد کرد.",),
                ("سخنگوی این تیپ",),
            )
        )
    if kind not in PEOPLE:
        return out
    # ('وی' and 'او' stand for a person, not a body)
    out += [
        (
            "X rejected Y's claim, then he added",
            (f"{x} ادعای {y} را رد کرد. وی افزود: این ادعا کذب محض است.",),
            ("", ""),
        ),
        (
            "X rejected Y's claim, then he also said",
            (f"{x} ادعای {y} را رد کرد. او همچنین گفت که این ادعا {BASELESS} است.",),
            ("", ""),
        ),
    ]
    return out


def _quotations_fa(x: str, y: str) -> list[tuple[str, tuple[str, ...]]]:
    quote = f"«ما هیچ نیرویی به شهر آسترا نفرستاده{ZWNJ}ایم»"
    return [
        ("tag before, accuser nearer", (f"{x} در پاسخ به ادعای {y} گفت: {quote}.",)),
        ("tag in the paragraph before", (f"{x} در واکنش به ادعای {y} در بیانیه{ZWNJ}ای گفت:", quote + ".")),
    ]


def _nothing_fa(bare: str, y: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        ("Y said X has not answered", (f"{y} گفت {bare} هنوز پاسخی نداده است.",)),
        ("Y said X did not deny", (f"{y} گفت که {bare} این ادعا را تکذیب نکرده است.",)),
        ("Y accused X", (f"{y}، {bare} را به {ATTACK_FA} متهم کرد.",)),
    ]


def _third_party_fa(bare: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        ("sources said that X denied", (f"منابع آگاه گفتند که {bare} این ادعا را تکذیب کرده است.",)),
    ]


# --- the grid ---------------------------------------------------------------------------------------------------------

# (language, frame, denier kind, paragraphs, the deniers it must draft, in order, on file)
Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...], bool]


def _grid() -> list[Row]:
    out: list[Row] = []
    for x, label, fem, on_file, kind in DENIERS_AR:
        for y, y_fem in ACCUSERS_AR:
            for frame, paras, n in _one_sentence_ar(x, fem, y, y_fem):
                out.append(("ar", frame, kind, paras, (label,) * n, on_file))
            for frame, paras, who in _two_sentences_ar(x, fem, y, y_fem, kind):
                out.append(("ar", frame, kind, paras, tuple(w or label for w in who), on_file))
            for frame, paras in _quotations_ar(x, fem, y):
                out.append(("ar", frame, kind, paras, (label,), on_file))
            for frame, paras in _nothing_ar(x, fem, y, y_fem):
                out.append(("ar", frame, kind, paras, (), on_file))
        for frame, paras in _third_party_ar(x, fem, x):
            out.append(("ar", frame, kind, paras, (label,), on_file))
    for x, bare, label, on_file, kind in DENIERS_FA:
        for y in ACCUSERS_FA:
            for frame, paras, n in _one_sentence_fa(x, bare, y):
                out.append(("fa", frame, kind, paras, (label,) * n, on_file))
            for frame, paras, who in _two_sentences_fa(x, bare, y, kind):
                out.append(("fa", frame, kind, paras, tuple(w or label for w in who), on_file))
            for frame, paras in _quotations_fa(x, y):
                out.append(("fa", frame, kind, paras, (label,), on_file))
            for frame, paras in _nothing_fa(bare, y):
                out.append(("fa", frame, kind, paras, (), on_file))
        for frame, paras in _third_party_fa(bare):
            out.append(("fa", frame, kind, paras, (label,), on_file))
    return out


GRID = _grid()
SAMPLE = sorted(random.Random(42).sample(range(len(GRID)), min(len(GRID), 400)))

# combinations not read yet: none since round 43 (a Persian state of one word, unknown to name data, after 'اما' or
# 'که', 'اما کسلیا این ادعا را رد کرد', is read by the word before 'این' that opens the object)
NOT_YET: set[tuple[str, tuple[str, ...]]] = set()


def _case(i: int):
    language, frame, kind, paragraphs, expected, on_file = GRID[i]
    marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if (frame, paragraphs) in NOT_YET else []
    return pytest.param(language, paragraphs, expected, on_file, id=f"{language}|{frame}|{kind}|{i}", marks=marks)


@pytest.mark.parametrize(("language", "paragraphs", "expected", "on_file"), [_case(i) for i in SAMPLE])
def test_every_denial_goes_to_its_denier_not_its_accuser(language, paragraphs, expected, on_file):
    assert deniers(language, AF_LEAD[language], *paragraphs, index=index_if(on_file)) == list(expected)


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected", "on_file"),
    [_case(i) for i in SAMPLE[::5] if (GRID[i][1], GRID[i][3]) not in NOT_YET],
)
def test_the_grid_reads_alike_in_the_other_letters_and_without_the_non_joiner(language, paragraphs, expected, on_file):
    for form in (other_letters, no_zwnj):
        changed = tuple(form(p) for p in paragraphs)
        if changed == paragraphs:
            continue
        assert deniers(language, AF_LEAD[language], *changed, index=index_if(on_file)) == [form(w) for w in expected], (
            form.__name__
        )


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a verb of the accuser's gender that 'و' joins to the accusation is the accuser's, not the accused's
        (
            ("واتهمت حركة النور كتائب كيسل بقصف مدينة أسترا، ونفت أن تكون قواتها في المدينة.",),
            [("denial", "حركة النور")],
        ),
        # a denial two sentences after the accusation is not the accused's by that alone
        (
            (
                "واتهم ليث عارف وزارة الدفاع الكسلية بقصف مدينة أسترا. وقال سامي حمدان إن القصف استمر ساعتين. لكنه نفى"
                " أن تكون القوات قد دخلت المدينة.",
            ),
            [("reported", "ليث عارف"), ("reported", "سامي حمدان"), ("denial", "سامي حمدان")],
        ),
        # the one accused named after a person on file with his office: the office and its holder are the accused's
        (
            ("واتهم رئيس الوزراء العراقي محمد شياع السوداني كتائب كيسل بقصف مدينة أسترا، وهو ما نفته.",),
            [("denial", "كتائب كيسل")],
        ),
    ],
)
def test_what_the_accuser_keeps(paragraphs, expected):
    assert [(k, w) for k, w, _ in said("ar", LEAD_AR, *paragraphs, index=project_index())] == expected
