"""What words that deny say is not so, put as the statement denied (the `denied` field of a drafted denial)."""

from __future__ import annotations

import pytest

from generator.draft.polarity import affirmed
from tests.draft.conftest import built


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("there was no rift with the Grey Banner", "there was a rift with the Grey Banner"),
        ("there has been no attack on the depot", "there has been an attack on the depot"),
        ("there was no disagreement with the council", "there was disagreement with the council"),
        ("there were no casualties", "there were casualties"),
        ("there is no truth to reports that the commander was killed", "reports that the commander was killed"),
        ("the brigade did not fire on the convoy", "the brigade did fire on the convoy"),
        ("that the ministry has not withdrawn its troops", "the ministry has withdrawn its troops"),
        ("the militia wasn\u2019t involved", "the militia was involved"),
        ("Veloria's defence ministry didn't send troops", "Veloria's defence ministry did send troops"),
        ("the brigade never entered Ostravia", "the brigade entered Ostravia"),
        ("the council had no role in the attack", "the council had a role in the attack"),
        ("the council had no links to the brigade", "the council had links to the brigade"),
        ("no fighters crossed the border", "fighters crossed the border"),
        ("no such meeting took place", "the meeting took place"),
        ("the reports were completely baseless", "the reports"),
        ("the reports of a raid as baseless", "the reports of a raid"),
        ("such claims are lies", "such claims"),
        # a second clause with a subject of its own is not what was denied
        ("the tanker was not hit, and it sailed on to port", "the tanker was hit"),
    ],
)
def test_denying_words_are_turned_into_what_they_deny(words, expected):
    assert affirmed(words) == expected


def test_it_is_the_one_who_denies_and_other_pronouns_are_left():
    assert (
        affirmed("it was not involved in the blast", "the Grey Banner") == "the Grey Banner was involved in the blast"
    )
    assert affirmed("he was not among the dead", "the ministry") == "he was among the dead"
    # a name is put in as written, even with a backslash in it
    assert affirmed("it did not fire", "Unit \\1") == "Unit \\1 did fire"


@pytest.mark.parametrize(
    "words",
    [
        "it had nothing to do with the attack",  # no rule for 'nothing'
        "Veloria is not a party and will not be one",  # denies twice
        "the reports that the commander was killed were false",  # a subject with a clause of its own
        "it was false",  # which 'it'
        "the brigade echoed the minister's remarks",  # nothing negated
        "the council had no patience for it",  # 'no' before a noun the rules do not know
    ],
)
def test_words_no_rule_understands_are_left_as_said(words):
    assert affirmed(words) is None


def test_a_drafted_denial_in_the_speakers_own_words_says_what_was_denied():
    drafts = built(
        "en",
        "The Grey Banner Brigade said on Monday that it was not involved in the blast at the Kessel Gate.",
        "\u201cWe did not do it,\u201d the brigade said.",
    )
    denial = next(d for d in drafts if d["type"] == "denial")
    # the summary keeps the brigade's words; 'denied' says what they deny, with the brigade for 'it'
    assert denial["summary"] == "Grey Banner Brigade said that it was not involved in the blast at the Kessel Gate."
    assert denial["denied"] == "Grey Banner Brigade was involved in the blast at the Kessel Gate"
