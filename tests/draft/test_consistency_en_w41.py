"""English, round 41 (walk-throughs of unseen news): shapes an editor found drafted wrong, written again with made-up
names (Dara Venn, the Kessel Brigade, Tarvo).

- A denial of presence with 'at all' before it ('"We are not at all present in Tarvo", said the spokesperson'): drafted
  as a plain quotation, though 'we are not present in Tarvo at all' was a denial.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said_en

LEAD = "Dara Venn, the spokesman for the Kessel Brigade, denied the report."

NOT_AT_ALL_PRESENT = [
    '"We are not at all present in South Tarvo", said the rebel spokesperson.',
    '"We are not at all present in Tarvo," Venn said.',
    '"We were not at all there," Venn said.',
    '"We are not present in Tarvo at all," Venn said.',
]


@pytest.mark.parametrize("quote", NOT_AT_ALL_PRESENT)
def test_not_at_all_present_is_a_denial(quote: str) -> None:
    drafted = said_en(LEAD, quote)
    assert [(kind, who) for kind, who, _ in drafted[1:]] == [("denial", "Dara Venn")]


@pytest.mark.parametrize(
    "quote",
    [
        '"We are not at all happy with the talks," Venn said.',
        '"We are not at all worried about the army," Venn said.',
    ],
)
def test_not_at_all_with_another_predicate_is_no_denial(quote: str) -> None:
    assert [kind for kind, _, _ in said_en(LEAD, quote)[1:]] == ["quote"]
