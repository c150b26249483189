"""Round 51's tidying helper's changes, tested on made-up sentences: a paragraph announcing the text of any writing a
body speaks through ('Below is the text of the letter:', as of a statement) makes the paragraphs after it the words
of the writing's issuer; a date between a subject and its verb is stepped over with every month's short form ('Dara
Venn on Mar. 3 rejected', as 'on Dec. 3'); and 'and' inside a body's name joins two fields of its work ('the Kessel
Oil and Gas Council', 'the Ministry of Oil and Gas'), where two bodies joined by 'and' stay two."""

from __future__ import annotations

import pytest

from generator.draft.names import Lexicon, NameIndex, find_mentions
from tests.draft.conftest import EN_LEAD, deniers, said_en

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


# --- 'and' inside a body's name, between two fields of its work ----------------------------------------------------


def _names(sentence: str) -> list[tuple[str, str]]:
    lexicon = Lexicon.of([sentence])
    return [(m.text, m.kind) for m in find_mentions(sentence, 0, lexicon, NameIndex())]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Reporters met the KRG Oil and Gas Council in the city.", "KRG Oil and Gas Council"),
        (
            "Reporters later asked the Velorian Security and Defence Committee about it.",
            "Velorian Security and Defence Committee",
        ),
        ("Workers of the Velor Oil and Gas Company closed two wells.", "Velor Oil and Gas Company"),
        ("Then the Ministry of Oil and Gas said the field was safe.", "Ministry of Oil and Gas"),
        (
            "Then the Ministry of Labour and Social Affairs said the camp was open.",
            "Ministry of Labour and Social Affairs",
        ),
        (
            "Then the Ministry of Energy and Natural Resources said the dam was safe.",
            "Ministry of Energy and Natural Resources",
        ),
        (
            "Then the Ministry of Agriculture and Water Resources said it.",
            "Ministry of Agriculture and Water Resources",
        ),
    ],
)
def test_and_between_two_fields_stays_inside_a_bodys_name(sentence: str, name: str) -> None:
    assert _names(sentence) == [(name, "org")]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # two bodies, each with its head word or none
        ("Then the Ministry of Defence and Hamas denied it.", ["Ministry of Defence", "Hamas"]),
        ("Then the Council of Ministers and the Presidency denied it.", ["Council of Ministers", "Presidency"]),
        ("Then the Ministry of Defence and Interior Ministry denied it.", ["Ministry of Defence", "Interior Ministry"]),
        ("Then the Oil Ministry and Gas Council denied it.", ["Oil Ministry", "Gas Council"]),
        ("Then the Defence Ministry and Interior Ministry denied it.", ["Defence Ministry", "Interior Ministry"]),
        # a person's name, and a body after 'and'
        ("Then Lev Arno and Security Council members met.", ["Lev Arno", "Security Council"]),
        # a body and a person's name
        ("Then Kessel Fields and Dara Venn met.", ["Kessel Fields", "Dara Venn"]),
    ],
)
def test_and_between_two_names_leaves_two(sentence: str, names: list[str]) -> None:
    assert [text for text, _ in _names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The Velorian Oil and Gas Council denied the reports of a leak.", "Velorian Oil and Gas Council"),
        ("The Ministry of Oil and Gas rejected the reports as baseless.", "Ministry of Oil and Gas"),
        (
            "The Kessel Peace and Reconstruction Committee dismissed the claims as lies.",
            "Kessel Peace and Reconstruction Committee",
        ),
    ],
)
def test_a_body_with_and_in_its_name_is_one_denier(sentence: str, denier: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [denier]


def test_two_bodies_joined_by_and_are_two_deniers() -> None:
    found = deniers("en", EN_LEAD, "The Kessel Brigade and the Velorian Army denied the reports of a raid.")
    assert "Kessel Brigade and the Velorian Army" not in found and len(found) == 2, found
