"""English speakers, round 23 of issue 17: shapes left known at the end of round 22.

Made-up names and sentences only. '"...," said X to Y' names X, whoever Y is; a quotation of words said before an
inverted verb is never read as a name set in marks; and one unnamed person is a speaker whatever the noun news
gives them ('a shopkeeper', 'an elderly fisherman'), not only the nouns of a list. Guards close each family.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, said

LEAD = "Fighting went on in Kessel on Sunday."


def speakers(*paragraphs: str) -> list[str]:
    return [speaker for kind, speaker, _ in said("en", LEAD, *paragraphs) if kind in ("quote", "denial")]


# --- '"...," said X to Y': X speaks, Y is told -------------------------------------------------------------------------

SUBJECTS = [
    "Lev Arno",
    "brigade commander Lev Arno",
    "Lev Arno, the brigade commander,",
    "Lev Arno, who leads the brigade,",
]
HEARERS = ["reporters", "journalists", "the press", "Meridian Wire", "the Ostravia Herald", "a crowd in Kessel"]
WORDS = ["We will not leave", "The roads are closed", "Nobody was hurt", "They should go home"]


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("hearer", HEARERS)
@pytest.mark.parametrize("words", WORDS)
def test_said_x_to_y_names_x(subject, hearer, words) -> None:
    plain = speakers(f'"{words}," said {subject}.')
    told = speakers(f'"{words}," said {subject} to {hearer}.')
    assert plain == ["Lev Arno"], plain
    assert told == plain, (subject, hearer, words, told)


@pytest.mark.parametrize("hearer", HEARERS)
def test_said_the_description_to_y_keeps_the_description(hearer) -> None:
    text = f'"The roads are closed," said a commander to {hearer}.'
    assert speakers(text) == ["a commander"], text


@pytest.mark.parametrize(
    "office", ["an adviser to the prime minister", "an aide to the minister", "a deputy to the commander"]
)
def test_an_office_held_to_someone_stays_whole(office) -> None:
    # (guard) 'an adviser to the prime minister' is one description: not cut at 'to'
    assert speakers(f'"The roads are closed," said {office}.') == [office]


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("tail", ["", " on Sunday", " in Kessel"])
def test_words_said_are_never_a_name_in_marks(words, tail) -> None:
    # '"We will not leave," said X to Y': with the subject missed, the words are still no speaker
    for kind, speaker, _ in said("en", LEAD, f'"{words}," said Lev Arno to reporters{tail}.'):
        assert speaker != words, (kind, speaker)


def test_a_name_in_marks_before_its_verb_still_speaks() -> None:
    # (guard) outlets translating from Arabic set a name in marks: '"Kessel guard force," announced: "..."'
    got = said("en", LEAD, 'The "Kessel Guard Force," announced: "The roads are open."')
    assert [s for k, s, _ in got if k == "quote"] == ["Kessel Guard Force"], got


# --- one unnamed person, whatever the noun -----------------------------------------------------------------------------

NOUNS = ["shopkeeper", "fisherman", "taxi driver", "baker", "shepherd", "nurse", "street vendor", "retired teacher"]
ADJECTIVES = ["", "elderly ", "local "]


def _article(words: str) -> str:
    return "an" if words[0] in "aeiou" else "a"


@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("adjective", ADJECTIVES)
@pytest.mark.parametrize("verb", ["said", "told Meridian Wire", "added", "recalled"])
def test_one_unnamed_person_speaks_whatever_the_noun(noun, adjective, verb) -> None:
    one = f"{_article(adjective + noun)} {adjective}{noun}"
    got = speakers(f'"They took everything with them," {one} {verb}.')
    assert got == [one], (one, verb, got)


@pytest.mark.parametrize("noun", NOUNS)
def test_one_unnamed_person_is_he_after(noun) -> None:
    one = f"{_article(noun)} {noun}"
    got = speakers(f'"They took everything," {one} said. "Nothing is left," he added.')
    assert got == [one, one], got


@pytest.mark.parametrize("writing", ["a report", "a post", "a message", "a letter"])
def test_a_writing_is_no_unnamed_person(writing) -> None:
    # (guard) '"...," a report said': a writing no one named, never a person 'a report'
    got = speakers(f'"The fighting is over," {writing} said.')
    assert writing not in got, got


def test_an_unnamed_person_needs_the_words_right_before() -> None:
    # (guard) a clause before the verb is no description: 'the strikes hit a bakery, witnesses said' reads as before
    got = said("en", LEAD, "A bakery near the market burned, a shopkeeper said.")
    assert all(s != "a bakery near the market burned" for _, s, _ in got), got


# --- 'no' to a question put to the speaker denies what was asked -------------------------------------------------------

QUESTIONS = [
    "Asked whether the brigade had fighters in Kessel, {s} {v}: {q}",
    "When asked if the brigade had fighters in Kessel, {s} {v}: {q}",
    "Asked by Meridian Wire whether the brigade had fighters in Kessel, {s} {v}: {q}",
]
ANSWERS = ["No.", "Absolutely not.", "No, never.", "Of course not.", "Not at all, we left long ago.", "Certainly not!"]


def _denials(*paragraphs: str) -> list[tuple[str, str]]:
    return [(d["denier"], d["summary"]) for d in built("en", LEAD, *paragraphs) if d["type"] == "denial"]


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("answer", ANSWERS)
@pytest.mark.parametrize("verb", ["said", "replied", "told reporters"])
def test_no_to_a_question_denies_what_was_asked(question, answer, verb) -> None:
    text = question.format(s="Lev Arno", v=verb, q=f'"{answer}"')
    got = said("en", LEAD, text)
    assert [(k, s) for k, s, _ in got] == [("denial", "Lev Arno")], (text, got)
    if verb != "said":
        return  # (the record is written alike whatever the verb; built once per question and answer)
    summaries = [summary for _, summary in _denials(text)]
    assert summaries == ["Lev Arno denied that the brigade had fighters in Kessel."], summaries


@pytest.mark.parametrize("answer", ANSWERS)
def test_no_to_a_question_in_the_sentence_before(answer) -> None:
    text = f'Lev Arno was asked whether the brigade had shelled the town. "{answer}" he said.'
    text = text.replace('." he', '," he').replace('!" he', '!" he')
    got = said("en", LEAD, text)
    assert [(k, s) for k, s, _ in got] == [("denial", "Lev Arno")], (text, got)


@pytest.mark.parametrize(
    "text",
    [
        'Asked whether the talks would resume, Lev Arno said: "No."',  # a plan or prediction, no claim
        'Asked whether the brigade plans to leave, Lev Arno said: "Absolutely not."',
        'Asked whether he was tired, Lev Arno said: "Yes, very."',  # yes is no denial
        'Lev Arno said: "No, we will not stop."',  # no question put
        'Asked whether the brigade had left, Lev Arno said: "We are still weighing it, no decision yet."',
    ],
)
def test_no_question_or_no_answer_is_no_denial(text) -> None:
    got = said("en", LEAD, text)
    assert all(k != "denial" for k, _, _ in got), (text, got)
