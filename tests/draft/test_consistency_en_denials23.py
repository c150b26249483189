"""English denials, round 23 of issue 17: the same denial read alike whoever denies and wherever it stands.

Made-up names and sentences only. Earlier modules varied the verb of denying, its tense, what stands between a
subject and its verb, and a named denier reported by another. This one varies what the others held fixed: a denier
described, not named ('a spokesman for the Kessel Brigade', 'a source close to the brigade', 'brigade officials'),
reported without 'that' after a verb of saying; a verb of denying negated by 'neither ... nor' or 'n't' after any
subject; a denial in an aside set off after its subject (a participle, a relative clause) or in a participle opened by
a subordinator; the adverbs, fronted phrases and named reports around a denial; and what a denial denies. Each
variant is compared with the reading of its plain twin ('<subject> denied the reports.').
"""

from __future__ import annotations

import itertools

import pytest

from tests.draft.conftest import deniers, said


def lowered_deniers(*paragraphs: str) -> list[str]:
    # (the label as the sentence writes it: 'Brigade officials' opening a sentence, 'brigade officials' inside one)
    return [who.lower() for who in deniers("en", *paragraphs)]


def _lower_article(subject: str) -> str:
    """The subject as written inside a sentence: 'A spokesman ...' -> 'a spokesman ...' (names stay as they are)."""
    first, _, rest = subject.partition(" ")
    return f"{first.lower()} {rest}" if first in ("The", "A", "An", "Brigade", "Officials") else subject


# Who denies: (the subject as it opens a sentence, whether it is plural)
DENIERS = [
    ("Lev Arno", False),
    ("Foreign Minister Lina Varo", False),
    ("The Kessel Brigade", False),
    ("The Velorian Defence Ministry", False),
    ("A spokesman for the Kessel Brigade", False),
    ("A Kessel Brigade spokesman", False),
    ("A ministry spokeswoman", False),
    ("A source close to the brigade", False),
    ("A source in the Kessel Brigade", False),
    ("An unnamed official", False),
    ("A senior Velorian official", False),
    ("An aide to Lev Arno", False),
    ("Brigade officials", True),
    ("Velorian officials", True),
    ("Officials in Ostrava", True),
]


def _plain(subject: str) -> list[str]:
    found = lowered_deniers(f"{subject} denied the reports.")
    assert len(found) == 1, (subject, found)
    return found


# --- a denier reported by another, with and without 'that' -------------------------------------------------------------

RELAYS = [
    "Dario Venn said {s} had denied the reports.",
    "Dario Venn said {s} denied the reports.",
    "Dario Venn said that {s} had denied the reports.",
    "Meridian Wire said {s} had denied the reports.",
    "Meridian Wire reported that {s} denied the reports.",
    "Meridian Wire reported {s} had rejected the claims.",
    "Dario Venn told reporters {s} had rejected the claims.",
    "Dario Venn told Meridian Wire {s} had dismissed the reports as baseless.",
    "Dario Venn added that {s} had dismissed the reports as baseless.",
    "Dario Venn, a Meridian Wire reporter, said {s} denied the reports.",
]


@pytest.mark.parametrize(
    ("subject", "relay"),
    [
        (subject, relay)
        for subject, relay in itertools.product([s for s, _ in DENIERS], RELAYS)
        # (left out: a capital right after a named hearer runs on from it, 'told Meridian Wire Velorian officials',
        # and which capital opens the subject the words alone cannot say: speakers._at_a_name)
        if not ("Wire {s}" in relay and _lower_article(subject)[0].isupper())
    ],
)
def test_a_denier_reported_by_another_denies_whether_named_or_described_with_or_without_that(subject, relay) -> None:
    # 'Dario Venn said a spokesman for the brigade had denied the reports' as 'Dario Venn said that a spokesman ...'
    # and 'Dario Venn said Lev Arno had denied ...': the one reported denies, never the reporter (nor no one)
    text = relay.format(s=_lower_article(subject))
    assert lowered_deniers(text) == _plain(subject), text


@pytest.mark.parametrize(
    "text",
    [
        "Dario Venn said a day later the talks had failed.",
        "Dario Venn said a ceasefire would hold.",
        "Dario Venn said talks with the brigade had stalled.",
    ],
)
def test_a_clause_reported_without_that_opens_no_denier_where_nothing_is_denied(text) -> None:
    # (guard) a described subject after 'said' opens a denier only where its verb denies
    assert lowered_deniers(text) == [], text


# --- a verb of denying negated, after any subject ----------------------------------------------------------------------

NEGATED = [
    "did not deny the reports",
    "didn't deny the reports",
    "didn\u2019t deny the reports",
    "wouldn't deny the reports",
    "neither confirmed nor denied the reports",
    "neither denied nor confirmed the reports",
    "would neither confirm nor deny the reports",
    "could neither confirm nor deny the reports",
    "never denied the reports",
]
NEGATING_SUBJECTS = [
    "Lev Arno",
    "The Kessel Brigade",
    "A spokesman for the Kessel Brigade",
    "A spokeswoman for the Velorian army",
    "An official with the Kessel Brigade",
    "The head of the Kessel Brigade",
    "A Kessel Brigade spokesman",
]


@pytest.mark.parametrize(("subject", "negated"), list(itertools.product(NEGATING_SUBJECTS, NEGATED)))
def test_a_verb_of_denying_negated_is_no_denial_and_no_speech_after_any_subject(subject, negated) -> None:
    # 'A spokesman for the brigade neither confirmed nor denied the reports' as 'Lev Arno neither confirmed nor
    # denied': nothing is denied, nor said (not a denial by 'a spokesman for the Kessel Brigade neither confirmed nor')
    assert _plain(subject)
    text = f"{subject} {negated}."
    assert said("en", text) == [], text


# --- a denial in an aside after its subject, or in a participle opening the sentence -----------------------------------

ASIDES = [
    "{S}, denying the reports, said the talks would go on.",
    "{S}, rejecting the claims, said the talks would go on.",
    "{S}, dismissing the reports as baseless, told Meridian Wire the talks would go on.",
    "{S}, who denied the reports, said the talks would go on.",
    "{S}, who {has} rejected the claims, said the talks would go on.",
    "Denying the reports, {s} said the talks would go on.",
    "In denying the reports, {s} said the talks would go on.",
    "While rejecting the claims, {s} said the talks would go on.",
    "When denying the reports, {s} told Meridian Wire the talks would go on.",
    "After dismissing the reports as baseless, {s} said the talks would go on.",
]


@pytest.mark.parametrize(("denier", "shape"), list(itertools.product(DENIERS, ASIDES)))
def test_a_denial_in_an_aside_or_an_opening_participle_is_the_subjects_whether_named_or_described(denier, shape):
    # 'A brigade spokesman, who denied the reports, said ...', 'A brigade spokesman, denying the reports, said ...'
    # and 'In denying the reports, a brigade spokesman said ...' as 'Lev Arno, denying the reports, said ...'
    subject, plural = denier
    text = shape.format(S=subject, s=_lower_article(subject), has="have" if plural else "has")
    assert lowered_deniers(text) == _plain(subject), text


@pytest.mark.parametrize(
    "text",
    [
        "The attack, which residents denied, killed two.",
        "In rejecting the proposal, Lev Arno said the talks would go on.",
        "A Kessel Brigade spokesman, who arrived on Monday, said the talks would go on.",
        "Velorian officials, meeting in Ostrava, said the talks would go on.",
    ],
)
def test_an_aside_denies_only_what_was_said(text) -> None:
    # (guard) an aside of arriving or meeting denies nothing; a proposal rejected is no claim denied; a clause of
    # which the object is the one denying denies for its own subject ('which residents denied': the residents)
    expected = ["residents"] if "residents" in text else []
    assert lowered_deniers(text) == expected, text


# --- around the denial: adverbs, fronted phrases, named reports, what is denied ----------------------------------------

ADVERBS = ["categorically", "flatly", "vehemently", "emphatically", "swiftly", "publicly", "officially", "adamantly"]
FRONTED = [
    "Speaking to Meridian Wire, {s} denied the reports.",
    "In an interview with Meridian Wire, {s} denied the reports.",
    "In comments to Meridian Wire, {s} rejected the claims.",
    "Asked about the reports, {s} denied them.",
    "Responding to the reports, {s} said they were baseless.",
    "In a statement on Tuesday, {s} rejected the claims.",
]
REPORTS = ["a Meridian Wire report", "a report by Meridian Wire", "Meridian Wire's report", "an Ostrava Times report"]
WHAT = [
    "reports of a raid",
    "the Marno Front's claims",
    "claims by the Marno Front",
    "rumours of a raid",
    "news of a raid",
    "allegations that its fighters crossed the border",
    "any role in the raid",
    "any wrongdoing",
    "carrying out the raid",
    "that the raid took place",
    "media reports that it had armed the militia",
    "it",
]


def _around_variants() -> list[tuple[str, str]]:
    out = []
    for subject, plural in DENIERS:
        lower = _lower_article(subject)
        out += [(subject, f"{subject} {adverb} denied the reports.") for adverb in ADVERBS]
        out += [
            (subject, f"{subject} {'have' if plural else 'has'} {adverb} denied the reports.") for adverb in ADVERBS
        ]
        out += [(subject, shape.format(s=lower)) for shape in FRONTED]
        out += [(subject, f"{subject} denied {report} that its fighters crossed the border.") for report in REPORTS]
        out += [(subject, f"{subject} dismissed {report} as baseless.") for report in REPORTS]
        out += [(subject, f"{subject} denied {what}.") for what in WHAT]
    return out


@pytest.mark.parametrize(("subject", "text"), _around_variants())
def test_what_stands_around_a_denial_changes_no_denier(subject, text) -> None:
    # 'A source close to the brigade categorically denied', 'Speaking to Meridian Wire, a source close to the brigade
    # denied', '... denied a Meridian Wire report that ...' (not Meridian Wire), '... denied rumours of a raid' as
    # '<subject> denied the reports.'
    assert lowered_deniers(text) == _plain(subject), text


# --- a denial issued as a noun, in every form of issuing it ------------------------------------------------------------

ISSUING = [
    "issued a denial",
    "issued a flat denial of the reports",
    "posted a denial on Telegram",
    "put out a rebuttal",
    "{be} quick to issue a denial",
    "{be} swift to issue a flat denial of the reports",
    "moved to issue a denial",
    "responded with a denial",
    "responded with a flat denial on Tuesday",
    "reacted with a categorical denial",
]


@pytest.mark.parametrize(("denier", "issuing"), list(itertools.product(DENIERS, ISSUING)))
def test_a_denial_issued_as_a_noun_denies_in_every_form_of_issuing(denier, issuing) -> None:
    # 'The brigade was quick to issue a denial', 'responded with a flat denial' as 'issued a flat denial' and 'was quick
    # to deny the reports'
    subject, plural = denier
    text = f"{subject} {issuing.format(be='were' if plural else 'was')}."
    assert lowered_deniers(text) == _plain(subject), text


@pytest.mark.parametrize(
    "text",
    [
        "The Velorian army responded with artillery fire.",
        "The Kessel Brigade was quick to issue a decree.",
        "Lev Arno responded with a smile.",
    ],
)
def test_what_is_issued_or_responded_with_denies_only_as_a_denial(text) -> None:
    assert lowered_deniers(text) == [], text


# --- an incursion denied in the denier's own words, as in reported speech ----------------------------------------------

INCURSIONS = [
    "did not cross the border",
    "never crossed the border",
    "did not enter Ostrava",
    "have not entered the town",
    "did not infiltrate the camp",
    "never set foot in Ostrava",
    "did not land on the island",
]


@pytest.mark.parametrize(
    ("act", "tag"), list(itertools.product(INCURSIONS, ["{s} said.", "said {s}.", "{s} told Meridian Wire."]))
)
@pytest.mark.parametrize("side", ["We", "Our fighters", "Our forces"])
def test_an_incursion_denied_in_quoted_words_denies_as_in_reported_speech(act, tag, side) -> None:
    # '"Our fighters did not cross the border," Lev Arno said' as 'Lev Arno said its fighters did not cross the
    # border' and '"Our forces did not attack the town"' (not a quotation only)
    assert lowered_deniers("Lev Arno said its fighters did not cross the border.") == ["lev arno"]
    text = f"\u201c{side} {act},\u201d {tag.format(s='Lev Arno')}"
    assert lowered_deniers(text) == ["lev arno"], text


@pytest.mark.parametrize(
    "words", ["It did not cross our minds", "The idea never crossed their minds", "We did not enter into details"]
)
def test_a_negated_crossing_of_no_place_is_no_denial(words) -> None:
    assert lowered_deniers(f"\u201c{words},\u201d Lev Arno said.") == [], words
