"""English, round 34, a third walk-through of unseen articles (Nigeria's army and air force, Libya's defence
ministry):

- 'Commodore' is a rank like 'Admiral': 'Air Commodore Jonas Brill' is Jonas Brill, not a man named 'Air Commodore';
- whom a denial was sent to is no part of what is denied: 'condemned the reports in a message to Kessa Radio';
- 'X told OUTLET the report was "not true"' denies the report; the speaker and the verb of telling are no part of it;
- a quotation with 'The statement reads.' as a sentence of its own after it is the statement's, as with a comma;
- 'described as untrue reports that ..., but admitted that ...' denies the reports as well as acknowledging, as
  'denied reports that ..., but admitted that ...' does;
- an office's body written with a slash ('Director of Army/Public Relations, Brigadier General X') is one body, and
  X, not 'Public Relations', speaks the quotations after;
- a campaign spreading lies ('shocked by a media campaign circulating rumours and fabricated news about X') is a
  charge that others lie, not a denial of the speaker's own shock.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built

LEAD = "Talks resumed in Kessa on Sunday."


def _drafts(*paragraphs: str) -> list[dict]:
    return built("en", LEAD, *paragraphs)


def _of(kind: str, *paragraphs: str) -> list[dict]:
    return [d for d in _drafts(*paragraphs) if d["type"] == kind]


# --- 'Commodore' is a rank ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air Force spokesman Air Commodore Jonas Brill said the raid had ended.", "Jonas Brill"),
        (
            "According to the Air Force's director of information, Air Commodore Tobi Kanu, the jets struck twice.",
            "Tobi Kanu",
        ),
        ("Commodore Rena Osk, the navy's spokeswoman, said the patrol had returned.", "Rena Osk"),
        ("The navy's Commodore Abel Wend said the ship had been seized.", "Abel Wend"),
    ],
)
def test_commodore_is_a_rank(text: str, name: str) -> None:
    names = [d["name"] for d in _of("actor", text)]
    assert name in names
    assert not any("Commodore" in n for n in names)


# --- whom it was sent to is no part of what is denied ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army spokesman, Colonel Abel Wend, condemned the reports in a message to Kessa Radio on Monday.",
        "Colonel Abel Wend rejected the reports in a message to Kessa Radio.",
        "Colonel Abel Wend denied the reports in a text message to Kessel Wire on Sunday.",
        "Colonel Abel Wend dismissed the reports in a letter to Kessa Radio on Friday.",
    ],
)
def test_a_message_to_an_outlet_is_not_denied(text: str) -> None:
    (denial,) = _of("denial", text)
    assert denial["denied"] == "the reports"


# --- 'told OUTLET the report was "not true"' -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Army spokesman Colonel Abel Wend told Kessa Radio the report was "not true."', "abel-wend"),
        ('On Monday, army spokesman Colonel Abel Wend told Kessa Radio the report was "not true."', "abel-wend"),
        ("Colonel Abel Wend told Kessel Wire the reports were false.", "abel-wend"),
        ('Ministry official Tomas Grell told reporters the claim was "baseless."', "tomas-grell"),
        ('Colonel Abel Wend told Kessa Radio that the report was "not true."', "abel-wend"),
    ],
)
def test_told_an_outlet_the_report_was_not_true(text: str, speaker: str) -> None:
    (denial,) = _of("denial", text)
    assert denial["denier"] == {"actor": speaker}
    assert denial["denied"] in ("the report", "the reports", "the claim")
    assert " told " not in denial["summary"].split(" said ")[-1] or "said told" not in denial["summary"]
    assert "said told" not in denial["summary"] and "said Army" not in denial["summary"]


# --- 'The statement reads.' after a quotation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "The statement reads.",
        "The statement read.",
        "The statement said.",
        "The ministry's statement reads.",
    ],
)
def test_the_statement_reads_as_a_sentence_of_its_own(after: str) -> None:
    claims = _of(
        "claim",
        "The Kessel ministry issued a statement on Sunday.",
        f"\u201cThe police should do their work and protect our staff.\u201d {after}",
    )
    assert any("protect our staff" in c["summary"] for c in claims)


def test_the_statement_reads_after_a_comma_still_holds() -> None:
    claims = _of(
        "claim",
        "The Kessel ministry issued a statement on Sunday.",
        "\u201cThe police should do their work and protect our staff,\u201d the statement reads.",
    )
    assert any("protect our staff" in c["summary"] for c in claims)


# --- called untrue, then something acknowledged --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The Dorland Army has described as untrue, reports making the rounds that rebels attacked its base in "
            "Kessa, but admitted that there was an attempted attack.",
            "reports making the rounds that rebels attacked its base in Kessa",
        ),
        (
            "The Dorland Army described as untrue reports that rebels attacked its base in Kessa, but admitted that "
            "there was an attempted attack.",
            "reports that rebels attacked its base in Kessa",
        ),
        (
            "The ministry dismissed as false reports that its convoy was ambushed, but acknowledged that two trucks "
            "were damaged.",
            "reports that its convoy was ambushed",
        ),
        (
            "The Dorland Army denied reports that rebels attacked its base in Kessa, but admitted that there was an "
            "attempted attack.",
            "reports that rebels attacked its base in Kessa",
        ),
    ],
)
def test_called_untrue_then_acknowledged_denies_too(text: str, denied: str) -> None:
    (denial,) = _of("denial", text)
    assert denial["denied"] == denied
    assert denial["acknowledged"]


# --- an office's body with a slash ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Director of Army/Public Relations, Brigadier General Abel Wend, who made this known in a statement in Kessa, "
        "yesterday, also disclosed that 22 rebels were killed.",
        "Director of Army/Public Relations, Brigadier General Abel Wend, said in a statement that 22 rebels were "
        "killed.",
        "Head of Media/Public Affairs, Colonel Abel Wend, who spoke in Kessa on Monday, also disclosed that 22 rebels "
        "were killed.",
    ],
)
def test_an_office_body_with_a_slash_is_one_body(first: str) -> None:
    drafts = _drafts(first, "\u201cThe Dorland Army wishes to put the record straight on the issue.\u201d")
    (claim,) = [d for d in drafts if d["type"] == "claim" and "record straight" in d["summary"]]
    assert claim["claimant"] == {"actor": "abel-wend"}
    assert not any(d["type"] == "actor" and d["name"] in ("Public Relations", "Public Affairs") for d in drafts)


# --- a campaign spreading lies is a charge, not a denial of the speaker's own words -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry indicated that it has been shocked to see such a ferocious media campaign aiming the most at "
        "circulating rumors and fabricated news about the abduction.",
        "The army said it was alarmed by a campaign spreading false reports about the raid.",
        "The ministry said a media campaign aimed at spreading fake news about the kidnapping had been launched.",
        "The ministry said it was dismayed by a campaign circulating rumours and false stories about the kidnapping.",
    ],
)
def test_a_campaign_spreading_lies_denies_nothing_of_the_speakers(text: str) -> None:
    assert not _of("denial", text)
    assert _of("claim", text)


def test_reports_called_fabricated_news_are_still_denied() -> None:
    (denial,) = _of("denial", "The ministry said the reports about the abduction were rumours and fabricated news.")
    assert denial["denied"] == "the reports about the abduction"


# --- two officials, each with an office before the name, both deny ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        (
            "Army spokesman Colonel Abel Wend and ministry official Tomas Grell said the report was false.",
            {"abel-wend", "tomas-grell"},
        ),
        (
            "On Monday, two officials, military spokesman Major-General Abel Wend and government communications "
            'official Tomas Grell, told Kessa Radio the report was "not true."',
            {"abel-wend", "tomas-grell"},
        ),
        (
            "Ministry official Tomas Grell and army spokesman Colonel Abel Wend denied the report.",
            {"abel-wend", "tomas-grell"},
        ),
        (
            "Police official Rena Osk and ministry spokeswoman Dina Venn rejected the claims.",
            {"rena-osk", "dina-venn"},
        ),
    ],
)
def test_two_officials_each_deny(text: str, deniers: set[str]) -> None:
    denials = _of("denial", text)
    assert {d["denier"].get("actor") for d in denials} == deniers
    assert not any(d.get("subjects") for d in denials)
