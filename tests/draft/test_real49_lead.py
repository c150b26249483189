"""Round 49's lead rules, written from misses in the round's fresh English development articles and tested here on
made-up sentences: when a body spoke may follow where ('the media bureau in a statement late on Friday described
...'), and is no part of its name; 'belied the claims' denies them; and a body that says it did not know of an
operation beforehand denies the foreknowledge it is charged with; and an outlet named by its kind and country with no
article ('French newspaper Le Figaro alleged') reports as the same with 'the' does."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, deniers, said

# --- when, after where ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "when",
    [
        "late on Friday",
        "late Friday",
        "early on Tuesday",
        "early Tuesday",
        "on Sunday evening",
        "yesterday",
        "last night",
        "this week",
        "issued late on Friday",
        "issued on Monday",
    ],
)
@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Hezbollah\u2019s media bureau", "Hezbollah\u2019s media bureau"),
        ("The army's media office", "the army's media office"),
        ("The Kessel Brigade", "Kessel Brigade"),
    ],
)
@pytest.mark.parametrize(
    "verb", ["described the allegations as \u201cbaseless.\u201d", "denied the reports.", "rejected the claims."]
)
def test_when_a_body_spoke_is_no_part_of_its_name(when: str, subject: str, expected: str, verb: str) -> None:
    sentence = f"{subject} in a statement {when} {verb}"
    assert deniers("en", EN_LEAD, sentence) == [expected], sentence


# --- 'belied' ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "However, Tovek Banks belied the claims, saying that the troops only responded to a call.",
        "Army spokesman Tovek Banks belied the reports.",
        "Tovek Banks belies the rebels' claims, the army said.",
    ],
)
def test_belying_claims_denies_them(sentence: str) -> None:
    assert deniers("en", EN_LEAD, "The rebels said eight soldiers died.", sentence)[-1:] == ["Tovek Banks"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "His calm belied the tension in the room, the minister said.",
        "The evidence belies the claims.",
    ],
)
def test_what_belies_a_claim_is_no_denier(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- not having known of an operation beforehand -----------------------------------------------------------------------

_CHARGE = "A Lindau daily claimed that the Kessel Brigade had been told of the attack."


@pytest.mark.parametrize(
    "clause",
    [
        "it did not know of the operation beforehand",
        "it did not know of the Palestinian operation beforehand",
        "it had not known about the raid in advance",
        "it didn't know of the attack ahead of time",
        "it had not been aware of the strikes before it began",
    ],
)
@pytest.mark.parametrize("verb", ["said", "emphasized", "stressed"])
def test_a_body_that_did_not_know_beforehand_denies_foreknowledge(clause: str, verb: str) -> None:
    sentence = f"The brigade {verb} {clause}."
    assert deniers("en", EN_LEAD, _CHARGE, sentence) == ["Kessel Brigade"], sentence


def test_the_same_in_its_own_words() -> None:
    sentence = "\u201cWe did not know of the operation in advance,\u201d the brigade said."
    assert deniers("en", EN_LEAD, _CHARGE, sentence) == ["Kessel Brigade"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The brigade said it did not know of the attack.",  # (one may learn of an attack late: no foreknowledge denied)
        "The police said he did not know of the raid in advance.",  # (a person's own knowing)
        "The brigade said they did not know of the raid beforehand.",  # (others')
        "The brigade said it did not know of the plan beforehand.",  # (no act nor operation)
    ],
)
def test_not_knowing_otherwise_denies_nothing(sentence: str) -> None:
    assert deniers("en", EN_LEAD, sentence) == [], sentence


# --- an outlet named by its kind, with no article ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("French newspaper", "Le Figaro"),
        ("Israeli daily", "Haaretz"),
        ("Iraqi news agency", "INA"),
        ("Pro-government newspaper", "Sabah"),
        ("Turkish broadcaster", "TRT"),
        ("Kessian weekly", "Nord Post"),
    ],
)
@pytest.mark.parametrize(
    "rest",
    [
        "alleged on December 26 that the commander had been told of the plans.",
        "reported that the army had fired first.",
        "said the army had fired first.",
    ],
)
def test_an_outlet_named_by_its_kind_reports(kind: str, name: str, rest: str) -> None:
    sentence = f"{kind} {name} {rest}"
    assert [(k, s) for k, s, _ in said("en", EN_LEAD, sentence)] == [("reported", name)], sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Officials told French newspaper Le Figaro that the plans were known.", "officials"),
        ("A minister told Israeli daily Haaretz that the army had fired first.", "a minister"),
        ("In an interview with French weekly Le Point, Lev Arno said that the army had fired first.", "Lev Arno"),
    ],
)
def test_an_outlet_told_is_no_speaker(sentence: str, speaker: str) -> None:
    assert [s for _, s, _ in said("en", EN_LEAD, sentence)] == [speaker], sentence


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("French newspaper Le Figaro alleged that the commander had been told of the plans.", "Le Figaro"),
        ("The Israeli daily Le Monde reported that the army had fired first.", "Le Monde"),
        ("Kessian weekly Lev Arno said the army had fired first.", "Lev Arno"),  # (a person's shape, a weekly's name)
    ],
)
def test_a_newspaper_named_by_its_kind_is_drafted_as_an_outlet(sentence: str, name: str) -> None:
    actors = [(r["name"], r["kind"]) for r in built("en", EN_LEAD, sentence) if r.get("type") == "actor"]
    assert actors == [(name, "outlet")], sentence
