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
