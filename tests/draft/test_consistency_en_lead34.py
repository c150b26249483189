"""English, round 34 (the lead's walk-throughs of three unseen reports from Pakistan, 2004 to 2011): a title word
that is also a family name ends a name ('Shaukat Sultan', 'Gen Sultan'); a verb of denying alone in marks right after
its subject denies the words after the marks; a charge set after the clause it sums up ('..., a charge that has been
denied by X') denies that clause; a description with words of its own ('the powerful spy agency') is never the last
body that spoke when that body's name and description hold none of them. Made-up names throughout.
"""

from __future__ import annotations

import pytest

from generator.draft.text import find_quotes
from tests.draft.conftest import denied, said


# A title word that is also a family name, at the end of a name after a given name, or alone after a rank or an
# honorific, is the person's name ('sultan', 'king', 'judge'); opening a name it stays a title ('Sultan Ahmed').
@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        ("Shaukat Sultan said the figure was lower than seven.", "reported", "Shaukat Sultan"),
        ("Maj-Gen Shaukat Sultan said the figure was lower than seven.", "reported", "Shaukat Sultan"),
        ("The army's spokesman, Maj-Gen Tariq Sultan, denied the report.", "denial", "Tariq Sultan"),
        ("Gen Sultan, however, rejected the claim.", "denial", "Sultan"),
        ("Mr Sultan denied the report on Friday.", "denial", "Sultan"),
        ("Ravi King said the camp had been closed.", "reported", "Ravi King"),
        ("Dr King denied the report.", "denial", "King"),
        ("Petra Judge, the mayor, said the road was open.", "reported", "Petra Judge"),
    ],
)
def test_a_title_word_that_is_a_family_name_ends_a_name(text, kind, speaker):
    assert (kind, speaker) in [(k, s) for k, s, _ in said("en", text)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # (the toll's victim, named with a rank, is not the one who speaks after)
        (
            "Elders put the toll at seven, including Captain Lev Arno, but the army's spokesman, Maj-Gen Shaukat "
            'Sultan, said it was lower. "There have been losses, but fewer than seven," he told the Courier.',
            "Shaukat Sultan",
        ),
        ('Captain Arno was wounded. "This is all rubbish," Gen Sultan said.', "Sultan"),
    ],
)
def test_the_one_named_so_speaks_not_the_last_person_before(text, speaker):
    got = said("en", text)
    assert got and {s for _, s, _ in got} == {speaker}


# Titles stay titles: before a name, alone after an article, or after a word of a place or a people.
@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        ("Sultan Harun Varo denied the report.", "denial", "Harun Varo"),
        ("King Tomas Rell said the talks would go on.", "reported", "Tomas Rell"),
        ("The Ostravian King said the talks would go on.", "reported", "the Ostravian King"),
    ],
)
def test_a_title_before_a_name_or_after_a_people_stays_a_title(text, kind, speaker):
    got = [(k, s) for k, s, _ in said("en", text)]
    assert all(s not in ("Ostravian King", "Sultan Harun Varo", "King Tomas Rell") for _, s in got)
    assert got[:1] in ([(kind, speaker)], [(kind, speaker.removeprefix("the "))], [])


# A verb of denying alone in marks right after its subject: what is denied is what follows the marks.
@pytest.mark.parametrize(
    "text, what",
    [
        (
            'A spokesperson of the Kessel Army "strongly refuted" reports in the media that its soldiers had fled.',
            "reports in the media that its soldiers had fled",
        ),
        (
            'A spokesperson of the Kessel Army "strongly rejected" claims that its soldiers had fled.',
            "claims that its soldiers had fled",
        ),
        ('The ministry "categorically denies" reports that troops were moved.', "reports that troops were moved"),
        ('The ministry "categorically denied" the reports of a raid.', "the reports of a raid"),
        ('Lev Arno "firmly rejects" the allegations of the Marno Front.', "the allegations of the Marno Front"),
    ],
)
def test_a_verb_in_marks_after_its_subject_denies_what_follows(text, what):
    assert denied("en", text) == [what]


# A charge set after the clause it sums up, denied in the passive: the clause is what is denied, without the
# verb of saying of those who made the charge.
@pytest.mark.parametrize(
    "text, what",
    [
        (
            "Rights groups have alleged that the Harbour Office was linked to the raid, a charge that has already "
            "been denied by the office.",
            "the Harbour Office was linked to the raid",
        ),
        (
            "Rights groups said the Harbour Office was linked to the raid, a charge denied by the Harbour Office.",
            "the Harbour Office was linked to the raid",
        ),
        (
            "The Harbour Office was linked to the raid, an accusation which was rejected by the office.",
            "The Harbour Office was linked to the raid",
        ),
        (
            "Lev Arno claimed the brigade had armed the smugglers, an allegation that has been dismissed by the "
            "brigade.",
            "the brigade had armed the smugglers",
        ),
    ],
)
def test_a_charge_after_its_clause_denies_the_clause(text, what):
    assert denied("en", text) == [what]


# A description with words of its own is not the last body that spoke unless that body's words hold them.
@pytest.mark.parametrize(
    "paragraphs, denier",
    [
        (
            (
                "Lev Arno alleged that the Kessel Navy had been infiltrated.",
                "Rights groups have alleged that the Harbour Office was linked to the raid, a charge that has already "
                "been denied by the powerful spy agency.",
            ),
            "the powerful spy agency",
        ),
        (
            (
                "The Kessel Army said the road was open.",
                "Rights groups said the army had shelled the town, a charge denied by the country's spy agency.",
            ),
            "the country's spy agency",
        ),
    ],
)
def test_a_description_with_words_of_its_own_is_not_the_last_speaker(paragraphs, denier):
    assert [(k, s) for k, s, _ in said("en", *paragraphs) if k == "denial"] == [("denial", denier)]


# The last body that spoke is still 'the agency' when nothing in the description tells them apart.
@pytest.mark.parametrize(
    "paragraphs, denier",
    [
        (
            ("The Ostra News Agency said the road was open.", "The agency later denied reports of a raid."),
            "Ostra News Agency",
        ),
        (
            (
                "The Kessel Intelligence Agency said the road was open.",
                "The intelligence agency denied reports of a raid.",
            ),
            "Kessel Intelligence Agency",
        ),
        # (one spelling or the other, British or American: one agency)
        (
            ("The Kessel Defence Agency said the road was open.", "The defense agency denied reports of a raid."),
            "Kessel Defence Agency",
        ),
        (
            ("The Kessel Defense Agency said the road was open.", "The defence agency denied reports of a raid."),
            "Kessel Defense Agency",
        ),
    ],
)
def test_the_agency_is_still_the_last_agency_that_spoke(paragraphs, denier):
    assert [(k, s) for k, s, _ in said("en", *paragraphs) if k == "denial"] == [("denial", denier)]


# 'trashed' is 'rubbished': a verb of denying before reports or claims, and nothing else ('trashed the offices').
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Marno Front trashed some media reports alleging that it had armed the smugglers.",
            [("denial", "Marno Front")],
        ),
        ("Lev Arno trashes the claims that he fled.", [("denial", "Lev Arno")]),
        ("The ministry has trashed these reports as lies.", [("denial", "the ministry")]),
        ("Rioters trashed the offices of the Marno Front.", []),
        ("The militia trashed the town hall before it left.", []),
    ],
)
def test_trashing_reports_is_denying_them(text, expected):
    assert [(k, s) for k, s, _ in said("en", text) if k == "denial"] == expected


# A quotation opened with a double mark and closed with two single ones, as some outlets type it.
@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            "Lev Arno refuted the accusations, terming them \u201cbaseless\u2019\u2019, as he repeated his position.",
            ["baseless"],
        ),
        ("\u201cWe did not take part\u2019\u2019, Lev Arno said.", ["We did not take part"]),
        ("\u201cWe did not take part,'' Lev Arno said.", ["We did not take part,"]),
        # (a closing double mark of its own kind still closes it first)
        ("\u201cThe road is open,\u201d Lev Arno said of the \u2018Kessel\u2019\u2019s gate.", ["The road is open,"]),
    ],
)
def test_a_double_mark_closed_by_two_single_ones(text, quoted):
    assert [q.text for q in find_quotes(text)] == quoted


def test_the_quotation_closed_so_has_its_speaker():
    assert said("en", "\u201cWe did not take part\u2019\u2019, Lev Arno said.") == [
        ("denial", "Lev Arno", "We did not take part")
    ]
