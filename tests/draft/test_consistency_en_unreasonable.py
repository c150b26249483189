"""English, round 25: what was said, called unreasonable, absurd, ridiculous or malicious ('Such unreasonable statements
prove the collapse of their policy,' the minister said), is dismissed, as 'baseless allegations' are: statements and
remarks so called as well as claims and accusations, in a quotation or the reporter's words, after a denial or alone.
Not a demand or a price called unreasonable, nor 'wild statements' (said of a speaker's style).

Made-up people and countries (Karel Voss, Ostravia).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

DENIAL = "Ostravian Defense Minister Karel Voss has refuted the allegations about the missile attack."


@pytest.mark.parametrize(
    "words",
    [
        "Such unreasonable statements prove the collapse of their policy",
        "These unreasonable accusations show their failure",
        "Such ridiculous statements are a sign of despair",
        "These absurd remarks only show their weakness",
        "Such preposterous statements aim to mislead the world",
    ],
)
@pytest.mark.parametrize("after_denial", [True, False])
def test_statements_called_unreasonable_are_dismissed(words: str, after_denial: bool) -> None:
    paragraphs = ([DENIAL] if after_denial else []) + [f"“{words},” Karel Voss said in a statement."]
    units = said("en", *paragraphs)
    assert units[-1][:2] == ("denial", "Karel Voss")


def test_in_the_reporters_words() -> None:
    units = said("en", "Karel Voss dismissed the unreasonable remarks of the envoy.")
    assert [(kind, label) for kind, label, _ in units] == [("denial", "Karel Voss")]


@pytest.mark.parametrize(
    "words",
    ["This unreasonable demand will be refused", "Wild statements by the candidate will not help the talks"],
)
def test_a_demand_or_a_style_is_no_dismissal(words: str) -> None:
    units = said("en", f"“{words},” Karel Voss said.")
    assert [kind for kind, _, _ in units] == ["quote"]
