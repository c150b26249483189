"""English, round 28: shapes left known at the end of round 27.

Parametrised tests on made-up names and sentences only: a clause of time inside what is denied that holds another's
verb of saying ('which they have held ever since the rebels declared a truce'), two offices of two different states
in one article (never one side), and a body that speaks 'through its spokesman'. Guards for the readings that must
stay close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

LEAD = "Police blamed the Kessel Brigade for the bombing."


def _denied(*paragraphs: str) -> list[str]:
    return [d["denied"] for d in built("en", LEAD, *paragraphs) if d["type"] == "denial"]


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in said("en", LEAD, *paragraphs)]


# --- a clause of time inside what is denied, with another's verb of saying --------------------------------------------

KEPT_WHOLE = [
    (
        "The army denied that its forces had withdrawn from the town, which they have held ever since the rebels "
        "declared a ceasefire.",
        "that its forces had withdrawn from the town, which they have held ever since the rebels declared a ceasefire",
    ),
    (
        "The army denied that its forces had withdrawn from the town, which they have held since the rebels "
        "announced a truce.",
        "that its forces had withdrawn from the town, which they have held since the rebels announced a truce",
    ),
    (
        "The Velorian army on Monday denied that its troops had left Dornhill, which they have controlled ever since "
        "the council said the truce was over.",
        "that its troops had left Dornhill, which they have controlled ever since the council said the truce was over",
    ),
    (
        "The Kessel Brigade denied reports that its fighters had fled the town, which they have guarded since the "
        "army claimed it.",
        "reports that its fighters had fled the town, which they have guarded since the army claimed it",
    ),
    (
        "Lev Arno denied that the brigade had left the valley, where it has stayed ever since the monitors declared "
        "a truce.",
        "that the brigade had left the valley, where it has stayed ever since the monitors declared a truce",
    ),
    (
        "The ministry rejected claims that its soldiers had abandoned the post, which they have manned after the "
        "council announced the truce.",
        "claims that its soldiers had abandoned the post, which they have manned after the council announced the truce",
    ),
    (
        "The army denied that its forces had pulled out of the town ever since the rebels declared a ceasefire.",
        "that its forces had pulled out of the town ever since the rebels declared a ceasefire",
    ),
    (
        "The army denied that its forces had withdrawn from the town, which they have held since the rebels "
        "declared a ceasefire, the spokesman said.",
        "that its forces had withdrawn from the town, which they have held since the rebels declared a ceasefire",
    ),
]


@pytest.mark.parametrize(("text", "what"), KEPT_WHOLE)
def test_a_clause_of_time_inside_what_is_denied_stays_in_it(text, what):
    # 'denied that its forces had withdrawn from the town, which they have held ever since the rebels declared a
    # ceasefire': the rebels' declaring is a time inside what is denied, not a later speaker's tag (before: cut at
    # 'ever since' or 'since')
    assert _denied(text) == [what], text


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # a later speaker's tag, or the time of the denial itself, is still cut
        (
            "The army denied that its forces had withdrawn from the town, the spokesman said.",
            "that its forces had withdrawn from the town",
        ),
        (
            "Ostravia denied involvement in the clash after Velor said it had repelled an attack.",
            "involvement in the clash",
        ),
        (
            "The ministry denied the reports hours after the council claimed the town had fallen.",
            "the reports",
        ),
        # (a relative clause closed before the time; a perfect denial whose time 'ever since' tells)
        (
            "The ministry denied the reports, which the council published, hours after the rebels claimed the town.",
            "the reports, which the council published",
        ),
        ("The army has denied any role in the raid ever since the rebels claimed it.", "any role in the raid"),
    ],
)
def test_a_later_tag_or_the_time_of_the_denial_is_still_cut(text, what):
    assert _denied(text) == [what], text


# --- two offices of two different states ------------------------------------------------------------------------------

TWO_STATES = [
    (
        "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Velorian Foreign Ministry Spokesman Lev Arno on Monday denied that Velor had any role in the attack.",
    ),
    (
        "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Velorian Foreign Ministry spokesman Lev Arno rejected the reports as baseless.",
    ),
    (
        "Iraq's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Iranian Foreign Ministry Spokesman Nasser Karimi denied that Iran had any role in the attack.",
    ),
    (
        "Iraq's Defence Ministry denied that its planes had crossed the border.",
        "Iranian Defence Ministry spokesman Nasser Karimi said the reports were false.",
    ),
    (
        "The Foreign Ministry of Ostravia denied that it had allowed the strike.",
        "Velorian Foreign Ministry Spokesman Lev Arno denied that Velor had any role in the attack.",
    ),
    (
        "Iraq's Foreign Ministry denied that it had allowed the strike.",
        "Iran's Foreign Ministry spokesman Nasser Karimi denied that Iran had any role in the attack.",
    ),
]


# (the spokesman's title names no state, but his paragraph names his, another, before him; and he is named again)
TWO_STATES += [
    (
        "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Velor on Saturday rejected the report. Foreign Ministry Spokesman Lev Arno dismissed the reports as baseless.",
    ),
    (
        "Iraq's Foreign Ministry said the article was false.",
        "Iran on Saturday rejected the report, which it said aimed to hurt its ties. Foreign Ministry spokesman "
        "Nasser Karimi denied that Iran had sent any missiles.",
        "Karimi stressed that the reports were false.",
    ),
    (
        "Iraq's Foreign Ministry denied that it had allowed the strike from its territory.",
        "Iranian Foreign Ministry Spokesman Nasser Karimi denied that Iran had any role in the attack.",
        "Karimi stressed that the claims were false.",
    ),
]


@pytest.mark.parametrize("paragraphs", TWO_STATES)
def test_offices_of_two_states_are_two_deniers(paragraphs):
    # 'Iraq's Foreign Ministry denied ...', then 'Iranian Foreign Ministry Spokesman X denied ...': each names its
    # own state, so the spokesman is no voice of the other's ministry (before: both denials given to the spokesman)
    kinds = [(k, s) for k, s in _kinds(*paragraphs) if k == "denial"]
    assert len(kinds) >= 2, kinds
    assert kinds[0][1] != kinds[1][1], kinds


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Iraq's Foreign Ministry denied that it had allowed the strike from its territory.",
            "Iraqi Foreign Ministry Spokesman Ahmed Sahaf later said the reports were false.",
        ),
        (
            "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
            "Ostravian Foreign Ministry spokesman Lev Arno rejected the reports as baseless.",
        ),
        (
            "Ostravia denied that it had allowed the strike from its territory.",
            "Ostravian Foreign Ministry Spokesman Lev Arno rejected the reports as baseless.",
        ),
        (
            "Ostravia's Foreign Ministry denied that it had allowed the strike from its territory.",
            "Foreign Ministry Spokesman Lev Arno later dismissed the reports as baseless.",
        ),
    ],
)
def test_an_office_of_the_same_state_still_speaks_for_it(paragraphs):
    # the ministry's (or the state's) own denial, then its spokesman's: two deniers, each at its own place, as the gold
    # names them (before round 45 both were drafted as the spokesman's); the spokesman is still no third denier
    kinds = _kinds(*paragraphs)
    assert [k for k, _ in kinds] == ["denial", "denial"], kinds
    assert kinds[0][1] != kinds[1][1], kinds
    assert kinds[1][1] in ("Ahmed Sahaf", "Lev Arno"), kinds


# --- a body that speaks through its spokesman -------------------------------------------------------------------------

THROUGH = [
    ("The army, through its spokesman Major Lev Arno, said the convoy had been hit by mistake.", "reported"),
    ("The ministry through its spokesperson denied that the convoy had been hit.", "denial"),
    (
        "The Velorian army, through its spokesman Colonel Lev Arno, denied that its forces had shelled the town.",
        "denial",
    ),
    ("The ministry, through its spokesman Lev Arno, rejected the reports.", "denial"),
    ("The Kessel Brigade, through its spokesman, said its fighters had left the town.", "reported"),
    ("The Kessel Brigade, through its official spokesman Lev Arno, denied the reports.", "denial"),
    ("The council through its spokeswoman Petra Lind said the talks would resume.", "reported"),
]


@pytest.mark.parametrize(("text", "kind"), THROUGH)
def test_a_body_through_its_spokesman_is_the_speaker(text, kind):
    # 'The army, through its spokesman Major X, said ...': the body speaks, its spokesman is its voice (before: the
    # spokesman, or 'the ministry through its spokesperson' as one description)
    body = text.split(",")[0].split(" through")[0]
    body = body[4:] if body.startswith("The ") else body
    kinds = _kinds(text)
    assert len(kinds) == 1 and kinds[0][0] == kind, kinds
    assert kinds[0][1].removeprefix("the ").removeprefix("The ") == body, kinds


def test_a_state_named_as_where_one_speaks_parts_no_side():
    # 'The Kessel Forces of Ostravia denied ...', then 'Speaking in Barno, Velor, General X, head of the forces'
    # delegation, ...': Velor is where he speaks, and the forces are no state's office (the body keeps its denial
    # while two of its people speak for it)
    kinds = _kinds(
        "The Kessel Forces of Ostravia denied on Monday any responsibility for the abuses.",
        "Speaking to journalists in Barno, Velor, General Omar Dario, head of the Kessel Forces delegation, refuted "
        "claims of foreign support.",
        "Kessel Forces representative Lev Arno dismissed the reports as propaganda.",
    )
    assert kinds[0] == ("denial", "Kessel Forces of Ostravia"), kinds
