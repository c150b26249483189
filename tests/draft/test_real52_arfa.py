"""Round 52's arfa helper: Persian and Arabic shapes of denials on made-up sentences.

1. A Persian given name of two parts written as one word, which name data lists only now and then: a word and 'الله'
   (God) after it, joined, with the non-joiner or apart ('ذبیح‌الله', 'ذبیحالله', 'ذبیح الله', 'حمدالله', 'انعام‌الله'),
   or one of the usual first parts before another given name ('غلامرضا', 'محمدباقر', 'سیدعباس'). Written right after
   an office and its body ('سخنگوی طالبان ذبیح‌الله مجاهد این گزارش را رد کرد'), the name was dropped (the denier was
   'سخنگوی طالبان') or run into the body's name, and a later 'مجاهد افزود: ...' was another speaker's quotation.
2. A short relative clause that describes an unnamed official, closed by its own verb with no comma, right before the
   object ('یک مقام ارشد طالبان که نخواست نامش فاش شود این گزارش را تکذیب کرد'): the official denies; before, the
   clause's words ('نخواست نامش فاش شود') were drafted as the denier.
3. A name after an office and one plain word that names its body, with no body's word and no record on file
   ('سخنگوی حماس رامین دلاوری', 'سخنگوی پژاک X Y'): the name is the holder's; before, the body's word was run into the
   name ('حماس رامین دلاوری').
4. 'از قول Y' (on the word of Y) after an outlet ('خبرگزاری ایرنا از قول سخنگوی وزارت خارجه نوشت که این ادعا
   بی‌اساس است'): Y's words, as after 'به نقل از Y'; before, the outlet was drafted as the denier.
5. Persian claims called imaginary, a delusion, unsubstantiated or a black-painting ('این ادعا را «خیالی» توصیف
   کرد', 'این گزارش را «سیاه‌نمایی» خواند', 'این اتهامات را غیرمستند دانست'), and 'wrong' in marks ('این گزارش «غلط»
   است'): denials, as 'مضحک' and 'پوچ' were; before, the speaker's claim or quotation.
6. Arabic claims called silly, illusory, imaginary, laughable, unreal or mere speculation, in marks or after
   'بأنها' ('وصف الاتهامات بأنها "سخيفة"', 'إن الأنباء "مجرد تكهنات"'), or said to lack credibility ('الرواية تفتقر
   إلى المصداقية'), and 'erroneous' in marks ('إن هذه المعلومات "مغلوطة"'): denials; before, quotations.
7. The Dari 'X را تردید کرد' (denied X), as Afghan outlets write it ('طالبان این خبر را تردید کردند'): a verb of
   denying, only right after 'را' (in Iran 'در ... تردید کرد' is doubted or hesitated about); before, no denial.

The people are made up (حمدالله آرامفر، ذبیح‌الله کیانفر، غلامرضا آذرپاد، محمدباقر نیک‌نام) beside real bodies, whose
records the grids read with the names on file, as `factsheet draft` does; sentences are ours.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, no_zwnj, other_letters, project_index, said


def units(*paragraphs: str, on_file: bool = True) -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the lead, with the names on file unless not ``on_file``."""
    index = project_index() if on_file else None
    return [(kind, who) for kind, who, _ in said("fa", AF_LEAD["fa"], *paragraphs, index=index)]


# --- 1. a compound given name after an office ----------------------------------------------------------------------

# (the name, its family name alone)
NAMES = [
    ("ذبیح‌الله کیانفر", "کیانفر"),
    ("ذبیحالله کیانفر", "کیانفر"),
    ("ذبیح الله کیانفر", "کیانفر"),
    ("حمدالله آرامفر", "آرامفر"),
    ("انعام‌الله آذرپاد", "آذرپاد"),
    ("نعمت الله آذرپاد", "آذرپاد"),
    ("غلامرضا آذرپاد", "آذرپاد"),
    ("محمدباقر نیک‌نام", "نیک‌نام"),
    ("سیدعباس آرامفر", "آرامفر"),
]
OFFICES = ["سخنگوی طالبان", "معاون سخنگوی طالبان", "سخنگوی وزارت دفاع طالبان", "سخنگوی امارت اسلامی"]
DENIED = [
    "این گزارش را رد کرد.",
    "ادعای سازمان ملل را تکذیب کرد.",
    "این خبر را شایعه خواند.",
    "گزارش‌ها درباره این دیدار را بی‌اساس خواند.",
]


@pytest.mark.parametrize(("name", "surname"), NAMES)
@pytest.mark.parametrize("office", OFFICES)
def test_compound_given_name_after_an_office_denies(name, surname, office):
    assert units(f"{office} {name} {DENIED[0]}") == [("denial", name)]


@pytest.mark.parametrize(("name", "surname"), NAMES[:5])
@pytest.mark.parametrize("denied", DENIED[1:])
def test_compound_given_name_with_other_verbs(name, surname, denied):
    assert units(f"سخنگوی طالبان {name} {denied}") == [("denial", name)]


@pytest.mark.parametrize(("name", "surname"), NAMES)
@pytest.mark.parametrize(
    "added",
    ["{surname} افزود: هیچ عضو القاعده در افغانستان نیست.", "{surname} همچنین گفت: ما هیچ نقشی در این حمله نداشتیم."],
)
def test_family_name_alone_goes_on_denying(name, surname, added):
    got = units(f"سخنگوی طالبان {name} {DENIED[0]}", added.format(surname=surname))
    assert got == [("denial", name), ("denial", name)]


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
@pytest.mark.parametrize(("name", "surname"), NAMES[:4])
def test_compound_given_name_in_other_letter_forms(form, name, surname):
    got = units(form(f"سخنگوی طالبان {name} {DENIED[0]}"))
    assert [k for k, _ in got] == ["denial"]
    assert plain(got[0][1]) == plain(name)


def plain(text: str) -> str:
    """``text`` in Persian yeh and kaf, without the non-joiner."""
    return no_zwnj(text).replace("\u064a", "\u06cc").replace("\u0643", "\u06a9")


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        # a body's or a title's word before 'الله' is no given name
        ("سخنگوی حزب الله لبنان این خبر را تکذیب کرد.", "سخنگوی حزب الله لبنان"),
        ("دبیرکل حزب‌الله لبنان این خبر را تکذیب کرد.", "دبیرکل حزب الله لبنان"),
        ("دفتر آیت‌الله سیستانی این خبر را تکذیب کرد.", "دفتر آیت‌الله سیستانی"),
        # the office alone, then its object
        ("سخنگوی طالبان این گزارش را رد کرد.", "سخنگوی طالبان"),
        ("سخنگوی طالبان گزارش سازمان ملل را رد کرد.", "سخنگوی طالبان"),
    ],
)
def test_no_compound_name_where_none_is(sentence, denier):
    assert units(sentence) == [("denial", denier)]


def test_compound_name_words():
    from generator.draft.names import _given_or_family_name

    for word in ("ذبیح‌الله", "ذبیحالله", "انعام‌الله", "امرالله", "غلامرضا", "محمدباقر", "سیدعباس", "میرحسین"):
        assert _given_or_family_name(word, "fa"), word
    for word in ("حزب‌الله", "حزبالله", "انصارالله", "آیت‌الله", "جندالله", "ان‌شاءالله", "بسم‌الله", "الحمدلله"):
        assert not _given_or_family_name(word, "fa"), word
    for word in ("علیرغم", "میراث", "امیرالمومنین", "سیدالشهدا", "علیه"):
        assert not _given_or_family_name(word, "fa"), word
    assert not _given_or_family_name("ذبیحالله", "ar")  # (Persian only)


# --- 2. a relative clause closed by its own verb before the object ---------------------------------------------------

UNNAMED = ["یک مقام ارشد طالبان", "یک منبع امنیتی", "یک فرمانده سپاه", "یک عضو ارشد حماس", "یک مقام وزارت دفاع"]
CLAUSES = ["که نخواست نامش فاش شود", "که خواست نامش فاش نشود", "که نخواست نامش ذکر شود", "که نخواست نامش منتشر شود"]
OBJECTS = [
    "این گزارش را تکذیب کرد.",
    "این خبر را شایعه خواند.",
    "ادعای رسانه‌های پاکستانی را رد کرد.",
    "اتهامات اسرائیل را بی‌اساس خواند.",
]


@pytest.mark.parametrize("who", UNNAMED)
@pytest.mark.parametrize("clause", CLAUSES)
def test_unnamed_official_denies_after_a_clause(who, clause):
    assert units(f"{who} {clause} {OBJECTS[0]}") == [("denial", who)]


@pytest.mark.parametrize("who", UNNAMED[:3])
@pytest.mark.parametrize("obj", OBJECTS[1:])
@pytest.mark.parametrize("on_file", [True, False])
def test_unnamed_official_with_other_objects(who, obj, on_file):
    assert units(f"{who} {CLAUSES[0]} {obj}", on_file=on_file) == [("denial", who)]


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
def test_unnamed_official_in_other_letter_forms(form):
    got = units(form(f"{UNNAMED[1]} {CLAUSES[1]} {OBJECTS[2]}"))
    assert got == [("denial", form(UNNAMED[1]))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the clause with its comma, as before
        ("یک منبع امنیتی که نخواست نامش فاش شود، این خبر را تکذیب کرد.", [("denial", "یک منبع امنیتی")]),
        # a clause with a subject of its own before the object: not closed
        ("گزارشی که دیروز منتشر شد این ادعا را رد کرد.", []),
    ],
)
def test_clause_near_misses(sentence, expected):
    assert units(sentence) == expected


# --- 3. a name after an office and one word that names its body, no body's word, no record ---------------------------

# (the office and its body in one word no record knows, the name)
LONE_BODIES = ["سخنگوی حماس", "سخنگوی پژاک", "سخنگوی جیش‌العدل", "سخنگوی انصارالله", "فرمانده پژاک"]
PEOPLE = [("رامین دلاوری", "دلاوری"), ("ذبیحالله کیانفر", "کیانفر"), ("حمدالله آرامفر", "آرامفر")]


@pytest.mark.parametrize("office", LONE_BODIES)
@pytest.mark.parametrize(("name", "surname"), PEOPLE)
@pytest.mark.parametrize("on_file", [True, False])
def test_name_after_an_office_and_one_body_word(office, name, surname, on_file):
    assert units(f"{office} {name} {DENIED[0]}", on_file=on_file) == [("denial", name)]


@pytest.mark.parametrize("office", LONE_BODIES[:3])
@pytest.mark.parametrize(("name", "surname"), PEOPLE[:1])
@pytest.mark.parametrize("denied", DENIED[1:])
def test_name_after_one_body_word_with_other_verbs(office, name, surname, denied):
    got = units(f"{office} {name} {denied}", f"{surname} افزود: ما هیچ نقشی در این حمله نداشتیم.")
    assert got == [("denial", name), ("denial", name)]


@pytest.mark.parametrize("office", ["سخنگوی حماس", "سخنگوی پژاک"])
@pytest.mark.parametrize(
    "rest",
    [
        "این گزارش را رد کرد.",
        "روز دوشنبه این گزارش را رد کرد.",
        "شامگاه یکشنبه این خبر را تکذیب کرد.",
        "به شدت این خبر را تکذیب کرد.",
        "هرگونه دخالت در این حمله را رد کرد.",
        "ادعای اسرائیل را رد کرد.",
        "اتهامات سپاه را رد کرد.",
    ],
)
def test_no_name_after_one_body_word(office, rest):
    # (a time, a manner, a determiner or the object after the office: no one's name)
    assert units(f"{office} {rest}") == [("denial", office)]


# --- 4. 'از قول Y' (on the word of Y) after an outlet, as 'به نقل از Y' ------------------------------------------------

OUTLETS = ["خبرگزاری ایرنا", "خبرگزاری تسنیم", "روزنامه کیهان", "رسانه‌های پاکستانی"]
SOURCES = ["سخنگوی وزارت خارجه", "یک منبع آگاه", "یک مقام امنیتی", "رامین دلاوری"]
SAID_UNTRUE = [
    "نوشت که این ادعا بی‌اساس است.",
    "گزارش داد که این خبر صحت ندارد.",
    "اعلام کرد که این گزارش دروغ است.",
]


@pytest.mark.parametrize("outlet", OUTLETS)
@pytest.mark.parametrize("source", SOURCES)
def test_on_the_word_of_a_source(outlet, source):
    assert units(f"{outlet} از قول {source} {SAID_UNTRUE[0]}") == [("denial", source)]


@pytest.mark.parametrize("source", SOURCES[:2])
@pytest.mark.parametrize("said", SAID_UNTRUE[1:])
@pytest.mark.parametrize("form", [no_zwnj, other_letters])
def test_on_the_word_of_with_other_verbs_and_letters(source, said, form):
    got = units(form(f"خبرگزاری ایسنا از قول {source} {said}"))
    assert [(k, plain(w)) for k, w in got] == [("denial", plain(source))]


def test_on_the_word_of_a_source_quoted():
    got = units("روزنامه کیهان از قول یک مقام امنیتی نوشت: «این شایعات ساخته دشمن است.»")
    assert got == [("denial", "یک مقام امنیتی")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the outlet's own words, no source relayed; and 'به نقل از' as before
        ("خبرگزاری ایرنا نوشت که این ادعا بی‌اساس است.", [("denial", "خبرگزاری ایرنا")]),
        ("خبرگزاری ایرنا به نقل از یک منبع آگاه نوشت که این ادعا بی‌اساس است.", [("denial", "یک منبع آگاه")]),
        # 'قول' as a promise, no one's word relayed
        ("دولت از قول خود درباره آزادی زندانیان عقب نشست.", []),
    ],
)
def test_on_the_word_of_near_misses(sentence, expected):
    assert units(sentence) == expected


# --- 5. Persian: claims called imaginary, a delusion, unsubstantiated, a black-painting; 'wrong' in marks ------------

PERSIAN_SPEAKERS = ["ناصر کنعانی", "سخنگوی وزارت خارجه ایران", "وزارت دفاع طالبان"]
CALLED_FA = [
    "این ادعا را «خیالی» توصیف کرد.",
    "این گزارش را خیالی خواند.",
    "این گزارش را «سیاه‌نمایی» خواند.",
    "گزارش‌های رسانه‌های غربی را سیاه‌نمایی دانست.",
    "این ادعا را «توهم» خواند.",
    "این اتهامات را توهم‌آمیز خواند.",
    "این گزارش را «غیرمستند» خواند.",
    "گفت این اتهامات غیر مستند است.",
    "گفت این گزارش «غلط» است.",
]


@pytest.mark.parametrize("who", PERSIAN_SPEAKERS)
@pytest.mark.parametrize("called", CALLED_FA)
def test_claims_called_imaginary_or_unsubstantiated(who, called):
    assert units(f"{who} {called}") == [("denial", who)]


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
@pytest.mark.parametrize("called", CALLED_FA[2:4])
def test_claims_called_so_in_other_letter_forms(form, called):
    assert [k for k, _ in units(form(f"ناصر کنعانی {called}"))] == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the words said of no claim
        "ناصر کنعانی از سیاه‌نمایی رسانه‌های داخلی درباره اقتصاد انتقاد کرد.",
        "رئیس جمهور گفت برخی رسانه‌ها به سیاه‌نمایی درباره وضعیت اقتصادی کشور می‌پردازند.",
        "این فیلم یک داستان خیالی درباره جنگ است.",
        # 'wrong' of no claim, and a claim word after it
        "کارشناسان می‌گویند این سیاست غلط است.",
    ],
)
def test_no_denial_without_a_claim_called_so(sentence):
    assert not [k for k, _ in units(sentence) if k == "denial"]


# --- 6. Arabic: claims called silly, illusory, imaginary, laughable, unreal or mere speculation; lacking credibility --


def units_ar(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of every unit drafted after the Arabic lead, with the names on file."""
    return [(kind, who) for kind, who, _ in said("ar", AF_LEAD["ar"], *paragraphs, index=project_index())]


ARABIC_SPEAKERS = [("المتحدث باسم الخارجية الإيرانية إسماعيل بقائي", "إسماعيل بقائي"), ("الحركة", "الحركة")]
CALLED_AR = [
    'ووصف {who} هذه الاتهامات بأنها "سخيفة".',
    'ووصف {who} هذه المزاعم بأنها "وهمية".',
    'ووصف {who} التقارير بـ"الخيالية".',
    'ووصف {who} التقرير بأنه "مجرد تكهنات".',
    'ووصف {who} هذه الاتهامات بـ"المضحكة".',
    'وقال {who} إن هذه الأنباء "غير واقعية".',
    'وقال {who} إن هذه المعلومات "مغلوطة".',
    'وقال {who} إن هذه الرواية "تفتقر إلى المصداقية".',
    'وقال {who} إن الادعاءات الإسرائيلية "سخيفة ولا تستحق الرد".',
]


@pytest.mark.parametrize(("who", "label"), ARABIC_SPEAKERS)
@pytest.mark.parametrize("called", CALLED_AR)
def test_arabic_claims_called_silly_or_illusory(who, label, called):
    assert units_ar(called.format(who=who)) == [("denial", label)]


@pytest.mark.parametrize("form", [other_letters])
@pytest.mark.parametrize("called", CALLED_AR[:2])
def test_arabic_claims_called_so_in_other_letter_forms(form, called):
    got = units_ar(form(called.format(who="الحركة")))
    assert [k for k, _ in got] == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # the word alone after a report's noun, of something else
        "ونشرت الصحيفة تقريرا عن الشركات الوهمية في العراق.",
        'وقال الخبير إن التقرير يتحدث عن "حسابات وهمية" على مواقع التواصل.',
        # lacking accuracy, as often said of what is known
        "وقال الوزير إن المعلومات المتوفرة تفتقر إلى الدقة بسبب صعوبة الوصول إلى المنطقة.",
        # reports called something else in marks
        'وأضاف الوزير أن الأنباء عن الهدنة "تبعث على التفاؤل".',
    ],
)
def test_arabic_no_denial_without_a_claim_called_so(sentence):
    assert not [k for k, _ in units_ar(sentence) if k == "denial"]


# --- 7. Dari 'X را تردید کرد' (denied X) ----------------------------------------------------------------------------

DARI_DENIERS = ["طالبان", "وزارت دفاع طالبان", "سخنگوی والی بلخ", "مقام‌های محلی هرات", "ذبیح‌الله کیانفر"]
DARI_DENIED = [
    "این خبر را تردید کرد.",
    "این گزارش را تردید کردند.",
    "ادعای رسانه‌های پاکستانی را تردید کرده است.",
    "گزارش کشته شدن غیرنظامیان را تردید می‌کنند.",
    "این ادعا را تردید کرده و گفت که هیچ حمله‌ای صورت نگرفته است.",
]


@pytest.mark.parametrize("who", DARI_DENIERS)
@pytest.mark.parametrize("denied", DARI_DENIED)
def test_dari_denied_with_doubt_verb(who, denied):
    got = units(f"{who} {denied}")
    assert [k for k, _ in got] == ["denial"]
    assert got[0][1] in (who, "Taliban")  # (the Taliban's record on file)


@pytest.mark.parametrize("form", [no_zwnj, other_letters])
def test_dari_denied_in_other_letter_forms(form):
    assert [k for k, _ in units(form(f"{DARI_DENIERS[2]} {DARI_DENIED[3]}"))] == ["denial"]


@pytest.mark.parametrize(
    "sentence",
    [
        # doubted, hesitated (Iran's 'در ... تردید کرد'), a proposal refused, no doubt had
        "ناصر کنعانی در صحت این خبر تردید کرد.",
        "وزیر خارجه در پذیرش این پیشنهاد تردید کرد.",
        "وزیر خارجه پیشنهاد آمریکا را تردید کرد.",
        "او گفت که هیچ تردیدی در این باره ندارد.",
    ],
)
def test_no_dari_denial_without_its_object(sentence):
    assert not [k for k, _ in units(sentence) if k == "denial"]
