"""Round 45's English rules read again (round 46, helper r-en): a body's own denial beside its spokesman's, 'X, like Y,
denied', 'rebuffed', footage called old, 'a denial was issued by X', 'which it denies' after a described body, 'the
ministry' after the ministry acted, a run of quotations tagged by the next one, 'Those were the words of X', "read X's
statement", full stops inside a name, spaced initials, 'all he could say was', 'is alive', 'not stopped', 'nobody could
have', banners, 'questioned' and reports traced to biased sources.

Made-up sentences only (Arlo Venn, Mira Sol, Lev Arno, Tovek Banks, the Tarvo Front, the Kessian defence ministry,
Veloria, Kessia, Kessel TV, Barno, Port Sable); each group probes one rule both ways: where it must read the shape
(plurals, women, other verbs, marks) and where a like sentence must not draft it.

On main before round 46, 25 of these 173 probes failed (3 a second denier missed after "like", 4 a wrong denier after
"which it/he denies", 3 footage, 4 a question given to the one who answers it, 6 a text's words given to it as a
speaker, 1 "all he could say" read in another's account, 4 a ceasing not done drafted as a denial); none after.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, curly, quotes, said_en

MARKS = ["straight", "curly"]


def _marked(text: str, marks: str) -> str:
    return text if marks == "straight" else curly(text)


def _deniers(*paragraphs: str) -> list[str]:
    """Every denier drafted, once each, in order."""
    out: list[str] = []
    for kind, who, _ in said_en(*paragraphs):
        if kind == "denial" and who not in out:
            out.append(who)
    return out


def _speakers(*paragraphs: str) -> list[str | None]:
    """The speaker of every quotation, in order."""
    return [who for _, who in quotes(EN_LEAD, *paragraphs)]


# --- 1. a body's own denial, then a spokesman's (lang.en._own_denial_kept): each denies at his own place; a spokesman
# of another body is never the first body's denier --------------------------------------------------------------------

OWN_DENIAL = [
    (
        'Veloria rejected the report. "It is a lie," foreign ministry spokesman Arlo Venn said.',
        ["Veloria", "Arlo Venn"],
    ),
    (
        'The Kessian defence ministry rejected the report. "It is a lie," Tarvo Front spokesman Arlo Venn said.',
        ["the Kessian defence ministry", "Arlo Venn"],
    ),
    (
        'The Tarvo Front denied the report. "It is a lie," Kessian defence ministry spokeswoman Mira Sol said.',
        ["Tarvo Front", "Mira Sol"],
    ),
    (
        'The Velorian interior ministry denied the reports. "They are false," ministry spokeswoman Mira Sol said.',
        ["the Velorian interior ministry", "Mira Sol"],
    ),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("text", "expected"), OWN_DENIAL)
def test_own_denial_beside_a_spokesman(text: str, expected: list[str], marks: str) -> None:
    assert _deniers(_marked(text, marks)) == expected


# --- 2. 'X, like Y, denied' (lang.en._like): Y named denies too, after 'just like' and 'much like' as well; not
# 'unlike Y', not another verb, not one described or many ---------------------------------------------------------------------

LIKE = [
    ("Mira Sol, like Arlo Venn, rejected the reports.", ["Mira Sol", "Arlo Venn"]),
    ("Arlo Venn, like Mira Sol, dismissed the reports as false.", ["Arlo Venn", "Mira Sol"]),
    ("Arlo Venn, just like Mira Sol, denied the reports.", ["Arlo Venn", "Mira Sol"]),
    ("Arlo Venn, much like Mira Sol, denied the reports.", ["Arlo Venn", "Mira Sol"]),
    ("The Tarvo Front, like Veloria, has also denied the reports.", ["Tarvo Front", "Veloria"]),
    # must not (a body described, not named, is read as an aside that changes no denier, as test_consistency_en_denials
    # asserts: 'The Kessel Brigade, like the Velorian army, denied')
    ("The Tarvo Front, like the Kessian defence ministry, denied the reports.", ["Tarvo Front"]),
    ("The Tarvo Front, like the army, denied the reports.", ["Tarvo Front"]),
    ("Arlo Venn, unlike Mira Sol, denied the reports.", ["Arlo Venn"]),
    ("Mira Sol, like her brother, rejected the reports.", ["Mira Sol"]),
    ("The Tarvo Front, like many groups in Barno, denied the report.", ["Tarvo Front"]),
    ("The Tarvo Front, like other groups, denied the reports.", ["Tarvo Front"]),
    ("The Tarvo Front, like the groups in Barno, denied the reports.", ["Tarvo Front"]),
    ("Arlo Venn, like Mira Sol, said the talks would resume.", []),
    ("Arlo Venn, like Mira Sol, confirmed the reports.", []),
    ("Arlo Venn, like Mira Sol, did not deny the reports.", []),
]


@pytest.mark.parametrize(("text", "expected"), LIKE)
def test_like_one_another_denies(text: str, expected: list[str]) -> None:
    assert _deniers(text) == expected


# --- 3. 'rebuffed' (verbs.DISMISSING_PHRASES): a report or claim rebuffed, not an offer, a call or a request -------

REBUFFED = [
    ("The Tarvo Front rebuffed the reports.", ["Tarvo Front"]),
    ("Mira Sol rebuffed the allegations.", ["Mira Sol"]),
    ("Kessian officials rebuff the claims.", ["Kessian officials"]),
    ("The ministry has rebuffed the accusations, saying they were baseless.", ["the ministry"]),
    # must not
    ("Veloria rebuffed the offer of talks.", []),
    ("The Tarvo Front rebuffed calls to withdraw from Barno.", []),
    ("The Tarvo Front rebuffed the ceasefire proposal.", []),
    ("Veloria rebuffed the Kessian request.", []),
]


@pytest.mark.parametrize(("text", "expected"), REBUFFED)
def test_rebuffed(text: str, expected: list[str]) -> None:
    assert _deniers(text) == expected


# --- 4. footage called old or filmed elsewhere (denials._FALSE): 'an earlier war' too; not 'old news', not a place or
# a day of filming ---------------------------------------------------------------------------------------------------

VIDEO_AIRED = "Kessel TV aired a video said to show the strike."
FOOTAGE = [
    ("The Tarvo Front said the video was old.", True),
    ("The Tarvo Front said the footage had been filmed in another country.", True),
    ("The Tarvo Front said the images dated from a previous war.", True),
    ("Mira Sol said the clips were from an earlier war.", True),
    ("The Tarvo Front said the video was from the previous war.", True),
    ("The Tarvo Front said the photos were taken years ago.", True),
    # must not
    ("The Tarvo Front said the video was filmed in Barno.", False),
    ("The Tarvo Front said the video was old news to its fighters.", False),
    ("The Tarvo Front said the video was older than the strike.", False),
    ("The Tarvo Front said the old video showed its fighters in Barno.", False),
]


@pytest.mark.parametrize(("text", "denies"), FOOTAGE)
def test_footage_called_old(text: str, denies: bool) -> None:
    assert bool(_deniers(VIDEO_AIRED + " " + text)) is denies


# --- 5. 'a denial was issued by X' (speakers._DENIAL_FROM): issued, released; not demanded, expected, not issued ------

STRIKE_TOLD = "Kessel TV reported a strike on Barno."
DENIAL_ISSUED = [
    ("A denial was issued by the Tarvo Front on Monday.", ["Tarvo Front"]),
    ("A denial was later issued by Mira Sol.", ["Mira Sol"]),
    ("A rebuttal was released by the Kessian defence ministry.", ["the Kessian defence ministry"]),
    # must not
    ("A denial was demanded by the Tarvo Front.", []),
    ("A denial was expected from the Tarvo Front.", []),
    ("No denial was issued by the Tarvo Front.", []),
    ("A denial was not issued by the Tarvo Front.", []),
    ("A denial has yet to be issued by the Tarvo Front.", []),
]


@pytest.mark.parametrize(("text", "expected"), DENIAL_ISSUED)
def test_denial_issued_by(text: str, expected: list[str]) -> None:
    assert _deniers(STRIKE_TOLD + " " + text) == expected


# --- 6. 'which it denies' after a described body (speakers._qualified_description_before, _pronoun_before): the body
# or the person described; no one where the pronoun is not of the head's kind (never the adjective of origin), and
# not a place the deed was done in ----------------------------------------------------------------------------------

WHICH_IT_DENIES = [
    ("Kessia accused the Velorian defence ministry of the strike, which it denies.", ["the Velorian defence ministry"]),
    ("Kessia accused Veloria's defence ministry of the strike, a charge it denies.", ["Veloria's defence ministry"]),
    ("Kessia accused a senior Velorian official of the strike, which he denies.", ["a senior Velorian official"]),
    ("Kessia accused a senior Velorian official of the strike, which she denies.", ["a senior Velorian official"]),
    ("Kessia accused the Velorian army of the strike in Barno, which it denies.", ["the Velorian army"]),
    ("Kessia accused the Tarvo Front of the strike at Barno, which it denies.", ["Tarvo Front"]),
    ("Kessia blamed the Tarvo Front for the strike, which it denies.", ["Tarvo Front"]),
    # must not
    ("Kessia accused the Velorian defence ministry of the strike, which he denies.", []),
    ("Kessia accused the Velorian defence minister of the strike, which it denies.", []),
    ("Kessia accused Velorian officials of the strike, which they deny.", []),
]


@pytest.mark.parametrize(("text", "expected"), WHICH_IT_DENIES)
def test_which_it_denies(text: str, expected: list[str]) -> None:
    assert _deniers(text) == expected


# --- 7. 'the ministry' after the ministry described was named doing something (speakers._DESCRIBED_BODY_ACTS) --------

THE_MINISTRY = [
    (
        ("The Velorian interior ministry opened an office in Barno.", "The ministry denied the reports."),
        ["the Velorian interior ministry"],
    ),
    (
        ("The Velorian interior ministry opened an office in Barno. It denied the reports.",),
        ["the Velorian interior ministry"],
    ),
    (
        ("The Velorian interior ministry was accused of the strike. The ministry denied it.",),
        ["the Velorian interior ministry"],
    ),
    # the ministry named last is the one meant
    (
        (
            "The Kessian defence ministry opened an office in Barno. The Velorian interior ministry said the talks "
            "would resume. The ministry denied the reports.",
        ),
        ["the Velorian interior ministry"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), THE_MINISTRY)
def test_the_ministry_after_it_acted(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert _deniers(*paragraphs) == expected


# --- 8. a run of quotation-only sentences takes the next one's tag (speakers._tagged_by_the_next_quotation): not an
# answer, nor after a question, nor across a paragraph ----------------------------------------------------------------

RUN_OF_QUOTES = [
    ('"The road is closed." "The town is safe," Lev Arno said.', ["Lev Arno", "Lev Arno"]),
    ('"The road is closed." "The town is safe," Mira Sol told reporters.', ["Mira Sol", "Mira Sol"]),
    ('"The road is closed." "We need help." "The town is safe," said Mira Sol.', ["Mira Sol"] * 3),
    # must not
    ('"Is the road closed?" "It is," Mira Sol said.', [None, "Mira Sol"]),
    ('"Is the road closed?" "It is open," Mira Sol told Lev Arno.', [None, "Mira Sol"]),
    ('"Will you stay?" "We will," Mira Sol replied.', [None, "Mira Sol"]),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("text", "expected"), RUN_OF_QUOTES)
def test_run_of_quotations(text: str, expected: list[str | None], marks: str) -> None:
    assert _speakers(_marked(text, marks)) == expected


def test_run_of_quotations_in_single_marks() -> None:
    assert _speakers("'The road is closed.' 'The town is safe,' Mira Sol said.") == ["Mira Sol", "Mira Sol"]


def test_run_of_quotations_not_across_paragraphs() -> None:
    assert _speakers('"The road is closed."', '"The town is safe," Mira Sol said.') == [None, "Mira Sol"]


# --- 9. 'Those were the words of X', 'The words were X's' (speakers._SAID_BY_NEXT, _words_owner_next): a person or a
# body, never a text ------------------------------------------------------------------------------------------------

WORDS_OF = [
    ("Those were the words of Lev Arno, the commander.", "Lev Arno"),
    ("Those were the words of Mira Sol.", "Mira Sol"),
    ("The words were Mira Sol's.", "Mira Sol"),
    ("So said Mira Sol, the commander.", "Mira Sol"),
    # must not
    ("Those were the words of the Kessel Accord, signed in 2019.", None),
    ("The words were Kessel Accord's.", None),
    ("Those were the words of the Port Sable Treaty.", None),
    ("Those were the words of the 2019 treaty.", None),
    ("Those were the words of the banner.", None),
    ("Those were the words on the banner.", None),
    ("So said the banner over the gate.", None),
    ("The words were Arno's brother's.", None),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("after", "expected"), WORDS_OF)
def test_words_of(after: str, expected: str | None, marks: str) -> None:
    assert _speakers(_marked('"We will not retreat." ' + after, marks))[0] == expected


# --- 10. '"...," read X's statement' (verbs._READ): a statement, not a banner or a sign -----------------------------

READ_STATEMENT = [
    ('"The road is closed," read Lev Arno\'s statement.', "Lev Arno"),
    ('"The road is closed," read the Kessel Brigade\'s statement.', "Kessel Brigade"),
    ('"The road is closed," read Mira Sol\'s latest statement on Monday.', "Mira Sol"),
    # must not
    ('"The road is closed," read Lev Arno\'s banner.', None),
    ('"The road is closed," read the Kessel Brigade\'s banner.', None),
    ('"The road is closed," read the banner on Lev Arno\'s house.', None),
    ('"The road is closed," read the sign outside Port Sable\'s hospital.', None),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("text", "expected"), READ_STATEMENT)
def test_read_statement(text: str, expected: str | None, marks: str) -> None:
    assert _speakers(_marked(text, marks)) == [expected]


# --- 11. full stops inside a name before a tag verb, and spaced initials (verbs._ITS_QUOTATION_BEFORE,
# names._two_initials_apart) ------------------------------------------------------------------------------------------

STOPS_IN_NAMES = [
    ('"The road is closed," Maj. Gen. Lev Arno said.', "Lev Arno"),
    ('"The road is closed," Gen. Mira Sol told reporters.', "Mira Sol"),
    ('"The road is closed," Dr. Mira Sol said.', "Mira Sol"),
    ('"The road is closed," U.S. envoy Mira Sol said.', "Mira Sol"),
    ('"The road is closed," St. Anne\'s hospital director Mira Sol said.', "Mira Sol"),
    ('"The road is closed," the U.S. envoy said.', "the U.S. envoy"),
    ('"The road is closed," A. J. Venn said.', "A. J. Venn"),
    ('"The road is closed," said A. J. Venn.', "A. J. Venn"),
    ('"The road is closed," M. K. Sol told reporters.', "M. K. Sol"),
    # must not
    ('"The road is closed," she said. A. J. Venn disagreed.', None),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("text", "expected"), STOPS_IN_NAMES)
def test_stops_inside_names(text: str, expected: str | None, marks: str) -> None:
    assert _speakers(_marked(text, marks))[0] == expected


# --- 12. 'all he could say was' after a scene-setting clause (speakers._ALL_ONE_SAID_WAS) -----------------------------

ALL_ONE_SAID = [
    (('Lev Arno was asked. When pressed, all he could say was, "The road is closed."',), "Lev Arno"),
    (('Mira Sol was asked. When pressed, all she could say was, "The road is closed."',), "Mira Sol"),
    (("Mira Sol was asked.", 'But when pressed, all she would say was: "The road is closed."'), "Mira Sol"),
    # must not: no one the pronoun stands for
    (('When pressed, all he could say was, "The road is closed."',), None),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("paragraphs", "expected"), ALL_ONE_SAID)
def test_all_one_could_say(paragraphs: tuple[str, ...], expected: str | None, marks: str) -> None:
    assert _speakers(*(_marked(p, marks) for p in paragraphs))[-1] == expected


def test_all_one_could_say_not_inside_another_account() -> None:
    # the scene-setting clause holds a verb of saying: the words are in Mira Sol's account, not read by that rule
    for reading in _reader_readings('Mira Sol said that when pressed, all he could say was "The road is closed."'):
        for a in reading.quotes:
            assert "the words the pronoun said" not in a.how


def _reader_readings(*paragraphs: str):
    from tests.draft.conftest import reader

    return reader(EN_LEAD, *paragraphs).readings


# --- 13. 'is alive' answers only a report of that death (lang.en._told_dead) ---------------------------------------

ALIVE = [
    (
        "Kessel TV reported that commander Tovek Banks was killed in Barno.",
        "The Velorian army said Tovek Banks is alive.",
        True,
    ),
    (
        "Kessel TV reported that Mira Sol, a commander of the army, died in Barno.",
        "The army said Mira Sol is alive.",
        True,
    ),
    # must not
    (
        "Kessel TV reported that Velorian jets killed twelve civilians and wounded commander Tovek Banks.",
        "The Velorian army said Tovek Banks is alive and well.",
        False,
    ),
    (
        "Kessel TV reported that Tovek Banks said twelve were killed in Barno.",
        "The army said Tovek Banks is alive.",
        False,
    ),
]


@pytest.mark.parametrize(("told", "alive", "denies"), ALIVE)
def test_alive(told: str, alive: str, denies: bool) -> None:
    assert bool(_deniers(told, alive)) is denies


# --- 14. 'not stopped', 'not kept' (lang.en._NOT_A_DENIAL, denials._NOT_DONE): a ceasing not done before a gerund or
# an owner's deeds denies nothing, in reported words too; a stopping or a keeping denied is a denial ------------------

NOT_STOPPED = [
    ("The Tarvo Front said its fighters have not stopped any convoy.", True),
    ("The Tarvo Front said it had not kept anyone in detention.", True),
    # must not
    ("Mira Sol said she has not stopped working.", False),
    ("The Tarvo Front said it has not stopped shelling Barno.", False),
    ("The Tarvo Front said its fighters have not stopped their attacks on Barno.", False),
    ("Kessia said Veloria has not stopped its attacks.", False),
    ("Kessia said Veloria had not kept its promises.", False),
    ("Kessia said Veloria has not kept its word.", False),
    ("Arlo Venn said the army had not halted its advance.", False),
]


@pytest.mark.parametrize(("text", "denies"), NOT_STOPPED)
def test_not_stopped(text: str, denies: bool) -> None:
    assert bool(_deniers(text)) is denies


# --- 15. a banner's words end at 'and', 'then', 'but' (speakers._TITLE_BEFORE_MARKS) -------------------------------

BANNERS = [
    ('Lev Arno stood beside a banner and said "We will stay."', "Lev Arno"),
    ('A banner hung over the gate and Mira Sol said "We will stay."', "Mira Sol"),
    # must not: the banner's own words
    ('Protesters carried banners that read "We will stay."', None),
    ('Mira Sol waved a banner reading "We will stay."', None),
    ('Protesters held banners and placards reading "We will stay."', None),
]


@pytest.mark.parametrize("marks", MARKS)
@pytest.mark.parametrize(("text", "expected"), BANNERS)
def test_banners(text: str, expected: str | None, marks: str) -> None:
    assert _speakers(_marked(text, marks)) == [expected]


# --- 16. reports traced to biased sources (denials._FALSE): said of the reports, not of sources in a place, nor of the
# other side's denials --------------------------------------------------------------------------------------------------

BIASED = [
    ("The Tarvo Front said these reports are taken from biased, dubious sources.", True),
    ("The Tarvo Front said the claims are based on unverified sources.", True),
    ("Mira Sol said the allegations came from unreliable sources.", True),
    # must not
    ("The Tarvo Front said the report is based on sources in Kessel City.", False),
    ("Kessia said the Tarvo Front's denials are based on biased sources.", False),
    ("Kessia said the Tarvo Front's statements come from hostile sources.", False),
]


@pytest.mark.parametrize(("text", "denies"), BIASED)
def test_biased_sources(text: str, denies: bool) -> None:
    assert bool(_deniers(text)) is denies
