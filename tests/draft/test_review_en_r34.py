"""Round 34's review of round 33's English rules of r33-m-en and r33-w-en: made-up sentences (invented names and
facts) that show a defect found in a reviewed line, each with its guards.

- a quotation cut before an admission ('We did not arm them, we only trained them' -> 'We did not arm them') was no
  longer the speaker's own words to the builder, which turned it around into an admission: 'We did arm them';
- a paragraph that reports words of its own ('Lev Arno said the brigade would stay in Kessel.') after a quotation
  stopped on a comma was read as one that only names the quotation's speaker, and its claim was dropped;
- a name in marks opening with a possessive ('"Our Homeland" said') was read as words said, so no one spoke;
- a claim of control ('no unit moves without our approval') that a denial before it runs into ('We did not shell the
  town and no unit moves ...') took the denial with it;
- a country after the comma of an opening phrase ('On Monday, France denied') was taken for one of a list and
  proposed as a body of its own, where 'France denied' is the state speaking;
- one office in British and American spelling ('the Defence Ministry spokesman', 'the defense ministry spokesman')
  was read as two holders' descriptions, since r33-m-en compares a description's words;
- words that judge a report false with a 'without' inside it ('There is no truth to reports that troops entered
  without our consent') were taken for a claim of control and denied nothing;
- 'arm' before 'the forces' was kept out as no verb ('We did not arm the forces of the regime' denied nothing), where
  the comment meant 'armed forces', which the determiner the rule asks for already keeps out.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import analyse, built, denied, said

LEAD = "Talks resumed in Port Sable on Sunday."


def _denied(*paragraphs: str) -> list[str]:
    return denied("en", LEAD, *paragraphs)


# --- a quotation cut before an admission is still the speaker's own words -------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ('"We did not arm them, we only trained them," Lev Arno said.', "We did not arm them"),
        ('"We never armed them, it is a lie," Lev Arno said.', "We never armed them"),
        ('Lev Arno said: "We have not armed them. It was the army that armed them."', "We have not armed them"),
        (
            "\u201cWe haven\u2019t sent a single fighter \u2014 we sent advisers,\u201d Lev Arno told reporters.",
            "We haven\u2019t sent a single fighter",
        ),
    ],
)
def test_a_quotation_cut_before_an_admission_is_not_turned_around(text: str, denied: str) -> None:
    assert _denied(text) == [denied]


def test_reported_words_cut_before_an_admission_are_still_put_as_the_statement_denied() -> None:
    # guard: words not in marks are put as the statement denied, as before
    assert _denied("Lev Arno said they had not armed the fighters, only trained them.") == [
        "they had armed the fighters"
    ]


# --- a paragraph after a quotation names its speaker only where it says nothing of its own ---------------------------


@pytest.mark.parametrize(
    "then",
    [
        "Lev Arno said the brigade would stay in Kessel.",
        "Army spokesman Lev Arno said the talks had failed.",
        "Lev Arno told reporters the talks had failed.",
    ],
)
def test_a_paragraph_with_words_of_its_own_keeps_its_claim(then: str) -> None:
    units = said("en", LEAD, '"I find that report absurd,"', then)
    assert ("reported", "Lev Arno", then) in units


@pytest.mark.parametrize(
    "then",
    [
        "Army spokesman Lev Arno said.",
        "Lev Arno, the brigade's spokesman, said on Monday.",
        "Lev Arno told reporters.",
        "Lev Arno said in a statement.",
        "Lev Arno said on the sidelines of the summit.",
        "Lev Arno said, speaking to reporters in Kessel.",
    ],
)
def test_a_paragraph_that_only_names_the_speaker_still_does(then: str) -> None:
    # guard: r33-w-en's shape
    assert said("en", LEAD, '"I find that report absurd,"', then) == [
        ("quote", "Lev Arno", "I find that report absurd,")
    ]


# --- a name in marks may open with a possessive ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Our Homeland" said in a statement that the vote was rigged.',
        '"Our Homeland" said the vote was rigged.',
        'On Friday, the "My Country Movement" said the vote was rigged.',
    ],
)
def test_a_name_in_marks_opening_with_a_possessive_speaks(text: str) -> None:
    units = said("en", LEAD, text)
    assert len(units) == 1
    assert units[0][1] in ("Our Homeland", "My Country Movement")


@pytest.mark.parametrize(
    "text",
    [
        '"Our troops repelled them," said Lev Arno.',
        '"Our fighters held the line" said Lev Arno.',
        '"My Brothers, we will win," said Lev Arno.',
    ],
)
def test_words_in_marks_opening_with_a_possessive_are_still_words(text: str) -> None:
    # guard: r33-w-en's shape
    assert [who for _, who, _ in said("en", LEAD, text)] == ["Lev Arno"]


# --- a claim of control does not take a denial before it -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We did not shell the town and no unit moves without our approval," the Kessel Brigade said.',
        '"We never shelled the town and nothing moves there without the army\'s permission," the Kessel Brigade said.',
        "The Kessel Brigade said it had not shelled the town and no unit moved without its approval.",
    ],
)
def test_a_denial_before_a_claim_of_control_stays(text: str) -> None:
    assert [kind for kind, _, _ in said("en", LEAD, text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        '"Nothing moves in Kessel without our approval," the Kessel Brigade said.',
        '"No unit moves, and no shell is fired, without our approval," the Kessel Brigade said.',
        "Lev Arno said no strike was carried out without the army's approval.",
    ],
)
def test_a_claim_of_control_is_still_no_denial(text: str) -> None:
    # guard: r33-m-en's shape
    assert [kind for kind, _, _ in said("en", LEAD, text)] != ["denial"]


# --- a country after an opening phrase speaks as the state -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, France denied that its jets had struck Kessel.",
        "In a statement on Monday, Britain rejected the accusation that it had armed the militia.",
        "Hours later, France denied the reports.",
    ],
)
def test_a_country_after_an_opening_phrase_speaks_as_the_state(text: str) -> None:
    units = analyse("en", LEAD, text).units
    assert len(units) == 1
    assert units[0].speaker.how.startswith("a state or its capital")
    assert not [r for r in built("en", LEAD, text) if r["type"] == "actor"]


@pytest.mark.parametrize(
    "text",
    [
        "Western governments, including the United States, Britain and France, denied the reports.",
        "Western governments, including Britain, France and Germany, denied the reports.",
        "Western governments, such as Britain, France and Germany, denied the reports.",
    ],
)
def test_a_country_of_a_list_is_still_no_state_speaking(text: str) -> None:
    # guard: r33-m-en's shape
    units = analyse("en", LEAD, text).units
    assert not [u for u in units if u.speaker.how.startswith("a state or its capital")]


# --- one office in British and American spelling is one description -------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("the Defence Ministry spokesman", "The defense ministry spokesman"),
        ("the defense ministry spokesman", "The Defence Ministry spokesman"),
        ("the defence ministry's spokesman", "The defense ministry's spokesman"),
        ("the aid organisation's spokesman", "The aid organization's spokesman"),
    ],
)
def test_one_office_in_two_spellings_is_one_holder(first: str, then: str) -> None:
    units = said("en", LEAD, f'"The talks have failed," {first} said.', f"{then} later added that the army would stay.")
    assert len(units) == 2
    assert units[0][1] == units[1][1]


def test_two_bodies_offices_are_still_two_holders() -> None:
    # guard: r33-m-en's shape
    units = said(
        "en",
        LEAD,
        '"The talks have failed," the defence ministry spokesman said.',
        "The interior ministry spokesman later added that the army would stay.",
    )
    assert units[0][1] != units[1][1]


# --- words judged false that hold a 'without' deny ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"There is no truth to reports that foreign troops entered Kessel without our consent," Lev Arno said.',
        "Lev Arno said there was no truth to reports that foreign troops entered Kessel without the army's consent.",
        "Lev Arno said it was not true that foreign troops had entered Kessel without the government's approval.",
        '"There is no basis for claims that our fighters crossed without the army\'s knowledge," Lev Arno said.',
    ],
)
def test_words_judged_false_that_hold_a_without_deny(text: str) -> None:
    assert [kind for kind, _, _ in said("en", LEAD, text)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said that no fighters had crossed the border without its permission.",
        '"No fighters crossed the border without the army\'s permission," Lev Arno said.',
    ],
)
def test_what_was_not_done_without_consent_is_still_no_denial(text: str) -> None:
    # guard: r33-m-en's shape
    assert [kind for kind, _, _ in said("en", LEAD, text)] != ["denial"]


# --- 'arm' before 'the forces' is the verb ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We did not arm the forces of the regime," Lev Arno said.',
        '"We never armed the forces in Kessel," Lev Arno said.',
    ],
)
def test_arming_the_forces_denied(text: str) -> None:
    assert [kind for kind, _, _ in said("en", LEAD, text)] == ["denial"]


def test_the_armed_forces_are_still_no_verb() -> None:
    # guard: r33-m-en's shape
    assert [kind for kind, _, _ in said("en", LEAD, '"We did not see the armed forces," Lev Arno said.')] != ["denial"]
