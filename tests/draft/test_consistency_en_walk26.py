"""English, round 26 of issue 17, walk-through (wire and outlet copy on Nigeria, South Sudan, Lebanon, Ukraine):

- a judgement set after what it judges is not what was denied: 'dismissed the report as "false"', 'dismissed the
  claims as government propaganda aimed at ...' deny 'the report', 'the claims' (the summary keeps the judgement);
- a later verb's clause begins at its conjunction or at the comma before its speaker: 'denied involvement in the
  clash after Ostravia said ...', 'denies accusations its troops killed civilians, the ministry's spokesman said';
- the narrator's 'X falsely claimed that ...' is X's claim, not X's denial (but 'X falsely claimed ..., Y said' is
  Y's denial);
- a charge named after the verb of saying with its predicate quoted: 'said Velorian claims "are not true at all"'
  denies the claims, not 'are not true at all';
- words of scorn before 'propaganda': 'said the claim was "dubious and sordid propaganda"' denies;
- a hyphenated title is a title: 'former Vice-President Lev Arno', 'Secretary-General Ada Morn' name the person.

Made-up names only. Guards: a that-clause holding 'as' stays whole; 'spreading dubious propaganda' is no denial; a
claim told falsely by one who says so is still that one's denial.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, built

LEAD = "Fighting went on in Kessel on Sunday."


def _units(*paragraphs: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (u.kind, u.speaker.label, u.denial.denied if u.denial is not None else ())
        for u in analyse("en", LEAD, *paragraphs).units
    ]


# --- a judgement after the object ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            'The acting spokesman, Col. Dario Venn dismissed the report as "false", adding that it had no ties.',
            "the report",
        ),
        ("Lev Arno has dismissed the claims as government propaganda aimed at damaging the group.", "the claims"),
        ("Petra Lind dismissed the reports as baseless.", "the reports"),
        ('The Kessel Brigade rejected the accusations as "lies" on Monday.', "the accusations"),
        (
            "The Velorian interior ministry dismissed the allegations as an attempt to smear the police.",
            "the allegations",
        ),
    ],
)
def test_a_judgement_after_the_object_is_not_what_was_denied(sentence, denied) -> None:
    got = _units(sentence)
    assert [d for _, _, d in got] == [(denied,)], got


def test_the_summary_keeps_the_judgement() -> None:
    (denial,) = [
        d for d in built("en", LEAD, "Lev Arno dismissed the report as \u201cfalse\u201d.") if d["type"] == "denial"
    ]
    assert denial["denied"] == "the report"
    assert denial["summary"] == "Lev Arno dismissed the report as \u201cfalse\u201d."


def test_a_that_clause_holding_as_stays_whole() -> None:
    # (guard) 'as' inside the clause of what was denied is no judgement of it
    got = _units("Dario Venn dismissed reports that he had served as a mediator.")
    assert [d for _, _, d in got] == [("reports that he had served as a mediator",)], got


# --- a later verb's clause ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("conjunction", ["after", "hours after", "when"])
def test_a_later_clause_opened_by_a_conjunction_is_not_denied(conjunction) -> None:
    got = _units(
        f"The Kessel Brigade has denied involvement in the clash {conjunction} Ostravia said it had repelled a raid."
    )
    assert got[0][2] == ("involvement in the clash",), got


def test_a_speaker_after_the_words_is_not_denied() -> None:
    got = _units(
        "The Velorian army is battling a militia and denies accusations its troops killed civilians, the defence "
        "ministry spokesman said Monday."
    )
    assert got[0][2] == ("accusations its troops killed civilians",), got


def test_a_that_clause_keeps_its_own_subject() -> None:
    # (guard) the clause's own subject, no comma and no conjunction, stays
    got = _units("Dario Venn denied that the brigade had fired on the town.")
    assert got[0][2] == ("that the brigade had fired on the town",), got


# --- 'falsely claimed' in the narrator's voice -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, the Kessel Brigade falsely claimed that Dario Venn had been shot dead.",
        "In March, the Kessel Brigade falsely claimed Dario Venn had been shot dead while in custody.",
        "The Kessel Brigade wrongly claimed that it had captured the town.",
        "Lev Arno falsely accused the Velorian army of shelling the market.",
    ],
)
def test_a_claim_the_narrator_calls_false_is_the_claimants_claim(sentence) -> None:
    got = _units(sentence)
    assert [k for k, _, _ in got] == ["reported"], got


def test_one_who_says_it_was_claimed_falsely_denies() -> None:
    # (guard) another speaker says so: theirs is the denial
    got = _units("The Kessel Brigade falsely claimed that the town had fallen, Dario Venn said.")
    assert [(k, s) for k, s, _ in got] == [("denial", "Dario Venn")], got


# --- a charge with its predicate quoted --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            'The Kessel Brigade said Velorian claims "are not true at all, and an attempt to invent victories."',
            "Velorian claims",
        ),
        ("The Kessel Brigade said the accusations \u201care completely false\u201d.", "the accusations"),
        ('Dario Venn said the reports "were a lie".', "the reports"),
    ],
)
def test_a_charge_with_a_quoted_predicate_is_what_was_denied(sentence, denied) -> None:
    got = _units(sentence)
    assert got == [("denial", got[0][1], (denied,))], got


def test_a_quoted_sentence_of_its_own_is_kept() -> None:
    # (guard) the quotation holds its own subject: it is what denies
    got = _units('The Kessel Brigade said: "The claims are false."')
    assert got[0][2] == ("The claims are false",), got


# --- words of scorn before 'propaganda' --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'But Lt Col Petra Lind said the claim was "dubious and sordid propaganda".',
        "Petra Lind said the reports were cheap propaganda.",
        'Dario Venn said the allegations were "crude and desperate propaganda".',
    ],
)
def test_scornful_propaganda_denies(sentence) -> None:
    got = _units(sentence)
    assert [k for k, _, _ in got] == ["denial"], got


@pytest.mark.parametrize(
    "sentence",
    [
        "Petra Lind said the station was spreading dubious propaganda.",
        "Petra Lind said the report was dubious and long.",
    ],
)
def test_scorn_alone_is_no_denial(sentence) -> None:
    got = _units(sentence)
    assert [k for k, _, _ in got] == ["reported"], got


# --- a hyphenated title ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Former Vice-President Lev Arno denied the accusation of plotting a coup.",
            "Lev Arno",
        ),
        ("Vice-Chairman Oskar Brand said the talks had failed.", "Oskar Brand"),
        ("UN Secretary-General Petra Lind said the talks had failed.", "Petra Lind"),
    ],
)
def test_a_hyphenated_title_is_no_part_of_the_name(line, name) -> None:
    names = [d["name"] for d in built("en", LEAD, line) if d["type"] in ("actor", "group")]
    assert name in names, names
    assert not any("-" in n.split()[0] for n in names), names


def test_a_hyphenated_name_is_still_a_name() -> None:
    # (guard) a hyphenated surname or body is not a title
    names = [d["name"] for d in built("en", LEAD, "Petra Lind-Arno said the talks had failed.") if d["type"] == "actor"]
    assert names == ["Petra Lind-Arno"], names


# --- 'after' with a described subject opened by 'a' -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The brigade's statement was issued after a Velorian military spokesman said Velorian troops had "
            '"thwarted an infiltration attempt by a Kessel squad" across the border.',
            "a Velorian military spokesman",
        ),
        ("The statement came hours after an army spokeswoman claimed the brigade had fled.", "an army spokeswoman"),
        (
            "The statement was issued after a Velorian official said troops had repelled the raid.",
            "a Velorian official",
        ),
    ],
)
def test_a_described_speaker_after_after_speaks(sentence, speaker) -> None:
    got = _units(sentence)
    assert [s for _, s, _ in got] == [speaker], got


def test_after_a_time_still_opens_the_sentence() -> None:
    # (guard) 'After a long silence, X said': a time, not a clause of its own
    got = _units("After a long silence, Dario Venn said the talks had failed.")
    assert [s for _, s, _ in got] == ["Dario Venn"], got


# --- an e-mail speaks for its sender -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "In an e-mail to journalists, Kessel Brigade spokesman Lev Arno said the attacks took place near the river.",
        "Lev Arno sent an email to reporters on Sunday.",
    ],
)
@pytest.mark.parametrize("noun", ["e-mail", "email"])
def test_the_e_mail_said_is_its_senders(opening, noun) -> None:
    got = _units(opening, f'"Journalists should visit the site as soon as possible," the {noun} said.')
    assert got[-1][:2] == ("quote", "Lev Arno"), got


def test_a_paper_named_mail_is_still_itself() -> None:
    # (guard) 'the Daily Mail' is a body's name, not an e-mail
    got = _units("Lev Arno sent an email to reporters.", '"We will visit the site soon," the Daily Mail said.')
    assert got[-1][:2] == ("quote", "Daily Mail"), got
