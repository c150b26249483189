"""Review of round 34's Arabic and Persian rules (r34-w3-fa, r34-r3-af), with made-up names (جنبش نور، کسلیا، رامین
دلاوری، فرهاد صدری، كريم داود، حركة النور، سامي حمدان).

- In Persian, after a verb of saying and 'که', a clause whose subject is sources, officials or media ('X گفت که منابع
  جنبش نور این ادعا را رد کردند'; after a comma and 'از سوی دیگر' too) was read as X's own object, X the denier.
- The phrases of discourse that open a clause after a comma (round 34) were found only as three words apart: not
  with the preposition written onto the next word ('ازسوی دیگر', 'درمقابل', 'درهمین حال'), the indefinite '-ی' ('از
  سویی دیگر', 'از طرفی دیگر'), nor after an 'و' of their own; at the head of a sentence the glued forms were read as
  the subject; nor where the phrase takes an object and a comma ('...، در مقابل این ادعا، Y آن را تکذیب کرد').
- A sentence opened by 'با رد ...' and a comma, whose clause's subject is a share of people ('شماری از کارشناسان',
  'تعدادی از', 'اکثر'), was denied by the last speaker: the words for a share were a second, shorter list; and after a
  time ('امروز برخی کارشناسان گفتند') the indefinite people spoke, where without it no one did.
- That sentence, after a word that is no subject ('همچنین', 'اما', a time: 'همچنین با رد این ادعا، X اعلام کرد'), was
  denied by the last speaker, not by X.
- In Arabic, an outlet after 'ل' was taken for whom the words were given to after any occasion: 'في بيان لقناة X،
  قالت فيه' (the channel's own statement) lost its speaker; and the media, a radio or a television told ('في تصريح
  لوسائل الإعلام', 'في حديث لإذاعة X') were read as the owner.
- Whom a verb of addressing addresses started at 'الدائم' or 'المؤقت' after the office ('وخاطب المندوب الدائم
  الحكومة', the permanent representative): the adjective is the office's, as 'العام' is.
- In Persian, 'به نقل از' after the subject and a comma ('شبکه خبری «نور»، به نقل از یک منبع آگاه این ادعا را رد
  کرد') was read as a reporter's lead opening the sentence: the subject was looked for after it, none was found, and
  the last speaker denied; the source relayed denies, as without the comma.
- In Persian, a pronoun right before 'را' ('جنبش نور آنها را رد کرد', denied them) was read into the subject
  ('جنبش نور آنها', 'نور آنها').
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denials, said

OWN_SUBJECT_AFTER_THAT = [
    ("رامین دلاوری گفت که منابع جنبش نور این ادعا را رد کردند.", "منابع جنبش نور"),
    ("رامین دلاوری گفت که مقامات کسلیا این ادعا را رد کردند.", "مقامات کسلیا"),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کنترل کاخ را به دست گرفته، از سوی دیگر منابع نزدیک به کمیتههای مردمی "
        "این ادعا را تکذیب کردند.",
        "منابع نزدیک به کمیتههای مردمی",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کنترل کاخ را به دست گرفته، از سوی دیگر منابع نزدیک به کمیته\u200cهای "
        "مردمی این ادعا را تکذیب کردند.",
        "منابع نزدیک به کمیته\u200cهای مردمی",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است، در مقابل مقامات جنبش نور این ادعا را تکذیب کردند.",
        "مقامات جنبش نور",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است اما منابع جنبش نور این ادعا را تکذیب کردند.",
        "منابع جنبش نور",
    ),
    (
        "شبکه خبری کسلیا مدعی شد که جنبش نور کاخ را گرفته است، از طرف دیگر رسانه\u200cهای جنبش نور این ادعا را تکذیب "
        "کردند.",
        "رسانه\u200cهای جنبش نور",
    ),
    # (X's own object, as before: a plain noun, and 'one' before one)
    ("رامین دلاوری گفت که حملات اخیر را رد می\u200cکند.", "رامین دلاوری"),
]


@pytest.mark.parametrize(("text", "denier"), OWN_SUBJECT_AFTER_THAT, ids=range(len(OWN_SUBJECT_AFTER_THAT)))
def test_sources_or_officials_after_that_are_a_subject_not_an_object(text, denier) -> None:
    assert [who for _, who in denials("fa", text)] == [denier]


CLAIMED = "فرمانده ارتش کسلیا مدعی شد که نیروهای جنبش نور به روستا حمله کردند"
OPENERS_WRITTEN_OTHERWISE = [
    "ازسوی دیگر سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "از\u200cسوی دیگر سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "از سویی دیگر سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "از طرفی دیگر سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "درمقابل سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "درهمین حال سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "درعین حال سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    "و از سوی دیگر سخنگوی جنبش نور این ادعا را تکذیب کرد.",
    # (the Arabic letters, as before)
    "از سوي ديگر سخنگوي جنبش نور اين ادعا را تكذيب كرد.",
]


@pytest.mark.parametrize("rest", OPENERS_WRITTEN_OTHERWISE, ids=range(len(OPENERS_WRITTEN_OTHERWISE)))
@pytest.mark.parametrize("joint", ["، ", ". "], ids=["comma", "stop"])
def test_a_phrase_of_discourse_written_otherwise_opens_a_clause(rest, joint) -> None:
    found = [who for _, who in denials("fa", CLAIMED + joint + rest)]
    assert len(found) == 1 and found[0].replace("ي", "ی") == "سخنگوی جنبش نور"


FIRST = "رامین دلاوری گفت که مذاکرات ادامه دارد."
OPENED_BY_A_DENIAL_NOUN_INDEFINITE = [
    "با رد این ادعا، شماری از کارشناسان گروه دیگری را عامل آن می دانند.",
    "با رد این ادعا، تعدادی از کارشناسان گروه دیگری را عامل آن می دانند.",
    "با رد این ادعا، اکثر کارشناسان گروه دیگری را عامل آن می دانند.",
    "با تکذیب این گزارش، اغلب ناظران گروه دیگری را عامل آن می دانند.",
    "با رد این ادعا، امروز برخی کارشناسان گفتند که گروه دیگری مسئول است.",
    "با رد این ادعا، روز شنبه شماری از کارشناسان گفتند که گروه دیگری مسئول است.",
    # (as before)
    "با رد این ادعا، برخی کارشناسان گفتند که گروه دیگری مسئول است.",
    "با رد این ادعا، عده ای حمله را کار گروه دیگری می دانند.",
]


@pytest.mark.parametrize("text", OPENED_BY_A_DENIAL_NOUN_INDEFINITE, ids=range(len(OPENED_BY_A_DENIAL_NOUN_INDEFINITE)))
def test_a_denial_noun_before_indefinite_people_is_no_ones(text) -> None:
    assert said("fa", FIRST, text)[1:] == []


AFTER_A_LINK_OR_A_TIME = [
    ("همچنین با رد این ادعا، وزارت کشور کسلیا اعلام کرد که مرزها باز است.", ["وزارت کشور کسلیا"]),
    ("اما با رد این ادعا، وزارت کشور کسلیا اعلام کرد که مرزها باز است.", ["وزارت کشور کسلیا"]),
    ("روز شنبه با رد این ادعا، وزارت کشور کسلیا اعلام کرد که مرزها باز است.", ["وزارت کشور کسلیا"]),
    ("همچنین با رد این ادعا، بسیاری داعش را مسئول این حملات قلمداد می کنند.", []),
    # (as before: after 'و'; and a subject before it, 'وی', is the denier)
    ("و با رد این ادعا، وزارت کشور کسلیا اعلام کرد که مرزها باز است.", ["وزارت کشور کسلیا"]),
    ("وی همچنین با رد این ادعا، گفت که مذاکرات ادامه دارد.", ["رامین دلاوری"]),
]


@pytest.mark.parametrize(("text", "deniers"), AFTER_A_LINK_OR_A_TIME, ids=range(len(AFTER_A_LINK_OR_A_TIME)))
def test_a_denial_noun_after_a_link_or_a_time_is_the_clauses(text, deniers) -> None:
    assert [who for kind, who, _ in said("fa", FIRST, text) if kind == "denial"] == deniers


SPOKE_AR = 'قال كريم داود إن "الهجوم نجح".'
OUTLET_OWNS_OR_IS_TOLD = [
    ('وجاء ذلك في بيان لقناة النور، قالت فيه إن "الخبر كاذب".', "قناة النور"),
    ('وجاء ذلك في بيان لوكالة الأنباء الكسلية، قالت فيه إن "الخبر كاذب".', "وكالة الأنباء الكسلية"),
    ('وجاء ذلك في مؤتمر صحفي لوكالة الأنباء الكسلية، قالت فيه إن "الخبر كاذب".', "وكالة الأنباء الكسلية"),
    ('وجاء ذلك في بيان لصحيفة النور، قالت فيه إن "الخبر كاذب".', "صحيفة النور"),
    ('وجاء ذلك في تصريح لوسائل الإعلام، قال فيه إن "الخبر كاذب".', "كريم داود"),
    ('وجاء ذلك في حديث لإذاعة النور، قال فيه إن "الخبر كاذب".', "كريم داود"),
    ('وجاء ذلك في حديث لتلفزيون النور، قال فيه إن "الخبر كاذب".', "كريم داود"),
    ('وجاء ذلك في تصريح للإعلاميين، قال فيه إن "الخبر كاذب".', "كريم داود"),
    # (as before: an outlet an interview is given to; people a statement is given to; a body's own statement)
    ('وجاء ذلك في حديث لقناة النور، قال فيه إن "الخبر كاذب".', "كريم داود"),
    ('وجاء ذلك في بيان للشعب الكسلي، قال فيه إن "الخبر كاذب".', "كريم داود"),
    ('وجاء ذلك في بيان للجيش الكسلي، قال فيه إن "الخبر كاذب".', "الجيش الكسلي"),
]


@pytest.mark.parametrize(("text", "who"), OUTLET_OWNS_OR_IS_TOLD, ids=range(len(OUTLET_OWNS_OR_IS_TOLD)))
def test_an_outlet_owns_a_statement_and_is_told_an_interview(text, who) -> None:
    assert [w for _, w, _ in said("ar", SPOKE_AR, text)[1:]] == [who]


ISSUED_AR = "وأصدرت حركة النور بيانا بشأن الهجوم على مدينة أسترا."
ADDRESSING_AFTER_AN_ADJECTIVE = [
    ("وخاطب المندوب الدائم الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "المندوب الدائم"),
    ("وخاطب الرئيس المؤقت الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "الرئيس المؤقت"),
    ("وخاطبت البعثة الدائمة الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "البعثة الدائمة"),
    ("وخاطب المندوب الدائم للحركة الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "المندوب الدائم للحركة"),
    # (as before)
    ("وخاطب الأمين العام المساعد الحكومة الكسلية بالقول: «لن نسمح لكم بتدمير مدننا».", "الأمين العام المساعد"),
]


@pytest.mark.parametrize(("text", "who"), ADDRESSING_AFTER_AN_ADJECTIVE, ids=range(len(ADDRESSING_AFTER_AN_ADJECTIVE)))
def test_whom_one_addresses_starts_after_the_offices_adjective(text, who) -> None:
    assert [(kind, w) for kind, w, _ in said("ar", ISSUED_AR, text)[1:]] == [("quote", who)]


RELAYED_AFTER_A_COMMA = [
    ("شبکه خبری «نور»، به نقل از یک منبع آگاه این ادعا را رد کرد.", "یک منبع آگاه"),
    ("خبرگزاری «نور»، به نقل از یک منبع نظامی گزارش حمله را تکذیب کرد.", "یک منبع نظامی"),
    (
        "این درحالی است که شبکه خبری «نور»، به نقل از یک منبع آگاه در کمیتههای مردمی این کشور این ادعا را رد کرد.",
        "یک منبع آگاه",
    ),
    ("سخنگوی جنبش نور، به نقل از فرمانده این جنبش، این ادعا را رد کرد.", "فرمانده این جنبش"),
    # (as before: without the comma; and a lead after a time or a phrase of discourse and its comma)
    ("شبکه خبری نور به نقل از یک منبع آگاه این ادعا را رد کرد.", "یک منبع آگاه"),
    ("در همین حال، به گزارش خبرگزاری نور، سخنگوی جنبش نور این ادعا را رد کرد.", "سخنگوی جنبش نور"),
    ("روز شنبه، به نقل از خبرگزاری نور، سخنگوی جنبش نور این ادعا را رد کرد.", "سخنگوی جنبش نور"),
]


@pytest.mark.parametrize(("text", "denier"), RELAYED_AFTER_A_COMMA, ids=range(len(RELAYED_AFTER_A_COMMA)))
def test_a_relay_after_the_subject_and_a_comma_is_no_lead(text, denier) -> None:
    assert [who for kind, who, _ in said("fa", FIRST, text) if kind == "denial"] == [denier]


AN_OPENER_AND_ITS_OBJECT = [
    "در مقابل این ادعا، سخنگوی جنبش نور آن را تکذیب کرد.",
    "در مقابل این اتهامات، سخنگوی جنبش نور آن را رد کرد.",
    # (as before)
    "در مقابل، سخنگوی جنبش نور این ادعا را تکذیب کرد.",
]


@pytest.mark.parametrize("rest", AN_OPENER_AND_ITS_OBJECT, ids=range(len(AN_OPENER_AND_ITS_OBJECT)))
def test_a_phrase_of_discourse_with_its_object_opens_a_clause(rest) -> None:
    assert [who for _, who in denials("fa", CLAIMED + "، " + rest)] == ["سخنگوی جنبش نور"]


PRONOUN_OBJECT = [
    ("جنبش نور آنها را رد کرد.", "جنبش نور"),
    ("سخنگوی جنبش نور آنها را رد کرد.", "سخنگوی جنبش نور"),
    ("وزارت خارجه کسلیا ایشان را تکذیب کرد.", "وزارت خارجه کسلیا"),
    # (as before: 'آن', it)
    ("سخنگوی جنبش نور آن را تکذیب کرد.", "سخنگوی جنبش نور"),
]


@pytest.mark.parametrize(("text", "denier"), PRONOUN_OBJECT, ids=range(len(PRONOUN_OBJECT)))
def test_a_pronoun_before_ra_is_the_object(text, denier) -> None:
    assert [who for _, who in denials("fa", text)] == [denier]
