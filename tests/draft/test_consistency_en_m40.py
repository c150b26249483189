"""English shapes drafted wrong at the end of round 39, each in several made-up variants (round 40, helper m-en).

Made-up sentences only (Lev Arno, Dara Venn, the Kessel Brigade, Tarvo); each test asserts what a reader would draft.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, analyse, built, record_kinds, said, speakers

# --- 2. a lead opening in capitals is body text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "LEADERS OF the Kessel Brigade have described the raid as wrong and insist none of their members were "
                "involved.",
                '"We were not there," the leaders said.',
            ),
            "leaders of the Kessel Brigade",
        ),
        (
            (
                "LEADERS OF the hardline Tarvo militia insist none of their members were involved.",
                '"We were not there," the leaders said.',
            ),
            "leaders of the hardline Tarvo militia",
        ),
        (
            (
                "OFFICIALS IN Tarvo said the convoy was attacked by the brigade.",
                '"We saw it," the officials said.',
            ),
            "officials in Tarvo",
        ),
        (
            ("THE KESSEL Brigade said on Monday it had not entered Tarvo.", '"We were not there," it said.'),
            "Kessel Brigade",
        ),
        (
            ("LEV ARNO, the brigade's spokesman, said on Monday the town had fallen.", '"We hold it," Arno said.'),
            "Lev Arno",
        ),
    ],
)
def test_a_lead_opening_in_capitals_is_read_as_body_text(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert {label for _, label, _ in said("en", *paragraphs)} == {speaker}


def test_an_acronym_opening_a_lead_stays_one() -> None:
    assert [label for _, label, _ in said("en", "PKK fighters did not enter Tarvo, the PKK said.")] == ["PKK"]


# --- 3. a dateline is no speaker and no part of what was said -------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "KESSEL CITY, March 3 - Officials said the convoy was attacked on Monday.",
        "KESSEL CITY: Officials said the convoy was attacked on Monday.",
        "KESSEL CITY, March 3: Officials said the convoy was attacked on Monday.",
        "KESSEL CITY, Veloria - Officials said the convoy was attacked on Monday.",
        "KESSEL CITY, Veloria, March 3 - Officials said the convoy was attacked on Monday.",
        "Kessel City, March 3 - Officials said the convoy was attacked on Monday.",
        "KESSEL, 3 March - Officials said the convoy was attacked on Monday.",
        "KESSEL CITY (Tarvo Wire) - Officials said the convoy was attacked on Monday.",
    ],
)
def test_a_dateline_is_no_speaker(lead: str) -> None:
    assert said("en", lead)[0][:2] == ("reported", "officials")
    assert record_kinds("en", lead) == {}


@pytest.mark.parametrize(
    "lead",
    [
        "KESSEL CITY (Tarvo Wire) - The convoy was attacked on Monday, officials said.",
        "KESSEL CITY, March 3 - The convoy was attacked on Monday, officials said.",
        "KESSEL, March 3 (Tarvo Wire) - The convoy was attacked on Monday, officials said.",
    ],
)
def test_a_dateline_is_no_part_of_the_words_said(lead: str) -> None:
    (claim,) = [r for r in built("en", lead) if r["type"] == "claim"]
    assert "kessel" not in claim["id"]
    assert "KESSEL" not in claim["summary"]


def test_a_headline_label_before_a_colon_is_no_dateline() -> None:
    drafted = said("en", "KESSEL BRIGADE: We never entered Tarvo", "The Kessel Brigade denied entering Tarvo.")
    assert [kind for kind, _, _ in drafted] == ["denial", "denial"]


# --- 4. 'Lev Arno of the Military Courts': the person, of the body ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno of the Kessel Military Courts said the raid was legal.",
        "Lev Arno of the Military Courts said the raid was legal.",
        "Lev Arno of the Local Courts said the raid was legal.",
        "Dara Venn of the Regional Courts told reporters the raid was legal.",
    ],
)
def test_a_person_of_a_body_in_the_plural_that_is_also_a_family_name_speaks(text: str) -> None:
    assert [label for _, label in speakers("en", text)] in (["Lev Arno"], ["Dara Venn"])


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("The Kessel Military Courts said the raid was legal.", "kessel-military-courts"),
        ("The Central Banks said the raid was legal.", "central-banks"),
    ],
)
def test_a_body_in_the_plural_that_is_also_a_family_name_is_a_body(text: str, record: str) -> None:
    assert record_kinds("en", text) == {record: "organization"}


@pytest.mark.parametrize(
    ("paragraphs", "record"),
    [
        (("Dara Banks said the raid was legal.",), "dara-banks"),
        (("Judge Lev Courts said the raid was legal.",), "lev-courts"),
        (("Lev Courts spoke in Tarvo.", "Courts said the raid was legal."), "lev-courts"),
    ],
)
def test_a_family_name_in_the_plural_after_a_given_name_is_a_person(paragraphs: tuple[str, ...], record: str) -> None:
    assert record_kinds("en", *paragraphs) == {record: "person"}


# --- 5. calling a charge a lie is a denial -----------------------------------------------------------------------
# ('X accused Y of lying' and 'X called Y's statement false' stay denials: the development gold reads them so where the
# accuser's own side was charged, which one sentence alone does not tell)


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno called the report a lie.",
        "Lev Arno called the accusations against the brigade lies.",
        "Lev Arno accused Dara Venn of lying about the accusations against the brigade.",
        "Lev Arno called Dara Venn's remarks about its fighters lies.",
    ],
)
def test_calling_a_charge_a_lie_is_a_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("en", EN_LEAD, text)] == ["denial"]


# --- 6. a writing's author, and the asker, speak -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The claim came in a letter from Lev Arno that said "the town is ours".', "Lev Arno"),
        ('The claim came in a letter from Lev Arno that said: "We will hold the town."', "Lev Arno"),
        (
            'In a letter from the Kessel Brigade that said "the town is ours", the group made its case.',
            "Kessel Brigade",
        ),
        ('The claim came in a statement by the Kessel Brigade which said "the town is ours".', "Kessel Brigade"),
        ('A statement attributed to the Kessel Brigade said "the town is ours".', "Kessel Brigade"),
        ('Dara Venn was asked by Lev Arno: "Why did the brigade enter Tarvo?"', "Lev Arno"),
        ('At the hearing, Dara Venn was asked by the judge: "Did the brigade enter Tarvo?"', "the judge"),
    ],
)
def test_the_writer_or_the_asker_speaks(text: str, speaker: str) -> None:
    assert [(kind, label) for kind, label, _ in said("en", EN_LEAD, text)] == [("quote", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a statement by the Kessel Brigade, the town was taken on Monday.", "Kessel Brigade"),
        ("The town was taken on Monday, according to a statement by Lev Arno.", "Lev Arno"),
    ],
)
def test_according_to_a_statement_by_x_is_x(text: str, speaker: str) -> None:
    assert [label for _, label, _ in said("en", EN_LEAD, text)] == [speaker]


# --- 7. what is said not to be rumours is affirmed ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the reports of the raid were not rumours.",
        "Lev Arno said the reports were not mere rumours.",
        "Lev Arno said the reports were no mere rumours.",
        "Lev Arno said the seizure was not a mere rumour.",
        "Lev Arno said the reports were not idle rumours.",
        "The reports were not rumours, Lev Arno said.",
        "Lev Arno insisted the reports were not rumours.",
        "Lev Arno told reporters the accounts of the raid were not fabricated.",
    ],
)
def test_what_is_said_not_to_be_rumours_is_no_denial(text: str) -> None:
    assert [kind for kind, _, _ in said("en", EN_LEAD, text)] == ["reported"]


def test_what_is_called_mere_rumours_is_still_denied() -> None:
    assert [kind for kind, _, _ in said("en", EN_LEAD, "Lev Arno said the reports were mere rumours.")] == ["denial"]


# --- 8. 'no-one' is no speaker; a family name's particle opening a sentence ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No-one said the brigade entered Tarvo.",
        "No-one in the Kessel Brigade has denied the reports.",
        "So far no-one in the brigade has denied the reports.",
    ],
)
def test_no_one_hyphenated_is_no_speaker(text: str) -> None:
    assert said("en", EN_LEAD, text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Ten Arno added that the brigade never entered Tarvo.",
        "Ten Arno said the brigade never entered Tarvo.",
        "Ten Arno also told reporters the brigade never entered Tarvo.",
        '"We never entered Tarvo," Ten Arno added.',
    ],
)
def test_a_family_name_with_its_particle_opening_a_sentence_speaks(second: str) -> None:
    units = analyse("en", EN_LEAD, "Lev ten Arno spoke in Tarvo.", second).units
    assert [u.speaker.label for u in units] == ["Lev ten Arno"]
