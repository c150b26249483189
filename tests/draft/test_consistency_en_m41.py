"""English shapes drafted wrong at the end of round 40, each in several made-up variants (round 41, helper m-en).

Made-up sentences only (Lev Arno, Dara Venn, the Kessel Brigade, Kessia); each test asserts what a reader would draft.
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import EN_LEAD, quotes, said_en

WORDS = "The crossing is closed"

# --- 1. 'he said' after a paragraph that went on to speak of another man: the last speaker ---------------------------

SPOKE = [
    '"Nothing passed," said Lev Arno, the commander.',
    '"Nothing passed," Lev Arno said.',
    "Lev Arno said the talks would go on.",
    "Lev Arno told Meridian Wire the road was shut.",
    'Colonel Lev Arno said: "Nothing passed."',
]
# the man spoken of, the subject of his own sentence, who says nothing
SPOKEN_OF = [
    "Dara Venn fled Kessel in 2011.",
    "Dara Venn, the governor, visited the crossing on Monday.",
    "Dara Venn has led the council since 2019.",
    "Dara Venn's rule ended in 2011.",
    "On Monday, Dara Venn arrived in Kessel.",
]
PRONOUN_TAGS = ['"{w}," he said.', '"{w}," he told Meridian Wire.', 'He said: "{w}."', '"{w}," he said on Monday.']


@pytest.mark.parametrize(("spoke", "spoken_of", "tag"), list(itertools.product(SPOKE, SPOKEN_OF, PRONOUN_TAGS)))
def test_he_said_after_a_paragraph_that_went_on_to_a_man_spoken_of_is_the_last_speaker(spoke, spoken_of, tag):
    # 'Lev Arno said ... Dara Venn fled Kessel in 2011.' then '"...," he said': Arno (it was Venn, who never spoke)
    got = quotes(EN_LEAD, f"{spoke} {spoken_of}", tag.format(w=WORDS))
    assert got[-1][1] == "Lev Arno", got


@pytest.mark.parametrize("spoke", SPOKE[:3])
@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        # a paragraph of his own: the man it is about, as before
        (("Dara Venn fled Kessel in 2011.",), "Dara Venn"),
        # one the sentence's subject acted on (round 22's rule)
        (("The ministry summoned Dara Venn on Monday.",), "Dara Venn"),
        # he is named in the pronoun's own paragraph
        (("",), None),
    ],
)
def test_guard_a_man_of_his_own_paragraph_or_acted_on_is_still_he(spoke, paragraphs, label):
    if label is None:
        got = quotes(EN_LEAD, spoke, f'Dara Venn fled Kessel in 2011. "{WORDS}," he said.')
        assert got[-1][1] == "Dara Venn", got
        return
    joined = spoke + " " + paragraphs[0] if "ministry" in paragraphs[0] else None
    text = [spoke, *paragraphs] if joined is None else [joined]
    got = quotes(EN_LEAD, *text, f'"{WORDS}," he said.')
    assert got[-1][1] == label, got


def test_guard_a_woman_spoken_of_leaves_he_to_the_man_who_spoke_and_she_to_her():
    text = ('"Nothing passed," Lev Arno said. Sara Vale, the governor, visited the crossing.', f'"{WORDS}," she said.')
    assert quotes(EN_LEAD, *text)[-1][1] == "Sara Vale"


# --- 2. a charge of lying: the accuser's denial only where its own side was charged before -------------------------

ACCUSERS = [
    ("The Kessel Brigade", "Kessel Brigade"),
    ("Lev Arno", "Lev Arno"),
    ("The Velorian ministry", "the Velorian ministry"),
]
LYING = [
    "{x} accused Dara Venn of lying.",
    "{x} accused Dara Venn of lying on Monday.",
    "{x} accuses Dara Venn of deliberately lying.",
    "{x} called Dara Venn's statement a lie.",
    "{x} described Dara Venn's remarks as lies.",
    "{x} branded Dara Venn's comments false on Monday.",
]


def _kinds(*paragraphs: str) -> list[tuple[str, str]]:
    return [(kind, who) for kind, who, _ in said_en(*paragraphs)]


@pytest.mark.parametrize("accuser", ACCUSERS)
@pytest.mark.parametrize("shape", LYING)
@pytest.mark.parametrize("before", ["", "Dara Venn met reporters in Tarvo on Monday.", "Talks in Tarvo stalled."])
def test_a_charge_of_lying_with_no_charge_before_is_the_accuser_s_charge(accuser, shape, before):
    # 'Lev Arno accused Dara Venn of lying.' alone: Arno charges Venn; he denies nothing (it was his denial)
    written, label = accuser
    text = [p for p in (before, shape.format(x=written)) if p]
    got = _kinds(*text)
    assert ("denial", label) not in got, text
    assert got and got[-1] == ("reported", label), text


@pytest.mark.parametrize("accuser", ACCUSERS[:2])
@pytest.mark.parametrize("shape", LYING)
@pytest.mark.parametrize(
    "before",
    [
        "Dara Venn accused {side} of shelling Tarvo.",
        "Dara Venn said {side} shelled Tarvo on Monday.",
        "{Side} was blamed for the shelling of Tarvo.",
        "{Side} denied shelling Tarvo.",
    ],
)
def test_a_charge_of_lying_after_one_against_the_accuser_s_side_is_its_denial(accuser, shape, before):
    # 'Dara Venn accused the brigade of shelling Tarvo. The brigade accused Venn of lying.': the brigade's denial
    written, label = accuser
    side = written[0].lower() + written[1:] if written.startswith("The") else written
    first = before.format(side=side, Side=written)
    got = _kinds(first, shape.format(x=written))
    assert got[-1] == ("denial", label), (first, shape)


@pytest.mark.parametrize("shape", LYING[:4])
def test_a_spokesman_beside_the_side_charged_denies_for_it(shape):
    first = "Dara Venn accused the Kessel Brigade of shelling Tarvo."
    got = _kinds(first, shape.format(x="Lev Arno, the brigade's spokesman,"))
    assert got[-1] == ("denial", "Lev Arno"), shape


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno accused Dara Venn of lying about the accusations.",
        "Lev Arno denied the reports and accused Dara Venn of lying.",
        "Lev Arno called the reports lies.",
        "Lev Arno called the claims about his fighters lies.",
    ],
)
def test_guard_a_denial_by_its_verb_or_of_the_charges_still_denies(text):
    assert ("denial", "Lev Arno") in _kinds(text), text


# --- 6. the words one was told: the teller's, a denial only where they deny -----------------------------------------

TELLERS = [
    ("Dara Venn", "Dara Venn"),
    ("the Kessel Brigade", "Kessel Brigade"),
    ("a senior official", "a senior official"),
]
TOLD_SHAPES = [
    'Lev Arno was {v} by {t}: "{w}"',
    '"{w}" Lev Arno was {v} by {t}.',
    'Lev Arno had been {v} by {t}: "{w}"',
]


@pytest.mark.parametrize("teller", TELLERS)
@pytest.mark.parametrize("verb", ["told", "assured", "warned", "informed"])
@pytest.mark.parametrize("shape", TOLD_SHAPES)
@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("The road to Tarvo is open.", "quote"),
        ("The talks will resume in May.", "quote"),
        ("We did not shell the town.", "denial"),
        ("The reports are false.", "denial"),
    ],
)
def test_words_one_was_told_are_the_teller_s_and_deny_only_as_they_do(teller, verb, shape, words, kind):
    # 'Lev Arno was told by Dara Venn: "The road is open."': Venn's words, no denial (it was Venn's denial of 'Lev
    # Arno'); 'We did not shell the town' denies, as 'Dara Venn told Lev Arno: "..."' does
    written, label = teller
    text = shape.format(v=verb, t=written, w=words if shape.startswith("Lev") else words.rstrip(".") + ",")
    assert [k for k, who, _ in said_en(text) if who == label] == [kind], text


# --- 9. the progressive, reports played down and one's own innocence declared: denials -----------------------------

SUBJECTS = [("Lev Arno", "Lev Arno"), ("The ministry", "the ministry"), ("The Kessel Brigade", "Kessel Brigade")]


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize(
    "predicate",
    [
        "is downplaying the reports.",
        "was playing down reports of a raid on Tarvo.",
        "has been downplaying the claims.",
        "downplayed the reports on Monday.",
        "played down reports that its fighters shelled Tarvo.",
        "is denying the reports.",
        "was rejecting the claims.",
        "is still maintaining its innocence.",
    ],
)
def test_a_progressive_or_reports_played_down_deny(subject, predicate):
    # 'Lev Arno is downplaying the reports' as 'Lev Arno denied the reports' (it was nothing, or his claim)
    written, label = subject
    text = f"{written} {predicate}".replace("its", "his") if label == "Lev Arno" else f"{written} {predicate}"
    assert ("denial", label) in [(k, who) for k, who, _ in said_en(text)], text


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize(
    "quoted",
    [
        "We maintain our innocence",
        "We have always maintained our innocence",
        "I maintain my innocence",
        "We insist on our innocence",
        "We proclaim our innocence and we will prove it",
    ],
)
def test_one_s_own_innocence_declared_in_marks_denies(subject, quoted):
    written, label = subject
    text = f'"{quoted}," {written[0].lower() + written[1:] if written.startswith("The") else written} said.'
    assert ("denial", label) in [(k, who) for k, who, _ in said_en(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno played down the losses.",
        "Lev Arno downplayed the threat posed by the brigade.",
        '"He maintains his innocence, but the court will decide," Lev Arno said.',
        '"They will have to prove their innocence," Lev Arno said.',
        "Lev Arno is playing down the damage to the bridge.",
    ],
)
def test_guard_a_loss_played_down_or_another_s_innocence_is_no_denial(text):
    assert "denial" not in [k for k, _, _ in said_en(text)], text


# --- 7. 'according to' a statement by the side: its denial, as 'the side said' is --------------------------------

SOURCES = [
    ("a statement by the Kessel Brigade", "Kessel Brigade"),
    ("a statement issued by the Kessel Brigade on Monday", "Kessel Brigade"),
    ("the Kessel Brigade's statement", "Kessel Brigade"),
    ("a statement by Lev Arno, the brigade's spokesman,", "Lev Arno"),
    ("Lev Arno, the brigade's spokesman,", "Lev Arno"),
    ("a statement by Lev Arno, a senior brigade commander,", "Lev Arno"),
]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize(
    "clause",
    ["its men never entered the town.", "its fighters did not enter Tarvo.", "it had no role in the raid."],
)
def test_according_to_a_statement_by_the_side_that_it_did_not_act_is_its_denial(source, clause):
    # 'According to a statement by the Kessel Brigade, its men never entered the town' as 'the brigade said its men
    # never entered the town' (with an office set off after the name it was no denial)
    written, label = source
    text = f"According to {written.rstrip(',')}, {clause}"
    assert ("denial", label) in [(k, who) for k, who, _ in said_en(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "According to Lev Arno, the road is shut, the crossing did not open.",
        "According to a statement by Lev Arno, the brigade's spokesman, the talks will resume in May.",
    ],
)
def test_guard_according_to_with_a_clause_or_no_denial_is_no_denial(text):
    assert "denial" not in [k for k, _, _ in said_en(text)], text


# --- 4. 'X is not supported by Kessia': Kessia's denial when Kessia or its official says it, else a claim ----------

BACKED = [
    "the Kessel Brigade is not supported by Kessia.",
    "the Kessel Brigade was never armed or funded by Kessia.",
    "the Kessel Brigade is not backed by Kessia in any way.",
    "the brigade has never been financed by Kessia.",
]


@pytest.mark.parametrize("predicate", BACKED)
@pytest.mark.parametrize(
    ("speaker", "label"),
    [("Kessia", "Kessia"), ("Lev Arno, Kessia's foreign minister,", "Lev Arno"), ("Kessia's Lev Arno", "Lev Arno")],
)
def test_another_not_backed_by_the_speaker_s_own_side_is_its_denial(predicate, speaker, label):
    # 'Kessia said the Kessel Brigade is not supported by Kessia' as 'Kessia said it does not support the brigade'
    text = f"{speaker} said {predicate}"
    assert ("denial", label) in [(k, who) for k, who, _ in said_en(text)], text


# (not 'has never been financed by Kessia', which a third party's 'has never' still makes its denial: left known)
@pytest.mark.parametrize("predicate", BACKED[:3])
@pytest.mark.parametrize("speaker", ["Dara Venn, a Velorian analyst,", "The Velorian ministry", "Dara Venn"])
def test_guard_another_not_backed_by_a_third_side_is_a_claim(predicate, speaker):
    text = f"{speaker} said {predicate}"
    assert "denial" not in [k for k, _, _ in said_en(text)], text


@pytest.mark.parametrize(
    "text",
    ["Lev Arno said the brigade is not backed by us.", "Lev Arno said the brigade is not funded by our government."],
)
def test_another_not_backed_by_us_is_a_denial(text):
    assert ("denial", "Lev Arno") in [(k, who) for k, who, _ in said_en(text)], text


# --- 3. a counter-account naming no charge: the denial of the side it clears, when that side speaks ----------------

COUNTERS = [
    '"It is not the Kessel Brigade; it is the Venn party," {s} said.',
    '"It was not the Kessel Brigade, it was the Venn party," {s} said.',
    "{S} said the attackers were not from the Kessel Brigade but from the Venn party.",
    "{S} said the gunmen were not the Kessel Brigade but the Venn party.",
]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@pytest.mark.parametrize("shape", COUNTERS)
@pytest.mark.parametrize(
    ("speaker", "label"),
    [
        ("the Kessel Brigade", "Kessel Brigade"),
        ("Lev Arno, the brigade's spokesman,", "Lev Arno"),
        ("Lev Arno, a Kessel Brigade commander,", "Lev Arno"),
    ],
)
def test_a_counter_account_by_the_side_it_clears_is_its_denial(shape, speaker, label):
    text = shape.format(s=speaker, S=_cap(speaker))
    assert ("denial", label) in [(k, who) for k, who, _ in said_en(text)], text


@pytest.mark.parametrize("shape", COUNTERS)
@pytest.mark.parametrize("speaker", ["Dara Venn, the governor,", "the Velorian ministry", "Dara Venn"])
def test_a_counter_account_by_a_third_side_is_its_claim_no_denial(shape, speaker):
    # 'Dara Venn, the governor, said the attackers were not from the Kessel Brigade but the Venn party': Venn names
    # who did it (it was his denial)
    text = shape.format(s=speaker, S=_cap(speaker))
    assert "denial" not in [k for k, _, _ in said_en(text)], text
