"""English, round 25: what a subject answers, set off by commas between it and its verb ('The ministry, in response to
the report, said ...'), is an aside, as 'in response' alone and 'in a statement' are: the subject speaks, whatever it
answers and whichever of 'response', 'reply', 'reaction' names the answer.

Made-up people (Karel Voss) and bodies.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


@pytest.mark.parametrize("noun", ["response", "reply", "reaction"])
@pytest.mark.parametrize(
    "answered", ["the report", "the accusations", "a question from reporters", "the UN monitoring team's report"]
)
@pytest.mark.parametrize(
    ("subject", "label"), [("The ministry", "the ministry"), ("Karel Voss", "Karel Voss"), ("The Taliban", "Taliban")]
)
def test_an_aside_of_what_is_answered(noun: str, answered: str, subject: str, label: str) -> None:
    units = said("en", f"{subject}, in {noun} to {answered}, said the claims were false.")
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", label)]


def test_stated_that_it_lacked_evidence() -> None:
    units = said("en", "The Taliban, in response to the report, stated that it lacked evidence.")
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Taliban")]


def test_no_denial_is_made_of_an_answer() -> None:
    units = said("en", "The ministry, in response to questions, said it would study the plan.")
    assert [(kind, speaker) for kind, speaker, _ in units] == [("reported", "the ministry")]
