"""English, round 33 of issue 17, a third walk-through of unseen articles (Pakistan's army, information minister
and former president):

- a labelling verb with its label in marks set first ('described as "false and baseless" the allegation that ...')
  denies what follows the label, as 'dismissed as "..."' does, not the label;
- 'she' after an unmarked person spoke, where one woman marked so has spoken before, is that woman: the unmarked
  one (a general, a governor) is not made a woman;
- two named together as who denied ('Both X and Y dismissed the report') are not each other's subjects.

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


# --- 'she' is the woman who spoke, not the unmarked man named since -------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "woman", "man"),
    [
        (
            (
                "Dorland's Information Minister Dina Venn spoke to reporters in Kessa.",
                '"The charges against Dorland are baseless," she said.',
                'Former President General Tomas Arlo also rejected the charges and said: "Dorland has lost the most '
                'in this war."',
                "The ministry will soon give a formal reply, she said.",
            ),
            "dina-venn",
            "tomas-arlo",
        ),
        (
            (
                "Kessel Brigade spokeswoman Mara Lind spoke at a briefing.",
                '"Our fighters were nowhere near the depot," she said.',
                'Governor Piet Dorran rejected the accusations and said: "The town is calm."',
                "The brigade will publish its own findings, she said.",
            ),
            "mara-lind",
            "piet-dorran",
        ),
        (
            (
                "Minister Ilse Haro addressed the press in Kessa.",
                "She said the reports of shelling were false.",
                'Army chief Ruben Sald dismissed the claims and said: "Our troops hold every post."',
                "An inquiry would follow, she said.",
            ),
            "ilse-haro",
            "ruben-sald",
        ),
    ],
)
def test_she_is_the_woman_who_spoke_not_an_unmarked_man_named_since(paragraphs, woman: str, man: str):
    found = _drafts(*paragraphs)
    last = [d for d in found if d["citations"][0]["paragraph"] == len(paragraphs) + 2]  # (after the title and lead)
    assert [d["claimant"] for d in last] == [{"actor": woman}]
    assert any((d.get("denier") or d.get("claimant")) == {"actor": man} for d in found)


def test_she_with_no_woman_marked_before_stays_the_subject():
    found = _drafts(
        "Governor Piet Dorran met the envoy.",
        'Nadia Roos rejected the accusations and said: "The town is calm."',
        "An inquiry would follow, she said.",
    )
    (last,) = [d for d in found if d["citations"][0]["paragraph"] == 5]
    assert last["claimant"] == {"actor": "nadia-roos"}


# --- two named together as who denied: neither is the other's subject ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Both Lena Varo and Piet Dorran have dismissed the tabloid\'s report as "reprehensible" and "trash".',
        "Lena Varo and Piet Dorran denied the report.",
        "Both Lena Varo and Piet Dorran rejected the claims.",
    ],
)
def test_co_deniers_are_not_each_others_subjects(text: str):
    denials = [d for d in built("en", LEAD, text) if d["type"] == "denial"]
    assert sorted(d["denier"]["actor"] for d in denials) == ["lena-varo", "piet-dorran"]
    assert all(not d.get("subjects") for d in denials)


def test_one_denying_what_another_named_with_it_did_keeps_it_a_subject():
    (denial,) = [
        d
        for d in built(
            "en",
            LEAD,
            "Lena Varo denied that she had met Piet Dorran and Ali Sen in Kessa.",
            "Piet Dorran said the meeting took place.",
        )
        if d["type"] == "denial"
    ]
    assert denial["denier"] == {"actor": "lena-varo"}
    assert "piet-dorran" in denial.get("subjects", [])
