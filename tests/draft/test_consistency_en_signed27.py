"""A statement that denies in its own first person, with no verb of saying ('We categorically deny such baseless
accusations'), is the denial of whoever signs it at its end, else of its publisher (issue 17, round 27).

A body's statement on its own site speaks so, and its spokesman signs it below: a name over an office, or both on
one line, or the body alone, then perhaps a date. Names are made up.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, deniers, said

_OPENING = "Some media outlets claimed on Monday that fighters of the Kessel Brigade shelled the village of Ostrava."
_AFTER = "Our people should not trust such stories."

_DENIALS = [
    "We categorically deny such baseless and fabricated accusations.",
    "We strongly reject these allegations, which serve the enemies of our people.",
    "We refute the claims spread by the Velorian media.",
    "Our brigade did not carry out any attack on the village.",
    "In this regard, we firmly deny the reports that our fighters entered the village.",
]

_SIGNATURES = {
    "name over office": (["Lev Arno", "Spokesperson of the Kessel Brigade"], "Lev Arno"),
    "name over office, dated": (["Lev Arno", "Kessel Brigade Spokesman", "6 January 2018"], "Lev Arno"),
    "name and office on one line": (["Lev Arno, Kessel Brigade spokesperson"], "Lev Arno"),
    "the body alone": (["General Command of the Kessel Brigade"], "General Command of the Kessel Brigade"),
    "unsigned": ([], "the publisher"),
    # a byline holds no office, and a last sentence is no signature: the text's own voice is its publisher's
    "a byline": (["Reporting by Lev Arno; editing by Petra Lind"], "the publisher"),
    "a closing sentence": (["The brigade remains committed to the ceasefire."], "the publisher"),
}


@pytest.mark.parametrize("denial", _DENIALS)
@pytest.mark.parametrize("signature", list(_SIGNATURES))
def test_a_first_person_denial_is_its_signers(signature: str, denial: str):
    lines, signer = _SIGNATURES[signature]
    assert deniers("en", _OPENING, denial, _AFTER, *lines) == [signer]


def test_the_signer_is_drafted_as_the_denier_of_record():
    found = [
        d
        for d in built("en", _OPENING, _DENIALS[0], _AFTER, "Lev Arno", "Spokesperson of the Kessel Brigade")
        if d["type"] == "denial"
    ]
    assert len(found) == 1
    assert found[0]["denier"] == {"actor": "lev-arno"}
    assert found[0]["denied"] == "We categorically deny such baseless and fabricated accusations"


def test_a_statement_given_after_its_speaker_is_not_also_the_publishers():
    # 'The statement reads:' gives the paragraphs below to the brigade; the publisher does not deny them again
    found = deniers(
        "en",
        "The Kessel Brigade issued a statement on Monday. The statement reads:",
        "We categorically deny such baseless and fabricated accusations.",
        "Our fighters were not in the village.",
    )
    assert found == ["Kessel Brigade", "Kessel Brigade"]


def test_a_reporters_sentence_without_we_is_no_signed_denial():
    assert (
        deniers("en", _OPENING, "The brigade has been fighting in the region for years.", "Lev Arno", "Spokesperson")
        == []
    )


def test_what_the_same_voice_says_is_not_so_after_its_denial_is_a_place_of_it():
    found = deniers(
        "en",
        _OPENING,
        "We categorically deny such accusations. The Kessel Region has never been a cause of unrest in Velor.",
        "The Kessel Region has always worked for friendly relations with its neighbours.",
        "Lev Arno",
        "Spokesperson of the Kessel Brigade",
    )
    assert found == ["Lev Arno", "Lev Arno"]


def test_a_negative_in_a_paragraph_without_a_denial_is_no_place_of_one():
    found = deniers(
        "en",
        _OPENING,
        "We categorically deny such accusations.",
        "The Kessel Region has never been richer than it is today.",
        "Lev Arno",
        "Spokesperson of the Kessel Brigade",
    )
    assert found == ["Lev Arno"]


def test_charges_the_signed_statement_calls_baseless_are_its_signers_denial():
    # the minister's charge stays his claim; calling it baseless is the statement's voice, its signer's
    found = said(
        "en",
        "In a statement, the Velorian interior minister, Dario Venn, made baseless accusations against the Kessel "
        "Region, claiming the protests are run from Ostrava.",
        _DENIALS[0],
        "Lev Arno",
        "Spokesperson of the Kessel Brigade",
    )
    assert [(kind, speaker) for kind, speaker, _ in found] == [
        ("reported", "Dario Venn"),
        ("denial", "Lev Arno"),
        ("denial", "Lev Arno"),
    ]
