"""English denials, round 23 (development half): a report's truth doubted, its author accused of misreporting, and
rumours called a continuation of propaganda.

Made-up names and sentences only. Each shape is varied in its verb, its tense, its word order and the noun of what was
said; a guard beside each keeps the same words about what is no claim (a suspect questioned, a plan doubted, a vote
delayed, a campaign called propaganda's continuation) from being read as a denial.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import deniers

INTRO = "Lev Arno spoke after the Kessel Monitoring Team released its report on Monday."


# --- a report's truth doubted -----------------------------------------------------------------------------------------

DOUBTING = [
    "expressed doubts about",
    "expressed doubt about",
    "expresses doubts over",
    "voiced serious doubts about",
    "expressed his doubts regarding",
    "questioned",
    "questions",
    "cast doubt on",
    "casts doubt on",
    "raised fresh doubts about",
    "threw doubt on",
    "called into question",
]
DOUBTED = [
    "the report\u2019s accuracy",
    "the report's accuracy",
    "the accuracy of the report",
    "the credibility of the council's figures",
    "the veracity of these claims",
    "the reliability of the Kessel Monitoring Team findings",
    "the latest assessment",
    "the reports",
]


@pytest.mark.parametrize(("verb", "doubted"), list(itertools.product(DOUBTING, DOUBTED)))
def test_doubting_what_was_said_or_its_truth_is_a_denial_by_the_one_who_doubts(verb, doubted) -> None:
    # 'He expressed doubts about the report's accuracy, calling it a "misuse" of the council's name' as 'Lina Varo
    # rejected the report': the one who doubts denies (before: no unit at all)
    text = f"Lina Varo {verb} {doubted}."
    assert deniers("en", INTRO, text) == ["Lina Varo"], text


@pytest.mark.parametrize("subject", ["The Kessel Brigade", "A spokesman for the Kessel Brigade", "Brigade officials"])
def test_doubting_a_report_is_a_denial_whoever_doubts(subject) -> None:
    text = f"{subject} expressed doubts about the report\u2019s accuracy."
    found = deniers("en", INTRO, text)
    assert len(found) == 1 and found == deniers("en", INTRO, f"{subject} rejected the report."), (text, found)


def test_a_pronoun_that_doubts_a_report_is_the_one_named_before() -> None:
    # the amu.tv shape: a named speaker's statement, then 'He expressed doubts about ..., calling it a "misuse" of ...'
    found = deniers(
        "en",
        INTRO,
        "Lina Varo said in a statement that the report\u2019s findings were influenced by \u201cforeign circles.\u201d",
        "She expressed doubts about the report\u2019s accuracy, calling it a \u201cmisuse\u201d of the council\u2019s "
        "name.",
    )
    assert found[-1:] == ["Lina Varo"], found


@pytest.mark.parametrize(
    "text",
    [
        "The police questioned the suspect on Monday.",
        "Lina Varo questioned the wisdom of the plan.",
        "Lina Varo expressed doubts about the plan.",
        "Lina Varo expressed doubts about the ceasefire.",
        "Lina Varo questioned the credibility of the witness.",
        "Lina Varo cast doubt on the talks.",
        "Lina Varo raised doubts about the accuracy of the missiles.",
        "Lina Varo questioned reporters about the raid.",
    ],
)
def test_doubting_what_is_no_claim_is_no_denial(text) -> None:
    # (guard) a suspect questioned, a plan or talks doubted, a witness's credibility: no one's words denied
    assert deniers("en", INTRO, text) == [], text


# --- the report's author accused of misreporting ----------------------------------------------------------------------

MISREPORTING = [
    "of \u201cdistorting the mentality of the people and misinterpreting security issues in the country.\u201d",
    "of distorting the mentality of the people.",
    "of deliberately misrepresenting the situation in Kessel.",
    "of misinterpreting security issues in the country.",
    "of falsifying the number of incidents.",
    "of twisting the words of the brigade.",
    "of \u201cmisreading the situation\u201d in the valley.",
]
ACCUSING = [
    "In a statement, the Kessel Brigade accused the council {m}",
    "The Kessel Brigade accused the United Nations {m}",
    "The Kessel Brigade accuses the Velorian council {m}",
    "The Kessel Brigade on Monday accused the monitoring team {m}",
]


@pytest.mark.parametrize(("accusing", "misreporting"), list(itertools.product(ACCUSING, MISREPORTING)))
def test_accusing_the_author_of_misreporting_is_a_denial_by_the_accuser(accusing, misreporting) -> None:
    # 'accused the United Nations of "distorting ... and misinterpreting security issues"': the account is called
    # false, as 'accused the council of lying' (before: a quotation, or a plain report, no denial)
    text = accusing.format(m=misreporting)
    assert deniers("en", INTRO, text) == ["Kessel Brigade"], text


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigade accused the council of delaying the vote.",
        "The Kessel Brigade accused the council of shelling the town.",
        "The Kessel Brigade accused the council of \u201cblocking the talks.\u201d",
        "The council distorted the vote, the Kessel Brigade said.",
    ],
)
def test_accusing_of_another_act_is_no_denial(text) -> None:
    # (guard) a charge of an act that is no account of events denies nothing
    assert deniers("en", INTRO, text) == [], text


# --- rumours called a continuation of propaganda ----------------------------------------------------------------------

CONTINUATION = [
    "are a continuation of the propaganda of the past twenty years",
    "are a continuation of the propaganda",
    "are the product of enemy propaganda",
    "are an extension of the propaganda against us",
    "are a repetition of old propaganda",
    "are a tool of the disinformation",
]
SAID_NOUNS = [
    "Rumors of disagreement between the leaders of the brigade, in particular,",
    "Rumours of a split in the brigade",
    "These claims",
    "The reports of a rift",
]


@pytest.mark.parametrize(("noun", "continuation"), list(itertools.product(SAID_NOUNS, CONTINUATION)))
def test_what_was_said_called_a_continuation_of_propaganda_is_a_denial_by_its_speaker(noun, continuation) -> None:
    # '"Rumors of disagreement ... are a continuation of the propaganda of the past twenty years," X stated' as
    # '"These claims are part of the propaganda," X said' (before: a quotation, no denial)
    for verb in ("Lev Arno stated", "Lev Arno said", "said Lev Arno"):
        text = f"\u201c{noun} {continuation},\u201d {verb}."
        assert deniers("en", INTRO, text) == ["Lev Arno"], text


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe campaign is a continuation of the propaganda,\u201d Lev Arno said.",
        "\u201cThe raids are a continuation of the war,\u201d Lev Arno said.",
        "\u201cThe reports are a continuation of the work of the team,\u201d Lev Arno said.",
    ],
)
def test_what_is_no_claim_called_a_continuation_is_no_denial(text) -> None:
    # (guard) a campaign or raids, not what was said; or what was said, continued by no propaganda
    assert deniers("en", INTRO, text) == [], text
