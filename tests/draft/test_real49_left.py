"""Round 49's left helper's rules, written from development misses left by rounds 47 and 48 and tested here on made-up
sentences: a side that says its own website or account had been hacked disowns what was published there (a denial);
a deed of the kind charged said to be illogical or unthinkable for any of the speaker's people ('it is illogical for
any Kessel fighter to commit a crime against ...') denies the charge, where the side was charged before."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers

# --- a statement disowned as the work of hackers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Brigade said that its website had been hacked.",
        "The Kessel Brigade said its official website had been hacked on Friday.",
        "The Kessel Brigade said its Telegram channel was hacked.",
        "The Kessel Brigade said its Twitter account had been compromised.",
        "The Kessel Brigade said hackers had taken over its website.",
        "The Kessel Brigade said the statement was the work of hackers.",
        "The Kessel Brigade said the statement had been posted by hackers.",
        "\u201cOur website has been hacked,\u201d the Kessel Brigade said.",
    ],
)
def test_a_side_whose_own_website_was_hacked_disowns_what_it_published(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == ["Kessel Brigade"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # another's website, or hacking done by the speaker
        "The Kessel Brigade said hackers had taken over the bank's website.",
        "The Kessel Brigade said it had hacked the army's website.",
        # hacking feared, not done
        "The Kessel Brigade warned that its website could be hacked.",
        # not a website: a wall breached
        "The Kessel Brigade said its fighters had breached the wall of the depot.",
        # hackers named as a danger, no statement theirs
        "The Kessel Brigade said hackers were a threat to the banks.",
    ],
)
def test_hacking_not_of_the_speakers_own_outlet_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- a charged deed called illogical for the speaker's people -----------------------------------------------------

CHARGE = "The Velorian Rights Watch accused the Kessel Brigade of killing villagers in Barno."


@pytest.mark.parametrize(
    "answer",
    [
        "The Kessel Brigade said it is illogical and unreasonable for any Kessel fighter to commit any crime against "
        "a villager who is not attacking them.",
        "The Kessel Brigade said it is unthinkable for any of its fighters to kill villagers.",
        "The Kessel Brigade said it would be absurd for its men to attack their own neighbours.",
        "The Kessel Brigade said it was inconceivable for our fighters to harm civilians.",
        "\u201cIt is illogical for any of us to target villagers,\u201d the Kessel Brigade said.",
    ],
)
def test_a_charged_deed_called_illogical_for_the_speakers_people_denies(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == ["Kessel Brigade"], answer


@pytest.mark.parametrize(
    "answer",
    [
        # the deed called unreasonable for another side: a charge, not a denial
        "The Kessel Brigade said it is unreasonable for the army to attack villagers.",
        # no deed of force
        "The Kessel Brigade said it is impossible for any aid to reach Barno.",
        "The Kessel Brigade said it is unreasonable for any of its fighters to pay the new tax.",
    ],
)
def test_what_is_illogical_for_others_or_no_deed_denies_nothing(answer: str) -> None:
    assert deniers("en", EN_LEAD, CHARGE, answer) == [], answer


def test_a_deed_called_illogical_with_no_charge_before_denies_nothing() -> None:
    sentence = "The Kessel Brigade said it is illogical for any Kessel fighter to commit a crime against a villager."
    assert deniers("en", EN_LEAD, sentence) == []
