"""English quotations, round 23: a body's report and a platform's account, as news varies them.

Parametrised metamorphic tests: made-up names and sentences only. Each family varies one thing that does not change
who said what: a body whose name ends in 'Team', a report whose author a relative clause names ('the report that X
released'), the report called 'the assessment' after, 'It said' for that report right after it, and 'in his Twitter
account' after an inverted speaker; and denials: a day inside 'pushed back Sunday against', an assessment as what is
dismissed. Guards that the rules do not over-fire close the file.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import quotes, said

WORDS = "little prospect of change in the near term"

# --- a body named '... Team' is a body, not a person of three names ---------------------------------------------------

TEAMS = ["Kessel Monitoring Team", "Joint Incident Assessment Team", "Velorian Sanctions Team"]


@pytest.mark.parametrize("team", TEAMS)
@pytest.mark.parametrize(
    "place",
    [
        'A new report by the {t} was released on Monday.\n\nThe report said "{w}."',
        'The {t} published a report on Monday.\n\nIt said "{w}."',
        '"{W}," the {t} said.',
    ],
)
def test_a_team_is_a_body_that_writes_and_speaks(team, place):
    # 'a report by the Kessel Monitoring Team ... The report said' (the team read as a person: the report had no author)
    text = place.format(t=team, w=WORDS, W=WORDS[0].upper() + WORDS[1:])
    assert [s for _, s in quotes(*text.split("\n\n"))][-1] == team, text


# --- the report that X released: X wrote it, and 'the report' or 'the assessment' later is X's ------------------------

AUTHORS = [
    ("the Kessel Monitoring Team", "Kessel Monitoring Team"),
    ("the Velorian Interior Ministry", "Velorian Interior Ministry"),
    ("the U.N. Security Council's Kessel Monitoring Team", "Kessel Monitoring Team"),
]
CLAUSES = ["that {a} released", "which {a} published last week", "that {a} had issued", "which {a} compiled"]
LATER = ['The report said "{w}."', 'The assessment noted "{w}."', 'The report said that "{w}," and more.']


@pytest.mark.parametrize("author", AUTHORS)
@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("later", LATER)
def test_the_report_a_relative_clause_gives_an_author_is_that_authors(author, clause, later):
    # 'Lev Arno denounced the report that the Kessel Monitoring Team released. The report said "..."': the team's
    written, label = author
    first = f"Lev Arno denounced as baseless the report {clause.format(a=written)} earlier this month."
    assert [s for _, s in quotes(first, later.format(w=WORDS))] == [label], (first, later)


@pytest.mark.parametrize("author", AUTHORS)
@pytest.mark.parametrize("verb", ["said", "noted", "stated"])
def test_it_right_after_a_person_rejected_the_report_is_the_report(author, verb):
    # 'Lev Arno rejected the report that X released. It said that ... "..."': no body spoke before, 'it' is the report
    written, label = author
    first = f"Lev Arno rejected the report that {written} released on Monday."
    second = f'It {verb} that under Dario Venn the brigade had "{WORDS}" of its past.'
    assert [s for _, s in quotes(first, second)] == [label], (first, second)


def test_it_after_a_body_rejected_the_report_stays_that_body():
    # guard: 'The Kessel Brigade rejected the report that X released. It said ...': the brigade, the subject before
    first = "The Kessel Brigade rejected the report that the Velorian Monitoring Team released on Monday."
    second = f'It said that the report was "{WORDS}" and false.'
    assert [s for _, s in quotes(first, second)] == ["Kessel Brigade"]


def test_it_two_sentences_after_the_report_is_not_the_report():
    # guard: 'it' is the report only right after the sentence that names it
    first = "Lev Arno rejected the report that the Velorian Monitoring Team released on Monday."
    middle = "Arno met Dario Venn in Kessel on Tuesday."
    second = f'It said that "{WORDS}."'
    assert [s for _, s in quotes(first, middle, second)] != ["Velorian Monitoring Team"]


def test_the_report_a_person_said_is_no_authors_report():
    # guard: 'the report that Lev Arno was arrested' names no author ('that' opens what the report says)
    first = "Dario Venn denied the report that Lev Arno was arrested on Monday."
    assert [s for _, s in quotes(first, f'The report said "{WORDS}."')] == [None]


# --- 'in his Twitter account' after an inverted speaker ---------------------------------------------------------------

ACCOUNTS = [
    "in his Twitter account",
    "in his Twitter account on Wednesday",
    "in his official X account",
    "in its Telegram channel on Friday",
    "in her Facebook page",
    "on Telegram on Friday",
]


@pytest.mark.parametrize("account", ACCOUNTS)
@pytest.mark.parametrize("name", ["al-Arno", "Arno", "Lev Arno"])
def test_said_x_in_his_account_gives_x_the_quotation(account, name):
    # '"...," said al-Arno in his Twitter account on Wednesday.' as '"...," said al-Arno on Wednesday.'
    first = "Lev Arno, head of the Kessel Brigade, spoke on Monday."
    second = f"\u201cWe will not leave the city,\u201d said {name} {account}."
    assert [s for _, s in quotes(first, second)] == ["Lev Arno"], second


def test_said_x_in_his_account_of_the_battle_is_not_a_platform():
    # guard: 'in his account of the battle' is no platform: the words after the name are not cut as one
    first = "Lev Arno, head of the Kessel Brigade, spoke on Monday."
    second = "\u201cWe will not leave the city,\u201d said Arno in his account of the battle."
    assert [s for _, s in quotes(first, second)] == [None]


# --- a day inside a phrase of dismissing, and an assessment as what is dismissed --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kessel Brigade leaders pushed back Sunday against a new report that they face internal rifts.",
        "The Kessel Brigade pushed back on Monday against the reports of a truce.",
        "Lev Arno hit back late Friday at claims that he fled the city.",
        "The Kessel Brigade pushed back against a new Velorian assessment of its strength.",
        "Lev Arno shrugged off the findings of the Kessel Monitoring Team.",
    ],
)
def test_a_phrase_of_dismissing_with_a_day_or_an_assessment_is_a_denial(sentence):
    # 'pushed back Sunday against a new U.N. assessment' as 'pushed back against the report' (no denial was read)
    assert [kind for kind, _, _ in said("en", "Title", sentence)] == ["denial"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno pushed back Sunday against a new plan of the ministry.",
        "The Kessel Brigade pushed back on Monday.",
    ],
)
def test_a_phrase_of_dismissing_with_a_day_and_no_claim_is_no_denial(sentence):
    # guard: the day lets the phrase be read, its object must still be a claim
    assert [kind for kind, _, _ in said("en", "Title", sentence)] == [], sentence
