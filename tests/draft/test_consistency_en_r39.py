"""Round 39's review of round 38's English rules, on made-up sentences: 'no-one' as 'no one'; an answer to one remark or
one charge; "they'd never got", "they'd never gotten", "they'd never freed"; shots fired are no one fired from a post;
a participle before an office in the singular is no adjective of people; the description taken up with more of its
words in the next paragraph; 'have gone on to say'; 'read, in part:'; '"...," he later said' after a state; 'Van Der
Venn' with every particle capitalised; 'no mere rumours'."""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, said, speakers

# --- 'no-one', as British news writes it ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Brigade spokesman Lev Arno said no-one had shot at Dara Venn.",),
        ("Brigade spokesman Lev Arno spoke on Monday. No-one had fired on the convoy, he said.",),
        ('"No-one shot at him," Brigade spokesman Lev Arno said.',),
    ],
)
def test_no_one_hyphened_did_the_violent_act_is_a_denial(paragraphs: tuple[str, ...]) -> None:
    assert speakers("en", *paragraphs)[-1] == ("denial", "Lev Arno")


def test_what_no_one_hyphened_did_is_denied_as_done_by_someone() -> None:
    assert denied("en", "Lev Arno said no-one opened fire on the convoy.") == ["someone opened fire on the convoy"]


def test_no_one_hyphened_hurt_is_no_denial() -> None:
    assert speakers("en", "Brigade spokesman Lev Arno said no-one was hurt in the blast.") == [("reported", "Lev Arno")]


# --- an answer to one remark or one charge ---------------------------------------------------------------------------

_CONTRAST = "the Kessel troops take their orders from Tarvo, not from militia leaders"


@pytest.mark.parametrize(
    "text",
    [
        f"{_CONTRAST.capitalize()}, said Lev Arno, responding to a remark by the army chief.",
        f"{_CONTRAST.capitalize()}, said Lev Arno, responding to the charge.",
        f"Lev Arno, responding to a remark by the army chief, said {_CONTRAST}.",
        f"Lev Arno, responding to the charge, said {_CONTRAST}.",
    ],
)
def test_an_answer_to_one_remark_or_charge_that_says_it_is_not_so_denies(text: str) -> None:
    assert speakers("en", text) == [("denial", "Lev Arno")]


def test_the_officer_in_charge_is_no_charge_answered() -> None:
    text = f"{_CONTRAST.capitalize()}, said Lev Arno, responding to questions from the officer in charge."
    assert speakers("en", text) == [("reported", "Lev Arno")]


# --- "'d never" before 'got', 'gotten', 'freed': 'had' --------------------------------------------------------------

_REACTING = "Lev Arno, reacting to a report this week, said "


@pytest.mark.parametrize(
    ("words", "what"),
    [
        ("they'd never got orders from militia leaders", "they'd got orders from militia leaders"),
        ("they'd never gotten orders from militia leaders", "they'd gotten orders from militia leaders"),
        ("they'd never freed any prisoners", "they'd freed any prisoners"),
    ],
)
def test_had_never_got_or_freed_denies(words: str, what: str) -> None:
    text = f"{_REACTING}{words}."
    assert speakers("en", text) == [("denial", "Lev Arno")]
    assert denied("en", text) == [what]


@pytest.mark.parametrize(
    "words", ["they'd never get orders from militia leaders", "they'd never agree to a truce with the militia"]
)
def test_would_never_get_is_no_denial(words: str) -> None:
    assert speakers("en", f"{_REACTING}{words}.") == [("reported", "Lev Arno")]


# --- fired from a post, not shots fired ------------------------------------------------------------------------------

_NO_ACTION = "Dara Venn later said no action was taken."


@pytest.mark.parametrize(
    "told",
    [
        "Brigade spokesman Lev Arno said the officer had gotten fired for the raid.",
        "Brigade spokesman Lev Arno said the officer gets fired for such raids.",
        "Brigade spokesman Lev Arno said officers are fired for such raids.",
        "Brigade spokesman Lev Arno said the officer was fired for the raid.",
    ],
)
def test_no_action_after_one_fired_from_his_post_denies_it(told: str) -> None:
    assert speakers("en", told, _NO_ACTION) == [("reported", "Lev Arno"), ("denial", "Dara Venn")]


@pytest.mark.parametrize(
    "told",
    [
        "Brigade spokesman Lev Arno said shots were fired at the convoy.",
        "Brigade spokesman Lev Arno said rockets were fired from the hills.",
        "Brigade spokesman Lev Arno said warning shots were fired.",
        "Brigade spokesman Lev Arno said rockets had been fired at Tarvo.",
        "Brigade spokesman Lev Arno said officers fired into the air.",
    ],
)
def test_no_action_after_shots_fired_denies_nothing(told: str) -> None:
    assert speakers("en", told, _NO_ACTION) == [("reported", "Lev Arno"), ("reported", "Dara Venn")]


# --- a participle before an office in the singular is set off, no adjective of people -------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Lev Arno, appointed head of the Kessel council last year, said the brigade did not enter the town.",
            "denial",
        ),
        ("Lev Arno, named chief of the Kessel Brigade last week, said the raid was a success.", "reported"),
        ("Lev Arno, elected mayor of Tarvo in May, said the raid was a success.", "reported"),
        ("Lev Arno, appointed commander of the Kessel Brigade in June, said the raid was a success.", "reported"),
        ("Lev Arno, elected president of the Kessel council in May, said the raid was a success.", "reported"),
    ],
)
def test_a_participle_before_an_office_is_set_off_after_its_subject(text: str, kind: str) -> None:
    assert speakers("en", text) == [(kind, "Lev Arno")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Armed tribesmen said the convoy was attacked.", "Armed tribesmen"),
        ("Armed residents told reporters the convoy was attacked.", "Armed residents"),
        ("Frightened eyewitnesses in Tarvo said the convoy was attacked.", "Frightened eyewitnesses in Tarvo"),
    ],
)
def test_a_participle_before_people_in_the_plural_is_their_adjective(text: str, speaker: str) -> None:
    assert speakers("en", text) == [("reported", speaker)]


# --- the description taken up with more of its words in the next paragraph -------------------------------------------


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("A senior Kessel official", "The senior Kessel official"),
        ("A senior Kessel security official", "The senior security official"),
        ("A senior Kessel security official", "The senior Kessel security official"),
    ],
)
def test_the_description_taken_up_with_its_words_names_the_denier(first: str, then: str) -> None:
    paragraphs = (
        f"{first} denied the reports on Monday.",
        f"{then}, Lev Arno, said the brigade did not enter Tarvo.",
    )
    assert speakers("en", *paragraphs) == [("denial", "Lev Arno"), ("denial", "Lev Arno")]


# --- 'have gone on to say' -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Kessel Brigade officials spoke in Tarvo on Monday.",
                'The officials have gone on to say: "We never entered Tarvo."',
            ),
            "the officials",
        ),
        (
            ("Lev Arno spoke in Tarvo on Monday.", "Arno has gone on to say that the brigade never entered Tarvo."),
            "Lev Arno",
        ),
        (
            (
                "Lev Arno spoke in Tarvo on Monday.",
                "Arno has since gone on to say that the brigade never entered Tarvo.",
            ),
            "Lev Arno",
        ),
    ],
)
def test_gone_on_to_say_gives_the_words(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert speakers("en", *paragraphs) == [("denial", speaker)]


# --- 'read, in part:' ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Kessel Brigade denied the report in a statement.",
                "Dara Venn, a Tarvo resident, had told reporters she saw the fighters.",
                'The statement read, in part: "We never entered Tarvo."',
            ),
            "Kessel Brigade",
        ),
        (
            (
                "Dara Venn, a Tarvo resident, told reporters she saw the fighters.",
                'The letter, signed by Lev Arno, read, in part: "We never entered Tarvo."',
            ),
            "Lev Arno",
        ),
        (
            (
                "Dara Venn, a Tarvo resident, told reporters she saw the fighters.",
                'A statement by the Kessel Brigade read, in full: "We never entered Tarvo."',
            ),
            "Kessel Brigade",
        ),
    ],
)
def test_read_comma_in_part_gives_the_words_to_the_writing(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert said("en", *paragraphs)[-1] == ("denial", speaker, "We never entered Tarvo.")


# --- '"...," he later said' after a state -----------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["he later said", "he also said"])
def test_he_with_an_adverb_after_a_state_is_no_one(tag: str) -> None:
    text = f'Burkina Faso denied the report. "We never entered Tarvo," {tag}.'
    assert speakers("en", text) == [("denial", "Burkina Faso")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Brigade spokesman Lev Arno spoke in Tarvo on Monday. "We never entered Tarvo," he later said.', "Lev Arno"),
        (
            'Brigade spokeswoman Dara Venn spoke in Tarvo on Monday. "We never entered Tarvo," she also told reporters.',
            "Dara Venn",
        ),
    ],
)
def test_he_with_an_adverb_after_a_person_is_the_person(text: str, speaker: str) -> None:
    assert speakers("en", text) == [("denial", speaker)]


# --- 'Van Der Venn', 'De La Arno': every particle capitalised --------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "later", "speaker"),
    [
        ("Dara Van Der Venn", "Van Der Venn", "Dara Van Der Venn"),
        ("Dara van der Venn", "Van Der Venn", "Dara van der Venn"),
        ("Lev De La Arno", "De La Arno", "Lev De La Arno"),
    ],
)
def test_a_name_opened_by_capitalised_particles_is_the_person_named_before(full: str, later: str, speaker: str) -> None:
    paragraphs = (
        f"Brigade spokesman {full} spoke in Tarvo.",
        f"{later} added that the brigade never entered Tarvo.",
    )
    assert speakers("en", *paragraphs) == [("denial", speaker)]


def test_a_name_opened_by_capitalised_particles_speaks() -> None:
    text = "Van Der Venn, a brigade spokesman, said the brigade never entered Tarvo."
    assert speakers("en", text) == [("denial", "Van Der Venn")]


# --- 'no mere rumours' -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said the reports of the raid were no mere rumours.",
        "Lev Arno said the seizure of the convoy was no mere rumour.",
    ],
)
def test_no_mere_rumours_confirm(text: str) -> None:
    assert speakers("en", text) == [("reported", "Lev Arno")]


def test_mere_rumours_deny() -> None:
    assert speakers("en", "Lev Arno said the reports of the raid were mere rumours.") == [("denial", "Lev Arno")]
