"""Persian: variants that mean the same are read the same (issue 17, round 10; metamorphic tests).

Made-up sentences (fictional people and bodies: رضا کاظمی، وزارت خارجه کسلیا، جنبش نمونه) are built from templates and
slot fillers along the axes news varies on: who speaks, the verb (every verb of saying and of denying in
:mod:`generator.draft.lang.fa`, in the forms it lists), what stands between the subject and its verb, where the
quotation stands and its marks, and what is denied and how. Each property says that a variant is read as its plain
twin: the same speaker (label) and the same kind (quote, reported, denial). Rules written from one variant tend to
miss its twins; each twin a rule misses costs on every article that uses it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.lang.fa import _CALLING, _WHILE, PERSIAN_WORDS
from tests.draft.conftest import analyse

SETTINGS = settings(max_examples=40, deadline=None)

QUOTE = "نیروها در مواضع خود هستند"
EARLIER = "جلسه فردا برگزار می‌شود"

# (subject as written, the label it is read as, a paragraph before it, or '')
SPEAKERS = [
    ("رضا کاظمی", "رضا کاظمی", ""),
    ("سردار رضا کاظمی", "رضا کاظمی", ""),
    ("رضا کاظمی، سخنگوی وزارت خارجه کسلیا،", "رضا کاظمی", ""),
    ("رضا کاظمی سخنگوی وزارت خارجه کسلیا", "رضا کاظمی", ""),
    ("سخنگوی وزارت خارجه کسلیا، رضا کاظمی،", "رضا کاظمی", ""),
    ("سخنگوی وزارت خارجه کسلیا رضا کاظمی", "رضا کاظمی", ""),
    ("وزیر دفاع کسلیا سردار رضا کاظمی", "رضا کاظمی", ""),
    ("وزارت خارجه کسلیا", "وزارت خارجه کسلیا", ""),
    ("جنبش نمونه", "جنبش نمونه", ""),
    ("دولت کسلیا", "دولت کسلیا", ""),
    ("سخنگوی وزارت خارجه کسلیا", "سخنگوی وزارت خارجه کسلیا", ""),
    ("یک منبع آگاه", "یک منبع آگاه", ""),
    ("یک مقام کسلیایی", "یک مقام کسلیایی", ""),
    ("وی", "رضا کاظمی", f"رضا کاظمی گفت: «{EARLIER}»."),
    ("کاظمی", "رضا کاظمی", f"رضا کاظمی گفت: «{EARLIER}»."),
]
speakers = st.sampled_from(SPEAKERS)

# what stands between a subject and its verb
BETWEEN = [
    "",
    "روز سه‌شنبه",
    "امروز",
    "شامگاه دوشنبه",
    "نیز",
    "همچنین",
    "در بیانیه‌ای",
    "با صدور بیانیه‌ای",
    "در گفتگو با خبرگزاری نمونه",
    "در مصاحبه با شبکه نمونه",
    "در یک پیام ویدئویی",
    "در یک ویدئو",
    "در توییتی",
    "در نشست خبری",
    "در حساب کاربری خود در ایکس",
]
between = st.sampled_from(BETWEEN)

MARKS = [("«", "»"), ("“", "”"), ('"', '"')]
marks = st.sampled_from(MARKS)

# what is denied, as the object of a verb of denying
OBJECTS = ["این خبر", "این گزارش‌ها", "ادعاهای رسانه‌های کسلیا درباره حمله", "اتهامات مطرح شده", "شایعات منتشر شده"]
objects = st.sampled_from(OBJECTS)


def _written(verb: str, joined: bool) -> str:
    """A lexicon entry as news writes it: the present's 'می' and the perfect's ending with a zero-width non-joiner
    ('می‌گوید', 'گفته‌اند'), or with a space as the lexicon lists them."""
    if not joined:
        return verb
    return verb.replace("می ", "می\u200c").replace("ه اند", "ه\u200cاند").replace("ه ایم", "ه\u200cایم")


def read(before: str, *paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of each unit drafted from ``paragraphs``, leaving out the paragraph before."""
    units = analyse("fa", *([before] if before else []), *paragraphs).units
    first = 3 if before else 2  # (paragraph 1 is the title)
    return [(u.kind, u.speaker.label) for u in units if u.number >= first]


# --- quotations ------------------------------------------------------------------------------------------------------

SAYING = sorted(set(PERSIAN_WORDS.verbs))


@SETTINGS
@given(speakers, st.sampled_from(SAYING), st.booleans(), between, marks)
def test_every_verb_of_saying_gives_its_subject_the_quotation(speaker, verb, joined, between, marks):
    subject, label, before = speaker
    opener, closer = marks
    text = f"{subject} {between} {_written(verb, joined)}: {opener}{QUOTE}{closer}."
    assert read(before, text) == [("quote", label)], text


# where the quotation stands; each is read as 'X گفت: «...»'
PLACES = [
    "{s} {v}: {o}{q}{c}.",
    "{s} {v}: {q}.",
    "{o}{q}{c}، {s} {v}.",
    "{o}نیروها{c}، {s} {v}، {o}در مواضع خود هستند{c}.",
    "{s} {v}:|{o}{q}{c}.",
    "{s} {v} که {o}{q}{c}.",
]


@SETTINGS
@given(
    speakers, st.sampled_from(["گفت", "افزود", "تأکید کرد", "اعلام کرد", "گفته است"]), st.sampled_from(PLACES), marks
)
def test_where_the_quotation_stands_does_not_change_its_speaker(speaker, verb, place, marks):
    subject, label, before = speaker
    opener, closer = marks
    text = place.format(s=subject, v=verb, o=opener, c=closer, q=QUOTE)
    assert set(read(before, *text.split("|"))) == {("quote", label)}, text


# --- denials ---------------------------------------------------------------------------------------------------------


def _denial_sentence(subject: str, between: str, obj: str, verb: str) -> str | None:
    """A sentence in which ``subject`` denies ``obj`` with a verb of denying as the lexicon lists it, in the
    construction that verb takes; None for the verbal nouns after 'while' (:func:`test_while_denying_...`)."""
    words = verb.split()
    if words[0] in _WHILE or verb.startswith("پس از") or verb == "تکذیب":
        return None
    if words[0] == "منکر":  # 'منکر ... شد' (denied), its object between its parts
        return f"{subject} {between} منکر {obj} {' '.join(words[1:]) or 'شد'}."
    if words[-1].endswith("یم"):  # the first person: the speaker's own words
        return f"{subject} {between} گفت: «ما {obj} را {verb}»."
    if any(w.startswith(("شد", "شو", "گردید")) for w in words[1:]):  # a passive, with its agent
        return f"{'این گزارش‌ها' if verb.endswith('ند') else obj} {between} از سوی {subject} {verb}."
    return f"{subject} {between} {obj} را {verb}."


DENYING = sorted(set(PERSIAN_WORDS.deny_verbs))


@SETTINGS
@given(speakers, st.sampled_from(DENYING), st.booleans(), between, objects)
def test_every_verb_of_denying_gives_its_subject_the_denial(speaker, verb, joined, between, obj):
    subject, label, before = speaker
    text = _denial_sentence(subject, between, obj, _written(verb, joined))
    if text is not None:
        assert read(before, text) == [("denial", label)], text


@SETTINGS
@given(
    speakers,
    st.sampled_from(["گفت", "افزود", "تأکید کرد", "اعلام کرد", "می‌گوید"]),
    st.sampled_from(PERSIAN_WORDS.deny_cues),
)
def test_every_cue_said_of_a_report_is_a_denial(speaker, verb, cue):
    subject, label, before = speaker
    for text in (f"{subject} {verb} که این خبر {cue} است.", f"{subject} {verb}: «این خبر {cue} است»."):
        assert read(before, text) == [("denial", label)], text


# what a claim is called ('X این ادعا را بی‌اساس خواند'), with each verb of calling in each tense
CALLED = [
    "بی‌اساس",
    "دروغ",
    "نادرست",
    "واهی",
    "کذب محض",
    "مردود",
    "ساختگی",
    "مغرضانه",
    "خلاف واقع",
    "بی‌پایه و اساس",
    "جنگ روانی",
    "تبلیغات دشمن",
    "غلط",
]


@SETTINGS
@given(speakers, objects, st.sampled_from(CALLED), st.sampled_from(_CALLING), st.booleans())
def test_a_claim_called_untrue_is_denied_with_every_verb_of_calling(speaker, obj, called, verb, joined):
    subject, label, before = speaker
    text = f"{subject} {obj} را {called} {_written(verb, joined)}."
    assert read(before, text) == [("denial", label)], text


@SETTINGS
@given(
    speakers,
    st.sampled_from(_WHILE),
    st.sampled_from(["تکذیب", "رد", "انکار", "نفی", *(f"{c} خواندن" for c in CALLED[:6]), "مردود دانستن"]),
    objects,
    marks,
)
def test_while_denying_is_a_denial_with_every_verbal_noun(speaker, while_, noun, obj, marks):
    """'X ضمن تکذیب این خبر گفت: «...»' (while denying, said), with each verbal noun of denying and each 'while'."""
    subject, label, before = speaker
    opener, closer = marks
    text = f"{subject} {while_} {noun} {obj} گفت: {opener}{QUOTE}{closer}."
    assert read(before, text) == [("denial", label)], text


# --- the order of the sentence ---------------------------------------------------------------------------------------

# what a sentence may open with before its subject, written with or without the comma
OPENINGS = ["در همین حال", "در همین راستا", "در این میان", "در این نشست", "با این حال", "از سوی دیگر", "پیش از این"]

CLAUSES = [
    "{s} این خبر را تکذیب کرد.",
    "{s} گفت: «" + QUOTE + "».",
    "{s} گفت که این گزارش‌ها بی‌اساس است.",
    "{s} این ادعاها را رد کرد.",
]


@SETTINGS
@given(speakers, st.sampled_from(OPENINGS), st.sampled_from(["", "،"]), st.sampled_from(CLAUSES))
def test_an_opening_phrase_with_or_without_its_comma_leaves_the_subject(speaker, opening, comma, clause):
    subject, label, before = speaker
    plain = clause.format(s=subject)
    opened = f"{opening}{comma} {plain}"
    found = read(before, opened)
    assert found == read(before, plain) and {speaker for _, speaker in found} == {label}, opened


@SETTINGS
@given(
    speakers,
    objects,
    st.sampled_from(["", "نیز", "روز شنبه", "قاطعانه"]),
    st.sampled_from(["تکذیب کرد", "رد کرد", "تکذیب کرده است", "بی‌اساس خواند", "نادرست دانست"]),
)
def test_a_fronted_object_leaves_the_subject(speaker, obj, adverb, verb):
    """'این خبر را X تکذیب کرد' (this report X denied) is read as 'X این خبر را تکذیب کرد'."""
    subject, label, before = speaker
    fronted = f"{obj} را {subject} {adverb} {verb}."
    assert read(before, fronted) == read(before, f"{subject} {obj} را {adverb} {verb}.") == [("denial", label)], fronted


def test_a_fronted_object_takes_no_epithet_for_a_subject() -> None:
    """Without a subject after the object, the verb speaks for the last speaker; what the claim is called after 'را'
    ('مضحک', ridiculous) is no one's name."""
    assert read(f"رضا کاظمی گفت: «{EARLIER}».", "این ادعا را مضحک خواند.") == [("denial", "رضا کاظمی")]
    assert read("", "این ادعا را رضا کاظمی بی‌اساس خواند.") == [("denial", "رضا کاظمی")]


def test_an_office_of_a_country_is_no_name_after_the_office() -> None:
    """The name after an office and its body, without the comma, opens with a given or family name and names no
    country: 'جمهوری اسلامی ایران' (the Islamic Republic of Iran) ends an office, it names no one."""
    quoted = f"وزیر امور خارجه جمهوری اسلامی ایران گفت: «{QUOTE}»."
    assert read("", quoted) == [("quote", "وزیر امور خارجه جمهوری اسلامی ایران")]


@SETTINGS
@given(speakers, between)
def test_condemning_an_attack_denies_nothing_wherever_it_is_said(speaker, between):
    """'X حمله به سفارت را محکوم کرد' (condemned the attack) answers no report, also 'در نشست خبری' (at a press
    conference), whose 'خبری' (of news) is no report."""
    subject, _label, before = speaker
    text = f"{subject} {between} حمله به سفارت را محکوم کرد."
    assert all(kind != "denial" for kind, _ in read(before, text)), text
