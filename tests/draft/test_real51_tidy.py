"""Round 51's tidying helper's changes, tested on made-up sentences: a paragraph announcing the text of any writing a
body speaks through ('Below is the text of the letter:', as of a statement) makes the paragraphs after it the words
of the writing's issuer; a date between a subject and its verb is stepped over with every month's short form ('Dara
Venn on Mar. 3 rejected', as 'on Dec. 3'); and 'and' inside a body's name joins two fields of its work ('the Kessel
Oil and Gas Council', 'the Ministry of Oil and Gas'), where two bodies joined by 'and' stay two."""

from __future__ import annotations

import pytest

from tests.draft.conftest import said_en

# --- a writing's text announced by a paragraph with no verb of saying ------------------------------------------------

BODY = [
    "Regarding the raid on Tarvo, several outlets have published baseless reports about our forces.",
    "The operation was carried out lawfully and in full coordination with the local council.",
]


def _after(units: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    return [(kind, who) for kind, who, words in units if words.startswith(("Regarding", "The operation"))]


@pytest.mark.parametrize(
    ("issued", "announcing"),
    [
        (
            "The Velorian Interior Ministry said in a letter to the council on Monday that the raid was lawful.",
            "Below is the text of the letter:",
        ),
        (
            "The Velorian Interior Ministry said in a message to the families on Monday that the raid was lawful.",
            "Following is the full text of the message:",
        ),
        (
            "The Velorian Interior Ministry said in a clarification on Monday that the raid was lawful.",
            "Here is the clarification in full:",
        ),
        (
            "The Velorian Interior Ministry said in a tweet on Monday that the raid was lawful.",
            "The full text of the tweet follows:",
        ),
    ],
)
def test_the_paragraphs_after_an_announced_writing_are_its_issuers(issued: str, announcing: str) -> None:
    assert _after(said_en(issued, announcing, *BODY)) == [
        ("denial", "Velorian Interior Ministry"),
        ("reported", "Velorian Interior Ministry"),
    ]


@pytest.mark.parametrize(
    "announcing",
    [
        "Below is the text of the Kessel Brigade\u2019s letter:",
        "Following is the full text of the Kessel Brigade's message:",
    ],
)
def test_an_owner_named_before_an_announced_writing_is_the_speaker(announcing: str) -> None:
    units = said_en("Fighting went on near Tarvo on Monday.", announcing, *BODY)
    assert _after(units) == [("denial", "Kessel Brigade"), ("reported", "Kessel Brigade")], units


@pytest.mark.parametrize(
    ("before", "announcing"),
    [
        # no colon: nothing announced
        ("The Velorian Interior Ministry said in a letter on Monday that the raid was lawful.", "Below is the letter."),
        # a post that is no writing: its paragraph tells of no writing issued, and the statement is no one's
        (
            "Lev Arno said the brigade had taken a border post near Tarvo on Monday.",
            "Below is the text of the statement:",
        ),
    ],
)
def test_no_writing_announced_or_issued_gives_the_next_paragraphs_no_speaker(before: str, announcing: str) -> None:
    units = said_en(before, announcing, *BODY)
    assert {who for _, who in _after(units)} <= {"the publisher"}, units


# --- a date with a month's short form between a subject and its verb ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker"),
    [
        ("The Kessel Brigade on Mar. 3 rejected the reports as baseless.", "denial", "Kessel Brigade"),
        ("Lev Arno on Jun. 5 said the talks would go on.", "reported", "Lev Arno"),
        ("The Kessel Brigade on Jul. 21 dismissed the claims as lies.", "denial", "Kessel Brigade"),
        ("Dara Venn on Apr. 9 told reporters that the crossing would reopen.", "reported", "Dara Venn"),
        ("The Kessel Brigade on Sept. 14 denied the reports.", "denial", "Kessel Brigade"),
    ],
)
def test_a_date_with_a_short_month_is_no_part_of_the_subject(sentence: str, kind: str, speaker: str) -> None:
    assert [(k, who) for k, who, _ in said_en(sentence)] == [(kind, speaker)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the date after the verb, of what was denied: the subject was never more than the name
        ("Dara Venn rejected reports of a raid on Mar. 3.", "Dara Venn"),
        ("The Kessel Brigade denied that it shelled Tarvo on Apr. 12.", "Kessel Brigade"),
    ],
)
def test_a_date_after_the_verb_leaves_the_subject_as_it_was(sentence: str, speaker: str) -> None:
    assert [who for _, who, _ in said_en(sentence)] == [speaker]
