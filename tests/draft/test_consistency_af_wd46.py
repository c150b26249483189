"""Arabic and Persian, round 46 of issue 17: statements whose speaker or denier is easily mistaken (made-up variants of
each shape, with controls).

- a spokesman and his body, in either order ('سخنگوی X، Y، ...', 'Y، سخنگوی X، ...', 'المتحدث باسم X Y', 'قال Y
  المتحدث باسم X'): the person speaks, the body is his description;
- a statement relayed by an agency or an outlet ('به گزارش X، Y گفت', 'به نقل از X', 'نقلت X عن Y', 'وأفادت X نقلا
  عن مصدر', 'ذكرت وكالة X أن Y نفى', 'Y در گفت‌وگو با X گفت', 'قال Y في مقابلة مع مجلة X'): Y, never the agency;
- the accuser and the accused in one paragraph ('X Y را متهم کرد ...؛ Y این اتهام را رد کرد', 'اتهمت X Y بمهاجمة
  ... ونفت Y'): the accused denies, named as the text names it (never with the charge's words);
- a pronoun or a verb with no subject ('او افزود', 'وی گفت', 'وأضاف', 'وتابعت') when the last named person is not
  the one who speaks: the speaker of the sentence before;
- a paragraph that opens with a quotation and names its speaker at its end, after another speaker's paragraph;
- ranks, clerical titles and honorifics ('سردار', 'سرتیپ', 'حجت‌الاسلام', 'آقای', 'خانم', 'مولوی', 'ملا'; 'العميد',
  'اللواء', 'الشيخ', 'السيد'): the name after them speaks (the label may keep the title, it must hold the name);
- controls: an agency that relays no named speaker says nothing; 'X گفت که Y تکذیب کرده است': Y denies, not X.

Made-up names only (رامین دلاوری، سارا احمدی، مهدی رستمی، کاوه نیک‌نام، وزارت دفاع کسلیا، جبهه آسترا، خبرگزاری
آسترا؛ سامي حمدان، ليث عارف، ماجد الساعدي، نبيل جابر، وزارة الدفاع الكسلية، حركة النور، كتائب كيسل، وكالة أسترا).
Each case is read with and without the repository's names on file. Counts before and after round 46 are in the
round's report (benchmarks/DRAFTING.md).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import af_units

Z = "\u200c"

# --- the people, bodies and context paragraphs ----------------------------------------------------------------------

NAMES_FA = ("رامین دلاوری", "سارا احمدی", "مهدی رستمی")
BODIES_FA = ("وزارت دفاع کسلیا", "جبهه آسترا")
OTHER_FA = f"کاوه نیک{Z}نام"
CLAIM_FA = f"{OTHER_FA} گفت: «نیروهای کسلیا به شهر آسترا حمله کردند.»"
WE_DID_NOT_FA = "«ما به شهر آسترا حمله نکردیم.»"

NAMES_AR = ("سامي حمدان", "ليث عارف", "ماجد الساعدي")
BODIES_AR = ("وزارة الدفاع الكسلية", "حركة النور", "كتائب كيسل")
OTHER_AR = "نبيل جابر"
CLAIM_AR = f"وقال {OTHER_AR} إن القوات الكسلية هاجمت مدينة أسترا."
WE_DID_NOT_AR = '"لم نهاجم مدينة أسترا"'

# A shape: (id, language, whether the other speaker's claim comes first, the paragraph with {N} a person, {B} a body,
# what the paragraph's units must name: 'N', 'B', a fixed description, or None for no unit at all; words no unit's
# label may hold; whether every unit must be a denial).
SHAPES = [
    # --- Persian: a spokesman and his body
    (
        "fa-spokesman-first",
        "fa",
        False,
        f"سخنگوی {{B}}، {{N}}، گزارش{Z}ها درباره حمله به شهر آسترا را تکذیب کرد.",
        "N",
        (),
        True,
    ),
    (
        "fa-name-first",
        "fa",
        False,
        f"{{N}}، سخنگوی {{B}}، گزارش{Z}ها درباره حمله به شهر آسترا را تکذیب کرد.",
        "N",
        (),
        True,
    ),
    ("fa-name-office-said", "fa", False, f"{{N}} سخنگوی {{B}} گفت: {WE_DID_NOT_FA}", "N", (), True),
    (
        "fa-name-office-interview",
        "fa",
        False,
        f"{{N}}، سخنگوی {{B}}، در گفت{Z}وگو با خبرگزاری آسترا این ادعا را رد کرد.",
        "N",
        ("خبرگزاری",),
        True,
    ),
    # --- Persian: relayed
    (
        "fa-according-to-agency-said",
        "fa",
        False,
        f"به گزارش خبرگزاری آسترا، {{N}} گفت: {WE_DID_NOT_FA}",
        "N",
        ("خبرگزاری",),
        True,
    ),
    (
        "fa-according-to-agency-denied",
        "fa",
        False,
        "به گزارش خبرگزاری آسترا، {N} این ادعا را تکذیب کرد.",
        "N",
        ("خبرگزاری",),
        True,
    ),
    (
        "fa-quoting-agency-denied",
        "fa",
        False,
        "به نقل از خبرگزاری آسترا، {N} این ادعا را رد کرد.",
        "N",
        ("خبرگزاری",),
        True,
    ),
    (
        "fa-agency-quoting-person",
        "fa",
        False,
        f"خبرگزاری آسترا به نقل از {{N}} گزارش داد که نیروهای کسلیا به شهر حمله نکرده{Z}اند.",
        "N",
        ("خبرگزاری",),
        False,
    ),
    (
        "fa-interview-with-agency",
        "fa",
        False,
        f"{{N}} در گفت{Z}وگو با خبرگزاری آسترا گفت: {WE_DID_NOT_FA}",
        "N",
        ("خبرگزاری",),
        True,
    ),
    (
        "fa-interview-with-person",
        "fa",
        False,
        f"{{N}} در گفت{Z}وگو با {OTHER_FA} گفت: {WE_DID_NOT_FA}",
        "N",
        ("کاوه",),
        True,
    ),
    ("fa-told-agency", "fa", False, f"{{N}} به خبرگزاری آسترا گفت: {WE_DID_NOT_FA}", "N", ("خبرگزاری",), True),
    (
        "fa-agency-reported-denial",
        "fa",
        False,
        "خبرگزاری آسترا گزارش داد که {N} این ادعا را تکذیب کرده است.",
        "N",
        ("خبرگزاری",),
        True,
    ),
    (
        "fa-said-that-other-denied",
        "fa",
        False,
        f"{OTHER_FA} گفت که {{N}} این ادعا را تکذیب کرده است.",
        "N",
        ("کاوه",),
        True,
    ),
    (
        "fa-according-to-agency-official",
        "fa",
        False,
        "به گزارش خبرگزاری آسترا، یک مقام {B} این گزارش را تکذیب کرد.",
        "مقام",
        ("خبرگزاری",),
        True,
    ),
    # --- Persian: the accuser and the accused
    (
        "fa-accused-semicolon",
        "fa",
        False,
        f"{OTHER_FA} {{B}} را متهم کرد که به شهر آسترا حمله کرده است؛ {{B}} این اتهام را رد کرد.",
        "B",
        ("کاوه",),
        True,
    ),
    (
        "fa-accused-of-attack",
        "fa",
        False,
        f"{OTHER_FA} {{B}} را به حمله به شهر آسترا متهم کرد. {{B}} این اتهام را رد کرد.",
        "B",
        ("کاوه",),
        True,
    ),
    (
        "fa-accused-but-statement",
        "fa",
        False,
        f"{OTHER_FA} {{B}} را متهم کرد که به شهر آسترا حمله کرده است. اما {{B}} در بیانیه{Z}ای این اتهام را رد کرد.",
        "B",
        ("کاوه",),
        True,
    ),
    (
        "fa-state-accused-person",
        "fa",
        False,
        "کسلیا {N} را متهم کرد که به شهر آسترا حمله کرده است؛ {N} این اتهام را رد کرد.",
        "N",
        ("کسلیا",),
        True,
    ),
    # --- Persian: a pronoun after another name
    ("fa-he-added", "fa", True, f"{{N}} این ادعا را رد کرد. او افزود: {WE_DID_NOT_FA}", "N", ("کاوه",), True),
    (
        "fa-met-then-he-said",
        "fa",
        False,
        f"{{N}} با {OTHER_FA} دیدار کرد. وی گفت: {WE_DID_NOT_FA}",
        "N",
        ("کاوه",),
        True,
    ),
    (
        "fa-referring-to-other",
        "fa",
        True,
        f"{{N}} این ادعا را رد کرد. وی با اشاره به سخنان {OTHER_FA} افزود: {WE_DID_NOT_FA}",
        "N",
        ("کاوه",),
        True,
    ),
    # --- Persian: a quotation first, its speaker at the end
    ("fa-quote-then-name-said", "fa", True, f"«ما هیچ حمله{Z}ای نکردیم»، {{N}} گفت.", "N", ("کاوه",), True),
    (
        "fa-quote-this-said-name-office",
        "fa",
        True,
        f"«ما هیچ حمله{Z}ای نکردیم»؛ این را {{N}}، سخنگوی {{B}}، گفت.",
        "N",
        ("کاوه",),
        True,
    ),
    (
        "fa-quote-then-sentence-name-said-this",
        "fa",
        True,
        f"«ما هیچ حمله{Z}ای نکردیم.» {{N}} این را گفت.",
        "N",
        ("کاوه",),
        True,
    ),
    # --- Persian controls
    (
        "fa-control-agency-no-speaker",
        "fa",
        False,
        "به گزارش خبرگزاری آسترا، نیروهای کسلیا از شهر عقب نشستند.",
        None,
        (),
        False,
    ),
    (
        "fa-control-quoting-agency-no-speaker",
        "fa",
        False,
        "به نقل از خبرگزاری آسترا، نیروهای {B} وارد شهر شدند.",
        None,
        (),
        False,
    ),
    # --- Arabic: a spokesman and his body
    ("ar-spokesman-first-denied", "ar", False, "المتحدث باسم {B} {N} نفى الأنباء عن انسحاب القوات.", "N", (), True),
    ("ar-said-name-spokesman", "ar", False, f"قال {{N}} المتحدث باسم {{B}}: {WE_DID_NOT_AR}.", "N", (), True),
    ("ar-denied-name-spokesman", "ar", False, "ونفى {N} المتحدث باسم {B} الأنباء عن انسحاب القوات.", "N", (), True),
    ("ar-denied-spokesman-name", "ar", False, "ونفى المتحدث باسم {B} {N} الأنباء عن انسحاب القوات.", "N", (), True),
    (
        "ar-spokesman-name-to-agency",
        "ar",
        False,
        f"وقال الناطق باسم {{B}} {{N}} لوكالة أسترا: {WE_DID_NOT_AR}.",
        "N",
        ("وكالة",),
        True,
    ),
    # --- Arabic: relayed
    (
        "ar-agency-quoted-saying",
        "ar",
        False,
        f"نقلت وكالة أسترا عن {{N}} قوله: {WE_DID_NOT_AR}.",
        "N",
        ("وكالة",),
        True,
    ),
    (
        "ar-agency-from-source-denying",
        "ar",
        False,
        "وأفادت وكالة أسترا نقلا عن مصدر في {B} أن القوات لم تنسحب، نافيا الأنباء عن الانسحاب.",
        "مصدر",
        ("وكالة",),
        True,
    ),
    (
        "ar-agency-mentioned-name-denied",
        "ar",
        False,
        "ذكرت وكالة أسترا أن {N} نفى الأنباء عن انسحاب القوات.",
        "N",
        ("وكالة",),
        True,
    ),
    (
        "ar-agency-mentioned-source-denied",
        "ar",
        False,
        "وذكرت وكالة أسترا أن مصدرا في {B} نفى الأنباء عن انسحاب القوات.",
        "مصدر",
        ("وكالة",),
        True,
    ),
    (
        "ar-agency-from-source-his-denial",
        "ar",
        False,
        "نقلت وكالة أسترا عن مصدر في {B} نفيه الأنباء عن انسحاب القوات.",
        "مصدر",
        ("وكالة",),
        True,
    ),
    (
        "ar-said-in-interview-with-magazine",
        "ar",
        False,
        f"وقال {{N}} في مقابلة مع مجلة أسترا: {WE_DID_NOT_AR}.",
        "N",
        ("مجلة",),
        True,
    ),
    (
        "ar-in-interview-magazine-first",
        "ar",
        False,
        f"وفي مقابلة مع مجلة أسترا، قال {{N}}: {WE_DID_NOT_AR}.",
        "N",
        ("مجلة",),
        True,
    ),
    (
        "ar-magazine-said-name-said-in-interview",
        "ar",
        False,
        f"وقالت مجلة أسترا إن {{N}} قال في مقابلة معها: {WE_DID_NOT_AR}.",
        "N",
        ("مجلة",),
        True,
    ),
    (
        "ar-site-said-sources-denied",
        "ar",
        False,
        "وقال موقع أسترا إنه بعد التواصل مع مصادر مقربة من {B}، نفت هذه المصادر الأنباء عن انسحاب القوات.",
        "مصادر",
        ("موقع",),
        True,
    ),
    (
        "ar-denied-in-talk-to-agency",
        "ar",
        False,
        "نفى {N} في حديث لوكالة أسترا الأنباء عن انسحاب القوات.",
        "N",
        ("وكالة",),
        True,
    ),
    (
        "ar-correspondent-said-source-denied",
        "ar",
        False,
        "وقال مراسل وكالة أسترا إن مصدرا في {B} نفى الأنباء عن انسحاب القوات.",
        "مصدر",
        ("مراسل",),
        True,
    ),
    # --- Arabic: the accuser and the accused
    (
        "ar-state-accused-body-denied",
        "ar",
        False,
        "اتهمت كسليا {B} بمهاجمة مدينة أسترا، ونفت {B} ذلك.",
        "B",
        ("بمهاجمة",),
        True,
    ),
    (
        "ar-person-accused-body-but-denied",
        "ar",
        False,
        f"اتهم {OTHER_AR} {{B}} بمهاجمة مدينة أسترا، لكن {{B}} نفت ذلك في بيان.",
        "B",
        ("نبيل", "بمهاجمة"),
        True,
    ),
    (
        "ar-person-accused-body-sentence-denied",
        "ar",
        False,
        f"واتهم {OTHER_AR} {{B}} بمهاجمة مدينة أسترا. ونفت {{B}} هذه الاتهامات.",
        "B",
        ("نبيل", "بمهاجمة"),
        True,
    ),
    (
        "ar-body-accused-person-denied",
        "ar",
        False,
        "واتهمت {B} {N} بالتحريض على الهجوم، ونفى {N} ذلك.",
        "N",
        ("بالتحريض",),
        True,
    ),
    # --- Arabic: the verb with no subject after another name
    ("ar-denied-then-added", "ar", True, f"ونفى {{N}} ذلك. وأضاف: {WE_DID_NOT_AR}.", "N", ("نبيل",), True),
    (
        "ar-met-then-said",
        "ar",
        False,
        f"واجتمع {{N}} مع {OTHER_AR} في مدينة أسترا، وقال بعد الاجتماع: {WE_DID_NOT_AR}.",
        "N",
        ("نبيل",),
        True,
    ),
    (
        "ar-body-denied-then-continued",
        "ar",
        True,
        'ونفت {B} الأنباء عن انسحاب القوات. وتابعت في بيانها: "قواتنا باقية في مواقعها".',
        "B",
        ("نبيل",),
        True,
    ),
    # --- Arabic: a quotation first, its speaker at the end
    ("ar-quote-then-said-name", "ar", True, f"{WE_DID_NOT_AR}، قال {{N}}.", "N", ("نبيل",), True),
    ("ar-quote-this-is-what-name-said", "ar", True, f"{WE_DID_NOT_AR}، هذا ما قاله {{N}}.", "N", ("نبيل",), True),
    (
        "ar-quote-with-these-words-denied",
        "ar",
        True,
        f"{WE_DID_NOT_AR}. بهذه الكلمات نفى {{N}} الأنباء.",
        "N",
        ("نبيل",),
        True,
    ),
    # --- Arabic controls
    ("ar-control-according-to-agency", "ar", False, "وبحسب وكالة أسترا، انسحبت قوات {B} من المدينة.", None, (), False),
]

TITLES_FA = ("سردار", "سرتیپ", "سرتیپ دوم", f"حجت{Z}الاسلام", "حجت الاسلام", "آقای", "خانم", "مولوی", "ملا")
TITLES_AR = ("العميد", "اللواء", "الشيخ", "السيد", "العقيد")
TITLE_SHAPES = [
    *[(f"fa-title-said-{t}", "fa", False, f"{t} {{N}} گفت: {WE_DID_NOT_FA}", "N", (), True) for t in TITLES_FA],
    *[(f"fa-title-denied-{t}", "fa", False, f"{t} {{N}} این گزارش را تکذیب کرد.", "N", (), True) for t in TITLES_FA],
    *[(f"ar-title-said-{t}", "ar", False, f"قال {t} {{N}}: {WE_DID_NOT_AR}.", "N", (), True) for t in TITLES_AR],
    *[
        (f"ar-title-denied-{t}", "ar", False, f"ونفى {t} {{N}} الأنباء عن انسحاب القوات.", "N", (), True)
        for t in TITLES_AR
    ],
]

# Shapes that round 46 leaves misread, with why (strict: a case read right must lose its mark).
HARD = {
    "fa-quote-then-sentence-name-said-this": (
        "a Persian quotation closed by its full stop, then a sentence of its own 'X این را گفت' (X said this): the"
        " quotation is read as a sentence with no verb of saying, and the next sentence's 'this' is not tied back to it"
    ),
}


def cases():
    """(id, language, paragraphs, what each unit must name, words no label may hold, whether each is a denial)."""
    for key, lang, claim_first, template, expect, forbid, denial in (*SHAPES, *TITLE_SHAPES):
        names, bodies = (NAMES_FA, BODIES_FA) if lang == "fa" else (NAMES_AR, BODIES_AR)
        context = ((CLAIM_FA if lang == "fa" else CLAIM_AR),) if claim_first else ()
        uses_n, uses_b = "{N}" in template, "{B}" in template
        pairs = [(n, b) for n in (names if uses_n else names[:1]) for b in (bodies if uses_b else bodies[:1])]
        if uses_n and uses_b:  # each name once, with the bodies in turn
            pairs = [(n, bodies[k % len(bodies)]) for k, n in enumerate(names)]
        for n, b in pairs:
            wanted = {"N": n, "B": b}.get(expect, expect) if expect else None
            case_id = f"{key}-{n if uses_n else ''}{'-' if uses_n and uses_b else ''}{b if uses_b else ''}".rstrip("-")
            marks = [pytest.mark.xfail(strict=True, reason=HARD[key])] if key in HARD else []
            yield pytest.param(
                lang,
                context,
                template.replace("{N}", n).replace("{B}", b),
                wanted,
                forbid,
                denial,
                id=case_id,
                marks=marks,
            )


def units_of(language: str, context: tuple[str, ...], paragraph: str, on_file: bool) -> list[tuple[str, str]]:
    """(kind, speaker) of the units ``paragraph`` adds after ``context`` (both after the lead)."""
    before = len(af_units(language, *context, on_file=on_file)) if context else 0
    return af_units(language, *context, paragraph, on_file=on_file)[before:]


def failure(found: list[tuple[str, str]], wanted: str | None, forbid: tuple[str, ...], denial: bool) -> str | None:
    """The kind of failure of ``found`` (None if it is read as wanted): 'statement where none', 'not read', 'wrong
    denier' or 'wrong speaker'."""
    if wanted is None:
        return "statement where none" if found else None
    if not found:
        return "not read"
    for kind, who in found:
        if kind != "denial" and who in (OTHER_FA, OTHER_AR):
            continue  # the accuser's own charge, or the one who tells of the denial: said, so no failure
        if wanted not in who or any(w in who for w in forbid):
            return "wrong denier" if kind == "denial" else "wrong speaker"
        if denial and kind != "denial":
            return "not read"
    return None


@pytest.mark.parametrize("on_file", [False, True], ids=["plain", "on-file"])
@pytest.mark.parametrize(("language", "context", "paragraph", "wanted", "forbid", "denial"), list(cases()))
def test_the_speaker_or_denier_is_the_one_who_speaks(language, context, paragraph, wanted, forbid, denial, on_file):
    found = units_of(language, context, paragraph, on_file)
    assert failure(found, wanted, forbid, denial) is None, found
