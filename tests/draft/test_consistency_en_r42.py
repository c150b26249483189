"""Round 41's English rules read again (round 42, helper r-en): cases they forgot and places they fired wrongly.

Made-up sentences only (Lev Arno, Dara Venn, the Kessel Brigade, Kessia); each test asserts what a reader would draft.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes, said_en


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(k, who) for k, who, _ in said_en(text)]


# --- 1. what one was asked or told before a colon, with an adverb between: put to them, no one's words -------------

ASKED = [
    'Lev Arno was also asked: "Will you leave the town?"',
    'Lev Arno was later asked: "Will you leave the town?"',
    'He was repeatedly asked: "Will you leave the town?"',
    'He was also pressed: "Will you leave the town?"',
    'Lev Arno, the brigade\'s spokesman, was repeatedly asked: "Will you leave the town?"',
    'Lev Arno, the brigade\'s spokesman, was then asked: "Will you leave the town?"',
    'He had been asked: "Will you leave the town?"',
]


@pytest.mark.parametrize("text", ASKED)
def test_what_one_was_asked_with_an_adverb_between_is_no_one_s(text):
    got = quotes(EN_LEAD, "Dara Venn spoke on Monday.", text)
    assert got[-1][1] is None, got


@pytest.mark.parametrize(
    "text", ['Lev Arno was blunt: "We will stay in the town."', 'He was clear: "We will stay in the town."']
)
def test_guard_a_short_clause_before_a_colon_is_still_its_subject_s(text):
    got = quotes(EN_LEAD, "Lev Arno spoke on Monday.", text)
    assert got[-1][1] == "Lev Arno", got


# --- 2. the progressive from 'had been': 'had been maintaining his innocence', 'had been playing down the reports' --


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno had been maintaining his innocence.",
        "The Kessel Brigade had been protesting its innocence.",
        "Lev Arno had been playing down the reports.",
        "Lev Arno had been downplaying the brigade's links to Kessia.",
        "Lev Arno is now maintaining his innocence.",
    ],
)
def test_the_progressive_with_had_been_denies_as_with_is(text):
    assert "denial" in [k for k, _ in _kinds(text)], text


# --- 3. 'not backed by Kessia' with the negation after 'has' or contracted -----------------------------------------

NOT_BACKED = [
    "the Kessel Brigade isn't supported by Kessia.",
    "the Kessel Brigade wasn\u2019t armed by Kessia.",
    "the Kessel Brigade has not been supported by Kessia.",
    "the Kessel Brigade hasn't been backed by Kessia.",
    "the Kessel Brigade had never been armed or funded by Kessia.",
]


@pytest.mark.parametrize("predicate", NOT_BACKED)
@pytest.mark.parametrize(
    ("speaker", "label"), [("Kessia", "Kessia"), ("Lev Arno, Kessia's foreign minister,", "Lev Arno")]
)
def test_not_backed_by_the_speaker_s_side_in_every_order_is_its_denial(predicate, speaker, label):
    text = f"{speaker} said {predicate}"
    assert ("denial", label) in _kinds(text), text


@pytest.mark.parametrize("predicate", NOT_BACKED)
def test_guard_not_backed_said_by_a_third_side_is_a_claim(predicate):
    text = f"Dara Venn, a Velorian analyst, said {predicate}"
    assert "denial" not in [k for k, _ in _kinds(text)], text


# --- 4. a counter-account: the negation contracted; and only a side cleared, not a thing the deed was not ----------

CONTRACTED = [
    "\"It's not the Kessel Brigade; it's the Venn party,\" {s} said.",
    "\"It isn't the Kessel Brigade, it's the Venn party,\" {s} said.",
    '"It\u2019s not the Kessel Brigade; it\u2019s the Venn party," {s} said.',
    '"It wasn\u2019t the Kessel Brigade, it was the Venn party," {s} said.',
    "{S} said the attackers weren't from the Kessel Brigade but from the Venn party.",
]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@pytest.mark.parametrize("shape", CONTRACTED)
@pytest.mark.parametrize(
    ("speaker", "label"), [("the Kessel Brigade", "Kessel Brigade"), ("Lev Arno, the brigade's spokesman,", "Lev Arno")]
)
def test_a_contracted_counter_account_by_the_side_it_clears_is_its_denial(shape, speaker, label):
    text = shape.format(s=speaker, S=_cap(speaker))
    assert ("denial", label) in _kinds(text), text


@pytest.mark.parametrize("shape", CONTRACTED)
def test_a_contracted_counter_account_by_a_third_side_is_no_denial(shape):
    text = shape.format(s="Dara Venn, the governor,", S="Dara Venn, the governor,")
    assert "denial" not in [k for k, _ in _kinds(text)], text


@pytest.mark.parametrize(
    "text",
    [
        "\"The brigade had no role in the blast. It was not an accident, but Venn's doing,\" Lev Arno, the brigade's"
        " spokesman, said.",
        '"The brigade had no role in the blast. It was not a mistake, but Kessian agents planned it," Lev Arno, the'
        " brigade's spokesman, said.",
        "Lev Arno, the brigade's spokesman, said the brigade did not shell the market; they were not there, but Kessian"
        " troops were.",
    ],
)
def test_a_denial_stands_beside_a_thing_the_deed_was_not(text):
    assert ("denial", "Lev Arno") in _kinds(text), text


# --- 5. a charge of lying: 'in charge of' charges no one ------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "Lev Arno, the Kessel Brigade commander in charge of the town, spoke on Monday.",
        "Lev Arno, the Kessel Brigade officer in charge of the crossing, met reporters.",
    ],
)
def test_in_charge_of_is_no_charge_before_a_charge_of_lying(before):
    got = [(k, w) for k, w, _ in said_en(before, "Lev Arno accused Dara Venn of lying.")]
    assert ("denial", "Lev Arno") not in got, got


def test_guard_a_charge_before_still_makes_a_charge_of_lying_a_denial():
    got = [
        (k, w)
        for k, w, _ in said_en(
            "Dara Venn charged the Kessel Brigade with shelling Tarvo.",
            "Lev Arno, the Kessel Brigade's spokesman, accused Dara Venn of lying.",
        )
    ]
    assert ("denial", "Lev Arno") in got, got


# --- 6. 'lying under oath' is lying; 'lying inside' is still a place -------------------------------------------------

CHARGE_BEFORE = "Dara Venn accused the Kessel Brigade of shelling Tarvo."


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno, the Kessel Brigade's spokesman, accused Dara Venn of lying under oath.",
        "Lev Arno, the Kessel Brigade's spokesman, accused Dara Venn of deliberately lying under oath.",
    ],
)
def test_a_charge_of_lying_under_oath_after_a_charge_is_the_accuser_s_denial(text):
    got = [(k, w) for k, w, _ in said_en(CHARGE_BEFORE, text)]
    assert ("denial", "Lev Arno") in got, got


def test_guard_lying_inside_a_building_is_a_place():
    got = [(k, w) for k, w, _ in said_en(CHARGE_BEFORE, "Lev Arno said Dara Venn was lying inside the building.")]
    assert ("denial", "Lev Arno") not in got, got


# --- 7. another's comment or remark labelled a lie, singular as plural: a charge where no charge came before ------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno called Dara Venn's comment a lie.",
        "Lev Arno called Dara Venn's remark a lie.",
        "Lev Arno called Dara Venn\u2019s latest comment a lie.",
        "Lev Arno described Dara Venn's remark as lies.",
    ],
)
def test_another_s_comment_labelled_false_with_no_charge_before_is_no_denial(text):
    assert "denial" not in [k for k, _ in _kinds(text)], text


# --- 8. a report that 'also states' or 'clearly states' -------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["also ", "clearly ", "further ", ""])
def test_a_named_owner_s_report_that_states_with_an_adverb_speaks(adverb):
    text = f"Dara Venn's report {adverb}states that the brigade shelled the town."
    assert ("reported", "Dara Venn") in _kinds(text), text


@pytest.mark.parametrize(
    "text",
    [
        "A report on Gulf states that openly back the plan was published on Monday.",
        "Member states that clearly signed the pact called it \u201ca step forward.\u201d",
    ],
)
def test_guard_states_the_noun_is_still_no_verb(text):
    assert all(who not in ("Gulf", "Member") for _, who in _kinds(text)), _kinds(text)


# --- 9. words set first, then 'X made the comment', singular as plural -----------------------------------------------


@pytest.mark.parametrize("what", ["the comment", "the remark", "the statements", "his comment", "the remarks"])
def test_made_the_comment_gives_the_words_set_first(what):
    got = quotes(EN_LEAD, "Dara Venn spoke on Monday.", f'"We will stay in the town." Lev Arno made {what} in Kessa.')
    assert got[-1][1] == "Lev Arno", got


# --- 10. presence denied with the negation contracted, or 'at all' before the place ---------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "We aren't present in Tarvo at all",
        "We\u2019re not present in Tarvo at all",
        "We're not at all present in Tarvo",
        "We are not present at all in Tarvo",
        "We weren't there",
    ],
)
def test_presence_denied_with_a_contraction_is_a_denial(words):
    text = f'"{words}," Lev Arno, the brigade\'s spokesman, said.'
    assert ("denial", "Lev Arno") in _kinds(text), text


@pytest.mark.parametrize("words", ["We weren't there when it began", "We aren't present in Tarvo when talks begin"])
def test_guard_presence_set_at_a_time_is_no_denial(words):
    text = f'"{words}," Lev Arno, the brigade\'s spokesman, said.'
    assert "denial" not in [k for k, _ in _kinds(text)], text


# --- 11. a pronoun's words before a colon, in the plural ------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["His responses were clear:", "His replies:", "His answers were short:", "His reactions were blunt:"]
)
def test_a_pronoun_s_words_in_the_plural_before_a_colon_are_his(label):
    got = quotes(EN_LEAD, "Lev Arno spoke on Monday.", f'{label} "We will stay in the town."')
    assert got[-1][1] == "Lev Arno", got


# --- 12. single marks over paragraphs: the last opening mark, past a word in marks before it ------------------------


@pytest.mark.parametrize(
    "first",
    [
        "Lev Arno said the 'Kessel' plan was over: 'We will stay in the town.",
        "Lev Arno, who leads the 'Kessel' group, said: 'We will stay in the town.",
        "Lev Arno said the \u2018Kessel\u2019 plan was over: \u2018We will stay in the town.",
    ],
)
def test_single_marks_over_paragraphs_open_at_the_last_mark(first):
    closing = "\u2019" if "\u2018" in first else "'"
    opening = "\u2018" if "\u2018" in first else "'"
    got = quotes(EN_LEAD, first, f"{opening}The road must open.{closing}")
    assert ("We will stay in the town.", "Lev Arno") in got, got
