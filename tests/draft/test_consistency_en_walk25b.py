"""English, round 25 of issue 17, second walk-through (wire and outlet copy on Nigeria, Afghanistan, Yemen, Sinai):

- how and to whom a denial was made is not what was denied: 'denied by phone to the AP that ...', 'denied in a
  Twitter message on Tuesday that ...', 'dismissed the reports in a statement';
- a judgement set before the object, quoted or with a comma: 'dismissed as "falsehood" reports that ...',
  'dismissed as “falsehood”, alleged killing of ...' denies the reports or the killing, not 'as "falsehood"';
- a verb of the denied clause's own is not the next verb of saying: 'denied that it had pledged allegiance to X';
- the plurals of a spokesman describe a speaker: 'Kessel Brigade spokesmen are denying reports that ...';
- a participle of rejecting that opens a sentence is no part of the name after it: 'Dismissing Arno's claim as
  false, Venn said' names Arno, not 'Dismissing Arno'.

Made-up names only. Guards: a statement, a speech or a place that the object itself holds stays in it ('the claims
made in a statement', 'the remarks in his speech', 'the attack on Tuesday'); 'as baseless, said X' still ends at
'said'; 'Citing' and 'Quoting' still open a sentence with their source.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built


def _denials(*paragraphs: str) -> list[tuple[object, object]]:
    return [(d.get("denier"), d.get("denied")) for d in built("en", *paragraphs) if d["type"] == "denial"]


THAT = "that the Kessel Brigade had shelled the village"


@pytest.mark.parametrize(
    "channel",
    [
        "by phone to the AP",
        "by telephone to reporters",
        "in a Twitter message on Tuesday",
        "in a statement on Sunday",
        "in a video posted on Telegram",
        "to reporters on Monday",
        "over the phone",
    ],
)
def test_the_way_a_denial_was_made_is_not_what_was_denied(channel) -> None:
    got = _denials(f"Dario Venn denied {channel} {THAT}.")
    assert got == [({"actor": "dario-venn"}, THAT)], got


@pytest.mark.parametrize("channel", ["in a statement", "in a statement on Sunday", "by phone"])
def test_a_statement_after_the_object_is_not_what_was_denied(channel) -> None:
    got = _denials(f"Dario Venn dismissed the reports {channel}.")
    assert got == [({"actor": "dario-venn"}, "the reports")], got


def test_a_channel_before_reports_is_dropped() -> None:
    got = _denials("The Velorian interior ministry rejected in a statement reports that it had detained Petra Lind.")
    assert [d for _, d in got] == ["reports that it had detained Petra Lind"], got


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("Dario Venn rejected the claims made in a statement.", "the claims made in a statement"),
        (
            "Dario Venn rejected the claims published in a statement on Sunday.",
            "the claims published in a statement on Sunday",
        ),
        ("Dario Venn denied the remarks in his speech.", "the remarks in his speech"),
        ("Dario Venn denied any role in the attack on Tuesday.", "any role in the attack on Tuesday"),
        ("Dario Venn rejected the claims made to the Velorian Senate.", "the claims made to the Velorian Senate"),
    ],
)
def test_a_statement_the_object_holds_stays_in_it(sentence, denied) -> None:
    # (guard)
    got = _denials(sentence)
    assert [d for _, d in got] == [denied], got


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            'The Kessel Brigade on Tuesday dismissed as "falsehood" reports that it had shelled the village.',
            "reports that it had shelled the village",
        ),
        (
            "The Velorian army on Tuesday dismissed as \u201cfalsehood\u201d, alleged killing of 30 troops by the "
            "Kessel Brigade in an ambush.",
            "alleged killing of 30 troops by the Kessel Brigade in an ambush",
        ),
        (
            'The Velorian army dismissed as "baseless" claims that it had shelled the village.',
            "claims that it had shelled the village",
        ),
        (
            "The Velorian army dismissed as \u201clies\u201d, the allegations that it had shelled the village.",
            "the allegations that it had shelled the village",
        ),
    ],
)
def test_a_judgement_set_first_is_not_what_was_denied(sentence, denied) -> None:
    got = _denials(sentence)
    assert [d for _, d in got] == [denied], got


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        # (round 26: the judgement after the object is the denier's word on it, not what was denied; the summary
        # keeps it, tests/draft/test_consistency_en_walk26.py)
        ("The Velorian army dismissed the reports as baseless, said Dario Venn.", "the reports"),
        (
            "The Velorian army rejected as false the report that it had shelled the village.",
            "the report that it had shelled the village",
        ),
        ('The Velorian army dismissed the reports as "baseless".', "the reports"),
    ],
)
def test_a_judgement_after_the_object_is_read_as_before(sentence, denied) -> None:
    # (guard) 'said' after 'as baseless,' is still the next verb of saying
    got = _denials(sentence)
    assert [d for _, d in got] == [denied], got


@pytest.mark.parametrize("verb", ["pledged allegiance to the Velorian army", "vowed to attack the convoy"])
@pytest.mark.parametrize("subject", ["it", "Lev Arno"])
def test_a_verb_of_the_denied_clause_is_part_of_it(verb, subject) -> None:
    got = _denials(f"The Kessel Brigade denied that {subject} had {verb}.")
    assert [d for _, d in got] == [f"that {subject} had {verb}"], got


def test_a_verb_of_the_denied_clause_after_a_channel() -> None:
    got = _denials("The Kessel Brigade denied in a message on Tuesday that it had pledged allegiance to Lev Arno.")
    assert [d for _, d in got] == ["that it had pledged allegiance to Lev Arno"], got


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Kessel Brigade spokesmen are denying reports that its leader Lev Arno is dead.", "Kessel Brigade spokesmen"),
        ("Kessel Brigade spokesmen denied reports that its leader Lev Arno is dead.", "Kessel Brigade spokesmen"),
        ("Brigade spokesmen are denying reports that its leader Lev Arno is dead.", "Brigade spokesmen"),
        (
            "Spokeswomen for the Velorian interior ministry rejected the claims.",
            "spokeswomen for the Velorian interior ministry",
        ),
    ],
)
def test_spokesmen_deny(sentence, speaker) -> None:
    got = _denials(sentence)
    assert [who for who, _ in got] == [{"described_as": speaker}], got


def _actors(*paragraphs: str) -> list[str]:
    return sorted(d["id"] for d in built("en", *paragraphs) if d["type"] == "actor")


@pytest.mark.parametrize("mark", ["'", "\u2019", "`"])
@pytest.mark.parametrize("participle", ["Dismissing", "Rejecting", "Countering", "Contradicting"])
def test_a_participle_opening_the_sentence_is_no_part_of_the_name(participle, mark) -> None:
    got = _actors(
        f"{participle} Arno{mark}s claim of Kessel involvement as false, Venn said no decision had been taken.",
        "In an interview, Arno said the Velorian government was part of the dialogue.",
    )
    assert got == ["arno", "venn"], got


@pytest.mark.parametrize("participle", ["Citing", "Quoting"])
def test_a_source_cited_first_is_read_as_before(participle) -> None:
    # (guard) 'Citing Petra Lind, the Kessel Brigade said ...' gives no claim to Petra Lind
    got = [
        d.get("claimant") or d.get("denier")
        for d in built("en", f"{participle} Petra Lind, the Kessel Brigade said it had not fired.")
        if d["type"] in ("claim", "denial")
    ]
    assert {"actor": "petra-lind"} not in got, got
