"""English, round 33 (the lead's walk-through of an unseen wire report of a militia's losses): an acronym in
capitals that spells a common word or ends in 'S' ('IS', 'HTS', 'ISIS') is a body, never the auxiliary 'is' of a
passive ('IS said' is no 'is said') nor a plural common noun opening a sentence ('IS denied' is no 'Residents said').
Made-up names throughout (the Kessel Brigade, Lev Arno); the acronyms are the bodies' shortened names.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import said


def _first(text: str) -> tuple[str, str] | None:
    got = [(k, s) for k, s, _ in said("en", text)]
    return got[0] if got else None


# An acronym in capitals after an opening phrase, or opening the sentence, speaks.
@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        ("In an online statement, IS said it staged a three-pronged attack on the base.", "reported", "IS"),
        ("In a statement on Telegram, IS claimed the attack on the convoy.", "reported", "IS"),
        ("On Monday, IS said its fighters had captured two soldiers.", "reported", "IS"),
        ("IS said its fighters had captured two soldiers.", "reported", "IS"),
        ("IS denied the reports of a truce.", "denial", "IS"),
        ('"We took the town," IS said in a statement.', "quote", "IS"),
        ("HTS said it had shot down a drone near the town.", "reported", "HTS"),
        ("HTS denied the reports of a truce.", "denial", "HTS"),
        ('"We took the town," HTS said.', "quote", "HTS"),
        ("ISIS rejected the claims of the Kessel Brigade.", "denial", "ISIS"),
        ("Later, IS is said to have denied the reports.", None, None),
    ],
)
def test_acronym_in_capitals_speaks(text, kind, speaker):
    got = _first(text)
    if kind is None:
        assert got is None or got[1] != "is"
    else:
        assert got == (kind, speaker)


# The words the acronyms spell keep their reading: a passive with 'is' or 'was' has no speaker, a plural common noun
# opening a sentence is people described, a line in capitals reads its 'IS' as a word.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The attack is said to have killed ten fighters.", None),
        ("The attack was said to have killed ten fighters.", None),
        ("Residents said the base was hit by rockets.", ("reported", "residents")),
        ("Lev Arno is said to have left the brigade.", None),
    ],
)
def test_words_the_acronyms_spell_keep_their_reading(text, expected):
    assert _first(text) == expected


def _actors(text: str) -> dict[str, str]:
    from tests.draft.conftest import built

    return {d["name"]: d["kind"] for d in built("en", text) if d["type"] == "actor"}


# A name the article describes as a person's, by an office before it or after it, is a person's, though name data
# does not know its words; a conjunction opening the sentence does not hide the description.
@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the rebels, Maikalu Nguebla, denied the report.",
        "But a spokesman for the rebels, Maikalu Nguebla, denied the report.",
        "But a Dakar-based spokesman for one of the rebel groups, Maikalu Nguebla, denies the army's account.",
        "And the spokesman for the rebels, Maikalu Nguebla, rejected the claims.",
        "Maikalu Nguebla, a spokesman for the rebels, denied the report.",
        "Maikalu Nguebla, the commander of the rebels, said the town had fallen.",
    ],
)
def test_a_name_described_as_a_persons_is_a_person(text):
    assert _actors(text) == {"Maikalu Nguebla": "person"}


# A body described as one stays a body; a name with no description keeps its guess from name data.
@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Kessel Dorvan, an armed group based in the north, denied the report.", "Kessel Dorvan", None),
        ("Lev Arno, a spokesman for the rebels, denied the report.", "Lev Arno", "person"),
    ],
)
def test_a_body_described_as_one_is_no_person(text, name, kind):
    assert _actors(text).get(name) == kind


# A surname whose part after the hyphen is written small is part of the name ('Diondoul Gang-non'), not a compound
# adjective after it ('Iran-backed', 'Kabul-based', 'Assad-era').
@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A doctor at the town's hospital, Diondoul Gang-non, said the town was calm.", "Diondoul Gang-non"),
        ("Diondoul Gang-non said the town was calm.", "Diondoul Gang-non"),
        ('"The town is calm," Diondoul Gang-non told Lumen News.', "Diondoul Gang-non"),
        ("Diondoul Gang-non, a doctor, said the town was calm.", "Diondoul Gang-non"),
        ("The Kessel-backed militia said the town was calm.", "the Kessel-backed militia"),
        ("Lev Arno said Kabul-based diplomats had left.", "Lev Arno"),
    ],
)
def test_a_surname_hyphened_in_small_letters(text, speaker):
    got = said("en", text)
    assert got and got[0][1] == speaker


def _denials(text: str) -> list[tuple[str, str]]:
    from tests.draft.conftest import built

    return [(d["summary"], d["denied"]) for d in built("en", text) if d["type"] == "denial"]


# A verb of denying alone in marks, its object after them: what is denied is that object, and the summary says the
# verb, not 'said' ('The ministry said Veloria "strongly rejects" reports that ...').
@pytest.mark.parametrize(
    "text, summary, denied",
    [
        (
            "The ministry said on Saturday that Veloria \u201cstrongly rejects\u201d reports that its troops crossed"
            " the border.",
            "The ministry rejected reports that its troops crossed the border.",
            "reports that its troops crossed the border",
        ),
        (
            "The ministry said Veloria \u201ccategorically denies\u201d the reports.",
            "The ministry denied the reports.",
            "the reports",
        ),
        (
            'The ministry said it "firmly rejects" the accusations of the Kessel Brigade.',
            "The ministry rejected the accusations of the Kessel Brigade.",
            "the accusations of the Kessel Brigade",
        ),
        (
            "Lev Arno said the brigade \u201cutterly refutes\u201d Kessel's claims that it shelled the town.",
            "Lev Arno refuted Kessel's claims that it shelled the town.",
            "Kessel's claims that it shelled the town",
        ),
    ],
)
def test_a_verb_of_denying_alone_in_marks(text, summary, denied):
    assert _denials(text) == [(summary, denied)]


# Words in marks that are more than the verb keep their reading: the whole quoted denial, or its object in marks.
def test_a_quoted_denial_with_its_object_keeps_its_reading():
    got = _denials("The ministry said it \u201cdenies any link to the explosions\u201d.")
    assert got and got[0][1] == "any link to the explosions"


# A warning that calls reports already made false dismisses them; a warning that another side will lie does not.
@pytest.mark.parametrize(
    "text, kind",
    [
        ("The spokesman warned that the reports were false.", "denial"),
        ("The spokesman cautioned that these claims were lies.", "denial"),
        ("The spokesman warned that such allegations were baseless.", "denial"),
        ("The spokesman warned that the brigade may spread false reports.", "reported"),
        ("Veloria warned that the Kessel Brigade is planting fake stories.", "reported"),
    ],
)
def test_a_warning_that_reports_are_false(text, kind):
    got = _first(text)
    assert got is not None and got[0] == kind


# 'The outfit', as South Asian news calls an armed group, is the group named before it, as 'the group' is.
@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        (
            ["The Kessel Brigade \u201cmakes it clear that we have no presence in Veloria\u201d, the outfit has said."],
            "Kessel Brigade",
        ),
        (
            [
                "The Kessel Brigade said it had no presence in Veloria.",
                "The outfit, fighting for the independence of Dornmark, said \u201cwe will win the war.\u201d",
            ],
            "Kessel Brigade",
        ),
        (["The Kessel Brigade said it had left.", 'The banned outfit said "we will win the war."'], "Kessel Brigade"),
        (["The Kessel Brigade said it had left.", '"We will win the war," the outfit said.'], "Kessel Brigade"),
        (["The Kessel Brigade said it had left.", 'Lev Arno, in a new outfit, said "we will win."'], "Lev Arno"),
    ],
)
def test_the_outfit_is_the_group_named_before(paragraphs, speaker):
    got = said("en", *paragraphs)
    assert got and got[-1][1] == speaker


# A dateline of a place, a date and an agency in brackets with no dash before the first sentence ('OSTRA, Mar 20
# (LNA) The Kessel Brigade said ...'): the agency is no one 'it' can stand for; the body that spoke is.
@pytest.mark.parametrize(
    "dateline",
    ["Ostrava, Mar 20 (LNA)", "OSTRAVA, March 20, 2025 (LNA)", "Ostrava, Sep. 1 (Lumen News)"],
)
def test_a_dateline_with_no_dash(dateline):
    got = said(
        "en",
        f"{dateline} The Kessel Brigade said it had no presence in Veloria.",
        "At the same time, it said in a statement that \u201cthe two peoples share ties of blood.\u201d",
    )
    assert [s for _, s, _ in got] == ["Kessel Brigade", "Kessel Brigade"]
