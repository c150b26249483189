"""Review of round 28's rules (r28-m-en, r28-m-af, r28-w-fa): made-up sentences for the defects found.

- English: 'the Ministry of Defence' names a portfolio after 'of', no owner (so a spokesman of a state is still its
  voice); a city of two words where one speaks ('in Abu Dhabi', 'in New Delhi') is no adjective of nationality; a
  perfect denial with an adverb not in -ly ('has also denied ... ever since ...') keeps 'ever since' its own time.
- Persian: 'که' written with the Arabic kaf ('كه') after 'این ادعاها را رد کرد' still points ahead.
- Arabic: 'وعد' (promised) followed by an adverb or a demonstrative in -ا is no deeming; a place named after
  'يذكر أن' is no speaker.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import built, said

LEAD = "Police blamed the Kessel Brigade for the bombing."


def _kinds_en(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in said("en", LEAD, *paragraphs)]


def _denied_en(text: str) -> list[str]:
    return [d["denied"] for d in built("en", LEAD, text) if d["type"] == "denial"]


SAME_SIDE = [
    # a portfolio after 'of' is no owner
    (
        "The Ministry of Defence denied that its planes had crossed the border.",
        "Ostravian Defence Ministry spokesman Lev Arno rejected the reports as baseless.",
    ),
    (
        "The Ministry of Interior denied that its officers had made the arrests.",
        "Ostravian Interior Ministry spokesman Lev Arno rejected the reports as baseless.",
    ),
    # where one speaks, a name of two words: neither word is a state
    (
        "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Speaking to reporters in Abu Dhabi, Foreign Ministry spokesman Lev Arno later dismissed the reports as baseless.",
    ),
    (
        "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Speaking to reporters in New Delhi, Foreign Ministry spokesman Lev Arno later dismissed the reports as baseless.",
    ),
]


@pytest.mark.parametrize("paragraphs", SAME_SIDE)
def test_no_owner_or_state_parts_a_spokesman_from_his_ministry(paragraphs):
    kinds = _kinds_en(*paragraphs)
    assert [k for k, _ in kinds] == ["denial", "denial"], kinds
    # (from round 45 the ministry's own denial stays the ministry's and the spokesman's his, as the gold names them:
    # two deniers, the second the spokesman, not a third one of another state)
    assert kinds[0][1] != kinds[1][1] and kinds[1][1] in ("Ahmed Sahaf", "Lev Arno"), kinds


def test_the_owner_of_a_ministry_still_parts_two_states():
    # guard: 'the Foreign Ministry of Ostravia' is Ostravia's, a Velorian spokesman another state's
    kinds = _kinds_en(
        "The Foreign Ministry of Ostravia denied that it had allowed the strike.",
        "Velorian Foreign Ministry Spokesman Lev Arno denied that Velor had any role in the attack.",
    )
    assert kinds[0][1] != kinds[1][1], kinds


# (a perfect denial with an adverb before 'ever since': tests/draft/test_review_r28.py)


# --- Persian ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("that", ["\u06a9\u0647", "\u0643\u0647"])
def test_these_claims_point_ahead_with_either_kaf(that):
    text = f"دوریان کسلان این ادعاها را رد کرد {that} جنبش نور در کسلیا آموزش دیده است."
    assert [r["denied"] for r in built("fa", text) if "denied" in r] == ["جنبش نور در کسلیا آموزش دیده است"]


# --- Arabic ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وعدت الحكومة السكان أيضا بإعادة الإعمار.",
        "وعد الوزير المواطنين هذا العام بإصلاحات.",
        "وعد الوزير السكان مجددا بالحماية.",
    ],
)
def test_promised_is_no_deeming(text):
    assert said("ar", text) == []


def test_deemed_still_says():
    # guard: 'وعدّ X الهجوم خرقا' deems
    assert [k for k, _, _ in said("ar", "وعدّ سامي الوردي الهجوم خرقا للهدنة.")] == ["reported"]


def _index() -> NameIndex:
    index = NameIndex()
    index.add("الموصل", Known("mosul", "place", "city", "Mosul"))
    index.add("حركة النور", Known("noor", "group", "movement", "Noor"))
    return index


@pytest.mark.parametrize(
    "text",
    [
        "يذكر أن الموصل شهدت معارك عنيفة، وأكد أن الهجوم لم يقع.",
        "يذكر أن مدينة الموصل شهدت معارك عنيفة، وأكد أن الهجوم لم يقع.",
        "ويشار إلى أن الموصل كانت قد شهدت معارك، وأضاف أن الهجوم لم يقع.",
    ],
)
def test_a_place_noted_is_no_speaker(text):
    units = said("ar", "قال سامي الوردي إن الوضع هادئ.", text, index=_index())
    assert all(who not in ("الموصل", "مدينة الموصل", "Mosul") for _, who, _ in units), units
