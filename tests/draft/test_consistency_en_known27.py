"""English, round 27: shapes left known at the end of round 26.

Parametrised tests on made-up names and sentences only: a charge that another side spreads lies (no denial of a
claim), a footnote asterisk after a name ('the Taliban* said', as some outlets mark banned groups), and a denial in a
second coordinated verb after a meeting. Guards for the readings that must stay close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "Police blamed the Kessel Brigade for the bombing."


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in said("en", LEAD, *paragraphs)]


# --- a charge that another side spreads lies: no denial -----------------------------------------------------------------

SPREADING_LIES = [
    ("Ostravia accused Velor of spreading lies about the strike.", "Ostravia"),
    ("The Kessel Brigade accused the Velorian army of spreading lies about the raid on the depot.", "Kessel Brigade"),
    ("Lev Arno accuses the channel of deliberately peddling falsehoods about the brigade.", "Lev Arno"),
    ("Lev Arno, the brigade spokesman, accused Velor of spreading lies about the strike.", "Lev Arno"),
    (
        "The brigade's spokesman Lev Arno on Monday accused Velorian media of spreading disinformation about the "
        "clashes.",
        "Lev Arno",
    ),
    (
        "In a statement, the Kessel Brigade accused Velor of circulating false reports about the fighting.",
        "Kessel Brigade",
    ),
    ("The brigade has accused the council of spreading fake news about the talks.", "Kessel Brigade"),
    ("Lev Arno said on Monday, accusing Velor of spreading lies about the strike, that talks would go on.", "Lev Arno"),
]


@pytest.mark.parametrize(("text", "speaker"), SPREADING_LIES)
def test_a_charge_that_another_side_spreads_lies_is_no_denial(text, speaker):
    # 'Ostravia accused Velor of spreading lies about the strike': a charge of deceit against the other side, where no
    # one's words are named as false (before: a denial by Ostravia, from the word 'lies')
    assert _kinds(text) == [("reported", speaker)], text


@pytest.mark.parametrize(
    "text",
    [
        # a claim named with the charge, or denied by a verb or a judgement of its own
        "Lev Arno accused Velor of spreading lies that the brigade carried out the bombing.",
        "Lev Arno denied the reports and accused Velor of spreading lies about the strike.",
        "Lev Arno called the reports baseless and accused Velor of spreading lies.",
        "Lev Arno said the reports were false, accusing Velor of spreading lies about the strike.",
        # the accuser's account itself called false (round 22 and before)
        "Lev Arno accused the channel of lying.",
        "The Kessel Brigade accused the council of distorting the facts on the ground.",
    ],
)
def test_a_named_claim_or_another_word_of_denial_still_denies(text):
    assert _kinds(text) == [("denial", "Lev Arno" if "Arno" in text else "Kessel Brigade")], text


# --- a footnote asterisk after a name ----------------------------------------------------------------------------------

ASTERISKED = [
    ("Hezbollah* denied that its fighters had fired at the border post.", "denial", "Hezbollah"),
    ("The Taliban* said the attack on the convoy had been carried out by its fighters.", "reported", "Taliban"),
    ("Hayat Tahrir al-Sham* denied that its fighters had fired at the border post.", "denial", "Hayat Tahrir al-Sham"),
    ("The Kessel Brigade* on Monday rejected the reports that its fighters fled.", "denial", "Kessel Brigade"),
    ("Lev Arno, a spokesman for the Kessel Brigade*, denied the reports.", "denial", "Lev Arno"),
    ("A Taliban* spokesman said its fighters had not carried out the raid.", "denial", "a Taliban spokesman"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), ASTERISKED)
def test_a_footnote_asterisk_after_a_name_does_not_stop_the_reading(text, kind, speaker):
    # 'the Taliban* said', 'Hezbollah* denied' (some outlets so mark a group banned where they publish): the mark is
    # no word, and the name before it speaks (before: nothing was drafted); a label keeps no gap where it stood
    assert _kinds(text) == [(kind, speaker)], text


def test_a_quotation_given_to_an_asterisked_name_is_its_own():
    units = said("en", LEAD, "\u201cWe did not fire at the post,\u201d the Taliban* said in a statement.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Taliban")]


def test_an_asterisk_that_is_no_footnote_is_left_alone():
    # (guard) a mark that opens a footnote line, or stands between words, is no footnote mark after a name
    assert _kinds("*The brigade is banned in Ostravia.") == []
    assert _kinds("Lev Arno said the * key was broken.") == [("reported", "Lev Arno")]


# --- a denial in a second coordinated verb, after a meeting -------------------------------------------------------------

MET_AND_DENIED = [
    (
        "Ostravia's foreign minister met the Velorian envoy and denied the reports that troops had crossed the border.",
        "Ostravia's foreign minister",
    ),
    (
        "Ostravia's foreign minister met the Velorian envoy on Monday, and denied the reports.",
        "Ostravia's foreign minister",
    ),
    ("Ostravian Foreign Minister Lev Arno met the Velorian envoy on Monday and denied the reports.", "Lev Arno"),
    ("Lev Arno held talks with the Velorian envoy and rejected the claims that troops had crossed.", "Lev Arno"),
    ("Lev Arno received the Velorian envoy and dismissed the reports as baseless.", "Lev Arno"),
    (
        "Ostravia's foreign minister met Velorian envoy Dario Venn and denied the reports.",
        "Ostravia's foreign minister",
    ),
]


@pytest.mark.parametrize(("text", "denier"), MET_AND_DENIED)
def test_a_denial_in_a_second_verb_after_a_meeting_is_the_subject_s(text, denier):
    # 'X met the Velorian envoy and denied the reports': the subject of both verbs denies (not the one met)
    assert _kinds(text) == [("denial", denier)], text
