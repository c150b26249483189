"""Round 40's review of round 39's English rules, on made-up sentences: each defect found on a line-by-line read of
the round's merges (a rule that fired where it should not, a case or spelling it forgot), with variants that show it
and variants that keep what the rule was written for."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes, record_kinds, said_en


def kinds(*paragraphs: str) -> list[str]:
    """The kind of each unit drafted after the lead, in order."""
    return [kind for kind, _, _ in said_en(*paragraphs)]


# --- 'not' before a word of falsehood or of who people are: a predicate after 'was' or 'were' only ------------------
# (after 'did not' or 'had never' the word is a verb's object or the verb itself, and the deed is denied)


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said his fighters had never killed civilians.",
        "The brigade said it did not recruit children.",
        "Lev Arno said the brigade has not harmed journalists in Tarvo.",
        "The ministry said it had not fabricated the figures.",
        "Lev Arno said he did not lie about the raid.",
        "The army said its jets did not target civilians.",
    ],
)
def test_a_deed_denied_with_such_a_word_after_its_verb_is_a_denial(text: str) -> None:
    assert kinds(text) == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The men were not diplomats, the ministry said.",
        "Lev Arno said the dead were not civilians but fighters.",
        "The army said the seizure was not a rumour.",
        "Lev Arno said the reports were not false.",
    ],
)
def test_a_predicate_of_who_people_are_or_of_no_falsehood_is_no_denial(text: str) -> None:
    assert kinds(text) == ["reported"]


# --- 'not a mere rumour', as 'no mere rumours': what was said is confirmed -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said the seizure was not a mere rumour.", ["reported"]),
        ("Lev Arno said the reports were not mere rumors.", ["reported"]),
        ("Lev Arno said the reports of the raid were not mere rumours.", ["reported"]),
        ("Lev Arno said the reports of the raid were nothing but mere rumours.", ["denial"]),
        ("Lev Arno said the reports of the raid were mere rumours.", ["denial"]),
    ],
)
def test_not_a_mere_rumour_confirms(text: str, expected: list[str]) -> None:
    assert kinds(text) == expected


# --- a body's noun, a comma, then marks: what the body or the one told hears is said, no name in marks ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('According to the militia, "Nobody died in the raid."', "the militia"),
        ('According to the group, "Nobody died in the raid."', "the group"),
        ('Lev Arno told the channel, "Nobody died in the raid."', "Lev Arno"),
        ('Lev Arno wrote to the newspaper, "Nobody died in the raid."', "Lev Arno"),
        ('Lev Arno told the newspaper "Kessel Daily" that the town was calm.', None),
        ('Lev Arno said the group "Friends of Kessa" had left the town.', None),
    ],
)
def test_marks_after_a_comma_open_words_said(text: str, speaker: str | None) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == [speaker]


# --- a statement released or published by a body: its words, whoever cites them, as one issued by it ----------------


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno rejected a statement released by the Kessel Brigade: "We hold the town."',
        'Lev Arno rejected a statement published by the Kessel Brigade: "We hold the town."',
        'Lev Arno rejected claims published by the Kessel Brigade that "the town is ours".',
        'Lev Arno rejected a statement issued by the Kessel Brigade: "We hold the town."',
        'Lev Arno rejected claims made by the Kessel Brigade that "the town is ours".',
    ],
)
def test_words_of_a_statement_released_by_a_body_are_its_own(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == ["Kessel Brigade"]


# --- 'no action was taken' after a weapon fired, not a person: no dismissal told, so no denial of one ---------------


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Guns were fired at the protesters on Monday.", ["reported"]),
        ("Weapons had been fired at the protesters on Monday.", ["reported"]),
        ("Tear gas canisters were fired at the protesters on Monday.", ["reported"]),
        ("Artillery was fired at the town on Monday.", ["reported"]),
        ("Rockets have also been fired at the town.", ["reported"]),
        ("Shots were fired at the protesters on Monday.", ["reported"]),
        ("Lev Arno was fired on Monday.", ["denial"]),
        ("Lev Arno had been fired on Monday.", ["denial"]),
        ("Dara Kelly was fired on Monday.", ["denial"]),
    ],
)
def test_no_action_after_a_weapon_fired_denies_no_dismissal(told: str, expected: list[str]) -> None:
    assert kinds(told, "The army said no action was taken.") == expected


# --- every creed's adjective before a body's noun describes it, as 'Islamist' and 'Christian' do --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Muslim group denied involvement.", "the Muslim group"),
        ("The Catholic group denied involvement.", "the Catholic group"),
        ("The Hindu group denied involvement.", "the Hindu group"),
        ("The Yazidi militia denied involvement.", "the Yazidi militia"),
        ("The Christian group denied involvement.", "the Christian group"),
        ("The Kessel group denied involvement.", "Kessel"),
    ],
)
def test_a_creeds_adjective_before_a_bodys_noun_names_no_body(text: str, speaker: str) -> None:
    assert [who for kind, who, _ in said_en(text) if kind == "denial"] == [speaker]


# --- a participle of saying after a determiner and an adverb is an adjective, as right after the determiner -------


@pytest.mark.parametrize(
    "words",
    [
        "its promised crackdown",
        "its long promised crackdown",
        "its much announced crackdown",
        "its widely stated aim",
        "its oft promised crackdown",
    ],
)
def test_a_participle_after_a_determiner_and_an_adverb_is_no_verb(words: str) -> None:
    text = (
        "Lev Arno scorned calls for his arrest before the visit by Dara Venn, the envoy, and the council's deadline "
        f"for Veloria to begin {words}."
    )
    assert all(who != "Dara Venn" for _, who, _ in said_en("Dara Venn, the envoy, arrived on Monday.", text))


def test_a_participle_after_an_auxiliary_and_an_adverb_stays_a_verb() -> None:
    assert said_en("Lev Arno said the army had long promised a crackdown.")[0][:2] == ("reported", "Lev Arno")


# --- the people the reporter asked, however the asking is put ------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Those we interviewed", "those we interviewed"),
        ("Those I asked", "those I asked"),
        ("Those we contacted", "those we contacted"),
        ("Those interviewed", "those interviewed"),
        ("Those we spoke to", "those we spoke to"),
    ],
)
def test_those_the_reporter_asked_speak(subject: str, speaker: str) -> None:
    text = f"{subject} said none of the brigade\u2019s members were involved."
    assert [(kind, who) for kind, who, _ in said_en(text)] == [("denial", speaker)]


# --- 'X, their spokesman,' after a body's denial, as 'X, its spokesman,' -------------------------------------------

BRIGADE = "The Kessel Brigade denied carrying out the attack on the convoy."
REBELS = "The rebels denied carrying out the attack on the convoy."


@pytest.mark.parametrize(
    ("lead", "quoted", "expected"),
    [
        (BRIGADE, '"We have never attacked civilians," Lev Arno, their spokesman, said.', ["denial", "denial"]),
        (REBELS, '"We have never attacked civilians," Lev Arno, their spokesman, said.', ["denial", "denial"]),
        (BRIGADE, '"We have never attacked civilians," said Lev Arno, their spokesman.', ["denial", "denial"]),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, its spokesman, said.', ["denial", "denial"]),
        (
            "Dara Venn denied the report.",
            '"No prisoners were moved," Lev Arno, their spokesman, said.',
            ["denial", "quote"],
        ),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, their commander, said.', ["denial", "denial"]),
    ],
)
def test_a_bodys_spokesman_written_with_their_restates_its_denial(lead: str, quoted: str, expected: list[str]) -> None:
    assert kinds(lead, quoted) == expected


# --- 'an interior ministry spokesman' after 'the interior ministry denied': the body described in several words ------


@pytest.mark.parametrize(
    ("lead", "quoted", "expected"),
    [
        (
            "The interior ministry denied the report.",
            '"No prisoners were moved," an interior ministry spokesman said.',
            ["denial", "denial"],
        ),
        (
            "The defence ministry denied the report.",
            '"No prisoners were moved," a defence ministry spokesman said.',
            ["denial", "denial"],
        ),
        (
            "The interior ministry denied the report.",
            '"No prisoners were moved," a ministry spokesman said.',
            ["denial", "denial"],
        ),
        (
            "The ministry denied the report.",
            '"No prisoners were moved," a ministry spokesman said.',
            ["denial", "denial"],
        ),
        (
            "The defence ministry denied the report.",
            '"No prisoners were moved," a foreign ministry spokesman said.',
            ["denial", "quote"],
        ),
        ("The ministry denied the report.", '"No prisoners were moved," a police spokesman said.', ["denial", "quote"]),
    ],
)
def test_a_spokesman_of_a_body_described_in_several_words_restates_its_denial(
    lead: str, quoted: str, expected: list[str]
) -> None:
    assert kinds(lead, quoted) == expected


# --- a body named in the plural, its name cut short in the singular before a role ------------------------------------


@pytest.mark.parametrize(
    ("lead", "quoted", "expected"),
    [
        (
            "The Kessel Brigades denied carrying out the attack.",
            'Brigade spokesman Lev Arno said: "Our fighters were not near the road that day."',
            ["denial", "denial"],
        ),
        (
            "The Kessel Forces denied carrying out the attack.",
            'Force spokesman Lev Arno said: "Our fighters were not near the road that day."',
            ["denial", "denial"],
        ),
        (
            "The Kessel Brigade denied carrying out the attack.",
            'Brigade spokesman Lev Arno said: "Our fighters were not near the road that day."',
            ["denial", "denial"],
        ),
        (
            "The Kessel Brigades denied carrying out the attack.",
            'Police spokesman Lev Arno said: "Our fighters were not near the road that day."',
            ["denial", "quote"],
        ),
    ],
)
def test_a_plural_name_cut_short_in_the_singular_is_the_bodys(lead: str, quoted: str, expected: list[str]) -> None:
    assert kinds(lead, quoted) == expected


# --- one's innocence maintained in the present of a plural subject, as in its past --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two men maintain their innocence.", [("denial", "the two men")]),
        ("The Kessel Brigade fighters protest their innocence.", [("denial", "the Kessel Brigade fighters")]),
        ("Lev Arno said the two men maintain their innocence.", [("denial", "the two men")]),
        ("The two men maintained their innocence.", [("denial", "the two men")]),
        ("The two men would maintain their innocence in court.", []),
        ("The two men were told to maintain their innocence.", []),
    ],
)
def test_innocence_maintained_in_the_present_denies(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(kind, who) for kind, who, _ in said_en(text) if kind == "denial"] == expected


# --- a passive denial 'in the strongest possible terms' by its agent, as 'in the strongest terms' --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The report was rejected in the strongest possible terms by the Kessel Front.",
        "The report was denied in the clearest possible terms by the Kessel Front.",
        "The claims were refuted in the harshest possible language by the Kessel Front.",
        "The report was rejected in the strongest terms by the Kessel Front.",
    ],
)
def test_a_passive_denial_in_the_strongest_possible_terms_is_its_agents(text: str) -> None:
    assert [(kind, who) for kind, who, _ in said_en(text)] == [("denial", "Kessel Front")]


# --- another's statement cited with when it was given in two words, or in the plural: still that one's words --------


@pytest.mark.parametrize(
    "text",
    [
        'Lev Arno rejected Dara Venn\'s statement earlier this week that "the town is ours".',
        'Lev Arno rejected Dara Venn\u2019s remarks earlier on Monday that "the town is ours".',
        'Lev Arno rejected Dara Venn\'s announcements that "the town is ours".',
        'Lev Arno rejected Dara Venn\'s announcement that "the town is ours".',
        'Lev Arno rejected Dara Venn\'s statement on Monday that "the town is ours".',
        'Lev Arno rejected claims by Dara Venn earlier this week that "the town is ours".',
    ],
)
def test_anothers_statement_cited_with_its_time_is_theirs(text: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == ["Dara Venn"]


# --- 'call' the noun, after a determiner, before words in marks: the words of the one who made the call -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lev Arno repeated the call "Leave the town now".', "Lev Arno"),
        ('Lev Arno repeated his call "Leave the town now".', "Lev Arno"),
        ('Lev Arno repeated this call "Leave the town now".', "Lev Arno"),
        ('Residents call the road "the road of death", Lev Arno said.', None),
        ('Lev Arno said what officials call "pacification" had failed.', None),
        ('Lev Arno said residents that call the road "the road of death" had left.', None),
    ],
)
def test_call_the_noun_before_marks_names_nothing(text: str, speaker: str | None) -> None:
    assert [who for _, who in quotes(EN_LEAD, text)] == [speaker]


# --- an outlet's word is its name only with the article: alone, some are people's names -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will stay," said Alam, a police officer.', {"alam": "person"}),
        ('"We will stay," police officer Alam said.', {"alam": "person"}),
        ('"We will stay," said Hayat, a teacher.', {"hayat": "person"}),
        ('"We will stay," Nahar said.', {"nahar": "person"}),
        ('"We will stay," Al Jazeera reported.', {"al-jazeera": "outlet"}),
        ('"We will stay," Al-Mayadeen reported.', {"al-mayadeen": "outlet"}),
    ],
)
def test_an_outlets_word_without_its_article_is_a_persons_name(text: str, expected: dict[str, str]) -> None:
    assert record_kinds("en", EN_LEAD, text) == expected
