"""English, round 32 (the lead's walk-through of an unseen report of a denial): words of time or sequence between a
subject and its verb with no commas ('Lev Arno soon after rejected ...', 'The ministry hours later denied ...',
'X for his part denied'); an office of a named body written before its holder's name with no comma ('Head of the
Kessel Brigade Lev Arno rejected ...'); a statement with no issuer named, on a website or channel whose owner is
the body that just spoke ('"...," read a statement on the website.'); and a description whose noun is set in
quotation marks ('An "authoritative source" within the brigade denied ...').
Made-up names throughout (Veloria, the Kessel Brigade, Lev Arno, Lumen News).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


def _first(text: str) -> tuple[str, str] | None:
    got = [(k, s) for k, s, _ in said("en", text)]
    return got[0] if got else None


# Time or sequence between the subject and its verb, no commas: the subject speaks, as with 'later' or 'in turn'.
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Lev Arno soon after rejected the claims of the ministry.", "Lev Arno"),
        ("Lev Arno soon afterwards rejected the claims of the ministry.", "Lev Arno"),
        ("Lev Arno shortly after denied the report.", "Lev Arno"),
        ("The brigade shortly afterwards denied the report.", "the brigade"),
        ("Lev Arno hours later denied the report.", "Lev Arno"),
        ("The ministry days later denied the report.", "the ministry"),
        ("Lev Arno later on denied the report.", "Lev Arno"),
        ("Lev Arno at once denied the report.", "Lev Arno"),
        ("Lev Arno for his part denied the report.", "Lev Arno"),
        ("The Kessel Brigade for its part rejected the accusations.", "Kessel Brigade"),
        ("The ministry within hours denied the report.", "the ministry"),
    ],
)
def test_time_between_subject_and_verb(text, denier):
    assert _first(text) == ("denial", denier)


# A name after words that are no time: the speaker is not lost or changed ('Lev Arno after the meeting denied ...').
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Lev Arno after the meeting denied the report.", None),
        ("The ministry later denied the report.", "the ministry"),
        ("Lev Arno immediately denied the report.", "Lev Arno"),
    ],
)
def test_other_words_between_subject_and_verb(text, denier):
    got = _first(text)
    if denier is None:
        assert got is None or got[1] in ("Lev Arno",)
    else:
        assert got == ("denial", denier)


# An office of a named body, then its holder with no comma: the holder speaks, as with 'Kessel Brigade head Lev Arno'.
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Head of the Kessel Brigade Lev Arno rejected the claims of the ministry.", "Lev Arno"),
        ("However, head of the Kessel Brigade Lev Arno soon after rejected the claims of the ministry.", "Lev Arno"),
        ("Spokesman for the Kessel Brigade Lev Arno rejected the claims of the ministry.", "Lev Arno"),
        ("Deputy head of the Kessel Brigade Lev Arno said the report was false.", "Lev Arno"),
        ("The leader of the Velorian Defence Ministry Lev Arno denied the report.", "Lev Arno"),
        ("Commander of the Kessel Forces Lev Arno denied the report.", "Lev Arno"),
    ],
)
def test_office_of_a_body_then_holder(text, denier):
    assert _first(text) == ("denial", denier)


# An office of a body with no holder named stays a description of its holder.
@pytest.mark.parametrize(
    "text, denier",
    [
        ("Head of the Kessel Brigade denied the report.", "head of the Kessel Brigade"),
        ("The spokesman for the Kessel Brigade denied the report.", "the spokesman for the Kessel Brigade"),
        (
            "The head of the Kessel Brigade Political Council denied the report.",
            "the head of the Kessel Brigade Political Council",
        ),
    ],
)
def test_office_of_a_body_alone(text, denier):
    assert _first(text) == ("denial", denier)


# A statement with no issuer named, on a site or channel: the body that just spoke (and whose site it is) issued it.
@pytest.mark.parametrize(
    "text",
    [
        'On Thursday, the Kessel Brigade denied the report on its website. || "There is no truth to the report about '
        'the drones," read a statement on the website.',
        'The Kessel Brigade denied the report. || "There is no truth to the report about the drones," a statement on '
        "the website said.",
        'The Kessel Brigade denied the report. || "There is no truth to the report about the drones," read a '
        "statement posted on its website.",
        'The Kessel Brigade denied the report. || "There is no truth to the report about the drones," said a '
        "statement on its Telegram channel.",
        'The Kessel Brigade denied the report. "There is no truth to the report about the drones," read a statement '
        "published on the group's website.",
    ],
)
def test_statement_on_the_speakers_own_site(text):
    got = [(k, s) for k, s, _ in said("en", *text.split(" || "))]
    assert got == [("denial", "Kessel Brigade"), ("denial", "Kessel Brigade")]


# A statement on a site nobody owns in the text speaks for no one named.
@pytest.mark.parametrize(
    "text",
    [
        'The Kessel Brigade denied the report. || "The drones came from the east," a statement on social media said.',
        'The Kessel Brigade denied the report. || "The drones came from the east," read a post on a news website.',
    ],
)
def test_statement_on_a_site_of_no_one(text):
    got = [(k, s) for k, s, _ in said("en", *text.split(" || "))]
    assert ("reported", "Kessel Brigade") not in got and ("claim", "Kessel Brigade") not in got


# A description whose noun is in quotation marks is the same description: the marks only stress its wording.
@pytest.mark.parametrize(
    "text, denier",
    [
        (
            'An "authoritative source" within the Kessel Brigade also denied the report, according to state TV.',
            "an authoritative source within the Kessel Brigade",
        ),
        (
            "An \u201cinformed source\u201d in the ministry said the report was false.",
            "an informed source in the ministry",
        ),
        (
            'A "senior source" within the Kessel Brigade told Lumen News that the report is baseless.',
            "a senior source within the Kessel Brigade",
        ),
    ],
)
def test_description_with_its_noun_in_marks(text, denier):
    assert _first(text) == ("denial", denier)


# A body's own website, channel or station as the subject: the body speaks, as through its statement.
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Kessel Brigade's website said the port was hit.", "Kessel Brigade"),
        (
            "The Kessel Brigade's news website had earlier said that \u201cair strikes hit the port.\u201d",
            "Kessel Brigade",
        ),
        ("The news website of the Kessel Brigade said that \u201cair strikes hit the port.\u201d", "Kessel Brigade"),
        ("The Kessel Brigade's Telegram channel said the port was hit.", "Kessel Brigade"),
        ("The official website of the Kessel Brigade said the report was false.", "Kessel Brigade"),
    ],
)
def test_a_bodys_own_site_speaks_for_it(text, speaker):
    assert [s for _, s, _ in said("en", text)][:1] == [speaker]


# Two speakers in one sentence, the second answering the first: the one whose words say it was not so denies.
@pytest.mark.parametrize(
    "text, denier",
    [
        (
            "Kessel media said strikes had hit the port, but a Velorian official said, \u201cNo strike occurred today.\u201d",
            "a Velorian official",
        ),
        (
            "Kessel media said strikes had hit the port, but a Velorian official said no strike occurred.",
            "a Velorian official",
        ),
        (
            "Kessel media said strikes had hit the port, but Lev Arno said the army did not fire any missile.",
            "Lev Arno",
        ),
        (
            "Lev Arno said the army did not fire any missile, but Kessel media said strikes had hit the port.",
            "Lev Arno",
        ),
    ],
)
def test_the_second_speaker_who_says_not_so_denies(text, denier):
    assert [(k, s) for k, s, _ in said("en", text) if k == "denial"] == [("denial", denier)]


# A denial said again, as a noun: 'reiterated a denial that', 'repeated its denial that'.
@pytest.mark.parametrize(
    "text, denier",
    [
        (
            "The Kessel Brigade reiterated a denial on Thursday that it carried out attacks on the ship.",
            "Kessel Brigade",
        ),
        ("The Kessel Brigade repeated its denial that it had attacked the ship.", "Kessel Brigade"),
        ("Lev Arno renewed his denial of any role in the attack.", "Lev Arno"),
    ],
)
def test_a_denial_said_again(text, denier):
    assert _first(text) == ("denial", denier)


def test_a_rejection_of_a_proposal_said_again_is_no_denial():
    assert [k for k, _, _ in said("en", "The brigade reiterated its rejection of the proposal.")] == ["reported"]


# What was not done, its subject a noun with what it was aimed at or where: denied, as with the noun alone.
@pytest.mark.parametrize(
    "text",
    [
        "The movement said the attacks on the ship did not come from areas under its control.",
        "The army said the shelling of the town did not come from its positions.",
        "The brigade said the strike on the convoy near Dorna was not carried out by its forces.",
    ],
)
def test_not_done_with_a_longer_subject(text):
    assert [k for k, _, _ in said("en", text)] == ["denial"]


def test_the_first_speaker_who_calls_it_false_keeps_the_denial():
    text = "Lev Arno called the article a hoax, while Velorian officials said that the intelligence was not convincing."
    assert [(k, s) for k, s, _ in said("en", text) if k == "denial"] == [("denial", "Lev Arno")]


@pytest.mark.parametrize(
    "words, issued",
    [
        ("The brigade reiterated a denial on Thursday that", True),
        ("repeated its denial that it had attacked", True),
        ("Despite repeated denials by the group", False),  # ('repeated' describes them: no one said them again here)
        ("has issued repeated denials of involvement", True),
    ],
)
def test_a_denial_said_again_needs_its_article_or_owner(words, issued):
    from generator.draft.verbs import ISSUED_DENIAL

    assert bool(ISSUED_DENIAL.search(words)) is issued
