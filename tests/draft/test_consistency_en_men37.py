"""English, round 37 of issue 17, known shapes (made-up names and facts, our own sentences):

- an office of several words with 'of the' before or after a person's name ('Chief of the General Staff Lev Arno',
  'The Chief of the General Staff, Lev Arno,', 'Deputy Head of the Kessel Council Dara Venn'): the person speaks, the
  whole office his role (a deputy's 'Deputy' kept), no body called 'Chief of the General Staff';
- a state of two words as the subject ('South Sudan said', 'Burkina Faso denied'): the state speaks through its
  government, as 'Sudan said' does, and no person's record is drafted for it;
- a business by the word for its kind ('Harold Mills Co.', 'Arno Holdings', 'Venn Group Ltd', 'a family business'):
  a body, never a person;
- a kunya however spelled ('Abu', 'Abou', 'Abul', 'Abu al-'): one man across sentences and paragraphs, on file or not;
- an act said never to have been done ('no action was taken against him', 'no such order was ever issued', 'no
  arrests were made') after the article told of that act: a denial by whoever says so; with no such report, none;
- '..., in which he said' after another person's words: the subject of the clause the relative attaches to;
- words set before their speaker's tag ('The troops will return, the commander promised, adding that ...'): one
  claim, its summary and id holding the words said, not only 'The commander promised, adding ...'.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import EN_LEAD, built, claimants_en, record_kinds, said_en

# --- an office with 'of the' before a person's name -----------------------------------------------------------------

OFFICE_VARIANTS = [
    ("Chief of the General Staff Lev Arno said the army would hold its lines.", "Chief of the General Staff"),
    ("The Chief of the General Staff, Lev Arno, said the army would hold its lines.", "Chief of the General Staff"),
    ('"We will hold," said Chief of the General Staff Lev Arno.', "Chief of the General Staff"),
    ("On Monday, Chief of the General Staff Lev Arno denied that troops had crossed the river.", None),
    ("Deputy Chief of Staff Lev Arno said the talks had failed.", "Deputy Chief of Staff"),
    ('"The talks have failed," said Deputy Chief of Staff Lev Arno.', "Deputy Chief of Staff"),
    ("Head of the Kessel Council Lev Arno told reporters that the vote would go ahead.", "Head of the Kessel Council"),
    ("Deputy Head of the Kessel Council Lev Arno said the vote would go ahead.", "Deputy Head of the Kessel Council"),
    ("Commander of the Northern Front Lev Arno has said his troops took the ridge.", "Commander of the Northern Front"),
    (
        "Deputy Commander of the Northern Front Lev Arno said his troops had taken the ridge.",
        "Deputy Commander of the Northern Front",
    ),
]


@pytest.mark.parametrize(("text", "title"), OFFICE_VARIANTS)
def test_an_office_of_several_words_before_a_name_is_the_persons_role(text: str, title: str | None) -> None:
    assert [s for _, s, _ in said_en(text)] == ["Lev Arno"], text
    records = built("en", EN_LEAD, text)
    assert [r["id"] for r in records if r["type"] in ("actor", "group")] == ["lev-arno"], text
    person = next(r for r in records if r["id"] == "lev-arno")
    assert person["kind"] == "person"
    if title is not None:
        assert [role["title"] for role in person.get("roles", [])] == [title], text


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno, Chief of the General Staff, said the army would hold its lines.",
        "Lev Arno, the Chief of the General Staff, denied that troops had crossed the river.",
    ],
)
def test_an_office_of_the_general_staff_after_a_name_is_no_body(text: str) -> None:
    assert [s for _, s, _ in said_en(text)] == ["Lev Arno"], text
    assert "chief-of-the-general-staff" not in record_kinds("en", EN_LEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "The General Staff said the army would hold its lines.",
        "The General Staff of the Armed Forces denied the report.",
    ],
)
def test_the_general_staff_alone_is_still_a_body(text: str) -> None:
    assert list(record_kinds("en", EN_LEAD, text).values()) == ["armed-force"], text


# --- a state of two words as the subject ----------------------------------------------------------------------------

STATES = ["South Sudan", "Burkina Faso", "Sierra Leone", "North Korea", "Saudi Arabia"]
STATE_SENTENCES = [
    "{} said the border was closed.",
    "{} denied that its troops had crossed the border.",
    "On Monday, {} has denied reports that its army shelled the town.",
    '"The border is closed," {} said.',
    "Officials in Port Sable said the border was shut. {} denied it.",
]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("sentence", STATE_SENTENCES)
def test_a_state_of_two_words_speaks_as_a_state(state: str, sentence: str) -> None:
    text = sentence.format(state)
    said = said_en(text)
    assert [s for _, s, _ in said][-1] == state, text
    assert record_kinds("en", EN_LEAD, text) == {}, text  # (no person, nor a body drafted as one)
    assert claimants_en(text)[-1][1] == state, text


def test_a_state_of_two_words_gives_its_whole_name_to_the_id() -> None:
    ids = [r["id"] for r in built("en", EN_LEAD, "Burkina Faso denied the report.")]
    assert ids == ["burkina-faso-denies-report"]


def test_a_persons_surname_that_names_a_state_stays_the_person() -> None:
    text = "Tom Jordan said the border was shut. Jordan denied it."
    assert [s for _, s, _ in said_en(text)] == ["Tom Jordan", "Tom Jordan"]


# --- a business by the word for its kind ----------------------------------------------------------------------------

BUSINESSES = [
    ("Harold Mills Co. said it had halted shipments.", "harold-mills-co"),
    ('"We halted shipments," said Harold Mills Co.', "harold-mills-co"),
    ("Kessel Corporation said it had halted shipments.", "kessel-corporation"),
    ("Arno Holdings denied the report.", "arno-holdings"),
    ("Lev Arno Holdings said the deal was off.", "lev-arno-holdings"),
    ("Venn Group Ltd said the deal was off.", "venn-group-ltd"),
    ("Dara Venn Inc. said the deal was off.", "dara-venn-inc"),
    ("Harold Mills Limited denied the report.", "harold-mills-limited"),
    ("Dara Venn Enterprises denied the report.", "dara-venn-enterprises"),
    ("Harold Mills, a family business, said it had halted shipments.", "harold-mills"),
    ("Harold Mills, a conglomerate based in Port Sable, said it had halted shipments.", "harold-mills"),
]


@pytest.mark.parametrize(("text", "record"), BUSINESSES)
def test_a_business_named_by_its_kind_is_a_body(text: str, record: str) -> None:
    assert record_kinds("en", EN_LEAD, text).get(record) == "organization", text


# --- a kunya however spelled ----------------------------------------------------------------------------------------

KUNYAS = [
    ("Abu Dara al-Kessani said the fighters would stay.", "Abou Dara al-Kessani later added that the town was calm."),
    ("Abou Dara said the fighters would stay.", 'Abu Dara later added that "the town is calm."'),
    ("Abul Fadl Venn said the fighters would stay.", 'Abu al-Fadl Venn added that "the town is calm."'),
    ("Abu al-Fadl Venn said the fighters would stay.", '"The town is calm," said Abul Fadl Venn.'),
    ("Abou al-Fadl said the fighters would stay.", "Abu al-Fadl added that the town was calm."),
    ("Aboul Fadl Venn said the fighters would stay.", "Abu al-Fadl Venn denied that the town had fallen."),
]


@pytest.mark.parametrize(("first", "second"), KUNYAS)
@pytest.mark.parametrize("apart", [False, True])
def test_a_kunya_however_spelled_is_one_man(first: str, second: str, apart: bool) -> None:
    paragraphs = (first, second) if apart else (f"{first} {second}",)
    assert len(said_en(*paragraphs)) == 2, paragraphs
    people = [r for r in built("en", EN_LEAD, *paragraphs) if r["type"] == "actor"]
    assert len(people) == 1, paragraphs
    assert {who for _, who in claimants_en(*paragraphs)} == {people[0]["id"]}


def test_a_kunya_on_file_is_found_by_its_other_spelling() -> None:
    index = NameIndex()
    index.add("Abu Dara al-Kessani", Known("abu-dara-al-kessani", "actor", "person", "Abu Dara al-Kessani"))
    for text in ("Abou Dara al-Kessani said the fighters would stay.", "Abul Dara Kessani denied the report."):
        assert [who for _, who in claimants_en(text, index=index)] == ["abu-dara-al-kessani"], text


# --- an act said never to have been done, after the article told of it ----------------------------------------------

NO_ACT = [
    (
        "Rights groups said the journalist Dara Venn had been detained by police.",
        "A police spokesman, Lev Arno, said no action was taken against him.",
        "Lev Arno",
    ),
    (
        "Rights groups said the journalist Dara Venn had been detained by police.",
        "Police spokesman Lev Arno said no action had been taken against him.",
        "Lev Arno",
    ),
    (
        "Residents said the army had ordered them to leave the town.",
        "Army spokesman Lev Arno said no such order was ever issued.",
        "Lev Arno",
    ),
    (
        "Activists said dozens of protesters were arrested on Monday.",
        "The interior ministry said no arrests were made.",
        "the interior ministry",
    ),
    (
        "Activists said dozens of protesters were arrested on Monday.",
        '"No arrests were made," the interior ministry said.',
        "the interior ministry",
    ),
    (
        "The Kessel Brigade said the governor had ordered the raid.",
        "Governor Lev Arno said that no such order had ever been given.",
        "Lev Arno",
    ),
    (
        "Lawyers for Dara Venn said he had been charged with treason.",
        "Prosecutor Lev Arno said no charges had been filed.",
        "Lev Arno",
    ),
]


@pytest.mark.parametrize(("report", "answer", "denier"), NO_ACT)
@pytest.mark.parametrize("apart", [False, True])
def test_an_act_said_never_done_after_its_report_is_a_denial(
    report: str, answer: str, denier: str, apart: bool
) -> None:
    paragraphs = (report, answer) if apart else (f"{report} {answer}",)
    got = said_en(*paragraphs)
    assert [(k, s) for k, s, _ in got][-1] == ("denial", denier), paragraphs
    assert [k for k, _, _ in got][:-1] == ["reported"], paragraphs  # (the report stays its teller's claim)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said no arrests were made during the talks.",
        "The ministry said no action was taken on the proposal because the budget was not ready.",
        "Activists said the talks went well. The ministry said no arrests were made.",
        "Residents said the army had ordered them to leave. Lev Arno did not say no such order was ever issued.",
    ],
)
def test_an_act_said_never_done_with_no_report_of_it_is_no_denial(text: str) -> None:
    assert "denial" not in [k for k, _, _ in said_en(text)], text


# --- '..., in which he said' ----------------------------------------------------------------------------------------

IN_WHICH = [
    ('The governor then held a news conference, in which he said "the town was never shelled."', "the governor"),
    ('Dara Venn answered Lev Arno\'s remarks in a speech, in which he said "the town was never shelled."', "Dara Venn"),
    (
        'The governor answered Arno\'s claims in a letter, in which he said "the town was never shelled."',
        "the governor",
    ),
    ('Dara Venn responded to Arno in a speech on Monday, in which he said "the town was never shelled."', "Dara Venn"),
    ('Dara Venn posted a video after meeting Sami Kessel, in which she said "the town is calm."', "Dara Venn"),
    ("Dara Venn posted a video in reply to Lev Arno, in which she said the town was never shelled.", "Dara Venn"),
]


@pytest.mark.parametrize(("text", "speaker"), IN_WHICH)
@pytest.mark.parametrize("apart", [False, True])
def test_the_pronoun_after_in_which_is_the_clauses_subject(text: str, speaker: str, apart: bool) -> None:
    before = "Lev Arno said the army had shelled the town."
    paragraphs = (before, text) if apart else (f"{before} {text}",)
    assert [s for _, s, _ in said_en(*paragraphs)] == ["Lev Arno", speaker], paragraphs


def test_it_after_in_which_is_the_body_that_spoke() -> None:
    text = 'Lev Arno said the army had shelled the town. The Kessel Brigade held a news conference, in which it said "the town was never shelled."'
    assert [s for _, s, _ in said_en(text)] == ["Lev Arno", "Kessel Brigade"]


# --- words set before their speaker's tag ---------------------------------------------------------------------------

BEFORE_TAG = [
    (
        "The troops will return to Port Sable, the commander promised, adding that they were ready.",
        "troops will return",
    ),
    ("We will return, the commander promised, adding that the troops were ready.", "We will return"),
    ("The town will be rebuilt, the governor pledged.", "town will be rebuilt"),
    ("Talks will resume next week, Lev Arno said, adding that both sides were ready.", "Talks will resume"),
    ("The brigade will retake the town, Lev Arno vowed on Monday, adding that help had come.", "will retake the town"),
    ('"We will return," the commander promised, adding that the troops were ready.', "We will return"),
    ('"We will return," Lev Arno promised, adding that the troops were ready.', "We will return"),
]


@pytest.mark.parametrize(("text", "words"), BEFORE_TAG)
def test_words_before_their_speakers_tag_are_one_claim_that_holds_them(text: str, words: str) -> None:
    claims = [r for r in built("en", EN_LEAD, text) if r["type"] == "claim"]
    assert len(claims) == 1, text
    assert words in claims[0]["summary"], (text, claims[0]["summary"])
    first = words.split()[-1].lower()
    assert first in claims[0]["id"], (text, claims[0]["id"])
