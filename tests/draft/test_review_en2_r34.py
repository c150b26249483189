"""Review of round 33's second English walk-throughs and the review's own English rules (r33-w-en2, r33-w3-en,
r33-r-en, and the English parts of r33-r2-lead): made-up sentences where those rules fired where they should not.

- the charge noun a judgement set first may hold inside its marks ('rejected as "baseless accusations" a report')
  is taken only inside marks: without them it is the noun that opens what was denied ('rejected as false claims
  the army had shelled the market' denies 'claims the army had shelled the market', not 'the army had shelled ...');
- a word in -ing between a body's noun and a lowercase noun makes a compound only where that noun is a kind of body
  or person ('the government planning commission'); a mass noun after it is the participle's object ('the coalition
  fighting terrorism', 'the militia opposing reform'), and the body still speaks, as does 'the police training
  academy in Kessel' (an academy is no kind of body news names a speaker by, so the phrase stays what it was);
- a member of a legislature or a cabinet, a survivor and a veteran are people: a lone name so described is a person,
  as before round 33 (only a member of a body that states or bodies join may be a body);
- 'she' right after a person named in the same paragraph, unmarked, is that person, as before round 33; the woman
  who spoke earlier is read only where the unmarked subject was named in an earlier paragraph (the walk-through's
  shape: '..., she said.' opening a paragraph after a man's quotation).

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import built, record_kinds, speakers

LEAD = "Talks resumed in Kessel on Sunday."


def _denials(*paragraphs: str) -> list[tuple[str, str]]:
    return [(d["summary"], d["denied"]) for d in built("en", LEAD, *paragraphs) if d["type"] == "denial"]


def _units(*paragraphs: str) -> list[tuple[str, str]]:
    return speakers("en", LEAD, *paragraphs)


def _actors(text: str) -> dict[str, str]:
    return {d["name"]: d["kind"] for d in built("en", text) if d["type"] == "actor"}


# --- a charge noun after the judgement is taken only inside the marks ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The ministry rejected as false claims the army had shelled the market.",
            "claims the army had shelled the market",
        ),
        (
            "The ministry dismissed as baseless reports the army had shelled the market.",
            "reports the army had shelled the market",
        ),
        ("The ministry dismissed as lies claims the brigade had fled.", "claims the brigade had fled"),
        (
            "The ministry rejected as false allegations the brigade had shelled the market.",
            "allegations the brigade had shelled the market",
        ),
    ],
)
def test_a_charge_noun_outside_marks_opens_what_was_denied(text: str, denied: str) -> None:
    assert [d for _, d in _denials(text)] == [denied]


def test_a_charge_noun_inside_the_marks_is_the_judgement() -> None:
    got = _denials('The ministry rejected as "baseless accusations" a report that the army had shelled the market.')
    assert [d for _, d in got] == ["a report that the army had shelled the market"]


# --- a word in -ing before a noun: a compound only before a kind of body ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The coalition fighting terrorism denied that it had enlisted children.", "the coalition fighting terrorism"),
        (
            "The alliance fighting corruption in the north denied that it had enlisted children.",
            "the alliance fighting corruption in the north",
        ),
        ("The coalition opposing reform denied that it had enlisted children.", "the coalition opposing reform"),
        (
            "The police training academy in Kessel denied that cadets had shelled the town.",
            "the police training academy in Kessel",
        ),
    ],
)
def test_a_participle_before_a_mass_noun_leaves_the_body_speaking(text: str, who: str) -> None:
    assert _units("The Kessel Brigade took the town.", text)[-1] == ("denial", who)


def test_a_compound_before_a_kind_of_body_is_still_that_body() -> None:
    units = _units(
        "The Veloran Government approved the plan on Monday.",
        "The government planning commission said the brigade had shelled the town.",
    )
    assert units[-1] == ("reported", "the government planning commission")


# --- words of people that bodies are not called -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dornvak, a member of parliament, denied the report.",
        "Dornvak, a member of the Veloran parliament, denied the report.",
        "Dornvak, a member of the cabinet, denied the report.",
        "Dornvak, a survivor of the attack, said the town was shelled.",
        "Dornvak, a veteran of the war, denied the report.",
    ],
)
def test_a_description_only_people_share_makes_a_person(text: str) -> None:
    assert _actors(text).get("Dornvak") == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Dornvak, a member of the coalition, denied the report.",
        "Dornvak, a member of the Security Council, denied the report.",
        "Dornvak, a key mediator in the talks, denied the report.",
    ],
)
def test_a_description_a_body_shares_still_makes_no_person(text: str) -> None:
    assert _actors(text).get("Dornvak") == "organization"


# --- 'she' after an unmarked person named in the same paragraph ------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Spokeswoman Dina Venn said the town was calm.",
            'Governor Sam Lee visited the market on Monday and spoke to traders. "The town is safe," she said.',
        ),
        (
            "Spokeswoman Dina Venn said the town was calm.",
            "Judge Sam Lee opened the hearing on Monday. She said the trial would resume in May.",
        ),
        (
            "Spokeswoman Dina Venn said the town was calm.",
            'Sam Lee, the mayor, met traders in the square. "We will rebuild the market," she said.',
        ),
    ],
)
def test_she_after_an_unmarked_person_named_in_her_paragraph_is_that_person(paragraphs: tuple[str, ...]) -> None:
    assert _units(*paragraphs)[-1][1] == "Sam Lee"


# --- 'Ansar' inside a body's name, after another head word ----------------------------------------------------------


def _kinds(*paragraphs: str) -> dict[str, str]:
    return record_kinds("en", LEAD, *paragraphs)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Jamaat Ansar al-Varda said it had attacked the base.", "jamaat-ansar-al-varda"),
        ("Katibat Ansar al-Varda said it had attacked the base.", "katibat-ansar-al-varda"),
        ("Jamaat Ansar Bait al-Varda said it had attacked the base.", "jamaat-ansar-bait-al-varda"),
    ],
)
def test_ansar_with_a_particle_after_another_word_is_still_a_body(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) not in (None, "person")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Ansar Abbasi, a journalist, said the army had shelled the town.", "ansar-abbasi"),
        ("Mirza Ansar Abbasi, a journalist, said the army had shelled the town.", "mirza-ansar-abbasi"),
    ],
)
def test_ansar_with_no_particle_after_it_is_a_given_name(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) == "person"


# --- a warning that reports will be used to spread lies, with a determiner before the lies -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman warned that the reports would be used to spread these false claims about Veloria.",
        "The spokesman warned that the reports would be used to spread the lies of the enemy.",
        "The spokesman warned that the reports would be used to spread those fabricated stories about Veloria.",
        "The spokesman warned that the reports would be used to spread this false account of the raid.",
    ],
)
def test_a_warning_of_lies_to_be_spread_with_a_determiner_is_no_denial(text: str) -> None:
    assert [k for k, _ in _units(text)] == ["reported"]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman warned that the reports were false.",
        "The spokesman warned that the reports spreading the claim of a truce were false.",
    ],
)
def test_a_warning_that_calls_the_reports_false_still_denies(text: str) -> None:
    assert [k for k, _ in _units(text)] == ["denial"]


# --- what is unsure, with an adverb before the word of doubt ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dario Venn said it was not entirely clear who fired.",
        "Dario Venn said he was not completely sure who fired.",
        "A spokesman for the brigade said it was not readily possible to verify the report.",
        "Dario Venn said it was not altogether certain who fired.",
    ],
)
def test_what_is_unsure_after_an_adverb_denies_nothing(text: str) -> None:
    assert [k for k, _ in _units(text)] == ["reported"]


def test_what_was_not_done_after_an_adverb_still_denies() -> None:
    assert [k for k, _ in _units("Dario Venn said the army was not directly involved in the raid.")] == ["denial"]
