"""English, round 25 of issue 17 (seen in the round's walk-through, an Islam Times article): an office 'of State'
is one name with the person after it ('US Department of State Spokesperson Dario Venn said'), and a quotation
whose opening mark was left out ('We had nothing to do with it," the spokesman said.') runs from the paragraph's
start to its one mark, not from the mark to the paragraph's end.

Made-up names only. Guards: 'the Republic of Veloria' is still a place after an office's name; a lone mark that
closes nothing, or with no tag after it, opens no quotation from the paragraph's start.
"""

from __future__ import annotations

import pytest

from generator.draft.text import find_quotes, read
from generator.model.archive import ArchivedText
from tests.draft.conftest import built, said

WORDS = "We had nothing to do with the attack on the convoy."


@pytest.mark.parametrize(
    "office",
    [
        "US Department of State Spokesperson",
        "Department of State spokesman",
        "Velorian Department of State spokeswoman",
        "Secretary of State",
        "Kessel Minister of State",
    ],
)
@pytest.mark.parametrize("verb", ["said", "told reporters", "said in a briefing"])
def test_an_office_of_state_is_read_with_the_person_after_it(office, verb) -> None:
    got = said("en", f'{office} Dario Venn {verb}: "{WORDS}"')
    assert [speaker for _, speaker, _ in got] == ["Dario Venn"], got


def test_the_office_of_state_carries_to_he_in_the_next_paragraph() -> None:
    got = said(
        "en",
        f'US Department of State Spokesperson Dario Venn said: "{WORDS}"',
        '"We were not aware of it in advance," he added.',
    )
    assert [speaker for _, speaker, _ in got] == ["Dario Venn", "Dario Venn"], got


def test_a_republic_after_an_office_is_still_a_place() -> None:
    # (guard) only 'State' itself joins the office: 'Ministry of Interior | of the Republic of Veloria'
    got = said("en", f'The Ministry of Interior of the Republic of Veloria said: "{WORDS}"')
    assert [speaker for _, speaker, _ in got] == ["Ministry of Interior"], got


@pytest.mark.parametrize("close", ['"', "\u201d"])
@pytest.mark.parametrize("stop", [",", "."])
@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("Kessel Brigade spokesman Dario Venn has also told reporters.", "Dario Venn"),
        ("Dario Venn said.", "Dario Venn"),
        ("said Petra Lind, a spokeswoman for the Kessel Brigade.", "Petra Lind"),
    ],
)
def test_a_quotation_whose_opening_mark_was_left_out(close, stop, tag, speaker) -> None:
    words = "The brigade had nothing to do with the attack on the convoy and does not support such acts"
    got = said("en", f"{words}{stop}{close} {tag}")
    assert got == [("quote", speaker, f"{words}{stop}")] or got == [("denial", speaker, f"{words}{stop}")], got


def paragraph_quotes(text: str) -> list[tuple[int, int, str]]:
    paragraphs = read(ArchivedText(f"Title\n\n{text}\n"))
    return [(q.start, q.end, q.text) for q in paragraphs[1].quotes]


def test_a_lone_mark_with_nothing_after_it_is_read_as_before() -> None:
    # (guard) no tag after the mark: no reason to take the paragraph for a quotation
    text = 'The brigade said it had nothing to do with the attack on the convoy."'
    assert paragraph_quotes(text) == [(q.start, q.end, q.text) for q in find_quotes(text, 2)]


def test_a_lone_mark_that_opens_is_read_as_before() -> None:
    # (guard) a mark after a space opens: the quotation runs from it to the paragraph's end, as before
    text = 'The brigade said "it had nothing to do with the attack on the convoy, Dario Venn said.'
    assert paragraph_quotes(text) == [(q.start, q.end, q.text) for q in find_quotes(text, 2)]
    assert paragraph_quotes(text)[0][0] == text.index('"')


def test_a_quotation_left_open_in_the_paragraph_before_still_closes_there() -> None:
    # (guard) the words up to the mark are the rest of the quotation the paragraph before opened
    paragraphs = read(
        ArchivedText(
            'Title\n\nDario Venn said: "The brigade rejects these claims.\n\nWe were never there," he added.\n'
        )
    )
    rest = paragraphs[2].quotes
    assert [(q.start, q.text) for q in rest] == [(0, "We were never there,")]


@pytest.mark.parametrize(
    "lead",
    ["", "When asked to comment on the attack during a press briefing, ", "On Sunday, ", "In a televised address, "],
)
def test_a_quotation_restated_as_a_denial_denies_its_own_words(lead) -> None:
    # the quotation is a place of the denial its speaker makes in the next paragraph: what it denies is the quoted
    # words, not the sentence that says who spoke them
    words = "I do not have any assessment. It is not something that we were involved in"
    records = built(
        "en",
        f'{lead}Velorian spokesperson Dario Venn said: "{words}."',
        '"I can tell you that Veloria was not aware of it in advance and was not involved," he added.',
    )
    denials = [r for r in records if r["type"] == "denial"]
    assert [r["denied"].split("; ")[0] for r in denials] == [words], denials
    assert denials[0]["summary"].startswith("Dario Venn said: \u201c"), denials
