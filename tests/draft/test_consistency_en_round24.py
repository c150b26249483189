"""English speakers, round 24 of issue 17: shapes of the round's fresh development news.

Made-up names and sentences only. A standfirst under the headline names its speaker after 'says' with no stop; a
government called by who holds it ('the Kessel administration') is a body; 'Brig.', 'Adm.' and 'Cpl.' are titles; 'for' goes on inside a
body's name ('the Kessel Centre for Strategic Studies'), which may stand before an office and a person; a month
after its day's number opens no name ('On 18 May Lev Arno'); the one by whom a writing was delivered speaks for it;
and an outlet speaks for the article it ran. Guards close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import quotes, reader, said

LEAD = "Fighting went on in Kessel on Sunday."


def speakers(*paragraphs: str) -> list[str]:
    return [speaker for kind, speaker, _ in said("en", LEAD, *paragraphs) if kind in ("quote", "denial")]


def units(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, speaker) for kind, speaker, _ in said("en", *paragraphs)]


# --- a standfirst '<words>, says <speaker>' with no stop, under the headline ------------------------------------------

HEADLINE = "Ministry rejects report on Kessel"
STANDFIRSTS = [
    ("Such reports are patently false, says {s}", "denial"),
    ("The claims are baseless, says {s}", "denial"),
    ("Talks will go on next week, says {s}", "reported"),
    ("The road to Kessel is open again, said {s}", "reported"),
]
STANDFIRST_SPEAKERS = [
    ("ministry spokesperson", "ministry spokesperson"),
    ("the ministry spokesman", "the ministry spokesman"),
    ("Lev Arno", "Lev Arno"),
    ("the Kessel Brigade", "Kessel Brigade"),
]


@pytest.mark.parametrize("standfirst", STANDFIRSTS)
@pytest.mark.parametrize("speaker", STANDFIRST_SPEAKERS)
def test_a_standfirst_names_its_speaker_after_the_verb(standfirst, speaker) -> None:
    # 'Such reports are false, says ministry spokesperson' (no stop): as with one, not the text's own voice
    (shape, kind), (written, label) = standfirst, speaker
    line = shape.format(s=written)
    assert units(HEADLINE, line)[:1] == [(kind, label)], line
    assert units(HEADLINE, line) == units(HEADLINE, line + "."), line


def test_a_headline_says_official_is_still_not_read() -> None:
    # the headline's 'says official' describes loosely the one the body names: no unit of its own
    out = units("Reports of retreat false, says official", "The Kessel Brigade denied the reports on Sunday.")
    assert out == [("denial", "Kessel Brigade")], out


# --- 'the Kessel administration', 'the Kessel regime': a body -----------------------------------------------------------

BODIES = ["The Kessel administration", "The Kessel regime", "The Ostravian administration"]
BODY_VERBS = [
    "rejected the claims",
    "denied the reports",
    "dismissed the allegations",
    "in a statement rejected the claims",
]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("verb", BODY_VERBS)
def test_an_administration_denies_as_a_government_does(body, verb) -> None:
    out = said("en", LEAD, f"{body} {verb}.")
    assert [(k, s) for k, s, _ in out] == [("denial", "the " + body.split(" ", 1)[1])], out


@pytest.mark.parametrize("body", BODIES)
def test_an_administration_is_given_its_quotation(body) -> None:
    text = f'{body} strongly rejected the claims it is allowing "foreign fighters" to cross the border.'
    assert speakers(text) == ["the " + body.split(" ", 1)[1]]


# --- 'Brig.', 'Adm.', 'Cpl.' are titles ---------------------------------------------------------------------------------------------

BRIGADIERS = [
    "Brig. Lev Arno",
    "Brig. Gen. Lev Arno",
    "spokesman Brig. Gen. Lev Arno",
    "Kessel spokesman Brig. Lev Arno",
]


@pytest.mark.parametrize("written", BRIGADIERS)
def test_brig_is_no_name_of_its_own(written) -> None:
    text = f"The announcement was delivered by {written} on Sunday."
    names = [m.text for r in reader(text).readings for m in r.mentions if m.kind not in ("time", "title")]
    assert "Brig" not in names and "Lev Arno" in names, names


RANKS = ["Brig.", "Brig. Gen.", "Adm.", "Cpl."]
RANK_PLACES = [
    '"We will stay," {r} Lev Arno said.',
    "{r} Lev Arno denied the reports.",
    '{r} Lev Arno said: "We stay."',
]


@pytest.mark.parametrize("rank", RANKS)
@pytest.mark.parametrize("place", RANK_PLACES)
def test_an_abbreviated_rank_is_the_title_of_the_name_after_it(rank, place) -> None:
    # 'Brig. Lev Arno denied' as 'Gen. Lev Arno denied' ('Brig' was a name of its own, and Lev Arno no subject)
    assert speakers(place.format(r=rank)) == ["Lev Arno"], place


# --- 'for' inside a body's name -------------------------------------------------------------------------------------

FOR_BODIES = [
    "Kessel Centre for Strategic Studies",
    "Kessel Institute for Peace",
    "Committee for the Defence of Rights",
    "Ostrava Council for Foreign Relations",
]
OFFICES = ["head", "director", "spokesman", "chief"]


@pytest.mark.parametrize("body", FOR_BODIES)
def test_for_goes_on_in_a_body_s_name(body) -> None:
    names = [m.text for r in reader(f"The {body} denied the reports.").readings for m in r.mentions]
    assert names == [body], names


@pytest.mark.parametrize("body", FOR_BODIES)
@pytest.mark.parametrize("office", OFFICES)
def test_a_long_body_name_before_an_office_leaves_the_person(body, office) -> None:
    out = speakers(
        "The statement was read out by spokesman Lev Arno.",
        f'"The brigade is weak," {body} {office} Dario Venn told Meridian Wire.',
        'In reality, he noted, "their situation is the worst it has been".',
    )
    assert out == ["Dario Venn", "Dario Venn"], out


@pytest.mark.parametrize(
    "text, names",
    [
        ("The ministry blamed the Kessel Brigade for Lev Arno's death.", ["Kessel Brigade", "Lev Arno"]),
        ("The Kessel Council for Monday's vote met.", ["Kessel Council", "Monday"]),
        ("The Kessel Council for Ostravian refugees met.", ["Kessel Council", "Ostravian"]),
        ("He thanked the Kessel Council for its help.", ["Kessel Council"]),
    ],
)
def test_for_joins_no_name_where_it_is_no_part_of_one(text, names) -> None:
    found = [m.text for r in reader(text).readings for m in r.mentions]
    assert found == names, found


# --- 'On 18 May Lev Arno': a month after its day's number opens no name -------------------------------------------------

DATES = ["On 18 May", "On 3 March", "On 21st June", "On 2 August"]
SUBJECTS = ["Lev Arno", "Lev Arno, the speaker of parliament", "Lev Arno, the speaker of parliament,"]


@pytest.mark.parametrize("date", DATES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_date_before_the_subject_is_no_part_of_its_name(date, subject) -> None:
    out = speakers(f'{date} {subject} said: "This is a sad event."')
    assert out == ["Lev Arno"], out


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Petra May said: "This is a sad event."', "Petra May"),
        ('In a call with Lev Arno, the minister said: "This is a sad event."', "the minister"),
    ],
)
def test_a_month_s_name_in_a_name_and_a_name_in_an_opening_phrase_stay_as_they_were(text, speaker) -> None:
    assert speakers(text) == [speaker]


# --- 'According to the announcement, delivered ... by X': X speaks ------------------------------------------------------

WRITINGS = ["announcement", "statement"]
MADE = ["delivered December 29th by", "issued on Sunday by", "made by", "read out late on Sunday by"]
MAKERS = [
    ("spokesman Lev Arno", "Lev Arno"),
    ("brigade spokesman Brig. Gen. Lev Arno", "Lev Arno"),
    ("the Kessel Brigade", "Kessel Brigade"),
]


@pytest.mark.parametrize("writing", WRITINGS)
@pytest.mark.parametrize("made", MADE)
@pytest.mark.parametrize("maker", MAKERS)
def test_the_one_who_delivered_a_writing_speaks_for_it(writing, made, maker) -> None:
    written, label = maker
    text = f'According to the {writing}, {made} {written}, the militia has "expanded its list of targets".'
    assert speakers(text) == [label], text


# --- an outlet speaks for the article it ran ---------------------------------------------------------------------------

PIECES = [
    "An article published in the Ostrava Herald on 15 May",
    "A report by the Ostrava Herald",
    "A story carried by the Ostrava Herald",
    "An editorial in the Ostrava Herald",
]
PIECE_VERBS = ["wrote that", "said", "claimed that"]


@pytest.mark.parametrize("piece", PIECES)
@pytest.mark.parametrize("verb", PIECE_VERBS)
def test_an_outlet_speaks_for_its_article(piece, verb) -> None:
    text = f'{piece} {verb} the brigade has been "recruiting fighters in Kessel".'
    assert speakers(text) == ["Ostrava Herald"], text


def test_a_report_in_a_month_names_no_one() -> None:
    out = quotes(LEAD, 'A report in March said the brigade has been "recruiting fighters in Kessel".')
    assert out == [("recruiting fighters in Kessel", None)], out
