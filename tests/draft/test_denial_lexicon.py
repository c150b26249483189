"""How English news reports a denial, family by family, on made-up sentences (issue 17, round 5).

The cues of :mod:`generator.draft.denials` and :mod:`generator.draft.verbs` are meant to be complete for the
language, not fitted to articles: each family of wording (see the table in :mod:`generator.draft.denials`) has
sentences here, and each guard a sentence that must stay no denial. Names are fictional.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, said

DENIALS = [
    # verbs, every tense and person news uses
    ("The Kessel Brigade denied the report.", "Kessel Brigade"),
    ("The Kessel Brigade denied, saying its fighters were at home.", "Kessel Brigade"),
    ("Asked about the raid, the Kessel Brigade denied.", "Kessel Brigade"),
    ("The Kessel Brigade denies the report.", "Kessel Brigade"),
    ("The Kessel Brigade has denied the report.", "Kessel Brigade"),
    ("Kessel Brigade leaders deny the report.", "Kessel Brigade leaders"),
    ("Brigade commanders reject the accusations.", "Brigade commanders"),
    ("Veloria's officials dismiss the claims as lies.", "Veloria's officials"),
    ("Brigade leaders refute the allegations.", "Brigade leaders"),
    ("The Kessel Brigade has continued to deny the report.", "Kessel Brigade"),
    ("The Kessel Brigade continues to deny any role in the raid.", "Kessel Brigade"),
    ("Lev Arno was quick to deny the report.", "Lev Arno"),
    ("Lev Arno rebutted the allegations.", "Lev Arno"),
    ("Lev Arno repudiated the claims.", "Lev Arno"),
    ("Lev Arno rubbished the reports.", "Lev Arno"),
    ("Lev Arno disputed the account of the raid.", "Lev Arno"),
    ("Lev Arno contested the report of the raid.", "Lev Arno"),
    ("The Kessel Brigade disowned the statement attributed to it.", "Kessel Brigade"),
    ("The Kessel Brigade disavowed the attack on the depot.", "Kessel Brigade"),
    ("Lev Arno brushed aside the reports of a split.", "Lev Arno"),
    ("Lev Arno brushed off the allegations.", "Lev Arno"),
    ("Lev Arno shrugged off claims of a split.", "Lev Arno"),
    ("Lev Arno pushed back against reports that the brigade had withdrawn.", "Lev Arno"),
    ("Lev Arno poured cold water on reports of a deal.", "Lev Arno"),
    ("Lev Arno waved away the accusations.", "Lev Arno"),
    # verbal nouns
    ("The Kessel Brigade issued a denial of the report.", "Kessel Brigade"),
    ("The Kessel Brigade issued a flat denial on Monday.", "Kessel Brigade"),
    # words calling a report false
    ("Lev Arno said the reports were baseless.", "Lev Arno"),
    ("Lev Arno said the reports were erroneous.", "Lev Arno"),
    ("Lev Arno said the claims were bogus.", "Lev Arno"),
    ("Lev Arno said the story was fictitious.", "Lev Arno"),
    ("Lev Arno said the charges were trumped-up.", "Lev Arno"),
    ("Lev Arno said the allegations were unsubstantiated.", "Lev Arno"),
    ("Lev Arno said the accusations were slanderous.", "Lev Arno"),
    ("Lev Arno called the report defamatory.", "Lev Arno"),
    ("Lev Arno said the report was pure fiction.", "Lev Arno"),
    ("Lev Arno said the story was a figment of the imagination.", "Lev Arno"),
    ("Lev Arno said the report was a hoax.", "Lev Arno"),
    ("Lev Arno said the story was made up.", "Lev Arno"),
    ("Lev Arno said the report was devoid of truth.", "Lev Arno"),
    ("Lev Arno said the accusations had no grounds.", "Lev Arno"),
    ("Lev Arno said the report was not accurate.", "Lev Arno"),
    ("Lev Arno said the report was not based on facts.", "Lev Arno"),
    ("Lev Arno said the report distorted the facts.", "Lev Arno"),
    ("Lev Arno said the accusations were absurd.", "Lev Arno"),
    ("Lev Arno said the claims were ridiculous.", "Lev Arno"),
    ("Lev Arno said the report was a falsehood.", "Lev Arno"),
    ("Lev Arno said there was no truth to the report.", "Lev Arno"),
    ("Lev Arno said the report was far from the truth.", "Lev Arno"),
    # no part, no link, not responsible
    ("Lev Arno said the brigade had nothing to do with the attack.", "Lev Arno"),
    ("Lev Arno said the brigade had no ties to the attackers.", "Lev Arno"),
    ("Lev Arno said the brigade bears no responsibility for the attack.", "Lev Arno"),
    ("Lev Arno said the brigade was not responsible for the attack.", "Lev Arno"),
    ("Lev Arno said it played no role in the attack.", "Lev Arno"),
    # first-person denials in quotations
    ("\u201cWe did not carry out the attack,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe did not detain anyone,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe never shelled the village,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe did not abduct the journalists,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe have not deployed any fighters there,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe were not involved in the attack,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe are not behind the attack,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe have no fighters in Ostravia,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cThis is a lie,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe categorically deny these reports,\u201d Lev Arno said.", "Lev Arno"),
    # passives with their agent
    ("The report was denied by the Kessel Brigade.", "Kessel Brigade"),
    ("The report was rebutted by the Kessel Brigade.", "Kessel Brigade"),
    ("The claims were disputed by the Kessel Brigade.", "Kessel Brigade"),
    ("The claims were dismissed as baseless by the Kessel Brigade.", "Kessel Brigade"),
]

NOT_DENIALS = [
    "The Kessel Brigade rejected the proposal.",
    "Brigade commanders reject the ceasefire plan.",
    "Veloria denied the delegation entry.",
    "Lev Arno declined to comment.",
    "Lev Arno did not say when the raid began.",
    "Lev Arno said the attack was a false flag operation.",
    "Lev Arno said it is hard to deny that the war has changed.",
    "Officials refused to deny the report.",
    "Lev Arno said the brigade will deny any request for talks.",
    "Lev Arno brushed aside a question about the budget.",
    "Lev Arno said the unit was made up of former soldiers.",
    "Lev Arno said the proposal was rejected by the council.",
    "Lev Arno said the plan was absurd in its ambition, but worth trying.",
    "The ministry said the disputed land lies in Ostravia.",
    "Lev Arno said the group had no role in the government.",
    "\u201cWe did not expect such a turnout,\u201d Lev Arno said.",
    "Lev Arno said the brigade does not deny that it holds the hill.",
    "Lev Arno said the contested elections would be held in May.",
    "Lev Arno declined to confirm or deny the report.",
    "Lev Arno neither confirmed nor denied the report.",
    "The ministry would neither confirm nor deny the report.",
]


A_LIE_NO_PART_RULED_OUT = [
    ("Lev Arno called the report a lie.", "Lev Arno"),
    ("Lev Arno said the brigade was in no way involved in the attack.", "Lev Arno"),
    ("Lev Arno said the brigade took no part in the attack.", "Lev Arno"),
    ("Lev Arno ruled out any involvement in the attack.", "Lev Arno"),
    ("Lev Arno said the claims lacked credibility.", "Lev Arno"),
    ("Lev Arno said the report was not credible.", "Lev Arno"),
]


QUOTED_VERBS_NOUNS_CONTRADICTING = [
    # a verb of denying quoted after its subject outside the marks
    ("Lev Arno said the brigade \u201ccategorically rejects\u201d the accusations.", "Lev Arno"),
    ("Lev Arno said it \u201cfirmly denies\u201d the reports.", "Lev Arno"),
    # a denial as a noun opening the sentence
    ("In a denial posted on its channel, the Kessel Brigade said its fighters were at home.", "Kessel Brigade"),
    ("Lev Arno said nothing of the sort had happened.", "Lev Arno"),
    ("Lev Arno said they are not present in Ostravia.", "Lev Arno"),
    ("Contrary to media reports, the brigade has not withdrawn, Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the brigade had been falsely accused.", "Lev Arno"),
    ("Lev Arno said the remarks were wrongly attributed to him.", "Lev Arno"),
    ("The Kessel Brigade contradicted reports of a withdrawal.", "Kessel Brigade"),
    ("Lev Arno took issue with the claims of a split.", "Lev Arno"),
    ("Lev Arno hit back at claims that the brigade had fled.", "Lev Arno"),
    ("Lev Arno said the reports were wrong.", "Lev Arno"),
]

NOT_QUOTED_VERBS_NOUNS_CONTRADICTING = [
    "Lev Arno said the brigade \u201crejects\u201d the proposal.",
    "Lev Arno said it was wrong to attack civilians.",
    "Lev Arno hit back at the council for its budget.",
    "Lev Arno said the drone mistakenly struck a house.",
    "Lev Arno said they are not present at the talks because of the weather, but will come.",
]


MERIT_FORGERY_INNOCENCE = [
    ("Lev Arno said the brigade was innocent of the charges.", "Lev Arno"),
    ("Lev Arno said the claims were without merit.", "Lev Arno"),
    ("Lev Arno said the allegations did not hold water.", "Lev Arno"),
    ("Lev Arno said the accusations were far-fetched.", "Lev Arno"),
    ("\u201cThere is no such thing,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the letter was a forgery.", "Lev Arno"),
    ("Lev Arno said his remarks had been taken out of context.", "Lev Arno"),
    ("Lev Arno said he had been misquoted.", "Lev Arno"),
]

NOT_MERIT_FORGERY_INNOCENCE = [
    "Lev Arno said innocent civilians were killed.",
    "Lev Arno said the victims were innocent.",
    "Brigade leaders reject the decision of the council.",
    "Residents reject violence, Lev Arno said.",
    "Lev Arno said there is no such thing as a safe road.",
    "Lev Arno ruled out a role for the brigade in the new government.",
]


OUR_OWN_NOT_THERE = [
    ("\u201cOur fighters did not fire on the convoy,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cNone of our men took part in the raid,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe were not there,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said its forces are not present in Ostravia.", "Lev Arno"),
    # (a charge of lying alone is a denial only where the accuser's side was charged before, round 41: here, lying
    # about the charges)
    ("Lev Arno accused the channel of lying about the charges.", "Lev Arno"),
]

NOT_OUR_OWN_NOT_THERE = [
    "\u201cOur fighters did not expect the storm,\u201d Lev Arno said.",
    "Lev Arno said the wounded were lying in the street.",
    "\u201cWe were not there when the storm began, but we came later to help,\u201d Lev Arno said.",
]


NEVER_HAPPENED = [
    ("Lev Arno said there had been no attack on the depot.", "Lev Arno"),
    ("Lev Arno said there was no meeting with the envoy.", "Lev Arno"),
    ("Lev Arno said not a single fighter had crossed the border.", "Lev Arno"),
]

NOT_NEVER_HAPPENED = [
    "Lev Arno said there were no casualties.",
    "Lev Arno said not a single school had reopened.",
]


DISTANCING_DISCORD = [
    ("The Kessel Brigade distanced itself from the attack on the depot.", "Kessel Brigade"),
    ("The Kessel Brigade washed its hands of the attack.", "Kessel Brigade"),
    ("Lev Arno said the reports were meant to sow discord.", "Lev Arno"),
]


# Round 6: what was said called unwarranted or malicious, said to malign, wrongly attributed; labelled as propaganda
# with 'dubbed' or a participle after the writing that carries it.
UNWARRANTED_DUBBED = [
    ("Lev Arno said the envoy's letter contained unwarranted accusations.", "Lev Arno"),
    ("Lev Arno said these malicious allegations would not stand.", "Lev Arno"),
    ("Lev Arno said the accusations were unjustified.", "Lev Arno"),
    ("The Kessel Brigade lashed out at the envoy for his untruthful remarks.", "Kessel Brigade"),
    ("Lev Arno said the claims were an attempt to malign the brigade.", "Lev Arno"),
    ("Lev Arno said the channel had incorrectly attributed the remarks to him.", "Lev Arno"),
    ("Lev Arno said the reports were clearly propaganda.", "Lev Arno"),
    ("The Kessel Brigade has dubbed the reports of the raid propaganda.", "Kessel Brigade"),
    ("Lev Arno issued a statement terming the reports propaganda.", "Lev Arno"),
    ("Rebel group Kessel Brigade denied the report.", "Kessel Brigade"),
    ("\u201cThese accusations against the brigade are hollow and worthless,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cThe claims from the council are rejected and void,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the accusations were invalid.", "Lev Arno"),
    ("Lev Arno said the claim was made without providing any evidence.", "Lev Arno"),
    ("Lev Arno condemned the raid while rejecting the claims of the council.", "Lev Arno"),
    (
        "Lev Arno rejected the council's move, calling it \u201cpart of efforts to demonize the brigade.\u201d",
        "Lev Arno",
    ),
]

NOT_UNWARRANTED_DUBBED = [
    "Lev Arno said the unjustified attack killed two guards.",
    "Lev Arno said the malicious software was found on the server.",
    "Lev Arno said the army launched an operation dubbed \u201cIron Gate\u201d in the valley.",
    "Lev Arno said the drone was incorrectly loaded.",
    "Lev Arno said the claims that the plan was absurd came from the council.",
    "Lev Arno rejected the council's move, calling it \u201ca step back.\u201d",
]

# Round 8: innocence of the claims in other words, words said for propaganda, a denier set off by an aside or
# named in a relative clause without a comma.
INNOCENT_PURPOSE_ASIDE = [
    ("Lev Arno said his group was \u201cinnocent\u201d of any of the claims in the leaks.", "Lev Arno"),
    ("Lev Arno said the brigade was innocent of these claims.", "Lev Arno"),
    (
        "\u201cThe remarks of the council were made with the aim of spreading propaganda,\u201d Lev Arno said.",
        "Lev Arno",
    ),
    ("The Kessel Brigade, earlier, denied that its fighters shelled the market.", "Kessel Brigade"),
    ("The channel aired a message from a brigade commander who denied the reports.", "a brigade commander"),
    ("\u201cThe council seeks to tarnish our name by accusing us of the raid,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said no actual evidence was given for the reports.", "Lev Arno"),
    ("Lev Arno later said in a statement that no aid convoys were targeted in the valley.", "Lev Arno"),
]

NOT_INNOCENT_PURPOSE_ASIDE = [
    "Lev Arno said their children were innocent.",
    "Lev Arno said the charges were raised in order to fund the repairs.",
    "Lev Arno said the council sought to win votes by accusing the mayor of waste.",
    "Lev Arno said no civilians were killed in the storm.",
]

# Condemning or scorning what was said, a denial as a noun after any verb of posting, a participle after 'in a
# statement', and what was said called ill-meant (round 9).
CONDEMNED_TWEETED_ILL_MEANT = [
    ("Lev Arno on Monday denounced a press report of a split in the brigade.", "Lev Arno"),
    ("Lev Arno condemned as a \u201cshameful lie\u201d reports that the brigade had fled.", "Lev Arno"),
    ("Lev Arno heaped scorn on the claims of a split.", "Lev Arno"),
    ("Lev Arno ridiculed the allegations.", "Lev Arno"),
    # armed men described as a group speak as the people they are: 'insurgents', 'militants', 'rebels'
    (
        "Brigade insurgents, who often boast of their raids, on Thursday denounced a media report of talks.",
        "Brigade insurgents",
    ),
    ("Kessel militants denied the report.", "Kessel militants"),
    ("The Kessel Brigade dispelled the impression that it had planned the raid.", "Kessel Brigade"),
    ("Lev Arno tweeted a denial of the reports.", "Lev Arno"),
    (
        "The Kessel Brigade said in a statement denying the U.S. accusations that it supported the raid.",
        "Kessel Brigade",
    ),
    ("Lev Arno said the repetition of such claims now is \u201ca malicious plot by our rivals.\u201d", "Lev Arno"),
    ("\u201cThese reports are made with clear political goals,\u201d Lev Arno said.", "Lev Arno"),
]
NOT_CONDEMNED_TWEETED_ILL_MEANT = [
    "Lev Arno condemned the attack on the depot.",
    "Lev Arno denounced the council for its silence.",
    "Lev Arno said the attack was malicious.",
    "The sun dispelled the fog over the valley.",
    "Lev Arno rejected a suggestion for the brigade to move north.",
]


# Dismissals with no verb of denying (round 20): the facts said to be unlike what was said, the charge as a gerund
# turned away, the accuser said to make propaganda, the request reported said never to have been made by anyone.
DISMISSED_UNLIKE_NEVER_MADE = [
    (
        "\u201cThe facts in the valley bear no resemblance to the picture painted in these reports,\u201d Lev Arno said.",
        "Lev Arno",
    ),
    ("Lev Arno said the town bore no resemblance to what the council had reported.", "Lev Arno"),
    ("\u201cAccusing the Kessel Brigade is rejected,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cThe council\u2019s men are engaged in propaganda against our villages,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cOur rivals are indulging in the politics of propaganda,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said no foreign or regional body had submitted such a request.", "Lev Arno"),
    ("Lev Arno said no official has ever issued any such statement.", "Lev Arno"),
    ("The Kessel Brigade said it would not be responsible for any raid during the truce.", "Kessel Brigade"),
    ("\u201cThe brigade has no connection whatsoever to the raid,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cNone of this is true,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said none of the council\u2019s claims were true.", "Lev Arno"),
    ("\u201cThat is simply not the case,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cIt\u2019s rubbish,\u201d Lev Arno said of the report.", "Lev Arno"),
    ("Lev Arno said the claims of the council were exaggerated.", "Lev Arno"),
    ("Lev Arno said Veloria could not be held responsible for attacks inside Kessel.", "Lev Arno"),
    ("\u201cWe do not accept to be accused of treason,\u201d Lev Arno said.", "Lev Arno"),
    ("\u201cWe do not accept those who claim we are thieves,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the brigade does not accept these allegations.", "Lev Arno"),
    (
        "Lev Arno, the brigade spokesman, told news agency Meridian that no contacts had been made between the group "
        "and any council official.",
        "Lev Arno",
    ),
    ("\u201cThe Kessel Brigade did not coordinate with the police as they claimed,\u201d Lev Arno said.", "Lev Arno"),
    ("Lev Arno said the convoy never stopped at the checkpoint as the council had alleged.", "Lev Arno"),
    ("Lev Arno said the report came from a misleading media campaign.", "Lev Arno"),
]
NOT_DISMISSED_UNLIKE_NEVER_MADE = [
    "Lev Arno said the new bridge bears no resemblance to the old one.",
    "Lev Arno said no town had ever faced such a flood.",
    "Lev Arno said the school ran a campaign against propaganda.",
    "Lev Arno said accusing the mayor was his right.",
    "Lev Arno said the roads are poor, but that is not the case in Kessel.",
    "Lev Arno said the street was full of rubbish.",
    "Lev Arno said the fears of a flood were exaggerated.",
    "Lev Arno said the brigade did not accept the offer.",
    "Lev Arno said no arrests were made.",
]

ALL_DENIALS = (
    DENIALS
    + A_LIE_NO_PART_RULED_OUT
    + QUOTED_VERBS_NOUNS_CONTRADICTING
    + MERIT_FORGERY_INNOCENCE
    + OUR_OWN_NOT_THERE
    + NEVER_HAPPENED
    + DISTANCING_DISCORD
    + UNWARRANTED_DUBBED
    + INNOCENT_PURPOSE_ASIDE
    + CONDEMNED_TWEETED_ILL_MEANT
    + DISMISSED_UNLIKE_NEVER_MADE
)
ALL_NOT_DENIALS = (
    NOT_DENIALS
    + NOT_QUOTED_VERBS_NOUNS_CONTRADICTING
    + NOT_MERIT_FORGERY_INNOCENCE
    + NOT_OUR_OWN_NOT_THERE
    + NOT_NEVER_HAPPENED
    + NOT_UNWARRANTED_DUBBED
    + NOT_INNOCENT_PURPOSE_ASIDE
    + NOT_CONDEMNED_TWEETED_ILL_MEANT
    + NOT_DISMISSED_UNLIKE_NEVER_MADE
    + ["Lev Arno ruled out talks with the council.", "Lev Arno said the raids were meant to sow discord."]
)


@pytest.mark.parametrize(("sentence", "denier"), ALL_DENIALS)
def test_a_family_of_wording_reports_a_denial(sentence: str, denier: str) -> None:
    units = said("en", sentence)
    assert [(k, s) for k, s, _ in units if k == "denial"] == [("denial", denier)]


@pytest.mark.parametrize("sentence", ALL_NOT_DENIALS)
def test_an_ordinary_sentence_is_no_denial(sentence: str) -> None:
    assert [u for u in said("en", sentence) if u[0] == "denial"] == []


def test_an_adverb_after_the_verb_is_not_what_is_denied() -> None:
    (unit,) = said("en", "Lev Arno rejected outright the claims of a split.")
    assert unit[:2] == ("denial", "Lev Arno")
    (u,) = analyse("en", "Lev Arno dismissed out of hand the reports of a split.").units
    assert u.denial is not None and u.denial.denied == ("the reports of a split",)


def test_a_denial_reported_by_another_is_the_deniers() -> None:
    assert said("en", "Lev Arno said the Kessel Brigade denied the accusations.")[0][:2] == ("denial", "Kessel Brigade")
    assert said("en", "Lev Arno told reporters the Kessel Brigade had denied the report.")[0][:2] == (
        "denial",
        "Kessel Brigade",
    )
