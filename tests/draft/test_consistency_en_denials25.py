"""English denials, round 25 of issue 17: shapes of denying that were read as claims or not read at all.

Made-up names and sentences only. A denial told as a noun whose owner stands in the possessive before it ('the
Kessel Brigade's denial of any role', 'the ministry's rejection of the report', 'his denial of the charges') is
its owner's denial, also where another dismisses it; a quotation that tells its speaker's purpose of denying what
was said ('"We opened the site to refute the claims"'); 'there is no support for any terrorist activity'; and what
was said called a joke, or taken as one ('the claims are a bad joke', 'the reports came as a joke to us'). Guards
close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, said

LEAD = "Fighting went on in Kessel on Sunday."


def units(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, speaker) for kind, speaker, _ in said("en", LEAD, *paragraphs)]


def denied(*paragraphs: str) -> list[tuple[str, ...]]:
    return [u.denial.denied for u in analyse("en", LEAD, *paragraphs).units if u.denial is not None]


# --- a denial as a noun, its owner in the possessive -----------------------------------------------------------------

OWNERS = [
    ("The Kessel Brigade's", "Kessel Brigade"),
    ("Lev Arno's", "Lev Arno"),
    ("The ministry's", "the ministry"),
    ("The Kessel Brigade's flat", "Kessel Brigade"),
]
NOUNS = [
    "denial of involvement in the raid came hours later.",
    "rejection of the report was published on Sunday.",
    "rebuttal of the claims was posted on Telegram.",
    "denial that it had fighters in Kessel surprised many.",
]


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("noun", NOUNS)
def test_a_denial_as_a_noun_is_its_owners(owner, noun) -> None:
    # 'the brigade's denial of involvement came hours later': the brigade denies, as 'the brigade denied' does
    written, label = owner
    line = f"{written} {noun}"
    assert units(line) == [("denial", label)], line


def test_a_possessive_pronoun_owns_the_denial() -> None:
    out = units("Lev Arno spoke on Monday. His denial of the charges came a day later.")
    assert out[-1] == ("denial", "Lev Arno"), out


@pytest.mark.parametrize(
    "line",
    [
        "A security source dismissed the Kessel Brigade's denial of involvement in the raid.",
        "The army rejected the Kessel Brigade's denial of the raid.",
        "Ostravian officials dismissed the Kessel Brigade's flat denial of any role in the raid.",
    ],
)
def test_a_denial_another_dismisses_is_still_its_owners(line) -> None:
    # what is dismissed is a denial (no claim of the one who dismisses it): the owner's denial is drafted
    assert units(line) == [("denial", "Kessel Brigade")], line


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("The Kessel Brigade's denial of involvement in the raid came hours later.", "involvement in the raid"),
        ("The ministry's rejection of the report was published on Sunday.", "the report"),
        ("A security source dismissed the Kessel Brigade's denial of any role in the raid.", "any role in the raid"),
    ],
)
def test_what_a_noun_denies_ends_where_the_sentence_goes_on(line, what) -> None:
    assert denied(line) == [(what,)], line


@pytest.mark.parametrize(
    "line",
    [
        "The court's denial of bail angered the family.",
        "Ostravia's rejection of the proposal ended the talks.",
        "The council's rejection of the ceasefire plan was expected.",
    ],
)
def test_a_noun_of_refusing_is_no_denial_and_says_nothing(line) -> None:
    # denying bail, rejecting a proposal: no claim is denied, and a noun tells no words of its owner
    assert units(line) == [], line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # another's words told: their speaker, as before (the noun is what they speak of)
        ('"We were never there," Lev Arno said, rejecting the army\'s denial of the raid.', [("quote", "Lev Arno")]),
        ('The army\'s denial of the raid, Lev Arno said, "is a lie".', [("denial", "Lev Arno")]),
        ("In its denial, the army said the report was baseless.", [("denial", "the army")]),
    ],
)
def test_a_denial_as_a_noun_does_not_take_the_words_of_another(line, expected) -> None:
    assert units(line) == expected, line


# --- a quotation that tells its purpose: to deny what was said --------------------------------------------------------

PURPOSES = [
    "\"The tour was organized for the press to visit the site and to dismiss the army's allegations of a depot in "
    'Kessel," {s} told reporters.',
    '"We invited the journalists to refute the lies about our fighters," {s} said.',
    '"The visit was arranged in order to disprove the claims of the army," said {s}.',
    '"We opened the site to debunk the reports that weapons are stored there," {s} said.',
    '"We came to Kessel to deny the rumours," {s} said.',
]


@pytest.mark.parametrize("shape", PURPOSES)
@pytest.mark.parametrize("speaker", ["Lev Arno", "the Kessel Brigade"])
def test_a_quoted_purpose_of_denying_is_a_denial(shape, speaker) -> None:
    line = shape.format(s=speaker)
    label = "Lev Arno" if speaker == "Lev Arno" else "Kessel Brigade"
    assert units(line) == [("denial", label)], line
    assert denied(line)[0][0].startswith(("The ", "We ")), denied(line)  # the quoted words, not the tag


@pytest.mark.parametrize(
    "line",
    [
        '"The meeting was held to reject the proposal of the council," Lev Arno said.',
        '"We went there to see the damage," Lev Arno said.',
        '"The court refused to dismiss the charges," Dina Venn said.',
        '"We did not come to deny the reports," Lev Arno said.',
    ],
)
def test_a_purpose_that_is_no_denial_stays_a_quotation(line) -> None:
    assert [k for k, _ in units(line)] == ["quote"], line


# --- 'there is no support for any terrorist activity' -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lev Arno said there is no support for any armed group in Kessel from Ostravia.",
        "The statement comes after Lev Arno reiterating on Thursday that there is no support for any terrorist "
        "activity inside Kessel from Ostravia.",
        "Lev Arno said there was no backing for any militant group in the valley.",
        '"There has been no support of any terrorism from our side," Lev Arno said.',
    ],
)
def test_no_support_for_any_armed_act_is_a_denial(line) -> None:
    assert units(line) == [("denial", "Lev Arno")], line


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said there was no support for the plan in parliament.",
        "The ministry said there is no support for any of the candidates.",
        "The ministry said there is no water in Kessel.",
    ],
)
def test_no_support_for_a_plan_is_no_denial(line) -> None:
    assert units(line) == [("reported", "the ministry")], line


# --- what was said, called a joke ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lev Arno said the claims of the army were a joke.",
        "Lev Arno said the reports about the brigade's fighters are a bad joke.",
        "Lev Arno said the allegations came as a joke to the brigade.",
        'Lev Arno said that "police claims about the arrest of the brigade member came as surprising and joke to them".',
    ],
)
def test_what_was_said_called_a_joke_is_denied(line) -> None:
    assert units(line) == [("denial", "Lev Arno")], line


@pytest.mark.parametrize(
    "line",
    [
        "Lev Arno said the reports came as a surprise.",
        "Lev Arno said the match was a joke.",
        "Lev Arno said the news came as a relief.",
    ],
)
def test_a_joke_not_of_what_was_said_is_no_denial(line) -> None:
    assert units(line) == [("reported", "Lev Arno")], line
