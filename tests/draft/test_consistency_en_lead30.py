"""English, round 30 (the lead's): the one quoted in a report that a denier rejects ('X rejected reports published by
Kesslian media which quoted an official as saying that "..."'). 'reports' was read as the verb of 'reports Y as
saying', so the name of the one quoted ran from 'published' to 'official', no one was found, and the quotation went
to the denier, as if the denier had said what was denied. 'reports' is the noun there; 'reported' and 'reporting'
still relay ('The agency reported Y as saying'). Then 'as' in 'as saying' was read as opening a clause of another's
('X denied it as Y said ...'), which cut the denial's citation short of what it denies.
Made-up names throughout (Dario Venn, Kesslia).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

QUOTED = "fighters are waiting at the border to cross"


@pytest.mark.parametrize(
    "lead, denier, quoted",
    [
        (
            "Ministry spokesman Dario Venn on Sunday rejected reports published by Kesslian media which quoted a"
            " Kesslian official as saying that",
            "Dario Venn",
            "a Kesslian official",
        ),
        (
            "The ministry denied reports that quoted a senior commander as saying that",
            "the ministry",
            "a senior commander",
        ),
        ("The ministry denied reports that quoted a senior commander as saying", "the ministry", "a senior commander"),
        (
            "Dario Venn dismissed media reports which cited an unnamed officer as saying",
            "Dario Venn",
            "an unnamed officer",
        ),
        ("The army rejected news reports which quoted Lev Arno, a local commander, as saying", "the army", "Lev Arno"),
    ],
)
def test_the_one_quoted_in_a_report_the_denier_rejects_speaks_the_quotation(lead, denier, quoted):
    units = said("en", f'{lead} "{QUOTED}".')
    assert [(k, s) for k, s, _ in units] == [("denial", denier), ("quote", quoted)]
    assert units[1][2] == QUOTED
    # (and the denial cites what it denies, the quoted words with it: 'as saying' opens no clause of another's)
    denial = next(r for r in built("en", f'{lead} "{QUOTED}".') if r["type"] == "denial")
    assert QUOTED in denial["denied"]
    assert denial["citations"][0]["quote"].endswith(f'"{QUOTED}".')


@pytest.mark.parametrize(
    "sentence, quoted",
    [
        (f'The Meridian Wire reported a senior commander as saying that "{QUOTED}".', "a senior commander"),
        (f'The Hindu quoted an unnamed security official as saying that "{QUOTED}".', "an unnamed security official"),
        (f'State television, reporting Dario Venn as saying "{QUOTED}", gave no details.', "Dario Venn"),
    ],
)
def test_the_one_quoted_by_an_outlet_still_speaks(sentence, quoted):
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("quote", quoted)]
