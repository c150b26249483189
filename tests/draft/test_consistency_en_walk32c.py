"""English, round 32 of issue 17, a second walk-through (wire copy and regional outlets on Iraq's militias, Iran's
foreign ministry and Syria):

- a body described by a participle phrase with no commas ('the alliance fighting the Kessel Brigade', 'the militia
  backing the government') is a description of that body: it denies, as 'the alliance' alone does, and an aside
  inside what it denies ('and, that group said, two advisers') does not take the sentence;
- another's aside inside what is denied ('denied a raid which killed ten and, the militia said, two advisers') ends
  what is denied, with the word that opened the clause it cuts;
- 'forecast' and 'predicted' with words in marks after them are verbs of saying: the subject speaks.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- a body described by a participle phrase with no commas denies -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The alliance fighting the Kessel Brigade denied responsibility for the raid.", "alliance"),
        ("The alliance fighting the Kessel Brigade on Tuesday denied responsibility for the raid.", "alliance"),
        ("The Dorland-led alliance fighting the Kessel Brigade denied responsibility for the raid.", "alliance"),
        (
            "The coalition battling the Kessel Brigade on Monday rejected reports that it had struck the camp.",
            "coalition",
        ),
        ("The militia backing the government on Tuesday denied responsibility for the raid.", "militia"),
        ("The coalition fighting the Kessel Brigade denied striking the camp.", "coalition"),
        (
            "The Dorland-led alliance fighting the Kessel Brigade on Tuesday denied responsibility for a raid near "
            "the border which killed dozens of members of a local militia and, that group said, two of its advisers.",
            "alliance",
        ),
        (
            "VELORIA (Wirenews) - The alliance fighting the Kessel Brigade on Tuesday denied a raid which killed ten "
            "fighters and, the militia said, two advisers.",
            "alliance",
        ),
    ],
)
def test_a_body_described_by_a_participle_phrase_denies(text: str, who: str) -> None:
    got = speakers("en", LEAD, text)
    assert [k for k, _ in got] == ["denial"], got
    assert who in got[0][1], got


# --- a body's own participle phrase is no clause: not where the name after it speaks -------------------------------


def test_the_body_fought_does_not_deny() -> None:
    got = speakers("en", LEAD, "The alliance fighting the Kessel Brigade denied responsibility for the raid.")
    assert all(who != "Kessel Brigade" for _, who in got) and got, got


# --- 'forecast' and 'predicted' with words in marks ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno forecast \u201cthat a new movement will rise in Dorland because the young have nothing to lose,\u201d "
        "calling the country unsafe.",
        "Lev Arno forecast \u201cthat a new movement will rise in Dorland.\u201d",
        "Lev Arno predicted \u201cthat a new movement will rise in Dorland,\u201d calling the country unsafe.",
        "On Sunday, Lev Arno forecast \u201ca hard winter for the brigade.\u201d",
    ],
)
def test_forecast_with_words_in_marks_is_said(text: str) -> None:
    got = speakers("en", LEAD, text)
    assert got == [("quote", "Lev Arno")], got


# --- another's aside inside what is denied ends it: not 'and, that group' -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The alliance on Tuesday denied responsibility for a raid which killed ten fighters and, that group "
            "said, two advisers.",
            "responsibility for a raid which killed ten fighters",
        ),
        (
            "Lev Arno denied a raid which killed ten fighters and, the militia said, two advisers.",
            "a raid which killed ten fighters",
        ),
        (
            "The Marland army denied shelling the camp, which, residents said, had no fighters in it.",
            "shelling the camp",
        ),
        (
            "Lev Arno denied the raid, which, the brigade claimed, killed two medics.",
            "the raid",
        ),
        (
            "The alliance denied a raid on a camp that, the militia's leaders said on Monday, held only medics.",
            "a raid on a camp",
        ),
    ],
)
def test_an_aside_inside_what_is_denied_ends_it(text: str, expected: str) -> None:
    assert denied("en", LEAD, text) == [expected]
