"""Round 39 walk-throughs of unseen English articles (armed groups, militias and officials): the shapes that were
drafted wrong, in made-up sentences (invented names and places)."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, claimants, curly, quotes, said

# --- '"...," said X in the local language': how the words were given is no part of the one who gave them --------------

WORDS = '"We planted the device to send a message to the other groups,"'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{WORDS} said Dara Venn in the local language.", "Dara Venn"),
        (f"{WORDS} stated Lev Arno in Balochi.", "Lev Arno"),
        (f"{WORDS} added Dara Venn in his native Pashto.", "Dara Venn"),
        (f"{WORDS} said Lev Arno in fluent English.", "Lev Arno"),
        (f"{WORDS} said Dara Venn by telephone.", "Dara Venn"),
        (f"{WORDS} said Lev Arno over the phone.", "Lev Arno"),
        (f"{WORDS} said Dara Venn in the local language on Sunday.", "Dara Venn"),
        (f"{WORDS} said the Kessel Brigade commander in the local language.", "the Kessel Brigade commander"),
        (f"{WORDS} said the brigade's commander in Arabic.", "the brigade's commander"),
    ],
)
def test_how_words_were_given_after_the_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(EN_LEAD, text)] == [speaker]


def test_language_after_a_speaker_before_a_that_clause() -> None:
    text = 'Dara Venn said in the local language that the brigade had planted the device "to send a message".'
    assert quotes(EN_LEAD, text) == [("to send a message", "Dara Venn")]


# --- '"...," said X in Tarvo': where a person spoke, a place right after their name, is no part of them ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{WORDS} said Lev Arno in Tarvo.", "Lev Arno"),
        (f"{WORDS} said Dara Venn in Tarvo on Sunday.", "Dara Venn"),
        (f"{WORDS} Lev Arno in Tarvo said.", "Lev Arno"),
        (f"{WORDS} said Kessel Brigade commander Lev Arno in Tarvo.", "Lev Arno"),
    ],
)
def test_where_a_person_spoke_after_their_name(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(EN_LEAD, text)] == [speaker]


def test_a_description_keeps_its_place() -> None:
    # (an office 'in Tarvo' is whom the description names, as before)
    assert quotes(EN_LEAD, f"{WORDS} said the police chief in Tarvo.")[0][1] == "the police chief in Tarvo"


# --- 'the leader who's camp was raided': 'who's' for 'whose' opens a relative clause, as 'whose' does -----------------


def test_whos_opens_a_relative_clause_after_a_description() -> None:
    text = '"We will not withdraw," said the brigade commander who\'s unit was hit.'
    assert quotes(EN_LEAD, text) == [("We will not withdraw,", "the brigade commander")]


# --- '"...?" questioned X': doubting aloud in a question is saying it -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"If the brigade made the attack, why were we not running?" questioned Lev Arno.', "Lev Arno"),
        ('"Who gains from these lies," Dara Venn questioned.', "Dara Venn"),
        (
            '"If the brigade made the attack, why were we not running?" questioned the brigade\'s leader, whose camp '
            "bore the brunt of the raid.",
            "the brigade's leader",
        ),
        # ('who's' for 'whose', misspelt: the relative clause still ends the description)
        (
            '"If the brigade made the attack, why were we not running?" questioned the breakaway outfit\'s leader '
            "who's camp bore the brunt of the raid.",
            "the breakaway outfit's leader",
        ),
        (
            curly(
                '"If the brigade made the attack, why were we not running?" questioned the breakaway outfit\'s leader '
                "who's camp bore the brunt of the raid."
            ),
            "the breakaway outfit\u2019s leader",
        ),
    ],
)
def test_question_then_questioned_names_its_speaker(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(EN_LEAD, text)] == [speaker]


def test_questioned_with_an_object_is_no_speech() -> None:
    # (questioning someone, or a thing: no words of anyone's)
    assert said("en", EN_LEAD, "The police questioned Lev Arno for hours about the raid.") == []


# --- 'was refuted in strong words by X': how strongly it was denied stands between the verb and its agent -------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("The reports of Lev Arno's death were refuted in strong words by the Kessel Front.", "kessel-front"),
        ("The claims were rejected in the strongest terms by the Kessel Brigade.", "kessel-brigade"),
        ("The allegations were dismissed in no uncertain terms by Lev Arno.", "lev-arno"),
        ("The accusation was denied outright by Dara Venn.", "dara-venn"),
        (
            "The fake news peddled by the army about the death of Lev Arno was refuted in strong words by the Kessel "
            "Liberation Front (KLF) in a media statement released late on Saturday night.",
            "kessel-liberation-front",
        ),
    ],
)
def test_passive_denial_with_its_manner_before_the_agent(text: str, denier: str) -> None:
    assert claimants("en", EN_LEAD, text) == [("denial", denier)]


def test_a_deed_done_in_strong_numbers_is_no_denial() -> None:
    kinds = [
        r["type"] for r in built("en", EN_LEAD, "The attack was carried out in strong numbers by the Kessel Brigade.")
    ]
    assert "denial" not in kinds


# --- 'denied by a spokesman at the time': when, as the writer looks back, is no part of the denier --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The commander's death has been rumored since July, however, the reports were denied by a Kessel Brigade "
            "spokesman at the time.",
            [("denial", "a Kessel Brigade spokesman")],
        ),
        (
            "The reports were denied by a spokesman for the brigade at the time.",
            [("denial", "a spokesman for the brigade")],
        ),
        ("A spokesman for the brigade at the time denied the reports.", [("denial", "a spokesman for the brigade")]),
    ],
)
def test_at_the_time_after_a_denier(text: str, expected: list[tuple[str, str]]) -> None:
    assert claimants("en", EN_LEAD, text) == expected


def test_at_the_time_after_an_inverted_speaker() -> None:
    assert quotes(EN_LEAD, '"We will not withdraw," said Dara Venn at the time.') == [
        ("We will not withdraw,", "Dara Venn")
    ]


# --- 'Kessa Tiger force western commander Dara Venn': a name, a kind of body, an office, its holder -------------------


@pytest.mark.parametrize(
    ("first", "body"),
    [
        (
            "On Sunday morning, Kessa Tiger force western commander Dara Venn issued a press statement to the Tarvo "
            "Times taking responsibility for the blast.",
            "kessa-tiger",
        ),
        ("Velan Dorr militia commander Dara Venn issued a statement on Monday.", "velan-dorr"),
        ("Tarek Osso outfit chief Dara Venn spoke to reporters in Tarvo.", "tarek-osso"),
    ],
)
def test_name_then_kind_of_body_then_office_is_a_body(first: str, body: str) -> None:
    then = "He said that it was a message for those paying 'tax' to the other groups."
    records = built("en", EN_LEAD, first, then)
    assert [(r["type"], r["claimant"]["actor"]) for r in records if r["type"] == "claim"] == [("claim", "dara-venn")]
    assert not any(r["id"] == body and r.get("kind") == "person" for r in records)


def test_name_then_office_alone_stays_the_office_holders_own() -> None:
    # (no kind of body between: 'Kessel Brigade commander Dara Venn' was right before, and stays so)
    records = built(
        "en", EN_LEAD, "Kessel Brigade western commander Dara Venn issued a statement.", "He said the raid had failed."
    )
    assert [r["claimant"]["actor"] for r in records if r["type"] == "claim"] == ["dara-venn"]
