"""English, round 27: shapes left known at the end of round 26.

Parametrised tests on made-up names and sentences only: a charge that another side spreads lies (no denial of a
claim), a footnote asterisk after a name ('the Taliban* said', as some outlets mark banned groups), and a denial in a
second coordinated verb after a meeting. Guards for the readings that must stay close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said

LEAD = "Police blamed the Kessel Brigade for the bombing."


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(k, s) for k, s, _ in said("en", LEAD, *paragraphs)]


# --- a charge that another side spreads lies: no denial -----------------------------------------------------------------

SPREADING_LIES = [
    ("Ostravia accused Velor of spreading lies about the strike.", "Ostravia"),
    ("The Kessel Brigade accused the Velorian army of spreading lies about the raid on the depot.", "Kessel Brigade"),
    ("Lev Arno accuses the channel of deliberately peddling falsehoods about the brigade.", "Lev Arno"),
    ("Lev Arno, the brigade spokesman, accused Velor of spreading lies about the strike.", "Lev Arno"),
    (
        "The brigade's spokesman Lev Arno on Monday accused Velorian media of spreading disinformation about the "
        "clashes.",
        "Lev Arno",
    ),
    (
        "In a statement, the Kessel Brigade accused Velor of circulating false reports about the fighting.",
        "Kessel Brigade",
    ),
    ("The brigade has accused the council of spreading fake news about the talks.", "Kessel Brigade"),
    ("Lev Arno said on Monday, accusing Velor of spreading lies about the strike, that talks would go on.", "Lev Arno"),
]


@pytest.mark.parametrize(("text", "speaker"), SPREADING_LIES)
def test_a_charge_that_another_side_spreads_lies_is_no_denial(text, speaker):
    # 'Ostravia accused Velor of spreading lies about the strike': a charge of deceit against the other side, where no
    # one's words are named as false (before: a denial by Ostravia, from the word 'lies')
    assert _kinds(text) == [("reported", speaker)], text


@pytest.mark.parametrize(
    "text",
    [
        # a claim named with the charge, or denied by a verb or a judgement of its own
        "Lev Arno accused Velor of spreading lies that the brigade carried out the bombing.",
        "Lev Arno denied the reports and accused Velor of spreading lies about the strike.",
        "Lev Arno called the reports baseless and accused Velor of spreading lies.",
        "Lev Arno said the reports were false, accusing Velor of spreading lies about the strike.",
        # the accuser's account itself called false (round 22 and before)
        # (round 41: with no charge against Arno's side before it, 'accused the channel of lying' alone is his charge;
        # lying about the charges answers one)
        "Lev Arno accused the channel of lying about the charges.",
        "The Kessel Brigade accused the council of distorting the facts on the ground.",
    ],
)
def test_a_named_claim_or_another_word_of_denial_still_denies(text):
    assert _kinds(text) == [("denial", "Lev Arno" if "Arno" in text else "Kessel Brigade")], text


# --- a footnote asterisk after a name ----------------------------------------------------------------------------------

ASTERISKED = [
    ("Hezbollah* denied that its fighters had fired at the border post.", "denial", "Hezbollah"),
    ("The Taliban* said the attack on the convoy had been carried out by its fighters.", "reported", "Taliban"),
    ("Hayat Tahrir al-Sham* denied that its fighters had fired at the border post.", "denial", "Hayat Tahrir al-Sham"),
    ("The Kessel Brigade* on Monday rejected the reports that its fighters fled.", "denial", "Kessel Brigade"),
    ("Lev Arno, a spokesman for the Kessel Brigade*, denied the reports.", "denial", "Lev Arno"),
    ("A Taliban* spokesman said its fighters had not carried out the raid.", "denial", "a Taliban spokesman"),
]


@pytest.mark.parametrize(("text", "kind", "speaker"), ASTERISKED)
def test_a_footnote_asterisk_after_a_name_does_not_stop_the_reading(text, kind, speaker):
    # 'the Taliban* said', 'Hezbollah* denied' (some outlets so mark a group banned where they publish): the mark is
    # no word, and the name before it speaks (before: nothing was drafted); a label keeps no gap where it stood
    assert _kinds(text) == [(kind, speaker)], text


def test_a_quotation_given_to_an_asterisked_name_is_its_own():
    units = said("en", LEAD, "\u201cWe did not fire at the post,\u201d the Taliban* said in a statement.")
    assert [(k, s) for k, s, _ in units] == [("denial", "Taliban")]


def test_an_asterisk_that_is_no_footnote_is_left_alone():
    # (guard) a mark that opens a footnote line, or stands between words, is no footnote mark after a name
    assert _kinds("*The brigade is banned in Ostravia.") == []
    assert _kinds("Lev Arno said the * key was broken.") == [("reported", "Lev Arno")]


# --- a denial in a second coordinated verb, after a meeting -------------------------------------------------------------

MET_AND_DENIED = [
    (
        "Ostravia's foreign minister met the Velorian envoy and denied the reports that troops had crossed the border.",
        "Ostravia's foreign minister",
    ),
    (
        "Ostravia's foreign minister met the Velorian envoy on Monday, and denied the reports.",
        "Ostravia's foreign minister",
    ),
    ("Ostravian Foreign Minister Lev Arno met the Velorian envoy on Monday and denied the reports.", "Lev Arno"),
    ("Lev Arno held talks with the Velorian envoy and rejected the claims that troops had crossed.", "Lev Arno"),
    ("Lev Arno received the Velorian envoy and dismissed the reports as baseless.", "Lev Arno"),
    (
        "Ostravia's foreign minister met Velorian envoy Dario Venn and denied the reports.",
        "Ostravia's foreign minister",
    ),
]


@pytest.mark.parametrize(("text", "denier"), MET_AND_DENIED)
def test_a_denial_in_a_second_verb_after_a_meeting_is_the_subject_s(text, denier):
    # 'X met the Velorian envoy and denied the reports': the subject of both verbs denies (not the one met)
    assert _kinds(text) == [("denial", denier)], text


# --- the development half's denials read as claims: classes -------------------------------------------------------------

SUCH_A_REQUEST = [
    ("\u201cThese countries did not submit such a request,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said Velor had never made such a request.", "Lev Arno"),
    ("\u201cWe didn't receive such an offer,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the council has not sent any such letter to the brigade.", "Lev Arno"),
    (
        "\u201cThe brigade again reaffirms to the people that it has not received any invitation until now from the "
        "mediators,\u201d Lev Arno said.",
        "Lev Arno",
    ),
    ("Lev Arno said Velor has not yet received any official invitation to the talks.", "Lev Arno"),
]


@pytest.mark.parametrize(("text", "denier"), SUCH_A_REQUEST)
def test_a_side_that_never_made_such_a_request_denies_it(text, denier):
    # '"These countries did not submit such a request," X said' as 'no foreign body had submitted such a request':
    # the request reported, said never to have been made, or the invitation never received (before: a quotation, or a
    # plain report)
    assert _kinds(text) == [("denial", denier)], text


OTHER_PARTIES = [
    ("Lev Arno said the killings were committed by other parties.", "Lev Arno"),
    (
        "Lev Arno says that violations in certain areas were committed by \u201cother parties\u201d following the "
        "brigade's advance.",
        "Lev Arno",
    ),
    ("Lev Arno said the attack was carried out by another group.", "Lev Arno"),
    ("\u201cThe bombing was perpetrated by third parties,\u201d the brigade said.", "Kessel Brigade"),
]


@pytest.mark.parametrize(("text", "denier"), OTHER_PARTIES)
def test_an_act_said_to_be_done_by_other_parties_is_denied(text, denier):
    # 'violations were committed by "other parties"': the act charged, put on someone else (before: a report)
    assert _kinds(text) == [("denial", denier)], text


NO_GUNFIRE = [
    "Lev Arno said an inquiry showed there had been no live fire.",
    "Lev Arno said an initial investigation showed there had been only two deaths and no direct gunfire.",
    "Lev Arno said there were no airstrikes on the village.",
    "\u201cThere was no shooting at the protesters,\u201d Lev Arno said.",
    "Lev Arno said there had been no air raids in the area on Monday.",
]


@pytest.mark.parametrize("text", NO_GUNFIRE)
def test_there_was_no_gunfire_or_airstrike_is_a_denial(text):
    # 'there had been only two deaths and no direct gunfire' as 'there had been no attack' (before: a report)
    assert _kinds(text) == [("denial", "Lev Arno")], text


DISCREDITED_SOURCE = [
    ("Lev Arno said such reports depict Velor's disturbing obsession with the brigade.", "Lev Arno"),
    (
        "\u201cThose remarks show that analysts do not have enough knowledge of the brigade,\u201d Lev Arno said.",
        "Lev Arno",
    ),
    ("Lev Arno said the claims reflect the council's frustration after its defeat.", "Lev Arno"),
    ("The brigade said the accusations stem from hostility towards the movement.", "Kessel Brigade"),
    ("Lev Arno said the allegations only reveal Velor's ignorance of the region.", "Lev Arno"),
]


@pytest.mark.parametrize(("text", "denier"), DISCREDITED_SOURCE)
def test_words_given_a_source_that_discredits_them_are_denied(text, denier):
    # 'such reports depict India's obsession with ...' as 'the aim of these claims is to ...': the reports explained by
    # a fault of their authors (before: a report, or a quotation)
    assert _kinds(text) == [("denial", denier)], text


WARNED_OF_ATTEMPTS = [
    ("Lev Arno warned of attempts to accuse the brigade of the bombing.", "Lev Arno"),
    (
        "Lev Arno warned on Sunday of \u201cattempts\u201d to accuse what he called \u201cresistance factions\u201d of "
        "trying to kill the mayor.",
        "Lev Arno",
    ),
    ("The brigade cautioned against any efforts to implicate its fighters in the bombing.", "Kessel Brigade"),
    ("In a statement, the brigade warned against new attempts to drag its name into the dispute.", "Kessel Brigade"),
]


@pytest.mark.parametrize(("text", "denier"), WARNED_OF_ATTEMPTS)
def test_a_warning_against_attempts_to_charge_is_a_denial(text, denier):
    # 'warned of "attempts" to accuse the factions of ...' as 'rejected attempts to accuse ...' (before: a report)
    assert _kinds(text) == [("denial", denier)], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the council had received such a request.",
        "Lev Arno said the attack was carried out by unknown gunmen.",
        "Lev Arno said the talks were attended by other parties.",
        "Lev Arno said there were no casualties.",
        "Lev Arno said there had been only two deaths and no injuries.",
        "Lev Arno said the reports show the damage to the depot.",
        "Lev Arno said the reports reflect the views of the council.",
        "Lev Arno warned of attempts to reach a deal with the council.",
    ],
)
def test_the_neighbouring_reports_stay_reports(text):
    # (guard) such a request received, not denied; an act by unknown gunmen, a meeting attended by others; no casualties;
    # reports that show a fact; attempts at anything but a charge
    assert _kinds(text) == [("reported", "Lev Arno")], text


IN_FACT_NOT = [
    "Lev Arno said the attacks were in fact not carried out by the brigade.",
    "Lev Arno said the brigade had actually never attacked the convoy.",
    "Lev Arno said its fighters were also not present in Kessel.",
    "Lev Arno said they did indeed not fire at the convoy.",
]


@pytest.mark.parametrize("text", IN_FACT_NOT)
def test_a_word_of_emphasis_before_not_keeps_the_denial(text):
    # 'were in fact not carried out by the brigade' as 'were not carried out by the brigade' (before: a report)
    assert _kinds(text) == [("denial", "Lev Arno")], text


def test_emphasis_before_a_verb_of_wishing_is_still_no_denial():
    # (guard) 'had in fact never wanted a war', as 'never wanted': no act denied
    assert _kinds("Lev Arno said the brigade had in fact never wanted a war.") == [("reported", "Lev Arno")]
