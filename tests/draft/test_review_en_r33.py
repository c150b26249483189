"""English, round 33: a review of round 32's English rules, each defect shown by made-up sentences first:

- a bare word after the place that ends an aside only places it when it is a word of no kind ('X, speaking in
  Veloria, Dorland, denied'), not a person or body on file: 'On Monday, speaking to reporters in Veloria, Arno denied'
  after 'Lev Arno' is Arno's denial (the rule had left the sentence with no speaker);
- 'forecast' after an article, a determiner or a possessive is the noun ("the bank's forecast that ..."), no one
  forecasting; after its subject it is still the verb ('The central bank forecast that ...');
- a word in -ing before the noun that ends a description is a compound's modifier ('the government planning
  commission', 'the police training academy'), not a participle phrase after a body ('the alliance fighting the
  brigade'): the commission speaks, not the government named before, and the academy is not the police;
- what was not done denies, and the second speaker whose words say it was not so is the denier ('X said the port was
  hit, but Y said the ships were not damaged'); but what is unsure denies nothing ('it was not clear who fired', 'it
  was not immediately possible to verify'), and the two speakers then only say what they say;
- an appositive that calls a name a kind of body makes it a body with a hyphenated word before the kind too
  ('al-Sadiq, an Iran-backed militia active in the north,'), as with 'a militia active in the north';
- a group named by one word after 'al-' is a body in each common spelling ('al-Shabaab' as 'al-Shabab');
- 'Ansar' opens a body's name only with 'Allah' or an Arabic article in it ('Ansar Allah', 'Ansar al-Islam'); alone it
  is a given name ('Ansar Abbasi, a journalist, said' is a person, and 'senior journalist Ansar Abbasi' speaks);
- a speaker's own side denies in a quotation with words before its noun ('our armed air force denies'), but not a
  side those words say is another's ('our enemy forces deny', 'our rival militia rejects').

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, record_kinds

LEAD = "Talks resumed in Kessel on Sunday."


def _units(*paragraphs: str) -> list[tuple[str, str]]:
    """(kind, speaker label) of every unit drafted."""
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs).units]


# --- a person on file after the place that ends an aside is the subject -------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Lev Arno heads the Kessel Brigade.",
                "On Monday, speaking to reporters in Veloria, Arno denied that the brigade had shelled the town.",
            ),
            ("denial", "Lev Arno"),
        ),
        (
            (
                "Lev Arno heads the Kessel Brigade.",
                "Later, speaking at a rally in Veloria, Arno rejected reports that the brigade had shelled the town.",
            ),
            ("denial", "Lev Arno"),
        ),
        (
            (
                "Lev Arno heads the Kessel Brigade.",
                "On Monday, while meeting officials in Veloria, Arno denied that the brigade had shelled the town.",
            ),
            ("denial", "Lev Arno"),
        ),
        (
            (
                "Mira Solen leads the Varda Front.",
                "On Tuesday, speaking to reporters in Dorland, Solen said the front had taken the bridge.",
            ),
            ("reported", "Mira Solen"),
        ),
    ],
)
def test_a_person_on_file_after_an_aside_ending_in_a_place_speaks(
    paragraphs: tuple[str, ...], expected: tuple[str, str]
) -> None:
    assert expected in _units(*paragraphs)


def test_a_country_not_on_file_after_an_aside_ending_in_a_place_still_only_places_it() -> None:
    units = _units(
        "Lev Arno, speaking at a news conference in Veloria, Dorland, on Monday denied reports of receiving rifles "
        "from Marland."
    )
    assert units == [("denial", "Lev Arno")]


# --- 'forecast' as a noun ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bank's forecast that inflation would fall proved wrong.",
        "The ministry's forecast that the rebels would retreat proved wrong.",
        "The Kessel Brigade's forecast that the rebels would retreat proved wrong, the minister said.",
        "The rebels' forecast that the town would fall proved wrong, the minister said.",
    ],
)
def test_forecast_after_a_possessive_is_a_noun(text: str) -> None:
    assert all(kind == "reported" and label == "the minister" for kind, label in _units(text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The central bank forecast that inflation would fall to 3 percent.", "the central bank"),
        ("Lev Arno forecast that the rebels would retreat within weeks.", "Lev Arno"),
        ('Lev Arno forecast "that a new group will rise in the north."', "Lev Arno"),
    ],
)
def test_forecast_after_its_subject_is_still_the_verb(text: str, who: str) -> None:
    assert [label for _, label in _units(text)] == [who]


# --- a word in -ing that modifies the noun after it ---------------------------------------------------------------


def test_a_compound_with_a_word_in_ing_is_its_own_body() -> None:
    units = _units(
        "The Veloran Government approved the plan on Monday.",
        "The government planning commission said the brigade had shelled the town.",
    )
    assert units[-1] == ("reported", "the government planning commission")


@pytest.mark.parametrize(
    "text",
    [
        "The police training academy denied that cadets had shelled the town.",
        "The police training academy in Kessel denied that cadets had shelled the town.",
    ],
)
def test_a_compound_with_a_word_in_ing_is_not_the_body_its_first_noun_names(text: str) -> None:
    assert ("denial", "Kessel Police") not in _units("The Kessel Police opened an inquiry.", text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The alliance fighting the brigade denied that it had enlisted children.",
            "the alliance fighting the brigade",
        ),
        ("The coalition fighting rebels denied that it had enlisted children.", "the coalition fighting rebels"),
    ],
)
def test_a_body_with_a_participle_phrase_is_still_that_body(text: str, who: str) -> None:
    assert _units("The Kessel Brigade took the town.", text)[-1] == ("denial", who)


# --- another side after 'our' -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno said: "Our enemy forces deny everything, but we know the truth."',
        'Lev Arno said: "Our rival militia rejects these claims, but we know the truth."',
        'Lev Arno said: "Our opponents\' army denies it, but we know the truth."',
    ],
)
def test_another_side_after_our_is_no_own_denial(text: str) -> None:
    assert [kind for kind, _ in _units(text)] == ["quote"]


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno said: "Our armed air force denies these claims."',
        'Lev Arno said: "Our brave fighters deny these claims."',
    ],
)
def test_own_side_with_words_before_its_noun_still_denies(text: str) -> None:
    assert _units(text) == [("denial", "Lev Arno")]


# --- 'Ansar' as a given name ------------------------------------------------------------------------------------


def _kinds(*paragraphs: str) -> dict[str, str]:
    """The kind of each actor or group record drafted, by id."""
    return record_kinds("en", LEAD, *paragraphs)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ansar Abbasi, a journalist, said the army had shelled the town.", "ansar-abbasi"),
        ("Ansar Ali, a shopkeeper in Kessel, said the army had shelled the town.", "ansar-ali"),
    ],
)
def test_ansar_alone_is_a_given_name(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) == "person"


def test_a_journalist_called_ansar_speaks() -> None:
    assert _units("Senior journalist Ansar Abbasi said the army had shelled the town.") == [
        ("reported", "Ansar Abbasi")
    ]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ansar Allah said it had attacked the base.", "ansar-allah"),
        ("Ansar al-Varda said it had attacked the base.", "ansar-al-varda"),
        ("Ansar Bait al-Varda said it had attacked the base.", "ansar-bait-al-varda"),
    ],
)
def test_ansar_with_a_particle_is_still_a_body(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) not in (None, "person")


# --- what is unsure is no denial --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dario Venn said it was not clear who fired.", [("reported", "Dario Venn")]),
        (
            "A spokesman for the brigade said it was not immediately possible to verify the report.",
            [("reported", "a spokesman for the brigade")],
        ),
        (
            "Lev Arno said the port was hit, while Dario Venn said it was not clear who fired.",
            [("reported", "Lev Arno"), ("reported", "Dario Venn")],
        ),
        (
            "Lev Arno said the port was hit, but Dario Venn said it was not certain that any ship had been struck.",
            [("reported", "Lev Arno"), ("reported", "Dario Venn")],
        ),
    ],
)
def test_what_is_unsure_is_no_denial(text: str, expected: list[tuple[str, str]]) -> None:
    assert _units(text) == expected


def test_the_second_speaker_who_says_it_was_not_done_still_denies() -> None:
    assert _units("Lev Arno said the port was hit, and Dario Venn said the ships were not damaged.") == [
        ("denial", "Dario Venn")
    ]


# --- a hyphenated word before the kind of body in an appositive -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harun al-Sadiq, an Iran-backed militia active in the north, denied any role in the attack.",
        "Harun al-Sadiq, a Tehran-aligned armed group based in Kessel, denied any role in the attack.",
    ],
)
def test_a_hyphenated_word_before_the_kind_of_body(text: str) -> None:
    assert _kinds(text).get("harun-al-sadiq") not in (None, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Harun al-Sadiq, a well-known militia commander, denied any role in the attack.",
        "Harun al-Sadiq, the militia-linked cleric, denied any role in the attack.",
        "Harun al-Sadiq, a long-time group member, denied any role in the attack.",
    ],
)
def test_a_person_of_a_body_with_a_hyphenated_word_stays_a_person(text: str) -> None:
    assert _kinds(text).get("harun-al-sadiq") == "person"


# --- one word after 'al-' in another spelling -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Al-Shabaab said it had attacked the base.", "al-shabaab"),
        ("In a statement, al-Shabaab claimed the attack on the base.", "al-shabaab"),
        ("Al-Shabab said it had attacked the base.", "al-shabab"),
    ],
)
def test_a_group_by_one_word_in_another_spelling(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) not in (None, "person")
