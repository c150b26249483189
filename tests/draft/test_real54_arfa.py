"""Round 54's arfa helper: Arabic shapes of who denies, on made-up sentences.

1. A source, an official or a leader 'in' a movement named by one word that is also a given name ('نفى مصدر في فتح
   الأنباء', 'وقال قيادي في أمل إن ...'): the movement is part of who speaks, as 'مصادر في حماس' (round 53); before,
   name data took 'فتح' for a person's name and a bare 'مصدر' was drafted.

Sentences are ours; the bodies are real, the people made up or public figures.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import AF_LEAD, project_index, said


def units(*paragraphs: str, on_file: bool = False) -> list[tuple[str, str]]:
    """(kind, speaker) of every Arabic unit drafted after the lead, with the names on file where ``on_file``."""
    index = project_index() if on_file else None
    return [(kind, who) for kind, who, _ in said("ar", AF_LEAD["ar"], *paragraphs, index=index)]


# --- 1. a source 'in' a movement named by a word that is also a given name --------------------------------------------

SOURCES = ["مصدر في فتح", "مصادر في فتح", "مسؤول في فتح", "قيادي في فتح", "قيادي بارز في فتح", "مصدر في أمل"]
SOURCE_SAID = [
    "نفى {who} هذه الأنباء.",
    "ونفى {who} صحة ما نشرته الصحيفة عن لقاء الوفدين.",
    "وقال {who} إن الخبر عار عن الصحة.",
    "وقال {who} لوكالة فرانس برس إن هذه التقارير لا أساس لها من الصحة.",
]


@pytest.mark.parametrize("who", SOURCES)
@pytest.mark.parametrize("words", SOURCE_SAID)
@pytest.mark.parametrize("on_file", [True, False])
def test_source_in_a_movement_named_like_a_person(who, words, on_file):
    got = units(words.format(who=who), on_file=on_file)
    assert got == [("denial", who)]


def test_source_in_a_movement_claims_too():
    assert units("وأكد مسؤول في فتح أن الحركة لم تتلق أي دعوة للحوار.") == [("reported", "مسؤول في فتح")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a holder's name after the movement, as before
        ("نفى القيادي في فتح عزام الأحمد هذه الأنباء.", [("denial", "عزام الأحمد")]),
        # the movement with its body's word, as before
        ("نفى مصدر في حركة فتح هذه الأنباء.", [("denial", "مصدر في حركة فتح")]),
        # another given name after 'في' is no body: the source alone, as before
        ("نفى مصدر في سامي هذه الأنباء.", [("denial", "مصدر")]),
        # a call or a time after 'في', as before
        ("نفى مصدر في اتصال هاتفي هذه الأنباء.", [("denial", "مصدر")]),
    ],
)
def test_source_in_a_movement_near_misses(sentence, expected):
    assert units(sentence) == expected
