"""English speakers across sentences: who 'he' and 'it' are, whoever was named before and however.

Metamorphic tests (issue 17, round 11): made-up paragraphs from templates and slot fillers. A pronoun reads as the
one person or body it can be; where it could be two, or none of those named can be it, no speaker is drafted (a wrong
speaker is worse than none). All names are fictional.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.draft.conftest import built, quotes, said

WORDS = "The crossing is closed and no one passed"
QUOTED = [
    f'"{WORDS}," he said.',
    f'He said: "{WORDS}."',
    f'"{WORDS}," he added.',
    f'"{WORDS}," he was quoted as saying.',
]
# Sentences that introduce a person without speech, the person first.
SCENES = [
    "{p} visited Kessel on Monday.",
    "{p} met {o} in Kessel on Monday.",
    "{p}, who met {o} in Kessel, spoke to reporters.",
    "{p} was arrested by {o} on Monday.",
    "On Monday, {p} arrived in Kessel.",
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(SCENES), st.sampled_from(QUOTED), st.booleans())
def test_he_after_a_sentence_without_speech_is_its_subject_whoever_else_it_names(scene, quoted, apart):
    first = scene.format(p="Lev Arno", o="Dario Venn")
    paragraphs = (first, quoted) if apart else (f"{first} {quoted}",)
    assert [s for _, s in quotes(*paragraphs)] == ["Lev Arno"], paragraphs


# Subjects 'he' cannot be: more than one person, or a plural. Nothing may be drafted for 'he' after them.
PLURALS = [
    "Lev Arno and Dario Venn arrived in Kessel on Monday.",
    "Lev Arno and Colonel Dario Venn visited Kessel.",
    "Lev Arno and Dario Venn said the crossing was closed.",
    "Officials said the crossing was closed on Monday.",
    "Residents said the crossing was closed.",
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(PLURALS), st.sampled_from(QUOTED), st.booleans())
def test_he_after_two_people_or_a_plural_is_no_one(first, quoted, apart):
    paragraphs = (first, quoted) if apart else (f"{first} {quoted}",)
    assert [s for _, s in quotes(*paragraphs)] == [None], paragraphs


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["The Kessel Brigade", "Lev Arno", "The Velorian Border Guard"]),
    # (a first clause with an auxiliary: 'said no one passed and X denied' is not yet read apart)
    st.sampled_from(["the crossing was closed", "the talks had failed", "no one has passed"]),
    st.sampled_from([", while ", " and ", ", and ", " but "]),
)
def test_a_denial_in_a_second_clause_is_its_own_subject_s(reporter, clause, joint):
    text = f"{reporter} said {clause}{joint}the Kessel Brigade denied the reports."
    if reporter == "The Kessel Brigade":
        text = text.replace("the Kessel Brigade denied", "Dario Venn denied")
    denier = "Dario Venn" if reporter == "The Kessel Brigade" else "Kessel Brigade"
    assert [(k, s) for k, s, _ in said("en", text) if k == "denial"] == [("denial", denier)], text


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(["clashed on Monday.", "met in Kessel.", "denied the reports.", "signed a truce on Monday."]),
    st.sampled_from([f'"{WORDS}," it said.', f'It said: "{WORDS}."', f'"{WORDS}," it added in a statement.']),
)
def test_it_after_two_bodies_joined_is_no_one_whatever_they_did(did, quoted):
    # as after two people: 'it' may be either, whether the sentence was speech or not
    first = f"The Kessel Brigade and the Velorian Border Guard {did}"
    assert [s for _, s in quotes(first, quoted)] == [None], first


# A second person named in an opening phrase, an object or an aside never takes the quotation.
ASIDES = [
    '"{w}," Lev Arno told Dario Venn.',
    '"{w}," Lev Arno said of Dario Venn.',
    '"{w}," Lev Arno said, referring to Dario Venn.',
    'Lev Arno told Dario Venn: "{w}."',
    'Asked about Dario Venn, Lev Arno said: "{w}."',
    'In a call with Dario Venn, Lev Arno said: "{w}."',
    'After meeting Dario Venn, Lev Arno said: "{w}."',
    'After Dario Venn left, Lev Arno said: "{w}."',
    'As Dario Venn left, Lev Arno said: "{w}."',
    'Dario Venn\'s aide, Lev Arno, said: "{w}."',
]


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(ASIDES))
def test_a_second_person_named_beside_the_speaker_never_takes_the_quotation(template):
    text = template.format(w=WORDS)
    assert [s for _, s in quotes(text)] == ["Lev Arno"], text


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            'Lev Arno said: "{w}.',
            'Lev Arno was quoted as saying: "{w}.',
            'Lev Arno told Meridian Wire: "{w}.',
            'Lev Arno, in a video message, said: "{w}.',
            'Lev Arno said on Telegram: "{w}.',
            '"{w}," Lev Arno said.',
        ]
    ),
    st.sampled_from(['"We will stay."', '"We will stay," he added.', 'He added: "We will stay."']),
)
def test_a_quotation_running_into_the_next_paragraph_keeps_its_speaker_however_introduced(opening, following):
    assert [s for _, s in quotes(opening.format(w=WORDS), following)] == ["Lev Arno", "Lev Arno"], opening


@pytest.mark.parametrize("adjective_first", [True, False])
def test_a_surname_after_a_title_is_the_persons_though_the_word_came_before_alone(adjective_first) -> None:
    # 'Veloran government forces' makes 'Veloran' a word of no known kind; 'Mr Al Veloran' after 'Karim Al
    # Veloran' is still Karim Al Veloran, and 'he' after him too
    first = ["Officials say there was no co-ordination with Veloran government forces."] if adjective_first else []
    got = said(
        "en",
        *first,
        'Karim Al Veloran, an adviser, said: "We have received information."',
        "\u201cThe targeting will not be on shrines,\u201d Mr Al Veloran said.",
        "He praised the posting of fighters.",
    )
    assert [label for _, label, _ in got[len(first) :]] == ["Karim Al Veloran"] * 3


def test_a_surname_without_its_article_is_no_alias() -> None:
    # 'Mr Al Veloran' after 'Karim Al Veloran' reads as 'Veloran', a word that is not his name (but 'Al-Hadi' after
    # 'Karim Al-Hadi' is kept: tests/draft/test_draft.py)
    records = built(
        "en",
        'Karim Al Veloran said: "We have received information."',
        "\u201cThe targeting will not be on shrines,\u201d Mr Al Veloran said.",
    )
    (actor,) = [r for r in records if r["type"] == "actor"]
    assert actor["name"] == "Karim Al Veloran"
    assert "aliases" not in actor
