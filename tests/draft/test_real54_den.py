"""Round 54's den helper's rules, tested on made-up sentences, each with near-misses: 'nothing could be further from the
truth' calls what was said false, as 'far from the truth' does; one's own side said to have done nothing wrong ('said
he had done nothing wrong'), or '"I am innocent"' in one's own words; 'there is no such plan' (decision, agreement,
order) of what was reported; footage or a document said to have been doctored, manipulated, photoshopped, altered or
falsified; a side said to take no orders from another ('"We do not take orders from Kessia"'), or to be no one's
proxy; what was said called imagined ('pure imagination', 'exists only in the minds of its authors'); the accuser
asked for proof of its claims ('called on Kessia to provide proof of its claims'); claims called overblown, blown out
of proportion or wishful thinking; '"The opposite is true"'; no captives held ('"We are not holding any soldiers"',
'"We have no prisoners"'); one's own side never there ('"Our fighters were never there"'); a side named in one's own
quoted words, then 'carried out no ...' ('"Kessia conducted no operation in Tarvo"'), as 'did not carry out' reads
there."""

from __future__ import annotations

import pytest

from tests.draft.conftest import last_deniers

# --- further from the truth ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cNothing could be further from the truth,\u201d the ministry said.", "the ministry"),
        ("The ministry said nothing could be further from the truth.", "the ministry"),
        ("\u201cNothing can be farther from the truth,\u201d Lev Arno told reporters.", "Lev Arno"),
        ("Lev Arno said the reports \u201ccould not be further from the truth\u201d.", "Lev Arno"),
        ("\u201cThis could not be further from the truth,\u201d Dara Venn said of the reports.", "Dara Venn"),
        ("The army said the allegations couldn\u2019t be further from the truth.", "the army"),
        (
            "\u201cThat is further from the truth than anything we have heard,\u201d the Kessel Brigades said.",
            "Kessel Brigades",
        ),
    ],
)
def test_further_from_the_truth_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the two sides were further from agreement than ever.",
        "\u201cNothing could be further from my mind,\u201d Dara Venn said.",
        "The ministry said the party had moved further from the centre.",
        "Did the ministry say nothing could be further from the truth?",
    ],
)
def test_further_from_something_else_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- done nothing wrong, innocent --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cI am innocent,\u201d Lev Arno told the court.", "Lev Arno"),
        ("\u201cI am completely innocent,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cWe have done nothing wrong,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cI did nothing wrong,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cI\u2019m innocent,\u201d Dara Venn told the judge.", "Dara Venn"),
        ("Lev Arno said he had done nothing wrong.", "Lev Arno"),
        ("Lev Arno insisted he had done nothing wrong.", "Lev Arno"),
        ("Dara Venn said she did nothing wrong.", "Dara Venn"),
        ("The company said it had done nothing wrong.", "the company"),
        ("Dara Venn told reporters she had done \u201cnothing wrong\u201d.", "Dara Venn"),
        ("The Kessel Brigades said its fighters had done nothing wrong.", "Kessel Brigades"),
    ],
)
def test_own_side_did_nothing_wrong_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cYou have done nothing wrong,\u201d Lev Arno told the crowd.",
        "Lev Arno said the victims had done nothing wrong.",
        "\u201cThe children are innocent,\u201d Dara Venn said.",
        "\u201cNothing went wrong,\u201d Lev Arno said.",
        "Did Lev Arno say he had done nothing wrong?",
        "\u201cI am innocent of nothing,\u201d Lev Arno said.",
    ],
)
def test_others_did_nothing_wrong_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- no such plan -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said there was no such plan.", "Lev Arno"),
        ("\u201cThere is no such decision,\u201d Lev Arno said.", "Lev Arno"),
        ("The ministry said there was no such agreement.", "the ministry"),
        ("The army said there had been no such order.", "the army"),
        ("Dara Venn said there were no such plans.", "Dara Venn"),
        ("\u201cThere has been no such request,\u201d the Kessel Brigades said.", "Kessel Brigades"),
        ("The ministry said there was absolutely no such letter.", "the ministry"),
        ("\u201cNo such plan exists,\u201d Lev Arno said.", "Lev Arno"),
    ],
)
def test_no_such_plan_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cThere is no such thing as a free ride,\u201d Lev Arno said.",
        "Lev Arno said there was no plan to resume the talks.",
        "\u201cIf there is no such agreement, we will fight,\u201d Dara Venn said.",
        "Did the ministry say there was no such plan?",
        "The ministry asked whether there was no such plan.",
    ],
)
def test_no_such_plan_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- footage doctored -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The army said the photo had been doctored.", "the army"),
        ("The army said the images had been manipulated.", "the army"),
        ("Lev Arno said the picture had been photoshopped.", "Lev Arno"),
        ("The ministry said the footage was digitally altered.", "the ministry"),
        ("The Kessel Brigades said the recording had been doctored.", "Kessel Brigades"),
        ("Dara Venn said the audio clip was manipulated.", "Dara Venn"),
        ("The ministry said the document had been falsified.", "the ministry"),
        ("The army said the video had been tampered with.", "the army"),
    ],
)
def test_footage_doctored_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the election had been manipulated.",
        "The army said the video had been filmed on Monday.",
        "The ministry said the prices had been manipulated by traders.",
        "The ministry said the images showed the damage.",
        "Did the army say the photo had been doctored?",
    ],
)
def test_footage_or_else_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- no orders from anyone --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cWe do not take orders from Kessia,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cWe don\u2019t take orders from anyone,\u201d Dara Venn said.", "Dara Venn"),
        ("The Kessel Brigades said it does not take orders from Kessia.", "Kessel Brigades"),
        ("Lev Arno said the group did not receive instructions from any foreign state.", "Lev Arno"),
        ("\u201cWe receive no orders from anyone,\u201d Lev Arno said.", "Lev Arno"),
        ("The Orvale Front said it takes no instructions from Kessia.", "Orvale Front"),
        ("\u201cWe are not a proxy for anyone,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cWe are nobody\u2019s proxy,\u201d Dara Venn said.", "Dara Venn"),
    ],
)
def test_no_orders_from_another_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe will never take orders from Kessia,\u201d Lev Arno said.",
        "Lev Arno urged the fighters not to take orders from Kessia.",
        "\u201cSoldiers must not take orders from politicians,\u201d Dara Venn said.",
        "Lev Arno said the brigade takes its orders from Kessia.",
        "\u201cProxy wars must end,\u201d Lev Arno said.",
        "Did the brigade say it does not take orders from Kessia?",
    ],
)
def test_orders_or_proxies_that_deny_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- pure imagination ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno said the reports were \u201cpure imagination\u201d.", "Lev Arno"),
        ("Lev Arno said the reports were \u201ca product of imagination\u201d.", "Lev Arno"),
        ("Lev Arno said the claims existed only in the minds of their authors.", "Lev Arno"),
        ("\u201cThis exists only in the imagination of our enemies,\u201d Dara Venn said.", "Dara Venn"),
        ("The ministry said the report was the fruit of a sick imagination.", "the ministry"),
        ("The Kessel Brigades said the story was a creation of the enemy\u2019s imagination.", "Kessel Brigades"),
    ],
)
def test_what_was_said_imagined_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said imagination was needed to end the war.",
        "\u201cThe plan shows great imagination,\u201d Dara Venn said.",
        "The ministry said the museum was a product of the architect\u2019s vision.",
    ],
)
def test_imagination_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- show us the proof of your claims ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("Lev Arno called on Kessia to provide proof of its claims.", "Lev Arno"),
        ("Lev Arno demanded that Kessia present evidence for its allegations.", "Lev Arno"),
        (
            "\u201cLet them provide a single piece of evidence to support their claims,\u201d Dara Venn said.",
            "Dara Venn",
        ),
        ("The ministry urged the newspaper to produce any evidence for its report.", "the ministry"),
        ("The Orvale Front said Kessia should show proof of these accusations.", "Orvale Front"),
    ],
)
def test_accuser_asked_for_proof_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The court asked the prosecution to provide evidence for its charges.",
        "Lev Arno said the inquiry would present evidence to the court.",
        "Dara Venn said the police had found proof of the plot.",
    ],
)
def test_proof_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- overblown, wishful thinking -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("The army said the claims were \u201coverblown\u201d.", "the army"),
        ("The army said the story had been \u201cblown out of proportion\u201d.", "the army"),
        ("Lev Arno said the reports were \u201cwishful thinking\u201d.", "Lev Arno"),
        ("Lev Arno called the claims wishful thinking.", "Lev Arno"),
        ("Dara Venn said the reports of a split were blown out of all proportion.", "Dara Venn"),
    ],
)
def test_claims_called_overblown_deny(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Lev Arno said the crisis had been blown out of proportion by the media.",
        "Lev Arno said the plan was wishful thinking.",
        "Lev Arno said the fears of war were overblown.",
    ],
)
def test_other_things_overblown_deny_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- the opposite is true ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cThe exact opposite is true,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cThe opposite is true,\u201d Dara Venn said.", "Dara Venn"),
        ("The army said the opposite was true.", "the army"),
        ("\u201cThe reverse was the case,\u201d Lev Arno said.", "Lev Arno"),
        ("The Kessel Brigades said the very opposite was the case.", "Kessel Brigades"),
    ],
)
def test_the_opposite_is_true_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cIn winter the opposite is true: prices rise,\u201d Lev Arno said.",
        "Lev Arno said the opposite was true of the northern towns, where prices fell.",
        "Did the army say the opposite was true?",
    ],
)
def test_an_opposite_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- no captives held ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cWe are not holding any soldiers,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cWe have no prisoners,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cWe don\u2019t hold any hostages,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cWe are not holding any foreign journalists,\u201d the Kessel Brigades said.", "Kessel Brigades"),
        ("\u201cWe\u2019re not holding the pilot,\u201d Dara Venn told Meridian Wire.", "Dara Venn"),
        ("\u201cWe hold no captives,\u201d the Orvale Front said in a statement.", "Orvale Front"),
    ],
)
def test_no_captives_held_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe are not holding talks with Kessia,\u201d Lev Arno said.",
        "\u201cWe have no prisoners to exchange yet,\u201d Lev Arno said.",
        "\u201cThey are not holding any prisoners,\u201d Lev Arno said of the rebels.",
    ],
)
def test_holding_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- never there --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cOur fighters were never there,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cWe have never been in that area,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cOur men were never near the camp,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cWe have never been there,\u201d Dara Venn told reporters.", "Dara Venn"),
        ("\u201cOur forces have never been in that town,\u201d the Kessel Brigades said.", "Kessel Brigades"),
    ],
)
def test_own_side_never_there_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe have never been there when the fighting started,\u201d Lev Arno said.",
        "\u201cWe have never been to that city before, and we were happy to visit,\u201d Lev Arno said.",
        "\u201cThey were never there,\u201d Lev Arno said of the inspectors.",
    ],
)
def test_never_there_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence


# --- "Kessia conducted no operation" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denier"),
    [
        ("\u201cKessia conducted no operation in Tarvo,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cThe army carried out no strikes in the area,\u201d Dara Venn said.", "Dara Venn"),
        ("\u201cThe Kessel Brigades fired no rockets at the town,\u201d Lev Arno said.", "Lev Arno"),
        ("\u201cKessia sent no troops to Tarvo,\u201d the ministry said.", "the ministry"),
        ("The army spokesman told reporters, \u201cKessia carried out NO strike in Tarvo.\u201d", "the army spokesman"),
    ],
)
def test_named_side_acted_no_in_quotation_denies(sentence: str, denier: str) -> None:
    assert last_deniers(sentence) == [denier], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cThe Kessel Brigades fired no more rockets after Monday,\u201d Lev Arno said.",
        "\u201cKessia has no plans to send troops,\u201d Dara Venn said.",
        "\u201cTarvo needs no more weapons,\u201d Lev Arno said.",
    ],
)
def test_named_side_with_no_that_denies_nothing(sentence: str) -> None:
    assert last_deniers(sentence) == [], sentence
