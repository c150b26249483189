"""English, round 33 of issue 17, a third walk-through of unseen articles (Pakistan's army, information minister
and former president):

- a labelling verb with its label in marks set first ('described as "false and baseless" the allegation that ...')
  denies what follows the label, as 'dismissed as "..."' does, not the label.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

LEAD = "Talks resumed in Kessa on Sunday."


def _drafts(*paragraphs: str) -> list[dict]:
    return [d for d in built("en", LEAD, *paragraphs) if d["type"] in ("claim", "denial")]


# --- a label set first: what follows it was denied ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            'Dorland on Monday described as "false and baseless" the Kessel government\'s allegation that it had '
            "planned the raid.",
            "the Kessel government's allegation that it had planned the raid",
        ),
        (
            'The ministry described as "baseless" reports that its troops had shelled the market.',
            "reports that its troops had shelled the market",
        ),
        (
            "Dorland today termed as \u201cfabricated\u201d the governor's claim that the brigade had fired first.",
            "the governor's claim that the brigade had fired first",
        ),
        (
            'The army on Sunday branded as "lies" the rebels\' claim that they had seized the airport.',
            "the rebels' claim that they had seized the airport",
        ),
        (
            'Dorland on Monday dismissed as "false and baseless" the Kessel government\'s allegation that it had '
            "planned the raid.",
            "the Kessel government's allegation that it had planned the raid",
        ),
    ],
)
def test_a_label_set_first_denies_what_follows_it(text: str, denied: str):
    (denial,) = [d for d in _drafts(text) if d["type"] == "denial"]
    assert denial["denied"] == denied
    assert "as \u201c" in denial["summary"] or 'as "' in denial["summary"]


def test_a_label_after_what_it_labels_still_denies_the_thing():
    (denial,) = [d for d in _drafts('The ministry described the reports as "baseless".') if d["type"] == "denial"]
    assert denial["denied"] == "the reports"
