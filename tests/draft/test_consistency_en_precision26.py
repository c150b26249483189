"""English precision of denials, round 26: shapes an editor found drafted wrongly in unseen news, with made-up names.

- a report noun whose purpose-words belong to a clause of their own after 'that' ('The claim increased concerns that
  Ostravia is seeking a pretext to justify ...'): no claim said to be meant to justify, so no denial;
- a warning that another side lies ('Ostravia warned that Velor is planting fake stories'): a charge, no denial;
  guards: 'said' the same, a warning about the speaker's own side, 'warned against' the reports;
- a vow after a denial ('He warned that "never again shall the army allow ..."', 'will never allow'): the negative of
  will, no denial restated; guard: 'We never attacked the town' still restates it;
- a clause's subject that is a description whose head a nationality's word or an owner qualifies ('The Velorian army
  is battling a militia and denies ...', "Velor's military is battling ... and denies ..."): the description denies,
  not 'Velorian', nor no one; guard: 'Lev Arno met the envoy and denied' stays Lev Arno;
- 'a' for the Arabic article inside a name ('Yahya a Sarie confirmed that "..."'): the name goes on; guard: 'told Lev
  Arno a Kessel source denied it' joins no name across 'a'.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

# --- a report noun, then a clause of its own with purpose-words -------------------------------------------------------

PRETEXT_CLAUSE = [
    "The claim increased concerns that Ostravia is seeking a pretext to justify its build-up on the border of Velor, "
    "which Velorian intelligence says is an invasion force.",
    "The reports raised fears that Ostravia is seeking to justify an attack on Velor, Lev Arno said.",
    "Dario Venn said the allegation deepened worries that the Kessel Brigade was trying to discredit Velor.",
    "The claims stoked concerns that they are preparing to justify a new offensive, which Petra Lind says is near.",
]


@pytest.mark.parametrize("sentence", PRETEXT_CLAUSE)
def test_en_purpose_words_of_a_clause_after_that_deny_nothing(sentence: str) -> None:
    assert all(k != "denial" for k, _, _ in said("en", "Lev Arno spoke on Monday.", sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the claims are aimed at justifying the strikes.",
        "Lev Arno said the reports that were published are meant to mislead the public.",
    ],
)
def test_en_report_meant_to_justify_still_denies(sentence: str) -> None:
    # guard: the report noun's own predicate, or a relative clause with no subject of its own
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("denial", "Lev Arno")]


# --- a warning that another side lies -----------------------------------------------------------------------------------

WARNED_OF_LIES = [
    ("Ostravia warned that Velor is planting fake stories.", "Ostravia"),
    (
        "The Velorian interior ministry has repeatedly warned that Ostravia is trying to justify a planned invasion by "
        "planting fake stories of Velorian aggression.",
        "the Velorian interior ministry",
    ),
    ("Lev Arno warned on Monday that the Kessel Brigade would spread fake news about the raid.", "Lev Arno"),
    ("Dario Venn cautioned that Kessel media were publishing false reports.", "Dario Venn"),
]


@pytest.mark.parametrize(("sentence", "speaker"), WARNED_OF_LIES)
def test_en_warning_that_another_lies_is_no_denial(sentence: str, speaker: str) -> None:
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("reported", speaker)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said Velor is planting fake stories.",  # said, not warned
        "Lev Arno warned that we are the target of fake news.",  # the speaker's own side
        "Lev Arno warned against the fake news about the raid.",  # dismisses the reports
    ],
)
def test_en_other_words_on_fake_stories_still_deny(sentence: str) -> None:
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("denial", "Lev Arno")]


# --- a vow after a denial ------------------------------------------------------------------------------------------------

VOWS = [
    'He warned that "never again shall the Velorian army allow any militant groups to rise again."',
    'He said: "Never will we allow the Kessel Brigade to return."',
    'He added that "the army will never allow such groups to rise."',
    'He said: "Never again will Ostravia threaten our people."',
]


@pytest.mark.parametrize("vow", VOWS)
def test_en_vow_after_a_denial_restates_no_denial(vow: str) -> None:
    got = said("en", "Lev Arno said the reports were false.", vow)
    assert [(k, s) for k, s, _ in got] == [("denial", "Lev Arno"), ("quote", "Lev Arno")], got


@pytest.mark.parametrize(
    "words", ['He said: "We never attacked the town."', 'He said: "The army would never target civilians."']
)
def test_en_never_of_a_past_act_still_restates_the_denial(words: str) -> None:
    got = said("en", "Lev Arno said the reports were false.", words)
    assert [(k, s) for k, s, _ in got] == [("denial", "Lev Arno"), ("denial", "Lev Arno")], got


# --- a description qualified by a nationality's word or an owner, as a coordinated verb's subject ---------------------

QUALIFIED = [
    (
        "The Velorian army is battling a militia and denies accusations its troops have killed civilians, the Defense "
        "Ministry spokesman said.",
        "the Velorian army",
    ),
    (
        "The Velorian army is battling a militia and denies accusations its troops have killed civilians.",
        "the Velorian army",
    ),
    ("The Ostravian border police met the envoy on Monday and rejected the claims.", "the Ostravian border police"),
    (
        "Velor's military is battling a dangerous militia that could grow into a terrorist group in central Velor and "
        "denies accusations its troops have killed dozens of civilians, the Defense Ministry spokesman said Monday.",
        "Velor's military",
    ),
    (
        "Velor's military is battling a militia and denies accusations its troops have killed civilians.",
        "Velor's military",
    ),
]


@pytest.mark.parametrize(("sentence", "denier"), QUALIFIED)
def test_en_qualified_description_denies_after_and(sentence: str, denier: str) -> None:
    assert [(k, s) for k, s, _ in said("en", sentence)][:1] == [("denial", denier)]


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno met the envoy and denied the reports.", "Lev Arno"),
        ("The Kessel Brigade met the envoy and denied the reports.", "Kessel Brigade"),
    ],
)
def test_en_named_subject_after_and_stays_the_name(sentence: str, denier: str) -> None:
    assert [(k, s) for k, s, _ in said("en", sentence)] == [("denial", denier)]


# --- 'a' for the Arabic article inside a name ----------------------------------------------------------------------------

PARTICLE_A = [
    'Army spokesman Yahya a Sarie confirmed that "the army has not carried out any strikes on the port."',
    "The spokesman Yahya a Sarie said the reports were false.",
    "Yahya a Sarie, the army spokesman, denied the reports.",
    "Dario a Venn has denied the reports.",
]


@pytest.mark.parametrize("sentence", PARTICLE_A)
def test_en_name_with_a_particle_a_speaks(sentence: str) -> None:
    got = said("en", sentence)
    assert [k for k, _, _ in got] == ["denial"], got
    assert got[0][1] in ("Yahya a Sarie", "Dario a Venn"), got


def test_en_a_between_names_with_no_verb_after_joins_nothing() -> None:
    # guard: 'a' before a description ('a Kessel source') opens it, no part of the name before
    got = said("en", "The army told Lev Arno a Kessel source denied it.")
    assert [s for _, s, _ in got] == ["a Kessel source"], got


# --- a dateline with the place's country: 'OSTRA, Velor (AP) -' --------------------------------------------------------

DATELINES = [
    "OSTRA, Velor (AP) \u2014 Velor's military is battling a militia and denies accusations its troops have killed "
    "civilians, the Defense Ministry spokesman said Monday.",
    "KESSEL, Ostravia (Reuters) - The Velorian army is battling a militia and denies accusations its troops have "
    "killed civilians, a spokesman said.",
    "OSTRA, Velor, June 3 (AP) \u2014 Lev Arno met the envoy and denied reports of new strikes.",
]


@pytest.mark.parametrize("paragraph", DATELINES)
def test_en_dateline_with_a_country_is_no_subject(paragraph: str) -> None:
    got = said("en", paragraph)
    assert [k for k, _, _ in got][:1] == ["denial"], got
    assert got[0][1] in ("Velor's military", "the Velorian army", "Lev Arno"), got


def test_en_name_and_owner_after_a_comma_is_no_dateline() -> None:
    # guard: no agency in brackets after the comma, no dateline
    assert [(k, s) for k, s, _ in said("en", "Lev Arno, Velor's envoy, denied the reports.")] == [
        ("denial", "Lev Arno")
    ]
