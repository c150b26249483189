"""English, round 38 of issue 17, shapes known to be drafted wrong (made-up names and facts, our own sentences):

- an office with a portfolio after 'for' or 'of', or with a body's part after its possessive, before a person's name
  ('Deputy Chief of Staff for Operations Lev Arno', 'Commander of the Kessel Brigade's Northern Front Lev Arno'): the
  person speaks, the office his role;
- 'a group calling itself the Kessel Front said': the group named speaks;
- people of a kind ('Armed tribesmen said', 'Eyewitnesses in Marrow told'): they speak, never the place after them;
- a possessive inside a body's name ('the Kessel People's Front', 'the Sudan People's Liberation Movement SPLM'): one
  body;
- a name that opens with 'El' or a particle written with a capital ('El Hadi Arno', 'Van der Venn'), or has a particle
  in the middle ('Lev ten Arno'): one name, the particle kept;
- 'he' after a state's denial: not the state, but the person the text names, or no one;
- a quotation of a whole sentence that opens a paragraph, then another who answers it ('X responded, "..."'): the
  first words the last speaker's, the answer the other's;
- a denier described ('A senior Kessel official denied ...') and named in the next paragraph ('The official, Lev
  Arno, said ...'): one denier, the person named;
- closing marks typed for both ends of a quotation inside a paragraph ('the army was ”ready to fight”'): a quotation.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, built, claimants_en, curly, quotes, record_kinds, said_en

# --- an office with a portfolio or a body's part before a name ---------------------------------------------------

OFFICES = [
    ("Deputy Chief of Staff for Operations Lev Arno said the army would hold its lines.", "Operations"),
    ('"We will hold," said Deputy Chief of Staff for Operations Lev Arno.', "Operations"),
    (
        "On Monday, Deputy Chief of Staff for Operations Lev Arno denied that troops had crossed the river.",
        "Operations",
    ),
    ("Assistant Secretary for Political Affairs Lev Arno has said the talks had failed.", "Political Affairs"),
    ("Director of Operations Lev Arno told reporters that the army would hold its lines.", "Operations"),
    ("Commander of the Kessel Brigade's Northern Front Lev Arno said his troops took the ridge.", "Northern Front"),
    (
        "Commander of the Kessel Brigade's Third Division Lev Arno told reporters that the vote would go ahead.",
        "Third Division",
    ),
    ("Head of the Kessel Council's Security Committee Lev Arno said the vote would go ahead.", "Security Committee"),
]


@pytest.mark.parametrize(("text", "office_word"), OFFICES)
def test_an_office_with_a_portfolio_or_a_bodys_part_before_a_name_is_the_persons_role(
    text: str, office_word: str
) -> None:
    assert [s for _, s, _ in said_en(text)] == ["Lev Arno"], text
    records = built("en", EN_LEAD, text)
    person = next(r for r in records if r["id"] == "lev-arno")
    assert person["kind"] == "person"
    assert any(office_word in role["title"] for role in person.get("roles", [])), person.get("roles")
    assert not any(office_word.lower() in r["id"].replace("-", " ") and r["id"] != "lev-arno" for r in records), text


# --- a group calling itself X -----------------------------------------------------------------------------------

CALLING_ITSELF = [
    ("A group calling itself the Kessel Front said it had carried out the attack.", "Kessel Front"),
    ("A militia calling itself the Northern Shield claimed responsibility for the blast.", "Northern Shield"),
    ("In a statement, a group calling itself the Kessel Front said the bombing was revenge.", "Kessel Front"),
    ('"We did it," a group calling itself the Kessel Front said.', "Kessel Front"),
    (
        "A group calling itself the Kessel Front has claimed the attack, saying its fighters planted the bomb.",
        "Kessel Front",
    ),
    ("An armed group calling itself the Marrow Guard denied that it held the hostages.", "Marrow Guard"),
]


@pytest.mark.parametrize(("text", "name"), CALLING_ITSELF)
def test_a_group_calling_itself_by_a_name_speaks_by_that_name(text: str, name: str) -> None:
    assert [s for _, s, _ in said_en(text)] == [name], text
    kinds = record_kinds("en", EN_LEAD, text)
    assert list(kinds) == [name.lower().replace(" ", "-")], kinds


# --- people of a kind ---------------------------------------------------------------------------------------------

PEOPLE_OF_A_KIND = [
    ("Armed tribesmen said they had seized the road to Marrow.", "armed tribesmen"),
    ('"We fought them off," armed tribesmen said.', "armed tribesmen"),
    ("Armed residents said they had seized the road.", "armed residents"),
    ("Eyewitnesses in Marrow told reporters that soldiers burned houses.", "eyewitnesses"),
    ("Tribesmen near Marrow told the Kessel Times that the troops fired on the crowd.", "tribesmen"),
    ("Local residents said the shelling lasted all night.", "local residents"),
]


@pytest.mark.parametrize(("text", "who"), PEOPLE_OF_A_KIND)
def test_unnamed_people_of_a_kind_speak_not_the_place_after_them(text: str, who: str) -> None:
    speakers = [s for _, s, _ in said_en(text)]
    assert len(speakers) == 1 and speakers[0].lower().startswith(who), (text, speakers)


def test_armed_tribesmen_after_a_body_speak_not_the_body() -> None:
    text = (
        "The Kessel Brigade said it had taken Marrow.",
        "Armed tribesmen told reporters that they had fought it off.",
    )
    assert [s for _, s, _ in said_en(*text)] == ["Kessel Brigade", "Armed tribesmen"]


# --- a possessive inside a body's name ----------------------------------------------------------------------------

POSSESSIVE_BODIES = [
    (
        "The Sudan People's Liberation Movement SPLM denied that it attacked the town.",
        "Sudan People's Liberation Movement",
    ),
    ("The Kessel People's Front (KPF) said it would join the talks.", "Kessel People's Front"),
    ("The Kessel People's Front KPF said it would join the talks.", "Kessel People's Front"),
    ('"We did not attack," the Kessel People\'s Front (KPF) said.', "Kessel People's Front"),
    ("The Marrow Women's Union rejected the accusation.", "Marrow Women's Union"),
]


@pytest.mark.parametrize(("text", "name"), POSSESSIVE_BODIES)
def test_a_possessive_inside_a_bodys_name_does_not_split_it(text: str, name: str) -> None:
    assert [s for _, s, _ in said_en(text)] == [name], text
    kinds = record_kinds("en", EN_LEAD, text)
    assert list(kinds.values()) != [] and "person" not in kinds.values(), kinds
    assert len(kinds) == 1, kinds


# --- 'El' and particles -------------------------------------------------------------------------------------------

PARTICLE_NAMES = [
    ("El Hadi Arno said the army would hold its lines.", ["El Hadi Arno"]),
    ('"We will hold," said El Hadi Arno.', ["El Hadi Arno"]),
    ("Kessel's envoy El Hadi Arno said the talks had failed.", ["El Hadi Arno"]),
    ("General El Hadi Arno told reporters that the talks had failed.", ["El Hadi Arno"]),
    ("El-Sayed Venn denied that troops had crossed the river.", ["El-Sayed Venn"]),
    ("Lev ten Arno said the army would hold its lines.", ["Lev ten Arno"]),
    ('"We will hold," said Lev ten Arno.', ["Lev ten Arno"]),
    ("Dara van der Venn denied that troops had crossed the river.", ["Dara van der Venn"]),
    ("Van der Venn said the army would hold its lines.", ["Van der Venn"]),
    ("De la Arno said the army would hold its lines.", ["De la Arno"]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLE_NAMES)
def test_a_name_keeps_its_el_and_its_particles(text: str, expected: list[str]) -> None:
    assert [s for _, s, _ in said_en(text)] == expected, text


@pytest.mark.parametrize(
    "text",
    [
        ("El Hadi Arno, the army spokesman, said the troops had left.", "Arno added that the town was calm."),
        (
            "The minister, Dara van der Venn, said the talks had failed.",
            "Van der Venn added that the vote would go ahead.",
        ),
    ],
)
def test_a_name_with_a_particle_is_one_person_across_paragraphs(text: tuple[str, str]) -> None:
    speakers = [s for _, s, _ in said_en(*text)]
    assert len(speakers) == 2 and speakers[0] == speakers[1], speakers
    kinds = record_kinds("en", EN_LEAD, *text)
    assert list(kinds.values()) == ["person"], kinds


# --- 'he' after a state's denial ------------------------------------------------------------------------------------

STATE_THEN_HE = [
    "Burkina Faso denied the report. He said the troops had never crossed the border.",
    'South Sudan denied the report. "We never crossed the border," he said.',
    "Burkina Faso denied the report.\n\nHe said the troops had never crossed the border.",
    "Iran denied the report. He also said the troops were far away.",
]


@pytest.mark.parametrize("text", STATE_THEN_HE)
def test_he_after_a_states_denial_is_not_the_state(text: str) -> None:
    units = said_en(*text.split("\n\n"))
    assert len(units) == 1 and units[0][0] == "denial", units


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso, in a letter signed by Lev Arno, denied the report. He said the troops had never crossed the border.",
        "Burkina Faso's foreign minister Lev Arno spoke on Monday.\n\nBurkina Faso denied the report. He said the "
        "troops had never crossed the border.",
    ],
)
def test_he_after_a_states_denial_is_the_person_named_before(text: str) -> None:
    units = said_en(*text.split("\n\n"))
    assert [s for _, s, _ in units][-1] == "Lev Arno", units


# --- a quotation, then another who answers it ---------------------------------------------------------------------

ANSWERED = [
    (
        "Lev Arno said the troops were coming.",
        '"They will cross tonight." Dara Venn retorted: "That is a lie."',
    ),
    (
        '"The troops are coming," Lev Arno said.',
        '"They will cross tonight." Dara Venn responded, "That is a lie."',
    ),
    (
        "Lev Arno spoke to reporters on Monday.",
        '"They will cross tonight." In a statement, Dara Venn responded, "That is a lie."',
    ),
    (
        "Lev Arno told reporters the troops were coming.",
        '"They will cross tonight." The Kessel Council replied: "That is a lie."',
    ),
    (
        "Lev Arno said the troops were coming.",
        '"They will cross tonight. The town will fall." Dara Venn, the council head, answered: "It will not."',
    ),
]


@pytest.mark.parametrize("text", ANSWERED)
@pytest.mark.parametrize("marks", [str, curly])
def test_a_quotation_then_its_answer_each_have_their_speaker(text: tuple[str, str], marks) -> None:
    found = quotes(EN_LEAD, *(marks(p) for p in text))
    first = next(s for w, s in found if "cross tonight" in w)
    last = found[-1][1]
    assert first == "Lev Arno", found
    assert last in ("Dara Venn", "Kessel Council"), found


# --- a denier described, then named in the next paragraph ---------------------------------------------------------

DESCRIBED_THEN_NAMED = [
    (
        "A senior Kessel official denied that troops had crossed the river.",
        "The official, Lev Arno, said the army was in its barracks.",
    ),
    (
        "A senior Kessel official denied the report.",
        'The official, Lev Arno, told reporters that "no soldier crossed."',
    ),
    (
        "A Kessel army spokesman denied that troops had crossed the river.",
        "The spokesman, Lev Arno, said the claims were lies.",
    ),
    ("A senior Kessel official rejected the report.", "The senior official, Lev Arno, said the army was in barracks."),
]


@pytest.mark.parametrize("text", DESCRIBED_THEN_NAMED)
def test_a_denier_described_then_named_in_the_next_paragraph_is_the_person(text: tuple[str, str]) -> None:
    found = claimants_en(*text)
    deniers = [who for kind, who in found if kind == "denial"]
    assert deniers == ["lev-arno"], found


def test_a_denier_described_and_another_named_after_stay_apart() -> None:
    text = (
        "A senior Kessel official denied the report.",
        "Lev Arno, a Kessel minister, said the army was in its barracks.",
    )
    found = claimants_en(*text)
    assert [who for kind, who in found if kind == "denial"] == ["a senior Kessel official"], found


# --- closing marks typed at both ends ------------------------------------------------------------------------------

REVERSED_MARKS = [
    ("Lev Arno said the army was \u201dready to fight\u201d for the town.", "ready to fight"),
    ("Lev Arno said the army was as\u201d ready as ever\u201d.", "ready as ever"),
    ("Dara Venn said \u201dthe troops are coming\u201d and left.", "the troops are coming"),
    ("Lev Arno told reporters: \u201dWe will hold the line.\u201d", "We will hold the line."),
]


@pytest.mark.parametrize(("text", "words"), REVERSED_MARKS)
def test_closing_marks_at_both_ends_make_a_quotation(text: str, words: str) -> None:
    found = quotes(EN_LEAD, text)
    assert [(w.strip(), s) for w, s in found] == [(words, found[0][1] if found else None)], found
    assert found[0][1] in ("Lev Arno", "Dara Venn"), found


def test_an_odd_closing_mark_opens_nothing() -> None:
    # a quotation closed from the paragraph before, then one typed right: no quotation opened at the stray mark
    found = quotes(EN_LEAD, "\u201cThe army will hold.", "It will,\u201d Lev Arno said. \u201cWe are ready.\u201d")
    assert all("Lev Arno said" not in w for w, _ in found), found
