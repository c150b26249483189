"""Round 40 walk-throughs of unseen English articles (armed groups, militias and officials): the shapes that were
drafted wrong, in made-up sentences (invented names and places)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, claimants, quotes

# --- 'X's only statement on the issue was, "..."': the one whose statement it was gave the words -----------------------

LEAD = "Major General Lev Arno, the spokesman of the Kessel Brigade, declined to comment on the report."


@pytest.mark.parametrize(
    "text",
    [
        'Arno\'s only statement on the issue was, "everything that was reported was fabricated."',
        'Arno\'s only comment was: "everything that was reported was fabricated."',
        'Arno\'s response was, "everything that was reported was fabricated."',
        'Arno\'s reply on the matter was "everything that was reported was fabricated."',
        'Arno\'s sole comment on the reports was: "everything that was reported was fabricated."',
        # (the possessive's apostrophe left out, as some outlets type it)
        'Arno only statement on the issue was, "everything that was reported was fabricated."',
        'His only statement on the issue was, "everything that was reported was fabricated."',
    ],
)
def test_whose_statement_it_was_speaks(text: str) -> None:
    assert quotes(EN_LEAD, LEAD, text) == [("everything that was reported was fabricated.", "Lev Arno")]


@pytest.mark.parametrize(
    "text",
    [
        'Arno\'s only statement on the issue was, "everything that was reported was fabricated."',
        'Arno\'s response was: "the report is a fabrication."',
    ],
)
def test_the_statement_is_a_denial_by_its_owner(text: str) -> None:
    assert claimants("en", EN_LEAD, LEAD, text) == [("denial", "lev-arno")]


def test_a_statement_that_was_something_else_is_no_speech() -> None:
    # 'the statement was "a fabrication"' says what another's statement was, not who spoke
    text = 'Dara Venn said the brigade\'s statement was "a fabrication".'
    assert quotes(EN_LEAD, text) == [("a fabrication", "Dara Venn")]
