"""Round 52's lead rules, tested on made-up sentences: a dateline that is a date alone, with its year, then a dash
('13 August 2004 -- The ministry ...', as a broadcaster's site writes it) is not the first sentence's subject."""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

_HEADLINE = "Velorian Government Denies Reports Arno Wounded"


@pytest.mark.parametrize(
    "dateline",
    [
        "13 August 2004 --",
        "13 August 2004 -",
        "13 Aug. 2004 \u2013",
        "August 13, 2004 --",
        "Sept. 2, 2019 -",
        "2 May 2019 \u2014",
    ],
)
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Velorian government is denying reports that Lev Arno was injured today.", "the Velorian government"),
        ("The Kessel Brigade denied any role in the attack.", "Kessel Brigade"),
        ("The ministry said the reports were false.", "the ministry"),
    ],
)
def test_a_date_alone_before_a_dash_is_a_dateline(dateline: str, sentence: str, speaker: str) -> None:
    paragraph = f"{dateline} {sentence}"
    got = [(kind, who) for kind, who, words in said("en", _HEADLINE, paragraph) if words in paragraph]
    # (the headline's 'Velorian Government' may name the speaker: its case and article are the headline's)
    assert [(kind, who.casefold().removeprefix("the ")) for kind, who in got] == [
        ("denial", speaker.casefold().removeprefix("the "))
    ], got


@pytest.mark.parametrize(
    "paragraph",
    [
        # a date with no year, or no dash, opens the sentence itself
        "On 13 August the ministry denied the reports.",
        "On August 13, 2004, the ministry denied the reports.",
    ],
)
def test_a_date_in_the_sentence_is_no_dateline(paragraph: str) -> None:
    got = said("en", _HEADLINE, paragraph)
    assert got and all(not who[0].isdigit() for _, who, _ in got), got
