"""Arabic and Persian, round 41 of issue 17: denials reported through others, the denial as a noun, who the denier
is, and frames that deny nothing (a generated grid of made-up sentences).

Round 36's grid (test_consistency_af_lex36.py) crossed the words of denying and round 40's (test_consistency_af_lex40.py)
denials without a verb of denying; this one crosses what they lack:

- relays: an outlet reports that another denies ('نقلت X عن Y نفيه', 'وأفادت X بأن Y نفى', 'وفق ما نقلت X', 'ذكرت
  صحيفة X أن Y نفت', 'قالت X إن مصدرا ... نفى'; 'به گزارش X، Y ... را تکذیب کرد', 'به نقل از X', 'X به نقل از Y گزارش داد
  که ...', 'X گزارش داد که Y ...'): the denier is Y, never the outlet X; and the outlet's own denial;
- the denial as a noun: 'في نفي لـ', 'نفيا قاطعا', 'في تكذيب لـ', 'جاء النفي على لسان Y', 'رد Y على الاتهامات بالقول',
  'وفي رد Y على'; 'Y در تکذیبیه‌ای اعلام کرد', 'با صدور تکذیبیه‌ای', 'در تکذیبیه Y آمده است', 'در واکنش به';
- who the denier is: a spokesman with a long title, a deputy ('نائب رئيس', 'معاون وزیر'), a source close to a body
  ('مصدر مقرب من', 'منبع نزدیک به', 'مصادر في'), a passive with its agent ('نُفي ... من قبل Y', 'از سوی Y تکذیب شد')
  or with none, two deniers in one sentence, a clause between the denier and its verb, the denier named in the
  headline and the body going on without a subject;
- frames that deny nothing: an outlet reporting a charge, 'لم يتسن التأكد', 'لم يرد على طلب للتعليق', 'لم ينف ولم
  يؤكد', 'پاسخی نداد', 'به طور مستقل تایید نشد', questions ('فهل نفى ...؟', 'آیا ... تکذیب کرد؟').

Each combination must draft one denial by the right denier (two where two deny), or none. A sample is also read with
the other script's ي/ی and ك/ک and without the zero-width non-joiner. The grid is sampled with a fixed seed so that it
runs in well under a minute. Made-up names only (سامي حمدان، ليث عارف، كتائب كيسل، وكالة أنباء أسترا، صحيفة النور;
رامین دلاوری، کاوه نیک‌نام، تیپ کسل، کسلیا، خبرگزاری آسترا، روزنامه نور), apart from Iran's foreign ministry and the
states named (ألمانيا، سوريا).

On main before round 41, 230 of the 893 combinations failed (and 106 of the 142 frames of silence drafted something),
counted by the change that mended them, in the order made: 48 an outlet taken for the denier it reports after 'أن'
(a source, or an office, whose 'في' or 'من' to its body ended the phrase: 'ذكرت صحيفة X أن مصادر في الوزارة نفت'); 7
'نقلا عن' read into an outlet's name ('وكالة أنباء X نقلا' a second denier); 43 questions drafted as denials (27 Arabic,
16 Persian); 14 the passive 'نُفي ... من قبل X' no denial; 7 'جاء النفي على لسان X' no denial; 54 a deputy's office
kept in the denier ('نائب رئيس كتائب X سامي حمدان'); 41 an office's 'في' before a country without the article cutting
the denier ('المتحدث باسم الجيش' for '... في سوريا'); 8 a body or an office and a person joined by 'و' read as one
denier; 1 a headline's body run into its verb ('كتائب X تنفي'). Of the frames of silence, 43 were the questions and 63
a claim by the particle 'ولم' ('ولم يرد X على طلب للتعليق'). After round 41, 7 fail, marked below as not read yet
(NOT_YET), and no frame of silence drafts anything.
"""

from __future__ import annotations

import random

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import AF_LEAD, no_zwnj, other_letters

ZWNJ = "\u200c"

# --- Arabic -----------------------------------------------------------------------------------------------------------

REPORTS = "الأنباء عن انسحاب القوات من مدينة أسترا"

# (subject as written, the same after 'إن'/'أن' (its accusative), the label its denial gets, feminine, a person)
SUBJECTS_AR = [
    ("سامي حمدان", "سامي حمدان", "سامي حمدان", False, True),
    ("كتائب كيسل", "كتائب كيسل", "كتائب كيسل", True, False),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True, False),
    ("المتحدث باسم كتائب كيسل", "المتحدث باسم كتائب كيسل", "المتحدث باسم كتائب كيسل", False, False),
    (
        "المتحدث الرسمي باسم وزارة الدفاع في ألمانيا",
        "المتحدث الرسمي باسم وزارة الدفاع في ألمانيا",
        "المتحدث الرسمي باسم وزارة الدفاع في ألمانيا",
        False,
        False,
    ),
    (
        "المتحدث باسم الجيش في سوريا",
        "المتحدث باسم الجيش في سوريا",
        "المتحدث باسم الجيش في سوريا",
        False,
        False,
    ),
    ("نائب رئيس كتائب كيسل سامي حمدان", "نائب رئيس كتائب كيسل سامي حمدان", "سامي حمدان", False, True),
    ("مصدر مقرب من كتائب كيسل", "مصدرا مقربا من كتائب كيسل", "مصدر مقرب من كتائب كيسل", False, False),
    ("مصادر في وزارة الدفاع الكسلية", "مصادر في وزارة الدفاع الكسلية", "مصادر في وزارة الدفاع الكسلية", True, False),
]

# (outlet, feminine)
OUTLETS_AR = [("وكالة أنباء أسترا", True), ("صحيفة النور", True), ("موقع النور", False)]


def _relay_frames_ar(s: str, acc: str, fem: bool, outlet: str, o_fem: bool) -> list[tuple[str, str]]:
    t, ot = ("ت" if fem else ""), ("ت" if o_fem else "")
    past = "نفت" if fem else "نفى"
    his = "ها" if fem else "ه"
    return [
        ("quoted him denying", f"ونقل{ot} {outlet} عن {s} نفي{his} {REPORTS}."),
        ("reported that he denied", f"وأفاد{ot} {outlet} بأن {acc} {past} {REPORTS}."),
        ("denied, as the outlet relayed", f"و{past} {s} {REPORTS}، وفق ما نقل{ot} {outlet}."),
        ("denied, as the outlet wrote, between commas", f"و{past} {s}، بحسب ما ذكر{ot} {outlet}، {REPORTS}."),
        (
            "as the outlet relayed from him, false",
            f"ووفق ما نقل{ot} {outlet} عن {s}، فإن {REPORTS} عارية عن الصحة.",
        ),
        ("mentioned that he denied", f"وذكر{ot} {outlet} أن {acc} {past} {REPORTS}."),
        ("said that he denied", f"وقال{ot} {outlet} إن {acc} {past} {REPORTS}."),
        ("according to the outlet, he denied", f"وبحسب {outlet}، {past} {s} {REPORTS}."),
        ("quoted him saying, false", f"ونقل{ot} {outlet} عن {s} قول{his} إن {REPORTS} عارية عن الصحة."),
        ("quoted him, in marks", f'ونقل{ot} {outlet} عن {s} قول{his}: "{REPORTS} عارية عن الصحة".'),
        ("reported quoting him, false", f"وأفاد{ot} {outlet} نقلا عن {s} بأن {REPORTS} عارية عن الصحة."),
        ("told the outlet, false", f"وقال{t} {s} ل{outlet} إن {REPORTS} كاذبة."),
        ("ف quoted him denying", f"فنقل{ot} {outlet} عن {s} نفي{his} {REPORTS}."),
        ("ف mentioned that he denied", f"فذكر{ot} {outlet} أن {acc} {past} {REPORTS}."),
    ]


def _noun_frames_ar(s: str, fem: bool) -> list[tuple[str, tuple[str, ...]]]:
    t = "ت" if fem else ""
    past = "نفت" if fem else "نفى"
    return [
        ("in a denial of", (f"وفي نفي للأنباء عن انسحاب القوات، قال{t} {s} إن القوات في مواقعها.",)),
        ("in a flat denial of", (f"وفي نفي قاطع للأنباء عن انسحاب القوات، قال{t} {s} إن القوات في مواقعها.",)),
        ("denied a flat denial", (f"و{past} {s} نفيا قاطعا {REPORTS}.",)),
        ("in a belying of", (f"وفي تكذيب للأنباء عن انسحاب القوات، أكد{t} {s} أن القوات في مواقعها.",)),
        ("answered the charges saying", (f"ورد{t} {s} على الاتهامات بالقول إنها كاذبة.",)),
        ("in its answer to the charges", (f"وفي رد {s} على الاتهامات، قال{t} إنها كاذبة.",)),
        (
            "the denial came from",
            ("وتحدثت تقارير عن انسحاب القوات من مدينة أسترا.", f"وجاء النفي على لسان {s}."),
        ),
    ]


def _who_frames_ar(s: str, fem: bool) -> list[tuple[str, tuple[str, ...], tuple[str, ...] | None]]:
    """(frame, paragraphs, the deniers other than the subject or None for the subject alone)."""
    t = "ت" if fem else ""
    past = "نفت" if fem else "نفى"
    who = "التي" if fem else "الذي"
    return [
        ("passive, by", (f"ونُفي الخبر عن انسحاب القوات من قبل {s}.",), None),
        ("passive, on the part of", (f"وقد نُفي الخبر عن انسحاب القوات من جانب {s}.",), None),
        ("two deniers", (f"و{past} {s} وليث عارف {REPORTS}.",), ("ليث عارف",)),
        ("a clause, then its verb", (f"و{past} {s}، {who} زار{t} مدينة أسترا يوم الأحد، {REPORTS}.",), None),
        (
            "a clause, then said",
            (f"وقال{t} {s}، {who} زار{t} مدينة أسترا يوم الأحد، إن {REPORTS} عارية عن الصحة.",),
            None,
        ),
    ]


def _nothing_frames_ar(s: str, fem: bool, outlet: str, o_fem: bool) -> list[tuple[str, tuple[str, ...]]]:
    t, ot = ("ت" if fem else ""), ("ت" if o_fem else "")
    accused = "متهمة" if fem else "متهم"
    reply = "ترد" if fem else "يرد"
    neg, confirm = ("تنف", "تؤكد") if fem else ("ينف", "يؤكد")
    past = "نفت" if fem else "نفى"
    return [
        ("an outlet reports a charge", (f"وذكر{ot} {outlet} أن {s} {accused} بقصف مدينة أسترا.",)),
        ("could not be verified", (f"وأفاد{t} {s} بانسحاب القوات.", "ولم يتسن التأكد من صحة هذه الأنباء.")),
        ("did not answer a request for comment", (f"ولم {reply} {s} على طلب للتعليق.",)),
        ("did not answer the outlet's calls", (f"ولم {reply} {s} على اتصالات {outlet}.",)),
        ("neither denied nor confirmed", (f"ولم {neg} {s} ولم {confirm} {REPORTS}.",)),
        ("a question", (f"فهل {past} {s} {REPORTS}؟",)),
    ]


# --- Persian ----------------------------------------------------------------------------------------------------------

# (subject as written, the label its denial gets, a person)
SUBJECTS_FA = [
    ("رامین دلاوری", "رامین دلاوری", True),
    ("تیپ کسل", "تیپ کسل", False),
    ("وزارت دفاع کسلیا", "وزارت دفاع کسلیا", False),
    (
        "سخنگوی وزارت امور خارجه جمهوری اسلامی ایران",
        "سخنگوی وزارت امور خارجه جمهوری اسلامی ایران",
        False,
    ),
    ("معاون وزیر دفاع کسلیا", "معاون وزیر دفاع کسلیا", False),
    ("معاون وزیر دفاع کسلیا، رامین دلاوری،", "رامین دلاوری", True),
    ("منبع نزدیک به تیپ کسل", "منبع نزدیک به تیپ کسل", False),
    ("منابعی در وزارت دفاع کسلیا", "منابعی در وزارت دفاع کسلیا", False),
]

OUTLETS_FA = ["خبرگزاری آسترا", "روزنامه نور"]
RETREAT = f"خبر عقب{ZWNJ}نشینی نیروها"


def _relay_frames_fa(s: str, outlet: str) -> list[tuple[str, str]]:
    return [
        ("by the outlet's report, denied", f"به گزارش {outlet}، {s} این خبر را تکذیب کرد."),
        ("quoting the outlet, rejected", f"به نقل از {outlet}، {s} این ادعا را رد کرد."),
        ("the outlet reported that he", f"{outlet} گزارش داد که {s} این ادعا را تکذیب کرد."),
        (
            "the outlet quoting him reported that he",
            f"{outlet} به نقل از {s.rstrip('،')} گزارش داد که وی این ادعا را رد کرد.",
        ),
        ("in an interview with the outlet", f"{s} در گفت{ZWNJ}وگو با {outlet} این ادعا را تکذیب کرد."),
        ("the outlet quoting him wrote:", f"{outlet} به نقل از {s.rstrip('،')} نوشت: {RETREAT} صحت ندارد."),
        ("told the outlet:", f"{s} به {outlet} گفت: {RETREAT} کذب محض است."),
    ]


def _noun_frames_fa(s: str) -> list[tuple[str, str]]:
    return [
        (
            "announced in a denial",
            f"{s} در تکذیبیه{ZWNJ}ای اعلام کرد که گزارش{ZWNJ}ها درباره عقب{ZWNJ}نشینی نیروها صحت ندارد.",
        ),
        ("issuing a denial, rejected", f"{s} با صدور تکذیبیه{ZWNJ}ای، {RETREAT} را رد کرد."),
        ("in the denial of, it says:", f"در تکذیبیه {s.rstrip('،')} آمده است: {RETREAT} کذب محض است."),
        ("in reaction to the claim, denied", f"{s} در واکنش به ادعای عقب{ZWNJ}نشینی نیروها، آن را تکذیب کرد."),
    ]


def _who_frames_fa(s: str) -> list[tuple[str, str, tuple[str, ...] | None]]:
    bare = s.rstrip("،")
    return [
        ("passive, on the part of", f"این خبر از سوی {bare} تکذیب شد.", None),
        ("passive, by", f"این خبر توسط {bare} تکذیب شد.", None),
        ("two deniers", f"{bare} و کاوه نیک{ZWNJ}نام این ادعا را رد کردند.", (f"کاوه نیک{ZWNJ}نام",)),
        ("a clause, then said", f"{bare}، که روز یکشنبه از شهر آسترا بازدید کرد، گفت این خبر صحت ندارد.", None),
        ("a clause, then its verb", f"{bare}، که روز یکشنبه از شهر آسترا بازدید کرد، این ادعا را تکذیب کرد.", None),
    ]


def _nothing_frames_fa(s: str, outlet: str) -> list[tuple[str, str]]:
    bare = s.rstrip("،")
    return [
        ("an outlet reports a charge", f"به گزارش {outlet}، {bare} به حمله به شهر آسترا متهم شد."),
        ("gave no answer", f"{s} به درخواست برای اظهار نظر پاسخی نداد."),
        ("a question", f"آیا {s} این خبر را تکذیب کرد؟"),
    ]


# --- the grid ---------------------------------------------------------------------------------------------------------

# (language, frame, headline, paragraphs, the deniers it must draft, in order)
Row = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def _grid() -> list[Row]:
    out: list[Row] = []
    for s, acc, label, fem, _person in SUBJECTS_AR:
        for outlet, o_fem in OUTLETS_AR:
            for frame, text in _relay_frames_ar(s, acc, fem, outlet, o_fem):
                # (a source after 'أن' is named in the nominative since round 44: 'أن مصدرا مقربا من X نفى' is 'مصدر مقرب')
                out.append(("ar", frame, "", (text,), (label,)))
            for frame, paras in _nothing_frames_ar(s, fem, outlet, o_fem):
                out.append(("ar", frame, "", paras, ()))
        for frame, paras in _noun_frames_ar(s, fem):
            out.append(("ar", frame, "", paras, (label,)))
        for frame, paras, others in _who_frames_ar(s, fem):
            out.append(("ar", frame, "", paras, (label, *(others or ()))))
    for outlet, o_fem in OUTLETS_AR:
        verb = "نفت" if o_fem else "نفى"
        its = "ها" if o_fem else "ه"
        own = f"و{verb} {outlet} الأنباء عن إغلاق مكاتب{its} في مدينة أسترا."
        out.append(("ar", "the outlet's own denial", "", (own,), (outlet,)))
    out.append(("ar", "passive, no agent", "", ("وقد نُفيت الأنباء عن انسحاب القوات.",), ()))
    for s, label, _person in SUBJECTS_FA:
        for outlet in OUTLETS_FA:
            for frame, text in _relay_frames_fa(s, outlet):
                out.append(("fa", frame, "", (text,), (label,)))
            for frame, text in _nothing_frames_fa(s, outlet):
                out.append(("fa", frame, "", (text,), ()))
        for frame, text in _noun_frames_fa(s):
            out.append(("fa", frame, "", (text,), (label,)))
        for frame, text, others in _who_frames_fa(s):
            out.append(("fa", frame, "", (text,), (label, *(others or ()))))
    for outlet in OUTLETS_FA:
        out.append(("fa", "the outlet's own denial", "", (f"{outlet} این خبر را تکذیب کرد.",), (outlet,)))
    out.append(("fa", "passive, no agent", "", ("این خبر تکذیب شد.",), ()))
    out.append(("fa", "not verified", "", (f"صحت این گزارش{ZWNJ}ها به طور مستقل تایید نشد.",), ()))
    # the denier named in the headline, the body going on without a subject
    for head, body, label in (
        (
            "كتائب كيسل تنفي الأنباء عن انسحاب قواتها من مدينة أسترا",
            "وقالت الكتائب في بيان إن الأنباء عن انسحاب قواتها عارية عن الصحة.",
            "كتائب كيسل",
        ),
        (
            "سامي حمدان ينفي الأنباء عن انسحاب القوات من مدينة أسترا",
            "وقال في بيان إن الأنباء عن انسحاب القوات عارية عن الصحة.",
            "سامي حمدان",
        ),
        (
            "سامي حمدان ينفي الأنباء عن انسحاب القوات من مدينة أسترا",
            "ونفى في بيان الأنباء عن انسحاب القوات.",
            "سامي حمدان",
        ),
    ):
        out.append(("ar", "named in the headline", head, (body,), (label,)))
    for head, body, label in (
        (
            f"تیپ کسل {RETREAT} را تکذیب کرد",
            f"این تیپ در بیانیه{ZWNJ}ای اعلام کرد که {RETREAT} صحت ندارد.",
            "تیپ کسل",
        ),
        (f"رامین دلاوری {RETREAT} را تکذیب کرد", f"وی گفت: {RETREAT} کذب محض است.", "رامین دلاوری"),
    ):
        out.append(("fa", "named in the headline", head, (body,), (label,)))
    return out


GRID = _grid()
SAMPLE = sorted(random.Random(41).sample(range(len(GRID)), min(len(GRID), 450)))

# combinations not read yet: a headline's denier taken up by a body that opens with no subject ('وقال في بيان ...',
# 'وی گفت: ...'; the headline is skipped and no one spoke before); a Persian second denier whose surname name data
# lacks ('... و کاوه نیک‌نام ... رد کردند', read as one subject 'X و کاوه'); a denial notice's issuer after
# 'در تکذیبیه' set off by a comma or with 'در' in it ('منابعی در وزارت ...', cut at 'در'). Round 45 reads the second
# denier without an office before the first ('رامین دلاوری و کاوه نیک‌نام ... رد کردند'), no longer listed here.
NOT_YET = {
    ("named in the headline", "وقال في بيان إن الأنباء عن انسحاب القوات عارية عن الصحة."),
    ("named in the headline", "ونفى في بيان الأنباء عن انسحاب القوات."),
    ("named in the headline", f"وی گفت: {RETREAT} کذب محض است."),
    ("two deniers", f"معاون وزیر دفاع کسلیا، رامین دلاوری و کاوه نیک{ZWNJ}نام این ادعا را رد کردند."),
    ("in the denial of, it says:", f"در تکذیبیه معاون وزیر دفاع کسلیا، رامین دلاوری آمده است: {RETREAT} کذب محض است."),
    ("in the denial of, it says:", f"در تکذیبیه منابعی در وزارت دفاع کسلیا آمده است: {RETREAT} کذب محض است."),
}


def units(language: str, headline: str, paragraphs: tuple[str, ...]) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted from the headline (or 'Title'), the lead and ``paragraphs``; the
    lead is left out where a headline stands, so that the body's first sentence opens the article."""
    lead = AF_LEAD[language]
    body = paragraphs if headline else (lead, *paragraphs)
    text = "\n\n".join((headline or "Title", *body)) + "\n"
    found = attributor_for(language).analyse(read(ArchivedText(text)), NameIndex(), {1})
    return [(u.kind, u.speaker.label) for u in found.units]


def deniers(language: str, headline: str, paragraphs: tuple[str, ...]) -> list[str]:
    return [who for kind, who in units(language, headline, paragraphs) if kind == "denial"]


def _case(i: int):
    language, frame, headline, paragraphs, expected = GRID[i]
    not_yet = (frame, paragraphs[-1]) in NOT_YET
    marks = [pytest.mark.xfail(strict=True, reason="not read yet")] if not_yet else []
    return pytest.param(language, headline, paragraphs, expected, id=f"{language}|{frame}|{i}", marks=marks)


@pytest.mark.parametrize(("language", "headline", "paragraphs", "expected"), [_case(i) for i in SAMPLE])
def test_every_reported_denial_goes_to_its_denier(language, headline, paragraphs, expected):
    assert deniers(language, headline, paragraphs) == list(expected)


@pytest.mark.parametrize(("language", "headline", "paragraphs", "expected"), [_case(i) for i in SAMPLE[::6]])
def test_the_grid_reads_alike_in_the_other_letters_and_without_the_non_joiner(language, headline, paragraphs, expected):
    for form in (other_letters, no_zwnj):
        changed = tuple(form(p) for p in paragraphs)
        if changed == paragraphs:
            continue
        got = deniers(language, form(headline), changed)
        assert got == [form(label) for label in expected], form.__name__


# frames in which no one says anything: nothing at all is drafted (not a claim by a word of the frame, 'ولم')
SILENT = (
    "did not answer a request for comment",
    "did not answer the outlet's calls",
    "neither denied nor confirmed",
    "a question",
    "gave no answer",
    "passive, no agent",
)


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [pytest.param(r[0], r[3], id=f"{r[0]}|{r[1]}|{i}") for i, r in enumerate(GRID) if r[1] in SILENT][::3],
)
def test_frames_of_silence_draft_nothing(language, paragraphs):
    assert units(language, "", paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a verbal noun of denying opening a sentence with no agent after it: its denier after it, as before
        (("ونفي الحركة للأنباء جاء بعد ساعات من الهجوم.",), [("denial", "الحركة")]),
        # a statement after an office's 'في' ends the subject, as before
        (
            ("وقال المتحدث باسم الجيش في بيان إن الأنباء عن انسحاب القوات كاذبة.",),
            [("denial", "المتحدث باسم الجيش")],
        ),
        # a noun after 'و' that is no name: no second denier
        (("ونفت الوزارة وجود قوات في مدينة أسترا.",), [("denial", "الوزارة")]),
        # a negated verb that is no answer still reports its subject's words (not the particle's)
        (("ولم يستبعد سامي حمدان أن تكون القوات قد انسحبت من مدينة أسترا.",), [("reported", "سامي حمدان")]),
        # an outlet that reports a deed after 'أن', no denial: its own report, as before
        (
            ("وذكرت صحيفة النور أن مصادر في الوزارة أكدت انسحاب القوات من مدينة أسترا.",),
            [("reported", "صحيفة النور")],
        ),
    ],
)
def test_what_must_stay_as_it_was(paragraphs, expected):
    assert units("ar", "", paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the active verb misspelt as the passive, before its source, and an agent later in the sentence: the
        # source denies, not the agent
        (
            ("نفي مصدر مقرب من كتائب كيسل نفيا قاطعا نبأ تزويد الكتائب بصواريخ من قبل أي دولة.",),
            [("denial", "مصدر مقرب من كتائب كيسل")],
        ),
        # 'لم يرد في' (did not appear in) is no unanswered request: the sentence is read as before
        (
            ("وأكدت كتائب كيسل أن الخبر مختلق. ولم يرد في حديث المتحدث باسمها أبدا.",),
            [("denial", "كتائب كيسل"), ("denial", "كتائب كيسل")],
        ),
        # a second 'في' after a source's body is a time's, not the source's: no source read through it (round 26's
        # guard; as before round 41, the sentence's denial still goes to the ministry, not read yet)
        (
            ("نفت وزارة الدفاع الكسلية التقارير.", "غير أن مصادر في كتائب كيسل في وقت سابق نفت ذلك."),
            [("denial", "وزارة الدفاع الكسلية"), ("denial", "وزارة الدفاع الكسلية")],
        ),
    ],
)
def test_what_the_gate_found(paragraphs, expected):
    assert units("ar", "", paragraphs) == expected
