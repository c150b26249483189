"""Review of the lead's English rules of round 33 (test_consistency_en_lead33.py): made-up sentences where those
rules fired where they should not, or missed a variant of their own shape. Made-up names throughout."""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said


def _denials(*paragraphs: str) -> list[tuple[str, str]]:
    return [(d["summary"], d["denied"]) for d in built("en", *paragraphs) if d["type"] == "denial"]


def _actors(text: str) -> dict[str, str]:
    return {d["name"]: d["kind"] for d in built("en", text) if d["type"] == "actor"}


# A verb of denying alone in marks denies the object after them, which ends where the clause of the verb of saying
# ends: not at the sentence's end, through an added clause or the speaker set after the words.
@pytest.mark.parametrize(
    "text, summary, denied",
    [
        (
            'The ministry said Veloria "strongly rejects" reports that its troops crossed the border, adding that it'
            " would respond.",
            "The ministry rejected reports that its troops crossed the border.",
            "reports that its troops crossed the border",
        ),
        (
            'Veloria "strongly rejects" reports that its troops crossed the border, the ministry said.',
            "The ministry rejected reports that its troops crossed the border.",
            "reports that its troops crossed the border",
        ),
        (
            'Lev Arno said the brigade "categorically denies" the reports, and praised the army for its restraint.',
            "Lev Arno denied the reports.",
            "the reports",
        ),
    ],
)
def test_the_object_after_a_marked_verb_ends_with_its_clause(text, summary, denied):
    assert _denials(text) == [(summary, denied)]


# A verb in marks outside what the denial's verb governs takes nothing from it: 'denied the report, saying it
# "firmly rejects" the claims' still denies the report.
def test_a_marked_verb_in_a_later_clause_leaves_the_denied_object():
    got = _denials('The ministry denied the report of a raid, saying it "firmly rejects" the claims of the army.')
    assert got and got[0][1] == "the report of a raid"


# A description a body shares with people ('a member of the coalition', 'a war monitor', 'a neighbour') makes no
# person of a name that name data does not know; an office or a human noun still does.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("Dornvak, a member of the coalition, denied the report.", "organization"),
        ("Dornvak, a war monitor based in Kessel, said the town was shelled.", "organization"),
        ("Dornvak, a key mediator in the talks, denied the report.", "organization"),
        ("A member of the coalition, Dornvak, denied the report.", "organization"),
        ("Dornvak, a spokesman for the rebels, denied the report.", "person"),
    ],
)
def test_a_description_a_body_shares_makes_no_person(text, kind):
    assert _actors(text).get("Dornvak") == kind


# A dateline with no dash with the day before the month, as British news writes it.
@pytest.mark.parametrize("dateline", ["Ostrava, 20 March (LNA)", "OSTRAVA, 20 March 2025 (LNA)"])
def test_a_dateline_with_no_dash_day_first(dateline):
    got = said(
        "en",
        f"{dateline} The Kessel Brigade said it had no presence in Veloria.",
        "At the same time, it said in a statement that \u201cthe two peoples share ties of blood.\u201d",
    )
    assert [s for _, s, _ in got] == ["Kessel Brigade", "Kessel Brigade"]


# A verb of saying inside what is denied ends nothing: 'rejects reports that the army said ...'.
def test_a_verb_of_saying_inside_the_marked_object():
    got = _denials('The ministry said Veloria "strongly rejects" reports that the army said its troops crossed.')
    assert got == [
        (
            "The ministry rejected reports that the army said its troops crossed.",
            "reports that the army said its troops crossed",
        )
    ]


# A warning that calls reports already made false dismisses them with an article or without one (a plural alone); a
# warning that another side will lie does not.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The spokesman warned that reports of a truce were false.", "denial"),
        ("The spokesman warned that media reports of a truce were baseless.", "denial"),
        ("The spokesman cautioned that rumours of a truce were lies.", "denial"),
        ("The spokesman warned that rebels may spread false reports.", "reported"),
    ],
)
def test_a_warning_that_reports_with_no_article_are_false(text, kind):
    assert [k for k, _, _ in said("en", text)] == [kind]


# Only 'IS' in capitals spells a body's acronym; any other auxiliary in capitals ('WAS', 'ARE') is still a passive's,
# and so is 'IS' in a line all in capitals.
@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno WAS said to have left the brigade.",
        "The claims ARE denied by the brigade.",
        "THE REPORT WAS DENIED BY THE KESSEL BRIGADE.",
        "THE ATTACK IS SAID TO HAVE KILLED TEN FIGHTERS.",
    ],
)
def test_an_auxiliary_in_capitals_is_still_a_passives(text):
    assert said("en", text) == []


def test_is_in_capitals_still_speaks():
    assert [(k, s) for k, s, _ in said("en", "In an online statement, IS said it staged the attack.")] == [
        ("reported", "IS")
    ]


# Reports that a warning says will be used to spread lies are not called false: the false words are what another
# spreads, a charge of lies to come, with an article or without.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The spokesman warned that the reports would be used to spread false claims about Veloria.", "reported"),
        ("The spokesman warned that reports of a truce would be used to spread lies about Veloria.", "reported"),
        ("The spokesman warned that such claims were planting fake stories in the press.", "reported"),
        ("The spokesman warned that the reports were false.", "denial"),
    ],
)
def test_reports_used_to_spread_lies_are_no_denial(text, kind):
    assert [k for k, _, _ in said("en", text)] == [kind]


# A function word in capitals opening a lede ('IN Veloria', as papers set a story's first word) is no acronym and no
# part of the name after it (FUNCTION_WORDS holds no 'is', so the acronym check there kept only such words).
@pytest.mark.parametrize(
    "text",
    ["IN Veloria Lev Arno said the town was calm.", "AT Kessel Lev Arno said the town was calm."],
)
def test_a_function_word_in_capitals_is_no_part_of_a_name(text):
    assert all(not s.startswith(("IN ", "AT ")) for _, s, _ in said("en", text))
