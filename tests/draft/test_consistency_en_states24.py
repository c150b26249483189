"""English denials, round 24 (development half): a state's denial kept apart from an office of it that denies paragraphs
later ('Lebanon has dismissed ...', other voices, then 'The Lebanese defence ministry refuted ...').

Made-up names and sentences only. Each shape is varied in its verb, its word order or its subject; a guard beside
each keeps the rule from firing where the words mean something else.
"""

from __future__ import annotations

import itertools

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import deniers

# --- a state's denial, and a ministry of it that denies paragraphs later ----------------------------------------------


def _states() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Kessel", Known("kessel", "place", "country", "Kessel"))
    return index


STATE_DENIES = [
    "Veloria has dismissed Kessel claims that a Velorian soldier killed in a strike was tied to the brigade.",
    "Veloria on Tuesday rejected Kessel allegations that the soldier had ties to the brigade.",
    "Veloria has denied reports that its soldier belonged to the brigade.",
    "Veloria categorically rejected the Kessel claims about the soldier.",
]
OFFICE_LATER = [
    "The Velorian defence ministry refuted claims of army personnel being linked to armed groups, calling such "
    "reports a \u201cmalicious attack.\u201d",
    "The Velorian defence ministry said the reports were \u201ca malicious attack.\u201d",
    "The Velorian foreign ministry denied the claims.",
]
BETWEEN = [
    "The Kessel army said the men were planning attacks. The Velorian army confirmed the death of the soldier.",
    "The strike hit a car near the coast. The Velorian army confirmed the death of the soldier.",
]


@pytest.mark.parametrize(("state", "office", "between"), list(itertools.product(STATE_DENIES, OFFICE_LATER, BETWEEN)))
def test_a_state_denial_is_not_given_to_an_office_that_denies_paragraphs_later(state, office, between) -> None:
    # 'Lebanon has dismissed Israeli claims ...', other voices, then 'The Lebanese defence ministry refuted claims of
    # ...': two deniers, each in its own words (before: both denials were the ministry's, 'one denial')
    found = deniers("en", state, between, office, index=_states())
    assert found[0] == "Veloria" and found[-1].endswith("ministry"), found


@pytest.mark.parametrize("state", STATE_DENIES)
@pytest.mark.parametrize(
    "office",
    [
        "The Velorian foreign ministry said the reports were \u201ca malicious attack.\u201d",
        "An official source at the Velorian foreign ministry said the reports were \u201ca malicious attack.\u201d",
        "A Velorian foreign ministry spokesman said the reports were \u201ca malicious attack.\u201d",
    ],
)
def test_a_state_still_denies_through_an_office_that_speaks_beside_it(state, office) -> None:
    # (guard) the office, or its official or spokesman, in the paragraph after the state's denial tells that denial:
    # one denier, as before
    found = set(deniers("en", state, office, index=_states()))
    assert len(found) == 1, found


@pytest.mark.parametrize("state", STATE_DENIES)
def test_a_spokesman_of_the_state_still_tells_its_denial_paragraphs_later(state) -> None:
    # (guard) a person who speaks for the state, wherever he stands, tells its denial
    found = set(
        deniers(
            "en",
            state,
            BETWEEN[0],
            "An official source at the Velorian foreign ministry said the reports were \u201ca malicious attack.\u201d",
            index=_states(),
        )
    )
    assert len(found) == 1, found
