"""English, round 30 of issue 17, walk-through (wire copy on Somalia's al Shabaab, Mali's junta and a rights group,
a Somali militant said to be dead, Sudan's army on fighters in Darfur, Yemen's Houthis on a tanker):

- 'said the army and allied fighters had no role in the attack' is a denial, as 'said the army had no role' is:
  two sides joined by 'and' are one subject;
- what is denied runs on through the clause's own verb when no 'that' opens it ('denied they had threatened to
  attack Veloria' denies 'they had threatened to attack Veloria', not 'they had'), and through a verb of saying that
  reads a number of dead ('fighters the army claimed killed in a raid');
- a junta is a body that speaks ("Veloria's junta denied ...", 'the ruling junta rejected as "unfounded" ...');
- the speaker of the words before a denial's object is no part of it without 'the' either (', state news agency
  KNA said').

Made-up names only. Guards: 'denied the report, the army said' still ends what is denied at the report; a relative
clause of the object after a comma stays in it, as before.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, denied, speakers

LEAD = "Talks resumed in Kessel on Sunday."


def _claimants(*paragraphs: str) -> list[object]:
    return [r["claimant"] for r in built("en", LEAD, *paragraphs) if r["type"] == "claim"]


# --- two sides joined by 'and' had no role --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the army and allied fighters had no role in the attack.",
        "Kessel Brigade spokesman Lev Arno said the army and allied Kessel fighters had no role in Monday's attack.",
        "Lev Arno said the army and its allies had no role in the attack.",
        "Lev Arno said the army and the militia had no role in the attack.",
        "Lev Arno said the Kessel Brigade and its allies had no role in the attack.",
        "Lev Arno said the army and allied fighters had no part in the raid.",
        "Lev Arno said the army and allied fighters did not take part in the raid.",
        "Lev Arno said the Velorian army and allied Kessel fighters had no role in the attack.",
        "Lev Arno said the Velorian army had no role in the attack.",
        "Lev Arno said the Kesseli army and allied Kessel fighters had no role in the attack.",
        "Lev Arno said the Kesseli government had no role in the attack.",
    ],
)
def test_two_sides_joined_by_and_with_no_role_is_a_denial(text: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", "Lev Arno")]


def test_two_sides_with_a_role_in_the_government_is_no_denial() -> None:
    assert speakers("en", LEAD, "Lev Arno said the army and its allies had no role in the government.") == [
        ("reported", "Lev Arno")
    ]


# --- what is denied runs on through the clause's own verb ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "The Kessel Brigade denied on Friday they had threatened to attack Veloria after the raid.",
            "they had threatened to attack Veloria after the raid",
        ),
        ("The Kessel Brigade denied they had threatened to attack Veloria.", "they had threatened to attack Veloria"),
        ("The Kessel Brigade denied it had threatened Veloria.", "it had threatened Veloria"),
        ("The Kessel Brigade denied it had announced a ceasefire.", "it had announced a ceasefire"),
        ("Lev Arno denied he had ordered the raid.", "he had ordered the raid"),
        ("The Kessel Brigade denied on Friday it had warned of attacks.", "it had warned of attacks"),
    ],
)
def test_a_clause_without_that_keeps_its_own_verb(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "Lev Arno denied claims by the government that he was among 40 fighters the army claimed killed in a raid.",
            "claims by the government that he was among 40 fighters the army claimed killed in a raid",
        ),
        (
            "Lev Arno denied reports that he was among the fighters the army said killed in the strike.",
            "reports that he was among the fighters the army said killed in the strike",
        ),
        (
            "Lev Arno denied he was among the men Veloria reported killed last week.",
            "he was among the men Veloria reported killed last week",
        ),
    ],
)
def test_a_verb_of_saying_that_counts_the_dead_is_inside_what_is_denied(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The Kessel Brigade denied the reports, the army said.", "the reports"),
        (
            "The Kessel Brigade denied that its fighters had left the town, which they have held since May.",
            "that its fighters had left the town, which they have held since May",
        ),
    ],
)
def test_what_is_denied_still_ends_where_it_did(text: str, what: str) -> None:
    assert denied("en", LEAD, text) == [what]


# --- a junta speaks -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Veloria's junta again denied working with the Kessel Brigade.", "Veloria's junta"),
        ("The junta denied working with the Kessel Brigade.", "the junta"),
        ("The military junta rejected accusations that its soldiers killed 40 civilians.", "the military junta"),
        (
            'Veloria\'s ruling junta on Monday rejected as "unfounded" accusations by a rights group that its soldiers '
            "killed 40 civilians.",
            "Veloria's ruling junta",
        ),
    ],
)
def test_a_junta_is_a_body_that_denies(text: str, speaker: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", speaker)]


# --- the speaker after the object, without 'the' ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade denied these were its fighters, state news agency KNA said on Wednesday.",
        "The Kessel Brigade denied these were its fighters, the state news agency KNA said on Wednesday.",
        "The Kessel Brigade denied these were its fighters, state radio said.",
        "The Kessel Brigade denied these were its fighters, army spokesman Lev Arno said.",
    ],
)
def test_the_speaker_after_the_object_is_no_part_of_it(text: str) -> None:
    assert denied("en", LEAD, text) == ["these were its fighters"]


# --- a relative clause with no comma, its subject a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lev Arno said the army struck a base which the Pentagon said posed an "imminent threat".', "Pentagon"),
        ('Lev Arno said the army struck a base that the Pentagon said posed an "imminent threat".', "Pentagon"),
        (
            "The Kessel government announced that Omar Deng was among the fighters killed in the strike which the "
            'Pentagon said posed an "imminent threat" to troops.',
            "Pentagon",
        ),
        ('The strike which the Pentagon said posed an "imminent threat" killed ten fighters.', "Pentagon"),
        ('The army struck fighters whom Veloria described as "a threat".', "Veloria"),
        ('Lev Arno said the army hit a convoy which Veloria said carried "aid".', "Veloria"),
    ],
)
def test_words_in_marks_in_a_relative_clause_are_its_subjects(text: str, speaker: str) -> None:
    assert [(k, s) for k, s in speakers("en", LEAD, text) if k == "quote"] == [("quote", speaker)]


def test_words_in_marks_after_the_main_verb_stay_the_main_speakers() -> None:
    assert speakers("en", LEAD, 'Lev Arno said the army struck a base that posed an "imminent threat".') == [
        ("quote", "Lev Arno")
    ]


@pytest.mark.parametrize(
    "first",
    [
        "An official with the Kessel Brigade denied claims by the government that he was among 150 fighters the "
        "Kessel army claimed killed in a raid.",
        "An official with the Kessel Brigade denied claims by the government that he was among 150 fighters the "
        "United States claimed killed in a raid.",
        "An official with the Kessel Brigade denied claims that he was among the fighters Veloria said died in a raid.",
    ],
)
def test_the_speaker_of_a_clause_with_no_relative_word_is_its_subject_not_the_sentence(first: str) -> None:
    found = speakers("en", LEAD, first, '"I am alive," he told a crowd.')
    assert found == [
        ("denial", "an official with the Kessel Brigade"),
        # (since round 42 the quotation is drafted as a denial too: 'I am alive' said by one who denied being among
        # the dead restates that denial, as the gold conventions count it; its speaker is what this test is about)
        ("denial", "an official with the Kessel Brigade"),
    ]


def test_a_relative_clauses_subject_is_not_he_next() -> None:
    found = speakers(
        "en",
        LEAD,
        "An official with the Kessel Brigade denied the reports.",
        "The Kessel government announced that Omar Deng was among the fighters killed in the strike which the Pentagon "
        'said posed an "imminent threat".',
        '"I am alive," he told a crowd.',
    )
    # (a denial since round 42: 'I am alive' restates the official's denial; whose words they are is the point here)
    assert found[-1] == ("denial", "an official with the Kessel Brigade"), found


# --- initials of a body named before ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Kessel Monitoring Group last week accused the army of 40 deaths.", "KMG said soldiers killed 175 civilians."),
        (
            "The Veloria Rights Council last week accused the army of 40 deaths.",
            "VRC said soldiers killed 175 civilians.",
        ),
        (
            "The Kessel Human Rights Commission accused the army of 40 deaths.",
            "The KHRC said soldiers killed 175 civilians.",
        ),
    ],
)
def test_a_bodys_initials_are_that_body(first: str, then: str) -> None:
    found = _claimants(first, then)
    assert len(found) == 2 and found[0] == found[1], found


def test_initials_two_bodies_spell_are_neither() -> None:
    found = _claimants(
        "Kessel Monitoring Group accused the army of the raid.",
        "Kessel Media Guild accused the militia of the raid.",
        "KMG said soldiers killed 175 civilians.",
    )
    assert found[2] not in found[:2], found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We saw no attack," the army spokesman Lev Arno said.', "Lev Arno"),
        ('The exiled leader Tarek Lual said: "We saw no attack."', "Tarek Lual"),
        ('Lev Arno slammed the plan, which the Kessel Brigade has called "a plan for peace".', "Kessel Brigade"),
        # (two named together, one quotation each since round 53)
        ('The army and the militia said "no".', ("the army", "the militia")),
    ],
)
def test_a_title_or_an_auxiliary_is_no_relative_clause(text: str, speaker: str | tuple[str, ...]) -> None:
    expected = list(speaker) if isinstance(speaker, tuple) else [speaker]
    assert [s for k, s in speakers("en", LEAD, text) if k == "quote"] == expected
