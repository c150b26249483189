"""Arabic and Persian, round 36 of issue 17: the words of denying, in their forms and in the frames news sets them in,
are read alike (a generated grid of made-up sentences, as round 35's English one).

The existing Arabic and Persian tests take one verb or one judgement at a time in the frame an article had; this grid
crosses them. Arabic: the verbs of denying (نفى، كذّب، دحض، فنّد، أنكر; رفض and استنكر only with a charge as object) in
the masculine and feminine past, the present and the participle, with و or ف before them, and the nouns نفي and
تكذيب; the judgements that call a report false (عارية عن الصحة، لا أساس لها من الصحة، مفبركة، محض افتراء ...) after
'قال إن', 'أكد أن', 'وصف ... بأنها' and in a quotation before 'قال'. Persian: تکذیب، رد، نفی، انکار in the past, the
present, the perfect, the passive and after 'با' ('X با رد ادعای ...، گفت'), and the judgements (صحت ندارد، کذب محض،
بی‌اساس، عاری از حقیقت ...) after 'گفت:', 'گفت که', 'در بیانیه‌ای اعلام کرد که' and before 'خواند'. Each with a
person on file with his office, a person unknown, a ministry, an armed group, a state and a body's spokesman; each
combination must draft one denial by the right denier, or none for a negated frame ('لم ينف', 'تکذیب نکرد').

The same sentence written with the other script's ي/ی and ك/ک, without the zero-width non-joiner, with a tatweel or
with diacritics on the verb is read the same.

The grid is sampled with a fixed seed so that it runs in about half a minute of one core. Made-up names only, apart
from the people on file (محمد شياع السوداني، بشار اسد), whose records the index reads.

On main before round 36, 506 of the 3380 combinations failed (none of 2751 letter forms tried on every third): 186 an
Arabic judgement the lexicon lacked ('باطل' of one report, 'مغلوطة', 'مخالفة للحقيقة', 'عارية من أي صحة', 'بهتان'); 126
a participle after a verb of no saying ('وتحدث X عن الوضع، مؤكدا أن ... كاذبة', given to no one or the last speaker);
77 Persian 'غیرحقیقی'; 53 the verbal nouns of refuting, disowning and rejecting ('سارع إلى تفنيد', 'جدد إنكاره', 'جددت
رفضها الاتهامات', 'وفي دحض لأنباء ...، قال X' read with 'لأنباء' the denier); 50 one's involvement or part read into the
name ('نفى X ضلوعه في الهجوم'); 14 the formal 'انکار نمود', 'نفی نمود'. After it 6 failed, 'مغلوطة' after
what the media spread ('ما تداولته وسائل الإعلام عن ... مغلوطة'), read right from round 37 on.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import AF_LEAD, deniers, index_if, no_zwnj, other_letters, unique_paragraphs

# --- Arabic -----------------------------------------------------------------------------------------------------------

# (subject as written, the label its denial gets, feminine, on file)
SUBJECTS_AR = [
    ("رئيس الوزراء العراقي محمد شياع السوداني", "محمد شياع السوداني", False, True),
    ("سامي حمدان", "سامي حمدان", False, False),
    ("وزارة الدفاع الكسلية", "وزارة الدفاع الكسلية", True, False),
    ("كتائب كيسل", "كتائب كيسل", True, False),
    ("كسليا", "كسليا", True, False),
    ("المتحدث باسم كتائب كيسل", "المتحدث باسم كتائب كيسل", False, False),
]

# (masculine past, feminine past, masculine present, feminine present, masculine participle, feminine participle,
# the jussive after 'لم' masculine, feminine, the verbal noun)
VERBS_AR = [
    ("نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية", "ينف", "تنف", "نفي"),
    ("كذّب", "كذّبت", "يكذّب", "تكذّب", "مكذبا", "مكذبة", "يكذّب", "تكذّب", "تكذيب"),
    ("دحض", "دحضت", "يدحض", "تدحض", "داحضا", "داحضة", "يدحض", "تدحض", "دحض"),
    ("فنّد", "فنّدت", "يفنّد", "تفنّد", "مفندا", "مفندة", "يفنّد", "تفنّد", "تفنيد"),
    ("أنكر", "أنكرت", "ينكر", "تنكر", "منكرا", "منكرة", "ينكر", "تنكر", "إنكار"),
    # (rejecting: only a charge or a report as its object)
    ("رفض", "رفضت", "يرفض", "ترفض", "رافضا", "رافضة", "يرفض", "ترفض", "رفض"),
]
# the verbs that take a clause ('نفى X أن تكون القوات ...')
THAT_VERBS_AR = ("نفى", "أنكر")

REPORTS = "الأنباء عن انسحاب القوات من مدينة أسترا"
CHARGES = "الاتهامات بقصف مدينة أسترا"
CLAIMS = "المزاعم عن قصف مدينة أسترا"


def _verb_frames_ar(verb: tuple[str, ...], s: str, fem: bool) -> list[tuple[str, str, bool]]:
    past, present, part, neg = verb[fem], verb[2 + fem], verb[4 + fem], verb[6 + fem]
    t = "ت" if fem else ""
    out = [
        ("past", f"{past} {s} {REPORTS}.", True),
        ("و past", f"و{past} {s} {CHARGES}.", True),
        ("ف past", f"ف{past} {s} {CLAIMS}.", True),
        ("reports that spoke of", f"و{past} {s} الأنباء التي تحدثت عن انسحاب القوات من مدينة أسترا.", True),
        ("in a statement", f"و{past} {s}، في بيان، {REPORTS}.", True),
        ("subject first", f"{s} {past} {CHARGES}.", True),
        ("present", f"{s} {present} {REPORTS}.", True),
        ("و present", f"و{present} {s} {CLAIMS}.", True),
        ("participle", f"وأكد{t} {s} أن الوضع في المدينة هادئ، {part} {REPORTS}.", True),
        ("not", f"ولم {neg} {s} {REPORTS}.", False),
        ("not, subject first", f"{s} لم {neg} {CHARGES}.", False),
    ]
    if past in THAT_VERBS_AR:
        out.append(("that", f"و{past} {s} أن تكون القوات قد انسحبت من مدينة أسترا.", True))
    if verb[0] != "رفض":
        # (what a denial takes as its object besides reports: their truth, what the media spread, an event, a link)
        out += [
            ("truth of", f"و{past} {s} صحة {REPORTS}.", True),
            ("what the media spread", f"و{past} {s} ما تداولته وسائل الإعلام عن انسحاب القوات.", True),
            ("an event", f"و{past} {s} انسحاب القوات من مدينة أسترا.", True),
            ("its link", f"و{past} {s} {'علاقتها' if fem else 'علاقته'} بالهجوم على مدينة أسترا.", True),
            ("its involvement", f"و{past} {s} {'ضلوعها' if fem else 'ضلوعه'} في الهجوم على مدينة أسترا.", True),
            ("its part", f"و{past} {s} {'مشاركتها' if fem else 'مشاركته'} في الهجوم على مدينة أسترا.", True),
            ("had denied", f"وكان{t} {s} قد {past} {REPORTS}.", True),
            ("in a remark to", f"و{past} {s}، في تصريح لوكالة النور، {REPORTS}.", True),
        ]
    for adverb in ("بشدة", "قطعيا", "جملة وتفصيلا", "مجددا"):
        out.append((f"adverb {adverb}", f"و{past} {s} {adverb} {CHARGES}.", True))
    return out


def _noun_frames_ar(verb: tuple[str, ...], s: str, fem: bool) -> list[tuple[str, str, bool]]:
    noun = verb[8]
    t = "ت" if fem else ""
    own = "ها" if fem else "ه"
    return [
        ("hastened to", f"وسارع{t} {s} إلى {noun} {REPORTS}.", True),
        ("renewed its", f"وجدد{t} {s} {noun}{own} {CHARGES}.", True),
        ("in a noun of", f"وفي {noun} ل{REPORTS.replace('ال', '', 1)}، قال{t} {s} إن القوات في مواقعها.", True),
    ]


# (as a predicate of the reports, the same of one report or an account in the masculine)
JUDGEMENTS_AR = [
    "عارية عن الصحة",
    "عارية من الصحة",
    "لا أساس لها من الصحة",
    "غير صحيحة",
    "كاذبة",
    "أكاذيب",
    "مفبركة",
    "ملفقة",
    "شائعات",
    "إشاعات",
    "افتراء",
    "باطلة",
    "محض افتراء",
    "لا تمت للحقيقة بصلة",
    "لا تستند إلى أي دليل",
    "مزاعم كاذبة",
    "ادعاءات كاذبة",
    "مغلوطة",
    "مخالفة للحقيقة",
    "عارية من أي صحة",
    "بهتان",
]
# the same of one report ('الخبر عار عن الصحة')
MASCULINE_AR = {
    "عارية عن الصحة": "عار عن الصحة",
    "لا أساس لها من الصحة": "لا أساس له من الصحة",
    "غير صحيحة": "غير صحيح",
    "كاذبة": "كاذب",
    "مفبركة": "مفبرك",
    "ملفقة": "ملفق",
    "باطلة": "باطل",
    "محض افتراء": "محض افتراء",
    "لا تمت للحقيقة بصلة": "لا يمت للحقيقة بصلة",
    "لا تستند إلى أي دليل": "لا يستند إلى أي دليل",
    "مغلوطة": "مغلوط",
    "مخالفة للحقيقة": "مخالف للحقيقة",
}
# with the article after 'ب' ('وصف التقارير بالكاذبة')
DESCRIBED_WITH_AR = {
    "كاذبة": "بالكاذبة",
    "مفبركة": "بالمفبركة",
    "ملفقة": "بالملفقة",
    "باطلة": "بالباطلة",
    "أكاذيب": "بالأكاذيب",
    "افتراء": "بالافتراء",
    "شائعات": "بالشائعات",
}
# the judgements that describe ('وصف التقارير بأنها كاذبة', 'بالكاذبة')
DESCRIBED_AR = ["كاذبة", "مفبركة", "ملفقة", "باطلة", "غير صحيحة", "عارية عن الصحة", "أكاذيب", "شائعات", "افتراء"]


def _judgement_frames_ar(judgement: str, s: str, fem: bool) -> list[tuple[str, str, bool]]:
    t = "ت" if fem else ""
    part = "مؤكدة" if fem else "مؤكدا"
    out = [
        ("said that", f"وقال{t} {s} في بيان إن {REPORTS} {judgement}.", True),
        ("stressed that", f"وأكد{t} {s} أن {REPORTS} {judgement}.", True),
        ("quoted before said", f'"ما تداولته وسائل الإعلام عن انسحاب القوات {judgement}"، قال{t} {s}.', True),
        ("deemed that", f"واعتبر{t} {s} أن {REPORTS} {judgement}.", True),
        ("explained that", f"وأوضح{t} {s} أن {REPORTS} {judgement}.", True),
        ("insisted on that", f"وشدد{t} {s} على أن {REPORTS} {judgement}.", True),
        ("participle that", f"وتحدث{t} {s} عن الوضع في المدينة، {part} أن {REPORTS} {judgement}.", True),
        ("quoted, according to", f'"{REPORTS} {judgement}"، بحسب {s}.', True),
    ]
    if judgement in MASCULINE_AR:
        out.append(("said the report", f"وقال{t} {s} إن الخبر عن انسحاب القوات {MASCULINE_AR[judgement]}.", True))
    if judgement in DESCRIBED_AR:
        out.append(("described as", f"ووصف{t} {s} التقارير عن انسحاب القوات بأنها {judgement}.", True))
    if judgement in DESCRIBED_WITH_AR:
        out.append(("described with", f"ووصف{t} {s} التقارير عن انسحاب القوات {DESCRIBED_WITH_AR[judgement]}.", True))
    return out


def _fixed_ar(s: str, fem: bool) -> list[tuple[str, str, bool]]:
    t = "ت" if fem else ""
    return [
        ("no truth quoted", f'"لا صحة لما تداولته وسائل الإعلام عن انسحاب القوات"، قال{t} {s}.', True),
        ("no truth said", f"وقال{t} {s} إنه لا صحة ل{REPORTS}.", True),
        ("no truth stressed", f"وأكد{t} {s} أن لا صحة ل{REPORTS}.", True),
        ("condemned false claims", f"واستنكر{t} {s} الادعاءات الكاذبة عن انسحاب القوات.", True),
        ("issued a denial", f"وأصدر{t} {s} نفيا ل{REPORTS}.", True),
        ("issued a belying", f"وأصدر{t} {s} تكذيبا ل{REPORTS}.", True),
    ]


# --- Persian ----------------------------------------------------------------------------------------------------------

SUBJECTS_FA = [
    ("بشار اسد، رئیس\u200cجمهور سوریه،", "Bashar al-Assad", True),
    ("وزیر دفاع کسلیا رامین دلاوری", "رامین دلاوری", False),
    ("رامین دلاوری", "رامین دلاوری", False),
    ("وزارت دفاع کسلیا", "وزارت دفاع کسلیا", False),
    ("تیپ کسل", "تیپ کسل", False),
    ("کسلیا", "کسلیا", False),
    ("سخنگوی تیپ کسل", "سخنگوی تیپ کسل", False),
]

# (the noun, as it is written before 'کرد')
VERBS_FA = ["تکذیب", "رد", "نفی", "انکار"]
REPORTS_FA = "گزارش\u200cها درباره عقب\u200cنشینی نیروها از شهر آسترا"
CLAIM_FA = "ادعای عقب\u200cنشینی نیروها از شهر آسترا"


def _verb_frames_fa(noun: str, s: str) -> list[tuple[str, str, bool]]:
    out = [
        ("past", f"{s} {REPORTS_FA} را {noun} کرد.", True),
        ("claim", f"{s} {CLAIM_FA} را {noun} کرد.", True),
        ("present", f"{s} {CLAIM_FA} را {noun} می\u200cکند.", True),
        ("perfect", f"{s} {REPORTS_FA} را {noun} کرده است.", True),
        ("in a statement", f"{s} در بیانیه\u200cای {REPORTS_FA} را {noun} کرد.", True),
        ("with", f"{s} با {noun} {CLAIM_FA}، گفت نیروها در مواضع خود هستند.", True),
        ("not", f"{s} {REPORTS_FA} را {noun} نکرد.", False),
        ("has not", f"{s} {CLAIM_FA} را {noun} نکرده است.", False),
    ]
    if noun in ("تکذیب", "رد"):
        out += [
            ("passive", f"{CLAIM_FA} از سوی {s} {noun} شد.", True),
            ("passive by", f"این خبر توسط {s} {noun} شد.", True),
        ]
    out += [
        ("strongly", f"{s} {CLAIM_FA} را قویا {noun} کرد.", True),
        ("firmly", f"{s} {REPORTS_FA} را به شدت {noun} کرد.", True),
        ("in an interview", f"{s} در گفت\u200cوگو با خبرگزاری نور {REPORTS_FA} را {noun} کرد.", True),
        ("by issuing", f"{s} با انتشار بیانیه\u200cای {CLAIM_FA} را {noun} کرد.", True),
        ("and said", f"{s} {CLAIM_FA} را {noun} کرد و گفت نیروها در مواضع خود هستند.", True),
        ("this claim", f"{s} این ادعا را {noun} کرد.", True),
        ("present plural", f"{s} این گزارش\u200cها را {noun} می\u200cکنند.", True),
        ("formal", f"{s} {CLAIM_FA} را {noun} نمود.", True),
    ]
    if noun == "تکذیب":
        out += [
            ("set about", f"{s} به تکذیب {REPORTS_FA} پرداخت.", True),
            ("that", f"{s} تکذیب کرد که نیروها از شهر آسترا عقب\u200cنشینی کرده\u200cاند.", True),
        ]
    return out


# (the judgement as a predicate of the reports, and as what they are called before 'خواند', if it is so said)
JUDGEMENTS_FA = [
    ("صحت ندارد", None),
    ("کذب محض است", "کذب محض"),
    ("بی\u200cاساس است", "بی\u200cاساس"),
    ("شایعه است", "شایعه"),
    ("دروغ است", "دروغ"),
    ("ساختگی است", "ساختگی"),
    ("عاری از حقیقت است", "عاری از حقیقت"),
    ("فاقد اعتبار است", "فاقد اعتبار"),
    ("واقعیت ندارد", None),
    ("پایه و اساسی ندارد", None),
    ("غیرحقیقی است", "غیرحقیقی"),
]


def _judgement_frames_fa(judgement: tuple[str, str | None], s: str) -> list[tuple[str, str, bool]]:
    predicate, called = judgement
    out = [
        ("said:", f"{s} گفت: {REPORTS_FA} {predicate}.", True),
        ("said that", f"{s} گفت که {REPORTS_FA} {predicate}.", True),
        ("stated in a statement", f"{s} در بیانیه\u200cای اعلام کرد که {REPORTS_FA} {predicate}.", True),
        ("stressed that", f"{s} تاکید کرد که {REPORTS_FA} {predicate}.", True),
        ("announced:", f"{s} اعلام کرد: {REPORTS_FA} {predicate}.", True),
        ("quoted before said", f"«{REPORTS_FA} {predicate}»، {s} گفت.", True),
        ("according to", f"به گفته {s.rstrip('،')}، {REPORTS_FA} {predicate}.", True),
        ("in answer to", f"{s} در واکنش به {CLAIM_FA}، گفت: این ادعا {predicate}.", True),
    ]
    if called is not None:
        out += [
            ("called", f"{s} {REPORTS_FA} را {called} خواند.", True),
            ("deemed", f"{s} {REPORTS_FA} را {called} دانست.", True),
            ("described", f"{s} {REPORTS_FA} را {called} توصیف کرد.", True),
        ]
    return out


# --- the grid ---------------------------------------------------------------------------------------------------------


def _grid() -> list[tuple[str, str, str, str, str, bool, bool]]:
    """(language, frame, word, sentence, denier's label, whether it denies, whether the index on file is used)."""
    out = []
    for s, label, fem, on_file in SUBJECTS_AR:
        for verb in VERBS_AR:
            for frame, text, denies in _verb_frames_ar(verb, s, fem):
                out.append(("ar", frame, verb[0], text, label, denies, on_file))
            for frame, text, denies in _noun_frames_ar(verb, s, fem):
                out.append(("ar", frame, verb[8], text, label, denies, on_file))
        for judgement in JUDGEMENTS_AR:
            for frame, text, denies in _judgement_frames_ar(judgement, s, fem):
                out.append(("ar", frame, judgement, text, label, denies, on_file))
        for frame, text, denies in _fixed_ar(s, fem):
            out.append(("ar", frame, frame, text, label, denies, on_file))
    for s, label, on_file in SUBJECTS_FA:
        for noun in VERBS_FA:
            for frame, text, denies in _verb_frames_fa(noun, s):
                out.append(("fa", frame, noun, text, label, denies, on_file))
        for judgement in JUDGEMENTS_FA:
            for frame, text, denies in _judgement_frames_fa(judgement, s):
                out.append(("fa", frame, judgement[0], text, label, denies, on_file))
    return unique_paragraphs(out, at=3)


GRID = _grid()
SAMPLE = sorted(random.Random(36).sample(range(len(GRID)), min(len(GRID), 700)))


def _case(i: int):
    language, frame, word, text, label, denies, on_file = GRID[i]
    return pytest.param(language, text, label, denies, on_file, id=f"{language}|{frame}|{word}|{label}")


@pytest.mark.parametrize(("language", "text", "label", "denies", "on_file"), [_case(i) for i in SAMPLE])
def test_every_word_of_denying_in_every_frame_denies_by_the_right_denier(language, text, label, denies, on_file):
    assert deniers(language, AF_LEAD[language], text, index=index_if(on_file)) == ([label] if denies else [])


# --- letter forms -----------------------------------------------------------------------------------------------------

_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
TATWEEL = "\u0640"


def zwnj_as_space(text: str) -> str:
    return text.replace("\u200c", " ")


def _verb_at(text: str, words: tuple[str, ...]) -> tuple[int, str] | None:
    for w in sorted(words, key=len, reverse=True):
        at = text.find(w)
        if at >= 0 and not text[at + len(w) : at + len(w) + 1].isalpha():
            return at, w
    return None


_VERB_WORDS = tuple({w for v in VERBS_AR for w in v[:6]} | {f"{n} کرد" for n in VERBS_FA})


def tatweel(text: str) -> str:
    """A tatweel after the first letter that joins forward of the verb ('نفـى', 'تکـذیب')."""
    found = _verb_at(text, _VERB_WORDS)
    if found is None:
        return text
    at, word = found
    k = next((i for i, ch in enumerate(word[:-1]) if ch not in "اأإآدذرزژو" and word[i + 1] != " "), None)
    return text if k is None else text[: at + k + 1] + TATWEEL + text[at + k + 1 :]


def diacritics(text: str) -> str:
    """A fatha after the verb's first letter ('نَفى', 'تَکذیب')."""
    found = _verb_at(text, _VERB_WORDS)
    if found is None:
        return text
    at, _ = found
    return text[: at + 1] + "\u064e" + text[at + 1 :]


def bare(text: str) -> str:
    """Without the diacritics a grid sentence is written with ('كذّب' as 'كذب')."""
    return "".join(ch for ch in text if ch not in _DIACRITICS)


FORMS = [other_letters, no_zwnj, zwnj_as_space, tatweel, diacritics, bare]


def _same(form, text: str) -> bool:
    return form(text) != text


@pytest.mark.parametrize(("language", "text", "label", "denies", "on_file"), [_case(i) for i in SAMPLE[::5]])
def test_the_grid_reads_alike_in_every_letter_form(language, text, label, denies, on_file):
    plain = deniers(language, AF_LEAD[language], text, index=index_if(on_file))
    for form in FORMS:
        if form(text) == text:
            continue
        # (a label written in the text is written in its letters; the tatweel and diacritics stand on the verb only)
        expected = [form(who) if form in (other_letters, no_zwnj, zwnj_as_space) else who for who in plain]
        assert deniers(language, AF_LEAD[language], form(text), index=index_if(on_file)) == expected, form.__name__


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # rejecting, condemning what is no claim: a refusal, a judgement, no denial
        ("ar", "ورفض سامي حمدان الانسحاب من مدينة أسترا."),
        ("ar", "ورفضت وزارة الدفاع الكسلية المقترح الذي قدمته كتائب كيسل."),
        ("ar", "واستنكرت كتائب كيسل الهجوم على مدينة أسترا."),
        ("ar", "وانتقد سامي حمدان قرار الحكومة الكسلية."),
        # not denied
        ("ar", "ولم تنف كتائب كيسل الأنباء عن انسحاب القوات من مدينة أسترا."),
        ("ar", "سامي حمدان لم ينف ولم يؤكد الأنباء عن انسحاب القوات."),
        ("fa", "رامین دلاوری پیشنهاد آتش\u200cبس را رد کرد."),
        ("fa", "تیپ کسل گزارش\u200cها درباره عقب\u200cنشینی نیروها را تکذیب نکرد."),
        ("fa", "رامین دلاوری حمله به شهر آسترا را محکوم کرد."),
        # a rejection of one's own, or one opening a sentence, of what is no claim: a refusal
        ("ar", "وجددت كسليا رفضها للمقترح الذي قدمته كتائب كيسل."),
        ("ar", "وفي رفض للمقترح، قال سامي حمدان إن القوات في مواقعها."),
        # it cannot be denied: an affirmation
        ("ar", "وقال سامي حمدان إنه لا يمكن إنكار أن القوات انسحبت."),
        ("fa", "رامین دلاوری گفت نمی\u200cتوان نقش کسلیا را انکار کرد."),
        ("fa", "رامین دلاوری گفت می\u200cتوان این ادعا را رد کرد."),
        # void, erroneous, unreal said of what is no report
        ("ar", "وقال سامي حمدان إن العقد باطل."),
        ("ar", "وقال سامي حمدان إن الحكومة تنشر مفاهيم مغلوطة عن الحرب."),
        ("ar", "وقال سامي حمدان إن التقارير تتحدث عن شركات بأسماء غير حقيقية."),
        # a participle after a deed, with nothing denied
        ("ar", "وزار سامي حمدان مدينة أسترا، مؤكدا أن القوات في مواقعها."),
    ],
)
def test_refusing_condemning_and_not_denying_deny_nothing(language, text):
    assert deniers(language, AF_LEAD[language], text) == []
