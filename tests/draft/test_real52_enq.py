"""Round 52's English-quotation helper's rules, tested on made-up sentences: a statement's issuer named with the words
news sets between the issuer and the writing ('The brigade's leader, Dario Venn, later issued a brief statement.'),
so that 'the statement said' after it is the issuer's and not whoever spoke before; and 'it said' after a person
issued one, the statement's words."""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes

# Someone else speaks first: the statement's words were theirs before, as the last to speak.
_BEFORE = "The army said the fighters had left the town a week ago."


def _speakers(*paragraphs: str) -> list[str | None]:
    return [who for _, who in quotes(EN_LEAD, _BEFORE, *paragraphs)]


# --- the issuer of a statement, with words between it and the writing ---------------------------------------------


@pytest.mark.parametrize(
    ("issued", "issuer"),
    [
        ("Lev Arno later issued a statement.", "Lev Arno"),
        ("Lev Arno also released a statement on Monday.", "Lev Arno"),
        ("Petra Lind, the brigade's spokeswoman, issued a statement.", "Petra Lind"),
        ("The brigade's leader, Sheikh Qais Nouri, later issued a statement.", "Qais Nouri"),
        ("Dario Venn, who leads the council, on Tuesday issued a statement.", "Dario Venn"),
        ("Tomas Vell has since published a lengthy written statement.", "Tomas Vell"),
        ("The Kessel Brigade later put out a statement.", "Kessel Brigade"),
        ("Lev Arno, the head of the Kessel Brigade, issued a brief statement.", "Lev Arno"),
    ],
)
@pytest.mark.parametrize(
    "tag",
    ['"We respect the truce," the statement said.', 'The statement read: "We respect the truce."'],
)
def test_the_statement_is_its_issuers(issued: str, issuer: str, tag: str) -> None:
    assert _speakers(issued, tag) == [issuer], (issued, tag)


@pytest.mark.parametrize(
    ("issued", "issuer"),
    [
        ("The brigade's leader issued a statement on Monday.", "the brigade's leader"),
        ("A council spokesman later released a statement.", "a council spokesman"),
    ],
)
def test_the_statement_of_one_described_is_theirs(issued: str, issuer: str) -> None:
    assert _speakers(issued, '"We respect the truce," the statement said.') == [issuer], issued


def test_a_body_named_inside_the_issuers_appositive_issues_nothing() -> None:
    # the comma after 'the Kessel Brigade' closes Arno's appositive: Arno issued it, not the brigade
    got = _speakers(
        "Lev Arno, a commander of the Kessel Brigade, issued a statement.", '"We stay," the statement said.'
    )
    assert got == ["Lev Arno"]


def test_a_body_whose_relative_names_a_person_issues_it() -> None:
    got = _speakers("The Kessel Brigade, which Lev Arno leads, issued a statement.", '"We stay," the statement said.')
    assert got == ["Kessel Brigade"]


# --- 'it said' after a person issued a statement ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "tag", "issuer"),
    [
        ("Lev Arno issued a statement.", '"We respect the truce," it said.', "Lev Arno"),
        ("Petra Lind, the council head, later released a statement.", '"We respect the truce," it read.', "Petra Lind"),
        ("Dario Venn posted a statement online.", '"We respect the truce," it added.', "Dario Venn"),
        ("Tomas Vell said in a statement that the talks were over.", '"We respect the truce," it said.', "Tomas Vell"),
    ],
)
def test_it_after_a_person_issued_a_statement_is_the_statement(issued: str, tag: str, issuer: str) -> None:
    assert _speakers(issued, tag) == [issuer], issued


def test_it_after_a_body_spoke_since_stays_the_body() -> None:
    # the sentence between names a body, the army, that 'it' may be
    got = quotes(EN_LEAD, "Lev Arno issued a statement.", _BEFORE, '"We have left," it said.')
    assert [who for _, who in got] == ["the army"]


def test_it_after_a_person_with_no_statement_is_no_one_of_theirs() -> None:
    assert _speakers("Lev Arno met the army chief on Monday.", '"We respect the truce," it said.') != ["Lev Arno"]


# --- 'the baker said': a person named before with that noun heading an appositive ----------------------------------


@pytest.mark.parametrize(
    ("named", "tag", "speaker"),
    [
        ("Lev Arno, a baker in Kessa, said the army had come at night.", '"We hid," the baker said.', "Lev Arno"),
        (
            "Petra Lind, 41, a pharmacist, said the shelling went on for hours.",
            '"We ran," the pharmacist added.',
            "Petra Lind",
        ),
        (
            "Dario Venn, a shepherd from the hills, said the road was closed.",
            '"Nobody came," said the shepherd.',
            "Dario Venn",
        ),
        (
            "Tomas Vell, a historian who has written on the war, said the talks would fail.",
            '"They always do," the historian said.',
            "Tomas Vell",
        ),
        (
            "Mira Kos, a professor of law at Kessa University, said the ruling was wrong.",
            '"It is political," said the professor.',
            "Mira Kos",
        ),
    ],
)
def test_the_noun_of_an_appositive_is_the_one_so_described(named: str, tag: str, speaker: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, named, tag)] == [speaker], (named, tag)


@pytest.mark.parametrize(
    ("named", "tag", "speaker"),
    [
        ("Lev Arno, 54, said the army had come at night.", '"We hid," said the 54-year-old.', "Lev Arno"),
        (
            "Petra Lind, a 41-year-old nurse, said the clinic was full.",
            '"We ran out of beds," said the 41-year-old.',
            "Petra Lind",
        ),
    ],
)
def test_said_the_aged_after_the_verb_is_the_one_of_that_age(named: str, tag: str, speaker: str) -> None:
    assert quotes(EN_LEAD, named, tag)[-1][1] == speaker


def test_two_people_of_one_trade_leave_the_noun_unread() -> None:
    got = quotes(
        EN_LEAD,
        "Lev Arno, a baker, said the army came at night. Dario Venn, a baker from Tarvo, said it came at dawn.",
        '"We hid," the baker said.',
    )
    assert got[-1][1] is None


def test_a_noun_no_one_was_given_stays_unread() -> None:
    got = quotes(EN_LEAD, "Lev Arno, a baker, said the army came at night.", '"We hid," the carpenter said.')
    assert got[-1][1] is None


def test_a_noun_given_after_the_quotation_is_not_read_back() -> None:
    got = quotes(EN_LEAD, '"We hid," the baker said.', "Lev Arno, a baker, said the army came at night.")
    assert got[0][1] is None


# --- a paragraph of bare quotation after one that ends on how someone answered -------------------------------------

_WORDS = '"Nobody listened to us, and nobody will."'


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Asked about the claims, Lev Arno was dismissive.", "Lev Arno"),
        ("Petra Lind disagreed.", "Petra Lind"),
        ("Dario Venn, the council head, struck a defiant tone.", "Dario Venn"),
        ("Tomas Vell, a Kessel elder, remained unconvinced.", "Tomas Vell"),
        ("Mira Kos made the remarks during a visit to Kessa on Monday.", "Mira Kos"),
        ("Lev Arno did not mince his words.", "Lev Arno"),
        ("Petra Lind had harsh words for the army.", "Petra Lind"),
        ("Dario Venn was asked whether the brigade would leave the town.", "Dario Venn"),
        ("Residents were not convinced.", "residents"),
    ],
)
def test_a_paragraph_of_quotation_after_how_one_answered_is_theirs(before: str, speaker: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, before, _WORDS)] == [speaker], before


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("The army said the fighters had left. Lev Arno disagreed.", "Lev Arno"),
        ("The army said the fighters had left. Asked about the claim, Petra Lind was blunt.", "Petra Lind"),
        ("The brigade denied the report. Dario Venn, a Kessel elder, thinks otherwise.", "Dario Venn"),
    ],
)
def test_the_one_who_answers_last_in_the_paragraph_before_speaks_not_the_one_answered(
    before: str, speaker: str
) -> None:
    assert [who for _, who in quotes(EN_LEAD, before, _WORDS)] == [speaker], before


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        # no word of how one answered: the one who spoke before, as ever, or no one
        ("Lev Arno met the army chief on Monday.", None),
        ("The army said the fighters had left. Lev Arno was killed in the raid.", "the army"),
        ("The army said the fighters had left. The claim could not be verified.", "the army"),
    ],
)
def test_a_paragraph_that_ends_on_no_answer_gives_no_new_speaker(before: str, speaker: str | None) -> None:
    assert [who for _, who in quotes(EN_LEAD, before, _WORDS)] == [speaker], before


# --- 'said X in a video posted online' ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will hold the town," said Lev Arno in a video posted online.',
        '"We will hold the town," said Lev Arno in a statement posted online on Monday.',
        '"We will hold the town," said Lev Arno in a video circulated online.',
        '"We will hold the town," said Lev Arno in a recording shared online.',
        '"We will hold the town," said Lev Arno in an audio message circulated online by the brigade.',
    ],
)
def test_words_said_in_a_writing_put_online_are_the_speakers(sentence: str) -> None:
    assert [who for _, who in quotes(EN_LEAD, sentence)] == ["Lev Arno"], sentence


def test_a_place_after_the_name_is_still_no_writing() -> None:
    # (no writing before the participle: the name and where he spoke, as before)
    assert [who for _, who in quotes(EN_LEAD, '"We will hold the town," said Lev Arno in Kessa.')] == ["Lev Arno"]
