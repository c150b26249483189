"""English, round 47 of issue 17: denials that were drafted as a claim, or given to another denier, on real news of the
development half, each shape tested here on made-up sentences (names, places and outlets invented).

Each group names the way of writing it reads and its controls: sentences of the same look that deny nothing, or
whose denier is someone else. What is asserted is who denies, each once, in order.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers, said


def _deniers(*paragraphs: str) -> list[str]:
    return deniers("en", EN_LEAD, *paragraphs, once=True)


# --- the accuser said to dare: 'has the audacity of attributing to X ...' ---------------------------------------------

AUDACITY = [
    (
        '"Kessia has the surprising audacity of attributing to Veloria the protests of the Tovek people," ministry '
        "spokesman Lev Arno said.",
        ["Lev Arno"],
    ),
    ('"They had the nerve to accuse our fighters of the raid," Lev Arno said.', ["Lev Arno"]),
    ("Lev Arno said Kessia had the audacity to blame Veloria for the blast.", ["Lev Arno"]),
    (
        '"Kessia has the gall to blame us for its own failures," said Selka Moran, the ministry spokeswoman.',
        ["Selka Moran"],
    ),
    (
        "The Velorian foreign ministry said Kessia had the audacity to accuse it of arming the rebels.",
        ["Velorian foreign ministry"],
    ),
    (
        '"The council had the temerity of implicating our brigade in the killing," Dara Venn told Kessel TV.',
        ["Dara Venn"],
    ),
    # controls: a deed dared, or a claim of one's own, is no charge called outrageous
    ('"They had the nerve to attack the convoy in daylight," Lev Arno said.', []),
    ('"Kessia has the audacity to claim victory," Lev Arno said.', []),
    ("Lev Arno praised the audacity of the rescue team.", []),
]


@pytest.mark.parametrize(("text", "expected"), AUDACITY)
def test_audacity_of_charging_denies(text: str, expected: list[str]) -> None:
    """Shape: the speaker says the accuser 'has the audacity (nerve, gall) of attributing to / to accuse / to blame' its
    side: the charge called outrageous, a denial by the speaker. Controls: a deed dared, a claim of victory."""
    got = _deniers(text)
    assert len(got) == len(expected), got
    assert all(e.lower() in d.lower() for e, d in zip(expected, got, strict=True)), got


# --- the accusers dared to prove the charge -------------------------------------------------------------------------

PROOF_DARED = [
    (
        '"If anybody says that our fighters took part, we request that they bring forward proof," the leaders said.',
        True,
    ),
    ('"We challenge anyone who accuses us to present evidence," Lev Arno said.', True),
    ('"Let them show the evidence," Lev Arno said of the Kessian charges.', True),
    ("Lev Arno said the brigade challenged its accusers to produce a single shred of evidence.", True),
    ('"We demand that they provide proof," Selka Moran, the ministry spokeswoman, said.', True),
    ("The Kessel Brigade called on those who blame it to present any evidence.", True),
    # controls: a neutral request for evidence, or proof of identity
    ('"We asked them to provide evidence to the court," Lev Arno said.', False),
    ('"We request that they bring proof of identity to the office," Lev Arno said.', False),
    ('"We demand that they provide proof of residence," the council official said.', False),
]


@pytest.mark.parametrize(("text", "denies"), PROOF_DARED)
def test_accusers_dared_to_prove_denies(text: str, denies: bool) -> None:
    """Shape: 'we request that they bring forward proof', 'we challenge anyone who accuses us to present evidence',
    'let them show the evidence': the charge said to be unproven, by the side charged. Controls: a request for
    evidence to a court, proof of identity or residence."""
    assert bool(_deniers(text)) is denies


# --- a thing said not to prove the speaker's part ---------------------------------------------------------------------

NOT_PROOF = [
    ('"Many groups use this flag," the leaders said. "This cannot count as proof that we were there."', True),
    ('"The flag does not prove that our fighters took part," Lev Arno said.', True),
    ('"A photo cannot be taken as evidence that we fired," said Selka Moran, the army spokeswoman.', True),
    ('"That does not prove we were behind it," Lev Arno told Kessel TV.', True),
    # controls: of no side's part (an onlooker's), or of a thing
    ('"The lull does not prove that the war is over," an analyst said.', False),
    ('"This cannot count as proof that they have left," an analyst said.', False),
]


@pytest.mark.parametrize(("text", "denies"), NOT_PROOF)
def test_not_proof_of_our_part_denies(text: str, denies: bool) -> None:
    """Shape: 'this cannot count as proof that we were there', 'does not prove that our fighters took part': what the
    charge rests on said not to prove the speaker's own part (first person). Controls: an onlooker's 'does not prove'
    of a third side or of a state of things."""
    assert bool(_deniers(text)) is denies


# --- judged on its acts rather than on rumours --------------------------------------------------------------------------

JUDGED_ON_ACTS = [
    (
        '"The government asks to be judged on its acts, rather than on rumours," the Velorian government said in its '
        "statement.",
        True,
    ),
    ('"We want to be judged by our actions and not by allegations," Lev Arno said.', True),
    ("The ministry said it should be judged on its record rather than on rumors.", True),
    ("The brigade asked to be assessed on its conduct, not on hearsay, Lev Arno said.", True),
    # controls: a warning of rumours, no one's words; a judgement of acts with no rumour set against it
    ("The ministry urged people to rely on official sources rather than rumours.", False),
    ('"We want to be judged on our acts," Lev Arno said.', False),
]


@pytest.mark.parametrize(("text", "denies"), JUDGED_ON_ACTS)
def test_judged_on_acts_not_rumours_denies(text: str, denies: bool) -> None:
    """Shape: the side asks to be judged (assessed) on its acts (actions, record, conduct) rather than on rumours
    (allegations, hearsay): what is said of it called rumours. Controls: a general warning to trust official sources
    over rumours; a wish to be judged on its acts with nothing set against it."""
    assert bool(_deniers(text)) is denies


# --- a campaign waged to spread rumours about something ----------------------------------------------------------------

CAMPAIGN_OF_RUMOURS = [
    (
        '"The propaganda campaign, waged to spread rumours about Veloria\'s role in Kessia, is a diversionary tactic,"'
        " the source said.",
        True,
    ),
    ('"This media campaign was launched to spread lies about our fighters," Lev Arno said.', True),
    ("The ministry said the campaign, aimed at spreading false rumours about its troops, would fail.", True),
    (
        '"The campaign is meant to circulate rumours that our forces fled," Selka Moran, the army spokeswoman, said.',
        True,
    ),
    # controls: a campaign against rumours, or rumours said to spread of an event
    ('"We launched a campaign against rumours," Lev Arno said.', False),
    ("Rumours spread of a raid on Tarvo, residents said.", False),
]


@pytest.mark.parametrize(("text", "denies"), CAMPAIGN_OF_RUMOURS)
def test_campaign_to_spread_rumours_denies(text: str, denies: bool) -> None:
    """Shape: a campaign told as waged (launched, aimed, meant) to spread rumours or lies about something: what was said
    of it called rumours. Controls: a campaign against rumours; rumours spreading of an event."""
    assert bool(_deniers(text)) is denies


# --- a judged campaign that accuses a side, condemned ---------------------------------------------------------------

CAMPAIGN_CONDEMNED = [
    (
        "Speaking to Kessel TV, Lev Arno denounced the psychological warfare campaign that accuses the Kessel Brigade "
        "of carrying out Veloria's plans.",
        True,
    ),
    ("The ministry slammed a smear campaign accusing the army of abuses in Tarvo.", True),
    ("Lev Arno condemned the propaganda campaign which blames the brigade for the blast.", True),
    ("Selka Moran, the ministry spokeswoman, decried the disinformation campaign linking Veloria to the rebels.", True),
    ("The brigade denounced the media war campaign that accused its fighters of looting.", True),
    # controls: a campaign that judges nothing, or no campaign of words
    ("Lev Arno denounced the campaign accusing the Kessel Brigade of looting.", False),
    ("The ministry condemned the bombing campaign that killed twelve people in Tarvo.", False),
    ("Lev Arno condemned the vaccination campaign.", False),
]


@pytest.mark.parametrize(("text", "denies"), CAMPAIGN_CONDEMNED)
def test_condemned_campaign_of_lies_denies(text: str, denies: bool) -> None:
    """Shape: a verb of condemning whose object is a campaign called one of lies (smear, propaganda, disinformation,
    psychological warfare) that accuses (blames, links) a side, whoever: the accusations judged false. Controls: a
    plain campaign accusing another (judges nothing), a bombing campaign."""
    assert bool(_deniers(text)) is denies


# --- charges regretted or deplored ---------------------------------------------------------------------------------

REGRETTED = [
    ("Selka Moran, the ministry spokeswoman, said Veloria regretted the suggestions of negligence on its part.", True),
    ("The Velorian government deplored the allegations of abuse by its troops.", True),
    ("Lev Arno said the brigade regrets these baseless insinuations.", True),
    ("The ministry deplored the accusations levelled by Kessia on Monday.", True),
    # controls: regret of what was reported, which mourns it
    ("The ministry regretted the reports of civilian deaths in Tarvo.", False),
    ("Lev Arno deplored the violence in Tarvo.", False),
    ("The ministry regretted the decision of the council.", False),
]


@pytest.mark.parametrize(("text", "denies"), REGRETTED)
def test_charges_regretted_deny(text: str, denies: bool) -> None:
    """Shape: 'regretted (deplored) the suggestions (allegations, insinuations, accusations) of ...': the one charged
    turning the charges away. Controls: regretted reports of deaths (mourned), deplored violence, a decision."""
    assert bool(_deniers(text)) is denies


# --- what was said, disowned at its source ------------------------------------------------------------------------------

SOURCE_DISOWNED = [
    (
        'Lev Arno, the army spokesman, said the army was trying to verify the report. "We do not have any confirmation '
        'of his death. The report aired on Kessel TV did not come from any state agency," he added.',
        True,
    ),
    ('"The statement did not originate from us," Lev Arno said.', True),
    ("The ministry said the reports did not come from its officials.", True),
    ('"The news does not emanate from the brigade," Selka Moran, the brigade spokeswoman, said.', True),
    # controls: no words disowned
    ('"The shots did not come from the north," Lev Arno said.', False),
    ('"The aid did not come from Kessia," Lev Arno said.', False),
]


@pytest.mark.parametrize(("text", "denies"), SOURCE_DISOWNED)
def test_report_disowned_at_source_denies(text: str, denies: bool) -> None:
    """Shape: a report (statement, news) said not to come (originate, emanate) from its alleged source. Controls: shots
    or aid said not to come from somewhere (no words disowned)."""
    assert bool(_deniers(text)) is denies


# --- those who spoke in a side's name, disowned ----------------------------------------------------------------------------

NOT_REPRESENTING = [
    (
        "Private sources in the movement told the Kessel network that those who published the statement do not "
        "represent the movement.",
        True,
    ),
    ('"Whoever signed this letter does not represent our brigade," Lev Arno said.', True),
    ("The council said the men who claimed the attack did not represent the front.", True),
    # controls: no one who spoke or acted disowned
    ('"The deal does not represent the movement\'s views," Lev Arno said.', False),
    ("Lev Arno said the new council does not represent the people.", False),
]


@pytest.mark.parametrize(("text", "denies"), NOT_REPRESENTING)
def test_those_who_spoke_do_not_represent_denies(text: str, denies: bool) -> None:
    """Shape: '(those) who published (signed, claimed) ... do not represent the movement (group, brigade, front)': those
    who spoke or acted in the side's name, disowned. Controls: a deal that does not represent views; a council and the
    people."""
    assert bool(_deniers(text)) is denies


# --- those said to be on the side's soil, not found there -------------------------------------------------------------

NOT_FOUND_ON_SOIL = [
    (
        "Selka Moran said Veloria had informed the Kessian authorities that its border teams had combed the region but could "
        "not verify the entry or presence of those Kessian guards on its territory.",
        True,
    ),
    ('"We found no trace of the fighters on our soil," Lev Arno said.', True),
    ("The ministry said its forces failed to locate any presence of the rebels inside its territory.", True),
    ('"Our troops did not find any sign of the hostages on our land," Selka Moran, the army spokeswoman, said.', True),
    # controls: not found in a place of no side, or found
    ("Lev Arno said the monitors could not verify the presence of fighters in Tarvo.", False),
    ("The ministry said its forces found traces of the rebels on its territory.", False),
]


@pytest.mark.parametrize(("text", "denies"), NOT_FOUND_ON_SOIL)
def test_not_found_on_its_soil_denies(text: str, denies: bool) -> None:
    """Shape: those the side is charged with harbouring, searched for and not found (could not verify the presence,
    found no trace) on its own territory (soil, land). Controls: not verified in a place of no side; found."""
    assert bool(_deniers(text)) is denies


# --- a charge answered with the side's record against what it is charged with ------------------------------------------

CHARGE = "Kessia accused Veloria of sheltering the Tovek Brigade."
RECORD_AGAINST_CHARGE = [
    (
        "Responding to these claims, the Velorian official underscored Veloria's strong record in countering the "
        "Tovek Brigade, while noting that Kessia had \u201copenly harbored such groups.\u201d",
        True,
    ),
    ("In response to the allegations, Lev Arno said Veloria's record in fighting the brigade spoke for itself.", True),
    (
        "Reacting to the accusations, the Velorian ministry stressed its sacrifices in the fight against the rebels.",
        True,
    ),
    (
        "Replying to the charges, Selka Moran, the ministry spokeswoman, said Veloria's efforts in combating the group were known to all.",
        True,
    ),
    # controls: the charge answered with no denial, or a record cited with no charge answered
    ("In response to the allegations, the ministry said it had opened an inquiry.", False),
    ("The ministry underscored Veloria's strong record in countering the Tovek Brigade.", False),
    ("Responding to questions, Lev Arno stressed the army's record in fighting the rebels.", False),
]


@pytest.mark.parametrize(("text", "denies"), RECORD_AGAINST_CHARGE)
def test_charge_answered_with_own_record_denies(text: str, denies: bool) -> None:
    """Shape: a sentence opened by its answer to a charge ('Responding to these claims', 'In response to the
    allegations') whose speaker cites the side's record (efforts, sacrifices) in countering what it is charged with.
    Controls: an answer that opens an inquiry; a record cited with no charge answered, or answering questions."""
    assert any(d != "Kessia" for d in _deniers(CHARGE, text)) is denies


# --- 'he' in a new paragraph, after a man named in passing in apposition after a preposition --------------------------

PASSING_APPOSITION = [
    (
        (
            "Lev Arno said the brigade has 300 fighters. The group holds the former barracks of forces loyal to "
            "Kessia's ousted leader, Dario Venn.",
            'Even so, he said he did not expect an assault. "We are innocent. Why would they attack us?"',
        ),
        "Lev Arno",
    ),
    (
        (
            "Lev Arno said the brigade would resist. Its fighters took the town from troops under the former "
            "ruler, Dario Venn.",
            '"We are innocent," he said.',
        ),
        "Lev Arno",
    ),
    (
        (
            "Lev Arno said the brigade would resist. The base was once held by the late general, Dario Venn.",
            '"We did not attack the convoy," he said.',
        ),
        "Lev Arno",
    ),
    # controls: a man the sentence's subject acts on, whom 'he' next stands for
    (
        (
            "Lev Arno said the talks would go on.",
            'Asked about the mayor\'s comments, Dario Venn is quiet. Then he says: "We did not attack the convoy."',
        ),
        "Dario Venn",
    ),
    (
        (
            "Lev Arno said the talks would go on. The ministry summoned the envoy, Dario Venn.",
            '"We did not attack the convoy," he said.',
        ),
        "Dario Venn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), PASSING_APPOSITION)
def test_pronoun_passes_over_a_man_named_in_apposition_after_a_preposition(
    paragraphs: tuple[str, str], expected: str
) -> None:
    """Shape: a paragraph where a man speaks, then names another in passing, in apposition to a noun a preposition
    governs ('forces loyal to the ousted leader, X', 'troops under the former ruler, X'); a new paragraph's 'he said'
    is the speaker's, as after 'loyal to X'. Control: one the sentence's subject acts on ('summoned the envoy, X')."""
    assert _deniers(*paragraphs) == [expected]


# --- expectation negated is no denial -----------------------------------------------------------------------------------

EXPECTATION = [
    ("Lev Arno said he did not anticipate an assault on the base.", False),
    ("The ministry said it does not foresee any talks this year.", False),
    ("Lev Arno said he did not expect a raid.", False),
    # against them: an act negated
    ("Lev Arno said the brigade did not attack the base.", True),
]


@pytest.mark.parametrize(("text", "denies"), EXPECTATION)
def test_negated_expectation_is_no_denial(text: str, denies: bool) -> None:
    """Shape: 'did not anticipate (foresee) an assault': a negated expectation, as 'did not expect', denies no act.
    Control: an act negated."""
    assert bool(_deniers(text)) is denies


def test_said_helper_reads_the_lead() -> None:
    """The lead paragraph alone drafts nothing (the groups above add only their own sentences)."""
    assert said("en", EN_LEAD) == []
