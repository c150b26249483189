"""English, round 35, the lead's rules from its fresh development articles and three walk-throughs: a body's leadership
speaks for it; a denier's words in the present's continuous form ('are not providing') restate its denial; what answers
a report and says a thing is not so denies it; a weekday with no 'on' is no part of what is denied; a state written as
a body's owner picks that state's record ("Syria's Defence Ministry"), and a new body of generic words keeps its
state's name; a state's people's word before 'group' describes the group; a speaker who goes on, 'stressing ...', after
telling another's claim inside its own clause; a dateline closed by a bar.

Made-up people (Lev Arno), bodies and places, but for the ministries on file.
"""

from __future__ import annotations

import pytest

from generator.draft.verbs import DAYS
from tests.draft.conftest import built, claimants, drafts, project_index, said

_DENIED_LEAD = "Lev Arno, director of foreign relations of the Kessel Government, flatly denies the allegation."


def _statements_after_the_denial(words: str) -> list[dict]:
    """The claims and denials drafted from the denial above and Lev Arno's quoted ``words`` after it."""
    return [r for r in built("en", _DENIED_LEAD, f'"{words}," said Lev Arno.') if r["type"] in ("claim", "denial")]


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The leadership of the Kessel Brigade has denied reports that its fighters left Arnotown.", "Kessel Brigade"),
        (
            "The leadership of the Kessel Brigade led by Lev Arno (KB) has denied the announcement of the Dara Front, "
            "claiming that Arnotown is free of fighters.",
            "Kessel Brigade",
        ),
        ("The Kessel Brigade's leadership denied reports that its fighters left Arnotown.", "Kessel Brigade"),
        ("The Dara Movement leadership denied reports that its fighters left Arnotown.", "Dara Movement"),
        (
            "The leadership of the Kessel Brigade (KB) rejected reports that its fighters left Arnotown.",
            "Kessel Brigade",
        ),
    ],
)
def test_a_bodys_leadership_denies_for_it(sentence: str, denier: str) -> None:
    units = said("en", sentence)
    assert [kind for kind, _, _ in units] == ["denial"]
    assert denier in units[0][1]


def test_who_took_over_a_leadership_is_still_the_one_who_denies() -> None:
    units = said("en", "Lev Arno, who took over the leadership of the brigade in May, denied reports that it fled.")
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "words",
    [
        "The parties of Kessel are not providing support to the Dara Front",
        "KG is not sending troops to Arnotown",
        "We aren't arming the militias",
        "We are not training anyone there",
    ],
)
def test_a_denial_restated_in_the_present_continuous(words: str) -> None:
    records = _statements_after_the_denial(words)
    assert [(r["type"], [c["paragraph"] for c in r["citations"]]) for r in records] == [("denial", [2, 3])]


@pytest.mark.parametrize(
    "words",
    [
        "We are not seeking war",
        "We are not going to leave",
        "We are not planning an attack",
        "KG is not supporting the Dara Front",
    ],
)
def test_plans_and_stances_in_the_continuous_restate_nothing(words: str) -> None:
    records = _statements_after_the_denial(words)
    assert [r["type"] for r in records] == ["denial", "claim"]


@pytest.mark.parametrize(
    "answering",
    [
        "reacting to a Kessel Times report this week",
        "responding to the report",
        "replying to the allegations",
        "in response to the Kessel Times story",
        "in reply to the accusations",
        "in reaction to the reports",
    ],
)
@pytest.mark.parametrize(
    "clause",
    [
        "said Thursday that Dornish troops take their orders from the central government, not from militia leaders",
        "said that Dornish troops do not take their orders from militia leaders",
        "said on Monday that the brigade is not present in Arnotown",
    ],
)
def test_what_answers_a_report_and_says_it_is_not_so_denies(answering: str, clause: str) -> None:
    units = said("en", f"The Velorian defence ministry, {answering}, {clause}.")
    assert [(kind, speaker) for kind, speaker, _ in units] == [("denial", "the Velorian defence ministry")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry, reacting to the report, said it had not yet seen it.",
        "The ministry, in response to the report, said it would not comment.",
        "The ministry, reacting to the report, said it does not accept foreign mediation.",
        "The ministry, reacting to the report, said Dornish troops take their orders from the central government.",
        "The ministry, in response to questions, said Dornish troops take their orders from Kessel, not from Arno.",
    ],
)
def test_an_answer_that_says_nothing_is_not_so_is_no_denial(sentence: str) -> None:
    assert [kind for kind, _, _ in said("en", sentence)] == ["reported"]


@pytest.mark.parametrize("day", [*(d.capitalize() for d in DAYS.split("|")), "today", "yesterday"])
@pytest.mark.parametrize("verb", ["denied", "has denied", "on Friday denied"])
def test_a_weekday_with_no_on_is_no_part_of_what_is_denied(day: str, verb: str) -> None:
    records = built("en", f"The Kessel Brigade {verb} {day} that its fighters had entered Arnotown.")
    assert [r["denied"] for r in records if r["type"] == "denial"] == ["that its fighters had entered Arnotown"]


@pytest.mark.parametrize(
    ("body", "record"),
    [
        ("Syria's Defence Ministry", "syrian-defence-ministry"),
        ("Syria's Ministry of Defense", "syrian-defence-ministry"),
        ("Iraq's Ministry of Defence", "iraqi-defence-ministry"),
        ("Iraq's Defence Ministry", "iraqi-defence-ministry"),
        ("Iraq's Interior Ministry", "iraqi-interior-ministry"),
    ],
)
def test_a_state_written_as_owner_picks_its_own_body_on_file(body: str, record: str) -> None:
    sentence = f"{body} denied that the Dara Front took control of Arnotown."
    assert claimants("en", sentence, index=project_index()) == [("denial", record)]


@pytest.mark.parametrize(
    "body", ["Syria's Interior Ministry", "Sudan's Defence Ministry", "Lebanon's Ministry of Interior"]
)
def test_another_states_body_is_never_the_one_on_file(body: str) -> None:
    sentence = f"{body} denied that the Dara Front took control of Arnotown."
    [(_, denier)] = claimants("en", sentence, index=project_index())
    assert denier not in ("iraqi-interior-ministry", "iraqi-defence-ministry", "syrian-defence-ministry")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Sudan's Foreign Ministry", "Sudan's Foreign Ministry"),
        ("Sudan's Armed Forces", "Sudan's Armed Forces"),
        ("Chad's Ministry of Defence", "Chad's Ministry of Defence"),
        ("Sudan's Kessel Support Forces", "Kessel Support Forces"),
    ],
)
def test_a_new_body_of_generic_words_keeps_its_states_name(body: str, name: str) -> None:
    records = built("en", f"{body} denied that the Dara Front took control of Arnotown.")
    assert [r["name"] for r in records if r["type"] == "actor"] == [name]


@pytest.mark.parametrize("people", ["Sudanese", "Iraqi", "Syrian"])
@pytest.mark.parametrize("noun", ["group", "faction", "militia", "movement", "organisation"])
def test_a_states_peoples_word_before_group_describes_the_group(people: str, noun: str) -> None:
    first = "The Kessel Brigade (KB) on Saturday rejected a report by the Dara Network, calling it fabricated."
    units = said("en", first, f"The {people} {noun} also accused the Dara Network of spreading false narratives.")
    assert [speaker for _, speaker, _ in units][1:] != [people]
    assert all(speaker != people for _, speaker, _ in units)


@pytest.mark.parametrize("going_on", ["stressing", "adding", "insisting", "noting"])
@pytest.mark.parametrize(
    "claim", ["the Dara Front claimed that it had taken the town", "the Dara Front said it held the town"]
)
def test_who_tells_anothers_claim_goes_on_in_its_own_voice(going_on: str, claim: str) -> None:
    units = said("en", f'Lev Arno said on Friday that {claim}, {going_on} that "this is not true."')
    assert ("denial", "Lev Arno") in [(kind, speaker) for kind, speaker, _ in units]
    assert all(speaker != "Dara Front" for kind, speaker, _ in units if kind == "denial")


@pytest.mark.parametrize("dateline", ["KESSEL TRIBAL AGENCY, Veloria | ", "ARNOTOWN | ", "DARA CITY, Dornmark | "])
def test_a_dateline_closed_by_a_bar(dateline: str) -> None:
    sentence = (
        f"{dateline}A senior Velorian Front commander has warned that fighters wait in every “nook and cranny” of it."
    )
    assert [(kind, speaker) for kind, speaker, _ in said("en", sentence)] == [
        ("quote", "a senior Velorian Front commander")
    ]


def test_a_restated_denial_with_no_quotation_denies_what_follows_its_verb() -> None:
    records = built(
        "en",
        "The army's official spokesperson says the state is protected by soldiers who are still in their positions.",
        "Veloria's Armed Forces denied that the Kessel Support Forces took control of Dara State.",
        "The army's official spokesperson Brigadier General Lev Arno said in an audio recording on Friday that the KSF "
        'claimed that they had taken over Dara state, stressing that "this is not true."',
    )
    denied = [r["denied"] for r in records if r["type"] == "denial" and r["denier"].get("actor") == "lev-arno"]
    assert denied and not denied[0].startswith("The army's")


def test_the_line_draft_prints_names_a_new_body_as_its_record_does() -> None:
    text = "Sudan's Armed Forces denied that the Dara Front took control of Arnotown."
    [actor] = [d for d in drafts("en", text) if d.type == "actor"]
    assert actor.line.endswith(": Sudan's Armed Forces") and actor.data["name"] == "Sudan's Armed Forces"
