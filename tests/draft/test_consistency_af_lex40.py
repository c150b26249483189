"""Arabic and Persian, round 40 of issue 17: denials of one's own part drafted as denials, answers to a charge named
nearby, each given to the right denier, and frames that deny nothing left so (a generated grid of made-up sentences).

Round 36's grid (test_consistency_af_lex36.py) crossed the words of denying (نفى، كذّب، عارية عن الصحة؛ تکذیب، رد
کرد، صحت ندارد); this one crosses what it lacks:

- one's own or one's side's part in a deed denied without a verb of denying: Arabic 'لا علاقة لنا بـ', 'لم يكن لنا أي
  دور', 'لم نشارك', 'لا صلة لنا', 'لسنا طرفا', 'لم نطلق', 'لا وجود لقواتنا' and their third persons, masculine and
  feminine ('إنه لم يشارك', 'إنها ليست طرفا'); Persian 'هیچ نقشی نداشته', 'ارتباطی با ... ندارد', 'دخالتی نداشته', 'هیچ
  نیرویی اعزام نکرده', 'حضور ندارند'; in a quotation before or after the verb, after 'قال إن' / 'أكد أن' / 'گفت:' /
  'اعلام کرد که', with و or ف;
- answers to a charge named nearby ('ردا على الاتهامات، قال X ...', 'وفي رده على سؤال حول ...', 'در پاسخ به ادعای
  ...، گفت'), and judgements in marks ('إن الاتهامات "عارية عن الصحة"', 'این ادعا را «کذب محض» خواند');
- who the denier is: a person with a rank before the name, a body and its spokesman, a body's media office (المكتب
  الإعلامي لـ، دفتر رسانه‌ای / دفتر رسانه ای), a ministry and its state (مصر، الأمريكية، ألمانيا/المانيا، فرنسا/الفرنسية،
  إسرائيل/اسرائيل; مصر، آمریکا، آلمان، فرانسه، اسرائیل), a source in a ministry, a dropped subject or 'وی' after the
  denier was named in the sentence before, a second speaker in the sentence or paragraph who does not deny;
- frames that deny nothing: 'لم يؤكد ولم ينف', 'رفض التعليق', 'اتهم X Y بالكذب' (a charge, not X's denial), 'نه تایید
  و نه تکذیب کرد', 'از اظهار نظر خودداری کرد', 'X را به دروغگویی متهم کرد'.

Each combination must draft one denial by the right denier, or none. A sample is also read with the other script's
ي/ی and ك/ک and without the zero-width non-joiner. The grid is sampled with a fixed seed so that it runs in well
under a minute. Made-up names only (سامي حمدان، ليث عارف، كتائب كيسل، رامین دلاوری، کاوه نیک‌نام، تیپ کسل، کسلیا،
أسترا), apart from the states named.

On main before round 40, 203 of the 3586 combinations failed: 95 a verdict in marks after 'وصف X الاتهامات بقصف ...
بأنها "..."', the words between the charges and 'بأنها' read as another's claim whose words the marks gave ('بقصف مدينة
أسترا' a second denier); 77 'that we' ('وقال X إننا لم نشارك', 'إننا' no end of the subject, no denial); 16 a body's
media office before its verb ('المكتب الإعلامي لكتائب X قال', 'لكن المكتب الإعلامي للواء X نفى'), its 'لـ' read as the
outlet told ('المكتب الإعلامي' the denier); 6 a body's spokesman after a man named with no office ('وقال ليث عارف ... .
لكن المتحدث باسم كتائب X نفى ذلك', given to Laith); 6 a dropped subject after a visit ('وزار X مدينة أسترا. ونفى',
the city read into the name); 3 the same after 'وتحدث X عن ...' (its 'ت' read as a feminine present's, 'ونفى' then
agreeing with no one; and 'عن الوضع' read into the name); 2 Persian 'اما' before a rank or a country ('...، اما سرهنگ
X / اما مصر این ادعا را رد کرد', the clause read as the first speaker's, its words before 'را' his object). After
round 41 none fails ('اما مصر' read since: the reference data's own Arabic and Persian names of a state count).
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import AF_LEAD, deniers, no_zwnj, other_letters

# --- Arabic -----------------------------------------------------------------------------------------------------------

# (subject as written, the label its denial gets, feminine, a person named by name)
SUBJECTS_AR = [
    ("سامي حمدان", "سامي حمدان", False, True),
    ("العميد سامي حمدان", "سامي حمدان", False, True),
    ("كتائب كيسل", "كتائب كيسل", True, False),
    ("المتحدث باسم كتائب كيسل", "المتحدث باسم كتائب كيسل", False, False),
    ("المتحدث باسم كتائب كيسل سامي حمدان", "سامي حمدان", False, True),
    ("المكتب الإعلامي لكتائب كيسل", "المكتب الإعلامي لكتائب كيسل", False, False),
    ("المكتب الإعلامي للواء كيسل", "المكتب الإعلامي للواء كيسل", False, False),
    ("وزارة الخارجية المصرية", "وزارة الخارجية المصرية", True, False),
    ("وزارة الدفاع الأمريكية", "وزارة الدفاع الأمريكية", True, False),
    ("وزارة الخارجية الألمانية", "وزارة الخارجية الألمانية", True, False),
    ("الخارجية الفرنسية", "الخارجية الفرنسية", True, False),
    ("وزارة الدفاع الإسرائيلية", "وزارة الدفاع الإسرائيلية", True, False),
    ("المتحدث باسم الخارجية الفرنسية", "المتحدث باسم الخارجية الفرنسية", False, False),
    ("مصر", "مصر", True, False),
    ("ألمانيا", "ألمانيا", True, False),
    ("المانيا", "المانيا", True, False),
    ("فرنسا", "فرنسا", True, False),
    ("اسرائيل", "اسرائيل", True, False),
    ("مصدر في وزارة الدفاع الكسلية", "مصدر في وزارة الدفاع الكسلية", False, False),
]

# one's own part denied: (first person, third masculine, third feminine)
OWN_AR = [
    (
        "لا علاقة لنا بالهجوم على مدينة أسترا",
        "لا علاقة له بالهجوم على مدينة أسترا",
        "لا علاقة لها بالهجوم على مدينة أسترا",
    ),
    (
        "لم يكن لنا أي دور في الهجوم على مدينة أسترا",
        "لم يكن له أي دور في الهجوم على مدينة أسترا",
        "لم يكن لها أي دور في الهجوم على مدينة أسترا",
    ),
    ("لم نشارك في الهجوم على مدينة أسترا", "لم يشارك في الهجوم على مدينة أسترا", "لم تشارك في الهجوم على مدينة أسترا"),
    ("لا صلة لنا بالهجوم على مدينة أسترا", "لا صلة له بالهجوم على مدينة أسترا", "لا صلة لها بالهجوم على مدينة أسترا"),
    ("لسنا طرفا في النزاع في مدينة أسترا", "ليس طرفا في النزاع في مدينة أسترا", "ليست طرفا في النزاع في مدينة أسترا"),
    ("لم نطلق أي صاروخ على مدينة أسترا", "لم يطلق أي صاروخ على مدينة أسترا", "لم تطلق أي صاروخ على مدينة أسترا"),
    ("لا وجود لقواتنا في مدينة أسترا", "لا وجود لقواته في مدينة أسترا", "لا وجود لقواتها في مدينة أسترا"),
]


def _own_frames_ar(own: tuple[str, str, str], s: str, fem: bool) -> list[tuple[str, str]]:
    first, third = own[0], own[2 if fem else 1]
    t = "ت" if fem else ""
    that = "إنها" if fem else "إنه"
    that_a = "أنها" if fem else "أنه"
    return [
        ("quoted after colon", f'وقال{t} {s}: "{first}".'),
        ("quoted in «» after colon", f"وقال{t} {s}: «{first}»."),
        ("quoted before said", f'"{first}"، قال{t} {s}.'),
        ("ف said, quoted", f'فقال{t} {s}: "{first}".'),
        ("said that, third", f"وقال{t} {s} {that} {third}."),
        ("ف said that, third", f"فقال{t} {s} {that} {third}."),
        ("stressed that, third", f"وأكد{t} {s} {that_a} {third}."),
        ("said in a statement that, third", f"وقال{t} {s} في بيان {that} {third}."),
        ("said that, quoted", f'وقال{t} {s} إن "{first}".'),
        ("said that we", f"وقال{t} {s} إننا {first}."),
        ("subject first", f"{s} قال{t} {that} {third}."),
    ]


def _answer_frames_ar(own: tuple[str, str, str], s: str, fem: bool) -> list[tuple[str, str]]:
    first, third = own[0], own[2 if fem else 1]
    t = "ت" if fem else ""
    that = "إنها" if fem else "إنه"
    his = "ها" if fem else "ه"
    return [
        ("in answer to the charges", f"ردا على الاتهامات، قال{t} {s} {that} {third}."),
        ("and in answer to the charges", f'وردا على الاتهامات، قال{t} {s}: "{first}".'),
        ("in his answer to a question", f'وفي رد{his} على سؤال حول الهجوم على مدينة أسترا، قال{t} {s}: "{first}".'),
        ("commenting on the charges", f"وتعليقا على اتهامات ليث عارف، قال{t} {s} {that} {third}."),
    ]


# judgements in marks
MARKED_AR = ["عارية عن الصحة", "محض افتراء", "كاذبة", "لا أساس لها من الصحة", "مفبركة"]


def _marked_frames_ar(judgement: str, s: str, fem: bool) -> list[tuple[str, str]]:
    t = "ت" if fem else ""
    return [
        ("said that, in marks", f'وقال{t} {s} إن الاتهامات بقصف مدينة أسترا "{judgement}".'),
        ("in answer, in marks", f'وردا على الاتهامات، قال{t} {s} إنها "{judgement}".'),
        ("described, in marks", f'ووصف{t} {s} الاتهامات بقصف مدينة أسترا بأنها "{judgement}".'),
    ]


def _context_frames_ar(s: str, fem: bool, person: bool) -> list[tuple[str, tuple[str, ...], bool]]:
    """(frame, paragraphs, whether the denial is the subject's): the denier named before, a second speaker."""
    t = "ت" if fem else ""
    neg = "تنف" if fem else "ينف"
    confirm = "تؤكد" if fem else "يؤكد"
    out = [
        ("another said, while it denied", (f"وقال ليث عارف إن القوات انسحبت، فيما نف{t or 'ى'} {s} ذلك.",), True),
        (
            "it denied, while another said",
            (f"ونف{t or 'ى'} {s} الأنباء عن انسحاب القوات، فيما قال ليث عارف إن الوضع هادئ.",),
            True,
        ),
        (
            "another said, then it denied",
            (f"وقال ليث عارف إن القوات انسحبت من مدينة أسترا. لكن {s} نف{t or 'ى'} ذلك.",),
            True,
        ),
        ("another said in the paragraph before", ("وقال ليث عارف إن القوات انسحبت.", f"ونف{t or 'ى'} {s} ذلك."), True),
        # frames that deny nothing
        ("neither confirmed nor denied", (f"ولم {confirm} {s} ولم {neg} الأنباء عن انسحاب القوات.",), False),
        ("declined to comment", (f"ورفض{t} {s} التعليق على الأنباء عن انسحاب القوات.",), False),
        ("accused another of lying", (f"واتهم{t} {s} ليث عارف بالكذب.",), False),
        ("accused another of lying in his account", (f"واتهم{t} {s} ليث عارف بالكذب في روايته عن الهجوم.",), False),
    ]
    if person:
        out += [
            (
                "dropped subject after a visit",
                (f"وزار{t} {s} مدينة أسترا يوم الأحد. ونف{t or 'ى'} الأنباء عن انسحاب القوات.",),
                True,
            ),
            (
                "dropped subject after a visit, own part",
                (f"وزار{t} {s} مدينة أسترا يوم الأحد. وقال{t} إنه لا علاقة لنا بالهجوم.",),
                True,
            ),
            (
                "dropped subject after speaking of",
                (f"وتحدث{t} {s} عن الوضع في مدينة أسترا. ونف{t or 'ى'} الأنباء عن انسحاب القوات.",),
                True,
            ),
            (
                "dropped subject after saying",
                (f"وقال{t} {s} إن الوضع هادئ. ونف{t or 'ى'} الأنباء عن انسحاب القوات.",),
                True,
            ),
        ]
    return out


# --- Persian ----------------------------------------------------------------------------------------------------------

# (subject as written, the label its denial gets, a person named by name)
SUBJECTS_FA = [
    ("رامین دلاوری", "رامین دلاوری", True),
    ("سرهنگ رامین دلاوری", "رامین دلاوری", True),
    ("تیپ کسل", "تیپ کسل", False),
    ("سخنگوی تیپ کسل", "سخنگوی تیپ کسل", False),
    ("دفتر رسانه\u200cای تیپ کسل", "دفتر رسانه\u200cای تیپ کسل", False),
    ("دفتر رسانه ای تیپ کسل", "دفتر رسانه ای تیپ کسل", False),
    ("وزارت خارجه مصر", "وزارت خارجه مصر", False),
    ("وزارت دفاع آمریکا", "وزارت دفاع آمریکا", False),
    ("وزارت خارجه آلمان", "وزارت خارجه آلمان", False),
    ("وزارت خارجه فرانسه", "وزارت خارجه فرانسه", False),
    ("وزارت دفاع اسرائیل", "وزارت دفاع اسرائیل", False),
    ("سخنگوی وزارت خارجه فرانسه", "سخنگوی وزارت خارجه فرانسه", False),
    ("مصر", "مصر", False),
    ("آلمان", "آلمان", False),
    ("اسرائیل", "اسرائیل", False),
    ("منبعی در وزارت دفاع کسلیا", "منبعی در وزارت دفاع کسلیا", False),
]

# one's own part denied: (first person, third person)
OWN_FA = [
    ("ما هیچ نقشی در حمله به شهر آسترا نداشته\u200cایم", "هیچ نقشی در حمله به شهر آسترا نداشته است"),
    ("ما ارتباطی با حمله به شهر آسترا نداریم", "ارتباطی با حمله به شهر آسترا ندارد"),
    ("ما دخالتی در حمله به شهر آسترا نداشته\u200cایم", "دخالتی در حمله به شهر آسترا نداشته است"),
    ("ما هیچ نیرویی به شهر آسترا اعزام نکرده\u200cایم", "هیچ نیرویی به شهر آسترا اعزام نکرده است"),
    ("نیروهای ما در شهر آسترا حضور ندارند", "نیروهایش در شهر آسترا حضور ندارند"),
]


def _own_frames_fa(own: tuple[str, str], s: str) -> list[tuple[str, str]]:
    first, third = own
    return [
        ("said:", f"{s} گفت: {first}."),
        ("said: «»", f"{s} گفت: «{first}»."),
        ("quoted before said", f"«{first}»، {s} گفت."),
        ("said that, third", f"{s} گفت که {third}."),
        ("announced that, third", f"{s} اعلام کرد که {third}."),
        ("announced in a statement that, third", f"{s} در بیانیه\u200cای اعلام کرد که {third}."),
        ("stressed:", f"{s} تاکید کرد: «{first}»."),
    ]


def _answer_frames_fa(own: tuple[str, str], s: str) -> list[tuple[str, str]]:
    first, third = own
    return [
        ("in answer to the claim, comma", f"{s} در پاسخ به ادعای حمله به شهر آسترا، گفت: {first}."),
        ("in answer to the claim", f"{s} در پاسخ به ادعای حمله به شهر آسترا گفت: «{first}»."),
        ("in reaction to the charges", f"{s} در واکنش به اتهامات کاوه نیک\u200cنام گفت که {third}."),
        ("in answer, opening", f"در پاسخ به ادعای حمله به شهر آسترا، {s} گفت: «{first}»."),
    ]


MARKED_FA = [("بی\u200cاساس", "بی\u200cاساس"), ("کذب محض", "کذب محض"), ("دروغ", "دروغ")]


def _marked_frames_fa(judgement: tuple[str, str], s: str) -> list[tuple[str, str]]:
    word, _ = judgement
    return [
        ("called, in marks", f"{s} این ادعا را «{word}» خواند."),
        ("said that, in marks", f"{s} گفت اتهامات کاوه نیک\u200cنام «{word}» است."),
        ("in answer, called in marks", f"{s} در پاسخ به ادعای حمله به شهر آسترا، آن را «{word}» خواند."),
    ]


def _context_frames_fa(s: str, person: bool) -> list[tuple[str, tuple[str, ...], bool]]:
    out = [
        (
            "another said, but it rejected",
            (f"کاوه نیک\u200cنام گفت نیروها عقب\u200cنشینی کرده\u200cاند، اما {s} این ادعا را رد کرد.",),
            True,
        ),
        (
            "it rejected, but another said",
            (f"{s} این ادعا را رد کرد، اما کاوه نیک\u200cنام گفت نیروها عقب\u200cنشینی کرده\u200cاند.",),
            True,
        ),
        (
            "another said in the paragraph before",
            ("کاوه نیک\u200cنام گفت نیروها عقب\u200cنشینی کرده\u200cاند.", f"{s} این ادعا را تکذیب کرد."),
            True,
        ),
        # frames that deny nothing
        ("neither confirmed nor denied", (f"{s} این خبر را نه تایید و نه تکذیب کرد.",), False),
        ("refrained from comment", (f"{s} از اظهار نظر درباره این گزارش\u200cها خودداری کرد.",), False),
        ("accused another of lying", (f"{s} کاوه نیک\u200cنام را به دروغگویی متهم کرد.",), False),
        ("did not confirm", (f"{s} گزارش\u200cها درباره عقب\u200cنشینی نیروها را تایید نکرد.",), False),
    ]
    if person:
        out += [
            (
                "he, after a visit",
                (f"{s} روز یکشنبه از شهر آسترا بازدید کرد. وی گفت: ما هیچ نقشی در این حمله نداشته\u200cایم.",),
                True,
            ),
            (
                "dropped subject after a visit",
                (f"{s} روز یکشنبه از شهر آسترا بازدید کرد و گزارش\u200cها درباره عقب\u200cنشینی نیروها را تکذیب کرد.",),
                True,
            ),
            (
                "he, after a meeting",
                (f"{s} روز یکشنبه با کاوه نیک\u200cنام دیدار کرد. وی این ادعا را تکذیب کرد.",),
                True,
            ),
        ]
    return out


# --- the grid ---------------------------------------------------------------------------------------------------------

Row = tuple[str, str, str, tuple[str, ...], str, bool]


def _grid() -> list[Row]:
    """(language, frame, word, paragraphs, denier's label, whether it denies)."""
    out: list[Row] = []
    for s, label, fem, person in SUBJECTS_AR:
        for own in OWN_AR:
            for frame, text in _own_frames_ar(own, s, fem) + _answer_frames_ar(own, s, fem):
                out.append(("ar", frame, own[0], (text,), label, True))
        for judgement in MARKED_AR:
            for frame, text in _marked_frames_ar(judgement, s, fem):
                out.append(("ar", frame, judgement, (text,), label, True))
        for frame, paragraphs, denies in _context_frames_ar(s, fem, person):
            out.append(("ar", frame, "", paragraphs, label, denies))
    for s, label, person in SUBJECTS_FA:
        for own_fa in OWN_FA:
            for frame, text in _own_frames_fa(own_fa, s) + _answer_frames_fa(own_fa, s):
                out.append(("fa", frame, own_fa[0], (text,), label, True))
        for judgement_fa in MARKED_FA:
            for frame, text in _marked_frames_fa(judgement_fa, s):
                out.append(("fa", frame, judgement_fa[0], (text,), label, True))
        for frame, paragraphs, denies in _context_frames_fa(s, person):
            out.append(("fa", frame, "", paragraphs, label, denies))
    return out


GRID = _grid()
SAMPLE = sorted(random.Random(40).sample(range(len(GRID)), min(len(GRID), 1000)))


def _case(i: int):
    language, frame, word, paragraphs, label, denies = GRID[i]
    return pytest.param(language, paragraphs, label, denies, id=f"{language}|{frame}|{word}|{label}")


@pytest.mark.parametrize(("language", "paragraphs", "label", "denies"), [_case(i) for i in SAMPLE])
def test_every_denial_of_ones_part_and_every_denier_is_read_right(language, paragraphs, label, denies):
    assert deniers(language, AF_LEAD[language], *paragraphs) == ([label] if denies else [])


@pytest.mark.parametrize(("language", "paragraphs", "label", "denies"), [_case(i) for i in SAMPLE[::6]])
def test_the_grid_reads_alike_in_the_other_letters_and_without_the_non_joiner(language, paragraphs, label, denies):
    for form in (other_letters, no_zwnj):
        changed = tuple(form(p) for p in paragraphs)
        if changed == paragraphs:
            continue
        assert deniers(language, AF_LEAD[language], *changed) == ([form(label)] if denies else []), form.__name__


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    [
        # 'that we' with nothing denied, a plain statement
        ("ar", ("وقال سامي حمدان إننا نرفض الحرب.",), []),
        # an outlet told before the verb still ends the subject
        ("ar", ("سامي حمدان لقناة النور نفى الأنباء عن انسحاب القوات.",), ["سامي حمدان"]),
        # a man named with the office, then the office alone: the same man
        (
            "ar",
            (
                "وقال ليث عارف، المتحدث باسم كتائب كيسل، إن القوات في مواقعها. "
                "ونفى المتحدث باسم كتائب كيسل الأنباء عن الانسحاب.",
            ),
            ["ليث عارف", "ليث عارف"],
        ),
        # a claim of another named before 'بأن' after a verb of saying, not of describing: its owner's words
        ("ar", ('ونفى سامي حمدان تصريحات ليث عارف بأن "القوات انسحبت".',), ["سامي حمدان"]),
        # a place after a visit's subject, then a verb with none: the visitor
        ("ar", ("وزار سامي حمدان بلدة كيسلو يوم الأحد. ونفى الأنباء عن انسحاب القوات.",), ["سامي حمدان"]),
    ],
)
def test_what_must_stay_as_it_was(language, paragraphs, expected):
    assert deniers(language, AF_LEAD[language], *paragraphs) == expected
