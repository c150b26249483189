"""Arabic and Persian, round 44 of issue 17: denials relayed through others, where the denier is easily mistaken for
the outlet, the accuser or a speaker who reports it (a generated grid of made-up sentences).

Round 41's grid (test_consistency_af_lex41.py) crossed relays with the denial as a noun and round 42's (af_lex42) the
accuser and the denier in one sentence; this one crosses:

- the relay: 'ونقلت وكالة X عن Y نفيه ...', 'وقال Y لـ«X» إن ... عارية عن الصحة', '... ، وفق ما نقلته وكالة X', 'وقالت
  وكالة X إن Y نفى', 'وأكد Y في تصريح لـ«X» أن ...'; 'به گزارش خبرگزاری X، Y ... را تکذیب کرد', 'به نقل از X، ...', 'Y در
  گفت‌وگو با خبرگزاری X گفت ... نادرست است', 'Y به X گفت', 'X گزارش داد که Y ...', 'X به نقل از Y نوشت'; the outlet is
  never the denier;
- the denier: an office and its holder ('المتحدث باسم وزارة الدفاع الكسلية العميد سامي الوردي', 'سخنگوی وزارت خارجه
  کسلیا، رامین دلاوری،'), a person, an office alone, a body ('الحكومة الكسلية', 'وزارت دفاع کسلیا'), an unnamed source
  ('مصدر أمني', 'یک منبع آگاه');
- the denial's words: verbs (نفى، كذّب، فنّد، ردّ على; تکذیب کرد، رد کرد، نادرست خواند، بی‌اساس خواند، شایعه خواند) and
  nouns or adjectives (عارية عن الصحة، لا صحة، مفبركة، ادعاءات لا أساس لها; کذب محض، عاری از حقیقت، نادرست);
- the charge told in the paragraph before, or not;
- controls: the accuser's claim through an outlet, a third party's report of the denial ('وقال X إن Y نفى' → Y), a
  confirmation and a question (no denial).

On main before round 44, 180 of the 700 sampled combinations failed (of the whole grid's 3974, 670 by the wrong
denier and 352 drafted as a claim), counted by kind: Arabic 85 to the wrong denier, 69 drafted as a claim; Persian 26
to the wrong denier; none unread, none a denial where there is none. By the change that mended them: an unnamed denier
after 'إن', 'أن' or 'لكن' named in the accusative ('مصدرا أمنيا', 'متحدثا باسم الحكومة' read as a name) where the gold
names it in the nominative ('مصدر أمني'); 'كذب' before 'وافتراء' or 'محض' read as the verb, its subject a denier
'وافتراء'; 'مجرد كذب', 'تضليل إعلامي' and 'خلافا لما أوردته X' no denial (a claim); 'ردّه على' read into the relayed
office ('المتحدث باسم ... ردّه'); Persian 'چنین' read into the denier ('دولت کسلیا چنین'). After round 44 none fails;
a pronoun after a person named in a relayed sentence was not read until round 45 (below).

Each combination must draft one denial by the right denier, or none. The grid is sampled with a fixed seed so that it
runs in well under a minute. Made-up names only (سامي الوردي، ليث عارف، حركة النور، وكالة أنباء أسترا، قناة النور،
كسليا; رامین دلاوری، کاوه نیک‌نام، جبهه آسترا، خبرگزاری آسترا، روزنامه نور، کسلیا).
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import AF_LEAD, deniers, no_zwnj, other_letters, unique_paragraphs

ZWNJ = "\u200c"

# --- Arabic -----------------------------------------------------------------------------------------------------------

# (subject as written, the same after 'إن'/'أن' (its accusative), the label its denial gets, feminine, kind)
DENIERS_AR = [
    (
        "المتحدث باسم وزارة الدفاع الكسلية العميد سامي الوردي",
        "المتحدث باسم وزارة الدفاع الكسلية العميد سامي الوردي",
        "سامي الوردي",
        False,
        "office and name",
    ),
    ("سامي الوردي", "سامي الوردي", "سامي الوردي", False, "person"),
    (
        "المتحدث باسم وزارة الدفاع الكسلية",
        "المتحدث باسم وزارة الدفاع الكسلية",
        "المتحدث باسم وزارة الدفاع الكسلية",
        False,
        "office",
    ),
    ("الحكومة الكسلية", "الحكومة الكسلية", "الحكومة الكسلية", True, "body"),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True, "ministry"),
    ("مصدر أمني", "مصدرا أمنيا", "مصدر أمني", False, "source"),
    ("مسؤول عسكري كسلي", "مسؤولا عسكريا كسليا", "مسؤول عسكري كسلي", False, "official"),
    ("متحدث باسم الحكومة الكسلية", "متحدثا باسم الحكومة الكسلية", "متحدث باسم الحكومة الكسلية", False, "a spokesman"),
]
OUTLETS_AR = ["وكالة أنباء أسترا", "قناة النور"]
CHARGE_AR = "وقالت حركة النور إن القوات الكسلية انسحبت من مدينة أسترا."
NEWS_AR = "الأنباء عن انسحاب القوات من مدينة أسترا"

# (name, masculine past, feminine past, verbal noun, what follows the verb)
VERBS_AR = [
    ("نفى", "نفى", "نفت", "نفي", NEWS_AR),
    ("كذّب", "كذّب", "كذّبت", "تكذيب", NEWS_AR),
    ("فنّد", "فنّد", "فنّدت", "تفنيد", NEWS_AR),
    ("ردّ على", "ردّ", "ردّت", "ردّ", f"على {NEWS_AR}، واصفا إياها بأنها كاذبة"),
]
# (name, the clause after 'إن')
CLAUSES_AR = [
    ("عارية عن الصحة", f"إن {NEWS_AR} عارية عن الصحة"),
    ("لا صحة", "إنه لا صحة للأنباء عن انسحاب القوات من مدينة أسترا"),
    ("مفبركة", "إن الصور المتداولة عن انسحاب القوات من مدينة أسترا مفبركة"),
    ("ادعاءات", "إن ما يتردد عن انسحاب القوات من مدينة أسترا ادعاءات لا أساس لها"),
    ("كذب وافتراء", f"إن {NEWS_AR} كذب وافتراء"),
    ("كذب محض", "إن ما نشرته حركة النور عن انسحاب القوات كذب محض"),
    ("مجرد كذب", "إن ما نشرته حركة النور عن انسحاب القوات مجرد كذب"),
    ("تضليل إعلامي", "إن ما أوردته حركة النور عن انسحاب القوات تضليل إعلامي"),
    ("خلافا لما", "إن القوات لم تنسحب من مدينة أسترا، خلافا لما أوردته حركة النور"),
]


def _verb_frames_ar(s: str, acc: str, fem: bool, outlet: str, verb: tuple) -> list[tuple[str, str, bool]]:
    """(frame, sentence, whether the subject denies)."""
    _, masc, femv, noun, what = verb
    past = femv if fem else masc
    his = "ها" if fem else "ه"
    what = what.replace("واصفا", "واصفة") if fem else what
    # ('ردّ على' keeps its 'على' after the verbal noun: 'ردّه على')
    return [
        ("verb", f"و{past} {s} {what}.", True),
        ("quoted X denying", f"ونقلت {outlet} عن {s} {noun}{his} {what}.", True),
        ("verb, as X relayed it", f"و{past} {s} {what}، وفق ما نقلته {outlet}.", True),
        ("X said that he denied", f"وقالت {outlet} إن {acc} {past} {what}.", True),
        ("X reported that he denied", f"وأفادت {outlet} بأن {acc} {past} {what}.", True),
        ("but he denied", f"لكن {acc} {past} {what}.", True),
        ("a third party said that he denied", f"وقال ليث عارف إن {acc} {past} {what}.", True),
        ("a question", f"فهل {past} {s} {what}؟", False),
    ]


def _clause_frames_ar(s: str, fem: bool, outlet: str, clause: str) -> list[tuple[str, str, bool]]:
    t = "ت" if fem else ""
    his = "ها" if fem else "ه"
    that = "أن" + clause[2:]
    return [
        ("said, false", f"وقال{t} {s} {clause}.", True),
        ("told «X», false", f"وقال{t} {s} لـ«{outlet}» {clause}.", True),
        ("told X, false", f"وقال{t} {s} ل{outlet} {clause}.", True),
        ("said, as X relayed it, false", f"وقال{t} {s}، وفق ما نقلته {outlet}، {clause}.", True),
        ("X quoted him saying, false", f"ونقلت {outlet} عن {s} قول{his} {clause}.", True),
        ("stressed to «X», false", f"وأكد{t} {s} في تصريح لـ«{outlet}» {that}.", True),
    ]


def _controls_ar(s: str, fem: bool, outlet: str) -> list[tuple[str, str, bool]]:
    t = "ت" if fem else ""
    return [
        ("the accuser told «X»", "وقالت حركة النور لـ«" + outlet + "» إن القوات الكسلية انسحبت من مدينة أسترا.", False),
        ("X quoted the accuser", f"ونقلت {outlet} عن حركة النور قولها إن القوات الكسلية انسحبت من مدينة أسترا.", False),
        ("confirmed to «X»", f"وأكد{t} {s} لـ«{outlet}» صحة الأنباء عن انسحاب القوات من مدينة أسترا.", False),
        # (contrary to an agreement, not to a report; misleading, what one side accuses another of)
        ("contrary to the agreement", f"وقال{t} {s} لـ«{outlet}» إن القوات ستبقى في مدينة أسترا خلافا للاتفاق.", False),
        ("accused of misleading", f"واتهمت حركة النور {s} بالتضليل.", False),
    ]


# --- Persian ----------------------------------------------------------------------------------------------------------

# (subject as written, the label, kind)
DENIERS_FA = [
    ("سخنگوی وزارت خارجه کسلیا، رامین دلاوری،", "رامین دلاوری", "office and name"),
    ("رامین دلاوری", "رامین دلاوری", "person"),
    ("سخنگوی وزارت خارجه کسلیا", "سخنگوی وزارت خارجه کسلیا", "office"),
    ("دولت کسلیا", "دولت کسلیا", "body"),
    ("وزارت دفاع کسلیا", "وزارت دفاع کسلیا", "ministry"),
    ("یک منبع آگاه", "یک منبع آگاه", "source"),
    ("یک مقام امنیتی کسلیا", "یک مقام امنیتی کسلیا", "official"),
]
OUTLETS_FA = ["خبرگزاری آسترا", "روزنامه نور"]
CHARGE_FA = f"جبهه آسترا مدعی شد که نیروهای کسلیا از شهر آسترا عقب نشسته{ZWNJ}اند."

# (name, the object and verb of the denial)
VERBS_FA = [
    ("تکذیب کرد", "این خبر را تکذیب کرد"),
    ("رد کرد", "این گزارش را رد کرد"),
    ("نادرست خواند", "این خبر را نادرست خواند"),
    ("بی‌اساس خواند", f"این ادعا را بی{ZWNJ}اساس خواند"),
    ("شایعه خواند", "این خبر را شایعه خواند"),
    ("چنین ... رد کرده بود", "چنین ادعاهایی را رد کرده بود"),
    ("چنین ... تکذیب کرد", "چنین خبری را تکذیب کرد"),
]
# (name, the clause after 'گفت')
CLAUSES_FA = [
    ("کذب محض", "این خبر کذب محض است"),
    ("عاری از حقیقت", "این ادعا عاری از حقیقت است"),
    ("نادرست", "این گزارش نادرست است"),
]


def _verb_frames_fa(s: str, outlet: str, verb: str) -> list[tuple[str, str, bool]]:
    return [
        ("verb", f"{s} {verb}.", True),
        ("according to X's report, verb", f"به گزارش {outlet}، {s} {verb}.", True),
        ("quoting X, verb", f"به نقل از {outlet}، {s} {verb}.", True),
        ("in an interview with X, verb", f"{s} در گفت{ZWNJ}وگو با {outlet} {verb}.", True),
        ("X reported that he denied", f"{outlet} گزارش داد که {s} {verb}.", True),
        ("a third party said that he denied", f"کاوه نیک{ZWNJ}نام گفت که {s} {verb}.", True),
        ("a question", f"آیا {s} {verb}؟", False),
    ]


def _clause_frames_fa(s: str, outlet: str, clause: str) -> list[tuple[str, str, bool]]:
    return [
        ("said, false", f"{s} گفت {clause}.", True),
        ("said that, false", f"{s} گفت که {clause}.", True),
        ("in an interview with X said, false", f"{s} در گفت{ZWNJ}وگو با {outlet} گفت {clause}.", True),
        ("told X, false", f"{s} به {outlet} گفت {clause}.", True),
        ("according to X's report, said, false", f"به گزارش {outlet}، {s} گفت {clause}.", True),
        ("X wrote quoting him, false", f"{outlet} به نقل از {s} نوشت: {clause}.", True),
    ]


def _controls_fa(s: str, outlet: str) -> list[tuple[str, str, bool]]:
    return [
        (
            "the accuser told X",
            f"جبهه آسترا به {outlet} گفت نیروهای کسلیا از شهر آسترا عقب نشسته{ZWNJ}اند.",
            False,
        ),
        (
            "according to X's report, the accuser claimed",
            f"به گزارش {outlet}، جبهه آسترا مدعی شد که نیروهای کسلیا از شهر آسترا عقب نشسته{ZWNJ}اند.",
            False,
        ),
        ("confirmed to X", f"{s} در گفت{ZWNJ}وگو با {outlet} این خبر را تأیید کرد.", False),
    ]


# --- the grid ---------------------------------------------------------------------------------------------------------

# (language, frame, denier kind, paragraphs, the deniers it must draft)
Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def _rows(
    language: str, kind: str, label: str, charge: str, frames: list[tuple[str, str, bool]], words: str
) -> list[Row]:
    out: list[Row] = []
    for frame, sentence, denies in frames:
        expected = (label,) if denies else ()
        out.append((language, f"{frame}|{words}", kind, (sentence,), expected))
        out.append((language, f"charge before, {frame}|{words}", kind, (charge, sentence), expected))
    return out


def _grid() -> list[Row]:
    out: list[Row] = []
    for s, acc, label, fem, kind in DENIERS_AR:
        for outlet in OUTLETS_AR:
            for verb in VERBS_AR:
                out += _rows("ar", kind, label, CHARGE_AR, _verb_frames_ar(s, acc, fem, outlet, verb), verb[0])
            for name, clause in CLAUSES_AR:
                out += _rows("ar", kind, label, CHARGE_AR, _clause_frames_ar(s, fem, outlet, clause), name)
            out += _rows("ar", kind, label, CHARGE_AR, _controls_ar(s, fem, outlet), "control")
    for s, label, kind in DENIERS_FA:
        for outlet in OUTLETS_FA:
            for name, verb in VERBS_FA:
                out += _rows("fa", kind, label, CHARGE_FA, _verb_frames_fa(s, outlet, verb), name)
            for name, clause in CLAUSES_FA:
                out += _rows("fa", kind, label, CHARGE_FA, _clause_frames_fa(s, outlet, clause), name)
            out += _rows("fa", kind, label, CHARGE_FA, _controls_fa(s, outlet), "control")
    # (variants that come out as the same text are one case)
    return unique_paragraphs(out, at=3)


GRID = _grid()
SAMPLE = sorted(random.Random(44).sample(range(len(GRID)), min(len(GRID), 700)))

# combinations not read yet, by their frame (below, with the reason)
NOT_YET: dict[str, str] = {}


def _case(i: int):
    language, frame, kind, paragraphs, expected = GRID[i]
    reasons = [why for shape, why in NOT_YET.items() if shape in frame]
    marks = [pytest.mark.xfail(strict=True, reason=reasons[0])] if reasons else []
    return pytest.param(language, paragraphs, expected, id=f"{language}|{frame}|{kind}|{i}", marks=marks)


@pytest.mark.parametrize(("language", "paragraphs", "expected"), [_case(i) for i in SAMPLE])
def test_every_relayed_denial_goes_to_its_denier(language, paragraphs, expected):
    assert deniers(language, AF_LEAD[language], *paragraphs) == list(expected)


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [_case(i) for i in SAMPLE[::7] if not any(shape in GRID[i][1] for shape in NOT_YET)],
)
def test_the_grid_reads_alike_in_the_other_letters_and_without_the_non_joiner(language, paragraphs, expected):
    for form in (other_letters, no_zwnj):
        changed = tuple(form(p) for p in paragraphs)
        if changed == paragraphs:
            continue
        assert deniers(language, AF_LEAD[language], *changed) == [form(w) for w in expected], form.__name__


# --- a pronoun after a person named in a relayed sentence that says nothing ---------------------------------------------

# ('به گزارش X، Y ... رفت. وی ... تکذیب کرد', 'وبحسب X، وصل Y ... . ونفى ...'): the pronoun, or the verb with no subject,
# is Y, the one person the relayed sentence names. Until round 45 it was read as the last who spoke, the accuser, since
# a sentence opened by the outlet's credit and with no verb of saying recorded no one (without the credit, Y was read);
# now the subject after the credit is named as it is without it.
RELAYED_THEN_PRONOUN = [
    (
        "fa",
        (
            CHARGE_FA,
            "به گزارش خبرگزاری آسترا، رامین دلاوری روز یکشنبه به شهر آسترا رفت.",
            f"{p} این ادعا را تکذیب کرد.",
        ),
    )
    for p in ("وی", "او")
] + [
    (
        "ar",
        (
            CHARGE_AR,
            "وبحسب وكالة أنباء أسترا، وصل سامي الوردي إلى مدينة أسترا يوم الأحد.",
            "ونفى الأنباء عن انسحاب القوات من مدينة أسترا.",
        ),
    )
]


@pytest.mark.parametrize(("language", "paragraphs"), RELAYED_THEN_PRONOUN)
def test_a_pronoun_after_a_relayed_sentence_is_the_person_it_names(language, paragraphs):
    label = "رامین دلاوری" if language == "fa" else "سامي الوردي"
    assert deniers(language, AF_LEAD[language], *paragraphs) == [label]
