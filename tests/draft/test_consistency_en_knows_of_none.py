"""English denials by one who would know saying they know of no such event: 'he doesn't have information about any
blast in the city', 'they were not aware of any raid' (police, an army answering a report).

Parametrised metamorphic tests: made-up names and sentences only. Guards: without 'any' ('no information about the
casualties') the words deny nothing; nor does a person's own awareness ('he was unaware of any such attack', 'he had
no knowledge of any blast': one may not have been told, round 34), where the body's ('they were not aware', 'we are
not aware') and the information an office holds ('he doesn't have information about any blast') still deny.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "Residents of Kessel reported a loud explosion near the old market on Tuesday evening."

KNOWS_OF_NONE = [
    "he doesn\u2019t have information about any blast in the city",
    "he does not have any information about any blast in the city",
    "she did not have information on any explosion in the district",
    "they were not aware of any raid in the district",
    "they were unaware of any such attack",
    "it had no knowledge of any blast in Kessel",
    "it has no information regarding any strike on the market",
]


@pytest.mark.parametrize("words", KNOWS_OF_NONE)
@pytest.mark.parametrize("verb", ["told Meridian Wire that", "said", "said that", "told reporters on Wednesday that"])
def test_knowing_of_no_such_event_is_a_denial(words: str, verb: str) -> None:
    sentence = f"Lev Arno, the deputy police chief of the Kessel region, {verb} {words}."
    out = said("en", LEAD, sentence)
    assert ("denial", "Lev Arno", sentence) in out, out


@pytest.mark.parametrize(
    "quoted",
    ["We have no information about any attack", "We are not aware of any such raid in Kessel"],
)
def test_knowing_of_no_such_event_in_the_speakers_words_is_a_denial(quoted: str) -> None:
    out = said("en", LEAD, f"\u201c{quoted},\u201d the army spokesman Lev Arno said.")
    assert ("denial", "Lev Arno", quoted + ",") in out, out


@pytest.mark.parametrize(
    "words",
    [
        "he had no information about the casualties",
        "he does not have information about the blast yet",
        # (a person's own awareness: he may not have been told)
        "he was unaware of any such attack",
        "he had no knowledge of any blast in Kessel",
    ],
)
def test_without_any_knowing_nothing_denies_nothing(words: str) -> None:
    out = said("en", LEAD, f"Lev Arno, the deputy police chief of the Kessel region, said {words}.")
    assert all(kind != "denial" for kind, _, _ in out), out
