"""English, round 31 (the lead's): backing a side is accused of, denied in the present as a standing fact ('it does
not arm the brigade', '"We do not fund any militia"'). Only the past was read as a denial ('it did not arm'), so a
state that answers a charge of arming or funding a group in the present tense, as states mostly do, was drafted as
a plain report. Only acts of backing, harbouring, targeting or meddling are so read: 'does not support the plan' and
'does not plan to withdraw' are positions, not denials.
Made-up names throughout (Veloria, the Kessel Brigade, Lev Arno, Ostravia).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said


@pytest.mark.parametrize(
    "text, denier",
    [
        ("Veloria said it does not arm the brigade.", "Veloria"),
        ("Veloria has repeatedly said it does not arm or fund the Kessel Brigade.", "Veloria"),
        ('"We do not fund the brigade," the minister said.', "the minister"),
        ('"We don\'t target civilians," Lev Arno said.', "Lev Arno"),
        ("The ministry said Veloria does not train or equip the rebels.", "the ministry"),
        ("The government said it does not interfere in Ostravia's internal affairs.", "the government"),
        ("Veloria does not send weapons to the brigade, the ministry said.", "the ministry"),
        ("Lev Arno insisted that the brigade does not harbour foreign fighters.", "Lev Arno"),
        ("Veloria said it does not arm Kessel.", "Veloria"),
    ],
)
def test_backing_denied_in_the_present_is_a_denial(text, denier):
    assert [(k, s) for k, s, _ in said("en", text)][:1] == [("denial", denier)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The government said it does not support the plan.", "the government"),
        ("The brigade said it does not plan to withdraw from Ostravia.", "the brigade"),
        ("The ministry said it does not send aid to the region without permission.", "the ministry"),
        ("Lev Arno said the brigade does not fund its schools from taxes.", "Lev Arno"),
        ("The ministry said it does not fund Ostravia's schools.", "the ministry"),
        ("The army said it does not back the proposal.", "the army"),
        ("The brigade said it does not train with foreign armies.", "the brigade"),
    ],
)
def test_a_position_in_the_present_is_no_denial(text, speaker):
    assert [k for k, s, _ in said("en", text) if s == speaker] == ["reported"]


# A count another side gave, called too high: the number claimed is disputed, as a claim called exaggerated is.
@pytest.mark.parametrize(
    "text, denier",
    [
        ("The ministry said the death toll reported by the brigade was exaggerated.", "the ministry"),
        ('The army said the brigade\'s figures were "grossly exaggerated".', "the army"),
        ("Lev Arno said the casualty figures given by Veloria had been inflated.", "Lev Arno"),
        ("The army said the claims were inflated.", "the army"),
        ("The government said the numbers released by the rebels were overstated.", "the government"),
        ('"The toll is greatly exaggerated," the minister said.', "the minister"),
    ],
)
def test_a_count_called_too_high_is_denied(text, denier):
    assert [(k, s) for k, s, _ in said("en", text)][:1] == [("denial", denier)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The minister said fears of a wider war were exaggerated.", "the minister"),
        ("Lev Arno said prices had been inflated by the blockade.", "Lev Arno"),
        ("The ministry said the figures showed a rise in attacks.", "the ministry"),
    ],
)
def test_other_things_called_exaggerated_are_no_denial(text, speaker):
    assert [k for k, s, _ in said("en", text) if s == speaker] == ["reported"]


# A description, then the name it is known by (a fighter's nom de guerre, as wire copy gives it): the name speaks.
# Before, 'a commander known as Abu Karim said' had no speaker at all, and 'known only as', 'identified only as',
# 'known locally as' read 'as Abu Karim said' as a clause of its own.
QUOTE = "We will not retreat"


@pytest.mark.parametrize(
    "text",
    [
        f'"{QUOTE}," a commander known as Abu Karim told The Meridian.',
        f'"{QUOTE}," said a commander known as Abu Karim.',
        f'"{QUOTE}," a commander identified only as Abu Karim said.',
        f'"{QUOTE}," said a fighter known only as Abu Karim.',
        f'"{QUOTE}," a commander using the nom de guerre Abu Karim said.',
        f'A fighter nicknamed Abu Karim said: "{QUOTE}."',
        f'The commander, known as Abu Karim, said: "{QUOTE}."',
        f'"{QUOTE}," the group\'s leader, known as Abu Karim, said.',
        f'"{QUOTE}," the man, known locally as Abu Karim, said.',
        f'A senior commander, identified as Abu Karim, told The Meridian: "{QUOTE}."',
    ],
)
def test_the_name_a_description_is_known_by_speaks(text):
    assert [(k, s) for k, s, _ in said("en", text)] == [("quote", "Abu Karim")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # (a name before the aside keeps the quotation: the aside gives the same man another name)
        (f'"{QUOTE}," Lev Arno, known as Abu Karim, said.', "Lev Arno"),
        (f'"{QUOTE}," Lev Arno, known to his men as Abu Karim, said.', "Lev Arno"),
        (f'"{QUOTE}," Lev Arno, known among residents as Abu Karim, said.', "Lev Arno"),
    ],
)
def test_a_name_before_its_other_name_still_speaks(text, speaker):
    assert [(k, s) for k, s, _ in said("en", text)] == [("quote", speaker)]


# A writing posted by its issuer, or on its issuer's own media, speaks for the issuer (before: no speaker at all, the
# words lost); one posted on social media or printed by an outlet has no issuer named.
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A statement posted by the Kessel Brigade said the fighters were safe.", "Kessel Brigade"),
        ("A statement posted in Kessel Brigade media said the fighters were safe.", "Kessel Brigade"),
        ("A statement posted on the brigade's Telegram channel said the fighters were safe.", "the brigade"),
        (
            "A statement released on the Kessel Brigade's official website said the fighters were safe.",
            "Kessel Brigade",
        ),
        ("A statement carried by Kessel Brigade media outlets said the fighters were safe.", "Kessel Brigade"),
    ],
)
def test_a_writing_on_its_issuers_own_media_speaks_for_the_issuer(text, speaker):
    assert [(k, s) for k, s, _ in said("en", text)] == [("reported", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "A statement posted on social media said the fighters were safe.",
        "A statement published in the state media said the fighters were safe.",
        "A statement carried by local media said the fighters were safe.",
    ],
)
def test_a_writing_on_media_of_no_one_named_has_no_speaker(text):
    assert said("en", text) == []


# Disowning an act for one's side: 'a statement distanced the group from the murder', as 'distanced itself from'.
@pytest.mark.parametrize(
    "text, denier",
    [
        (
            "A statement posted in Kessel Brigade media distanced the group from the murder of Lev Arno.",
            "Kessel Brigade",
        ),
        ("The brigade's statement distanced the group from the attack on the convoy.", "the brigade"),
        ("The Kessel Brigade distanced the movement from the bombing.", "Kessel Brigade"),
    ],
)
def test_distancing_ones_side_from_an_act_is_a_denial(text, denier):
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", denier)]


def test_distancing_another_from_a_quarrel_is_no_denial():
    assert [k for k, _, _ in said("en", "The court distanced the minister from the scandal.")] == []


# Knowing nothing of the act one is charged with denies it: '"We do not know anything about the killing of X," the group
# said' (the fresh Heemaal News article), but not knowing about people or places, nor others' knowing nothing.
@pytest.mark.parametrize(
    "text, denier",
    [
        ('"We do not know anything about the killing of Lev Arno," the group said.', "the group"),
        ('"We know nothing about the attack," the group said.', "the group"),
        ("The brigade said it knew nothing about the bombing.", "the brigade"),
        ('"I know nothing at all about these assassinations," Lev Arno said.', "Lev Arno"),
    ],
)
def test_knowing_nothing_of_the_act_one_is_charged_with_is_a_denial(text, denier):
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", denier)]


@pytest.mark.parametrize(
    "text",
    [
        '"We know nothing about the victims," the group said.',
        '"We do not know anything about his whereabouts," the group said.',
        "The police said they knew nothing of the blast.",
    ],
)
def test_knowing_nothing_of_people_or_of_others_is_no_denial(text):
    assert [k for k, _, _ in said("en", text)] in (["quote"], ["reported"])


# A closing mark typed where a quotation opens (the fresh Mogadishu24 article): at the paragraph's start or after a
# colon, before a word, with another closing mark after it. Before, the words were read as the writer's own.
@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("\u201d The army thwarted the plot\u201d, said Lev Arno.", "Lev Arno", "The army thwarted the plot"),
        ("Lev Arno said: \u201d The army thwarted the plot.\u201d", "Lev Arno", "The army thwarted the plot."),
        ("\u201dThe army thwarted the plot,\u201d Lev Arno said.", "Lev Arno", "The army thwarted the plot,"),
    ],
)
def test_a_closing_mark_typed_to_open_opens_a_quotation(text, speaker, words):
    assert [(k, s, w.strip()) for k, s, w in said("en", text)] == [("quote", speaker, words)]


def test_a_closing_mark_after_words_still_closes():
    # (the second closing mark is no opener: it follows words, not a colon or the paragraph's start)
    units = said("en", "\u201cThe army thwarted the plot,\u201d said Lev Arno, \u201d and it will go on\u201d.")
    assert [(k, s, w) for k, s, w in units][:1] == [("quote", "Lev Arno", "The army thwarted the plot,")]


# The words in marks of a claim another answers are the claimant's: 'X denied claims by Y that it "..."' (the fresh
# Radio Dabanga article). Before, they went to X, the denier, as if X had said them; the denial still cites them as
# what it denies.
@pytest.mark.parametrize(
    "text, denier, claimant",
    [
        ('The brigade denied claims by the army on Wednesday that it "destroyed a convoy".', "the brigade", "the army"),
        (
            "Kessel's Northern Forces (KNF) denied claims by the Velorian Armed Forces (VAF) on Wednesday that they"
            ' "destroyed a convoy carrying fighters," as it crossed.',
            "Northern Forces",
            "Velorian Armed Forces",
        ),
        (
            'The brigade denied allegations made by Veloria that its fighters "destroyed a convoy".',
            "the brigade",
            "Veloria",
        ),
        ('The brigade dismissed Lev Arno\'s accusation that it had "betrayed the people".', "the brigade", "Lev Arno"),
        ('The army rejected the Kessel Brigade\'s claims that it "destroyed a convoy".', "the army", "Kessel Brigade"),
    ],
)
def test_the_words_of_a_claim_another_answers_are_the_claimants(text, denier, claimant):
    units = said("en", text)
    assert [(k, s) for k, s, _ in units] == [("denial", denier), ("quote", claimant)]
    denial = next(r for r in built("en", text) if r["type"] == "denial")
    assert units[1][2].strip(" ,") in denial["denied"]


@pytest.mark.parametrize(
    "text",
    [
        'The brigade denied claims that it "destroyed a convoy".',  # (no claimant named)
        "The brigade denied claims by the army that it destroyed a convoy.",  # (no words in marks)
    ],
)
def test_a_claim_with_no_claimant_or_no_words_in_marks_adds_no_speaker(text):
    assert [k for k, _, _ in said("en", text)] == ["denial"]


def test_rejecting_anothers_claim_in_ones_own_words_is_a_denial():
    # ("the army's claim" as "the claims": an owner's name before the claim; 1 of 1 failed before)
    text = '"We reject the army\'s claim that we destroyed a convoy," Lev Arno said.'
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", "Lev Arno")]


def test_the_deniers_own_words_after_the_claim_are_not_the_claimants():
    # (the gate's one loss: the denier's judgement after a comma went to the claimant)
    text = (
        "Meanwhile, the brigade has denied the Velorian army's allegations that it is using schools as bases, terming"
        ' them "baseless" and "a prelude to a new massacre".'
    )
    assert [(k, s) for k, s, _ in said("en", text)] == [("denial", "the brigade")]
