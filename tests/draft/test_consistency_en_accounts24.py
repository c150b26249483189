"""English quotations, round 24 (development half): words in marks, in a paragraph with no verb of saying, that go on
with the account of the paragraph before ('Islamabad said both sides have agreed ...' then 'The two countries also
decided to avoid "public blame game"') are the words of the one whose account it was.

Made-up names and sentences only. Each shape is varied in its verb, its word order or its subject; a guard beside
each keeps the rule from firing where the words mean something else.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import quotes

# --- words in marks that go on with the account of the paragraph before -----------------------------------------------

ACCOUNTS = [
    ("In a post-visit statement, Veloria said both sides have agreed to avoid violations.", "Veloria"),
    ("The Kessel Brigade said in a statement that its fighters had left the town.", "Kessel Brigade"),
    ("Lina Varo told reporters that the two sides had agreed to a truce.", "Lina Varo"),
    ("In a statement, the Kessel Brigade announced its fighters had left the town.", "Kessel Brigade"),
]
GOES_ON = [
    "The two countries also decided to avoid \u201cpublic blame game\u201d and use agreed \u201ccooperation "
    "mechanisms\u201d to respond to issues.",
    "Both sides will now \u201cwork together\u201d on the border.",
    "The fighters also plan to \u201cstay away from the front\u201d for now.",
]


@pytest.mark.parametrize(("account", "goes_on"), list(itertools.product(ACCOUNTS, GOES_ON)))
def test_words_in_marks_that_go_on_with_the_account_before_are_its_speakers(account, goes_on) -> None:
    # 'In a post-visit statement, Islamabad said both sides have agreed ...' then 'The two countries also decided to
    # avoid "public blame game" and use ... "cooperation mechanisms"': the statement's words (before: no one's)
    text, label = account
    found = quotes(text, goes_on)
    assert found and all(speaker == label for _, speaker in found), found


@pytest.mark.parametrize(
    "paragraphs",
    [
        # another is named in the paragraph: the words may be theirs
        (ACCOUNTS[0][0], "The move comes amid \u201cgrowing pressure\u201d on Lev Arno."),
        # the paragraph has a verb of saying of its own
        (ACCOUNTS[0][0], "The town was \u201cquiet\u201d on Monday, residents said."),
        # the paragraph before reported no one's words
        ("The fighters left the town on Monday.", "Both sides will now \u201cwork together\u201d on the border."),
    ],
)
def test_words_in_marks_after_no_account_or_beside_another_are_not_given_to_the_speaker_before(paragraphs) -> None:
    # (guard)
    first = ACCOUNTS[0][1]
    found = quotes(*paragraphs)
    assert all(speaker != first for _, speaker in found[-1:]), found


def test_a_verb_of_saying_whose_subject_is_not_read_gives_the_words_to_no_one_before() -> None:
    # (guard) 'he said' after two people is no one's: the paragraph has a verb of saying of its own, so it does not go
    # on with the account before
    found = quotes(
        "Lev Arno and Dario Venn said the crossing was closed.",
        "\u201cThe crossing is closed and no one passed,\u201d he said.",
    )
    assert found[-1][1] is None, found


def test_he_quoted_after_two_people_gives_the_words_to_no_one_before() -> None:
    # (guard) as above, with 'he was quoted as saying', which no verb pattern reads
    found = quotes(
        "Lev Arno and Dario Venn said the crossing was closed.",
        "\u201cThe crossing is closed and no one passed,\u201d he was quoted as saying.",
    )
    assert found[-1][1] is None, found
