"""Persian, round 12: condemning read alike however it is worded and whoever does it, and refusing a request or
reporting another's denial is no denial of one's own (issue 17; metamorphic tests, for precision first).

Made-up sentences with fictional names, as in test_consistency_fa.py. A condemnation is reported, never denied:
'تقبیح کرد' as 'محکوم کرد'; by 'وی' (he) or a surname as by the full name; of an object of several words ('ترور
فرمانده نمونه', the assassination of commander Y) as of one. Refusing a request ('تقاضای دولت را رد کرد') denies
nothing; one who says that another denied only reports the denial.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.test_consistency_fa import EARLIER, read

SETTINGS = settings(max_examples=40, deadline=None)

# (subject as written, the label, the paragraph before it)
CONDEMNERS = [
    ("رضا کاظمی", "رضا کاظمی", ""),
    ("سردار رضا کاظمی", "رضا کاظمی", ""),
    ("علی محمدی", "علی محمدی", ""),
    ("وزارت خارجه قطر", "وزارت خارجه قطر", ""),
    ("سخنگوی وزارت خارجه قطر", "سخنگوی وزارت خارجه قطر", ""),
    ("وی", "رضا کاظمی", f"رضا کاظمی گفت: «{EARLIER}»."),
    ("او", "رضا کاظمی", f"رضا کاظمی گفت: «{EARLIER}»."),
    ("کاظمی", "رضا کاظمی", f"رضا کاظمی گفت: «{EARLIER}»."),
]
# what is condemned: one word, a phrase with a preposition, several words in a chain
CONDEMNED = ["حمله", "انفجار", "حمله به سفارت", "ترور فرمانده نمونه", "حمله تروریستی اخیر", "انفجار بندر"]
CONDEMNING = ["محکوم کرد", "تقبیح کرد", "محکوم نمود", "تقبیح نمود", "محکوم کرده است", "تقبیح کرده است"]


@SETTINGS
@given(st.sampled_from(CONDEMNERS), st.sampled_from(CONDEMNED), st.sampled_from(CONDEMNING))
def test_a_condemnation_is_reported_alike_whoever_condemns_what_in_which_words(condemner, what, verb):
    """'X حمله را محکوم کرد' (X condemned the attack): X's words reported, never a denial, with 'تقبیح کرد' as with
    'محکوم کرد', by 'وی' or a surname as by a full name (the sentence is no shorter for its subject being short), and
    of 'ترور فرمانده نمونه' as of 'حمله' (the object's words are no part of X)."""
    subject, label, before = condemner
    text = f"{subject} {what} را {verb}."
    assert read(before, text) == [("reported", label)], text


@SETTINGS
@given(st.sampled_from(CONDEMNERS), st.sampled_from(["این ادعاها", "این گزارش", "اتهامات مطرح شده"]))
def test_condemning_claims_denies_them_in_either_word(condemner, claims):
    """'X این ادعاها را تقبیح کرد' (condemned these claims) denies them, as 'X این ادعاها را محکوم کرد' does."""
    subject, label, before = condemner
    for verb in ("محکوم کرد", "تقبیح کرد"):
        text = f"{subject} {claims} را {verb}."
        assert read(before, text) == [("denial", label)], text


REFUSERS = [s for s in CONDEMNERS if s[0] not in ("او",)]
REQUESTS = ["تقاضای دولت کسلیا", "درخواست مذاکره", "این درخواست", "خواسته‌های معترضان", "پیشنهادات دولت"]


@SETTINGS
@given(st.sampled_from(REFUSERS), st.sampled_from(REQUESTS), st.sampled_from(["رد کرد", "نپذیرفت", "رد کرده است"]))
def test_refusing_a_request_denies_nothing(refuser, request, verb):
    """'X تقاضای دولت را رد کرد' (turned down the government's request): no denial, as 'X درخواست ... را رد کرد'; the
    request is no part of X's name."""
    subject, label, before = refuser
    text = f"{subject} {request} را {verb}."
    units = read(before, text)
    assert all(kind != "denial" for kind, _ in units) and all(who == label for _, who in units), (text, units)


@SETTINGS
@given(
    st.sampled_from(["رضا کاظمی گفت که", "رضا کاظمی اعلام کرد که", "به گفته رضا کاظمی،", "وی افزود که"]),
    st.sampled_from([("جنبش نمونه", "جنبش نمونه"), ("وزارت خارجه قطر", "وزارت خارجه قطر"), ("علی محمدی", "علی محمدی")]),
    st.sampled_from(["این خبر را تکذیب کرد", "این ادعا را رد کرده است", "این گزارش را بی‌اساس خواند"]),
)
def test_one_who_reports_anothers_denial_is_not_the_denier(reporting, denier, denial):
    """'X گفت که جنبش نمونه این خبر را تکذیب کرد' (X said the movement denied it): the movement denies, X reports."""
    name, label = denier
    before = f"رضا کاظمی گفت: «{EARLIER}»." if reporting.startswith("وی") else ""
    units = read(before, f"{reporting} {name} {denial}.")
    assert [u for u in units if u[0] == "denial"] == [("denial", label)], units


@SETTINGS
@given(
    st.sampled_from(CONDEMNERS),
    st.sampled_from(
        [
            ("انتشار این شایعات", "محکوم کرد", "denial"),
            ("عاملان این حمله", "محکوم کرد", "reported"),
            ("امکان مذاکره", "رد کرد", "reported"),
            ("عاملان این حمله", "تقبیح کرد", "reported"),
        ]
    ),
)
def test_an_object_that_runs_on_over_a_stop_word_is_no_part_of_the_name(condemner, object_verb_kind):
    """'X انتشار این شایعات را محکوم کرد' (condemned the spreading of these rumours): X's, as 'X این شایعات را محکوم
    کرد'; the object's first word, before 'این' or a word that ends subjects, is no part of X's name."""
    subject, label, before = condemner
    what, verb, kind = object_verb_kind
    text = f"{subject} {what} را {verb}."
    assert read(before, text) == [(kind, label)], text


def test_the_one_addressed_is_never_part_of_the_speaker():
    """'X خطاب به Y گفت: «...»' (X said, addressing Y) is X's quotation, as 'X به Y گفت: «...»'."""
    for text in ("رضا کاظمی به علی محمدی گفت: «{}».", "رضا کاظمی خطاب به علی محمدی گفت: «{}»."):
        assert read("", text.format(EARLIER)) == [("quote", "رضا کاظمی")], text


@SETTINGS
@given(
    st.sampled_from(["{s} به بغداد سفر کردند.", "{s} روز شنبه با وزیر دفاع قطر دیدار کردند."]),
    st.sampled_from(["وی", "او"]),
    st.sampled_from([f"گفت: «{EARLIER}».", "این خبر را تکذیب کرد."]),
)
def test_after_two_people_named_without_speech_he_is_no_one(sentence, pronoun, after):
    """'X و Y به بغداد سفر کردند. وی گفت: «...»' (X and Y travelled to Baghdad. He said): 'وی' is neither for sure,
    nor the one who spoke before them: nothing is drafted."""
    named = sentence.format(s="رضا کاظمی و حسن نوری")
    units = read(f"علی محمدی گفت: «{EARLIER}».", named, f"{pronoun} {after}")
    assert units == [], units


@SETTINGS
@given(
    st.sampled_from(
        [
            "پس از تکذیب این خبر توسط {d}، رضا کاظمی گفت که {q}.",
            "با رد این ادعا از سوی {d}، رضا کاظمی گفت که {q}.",
            "رضا کاظمی با اشاره به تکذیب {d} گفت که {q}.",
            "با وجود تکذیب {d}، رضا کاظمی گفت که {q}.",
            "رضا کاظمی گفت تکذیب {d} قابل قبول نیست.",
        ]
    ),
    st.sampled_from(["علی محمدی", "وزارت خارجه قطر", "جنبش نمونه"]),
)
def test_one_who_speaks_of_anothers_denial_is_not_the_denier(sentence, denier):
    """'پس از تکذیب این خبر توسط X، Y گفت ...' (after X denied it, Y said), 'با اشاره به تکذیب X' (referring to X's
    denial): X denies, or no one is drafted as denying; never Y, who speaks of it."""
    text = sentence.format(d=denier, q=EARLIER)
    units = read("", text)
    assert [who for kind, who in units if kind == "denial"] in ([denier], []), units


@SETTINGS
@given(
    st.sampled_from(["ضمن تکذیب", "با رد", "ضمن رد شدید"]),
    st.sampled_from(["ادعای مطرح شده از سوی", "اتهامات منتشر شده توسط"]),
    st.sampled_from(["علی محمدی", "رسانه‌های قطر"]),
)
def test_who_made_the_claim_a_denial_answers_is_not_the_denier(while_, claim, claimant):
    """'X ضمن تکذیب ادعای مطرح شده از سوی Y، گفت ...' (X, denying the claim Y made, said): X denies, not Y, whose
    'از سوی' (by) belongs to the claim."""
    text = f"رضا کاظمی {while_} {claim} {claimant} درباره حمله، گفت که {EARLIER}."
    units = read("", text)
    assert [who for kind, who in units if kind == "denial"] == ["رضا کاظمی"], units


@SETTINGS
@given(
    st.sampled_from(["وزارت خارجه قطر اعلام کرد که {e}.", "جنبش نمونه در بیانیه‌ای اعلام کرد که {e}."]),
    st.sampled_from(["وی", "او"]),
    st.sampled_from([f"افزود: «{EARLIER}».", "این خبر را تکذیب کرد."]),
)
def test_he_after_only_a_body_spoke_is_no_one(body, pronoun, after):
    """'وزارت خارجه ... اعلام کرد ... . وی افزود: «...»' ('he' added, after only the ministry spoke): 'وی' is a person,
    and no person spoke; nothing is drafted for him (not the ministry), as after a person he is that person."""
    units = read("", body.format(e=EARLIER), f"{pronoun} {after}")
    assert [kind for kind, _ in units] == ["reported"], units


# --- round 13 -------------------------------------------------------------------------------------------------------


@SETTINGS
@given(
    st.sampled_from(REFUSERS),
    st.sampled_from(
        ["نسبت به {} هشدار داد", "درباره {} هشدار داد", "مردم را از {} برحذر داشت", "نسبت به {} هشدار داده است"]
    ),
    st.sampled_from(["شایعات", "انتشار شایعات", "شایعات و اخبار جعلی", "اخبار کذب"]),
)
def test_warning_against_rumours_denies_nothing(warner, warning, what):
    """'X نسبت به شایعات هشدار داد' (warned against rumours) denies nothing, as 'X نسبت به انتشار شایعات هشدار داد'
    (against spreading them) does not: no report at hand is called false."""
    subject, label, before = warner
    units = read(before, f"{subject} {warning.format(what)}.")
    assert all(kind != "denial" for kind, _ in units) and all(who == label for _, who in units), units


@SETTINGS
@given(
    st.sampled_from(
        [
            "پلیس {o} را بازداشت کرد.",
            "نیروهای امنیتی {o} را روز شنبه بازداشت کردند.",
            "دادگاه {o} را به زندان محکوم کرد.",
            "هیئت دولت با {o} دیدار کرد.",
        ]
    ),
    st.sampled_from(["رضا کاظمی", "سردار رضا کاظمی"]),
    st.sampled_from(["وی", "او"]),
    st.sampled_from([f"گفت: «{EARLIER}».", "این خبر را تکذیب کرد."]),
)
def test_he_after_a_person_named_only_as_an_object_is_not_who_spoke_before(sentence, person, pronoun, after):
    """'پلیس X را بازداشت کرد. وی گفت: «...»' (the police arrested X. He said): 'وی' may be X, it is never the one who
    spoke before, as after 'X و Y ... کردند' it is neither."""
    units = read(f"علی محمدی گفت: «{EARLIER}».", sentence.format(o=person), f"{pronoun} {after}")
    assert all(who != "علی محمدی" for _, who in units), units


@SETTINGS
@given(
    st.sampled_from(["{s} {o} را به تهران دعوت کرد.", "{s} روز شنبه با {o} دیدار کرد.", "{s} با {o} دیدار کرد."]),
    st.sampled_from([("رضا کاظمی", "رضا کاظمی"), ("وزیر خارجه کسلیا", "وزیر خارجه کسلیا")]),
    st.sampled_from([f"وی گفت: «{EARLIER}».", "وی این خبر را تکذیب کرد."]),
)
def test_he_after_one_who_met_or_invited_another_is_the_subject(sentence, subject, after):
    """'X Y را به تهران دعوت کرد. وی گفت' (X invited Y to Tehran. He said) is X's, as 'X به بغداد سفر کرد. وی گفت' is:
    the subject, a person's name or an office, and never 'X Y' read as one name."""
    name, label = subject
    units = read(f"یک منبع آگاه گفت: «{EARLIER}».", sentence.format(s=name, o="علی محمدی"), after)
    assert [who for _, who in units] == [label], units


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["جنبش نمونه", "وزارت خارجه قطر"]),
    st.sampled_from(
        [
            "رضا کاظمی تکذیب {d} را دروغ خواند.",
            "رضا کاظمی تکذیب‌های {d} را بی‌اساس دانست.",
            "رضا کاظمی تکذیب {d} را رد کرد.",
            "رضا کاظمی گفت تکذیب {d} دروغ است.",
            "رضا کاظمی گفت تکذیب {d} قابل قبول نیست.",
        ]
    ),
)
def test_calling_anothers_denial_false_is_no_denial(denier, sentence):
    """'X تکذیب جنبش را دروغ خواند' (called the movement's denial a lie) maintains what was denied, as 'X گفت تکذیب
    جنبش قابل قبول نیست' (is unacceptable) does: X denies nothing; 'X این خبر را دروغ خواند' denies the report."""
    units = read("", sentence.format(d=denier))
    assert all(who != "رضا کاظمی" for kind, who in units if kind == "denial"), units
    assert all(who == "رضا کاظمی" for kind, who in units if kind != "denial"), units
    claim = sentence.format(d=denier).replace("تکذیب‌های", "ادعاهای").replace("تکذیب", "ادعای")
    if "قابل قبول" not in claim:  # (unacceptable calls nothing false)
        assert ("denial", "رضا کاظمی") in read("", claim), claim


# --- round 13: recall, a denial restated in the denier's own words --------------------------------------------------


@SETTINGS
@given(
    st.sampled_from(
        [
            "سخنگوی جنبش نمونه",
            "رضا کاظمی سخنگوی جنبش نمونه",
            "سخنگوی جنبش نمونه رضا کاظمی",
            "سخنگوی این جنبش",
            "رضا کاظمی سخنگوی این جنبش",
        ]
    ),
    st.sampled_from(
        [
            "ما در این منطقه حضور نداریم",
            "هیچ دستوری از سوی ما صادر نشده است",
            "هیچ حمله‌ای به این شهر صورت نگرفته است",
            "ما هیچ نیرویی به آنجا نفرستاده‌ایم",
            "این اتفاق نیفتاده است",
            "چنین حادثه‌ای رخ نداده است",
        ]
    ),
)
def test_a_spokesman_restates_his_bodys_denial_however_he_is_named(spokesman, words):
    """'جنبش نمونه این خبر را تکذیب کرد. X سخنگوی جنبش گفت: «ما ... حضور نداریم»': the spokesman's words that say
    something is not so or did not happen restate the movement's denial, named before his office or after it, as
    an unnamed spokesman's words do."""
    units = read("جنبش نمونه این خبر را تکذیب کرد.", f"{spokesman} گفت: «{words}».")
    assert [kind for kind, _ in units] == ["denial"], units


@SETTINGS
@given(
    st.sampled_from(["در حالی که", "درحالی که"]),
    st.sampled_from(["این خبر را تکذیب کرده", "این خبر را تکذیب کرده بود", "این ادعا را رد کرده است"]),
    st.sampled_from(["جنبش نمونه", "وزارت خارجه قطر"]),
)
def test_a_while_clause_between_the_speaker_and_his_verb_keeps_him_the_speaker(while_, denied, denier):
    """'X در حالی که جنبش ... را تکذیب کرده، گفت: «...»' (X, while the movement had denied it, said): X's quotation, as
    'X گفت: «...»', and the movement's denial; X's words are never the movement's."""
    units = read("", f"رضا کاظمی {while_} {denier} {denied}، گفت: «{EARLIER}».")
    assert ("quote", "رضا کاظمی") in units and all(u == ("denial", denier) for u in units if u[0] == "denial"), units
