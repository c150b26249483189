"""English shapes drafted wrong at the end of round 41, each in several made-up variants (round 42, helper m-en).

Made-up sentences only (Lev Arno, Dara Venn, Tovek Banks, the Kessel Brigade, Kessia); each test asserts what a reader
would draft.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import said_en

# --- 1. a counter-charge that the accusers' words are false, after a charge against the speaker: its denial ----------

CHARGED = [
    ("The ministry accused the Kessel Brigade of shelling the crossing.", "The Kessel Brigade", "Kessel Brigade"),
    ("Officials said Lev Arno had ordered the raid.", "Lev Arno", "Lev Arno"),
    ("The council blamed Dara Venn for the fraud on Monday.", "Dara Venn", "Dara Venn"),
]
COUNTERS = [
    '{x} countered by accusing officials of delivering "inaccurate reports".',
    '{x} responded by accusing the agency of spreading "lies".',
    '{x} hit back, accusing the ministry of publishing "false reports".',
    'On Monday, {x} countered by accusing the officials of spreading "misleading information".',
    '{x} has countered by accusing officials of delivering "inaccurate reports" to the council.',
    '{x} replied by accusing the agency of "spreading lies".',
    '{x} countered, accusing officials of giving "inaccurate reports".',
    "{x} countered by accusing officials of spreading lies.",
]


@pytest.mark.parametrize(("charge", "counter"), list(itertools.product(CHARGED, COUNTERS)))
def test_a_charged_side_accusing_its_accusers_of_false_reports_denies(charge, counter):
    sentence, written, label = charge
    got = said_en(sentence, counter.format(x=written))
    assert got[-1][:2] == ("denial", label), got


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no charge against him before: his charge, as before
        ('Lev Arno countered by accusing officials of delivering "inaccurate reports".',),
        ("Lev Arno accused officials of spreading lies.",),
        # another side was charged, not the one who speaks
        (
            "The ministry accused the Kessel Brigade of shelling the crossing.",
            'Dara Venn accused officials of delivering "inaccurate reports".',
        ),
    ],
)
def test_guard_a_counter_charge_by_a_side_not_charged_is_no_denial(paragraphs):
    assert said_en(*paragraphs)[-1][0] != "denial"
