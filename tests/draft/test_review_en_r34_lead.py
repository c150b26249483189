"""Review of round 34's lead rules (English): made-up sentences that show where each new rule went wrong.

- a double mark closed by two single ones: the closing pair is two marks wide, so the stop before it is kept in the
  masked text (it ends a sentence as it does before '\u201d');
- a charge set after the clause it sums up: not a definite subject after an opening phrase ('Earlier this week, the
  allegations were rejected'), nor a noun with a complement clause of its own ('an allegation that ...'); and those
  who made the charge are not a passive 'were reported' nor the adjective 'alleged';
- 'trashed' before a compound whose first word is a word of reports ('the news studio') trashes a place;
- a description's words that point back to the one named ('the same agency', 'the latter agency') are no words of
  its own.
"""

from __future__ import annotations

import pytest

from generator.draft.text import read
from generator.model.archive import ArchivedText
from tests.draft.conftest import denied, said


def _sentences(text: str) -> list[str]:
    paragraph = read(ArchivedText("Title\n\n" + text + "\n"))[1]
    return [s.text for s in paragraph.sentences]


# The stop before a closing pair of single marks ends the sentence, as it does before a closing double mark.
@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe did not take part.\u2019\u2019 Lev Arno denied reports that his men fled.",
        "\u201cThe road is open!\u2019\u2019 The army said so on Friday.",
    ],
)
def test_a_stop_before_a_closing_pair_of_single_marks_ends_the_sentence(text):
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("pair", ["\u2019\u2019", "''"])
def test_a_comma_before_a_closing_pair_is_kept_for_the_tag(pair):
    paragraph = read(ArchivedText(f"Title\n\n\u201cWe did not take part,{pair} Lev Arno said.\n"))[1]
    assert paragraph.masked.index(",") == len("\u201cWe did not take part") + len(pair) - 1


# Not a charge summing up the clause before: a definite subject after an opening phrase, a noun with its own
# complement clause.
@pytest.mark.parametrize(
    "text, what",
    [
        ("Earlier this week, the allegations were rejected by the army.", "the allegations"),
        ("According to the newspaper, the claims were dismissed by the army.", "the claims"),
        (
            "Last month, an allegation that the army fled was denied by the ministry.",
            "an allegation that the army fled",
        ),
        ("Earlier this month, an allegation was rejected by the army.", "an allegation"),
    ],
)
def test_a_subject_after_an_opening_phrase_is_no_charge_summed_up(text, what):
    assert [d for d in denied("en", text) if not d.endswith(what)] == []
    assert denied("en", text) != []


# Those who made the charge: not a passive 'were reported', nor 'alleged' as an adjective.
@pytest.mark.parametrize(
    "text, what",
    [
        (
            "Seven guards were reported killed in the raid, a claim denied by the army.",
            "Seven guards were reported killed in the raid",
        ),
        (
            "The alleged plot was hatched in the Harbour Office, a charge that has been denied by the office.",
            "The alleged plot was hatched in the Harbour Office",
        ),
        (
            "Two boats were said to carry arms, an accusation which was rejected by the navy.",
            "Two boats were said to carry arms",
        ),
    ],
)
def test_no_one_made_the_charge_in_a_passive_or_an_adjective(text, what):
    assert denied("en", text) == [what]


# 'trashed' a compound of a word of reports and a place is no denial.
@pytest.mark.parametrize(
    "text",
    [
        "Protesters trashed the news studio.",
        "Protesters trashed the news agency's office in Kessel.",
        "The mob trashed the press office of the Marno Front.",
    ],
)
def test_trashing_a_newsroom_is_no_denial(text):
    assert [k for k, _, _ in said("en", text) if k == "denial"] == []


# Words that point back to the one named are no words of the description's own.
@pytest.mark.parametrize("word", ["same", "latter", "aforementioned"])
def test_the_same_agency_is_the_last_agency_that_spoke(word):
    got = said("en", "The ISI said the road was open.", f"The {word} agency later denied reports of a raid.")
    assert [(k, s) for k, s, _ in got if k == "denial"] == [("denial", "ISI")]
