"""English, round 33 of issue 17, a walk-through of unseen articles on Nigeria, Burkina Faso, the Afghan Taliban and
Sudan's paramilitaries:

- a hyphened word that says who rules or holds a country ('military-ruled', 'junta-run', 'rebel-held') only
  describes the name after it, as 'Iran-backed' does: the name denies;
- a report or claim 'that said' or 'that claimed' something holds what it said: the denial does not end at 'that';
- a name's kinds of body alone ('News Agency' in 'French News Agency') are not nearly the name on file they end
  ('Veltra News Agency'): the word that names is the one missing.

Made-up names only (but the places, which must be on file).
"""

from __future__ import annotations

import pytest

from generator.draft.linking import named_on_file
from generator.draft.names import Known, NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import built

LEAD = "Talks resumed in Kessel on Sunday."


def _denials(text: str) -> list[tuple[object, str]]:
    return [(d.get("denier"), d["denied"]) for d in built("en", LEAD, text) if d["type"] == "denial"]


# --- a hyphened word of rule before a name only describes it --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Military-ruled Dorland has rejected as "baseless accusations" a Veritas Watch report that soldiers killed '
        "at least 20 villagers.",
        "Military-ruled Dorland denied the report.",
        "On Sunday, military-ruled Dorland denied the report.",
        "Junta-run Dorland on Monday rejected a report that soldiers killed 20 villagers.",
        "Army-ruled Dorland dismissed the accusations as baseless.",
        "Rebel-held Dorland denied the report.",
    ],
)
def test_a_hyphened_word_of_rule_only_describes_the_name(text: str) -> None:
    got = _denials(text)
    assert len(got) == 1 and got[0][0] == {"actor": "dorland"}, got


# --- a report that said something holds what it said ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Lev Arno said there was no truth in local media reports that said Omar Dan had been killed.",
            "reports that said Omar Dan had been killed",
        ),
        (
            "Lev Arno rejected reports that claimed Omar Dan had been killed.",
            "reports that claimed Omar Dan had been killed",
        ),
        (
            "The brigade denied a statement that stated its fighters had fled the town.",
            "a statement that stated its fighters had fled the town",
        ),
        (
            "Lev Arno on Tuesday dismissed rumours that suggested he had resigned.",
            "rumours that suggested he had resigned",
        ),
    ],
)
def test_a_report_that_said_holds_what_it_said(text: str, words: str) -> None:
    got = _denials(text)
    assert len(got) == 1 and words in got[0][1], got


# --- 'the attention of X has been drawn to' is a formula: what it is drawn to is answered --------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "A statement by the brigade spokesman, Colonel Lev Arno, on Thursday said the attention of the brigade "
            "had been drawn to a video released by the group, showing its leader making spurious claims.",
            "a video released by the group",
        ),
        (
            "The brigade said its attention had been drawn to a false report that its fighters had fled the town.",
            "a false report that its fighters had fled the town",
        ),
        (
            "Lev Arno said the attention of the Dorland Army has been drawn to a fake story that troops burned a "
            "market.",
            "a fake story that troops burned a market",
        ),
    ],
)
def test_attention_drawn_to_is_a_formula(text: str, words: str) -> None:
    got = _denials(text)
    assert len(got) == 1 and got[0][1].startswith(words), got


# --- a name's kinds of body alone are not nearly that name -----------------------------------------------------------


def _near(*paragraphs: str) -> list[tuple[str, str]]:
    idx = NameIndex()
    idx.add("Veltra News Agency", Known("veltra-news", "actor", "organization", "Veltra News"))
    idx.add("Kessel Border Guard Command", Known("kessel-guard", "actor", "armed-force", "Kessel Border Guard Command"))
    paras = read(ArchivedText("\n\n".join(("Title", *paragraphs)) + "\n"))
    return [(n.id, n.words) for n in named_on_file(paras, idx, skip={1})]


@pytest.mark.parametrize(
    "text",
    [
        "In a video obtained by French News Agency on Tuesday, the leader spoke.",
        "The Dorland News Agency reported the raid.",
        "A report by the state News Agency said so.",
        "The Guard Command in Ostravia said the border was calm.",
    ],
)
def test_kinds_of_body_alone_are_not_nearly_a_name(text: str) -> None:
    assert _near(text) == [], _near(text)


def test_a_name_short_of_a_word_that_names_is_still_proposed() -> None:
    assert _near("The Veltra Agency reported the raid.") == [("veltra-news", "Veltra Agency")]


# --- a judgement set first may name a charge after its word of falsehood ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Dorland has rejected as "baseless accusations" a Veritas Watch report that soldiers killed 20 villagers.',
            "a Veritas Watch report that soldiers killed 20 villagers",
        ),
        (
            'The brigade dismissed as "false allegations" reports that its fighters had fled the town.',
            "reports that its fighters had fled the town",
        ),
        (
            "The ministry on Monday rejected as \u201cunfounded claims\u201d a report that troops burned a market.",
            "a report that troops burned a market",
        ),
    ],
)
def test_a_judgement_first_with_a_charge_noun(text: str, words: str) -> None:
    got = _denials(text)
    assert len(got) == 1 and got[0][1] == words, got


# --- a labelling verb's summary keeps the label ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            'The Dorland Army has described the video released by the Kessel Brigade as "mere propaganda".',
            'Dorland Army described the video released by the Kessel Brigade as "mere propaganda".',
        ),
        (
            'The Dorland Army described the report as "baseless".',
            'Dorland Army described the report as "baseless".',
        ),
        ('The Dorland Army called the report "baseless".', 'Dorland Army called the report "baseless".'),
        ('The Dorland Army on Monday termed the claims "lies".', 'Dorland Army termed the claims "lies".'),
    ],
)
def test_a_labelling_verbs_summary_keeps_the_label(text: str, summary: str) -> None:
    got = [d["summary"] for d in built("en", LEAD, text) if d["type"] == "denial"]
    assert got == [summary], got


# --- 'the New York-based group' is as short a description as 'the Ostravia-based group' ----------------------------


@pytest.mark.parametrize(
    "place",
    ["New York", "Abu Dhabi", "Tel Aviv", "Ostravia", "West Dorland"],
)
def test_a_place_of_several_words_before_based_is_one_word(place: str) -> None:
    idx = NameIndex()
    watch = Known("veritas-watch", "actor", "organization", "Veritas Watch")
    idx.add("Veritas Watch", watch)
    idx.add("VW", watch)
    drafts = built(
        "en",
        LEAD,
        'VW described the raid as "among the worst abuses".',
        f'"These killings may amount to crimes," the {place}-based group said on Thursday.',
        index=idx,
    )
    assert [d["claimant"] for d in drafts if d["type"] == "claim"] == [{"actor": "veritas-watch"}] * 2, drafts
