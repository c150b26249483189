"""English, round 41: a review of round 40's English rules (the merges of r40-lex-en, r40-m-en, r40-r-en and the
English parts of r40-lead's and r40-w's), in made-up sentences (invented names and places): where a rule of theirs
forgot a spelling or a case, or fired where it should not."""

from __future__ import annotations

import pytest

from generator.draft.lang import attributor_for
from generator.draft.names import NameIndex
from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import EN_LEAD, curly, deniers, quotes, said


def _both(texts: list[str]) -> list[str]:
    """Each text with straight and with curly apostrophes and marks."""
    return [v for t in texts for v in dict.fromkeys((t, curly(t)))]


# --- 1. 'weren't its fighters', '"The attack wasn't our doing"': the contracted negation disowns as 'were not' -------

DISOWNED = [
    "The Kessel Brigade said the attackers weren't its fighters.",
    "The Kessel Brigade said the gunmen aren't its men.",
    "The Kessel Brigade said the attack wasn't its doing.",
    '"The attack wasn\'t our doing," the Kessel Brigade said.',
    '"They aren\'t our men," the Kessel Brigade said.',
    '"The man isn\'t one of us," the Kessel Brigade said.',
]


@pytest.mark.parametrize("text", _both(DISOWNED))
def test_a_contracted_negation_disowns_as_not_does(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == ["Kessel Brigade"]


@pytest.mark.parametrize(
    "text",
    [
        # (who people are, no denial, contracted or not)
        "The Kessel Brigade said the dead weren't fighters.",
        "The Kessel Brigade said the dead were not fighters.",
    ],
)
def test_a_contracted_negation_of_who_people_are_denies_nothing(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == []


# --- 2. 'it categorically had no role' denies; 'it officially has no forces', 'it usually has no presence' hedge -----


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it officially has no forces in Ostravia.",
        "The Kessel Brigade said it nominally has no presence in Ostravia.",
        "The Kessel Brigade said it technically had no role in the attack on the convoy.",
        "The Kessel Brigade said it usually has no forces in Ostravia.",
        "The Kessel Brigade said it normally has no presence in Ostravia.",
        "The Kessel Brigade said it generally has no forces in Ostravia.",
        "The Kessel Brigade said it typically has no presence in Ostravia.",
        "The Kessel Brigade said it seemingly had no role in the attack on the convoy.",
        "The Kessel Brigade said it purportedly had no role in the attack on the convoy.",
        "The Kessel Brigade said it ostensibly had no role in the attack on the convoy.",
        "The Kessel Brigade said it presumably had no role in the attack on the convoy.",
        "The Kessel Brigade said its fighters mainly did not carry out the attack on the convoy.",
        "The Kessel Brigade said it has officially no forces in Ostravia.",
    ],
)
def test_a_hedge_between_a_side_and_its_no_part_denies_nothing(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it categorically had no role in the attack on the convoy.",
        "The Kessel Brigade said it absolutely has no forces in Ostravia.",
        "The Kessel Brigade said it had categorically no role in the attack on the convoy.",
        "The Kessel Brigade said it firmly has no presence in Ostravia.",
    ],
)
def test_a_word_that_strengthens_a_side_s_no_part_still_denies(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == ["Kessel Brigade"]


# --- 3. 'played down any link to X': the tie played down in the singular, as 'ties' ---------------------------------

CHARGE = "Valdoria accused the Kessel Brigade of taking its money."


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno, the brigade's spokesman, played down any link to Valdoria.",
        "Lev Arno downplayed the group's connection with Valdoria.",
        "Lev Arno played down its alleged tie with Valdoria.",
        "Lev Arno, the brigade's spokesman, played down any links to Valdoria.",
        # (the kinds of body a side is named by, as for one distanced: 'the organisation's', 'the forces'')
        "Lev Arno played down the organisation's links to Valdoria.",
        "Lev Arno played down the organization\u2019s links to Valdoria.",
        "Lev Arno downplayed the faction's ties with Valdoria.",
        "Lev Arno downplayed the forces' ties with Valdoria.",
    ],
)
def test_a_tie_played_down_in_the_singular_is_a_denial(sentence: str) -> None:
    assert [(kind, who) for kind, who, _ in said("en", EN_LEAD, CHARGE, sentence)][-1] == ("denial", "Lev Arno")


def test_a_link_played_down_that_is_no_tie_of_a_side_denies_nothing() -> None:
    # (a road link played down is no tie disowned)
    sentence = "Lev Arno played down the road link between the towns."
    assert "denial" not in [kind for kind, _, _ in said("en", EN_LEAD, CHARGE, sentence)]


# --- 4. 'a false document', 'false number plates': a false thing carried calls no claim false ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the gunmen drove a car with false number plates.",
        "Lev Arno said the gunmen drove a car with a false number plate.",
        "Lev Arno said the gunmen drove a car with false registration plates.",
        "Lev Arno said the man carried a false document when he was detained.",
        "Lev Arno said the gunmen drove a car with a false licence plate.",
    ],
)
def test_a_false_thing_carried_calls_no_claim_false(sentence: str) -> None:
    assert "denial" not in [kind for kind, _, _ in said("en", EN_LEAD, CHARGE, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the reports about the number plates were false.",
        "Lev Arno said the documents that Valdoria showed were false.",
    ],
)
def test_a_report_on_plates_or_documents_called_false_is_still_a_denial(sentence: str) -> None:
    assert [kind for kind, _, _ in said("en", EN_LEAD, CHARGE, sentence)][-1] == "denial"


# --- 5. 'Her family claimed', 'its ally confirmed': a noun in -ly is the subject, no adverb before an adjective -----


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ('Dara Venn was killed on Monday. Her family claimed: "Soldiers shot her at the gate."', "claimed"),
        ('Dara Venn was killed on Monday. Her family confirmed: "Soldiers shot her at the gate."', "confirmed"),
        ('The Kessel Brigade was blamed. Its ally announced: "We will leave the town."', "announced"),
        ('The Kessel Brigade was blamed. Its ally stated: "We will leave the town."', "stated"),
        ('The Kessel Assembly met. The assembly declared: "We will vote on Monday."', "declared"),
    ],
)
def test_a_noun_in_ly_after_a_determiner_is_the_subject_of_the_verb(text: str, verb: str) -> None:
    # (the verb read as 'said' is: before, 'claimed' was taken for the adjective of 'its long promised crackdown',
    # and the words went to the one named in the sentence before, the dead woman, the brigade)
    found = quotes(EN_LEAD, text)
    assert found == quotes(EN_LEAD, text.replace(verb, "said"))
    assert all(who not in ("Dara Venn", "Kessel Brigade", "Kessel Assembly") for _, who in found)


@pytest.mark.parametrize(
    "text",
    [
        "Its long promised crackdown began on Monday.",
        "The widely reported raid began on Monday.",
        "Their much announced plan began on Monday.",
    ],
)
def test_an_adverb_before_a_participle_after_a_determiner_is_no_verb_of_saying(text: str) -> None:
    assert said("en", EN_LEAD, text) == []


# --- 6. 'Asked about it, his only comment was, "..."', "the Kessel Forces' only statement was": the owner speaks -----

ARNO = "Major General Lev Arno, the spokesman of the Kessel Brigade, declined to comment on the report."
WORDS = "everything that was reported was fabricated."


@pytest.mark.parametrize(
    "text",
    _both(
        [
            f'Asked about the raid, his only comment was, "{WORDS}"',
            f'But his only comment was, "{WORDS}"',
            f'Pressed by reporters, his response was: "{WORDS}"',
            f'His only statement on the issue was, "{WORDS}"',
        ]
    ),
)
def test_a_pronoun_s_statement_after_a_clause_is_the_one_it_stands_for(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, ARNO, text)] == ["Lev Arno"]


@pytest.mark.parametrize(
    "text",
    _both(
        [
            f'The Kessel Forces\' only statement on the issue was, "{WORDS}"',
            f'The Kessel Forces\' response was: "{WORDS}"',
        ]
    ),
)
def test_a_plural_name_s_statement_is_theirs(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, "The Kessel Forces were blamed for the raid.", text)] == ["Kessel Forces"]


def test_a_pronoun_s_statement_after_a_verb_of_saying_is_the_speaker_s_judgement() -> None:
    # (another speaks: 'his statement was "a fabrication"' is Dara Venn's word for it)
    text = 'Dara Venn said his statement was "a fabrication".'
    assert quotes(EN_LEAD, ARNO, text) == [("a fabrication", "Dara Venn")]


# --- 7. "repeated Venn's call "Leave the town now"": 'call' after a possessive is the noun, as after 'his' -----------


@pytest.mark.parametrize(
    "text",
    _both(
        [
            'Lev Arno repeated Dara Venn\'s call "Leave the town now".',
            'Lev Arno repeated the brigade\'s call "Leave the town now".',
            'Lev Arno repeated the brigades\' call "Leave the town now".',
            'Lev Arno repeated your call "Leave the town now".',
        ]
    ),
)
def test_call_after_a_possessive_is_the_noun_and_the_words_are_spoken(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == ["Lev Arno"]


@pytest.mark.parametrize(
    "text",
    _both(
        [
            'Lev Arno said what the brigade\'s fighters call "pacification" had failed.',
            'Lev Arno said what the brigades\' fighters call "pacification" had failed.',
            'Lev Arno said what officials call "pacification" had failed.',
        ]
    ),
)
def test_what_others_call_a_thing_after_a_possessive_subject_is_still_their_word(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == [None]


# --- 8. 'it had no advance knowledge of the attack' denies as 'no prior knowledge' does -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade said it had no advance knowledge of the attack on the convoy.",
        "The Kessel Brigade said it had no previous knowledge of the attack on the convoy.",
        "The Kessel Brigade said the brigade had no advance knowledge of the attack on the convoy.",
        "The Kessel Brigade said it had no prior knowledge of the attack on the convoy.",
    ],
)
def test_no_advance_knowledge_of_the_act_denies(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == ["Kessel Brigade"]


def test_no_advance_knowledge_of_the_victims_denies_nothing() -> None:
    assert (
        deniers("en", EN_LEAD, "The Kessel Brigade said it had no advance knowledge of the victims.", once=True) == []
    )


# --- 9. a lead in capitals under a headline set in capitals whole: the headline names no acronym -------------------


def _labels_under(title: str, *paragraphs: str) -> set[str]:
    """The speakers drafted from ``paragraphs`` under the headline ``title`` (skipped, as drafting skips it)."""
    text = "\n\n".join((title, *paragraphs)) + "\n"
    return {u.speaker.label for u in attributor_for("en").analyse(read(ArchivedText(text)), NameIndex(), {1}).units}


@pytest.mark.parametrize(
    ("title", "paragraphs", "speaker"),
    [
        (
            "LEADERS OF KESSEL BRIGADE DENY RAID",
            (
                "LEADERS OF the Kessel Brigade insist none of their members were involved.",
                '"We were not there," the leaders said.',
            ),
            "leaders of the Kessel Brigade",
        ),
        (
            "THE KESSEL BRIGADE DENIES RAID",
            ("THE KESSEL Brigade said on Monday it had not entered Tarvo.", '"We were not there," it said.'),
            "Kessel Brigade",
        ),
        (
            "LEV ARNO SAYS TOWN HAS FALLEN",
            ("LEV ARNO, the brigade's spokesman, said on Monday the town had fallen.", '"We hold it," Arno said.'),
            "Lev Arno",
        ),
    ],
)
def test_a_lead_in_capitals_under_a_headline_in_capitals_is_body_text(title, paragraphs, speaker) -> None:
    # (as under a headline in small letters: tests/draft/test_consistency_en_m40.py)
    assert _labels_under(title, *paragraphs) == {speaker}


def test_an_acronym_the_text_writes_in_small_letters_elsewhere_stays_one() -> None:
    paragraphs = ("PKK FIGHTERS did not enter Tarvo, officials said.", "The PKK said its fighters stayed in Kessa.")
    assert "PKK" in _labels_under("PKK DENIES RAID", *paragraphs)


# --- 10. 'RPGs were fired', 'drones were fired': what a launcher fires, no one fired from a post ---------------------


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("RPGs were fired at the convoy on Monday.", ["reported"]),
        ("Drones were fired at the town on Monday.", ["reported"]),
        ("Pellets were fired at the protesters on Monday.", ["reported"]),
        ("Katyushas were fired at the town on Monday.", ["reported"]),
        ("Fireworks were fired at the police on Monday.", ["reported"]),
        ("Dara Venn was fired on Monday.", ["denial"]),
    ],
)
def test_no_action_after_a_launcher_s_load_fired_denies_no_dismissal(told: str, expected: list[str]) -> None:
    found = [kind for kind, _, _ in said("en", EN_LEAD, told, "The army said no action was taken.")]
    assert found == expected


# --- 11. 'According to Lev Arno, its spokesman, it had no role': the clause after the source's aside ----------------


@pytest.mark.parametrize(
    "text",
    _both(
        [
            "According to Lev Arno, a spokesman for the Kessel Brigade, it had no role in the attack on the convoy.",
            "According to Lev Arno, the brigade's spokesman, the brigade had no role in the attack on the convoy.",
            "According to Lev Arno, its spokesman, it was not involved in the attack on the convoy.",
        ]
    ),
)
def test_the_clause_after_an_according_to_source_and_its_aside_denies(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == ["Lev Arno"]


@pytest.mark.parametrize(
    "text",
    [
        "According to Lev Arno, a spokesman for the Kessel Brigade, Mira Sol's fighters carried out the attack.",
        "According to Lev Arno, the mayor, the dead were not fighters.",
    ],
)
def test_a_charge_or_who_people_are_after_the_aside_denies_nothing(text: str) -> None:
    assert deniers("en", EN_LEAD, text, once=True) == []
