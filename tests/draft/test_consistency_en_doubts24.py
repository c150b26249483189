"""English denials, round 24 (development half): the plain verb 'doubts' of what was said ('the current government
doubts this report') as a verb of denying.

Made-up names and sentences only. Each shape is varied in its verb, its word order or its subject; a guard beside
each keeps the rule from firing where the words mean something else.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import deniers

# --- 'doubts this report' ---------------------------------------------------------------------------------------------

DOUBTS = ["doubts", "doubted"]
DOUBTED = ["this report", "the report", "these claims", "the Kessel council\u2019s findings", "such accounts"]


@pytest.mark.parametrize(("verb", "doubted"), list(itertools.product(DOUBTS, DOUBTED)))
@pytest.mark.parametrize("subject", [("The Kessel Brigade", "Kessel Brigade"), ("Lina Varo", "Lina Varo")])
def test_the_plain_verb_doubts_of_what_was_said_is_a_denial(verb, doubted, subject) -> None:
    # 'the current system in Afghanistan doubts this report and sees it as an abuse' as 'rejects this report'
    # (before: no unit at all, or a report)
    written, label = subject
    text = f"{written} {verb} {doubted} and sees it as an abuse of the council\u2019s name."
    assert deniers("en", text) == [label], text
    assert deniers("en", text) == deniers(
        "en", f"{written} rejected {doubted} and sees it as an abuse of the council\u2019s name."
    )


@pytest.mark.parametrize(
    "text",
    [
        "There is no doubt the report is true, Lina Varo said.",
        "Lina Varo doubts the plan will work.",
        "Lina Varo doubted the talks would succeed.",
        "Lina Varo doubts the ceasefire will hold.",
    ],
)
def test_doubting_what_is_no_claim_is_no_denial(text) -> None:
    # (guard) 'no doubt' is a noun; a plan or talks doubted are no one's words
    assert deniers("en", text) == [], text
