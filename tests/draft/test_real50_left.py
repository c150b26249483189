"""Round 50's left helper's rules, written from development misses and tested here on made-up sentences: a
description that names a body before its noun of a movement or group ('the Lebanese Kessel resistance movement')
is that body, one denier with its name."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers

# --- a body named inside a description of a movement or group ------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "denier"),
    [
        (
            "The Velorian Kessel resistance movement has rejected claims that it knew of the raid.",
            "Kessel said in a statement that the report was baseless.",
            "Velorian Kessel",
        ),
        (
            "The Kessel armed group denied any role in the attack.",
            "Kessel added that it had no fighters in the town.",
            "Kessel",
        ),
        (
            "The Dornish Kessel political movement rejected the charge.",
            "Kessel said the charge was baseless.",
            "Dornish Kessel",
        ),
        (
            "The Lebanese Kessel militant organization rejected the allegations.",
            "Kessel said the allegations were baseless.",
            "Lebanese Kessel",
        ),
        (
            "The Syrian Orvale rebel faction dismissed the report as false.",
            "Orvale said it had not been in the village.",
            "Syrian Orvale",
        ),
        (
            "The Velorian Tamar party denied that it had taken money from abroad.",
            "Tamar said the claim was a fabrication.",
            "Velorian Tamar",
        ),
        (
            "The Iran-backed Tamar paramilitary group denied that it had fired the rockets.",
            "Tamar said the charge was a lie.",
            "Tamar",
        ),
    ],
)
def test_a_movement_described_with_its_name_is_that_body(first: str, second: str, denier: str) -> None:
    assert deniers("en", EN_LEAD, first, second) == [denier, denier], first


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Shiite resistance movement rejected the claims.",
        "The Kessel Sunni armed group rejected the claims.",
        "The Kessel Salafist militant group rejected the claims.",
    ],
)
def test_a_sect_after_the_name_is_no_part_of_it(sentence: str) -> None:
    assert deniers("en", EN_LEAD, "Kessel said on Monday that the talks had failed.", sentence) == ["Kessel"], sentence


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a state's adjective alone names no body
        ("The Lebanese resistance movement denied the report.", "Kessel said the report was false."),
        ("The Syrian opposition group denied the report.", "Kessel said the report was false."),
    ],
)
def test_a_movement_described_by_its_state_alone_is_no_body_named(first: str, second: str) -> None:
    assert deniers("en", EN_LEAD, first, second)[0].startswith("the "), first


@pytest.mark.parametrize(
    "sentence",
    [
        # a wing of its own ('youth'), not the body named
        "The Kessel youth movement denied the report.",
        # a noun of no movement or group
        "The Kessel resistance leadership denied the report.",
    ],
)
def test_a_wing_or_another_noun_is_not_the_body_named(sentence: str) -> None:
    assert deniers("en", EN_LEAD, "Kessel said on Monday that the talks had failed.", sentence) != ["Kessel"], sentence
