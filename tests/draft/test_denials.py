"""Denials and acknowledgements: what each verb's clause says was denied or acknowledged."""

from __future__ import annotations

from generator.draft.denials import find_denial
from tests.draft.conftest import reader


def denial(text: str):
    r = reader(text)
    return [find_denial(reading) for reading in r.readings]


def test_acknowledged_and_denied_in_one_sentence():
    (d,) = denial(
        "Iraq\u2019s defence ministry acknowledged at the time that it had received Syrian military "
        "personnel, but it has denied hosting foreign non-Iraqi militias."
    )
    assert d.acknowledged == ("that it had received Syrian military personnel",)
    assert d.denied == ("hosting foreign non-Iraqi militias",)
    assert d.act.speaker.label == "Iraq\u2019s defence ministry"


def test_the_object_stops_at_the_next_verb_of_saying():
    (d,) = denial(
        "Ostravia\u2019s foreign ministry denied that any armed group had crossed and accused Veloria of "
        "staging the incident."
    )
    assert d.denied == ("that any armed group had crossed",)


def test_not_denying_is_no_denial_and_nor_is_a_noun():
    assert denial("The minister did not deny that talks took place.") == [None]
    assert denial("Despite official denials, Al-Jazairi insisted that fighters were present.") == [None]


def test_a_judgement_set_before_the_object_is_not_what_is_denied():
    (d,) = denial(
        "Lev Arno, a brigade spokesman dismissed as \u201ctotally\u201d false the report that the chief was shot."
    )
    assert d.denied == ("the report that the chief was shot",)
    (d,) = denial("The ministry dismissed as baseless reports of a raid on the depot.")
    assert d.denied == ("reports of a raid on the depot",)
