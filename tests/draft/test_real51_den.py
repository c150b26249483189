"""Round 51's den helper's rules, tested on made-up sentences: 'reaffirmed' is a verb of saying, as 'reiterated' is
(and 'the statement' after a spokesman who spoke last, with no body to issue it, is his); a spokesperson described,
not named, speaks for the body that denied ('the spokesman', 'its spokeswoman', "the group's spokesman", 'a spokesman
for the army'), as does one named with such a title after the name ('Lev Arno, the army's spokesman'), so their words
that say it is not so restate the body's denial ('"He is alive and well," the spokesman said')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, claimants, said

# --- 'reaffirmed' as a verb of saying -----------------------------------------------------------------------------


def _last_kinds(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker) of the units drafted from the last of ``paragraphs`` (after the grid lead)."""
    last = paragraphs[-1]
    return [(kind, who) for kind, who, words in said("en", EN_LEAD, *paragraphs) if words.rstrip(",.") in last]


@pytest.mark.parametrize(
    ("paragraphs", "denier"),
    [
        (("The Kessel Brigades reaffirmed that it had no role in the attack.",), "Kessel Brigades"),
        (("The ministry reaffirmed that the reports were baseless.",), "the ministry"),
        (("The Velorian ministry reaffirms that its forces did not enter the town.",), "the Velorian ministry"),
        (("The council reaffirmed that it had not received any request for talks.",), "the council"),
        (("Dara Venn reaffirmed on Monday that the claims were false.",), "Dara Venn"),
        (("\u201cWe had no role in the attack,\u201d Lev Arno reaffirmed.",), "Lev Arno"),
        (
            ("The Orvale Front denied the report.", "Lev Arno reaffirmed that the front had not fired the rockets."),
            "Lev Arno",
        ),
    ],
)
def test_reaffirmed_is_a_verb_of_saying(paragraphs: tuple[str, ...], denier: str) -> None:
    assert ("denial", denier) in _last_kinds(*paragraphs), paragraphs


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry reaffirmed its support for the talks.",
        "Lev Arno reaffirmed the group's commitment to the truce.",
    ],
)
def test_reaffirming_a_stance_denies_nothing(sentence: str) -> None:
    assert all(kind != "denial" for kind, _ in _last_kinds(sentence)), sentence


@pytest.mark.parametrize("verb", ["reaffirmed", "said", "stressed", "added"])
def test_the_statement_is_the_spokesmans_who_spoke_last(verb: str) -> None:
    # (round 36's rule kept: a body named only inside what the spokesman said issued nothing; the spokesman who
    # spoke last, with no body to issue it, did)
    found = claimants(
        "en",
        "The spokesman for the council Dara Venn denied Saturday any talks with the Kessel Brigade.",
        f"The spokesman {verb} that the Orvale Guard under the council's command is still holding the line.",
        "The statement denied news circulated on social media about talks between the Orvale Guard and the brigade.",
    )
    assert {who for _, who in found} == {"dara-venn"}, verb


def test_the_statement_after_a_trader_who_spoke_stays_unnamed() -> None:
    found = claimants(
        "en",
        "Dara Venn, a local trader, denied any talks with the brigade.",
        "Venn reaffirmed that the roads were still open.",
        "The statement denied reports of a truce.",
    )
    assert ("denial", "the statement") in found
