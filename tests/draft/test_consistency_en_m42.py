"""English shapes drafted wrong at the end of round 41, each in several made-up variants (round 42, helper m-en).

Made-up sentences only (Lev Arno, Dara Venn, Tovek Banks, the Kessel Brigade, Kessia); each test asserts what a reader
would draft.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import EN_LEAD, claimants_en, project_index, record_kinds, said_en

# --- 1. a counter-charge that the accusers' words are false, after a charge against the speaker: its denial ----------

CHARGED = [
    ("The ministry accused the Kessel Brigade of shelling the crossing.", "The Kessel Brigade", "Kessel Brigade"),
    ("Officials said Lev Arno had ordered the raid.", "Lev Arno", "Lev Arno"),
    ("The council blamed Dara Venn for the fraud on Monday.", "Dara Venn", "Dara Venn"),
]
COUNTERS = [
    '{x} countered by accusing officials of delivering "inaccurate reports".',
    '{x} responded by accusing the agency of spreading "lies".',
    '{x} hit back, accusing the ministry of publishing "false reports".',
    'On Monday, {x} countered by accusing the officials of spreading "misleading information".',
    '{x} has countered by accusing officials of delivering "inaccurate reports" to the council.',
    '{x} replied by accusing the agency of "spreading lies".',
    '{x} countered, accusing officials of giving "inaccurate reports".',
]


@pytest.mark.parametrize(("charge", "counter"), list(itertools.product(CHARGED, COUNTERS)))
def test_a_charged_side_accusing_its_accusers_of_false_reports_denies(charge, counter):
    sentence, written, label = charge
    got = said_en(sentence, counter.format(x=written))
    assert got[-1][:2] == ("denial", label), got


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no charge against him before: his charge, as before
        ('Lev Arno countered by accusing officials of delivering "inaccurate reports".',),
        ("Lev Arno accused officials of spreading lies.",),
        # the false words not set out in marks: a charge of deceit, as round 27 reads it
        (
            "Officials said Lev Arno had ordered the raid.",
            "Lev Arno countered by accusing officials of spreading lies.",
        ),
        # another side was charged, not the one who speaks
        (
            "The ministry accused the Kessel Brigade of shelling the crossing.",
            'Dara Venn accused officials of delivering "inaccurate reports".',
        ),
    ],
)
def test_guard_a_counter_charge_by_a_side_not_charged_is_no_denial(paragraphs):
    assert said_en(*paragraphs)[-1][0] != "denial"


# --- 3. an unnamed official and where he is: the official speaks, the place is no part of him ----------------------

PLACED = [
    '"The crossing is closed," said a Kessian official in Kessel City.',
    '"The crossing is closed," said a senior Kessian official in Kessel City on Monday.',
    '"The crossing is closed," a Kessian official in Kessel City said.',
    '"The crossing is closed," said a Kessian official in the capital.',
    "A Kessian official in Kessel City said the crossing was closed.",
    '"The crossing is closed," said a Kessian official based in Kessel City.',
    '"The crossing is closed," said a Kessian official in Dorna Province.',
    '"We did not fire," said a Kessian official in Kessel City.',
]


@pytest.mark.parametrize("sentence", PLACED)
def test_an_unnamed_official_in_a_place_is_the_official(sentence):
    got = said_en(sentence)
    assert [label for _, label, _ in got] == [
        "a senior Kessian official" if "senior" in sentence else "a Kessian official"
    ], got
    assert got[0][0] == ("denial" if "not" in sentence else "quote" if sentence[0] == '"' else "reported")


def test_an_unnamed_official_in_a_place_on_file_is_the_official():
    got = said_en('"The crossing is closed," said a security official in Damascus.', index=project_index())
    assert [label for _, label, _ in got] == ["a security official"], got


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the body he belongs to is part of who he is
        ('"The crossing is closed," said an official in the Kessian interior ministry.', "an official in the Kessian"),
        ('"The crossing is closed," said an official in the Kessel Brigade.', "an official in the Kessel Brigade"),
    ],
)
def test_guard_an_official_in_a_body_keeps_the_body(sentence, label):
    assert said_en(sentence)[0][1].startswith(label)


# --- 4. a person's name that ends in a plural of a body's word ('Banks', 'Courts'): a person ------------------------

PEOPLE = ["Tovek Banks", "Varek Courts", "Tovek Courts", "Dara Banks", "Lev Courts"]
NAMED = [
    "{n} said the crossing was closed.",
    '"The crossing is closed," said {n}.',
    "{n}, a farmer, told Meridian Wire the crossing was closed.",
    "On Monday, {n} said the crossing was closed.",
]


@pytest.mark.parametrize(("name", "form"), list(itertools.product(PEOPLE, NAMED)))
def test_a_name_ending_in_a_family_name_like_banks_is_a_person(name, form):
    kinds = record_kinds("en", EN_LEAD, form.format(n=name))
    assert kinds.get(name.lower().replace(" ", "-")) == "person", kinds


@pytest.mark.parametrize(
    ("sentence", "rid", "kind"),
    [
        # words that describe a body, before its plural head: a body, as before
        ("The Islamic Courts said the crossing was closed.", "islamic-courts", "organization"),
        ("Kessian Banks said the crossing was closed.", "kessian-banks", "organization"),
        ("The Central Banks said the crossing was closed.", "central-banks", "organization"),
        # round 40's rule: a man of a body named in the plural
        ("Lev Arno of the Military Courts said the crossing was closed.", "lev-arno", "person"),
    ],
)
def test_guard_a_body_named_in_the_plural_stays_a_body(sentence, rid, kind):
    assert record_kinds("en", EN_LEAD, sentence).get(rid) == kind


# --- 5. a share of the people a reporter asked: unnamed people, no body, no person --------------------------------

SHARES = ["Many", "Most", "Several", "One", "Some"]
ASKED = ["those interviewed", "those we spoke to", "those questioned by Meridian Wire", "those we interviewed"]
ASKED_FORMS = [
    "{s} said the crossing was closed.",
    "{s} told Meridian Wire the crossing was closed.",
    '"The crossing is closed," {s} said.',
]


@pytest.mark.parametrize(("share", "asked", "form"), list(itertools.product(SHARES, ASKED, ASKED_FORMS)))
def test_a_share_of_those_interviewed_is_a_label_for_unnamed_people(share, asked, form):
    subject = f"{share} of {asked}"
    text = form.format(s=subject if form[0] != '"' else subject.lower())
    got = said_en(text)
    assert [label.lower() for _, label, _ in got] == [subject.lower()], got
    assert record_kinds("en", EN_LEAD, text) == {}


# --- 7. 'the 54-year-old': the person last named with that age, else the last speaker; 'was told by X that' ---------

AGED_TAGS = [
    '"The crossing is closed," the 54-year-old said.',
    '"The crossing is closed," the 54-year-old told Meridian Wire.',
    "The 54-year-old said the crossing was closed.",
    "The 54-year-old told Meridian Wire that the crossing was closed.",
]
AGED_BEFORE = [
    ("Lev Arno, 54, fled Kessel in 2011.",),
    ("54-year-old Lev Arno fled Kessel in 2011.",),
    ("Lev Arno, 54, said the road was shut. Dara Venn, 61, arrived later.",),
    ("Dara Venn, 61, arrived in Kessel.", "Lev Arno, 54, fled Kessel in 2011."),
]


@pytest.mark.parametrize(("before", "tag"), list(itertools.product(AGED_BEFORE, AGED_TAGS)))
def test_the_54_year_old_is_the_person_named_with_that_age(before, tag):
    got = said_en(*before, tag)
    assert got[-1][1] == "Lev Arno", got


@pytest.mark.parametrize("tag", AGED_TAGS)
def test_the_54_year_old_with_no_age_named_is_the_last_speaker(tag):
    got = said_en('"Nothing passed," Dara Venn said.', tag)
    assert [label for _, label, _ in got] == ["Dara Venn", "Dara Venn"], got


TOLD_BY = [
    "Reporters were told by Lev Arno that the crossing was closed.",
    "Meridian Wire was told by Lev Arno that the crossing was closed.",
    "Journalists were informed by Lev Arno on Monday that the crossing was closed.",
    "Residents were warned by Lev Arno that the crossing would close.",
]


@pytest.mark.parametrize("sentence", TOLD_BY)
def test_was_told_by_x_that_is_x_claim(sentence):
    assert claimants_en(sentence) == [("claim", "lev-arno")]


# --- 8. 'the brigade has never been financed by Kessia': a third party's claim, Kessia's own denial ---------------

THIRD = ["Lev Arno", "Dara Venn, an analyst in Port Sable,", "A Velorian diplomat", "The council"]
KESSIA_SIDE = ["A Kessian official", "Kessia", "Kessia's foreign minister, Dara Venn,"]
NOT_BACKED = [
    "said the brigade has never been financed by Kessia.",
    "said the brigade is not funded or armed by Kessia.",
    "said on Monday that the brigade had never been armed by Kessia.",
]


@pytest.mark.parametrize(("who", "words"), list(itertools.product(THIRD, NOT_BACKED)))
def test_a_third_party_saying_one_side_is_not_backed_by_another_claims(who, words):
    assert [kind for kind, _ in claimants_en(f"{who} {words}")] == ["claim"]


@pytest.mark.parametrize(("who", "words"), list(itertools.product(KESSIA_SIDE, NOT_BACKED)))
def test_the_backer_named_saying_it_does_not_back_the_side_denies(who, words):
    assert [kind for kind, _ in claimants_en(f"{who} {words}")] == ["denial"]
