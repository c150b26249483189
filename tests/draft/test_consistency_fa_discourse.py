"""Persian: variants that mean the same are read the same, across clauses (issue 17, round 11; metamorphic tests).

Round 10's properties (tests/draft/test_consistency_fa.py) vary one sentence; these vary what stands around the
subject and its verb: a clause before it joined by 'و' (and), an object written right after the subject without a
mark, and which claim word a dismissal is said of. Each property says that the variant is read as its plain twin,
or, for precision, that nothing is denied where nothing is.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.draft.lang.fa import _CALLING
from tests.draft.conftest import analyse
from tests.draft.test_consistency_fa import OBJECTS, QUOTE, SPEAKERS, _written, read

SETTINGS = settings(max_examples=40, deadline=None)

speakers = st.sampled_from(SPEAKERS)

# a clause before the denial, with its own subject and a finite verb, joined by 'و' (and)
FIRST_CLAUSES = [
    "رسانه‌های کسلیا این خبر را منتشر کردند",
    "شبکه نمونه از حمله به سفارت گزارش داده بود",
    "برخی رسانه‌ها این ادعا را مطرح کرده‌اند",
    "روزنامه نمونه این گزارش را منتشر کرده است",
]


@SETTINGS
@given(
    speakers,
    st.sampled_from(FIRST_CLAUSES),
    st.sampled_from(["آن", *OBJECTS]),
    st.sampled_from(["تکذیب کرد", "رد کرد", "بی‌اساس خواند", "تکذیب کرده است"]),
)
def test_a_denial_in_a_second_clause_after_and_is_its_own_subjects(speaker, first, obj, verb):
    """'... را منتشر کردند و X آن را تکذیب کرد' (... published it, and X denied it) is X's denial, as 'X آن را تکذیب
    کرد' alone; never the publisher's."""
    subject, label, before = speaker
    text = f"{first} و {subject} {obj} را {verb}."
    assert read(before, text) == read(before, f"{subject} {obj} را {verb}.") == [("denial", label)], text


# an object written right after the subject, without a mark of its own before 'را'
RUN_ON = ["حمله به سفارت", "انفجار در بندر", "ترور در پایتخت"]


@SETTINGS
@given(speakers, st.sampled_from(RUN_ON), st.sampled_from(["محکوم کرد", "محکوم کرده است"]), st.booleans())
def test_an_object_after_the_subject_is_no_part_of_its_name(speaker, obj, verb, quoted):
    """'X حمله به سفارت را محکوم کرد' (condemned the attack on the embassy) is said by X, not by 'X حمله'."""
    subject, label, before = speaker
    said = f" و گفت: «{QUOTE}»" if quoted else ""
    text = f"{subject} {obj} را {verb}{said}."
    assert read(before, text) == [("quote" if quoted else "reported", label)], text


@SETTINGS
@given(
    speakers,
    st.sampled_from(["این خبر", "این گزارش‌ها", "این شایعات", "ادعاهای رسانه‌ها", "اتهامات مطرح شده"]),
    st.sampled_from(["مضحک", "غیرقابل قبول", "بی‌ارزش", "پوچ", "بی‌معنا"]),
    st.sampled_from(_CALLING),
    st.booleans(),
)
def test_every_claim_word_called_ridiculous_is_denied(speaker, obj, called, verb, joined):
    """'X این خبر را مضحک خواند' (called this report ridiculous) denies as 'X این ادعا را مضحک خواند' does: one list of
    what is answered for every way of dismissing it."""
    subject, label, before = speaker
    text = f"{subject} {obj} را {called} {_written(verb, joined)}."
    assert read(before, text) == [("denial", label)], text


@SETTINGS
@given(speakers, st.sampled_from(["غیرقابل قبول", "مضحک", "بی‌معنا"]))
def test_the_reporters_source_is_no_claim_dismissed(speaker, called):
    """'به گزارش خبرگزاری نمونه، X گفت که این اقدام غیرقابل قبول است' (according to the agency's report, X said this
    act is unacceptable): the report is the reporter's source, not a claim X answers."""
    subject, _label, before = speaker
    text = f"به گزارش خبرگزاری نمونه، {subject} گفت که این اقدام {called} است."
    assert all(kind != "denial" for kind, _ in read(before, text)), text


# a sentence that names someone without speech, before 'وی' (he) speaks
NOT_SPEECH = [
    "{s} به بغداد سفر کرد.",
    "{s}، وزیر خارجه کسلیا، به بغداد سفر کرد.",
    "{s} روز شنبه با وزیر دفاع کسلیا دیدار کرد.",
    "{s} امروز وارد پایتخت شد.",
]


@SETTINGS
@given(
    st.sampled_from(["رضا کاظمی", "سردار رضا کاظمی", "علی محمدی"]),
    st.sampled_from(NOT_SPEECH),
    st.sampled_from(["وی", "او"]),
    st.sampled_from(["گفت", "افزود", "تأکید کرد"]),
    st.booleans(),
    st.sampled_from([("«", "»"), ("“", "”")]),
)
def test_he_after_a_sentence_naming_someone_without_speech_is_that_person(name, sentence, pronoun, verb, apart, mark):
    """'X به بغداد سفر کرد. وی گفت: «...»' (X travelled to Baghdad. He said) is X's quotation, in the same paragraph or
    the next, also after an earlier speaker: 'وی' is the person last named as a subject."""
    opener, closer = mark
    label = name.removeprefix("سردار ")
    named = sentence.format(s=name)
    said = f"{pronoun} {verb}: {opener}{QUOTE}{closer}."
    paragraphs = [named, said] if apart else [f"{named} {said}"]
    units = analyse("fa", "یک منبع آگاه گفت: «جلسه فردا برگزار می‌شود».", *paragraphs).units
    assert [(u.kind, u.speaker.label) for u in units if u.number >= 3] == [("quote", label)], paragraphs
