"""English, round 48: one check for a man named in passing after a preposition and a short description of him, and one
phrase for what words judged false were said about.

1. 'Arlo Venn said ... . The brigade holds the barracks of forces loyal to Veloria's ousted leader, Dara Marr.' then
   '"...," he said': Marr is named in passing, as in 'loyal to Dara Marr', and 'he' is still the one who spoke, in a
   new paragraph or the same one. Before this round three checks read the shape (a comma after the noun with its
   article and the apposition closed; a comma after a word for a person; a preposition among the few words before the
   name), each a part of it, and the last only in a new paragraph. Controls: one the sentence's subject acted on, and
   the subject after a phrase that opens the sentence, are whom 'he' next stands for.
2. 'called the accusations against the army over the raid a sham' ('called' as a verb of saying) and 'termed the
   reports over the raid incorrect' (a denial of words labelled false) step over the same phrase of what was said about.

Made-up sentences only (Arlo Venn, Dara Marr, Selka Moran, Lev Arno, Veloria, Tovek, Tarvo, Barno).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, deniers, quotes

Q = "We will not leave the town while the shelling goes on"
SPOKE = "Arlo Venn said the brigade has 300 fighters."


def _speaker_of_q(*paragraphs: str) -> str | None:
    for quote, speaker in quotes(EN_LEAD, *paragraphs):
        if Q in quote:
            return speaker
    raise AssertionError(paragraphs)


def _new_paragraph(sentence: str) -> str | None:
    return _speaker_of_q(f"{SPOKE} {sentence}", f'"{Q}," he said.')


def _same_paragraph(sentence: str) -> str | None:
    return _speaker_of_q(f'{SPOKE} {sentence} "{Q}," he said.')


# --- 1. a man named in passing after a preposition and a short description ------------------------------------------

IN_PASSING = [
    # set off by a comma, the noun with its article or owner, the apposition closed
    "The brigade holds the barracks of forces loyal to Veloria's ousted leader, Dara Marr.",
    "Its fighters guard the villa of the late commander, Dara Marr.",
    "The brigade took the villa of a former minister, Selka Moran.",
    "The brigade holds the barracks of forces loyal to its ousted leader, Dara Marr, who fled in 2011.",
    "The fighters took the town from troops under the country's former ruler, Dara Marr.",
    "The fighters took the town from troops under former ruler, Dara Marr.",
    # no comma: the noun is the name's title, after its article or owner and at most one word
    "The brigade holds the barracks of forces loyal to the ousted leader Dara Marr.",
    "The fighters moved into a house that once belonged to the late general Dara Marr.",
    "The town was once held by supporters of Tovek's exiled president Dara Marr.",
    "The crowd in Barno cheered for the US ambassador Dara Marr.",
]


@pytest.mark.parametrize("passing", IN_PASSING)
@pytest.mark.parametrize("where", [_new_paragraph, _same_paragraph], ids=["new-paragraph", "same-paragraph"])
def test_he_is_the_one_who_spoke_not_one_named_in_passing(passing, where) -> None:
    """Shape: a man named after a preposition and a short description of him, in the paragraph of the one who spoke."""
    assert where(passing) == "Arlo Venn", passing


ACTED_ON_OR_SUBJECT = [
    # no preposition before the description: the one the subject acted on
    "The ministry summoned the envoy, Dara Marr.",
    "The court sentenced the ousted leader Dara Marr.",
    "The ministry summoned the brigade's commander, Dara Marr.",
    # a preposition, but the description is no noun of his ('in the capital sentenced', 'to replace')
    "The court in the capital sentenced President Dara Marr.",
    "The council voted to replace President Dara Marr.",
    # the subject after a phrase that opens the sentence (the apposition not closed after him, or the phrase first)
    "After talks with the minister, Dara Marr left for Tovek.",
    "In the town, Dara Marr, a farmer, waits for news.",
    "In the capital President Dara Marr opened the fair.",
]


@pytest.mark.parametrize("sentence", ACTED_ON_OR_SUBJECT)
def test_control_he_right_after_one_acted_on_or_a_subject_is_him(sentence) -> None:
    """Control: in the same paragraph, 'he' right after one the subject acted on, or a subject after an opening
    phrase, is that man, not the one who spoke before."""
    assert _same_paragraph(sentence) == "Dara Marr", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry summoned the envoy, Dara Marr.",
        "The court sentenced the ousted leader Dara Marr.",
        "The court in the capital sentenced President Dara Marr.",
    ],
)
def test_control_he_in_a_new_paragraph_after_one_acted_on_is_him(sentence) -> None:
    """Control: in a new paragraph, 'he' after one the sentence's subject acted on is that man (round 22)."""
    assert _new_paragraph(sentence) == "Dara Marr", sentence


# (the subject after a phrase that opens the sentence, set off by a comma, a preposition in it: 'he' in a new paragraph
# is still the one who spoke before, as round 47 read it, and in the same paragraph the subject)
OPENING_PHRASES = [
    "On a cold morning in March, Dara Marr sits in his shop.",
    "Back at the shop, Dara Marr shrugs.",
    "In response, Dara Marr closed the shop.",
    "Speaking to reporters, Dara Marr was calm.",
]


@pytest.mark.parametrize("sentence", OPENING_PHRASES)
def test_control_a_subject_after_an_opening_phrase_is_one_spoken_of(sentence) -> None:
    """Control: the subject after a phrase that opens his sentence, who says nothing, is not whom a new paragraph's
    'he' stands for (the one who spoke is, Discourse._sayer_over_one_spoken_of); the same paragraph's 'he' is him."""
    assert (_new_paragraph(sentence), _same_paragraph(sentence)) == ("Arlo Venn", "Dara Marr"), sentence


# --- 2. what words labelled false were said about, one phrase for 'called' and for the denial ------------------------

LABELLED = [
    # the preposition 'over', as 'called ... against the army over the raid a sham' reads it
    "Lev Arno termed the reports over the Barno raid incorrect.",
    "Lev Arno called the claims over the shelling of Tarvo fake.",
    # up to eight words after the preposition
    "Lev Arno called the claims about the raid on the convoy near Tarvo fake.",
    "Lev Arno described the allegations against the brigade in the north of Tovek as far from the truth.",
    # as before: up to six words, 'of', 'about', 'against'
    "Lev Arno termed the reports of a raid incorrect.",
    "Lev Arno called the claims about the brigade fake.",
    "Lev Arno called the accusations against the army over the raid a sham.",
]


@pytest.mark.parametrize("sentence", LABELLED)
def test_words_labelled_false_after_what_they_were_about_are_denied(sentence) -> None:
    """Shape: a verb of labelling, the words said and what they were about (a preposition and up to eight words),
    then a word that judges them false."""
    assert deniers("en", EN_LEAD, sentence) == ["Lev Arno"], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # no words said: a decision or a deed called wrong
        "Lev Arno called the decision over the raid incorrect.",
        "Lev Arno called the attack on the army over the weekend a sham.",
        # the words said, judged but not false
        "Lev Arno called the reports about the raid encouraging.",
        "Lev Arno called the reports about the raid on the convoy near Tarvo encouraging.",
        # more than eight words before the judgement
        "Lev Arno called the reports of its fighters in the hills near Tarvo last week fake.",
    ],
)
def test_control_no_words_judged_false_no_denial(sentence) -> None:
    """Control: what is called wrong is no words said, or is not called false, or the judgement is too far."""
    assert deniers("en", EN_LEAD, sentence) == [], sentence
