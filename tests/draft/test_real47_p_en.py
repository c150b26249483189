"""Round 47's English denial shapes taken from real development misses, on made-up sentences: a denial set in a
heading line below the headline (a deck or a subheading) is no place of its own, and one's innocence declared in the
infinitive after an occasion taken to declare it is a denial by the occasion's subject."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, said

HEADLINE = "Kessel Brigade denies role in Barno raid"
BODY = "The Kessel Brigade on Monday denied any role in the raid on Barno, calling the reports baseless."


def denial_paragraphs(*paragraphs: str) -> list[str]:
    """The paragraph of every denial unit drafted from 'Title' plus ``paragraphs``, by its first words, but the
    headline's (kept as another place of the body's denial, as before)."""
    return [text[:30] for kind, _, text in said("en", *paragraphs) if kind == "denial" and text != HEADLINE]


# --- a deck under the headline that denies with a verb of denying ----------------------------------------------------
# Shape: the headline, then one or more short lines with no closing stop that restate the lead ('Spokesman dismisses
# death rumours', 'X calls the raid a crime, denying any role'), then the body. The lead reports the denial; the deck
# is no place of it, as the headline is none.

DECKS = [
    "Brigade spokesman dismisses reports of the raid in a radio interview",
    "Kessel Brigade rejects Ostravian claims about the raid",
    "Arlo Venn calls the raid a crime, denying any role of the brigade",
    "Spokesman Arlo Venn denies the brigade took part in the raid",
    "Brigade refutes claims it shelled Barno, urges calm",
    "Brigade dismisses ‘rumours’ of the raid in a statement",
]


@pytest.mark.parametrize("deck", DECKS)
def test_a_deck_denying_is_no_place(deck: str) -> None:
    """Shape: a deck below the headline, denying with a verb of denying; only the body's denial is drafted."""
    got = denial_paragraphs(HEADLINE, deck, BODY)
    assert got == [BODY[:30]], (deck, got)


@pytest.mark.parametrize("deck", DECKS[:3])
def test_two_decks_denying_are_no_places(deck: str) -> None:
    """Shape: two deck lines below the headline, one of them denying."""
    got = denial_paragraphs(HEADLINE, "Talks on the crossing to resume next week", deck, BODY)
    assert got == [BODY[:30]], (deck, got)


# --- a subheading between paragraphs that denies ----------------------------------------------------------------------
# Shape: a short line with no closing stop in the body, a subheading over the paragraph that reports the denial it
# restates ('Veloria rejects Ostravian statements on the raid' over 'The foreign ministry has rejected ...').

SUBHEADINGS = [
    "Veloria rejects Ostravian statements on the Barno raid",
    "Ministry dismisses claims of troops in Barno",
    "Veloria denies sending drones to the brigade",
]


@pytest.mark.parametrize("subheading", SUBHEADINGS)
def test_a_subheading_denying_is_no_place(subheading: str) -> None:
    """Shape: a subheading in the body denying with a verb of denying, over the paragraph that reports the denial."""
    after = "The Velorian foreign ministry has rejected all statements from Ostravia on the raid."
    got = denial_paragraphs(HEADLINE, BODY, subheading, after)
    assert got == [BODY[:30], after[:30]], (subheading, got)


# --- controls: heading lines that still deny, and body lines that deny ---------------------------------------------


@pytest.mark.parametrize(
    "deck",
    [
        # words and their speaker: a verb of saying, the line's own place (news lists it)
        "Such reports are completely false, says brigade spokesman",
        "The raid never happened, says Arlo Venn",
    ],
)
def test_a_deck_that_gives_words_and_speaker_still_denies(deck: str) -> None:
    """Control: a deck of the form '<words>, says X' is a place of X's denial, as before."""
    got = denial_paragraphs(HEADLINE, deck, BODY)
    assert deck[:30] in got, (deck, got)


@pytest.mark.parametrize(
    "line",
    [
        # a body paragraph with its closing stop
        "Arlo Venn, the brigade's spokesman, dismissed reports of the raid in a radio interview.",
        # the last paragraph, with no stop (no heading over anything)
        "Arlo Venn rejects the Ostravian claims about the raid",
    ],
)
def test_a_body_line_still_denies(line: str) -> None:
    """Control: a denial in a paragraph that is no heading line is drafted as before."""
    got = denial_paragraphs(HEADLINE, BODY, line)
    assert line[:30] in got, (line, got)


def test_the_first_paragraph_denying_is_still_read() -> None:
    """Control: with no headline, the first paragraph is the lead, read as before."""
    got = denial_paragraphs(BODY, "Talks on the crossing resume next week.")
    assert got == [BODY[:30]], got


# --- one's innocence declared in the infinitive, after an occasion taken to declare it --------------------------------
# Shape: 'X made his first public appearance (in Y) (on Sunday) to profess his innocence': the infinitive has the
# occasion's subject, who declares himself innocent of the charges told before, as 'X maintained his innocence' does;
# and a denial after 'made an appearance', as after 'went on television to deny'.


@pytest.mark.parametrize(
    "sentence",
    [
        "Arlo Venn made his first public appearance on Sunday to profess his innocence.",
        "Arlo Venn made his first press appearance in a local newspaper Sunday to profess his innocence.",
        "Arlo Venn, a Velorian commander accused of war crimes, made his first appearance to proclaim his innocence.",
        "Arlo Venn went on television to protest his innocence.",
        "Arlo Venn took to Kessel TV on Monday to maintain his innocence.",
        "Arlo Venn held a news conference in Kessel City to assert his innocence.",
        "Mira Solen made a rare television appearance to profess her innocence.",
        "Mira Solen appeared on Kessel TV to proclaim her innocence.",
        "Arlo Venn made a rare public appearance to deny the reports.",
        "Mira Solen made her first appearance in the capital on Friday to dismiss the reports.",
    ],
)
def test_innocence_declared_after_an_occasion_is_a_denial(sentence: str) -> None:
    """Shape: an occasion taken (an appearance, a news conference, going on television), then 'to profess his
    innocence' or 'to deny'."""
    got = [(kind, who) for kind, who, _ in said("en", EN_LEAD, sentence)]
    speaker = "Mira Solen" if "Mira" in sentence else "Arlo Venn"
    assert got == [("denial", speaker)], (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        # no occasion taken: an infinitive with no subject of its own
        "Arlo Venn was given a chance to profess his innocence.",
        "Arlo Venn hopes to prove his innocence.",
        # another's innocence declared
        "The lawyer made a brief appearance to profess her client's innocence.",
        # an appearance for another purpose
        "Arlo Venn made his first appearance in court on Monday.",
        "Mira Solen made her first appearance in Kessel City to thank her supporters.",
    ],
)
def test_no_denial_without_an_occasion_or_ones_own_innocence(sentence: str) -> None:
    """Control: no occasion taken to declare one's own innocence, no denial."""
    got = [kind for kind, _, _ in said("en", EN_LEAD, sentence)]
    assert "denial" not in got, (sentence, got)


# --- 'he' in a new paragraph after a man named only inside a phrase, after a preposition and a description ----------
# Shape: 'X said ... . The brigade holds the barracks of forces loyal to Veloria's ousted leader, Y.' then, in a new
# paragraph, 'He said ...': Y is spoken of in passing, inside a phrase of the sentence's object, not whom its subject
# acted on; 'he' is still X, who spoke.

SPOKE = "Arlo Venn said the brigade has 300 fighters and would resist any attack."
IN_PASSING = [
    "The brigade has set up guns at its base, the former barracks of forces loyal to Veloria's ousted leader, Dario"
    " Mesk.",
    "The brigade holds the former barracks of forces loyal to the ousted leader Dario Mesk.",
    "The fighters moved into a villa that once belonged to the late commander Dario Mesk.",
    "The brigade took over the checkpoints from the men of former governor Dario Mesk.",
    "The group seized a depot built by the old regime of president Dario Mesk.",
]
NEXT = [
    "He said the brigade was not involved in the attack.",
    "Even so, he said he did not expect an assault. “We are innocent. Why would they attack innocent people?”",
]


@pytest.mark.parametrize("passing", IN_PASSING)
@pytest.mark.parametrize("following", NEXT)
def test_he_is_the_one_who_spoke_not_one_named_in_passing(passing: str, following: str) -> None:
    """Shape: a man named after a preposition and a short description, in the paragraph of the one who spoke."""
    got = [who for kind, who, _ in said("en", EN_LEAD, f"{SPOKE} {passing}", following) if kind != "reported"]
    got += [who for kind, who, text in said("en", EN_LEAD, f"{SPOKE} {passing}", following) if text in following]
    assert set(got) == {"Arlo Venn"}, (passing, following, got)


@pytest.mark.parametrize(
    "acted_on",
    [
        "The ministry summoned Dario Mesk.",
        "The ministry summoned former commander Dario Mesk on Monday.",
        "The court sentenced the ousted leader Dario Mesk.",
    ],
)
def test_he_is_still_the_one_acted_on(acted_on: str) -> None:
    """Control: a man the sentence's subject acted on, named as its object, is whom 'he' next stands for, as before."""
    got = [who for _, who, text in said("en", EN_LEAD, f"{SPOKE} {acted_on}", NEXT[0]) if text == NEXT[0]]
    assert got == ["Dario Mesk"], (acted_on, got)


# --- a plea not to spread falsehoods, of no report named --------------------------------------------------------------
# Shape: 'We urge all parties not to indulge in peddling of fake news', 'called on the public to refrain from spreading
# rumours': a call for care that calls no one's words false, neither a denial of its own nor a denier's words restating
# one (a plea against 'such lies', the reports denied before, still is).

DENIED_FIRST = "“Such reports are false,” Arlo Venn said."
PLEAS = [
    "“This is a critical time. We, therefore, urge all parties, including the media, not to indulge in peddling of"
    " fake news,” Venn said.",
    "“We urge the media to refrain from spreading rumours,” Venn said.",
    "“We call on everyone not to share fake news,” Venn said.",
    "“We ask the public to avoid spreading misinformation,” Venn said.",
    "“We urge citizens not to fall for false news,” Venn said.",
    "Venn urged the media not to indulge in peddling fake news.",
    "Venn called on the public to refrain from spreading fake news.",
    "Venn asked journalists not to spread rumours during the talks.",
]


@pytest.mark.parametrize("plea", PLEAS)
def test_a_plea_not_to_spread_falsehoods_is_no_denial(plea: str) -> None:
    """Shape: a plea not to spread falsehoods of no report named, alone or after the speaker's denial."""
    alone = [kind for kind, _, _ in said("en", EN_LEAD, plea)]
    after = [kind for kind, _, text in said("en", EN_LEAD, DENIED_FIRST, plea) if text not in DENIED_FIRST]
    assert "denial" not in alone + after, (plea, alone, after)


@pytest.mark.parametrize(
    "words",
    [
        "“We urge the media not to spread such lies,” Venn said.",
        "“The video is fake,” Venn said.",
        "“The media keep spreading fake news about us,” Venn said.",
        "Venn said the channel was spreading fake news.",
    ],
)
def test_falsehoods_said_of_reports_still_deny(words: str) -> None:
    """Control: falsehoods pointed at the reports ('such lies') or charged to another side still deny."""
    got = [kind for kind, _, text in said("en", EN_LEAD, DENIED_FIRST, words) if text not in DENIED_FIRST]
    assert "denial" in got, (words, got)


# --- 'US' in capitals is the country, not the text's own first person ------------------------------------------------
# Shape: a sentence in the article's own voice that names false claims beside 'the US ...' ('the US Secretary of State
# supported the false claims'): the text calls another's claims false in a news report, and 'US' is no 'us', so it is
# no statement of the publisher's own (its 'we' or 'our' still is).

US_SENTENCES = [
    "Kessel News/World: The minister's false claims against Veloria were backed by the US Secretary of State without"
    " any evidence.",
    "The false claims about the raid were repeated by US officials on Monday.",
    "Ostravian media spread fake news about the port, and the US embassy shared the reports.",
    "The US and the UK supported the baseless allegations against Veloria.",
    "Fabricated reports about the convoy were cited by the US envoy at the council.",
]


@pytest.mark.parametrize("sentence", US_SENTENCES)
def test_us_in_capitals_is_no_first_person(sentence: str) -> None:
    """Shape: false claims named in the text's own voice, beside 'US' in capitals."""
    got = [(kind, who) for kind, who, _ in said("en", EN_LEAD, sentence) if kind == "denial"]
    assert got == [], (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostravian media keep publishing false news about our forces.",
        "We call on the public to ignore the fake news about the brigade spread by the US embassy.",
        "Our people should be aware of this fabricated news about us.",
    ],
)
def test_the_texts_own_first_person_still_denies(sentence: str) -> None:
    """Control: 'we', 'our' or 'us' in small letters, the text's own voice calling news false, is still a denial."""
    got = [kind for kind, _, _ in said("en", EN_LEAD, sentence)]
    assert got == ["denial"], (sentence, got)


# --- another's lies exposed, after an occasion taken (a tour given) ---------------------------------------------------
# Shape: 'X has taken journalists (from ...) on a tour of a depot (in Y) to expose Z's lies that ...': the occasion's
# subject shows what was said false, a denial by it, as 'went on television to deny' is.


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Brigade has taken journalists from local and international media outlets on a tour of a warehouse"
        " in a Tarvo neighborhood to expose Velorian Prime Minister Dario Mesk’s lies that the group stored missiles"
        " there.",
        "The Kessel Brigade took reporters on a guided tour of the depot to expose the lies of the Velorian army.",
        "The Kessel Brigade takes journalists on a tour of the port to expose the lies of the Ostravian army about it.",
        "The Kessel Brigade went on television to expose the minister's lies about the depot.",
        "The Kessel Brigade held a news conference in Tarvo to expose the falsehoods of the Velorian army.",
    ],
)
def test_lies_exposed_after_an_occasion_are_a_denial(sentence: str) -> None:
    """Shape: an occasion taken (a tour given, going on television, a news conference), then 'to expose X's lies'."""
    got = [(kind, who) for kind, who, _ in said("en", EN_LEAD, sentence)]
    assert got == [("denial", "Kessel Brigade")], (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kessel Brigade took reporters on a tour of the depot on Monday.",
        "The Kessel Brigade took reporters on a tour of the depot to show its new drones.",
        "The Kessel Brigade took reporters on a tour of the depot to expose corruption in the port.",
    ],
)
def test_a_tour_alone_is_no_denial(sentence: str) -> None:
    """Control: a tour given for another purpose, or to expose no lies, is no denial."""
    got = [kind for kind, _, _ in said("en", EN_LEAD, sentence)]
    assert "denial" not in got, (sentence, got)


# --- concerns dismissed are worries played down, not words denied -----------------------------------------------------
# Shape: 'he dismissed the human rights concerns highlighted in the report as "limited subjects"': concerns voiced are
# no claim one says is untrue (the reports or the claims dismissed still are; so are concerns called baseless).


@pytest.mark.parametrize(
    "sentence",
    [
        "Arlo Venn dismissed the concerns raised in the report as minor issues.",
        "Arlo Venn dismissed the rights concerns highlighted in the report as “limited subjects”.",
        "Arlo Venn dismissed the concerns.",
        "Arlo Venn rejected the concerns of the residents.",
        "Mira Solen dismisses the concerns of the aid groups.",
        "Arlo Venn said the talks would go on. Without addressing specific issues, he dismissed the human rights and"
        " women’s rights concerns highlighted in the report as “limited subjects” that overshadow the progress.",
    ],
)
def test_concerns_dismissed_are_no_denial(sentence: str) -> None:
    """Shape: concerns dismissed, with or without what they are called."""
    got = [kind for kind, _, _ in said("en", EN_LEAD, sentence)]
    assert "denial" not in got, (sentence, got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Arlo Venn dismissed the reports of abuse as lies.",
        "Arlo Venn dismissed the claims raised in the report.",
        "Arlo Venn dismissed the concerns as baseless.",
        "Mira Solen rejected the allegations of the aid groups.",
    ],
)
def test_reports_dismissed_still_deny(sentence: str) -> None:
    """Control: reports, claims or allegations dismissed, and concerns called baseless, are denials."""
    got = [kind for kind, _, _ in said("en", EN_LEAD, sentence)]
    assert got == ["denial"], (sentence, got)
