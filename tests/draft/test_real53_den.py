"""Round 53's den helper's rules, tested on made-up sentences, each with near-misses: attacking what was said in the
words news uses beside 'lashed out at' ('hit out at the "false" reports', 'railed against the claims', 'castigated the
reports') denies it, as condemning it does; one's words said twisted or never said ('his remarks had been distorted', 'I
never said that'); footage said to be from another incident or an earlier year ('the video dates back to 2015'); no
members, cells or operatives where one is said to act; what was said called 'rubbish', 'garbage', 'hogwash' or 'science
fiction'; '"It was not us," he said'; putting an end to what was said ('quashed reports of a deal', 'scotched the
rumours', 'put to rest speculation that ...'); and setting the record straight, or issuing a clarification, then a
participle that says the subject's side did not do it; and the wire's 'told Meridian Wire by telephone that ...' before
a clause in which the speaker's side did not do it, and when it was told there ('hours after the blast', 'late on
Monday') or an aside between commas ('said, however, that ...')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import last_deniers

# --- hit out at the reports -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The ministry hit out at the \u201cfalse\u201d reports.", "the ministry"),
        ("The ministry hit out at what it called false reports about the raid.", "the ministry"),
        ("Lev Arno hit out at the \u201cbaseless\u201d allegations on Monday.", "Lev Arno"),
        (
            "The Kessel Brigades hit out at media outlets for spreading \u201clies\u201d about the group.",
            "Kessel Brigades",
        ),
        ("Dara Venn hits out at the rumours of her resignation.", "Dara Venn"),
        ("The council railed against the \u201cfabricated\u201d claims.", "the council"),
        ("The Orvale Front railed against the reports of a split in its ranks.", "Orvale Front"),
        ("The army castigated the reports as a smear.", "the army"),
        ("Lev Arno berated the allegations in a post on X.", "Lev Arno"),
        ("The brigade issued a statement on Sunday, hitting out at the reports of its withdrawal.", "the brigade"),
    ],
)
def test_attacking_what_was_said_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # an attack on a deed or a decision, not on what was said
        "The ministry hit out at the Kessel Brigades for shelling the town.",
        "Lev Arno hit out at the council over its budget.",
        "The ministry hit out at the \u201creckless\u201d decision.",
        "The army castigated the commander for his failures.",
        # a question, and attacking words not done
        "Did the ministry hit out at the reports?",
        "The ministry did not hit out at the reports.",
    ],
)
def test_attacking_something_else_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- words twisted, or never said ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The minister said his words had been distorted.", "the minister"),
        ("Lev Arno said his comments were \u201ctwisted\u201d by the media.", "Lev Arno"),
        ("Dara Venn said her remarks had been deliberately twisted.", "Dara Venn"),
        ("The ministry said the minister\u2019s statement had been manipulated.", "the ministry"),
        ("Lev Arno said he never said that.", "Lev Arno"),
        ("\u201cI never said that,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cI did not say such a thing,\u201d Lev Arno told reporters.", "Lev Arno"),
        ("Dara Venn said she had not made those remarks.", "Dara Venn"),
        ("Lev Arno said he never said anything of the sort.", "Lev Arno"),
    ],
)
def test_words_twisted_or_never_said_deny(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # what was not said is a reporter's remark; facts twisted by a war, and a farewell not said, deny nothing
        "Lev Arno did not say when the talks would resume.",
        "The ministry said the facts were distorted by the war.",
        "Lev Arno said he never said goodbye to his family.",
        "Did Lev Arno say his words had been distorted?",
    ],
)
def test_words_not_said_that_deny_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- footage from another incident or year -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The army said the footage dated back to 2015.", "the army"),
        ("The ministry said the photographs were from a different incident.", "the ministry"),
        ("Lev Arno said the video was from an unrelated attack.", "Lev Arno"),
        ("The Kessel Brigades said the images dated back to 2019 and were filmed elsewhere.", "Kessel Brigades"),
        ("The council said the clip was from a separate protest.", "the council"),
    ],
)
def test_footage_from_elsewhere_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the video showed the attack of 2015.",
        "Lev Arno said the militancy dated back to 2003.",
    ],
)
def test_footage_or_a_date_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- no members or cells there -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said the group had no members in the area.", "Lev Arno"),
        ("\u201cWe have no cells in Tarvo,\u201d Dara Venn said.", "Dara Venn"),
        ("The Kessel Brigades said it has no operatives in the city.", "Kessel Brigades"),
        ("The Orvale Front said it had no members inside the camp.", "Orvale Front"),
    ],
)
def test_no_members_there_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said it had no members from the south.",
        "Lev Arno said the group had no members in parliament.",
        "The party said it has no members in the cabinet yet.",
    ],
)
def test_no_members_of_a_body_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- rubbish, garbage, science fiction -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said the report was \u201cgarbage\u201d.", "Lev Arno"),
        ("Dara Venn called the claims \u201crubbish\u201d.", "Dara Venn"),
        ("\u201cRubbish,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cIt\u2019s rubbish,\u201d Dara Venn said of the reports.", "Dara Venn"),
        ("The ministry said the claims were \u201cpure hogwash\u201d.", "the ministry"),
        ("The ministry described the report as \u201cscience fiction\u201d.", "the ministry"),
        ("The army dismissed the claims as drivel.", "the army"),
    ],
)
def test_rubbish_calls_false(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said rubbish collection would resume on Monday.",
        "Lev Arno said piles of garbage were blocking the roads.",
        "The ministry said the rubbish dump had caught fire.",
    ],
)
def test_refuse_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- it was not us -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cIt was not us,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cIt wasn\u2019t us,\u201d Dara Venn told reporters.", "Dara Venn"),
        ("\u201cIt\u2019s not us. We have no fighters there,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cThis was certainly not us,\u201d the Kessel Brigades said in a statement.", "Kessel Brigades"),
    ],
)
def test_it_was_not_us_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cIt was not us who started the war,\u201d Lev Arno said.",
        "\u201cIt was not us but the council that asked for talks,\u201d Dara Venn said.",
    ],
)
def test_not_us_who_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- quashed the rumours -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The ministry moved to quash the rumours.", "the ministry"),
        ("Lev Arno moved to scotch reports that he had resigned.", "Lev Arno"),
        ("The council scotched the rumours on Friday.", "the council"),
        ("The ministry quashed reports of a deal.", "the ministry"),
        ("Dara Venn put paid to rumours of a rift.", "Dara Venn"),
        ("The ministry put to rest speculation that the minister had resigned.", "the ministry"),
        ("The army issued a statement on Sunday, quashing reports of a withdrawal.", "the army"),
    ],
)
def test_putting_an_end_to_what_was_said_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The court quashed the verdict.",
        "The police quashed the protest.",
        "The ministry put the dead to rest.",
        "Did the ministry quash the rumours?",
        "The ministry refused to quash the rumours.",
    ],
)
def test_putting_an_end_to_something_else_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- set the record straight, saying ... ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        (
            "The ministry sought to set the record straight on Monday, saying its forces had not crossed the border.",
            "the ministry",
        ),
        ("Lev Arno set the record straight, saying he had never met the envoy.", "Lev Arno"),
        ("Dara Venn issued a clarification, saying she had never met the envoy.", "Dara Venn"),
        ("The ministry issued a correction, saying the minister had not resigned.", "the ministry"),
        (
            "The Kessel Brigades issued a rebuttal on Sunday, saying its fighters had no role in the attack.",
            "Kessel Brigades",
        ),
    ],
)
def test_setting_the_record_straight_then_saying_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry set the record straight, saying the talks would resume next week.",
        "The ministry issued a clarification, saying it did not support the plan.",
        "Did the ministry set the record straight, saying its forces had not crossed the border?",
    ],
)
def test_setting_the_record_straight_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- told the wire by telephone that ... ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno told Meridian Wire by telephone that the group had no role in the attack.", "Lev Arno"),
        ("Dara Venn told Kessel Radio by phone that her fighters did not take part in the raid.", "Dara Venn"),
        ("Lev Arno told reporters over the phone that the brigade had no presence in the town.", "Lev Arno"),
        ("The army spokesman said by telephone that its soldiers had not fired on the crowd.", "the army spokesman"),
        ("Dara Venn told the Tarvo Herald via text message that she had never met the envoy.", "Dara Venn"),
        ("Lev Arno told Meridian Wire in a phone call that the group had no role in the attack.", "Lev Arno"),
    ],
)
def test_told_by_telephone_that_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno told Meridian Wire by telephone that the talks would resume on Monday.",
        "Dara Venn told Kessel Radio by phone that she did not want war.",
        "Did Lev Arno tell Meridian Wire by telephone that the group had no role in the attack?",
    ],
)
def test_told_by_telephone_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- told the wire after the attack that ... -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno told Meridian Wire after the attack that the group had no role in it.", "Lev Arno"),
        ("Dara Venn told Kessel Radio shortly after the raid that her fighters did not take part.", "Dara Venn"),
        ("Lev Arno told reporters hours after the blast that the brigade had no presence in the town.", "Lev Arno"),
        ("Dara Venn told state television late on Monday that her fighters had not fired on the convoy.", "Dara Venn"),
        ("Lev Arno said following the clashes that the group had no role in them.", "Lev Arno"),
    ],
)
def test_told_after_the_deed_that_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno told Meridian Wire after the attack that the talks would resume on Monday.",
        "Dara Venn told state television late on Monday that she did not want war.",
        "Lev Arno spoke to Meridian Wire after the attack.",
    ],
)
def test_told_after_the_deed_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- said, however, that ... --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said, however, that the group had no role in the attack.", "Lev Arno"),
        ("Dara Venn told Meridian Wire, however, that her fighters did not take part in the raid.", "Dara Venn"),
        ("Lev Arno said, without elaborating, that the brigade had no presence in the town.", "Lev Arno"),
        ("The ministry said, in a statement, that its forces had not crossed the border.", "the ministry"),
        ("Dara Venn said on Monday, for her part, that she had never met the envoy.", "Dara Venn"),
        (
            "Lev Arno told reporters, speaking on condition of anonymity, that the group had no role in the attack.",
            "Lev Arno",
        ),
    ],
)
def test_an_aside_before_that_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said, however, that the talks would resume on Monday.",
        "Dara Venn said, however, that she did not want war.",
        "Lev Arno told Meridian Wire, however, that the Kessel Brigades had fired on the convoy.",
        "Did Lev Arno say, however, that the group had no role in the attack?",
    ],
)
def test_an_aside_before_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence
