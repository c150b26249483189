"""English, round 29 of issue 17 (shapes left from round 28; made-up sentences only):

- an office described in the lead by whose office it is, the body itself described and not named ('The
  spokesperson of an armed group backed by Veloria denied ...'), and its holder named in a later paragraph by that
  body's noun ("Hadir Senna, the group's spokesman, told ..."): the denial is the holder's;
- the outlet told ('in an interview with Kessel Wire', 'speaking to Kessel Wire', 'told Kessel Wire') is neither
  the denier nor a subject of the denial, nor part of what was denied;
- 'X issued rare denials of ...', 'X issued a denial of ...', 'X published a denial' are denials by X;
- two states' bodies of one name in one article ("Iran's Foreign Ministry ... Iraq's Foreign Ministry ...") are
  drafted as two records, each with its state in its name.

Guards: a holder of another body's office, or two holders, leave the description as it is; so does 'a spokesman'
(someone else); an outlet whose report is denied stays a subject; one state's ministry keeps its plain name.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, built

LEAD = "Rockets hit a base near Kessel on Monday."


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Kessel Wire", Known("kessel-wire", "actor", "outlet", "Kessel Wire"))
    index.add("Sarran Brigades", Known("sarran-brigades", "group", "militia", "Sarran Brigades"))
    return index


def _deniers(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[int, str]]:
    """(paragraph, denier label) of every denial unit, in order."""
    return [
        (u.number, u.speaker.label) for u in analyse("en", LEAD, *paragraphs, index=index).units if u.kind == "denial"
    ]


# --- an office of a body described, its holder named later by the body's noun --------------------------------------

_DESCRIBED_THEN_NAMED = [
    (
        "The spokesperson of an armed group backed by Veloria denied any role in the drone attack on Monday.",
        "Hadir Senna, the group's spokesman, told reporters the group had no link to the strike.",
        "Hadir Senna",
    ),
    (
        "The spokesman of an armed faction backed by Veloria has denied involvement in the rocket attack.",
        "Samir Dawlan, the faction's spokesman, said the faction had not fired any rockets.",
        "Samir Dawlan",
    ),
    (
        "The spokeswoman for a rebel movement in the north rejected the reports on Tuesday.",
        "Movement spokeswoman Lina Vesk said the reports were false.",
        "Lina Vesk",
    ),
    (
        "The spokesperson of a Veloran-backed militia group on Monday denied that its fighters had attacked the base.",
        '"We had nothing to do with it," said Kadim Varesi, spokesman for the group.',
        "Kadim Varesi",
    ),
    (
        "The spokesman for an armed group in Kessel dismissed the accusations as lies.",
        "The group's spokesman, Omar Tellan, told the Kessel Times that the group was not involved.",
        "Omar Tellan",
    ),
    (
        "The spokesperson of a Veloria-backed militia group denied involvement in the attack in an interview with"
        " Kessel Wire.",
        "Hadir Senna, the group's spokesman, told Kessel Wire that the group had nothing to do with the strike.",
        "Hadir Senna",
    ),
    (
        "The spokesperson of a Veloria-backed militia denies any part in the attack.",
        "Kadim Varesi, a spokesman for the militia, said its fighters were far from the base.",
        "Kadim Varesi",
    ),
    (
        "A Veloria-backed militia group's spokesperson denied involvement in the attack.",
        "Hadir Senna, the group's spokesman, told reporters the group had no link to the strike.",
        "Hadir Senna",
    ),
    (
        "The military spokesman of an armed group rejected the allegations on Sunday.",
        "Hadi Sorran, the group's military spokesman, said the allegations were false.",
        "Hadi Sorran",
    ),
]


@pytest.mark.parametrize(("lead", "named", "holder"), _DESCRIBED_THEN_NAMED)
def test_the_office_described_is_its_holder_named_later(lead: str, named: str, holder: str) -> None:
    found = _deniers(lead, named, index=_index())
    assert found and found[0] == (3, holder)


_GUARDS = [
    # another body's office
    (
        "The spokesperson of an armed group denied any role in the attack.",
        "Farid Nuri, the ministry's spokesman, said the ministry was looking into it.",
    ),
    # two holders of such an office
    (
        "The spokesman of an armed group denied any role in the attack.",
        "Farid Nuri, the group's spokesman, spoke first. Tamir Oskan, the rival group's spokesman, spoke later.",
    ),
    # someone else: 'a spokesman'
    (
        "A spokesman for an armed group denied any role in the attack.",
        "Omar Tellan, the group's spokesman, said the group would hold a press conference.",
    ),
    # the holder of another body's office, in the possessive
    (
        "An armed group's spokesperson denied any role in the attack.",
        "Farid Nuri, the ministry's spokesman, said the ministry was looking into it.",
    ),
]


@pytest.mark.parametrize(("lead", "other"), _GUARDS)
def test_no_holder_read_where_none_fits(lead: str, other: str) -> None:
    found = _deniers(lead, other)
    assert found and found[0][0] == 3 and found[0][1].lower().startswith(("the spokes", "a spokes", "an armed"))


_OFFICE_THEN_BODY_APPOSITIVE = [
    (
        "A spokesman for Kataib Sarran, an armed group, denied involvement in the attack.",
        "a spokesman for Kataib Sarran",
    ),
    ("The leader of Kataib Sarran, a militia, denied involvement in the attack.", "the leader of Kataib Sarran"),
    (
        "The spokesperson of Kataib Sarran, an armed group backed by Veloria, rejected the reports.",
        "the spokesperson of Kataib Sarran",
    ),
    ("A commander of the Sarran Front, an alliance, dismissed the claims as lies.", "a commander of the Sarran Front"),
]


@pytest.mark.parametrize(("sentence", "speaker"), _OFFICE_THEN_BODY_APPOSITIVE)
def test_a_body_appositive_after_an_office_leaves_the_office_speaking(sentence: str, speaker: str) -> None:
    assert _deniers(sentence) == [(3, speaker)]


def test_a_persons_appositive_after_a_name_is_still_stepped_over() -> None:
    assert _deniers("Tamir Oskan, a spokesman for the militia, denied involvement in the attack.") == [
        (3, "Tamir Oskan")
    ]


# --- the outlet told is no subject, no denier, no part of what was denied --------------------------------------------

_TOLD = [
    "The Sarran Brigades denied involvement in the attack in an interview with Kessel Wire on Monday.",
    "In an interview with Kessel Wire, the Sarran Brigades denied involvement in the attack.",
    "Speaking to Kessel Wire, the Sarran Brigades denied involvement in the attack.",
    "The Sarran Brigades denied involvement in the attack, speaking to Kessel Wire on Monday.",
    "The Sarran Brigades denied involvement in the attack when speaking to Kessel Wire.",
    "The Sarran Brigades denied to Kessel Wire any involvement in the attack.",
    "The Sarran Brigades denied involvement in the attack in a statement to Kessel Wire.",
    "The Sarran Brigades denied involvement in the attack in comments to Kessel Wire.",
    "The Sarran Brigades denied involvement in the attack when contacted by Kessel Wire.",
    "Asked by Kessel Wire, the Sarran Brigades denied involvement in the attack.",
    "The Sarran Brigades had nothing to do with the attack, a spokesman for the group told Kessel Wire.",
    "Tamir Oskan of the Sarran Brigades told Kessel Wire that the group was not involved in the attack.",
    "Kessel Wire quoted the Sarran Brigades as denying any involvement in the attack.",
    "The Sarran Brigades denied any involvement in the attack, according to Kessel Wire.",
]


@pytest.mark.parametrize("sentence", _TOLD)
def test_the_outlet_told_is_no_subject_of_the_denial(sentence: str) -> None:
    denials = [d for d in built("en", LEAD, sentence, index=_index()) if d["type"] == "denial"]
    assert len(denials) == 1
    denial = denials[0]
    assert denial["denier"].get("actor") != "kessel-wire"
    assert "kessel-wire" not in denial.get("subjects", [])
    assert not denial["denied"].endswith("Kessel Wire")


def test_an_outlet_told_after_what_was_denied_is_no_subject() -> None:
    denials = [
        d
        for d in built("en", LEAD, "The Sarran Brigades denied the claims to Kessel Wire.", index=_index())
        if d["type"] == "denial"
    ]
    assert len(denials) == 1 and "kessel-wire" not in denials[0].get("subjects", [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sarran Brigades denied a Kessel Wire report on the attack.",
        "The Sarran Brigades denied what Kessel Wire reported on Monday.",
    ],
)
def test_an_outlet_whose_report_is_denied_stays_a_subject(sentence: str) -> None:
    denials = [d for d in built("en", LEAD, sentence, index=_index()) if d["type"] == "denial"]
    assert denials and "kessel-wire" in denials[0].get("subjects", [])


# --- 'issued (rare) denials of' ----------------------------------------------------------------------------------------

_ISSUED = [
    ("The Sarran Brigades issued rare denials of involvement in the attacks on Monday.", "involvement in the attacks"),
    ("The Sarran Brigades issued a rare denial of involvement in the attack.", "involvement in the attack"),
    ("The Sarran Brigades have issued repeated denials of any role in the attack.", "any role in the attack"),
    ("The Sarran Brigades issued swift denials of the reports.", "the reports"),
    ("The Sarran Brigades published denials of the reports on Telegram.", "the reports"),
    ("The Sarran Brigades published a denial of the report on Telegram.", "the report"),
    ("The Sarran Brigades published a denial on their Telegram channel.", None),
    ("Tamir Oskan issued a denial of the claims.", "the claims"),
]


@pytest.mark.parametrize(("sentence", "what"), _ISSUED)
def test_issued_denials_are_the_issuers(sentence: str, what: str | None) -> None:
    denials = [d for d in built("en", LEAD, sentence, index=_index()) if d["type"] == "denial"]
    assert len(denials) == 1
    issuer = "tamir-oskan" if sentence.startswith("Tamir") else "sarran-brigades"
    assert denials[0]["denier"].get("actor") == issuer
    if what is not None:
        assert denials[0]["denied"].startswith(what)
    else:  # (where it was published is not what it denies)
        assert not denials[0]["denied"].startswith(("Telegram", "their"))


# --- two states' ministries of one name ---------------------------------------------------------------------------

_TWO_MINISTRIES = [
    (
        "Veloria's Foreign Ministry denied any role in the attack on Monday.",
        "Ostravia's Foreign Ministry also rejected the reports, calling them baseless.",
    ),
    (
        "Veloria's Foreign Ministry denied any role in the attack.",
        "Meanwhile, Ostravia's Foreign Ministry rejected the accusations as baseless.",
    ),
    (
        "Veloria's Foreign Ministry denied any role in the attack.",
        '"These claims are baseless," Ostravia\'s Foreign Ministry said in a statement denying the reports.',
    ),
    (
        "Veloria's Interior Ministry said the reports were false.",
        "Ostravia's Interior Ministry dismissed them as lies as well.",
    ),
]


@pytest.mark.parametrize("paragraphs", _TWO_MINISTRIES)
def test_two_states_ministries_keep_their_states(paragraphs: tuple[str, str]) -> None:
    records = built("en", LEAD, *paragraphs)
    names = sorted(d["name"] for d in records if d["type"] == "actor")
    assert len(names) == 2
    assert names[0].startswith("Ostravia") and names[1].startswith("Veloria")
    deniers = [d["denier"].get("actor") for d in records if d["type"] == "denial"]
    assert len(deniers) == 2 and deniers[0] != deniers[1]


def test_one_states_ministry_keeps_its_plain_name() -> None:
    records = built(
        "en",
        LEAD,
        "Veloria's Foreign Ministry denied any role in the attack.",
        "The ministry called the reports baseless.",
    )
    assert [d["name"] for d in records if d["type"] == "actor"] == ["Foreign Ministry"]
