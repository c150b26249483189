"""Round 52's left helper's rules, tested on made-up sentences: the one a body denied through, after when it denied
and a comma ('denied yesterday, through its spokesman Lev Arno, the reports'), is no part of what was denied; an
office's two fields joined by 'and' ('Minister of Oil and Gas Lev Arno') are the office's, not the name's; the one
interviewed, contacted or asked by an outlet ('was interviewed by Meridian Wire') is whom 'he' is next, not the
outlet; words in marks after the side they tell of ('said the brigade "had no role" in the raid') deny as they do
with no marks; an outlet's own official or spokesperson stays apart from the state's denial (right before this round
too); and in Arabic an outlet relays: the one whose words its 'that' tells of speaks ('أفادت الوكالة بأن كلام X ...،
وقد أكد', 'ذكرت الوكالة أن X أكد أن ...')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied

# --- the voice a body denied through, after the day and a comma -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "The Kessel Brigade denied yesterday, through its spokesman Lev Arno, the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The Kessel Brigade denied on Monday, through its spokesman Lev Arno, the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The ministry rejected late on Sunday, via its media office, claims that its forces had entered the town.",
            "claims that its forces had entered the town",
        ),
        (
            "The army denied on Monday evening, through its spokesperson Maj. Gen. Dara Venn, reports of a withdrawal.",
            "reports of a withdrawal",
        ),
        (
            "The council denied Thursday, through its official spokeswoman Dara Venn, any talks with the front.",
            "any talks with the front",
        ),
        (
            "The Orvale Front dismissed yesterday, in the words of its leader Lev Arno, allegations of a truce.",
            "allegations of a truce",
        ),
        (
            "The army denied yesterday, through its spokesman, that any soldier had been killed.",
            "that any soldier had been killed",
        ),
    ],
)
def test_the_voice_after_the_day_and_a_comma_is_not_what_was_denied(sentence: str, what: str) -> None:
    assert denied("en", sentence) == [what], sentence


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        # (what the rule read before, kept)
        (
            "The Kessel Brigade denied through its spokesman Lev Arno the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        (
            "The Kessel Brigade denied yesterday through its spokesman Lev Arno the reports that it had shelled the town.",
            "the reports that it had shelled the town",
        ),
        # (a voice that is what was denied: 'through' inside the reports, not before them)
        (
            "The ministry denied yesterday reports that it had paid the fighters through its envoy.",
            "reports that it had paid the fighters through its envoy",
        ),
    ],
)
def test_near_misses_of_the_voice_keep_what_they_read(sentence: str, what: str) -> None:
    assert denied("en", sentence) == [what], sentence
