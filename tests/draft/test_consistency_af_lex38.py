"""Arabic and Persian, round 38 of issue 17: a quotation's speaker is drafted alike whoever speaks, whatever the verb
of saying, whatever the frame (a generated grid of made-up sentences, as round 37's English one).

The existing Arabic and Persian tests of quotations draw a few speakers and verbs at a time (test_consistency_ar.py,
test_consistency_fa.py) or take the one frame an article had; this grid crosses them. It crosses the kinds of speaker
(a rank before the name, an office before it with and without commas, an office after it, a kunya, a person on file
with his office, a body named bare or with its state, a dropped subject, 'وی'/'او', the surname alone and 'the
spokesman' after the person was named in the paragraph or the sentence before) with the verbs of saying news uses
(Arabic قال، أضاف، أكد، أوضح، تابع، ذكر، أشار، شدد، صرح، أعلن، كتب، غرد in the past with و or ف and in the present,
masculine and feminine, the participles مبينا، مضيفا، لافتا، موضحا, 'وفقا لـ' and 'بحسب'; Persian گفت، افزود، تأکید
کرد، اظهار داشت، بیان کرد، اعلام کرد، نوشت، ادامه داد، خاطرنشان کرد, the perfect and the present, and 'به گفته'), in the
frames news sets them in ('قال X إن «...»', 'قال X: «...»', '«...»، قال X', 'قال X لوكالة ...: ...', 'قال X في بيان
...', 'X في تصريح لوكالة ...:', speech after a colon without marks, 'X در گفتگو با ... گفت: «...»', a quotation split
around its tag, one over two paragraphs, a day and a place between the speaker and the quotation). Each combination
is written with «», “” and straight marks, and with and without another person named earlier in the paragraph (who
must not get the quotation); a sample is also read with the other script's ي/ی and ك/ک and without the zero-width
non-joiner. Every quotation of a combination must be drafted with its speaker and no other, and no other words as a
quotation.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only (دارا فيني، دارا
ونی، لواء كيسل، تیپ کسل، فالدوريا، أسترا), apart from the people on file (نوري المالكي، بشار اسد), whose records the
index reads.

On main before round 38, 3822 of the 12528 combinations failed with «» (each counted under its first cause): 1802 a
Persian rank before a name in a sentence of no speech ('سرهنگ X ... رسید. وی گفت', 'او', a dropped subject, the surname:
given to no one, or to the other person named); 528 an Arabic body's plain name after 'باسم' run on into its holder's
('المتحدث باسم لواء كيسل X Y' the speaker whole) and 528 'وقال المتحدث' after such a man named in a sentence of no
speech; 486 'former' after an office's state adjective read as its object ('رئيس الوزراء العراقي الأسبق X' as 'رئيس
الوزراء العراقي'); 418 a Persian office and state before a person on file ('رئیس‌جمهور سابق سوریه بشار اسد' whole); 30
a name before a past verb after another sentence of the paragraph; 20 a label with a remark before its colon ('X في
تصريح لوكالة Y: «...»'); 8 a participle after a deed whose subject has an office between commas (given to 'باسم لواء
كيسل'); 2 'وفقا للواء X' read as 'الواء'. After it none fails.

Left out, as not read right when the grid was made: the present of declaring, announcing, writing and tweeting
('ويصرح X:', 'وتعلن الوزارة أن'; 'X تعلن ...' opens headlines whose later clauses the verb would then take; round 39
reads them in body text with a subject and words after them, tests/draft/test_consistency_af_m39.py), and a body
before its past verb with a made-up state after 'في' ('وزارة الداخلية في فالدوريا قالت', read only with a place on
file).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest

from generator.draft.names import NameIndex
from tests.draft.conftest import AF_LEAD, analyse, index_if, no_zwnj, other_letters, project_index

WORDS_AR = "المعبر في أسترا مغلق ولم يعبر أحد منذ الصباح"
MORE_AR = "سنبقى في المدينة حتى تنتهي المحادثات"
WORDS_FA = "گذرگاه آسترا بسته است و از صبح کسی عبور نکرده است"
MORE_FA = "ما تا پایان گفت\u200cوگوها در شهر می\u200cمانیم"

# another person, named earlier in the paragraph, who must not get the quotation
OTHER_AR = "وغادر المزارع سامي حمدان مدينة أسترا الأسبوع الماضي."
OTHER_FA = "رامین دلاوری، کشاورزی از آسترا، هفته گذشته از شهر گریخت."


@dataclass(frozen=True)
class Speaker:
    kind: str
    subject: str  # as written before its verb ('' for a dropped subject)
    inverted: str | None  # as written after an inverted verb or 'according to' (None: not written so)
    labels: tuple[str, ...]  # the labels its quotations may get (the first the one the text reads best)
    before: str | None = None  # the sentence before that names it (for an anaphor)
    same_paragraph: bool = False  # whether that sentence opens the frame's paragraph rather than the one before
    on_file: bool = False  # whether the index of the records on file is read
    feminine: bool = False


_NAMED_AR = "ووصل العقيد دارا فيني إلى أسترا يوم الاثنين."
_NAMED_OFFICE_AR = "ووصل المتحدث باسم لواء كيسل دارا فيني إلى أسترا يوم الاثنين."

SPEAKERS_AR = [
    Speaker("title", "العقيد دارا فيني", "العقيد دارا فيني", ("دارا فيني",)),
    Speaker("office before", "المتحدث باسم لواء كيسل دارا فيني", "المتحدث باسم لواء كيسل دارا فيني", ("دارا فيني",)),
    Speaker("office, name", "المتحدث باسم لواء كيسل، دارا فيني،", "المتحدث باسم لواء كيسل، دارا فيني", ("دارا فيني",)),
    Speaker("name, office", "دارا فيني، المتحدث باسم لواء كيسل،", "دارا فيني، المتحدث باسم لواء كيسل", ("دارا فيني",)),
    Speaker("kunya", "أبو دارا الفيني", "أبو دارا الفيني", ("أبو دارا الفيني",)),
    Speaker(
        "on file",
        "رئيس الوزراء العراقي الأسبق نوري المالكي",
        "رئيس الوزراء العراقي الأسبق نوري المالكي",
        ("Nouri Al-Maliki",),
        on_file=True,
    ),
    Speaker("body", "لواء كيسل", "لواء كيسل", ("لواء كيسل",)),
    Speaker(
        "body of state",
        "وزارة الداخلية في فالدوريا",
        "وزارة الداخلية في فالدوريا",
        ("وزارة الداخلية في فالدوريا", "وزارة الداخلية"),
        feminine=True,
    ),
    Speaker(
        "body, adjective",
        "وزارة الداخلية الفالدورية",
        "وزارة الداخلية الفالدورية",
        ("وزارة الداخلية الفالدورية",),
        feminine=True,
    ),
    Speaker("dropped", "", None, ("دارا فيني",), before=_NAMED_AR),
    Speaker("dropped, same paragraph", "", None, ("دارا فيني",), before=_NAMED_AR, same_paragraph=True),
    Speaker("surname", "فيني", "فيني", ("دارا فيني",), before=_NAMED_AR),
    Speaker("the spokesman", "المتحدث", "المتحدث", ("دارا فيني",), before=_NAMED_OFFICE_AR),
]

_NAMED_FA = "سرهنگ دارا ونی روز دوشنبه به آسترا رسید."
_NAMED_OFFICE_FA = "دارا ونی، سخنگوی تیپ کسل، روز دوشنبه به آسترا رسید."

SPEAKERS_FA = [
    Speaker("title", "سرهنگ دارا ونی", "سرهنگ دارا ونی", ("دارا ونی",)),
    Speaker("office before", "سخنگوی تیپ کسل دارا ونی", "سخنگوی تیپ کسل دارا ونی", ("دارا ونی",)),
    Speaker("office, name", "سخنگوی تیپ کسل، دارا ونی،", "سخنگوی تیپ کسل، دارا ونی", ("دارا ونی",)),
    Speaker("name, office", "دارا ونی، سخنگوی تیپ کسل،", "دارا ونی، سخنگوی تیپ کسل", ("دارا ونی",)),
    Speaker("kunya", "ابو دارا الفینی", "ابو دارا الفینی", ("ابو دارا الفینی",)),
    Speaker(
        "on file",
        "رئیس\u200cجمهور سابق سوریه بشار اسد",
        "رئیس\u200cجمهور سابق سوریه بشار اسد",
        ("Bashar al-Assad",),
        on_file=True,
    ),
    Speaker("body", "تیپ کسل", "تیپ کسل", ("تیپ کسل",)),
    Speaker("body of state", "وزارت کشور فالدوریا", "وزارت کشور فالدوریا", ("وزارت کشور فالدوریا",)),
    Speaker("body bare", "وزارت کشور", "وزارت کشور", ("وزارت کشور",)),
    Speaker("pronoun vey", "وی", None, ("دارا ونی",), before=_NAMED_FA),
    Speaker("pronoun u", "او", None, ("دارا ونی",), before=_NAMED_FA),
    Speaker("pronoun, same paragraph", "وی", None, ("دارا ونی",), before=_NAMED_FA, same_paragraph=True),
    Speaker("dropped", "", None, ("دارا ونی",), before=_NAMED_FA),
    Speaker("surname", "ونی", "ونی", ("دارا ونی",), before=_NAMED_FA),
    Speaker("this official", "این مقام", None, ("دارا ونی",), before=_NAMED_OFFICE_FA),
]

# --- Arabic verbs and frames ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerbAr:
    past: str
    past_f: str
    present: str | None  # (None: a present that is not speech in every sense, left out)
    present_f: str | None
    that: str | None  # the particle before 'that' it takes (None: it takes none)
    inverted: bool  # whether news sets it after a quotation ('«...»، قال X')


# (not the present of 'تابع' nor of 'ذكر', also 'follows' and 'remembers', and 'ويذكر أن' the reporter's aside; nor
# 'تشدد', also a noun, 'strictness'; the present of declaring, announcing, writing and tweeting is left to
# test_consistency_af_m39: 'X تعلن ...' opens headlines whose other clauses it would take, see the module's docstring)
VERBS_AR = [
    VerbAr("قال", "قالت", "يقول", "تقول", "إن", True),
    VerbAr("أضاف", "أضافت", "يضيف", "تضيف", "أن", True),
    VerbAr("أكد", "أكدت", "يؤكد", "تؤكد", "أن", True),
    VerbAr("أوضح", "أوضحت", "يوضح", "توضح", "أن", True),
    VerbAr("تابع", "تابعت", None, None, None, True),
    VerbAr("ذكر", "ذكرت", None, None, "أن", True),
    VerbAr("أشار", "أشارت", "يشير", "تشير", "إلى أن", False),
    VerbAr("شدد", "شددت", "يشدد", None, "على أن", False),
    VerbAr("صرح", "صرحت", None, None, "بأن", True),
    VerbAr("أعلن", "أعلنت", None, None, "أن", False),
    VerbAr("كتب", "كتبت", None, None, None, True),
    VerbAr("غرد", "غردت", None, None, None, True),
]

# (masculine, feminine, the particle before 'that')
PARTICIPLES_AR = [
    ("مبينا", "مبينة", "أن"),
    ("مضيفا", "مضيفة", "أن"),
    ("لافتا", "لافتة", "إلى أن"),
    ("موضحا", "موضحة", "أن"),
]

# where the words were given, between the subject and the quotation
OCCASIONS_AR = ["في بيان", "لوكالة أنباء النور", "في تصريح لوكالة أنباء النور", "يوم الخميس في أسترا", "، يوم الخميس،"]
# where words were written online
POSTED_AR = ["على منصة إكس", "في تغريدة على منصة إكس"]

W, M = "\x01", "\x02"  # the two quotations, filled in by language


def _between(subject: str, words: str) -> str:
    """``subject`` and ``words`` after it (an aside opened by a comma follows the subject without a space)."""
    if not words:
        return subject
    if not subject:
        return words.lstrip("، ") if words.startswith("،") else words
    joined = f"{subject}{words}" if words.startswith("،") else f"{subject} {words}"
    return joined.replace("،،", "،")


def _frames_ar(verb: VerbAr, s: Speaker) -> list[tuple[str, list[str], int]]:
    """(frame name, the paragraphs of the frame, how many quotations it has) of one verb with one speaker."""
    past, present = (verb.past_f, verb.present_f) if s.feminine else (verb.past, verb.present)
    sv = _between(past, s.subject) if s.subject else past  # 'قال X' with what X ends in
    out: list[tuple[str, list[str], int]] = []
    for pre in ("و", "ف", ""):
        out.append((f"{pre}colon", [f"{pre}{sv}: «{W}»."], 1))
        if verb.that:
            out.append((f"{pre}that", [f"{pre}{sv} {verb.that} «{W}»."], 1))
    out.append(("colon, no marks", [f"و{sv}: {W}."], 1))
    out.append(("two paragraphs", [f"و{sv}: «{W}.", f"«{M}»."], 2))
    out.append(("colon, then one more", [f"و{sv}: «{W}». «{M}»."], 2))
    if present is not None:
        out.append(("present", [f"و{_between(present, s.subject)}: «{W}»."], 1))
        if verb.that:
            out.append(("present, that", [f"و{_between(present, s.subject)} {verb.that} «{W}»."], 1))
    if s.subject and s.subject != "فيني" and s.kind != "body of state":
        # a subject before its verb (a surname alone opens no sentence this way; nor, yet, a body with a state
        # made up after 'في', which ends its name before the verb only when the place is known)
        out.append(("subject first", [f"{s.subject} {past}: «{W}»."], 1))
        if verb.that:
            out.append(("subject first, that", [f"{s.subject} {past} {verb.that} «{W}»."], 1))
    if verb.past in ("كتب", "غرد"):
        for place in POSTED_AR:
            out.append((f"posted {place}", [f"و{_between(sv, place)}: «{W}»."], 1))
    else:
        for occasion in OCCASIONS_AR:
            said = _between(f"و{past}", _between(s.subject, occasion)) if s.subject else f"و{past} {occasion}"
            out.append((f"{occasion}, colon", [f"{said}: «{W}»."], 1))
            if verb.that:
                out.append((f"{occasion}, that", [f"{said} {verb.that} «{W}»."], 1))
    if verb.inverted and s.inverted is not None:
        out.append(("after", [f"«{W}»، {past} {s.inverted}."], 1))
        out.append(("after, split", [f"«{W}»، {past} {s.inverted}. «{M}»."], 2))
    return out


def _fixed_ar(s: Speaker) -> list[tuple[str, str, list[str], int]]:
    """(verb, frame, paragraphs, quotations) of the frames of no one verb: 'according to', a remark to an outlet with
    no verb, the participles after a verb of saying and after one of speaking."""
    t = "ت" if s.feminine else ""
    out: list[tuple[str, str, list[str], int]] = []
    if s.inverted is not None:
        out.append(("وفقا لـ", "after", [f"«{W}»، وفقا لـ{s.inverted}."], 1))
        out.append(("بحسب", "after", [f"«{W}»، بحسب {s.inverted}."], 1))
        out.append(("بحسب", "before", [f"وبحسب {s.inverted}، فإن «{W}»."], 1))
    if s.subject and s.subject != "فيني":
        out.append(("no verb", "remark to", [f"{_between(s.subject, 'في تصريح لوكالة أنباء النور')}: «{W}»."], 1))
    for masculine, feminine, that in PARTICIPLES_AR:
        part = feminine if s.feminine else masculine
        said = _between(f"وقال{t}", s.subject)
        spoke = _between(f"وتحدث{t}", s.subject)
        out.append((part, "after said", [f"{said} إن «{W}»، {part} {that} «{M}»."], 2))
        out.append((part, "after said, colon", [f"{said} إن «{W}»، {part}: «{M}»."], 2))
        out.append((part, "after spoke", [f"{spoke} للصحفيين في أسترا، {part} {that} «{W}»."], 1))
    return out


# --- Persian verbs and frames -----------------------------------------------------------------------------------------

# (the verb as written, whether it takes 'که')
VERBS_FA = [
    ("گفت", True),
    ("افزود", True),
    ("تأکید کرد", True),
    ("تاکید کرد", True),
    ("اظهار داشت", True),
    ("بیان کرد", True),
    ("اعلام کرد", True),
    ("نوشت", True),
    ("ادامه داد", False),
    ("خاطرنشان کرد", True),
    ("گفته است", True),
    ("می\u200cگوید", True),
]

OCCASIONS_FA = [
    "در گفتگو با خبرگزاری نور",
    "در گفت\u200cوگو با خبرگزاری نور",
    "در بیانیه\u200cای",
    "روز پنجشنبه در آسترا",
    "در ادامه",
]


def _frames_fa(verb: str, that: bool, s: Speaker) -> list[tuple[str, list[str], int]]:
    sv = _between(s.subject, verb) if s.subject else verb
    out = [
        ("colon", [f"{sv}: «{W}»."], 1),
        ("colon, no marks", [f"{sv}: {W}."], 1),
        ("two paragraphs", [f"{sv}: «{W}.", f"«{M}»."], 2),
        ("colon, then one more", [f"{sv}: «{W}». «{M}»."], 2),
    ]
    if that:
        out.append(("that", [f"{sv} که «{W}»."], 1))
    for occasion in OCCASIONS_FA:
        if verb == "ادامه داد" and occasion == "در ادامه":
            continue
        said = _between(s.subject, f"{occasion} {verb}") if s.subject else f"{occasion} {verb}"
        out.append((f"{occasion}, colon", [f"{said}: «{W}»."], 1))
        if that:
            out.append((f"{occasion}, that", [f"{said} که «{W}»."], 1))
    if s.subject and s.inverted is not None:
        out.append(("after", [f"«{W}»، {s.subject.rstrip('،')} {verb}."], 1))
        out.append(("after, split", [f"«{W}»، {s.subject.rstrip('،')} {verb}. «{M}»."], 2))
        if verb != "ادامه داد":
            out.append(("stating that", [f"{_between(s.subject, 'با بیان اینکه')} «{W}»، {verb}: «{M}»."], 2))
    return out


def _fixed_fa(s: Speaker) -> list[tuple[str, str, list[str], int]]:
    out: list[tuple[str, str, list[str], int]] = []
    if s.inverted is not None:
        out.append(("به گفته", "before", [f"به گفته {s.inverted}، «{W}»."], 1))
    return out


# --- the grid ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    language: str
    kind: str
    what: str
    paragraphs: tuple[str, ...]
    n: int
    labels: tuple[str, ...]
    on_file: bool


def _place(language: str, s: Speaker, paragraphs: list[str], other: bool) -> list[str]:
    """The frame's paragraphs after what names the speaker before, with another person named earlier if ``other``."""
    o = OTHER_AR if language == "ar" else OTHER_FA
    if s.before is None:
        return [f"{o} {paragraphs[0]}", *paragraphs[1:]] if other else list(paragraphs)
    before = f"{o} {s.before}" if other else s.before
    if s.same_paragraph:
        return [f"{before} {paragraphs[0]}", *paragraphs[1:]]
    return [before, *paragraphs]


def _fill(language: str, text: str) -> str:
    words, more = (WORDS_AR, MORE_AR) if language == "ar" else (WORDS_FA, MORE_FA)
    return text.replace(W, words).replace(M, more)


def _grid() -> list[Row]:
    out: list[tuple[str, Speaker, str, list[str], int]] = []
    for s in SPEAKERS_AR:
        for verb in VERBS_AR:
            for frame, paragraphs, n in _frames_ar(verb, s):
                out.append(("ar", s, f"{verb.past}|{frame}", paragraphs, n))
        for word, frame, paragraphs, n in _fixed_ar(s):
            out.append(("ar", s, f"{word}|{frame}", paragraphs, n))
    for s in SPEAKERS_FA:
        for verb, that in VERBS_FA:
            for frame, paragraphs, n in _frames_fa(verb, that, s):
                out.append(("fa", s, f"{verb}|{frame}", paragraphs, n))
        for word, frame, paragraphs, n in _fixed_fa(s):
            out.append(("fa", s, f"{word}|{frame}", paragraphs, n))
    rows = []
    seen = set()
    for language, s, what, paragraphs, n in out:
        if any(re.search("(?:^|، )تابع لواء", p) for p in paragraphs):
            continue  # ('تابع لواء كيسل' with no 'و' before it reads as 'affiliated to the Kessel Brigade' too)
        for other in (False, True):
            text = tuple(_fill(language, p) for p in _place(language, s, paragraphs, other))
            if text in seen:
                continue
            seen.add(text)
            rows.append(Row(language, s.kind, f"{what}|{'other' if other else 'alone'}", text, n, s.labels, s.on_file))
    return rows


GRID = _grid()
SAMPLE = sorted(random.Random(38).sample(range(len(GRID)), min(len(GRID), 1200)))

MARKS = {"guillemets": ("«", "»"), "curly": ("\u201c", "\u201d"), "straight": ('"', '"')}


def marked(text: str, marks: str) -> str:
    opening, closing = MARKS[marks]
    return text.replace("«", opening).replace("»", closing)


def _key(text: str) -> str:
    """``text`` with one yeh and one kaf and no zero-width non-joiner, as the letter forms below write it."""
    return text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")


def speakers_of_quotations(row: Row, paragraphs: tuple[str, ...]) -> dict[str, set[str]]:
    """Who each of the grid's two quotations ('WORDS', 'MORE') is drafted as said by; any other words drafted as a
    quotation under 'OTHER'."""
    words, more = (_key(WORDS_AR), _key(MORE_AR)) if row.language == "ar" else (_key(WORDS_FA), _key(MORE_FA))
    lead = AF_LEAD[row.language]
    index: NameIndex | None = project_index() if row.on_file else None
    out: dict[str, set[str]] = {}
    for unit in analyse(row.language, lead, *paragraphs, index=index).units:
        for a in unit.attributions:
            quoted = _key(a.quote.text)
            key = "WORDS" if words[:20] in quoted else "MORE" if more[:20] in quoted else "OTHER"
            out.setdefault(key, set()).add(a.speaker.label)
    return out


def expected(row: Row, got: dict[str, set[str]], form=None) -> dict[str, set[str]]:
    """What the row must draft: each quotation with one of its accepted labels (the one drafted, if it is one)."""
    labels = [lab if row.on_file or form is None else form(lab) for lab in row.labels]
    keys = ["WORDS"] if row.n == 1 else ["WORDS", "MORE"]
    out = {}
    for key in keys:
        drafted = got.get(key, set())
        out[key] = drafted if len(drafted) == 1 and next(iter(drafted)) in labels else {labels[0]}
    return out


def _case(i: int, marks: str):
    row = GRID[i]
    return pytest.param(row, marks, id=f"{row.language}|{row.kind}|{row.what}|{marks}")


MARKED = [_case(i, ("guillemets", "curly", "straight")[k % 3]) for k, i in enumerate(SAMPLE)]


@pytest.mark.parametrize(("row", "marks"), MARKED)
def test_every_quotation_is_drafted_with_its_speaker_whatever_the_verb_and_frame(row: Row, marks: str):
    paragraphs = tuple(marked(p, marks) for p in row.paragraphs)
    got = speakers_of_quotations(row, paragraphs)
    assert got == expected(row, got), paragraphs


# --- letter forms -----------------------------------------------------------------------------------------------------


FORMS = [
    pytest.param(GRID[i], form, id=f"{GRID[i].language}|{GRID[i].kind}|{GRID[i].what}|{form.__name__}")
    for i in SAMPLE[::4]
    for form in (other_letters, no_zwnj)
    if any(form(p) != p for p in GRID[i].paragraphs)
]


@pytest.mark.parametrize(("row", "form"), FORMS)
def test_the_grid_reads_alike_in_every_letter_form(row: Row, form):
    paragraphs = tuple(form(p) for p in row.paragraphs)
    got = speakers_of_quotations(row, paragraphs)
    assert got == expected(row, got, form), paragraphs


# --- the causes the grid found, one sentence each, and what must stay as it was ---------------------------------------


def _speakers(language: str, *paragraphs: str, on_file: bool = False) -> dict[str, set[str]]:
    """Who each quotation of 'Title', the lead and ``paragraphs`` is drafted as said by, by its first ten characters."""
    lead = AF_LEAD[language]
    index: NameIndex | None = index_if(on_file)
    out: dict[str, set[str]] = {}
    for unit in analyse(language, lead, *paragraphs, index=index).units:
        for a in unit.attributions:
            out.setdefault(a.quote.text[:10], set()).add(a.speaker.label)
    return out


@pytest.mark.parametrize(
    ("language", "paragraphs", "label", "on_file"),
    [
        # Persian: a rank before a name in a sentence of no speech; 'he', a dropped subject, the surname after it
        ("fa", ("سرهنگ دارا ونی روز دوشنبه به آسترا رسید.", f"وی گفت: «{WORDS_FA}»."), "دارا ونی", False),
        ("fa", ("سرتیپ دوم سامان رحیمی به آسترا رسید.", f"او افزود: «{WORDS_FA}»."), "سامان رحیمی", False),
        ("fa", ("سردار رامین دلاوری به آسترا رسید.", f"دلاوری گفت: «{WORDS_FA}»."), "رامین دلاوری", False),
        ("fa", (f"{OTHER_FA} سرهنگ دارا ونی به آسترا رسید.", f"گفت: «{WORDS_FA}»."), "دارا ونی", False),
        # Persian: an office and its state before a person on file
        ("fa", (f"رئیس\u200cجمهور سابق سوریه بشار اسد گفت: «{WORDS_FA}».",), "Bashar al-Assad", True),
        (
            "fa",
            (f"رئیس\u200cجمهور سوریه بشار اسد در گفتگو با خبرگزاری نور گفت: «{WORDS_FA}».",),
            "Bashar al-Assad",
            True,
        ),
        # Arabic: a body's plain name after 'باسم', then its holder's name
        ("ar", (f"وقال المتحدث باسم لواء كيسل دارا فيني: «{WORDS_AR}».",), "دارا فيني", False),
        ("ar", (f"وأكد الناطق باسم كتائب كيسل سامي حمدان أن «{WORDS_AR}».",), "سامي حمدان", False),
        # Arabic: the office alone after the one named with it in a sentence of no speech
        (
            "ar",
            ("ووصل المتحدث باسم لواء كيسل دارا فيني إلى أسترا.", f"وقال المتحدث: «{WORDS_AR}»."),
            "دارا فيني",
            False,
        ),
        # Arabic: 'former' or 'acting' after the office's state adjective
        ("ar", (f"وقال رئيس الوزراء العراقي الأسبق نوري المالكي: «{WORDS_AR}».",), "Nouri Al-Maliki", True),
        ("ar", (f"وقال وزير الدفاع الكسلي السابق سامي حمدان إن «{WORDS_AR}».",), "سامي حمدان", False),
        # Arabic: a person's name before a past verb, wherever the sentence stands in its paragraph
        ("ar", (f"{OTHER_AR} دارا فيني، المتحدث باسم لواء كيسل، قال: «{WORDS_AR}».",), "دارا فيني", False),
        ("ar", (f"{OTHER_AR} أبو دارا الفيني قال إن «{WORDS_AR}».",), "أبو دارا الفيني", False),
        # Arabic: a ministry before its past verb ('وزارة' is no 'و' and 'زارة'), its state after 'في' on file
        ("ar", (f"وزارة الداخلية في العراق قالت: «{WORDS_AR}».",), "وزارة الداخلية", False),
        # Arabic: a participle after a deed whose subject has an office beside it between commas
        (
            "ar",
            (f"وتحدث دارا فيني، المتحدث باسم لواء كيسل، للصحفيين في أسترا، مبينا أن «{WORDS_AR}».",),
            "دارا فيني",
            False,
        ),
        # Arabic: a speaker's label with a remark, a statement or the outlet told before the colon
        ("ar", (f"العقيد دارا فيني في تصريح لوكالة أنباء النور: «{WORDS_AR}».",), "دارا فيني", False),
        ("ar", (f"لواء كيسل في بيان: «{WORDS_AR}».",), "لواء كيسل", False),
    ],
)
def test_the_causes_the_grid_found_are_mended(language, paragraphs, label, on_file) -> None:
    words = WORDS_AR if language == "ar" else WORDS_FA
    assert _speakers(language, *paragraphs, on_file=on_file) == {words[:10]: {label}}


@pytest.mark.parametrize(
    ("language", "paragraphs", "label"),
    [
        # a body's name after 'باسم' with no given name in it stays the office's description
        ("ar", (f"وقال المتحدث باسم كتائب كيسل: «{WORDS_AR}».",), "المتحدث باسم كتائب كيسل"),
        ("ar", (f"وقال المتحدث باسم جيش تحرير كسليا: «{WORDS_AR}».",), "المتحدث باسم جيش تحرير كسليا"),
        # an office alone after one named with no office is someone else
        ("ar", ("وقتل سامي حمدان في غارة على أسترا.", f"وقال المتحدث: «{WORDS_AR}»."), "المتحدث"),
        # the same office alone after one named with another body's office is not he
        ("ar", ("ووصل وزير الدفاع الكسلي دارا فيني إلى أسترا.", f"وقال المتحدث: «{WORDS_AR}»."), "المتحدث"),
    ],
)
def test_what_must_stay_as_it_was(language, paragraphs, label) -> None:
    words = WORDS_AR if language == "ar" else WORDS_FA
    assert _speakers(language, *paragraphs) == {words[:10]: {label}}


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a title in a sentence of no speech, then two people: 'he' is neither
        ("سرهنگ دارا ونی و رامین دلاوری به آسترا رسیدند.", f"وی گفت: «{WORDS_FA}»."),
        # the police arrested a colonel: 'he' may be him, never the one who spoke before
        (f"رامین دلاوری گفت: «{MORE_FA}». پلیس سرهنگ دارا ونی را بازداشت کرد.", f"وی گفت: «{WORDS_FA}»."),
    ],
)
def test_he_after_no_one_who_may_speak_is_no_one(paragraphs) -> None:
    assert WORDS_FA[:10] not in _speakers("fa", *paragraphs)
