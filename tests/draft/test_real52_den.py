"""Round 52's den helper's rules, tested on made-up sentences, each with near-misses: 'not a shred (grain, word) of truth'
calls what was said false, as 'no truth' does; a verb of replying with no words of its own ('hit back', 'responded'), a
comma and a participle of saying whose clause says the subject's side did not do it ('Lev Arno hit back on Monday,
saying the group had no role in the attack'); being firm that it is so ('was adamant that', 'remained emphatic that')
is a verb of saying, as 'insisted' is; a denier's reported words and its words in marks inside them, read as one
clause, restate its denial ('The army said the commander was "alive and well"'); 'dissociated itself from' disowns, as
'distanced itself from' does; 'no soldiers were involved'; 'when asked whether' after a quoted 'No'; 'not one of our
fighters'; 'that is not what happened'; 'never used chemical weapons'; a body described opening the clause a participle
of saying follows ('The ministry reacted, saying ...'); a one-word name opening a sentence with a relative clause that
denies ('Kessia, which has denied ..., declined to comment'); a plea of not guilty; and what was said called meant to
defame ('aimed at defaming the army')."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, denied, last_deniers, last_units


def denied_of(sentence: str) -> list[str]:
    """What each denial record drafted from ``sentence`` (after the grid lead) says was denied."""
    return denied("en", EN_LEAD, sentence)


# --- not a shred of truth -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said there was not a shred of truth in the report.", "Lev Arno"),
        ("\u201cThere is not a shred of truth in these reports,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cThere is not an ounce of truth in it,\u201d said Dara Venn.", "Dara Venn"),
        ("\u201cThere is not one word of truth in this story,\u201d the ministry said.", "the ministry"),
        ("The Kessel Brigades said the claims were without a grain of truth.", "Kessel Brigades"),
        ("Dara Venn told reporters there was not a single grain of truth to the allegations.", "Dara Venn"),
        ("The council said the account contained not an iota of truth.", "the council"),
        ("\u201cThere is no shred of truth in what they say,\u201d Lev Arno told the radio.", "Lev Arno"),
    ],
)
def test_not_a_shred_of_truth_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no truth judged: evidence lacking, a word not said, or the words of another judged
        "Analysts said there was not a shred of evidence for the plan.",
        "Lev Arno said the envoy had sent not a word of thanks.",
        "Did the ministry say there was not a shred of truth in the report?",
    ],
)
def test_a_shred_of_something_else_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- hit back, saying ... -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno hit back on Monday, saying the group had no role in the attack.", "Lev Arno"),
        ("Dara Venn shot back, saying she had never met the envoy.", "Dara Venn"),
        ("The Kessel Brigades responded on Sunday, saying its fighters did not carry out the raid.", "Kessel Brigades"),
        ("The ministry replied, adding that no troops had been deployed to the border.", "the ministry"),
        ("The council responded swiftly, insisting that it had not received any request.", "the council"),
        ("Lev Arno hit back, stressing that the brigade had no forces in the town.", "Lev Arno"),
        ("The army countered on Tuesday, saying its soldiers did not fire on the crowd.", "the army"),
        ("The Orvale Front retorted, saying it had no hand in the bombing.", "Orvale Front"),
    ],
)
def test_a_reply_then_saying_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a stance, not a deed denied
        "Lev Arno hit back, saying the brigade did not want war.",
        "The ministry responded, saying it did not support the plan.",
        # a question, and a reply with nothing denied
        "Did the ministry respond, saying no troops had been deployed?",
        "The ministry responded on Monday, saying the talks would resume next week.",
        # a reply 'did not' make
        "The ministry did not respond, saying only that it had not been told.",
    ],
)
def test_a_reply_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- was adamant that ... -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno was adamant that the group had not left the town.", "Lev Arno"),
        ("The ministry was emphatic that no troops had crossed the border.", "the ministry"),
        ("The Kessel Brigades remained adamant that its fighters had no role in the attack.", "Kessel Brigades"),
        ("Dara Venn was unequivocal that she had never met the envoy.", "Dara Venn"),
        ("The army is adamant that its soldiers did not fire on the crowd.", "the army"),
        ("The council was categorical that it had not received any request.", "the council"),
        ("Lev Arno was adamant that the reports were false.", "Lev Arno"),
        ("The Orvale Front remains insistent that it played no part in the bombing.", "Orvale Front"),
    ],
)
def test_adamant_that_it_did_not_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # firm about a plan, or about what another did
        "Lev Arno was adamant that the talks would resume.",
        "Dara Venn was adamant that the army had shelled the village.",
        "Lev Arno was adamant about the plan.",
        # no words said
        "The ministry was adamant in its opposition to the deal.",
        "Was Lev Arno adamant that the group had not left the town?",
    ],
)
def test_adamant_about_something_else_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


def test_adamant_brings_its_words() -> None:
    assert ("quote", "Lev Arno") in last_units(
        "Lev Arno was adamant that the talks would go on, \u201cwhatever the council says\u201d."
    )


# --- the reported words and the words in marks read as one clause -----------------------------------------------

DENIED_DEATH = "The army denied that its commander had been killed."
DENIED_RAID = "The Kessel Brigades denied reports that its fighters had raided the town."


@pytest.mark.parametrize(
    ("lead", "said_so", "denier"),
    [
        (DENIED_DEATH, "The army said the commander was \u201calive and well\u201d.", "the army"),
        (DENIED_DEATH, "The army said its commander was \u201cin good health\u201d.", "the army"),
        (DENIED_DEATH, "The army said on Monday that the general was \u201csafe and sound\u201d.", "the army"),
        (DENIED_DEATH, "The army added that he was \u201cstill alive\u201d and leading his men.", "the army"),
        (DENIED_RAID, "The group said its fighters were \u201cstill in their positions\u201d.", "Kessel Brigades"),
        (DENIED_RAID, "The group said its fighters were \u201cfar from\u201d the town.", "Kessel Brigades"),
    ],
)
def test_words_in_marks_inside_a_reported_clause_restate_a_denial(lead: str, said_so: str, denier: str) -> None:
    assert last_units(lead, said_so) == [("denial", denier)], said_so


@pytest.mark.parametrize(
    ("lead", "said_so"),
    [
        # no denial to restate
        (
            "The army said its commander had been wounded.",
            "The army said the commander was \u201calive and well\u201d.",
        ),
        # another's words
        (DENIED_DEATH, "Dara Venn said the commander was \u201calive and well\u201d."),
        # what the clause says is not that it is not so
        (DENIED_RAID, "The group said its fighters were \u201cready to defend\u201d the town."),
        (DENIED_DEATH, "The army said the commander was \u201cin command\u201d of the offensive."),
    ],
)
def test_words_in_marks_that_restate_nothing(lead: str, said_so: str) -> None:
    assert all(kind != "denial" for kind, _ in last_units(lead, said_so)), said_so


# --- dissociated itself from ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The group disassociated itself from the statement.", "the group"),
        ("The Kessel Brigades dissociated itself from the attack on the convoy.", "Kessel Brigades"),
        ("Lev Arno dissociated himself from the remarks.", "Lev Arno"),
        ("The ministry disassociates itself from the claims made by the envoy.", "the ministry"),
        ("The Orvale Front has dissociated itself from the bombing in Port Sable.", "Orvale Front"),
    ],
)
def test_dissociated_itself_from_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry did not dissociate itself from the remarks.",
        "Lev Arno dissociated the two questions in his answer.",
        "Lev Arno refused to dissociate himself from the remarks.",
    ],
)
def test_not_dissociating_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- no soldiers were involved ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The army says no soldiers were involved.", "the army"),
        ("The ministry said no Velorian troops were present in the town.", "the ministry"),
        ("Lev Arno said no members of the brigade had been involved in the attack.", "Lev Arno"),
        ("\u201cNo fighters of ours were involved,\u201d Lev Arno said.", "Lev Arno"),
        ("The Kessel Brigades said no fighters were there when the convoy was hit.", "Kessel Brigades"),
        ("Dara Venn told reporters that no police officers were involved in the shooting.", "Dara Venn"),
        ("The council said no militants are present in Arnotown.", "the council"),
    ],
)
def test_no_soldiers_were_involved_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # not a side's armed people
        "Police said no civilians were involved.",
        "The ministry said no other vehicles were involved in the crash.",
        # a question, and what is yet to be
        "Were no soldiers involved in the raid?",
        "The ministry said no troops would be involved in the operation.",
    ],
)
def test_no_one_else_involved_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- "No," X said when asked whether ... ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier", "what"),
    [
        (
            "\u201cAbsolutely not,\u201d Lev Arno said when asked if the group had left the town.",
            "Lev Arno",
            "the group had left the town",
        ),
        (
            "\u201cNo,\u201d Lev Arno said when asked whether the group had attacked the convoy.",
            "Lev Arno",
            "the group had attacked the convoy",
        ),
        (
            "\u201cOf course not,\u201d the minister told reporters when asked by a journalist whether troops had "
            "crossed the border.",
            "the minister",
            "troops had crossed the border",
        ),
        (
            "\u201cNever,\u201d Dara Venn said after being asked if she had met the envoy.",
            "Dara Venn",
            "she had met the envoy",
        ),
        (
            "\u201cCertainly not,\u201d said Lev Arno when asked whether the brigade was behind the blast.",
            "Lev Arno",
            "the brigade was behind the blast",
        ),
    ],
)
def test_no_then_the_question_after_denies_what_was_asked(sentence: str, denier: str, what: str) -> None:
    assert last_deniers(sentence) == [denier], sentence
    assert denied_of(sentence) == [what], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan refused, a yes, another question, or no question at all
        "\u201cNo,\u201d Lev Arno said when asked whether talks would resume.",
        "\u201cYes,\u201d Lev Arno said when asked if the group had left the town.",
        "\u201cNo,\u201d Lev Arno said when asked whether he was tired, adding that the talks were over.",
        "\u201cAbsolutely not,\u201d Lev Arno said.",
    ],
)
def test_no_to_no_claim_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- not one of our fighters took part -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cNot a single one of our fighters took part,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cNot one of our soldiers was there,\u201d the army said.", "the army"),
        ("\u201cNot one of us was involved,\u201d Lev Arno said.", "Lev Arno"),
        ("The army said not one of its soldiers had fired a shot.", "the army"),
        ("\u201cNot a single of our men participated in the raid,\u201d said Dara Venn.", "Dara Venn"),
        ("The Kessel Brigades said not a single one of its members took part in the attack.", "Kessel Brigades"),
    ],
)
def test_not_one_of_ours_did_it_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # not the speaker's own side, a vow, or others'
        "\u201cNot one of the hostages was freed,\u201d Lev Arno said.",
        "\u201cNot one of our fighters will surrender,\u201d Lev Arno said.",
        "\u201cNot a single one of them has been charged,\u201d Lev Arno said.",
    ],
)
def test_not_one_of_others_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- that is not what happened -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cThat\u2019s not what happened,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cThat is simply not what happened,\u201d the ministry said.", "the ministry"),
        ("Lev Arno said this was not how it happened.", "Lev Arno"),
        ("\u201cIt was not what took place at all,\u201d said Dara Venn.", "Dara Venn"),
        ("\u201cThat was never what happened,\u201d the Kessel Brigades said.", "Kessel Brigades"),
    ],
)
def test_not_what_happened_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # not knowing what happened denies nothing
        "\u201cNobody knows what happened,\u201d Lev Arno said.",
        "\u201cWe do not know what happened,\u201d the ministry said.",
        "\u201cIt is not clear what happened,\u201d the ministry said.",
        "\u201cThat is not what we expected to happen,\u201d Lev Arno said.",
    ],
)
def test_not_knowing_what_happened_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- never used chemical weapons -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cWe have never used chemical weapons,\u201d Lev Arno said.", "Lev Arno"),
        ("The army said it did not use barrel bombs.", "the army"),
        ("\u201cOur forces have never used civilians as human shields,\u201d the army said.", "the army"),
        ("The Kessel Brigades said it had not used cluster munitions in the town.", "Kessel Brigades"),
        ("Lev Arno said the army had never used white phosphorus.", "Lev Arno"),
        ("\u201cWe did not use any banned weapons,\u201d said Dara Venn.", "Dara Venn"),
    ],
)
def test_never_used_banned_arms_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # another use, a vow, or the charge itself
        "\u201cWe did not use force,\u201d Lev Arno said.",
        "\u201cWe will never use chemical weapons,\u201d Lev Arno said.",
        "The ministry said the rebels had used chemical weapons.",
        "\u201cWe did not use the main road,\u201d the army said.",
    ],
)
def test_other_uses_deny_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- a body described opens the clause a participle of saying follows ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The ministry reacted, saying the claims were lies.", "the ministry"),
        ("The ministry hit back, calling the report \u201cfake news\u201d.", "the ministry"),
        ("The ministry fired back, insisting its troops had not crossed the border.", "the ministry"),
        ("The army reacted angrily, stressing that it had not shelled the village.", "the army"),
        ("The council spoke on Monday, calling the allegations baseless.", "the council"),
        ("The Velorian government hit back on Sunday, saying the report was untrue.", "the Velorian government"),
    ],
)
def test_a_body_then_a_participle_of_saying_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no participle of saying, no body, or nothing denied
        "The army shelled the village on Monday, killing five people.",
        "Reports about the army surfaced on Monday, saying its troops had crossed the border.",
        "The ministry reacted, saying the talks would resume.",
    ],
)
def test_a_body_then_no_denial(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- a one-word name opening a sentence, a relative clause on it that denies ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Kessia, which has repeatedly denied arming the rebels, did not respond to a request for comment.", "Kessia"),
        ("Veloria, which denies arming the brigade, did not comment.", "Veloria"),
        ("Ostravia, which has long denied sending troops, declined to comment on the report.", "Ostravia"),
        ("Arno, who has denied the charges, could not be reached.", "Arno"),
        ("Velor, which rejects the accusations, has called for an inquiry.", "Velor"),
    ],
)
def test_a_name_with_a_relative_clause_that_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no name opens it, or the clause denies nothing
        "Meanwhile, who denied the reports remains unclear.",
        "However, which side fired first is unclear.",
        "Kessia, which has long backed the rebels, did not respond to a request for comment.",
    ],
)
def test_no_name_or_no_denial_in_the_relative_clause(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- pleaded not guilty --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno pleaded not guilty to the charges.", "Lev Arno"),
        ("The two commanders have pleaded innocent to all charges.", "the two commanders"),
        ("Lev Arno pleads not guilty to war crimes charges.", "Lev Arno"),
        ("Dara Venn on Monday pleaded not guilty to ordering the raid.", "Dara Venn"),
        ("Lev Arno, the former commander, pleaded not guilty.", "Lev Arno"),
    ],
)
def test_a_plea_of_not_guilty_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno is expected to plead not guilty.",
        "Lev Arno refused to plead not guilty.",
        "Lev Arno pleaded guilty to the charges.",
        "Lev Arno pleaded for mercy.",
        "Lev Arno would plead not guilty, his lawyer said.",
    ],
)
def test_no_plea_of_not_guilty_denies_nothing(sentence: str) -> None:
    assert all(who != "Lev Arno" for who in last_deniers(sentence)), sentence


# --- claims aimed at defaming ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said the claims were part of a campaign to tarnish the group\u2019s image.", "Lev Arno"),
        ("The ministry said the allegations were aimed at defaming the army.", "the ministry"),
        ("The Kessel Brigades said the reports were aimed at deceiving the public.", "Kessel Brigades"),
        ("The ministry said the claims were aimed at inciting violence against the army.", "the ministry"),
        ("\u201cThese claims are part of a campaign to tarnish our image,\u201d Lev Arno said.", "Lev Arno"),
        ("The council said the reports were part of a plan to hide the truth.", "the council"),
    ],
)
def test_claims_meant_to_defame_deny(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no words said judged, or a purpose that is no deceit
        "Lev Arno said the reports were aimed at attracting investors.",
        "Lev Arno said the council was trying to discredit the brigade.",
        "The plan was part of a campaign to rebuild the town\u2019s image.",
    ],
)
def test_other_aims_deny_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence
