"""English quotations whose speaker is found only beyond their sentence (round 43, helper q-en).

A grid of shapes news uses: a quotation over several paragraphs; a paragraph that is only a quotation after one that
names its speaker; a pronoun or a role in the next paragraph ('he added', 'the spokesman said', 'the statement
read'); the speaker named after the quotation with a title, a particle or initials; a rare verb of the tag
('resolved', 'sighed'); a participle that goes on with the words ('Adding: "..."'). And controls: a pronoun after
two men who both spoke, scare quotes, the title of a report and a slogan are no one's words here.

Made-up sentences only (Arlo Venn, Mira Solen, the Kessel Brigade, Tarvo, Kessia); each test asserts who a reader
would say spoke the quotation (or that no one is guessed).
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import EN_LEAD, quotes

Q1 = "We will not leave the town while the shelling goes on"
Q2 = "The talks must resume before the winter comes"
Q3 = "Nobody in Tarvo is safe tonight"

# (as introduced, label, pronoun, a role that refers back to them)
PEOPLE = [
    ("Arlo Venn, a spokesman for the Kessel Brigade,", "Arlo Venn", "he", "the spokesman"),
    ("Mira Solen, the Kessian foreign minister,", "Mira Solen", "she", "the minister"),
    ("Abu Karim al-Tarvi, the brigade's spokesman,", "Abu Karim al-Tarvi", "he", "the spokesman"),
    ("Sheikh Hamad bin Tarek, the council's leader,", "Hamad bin Tarek", "he", "the sheikh"),
    ("Gen. Dario Kesh, the army chief,", "Dario Kesh", "he", "the general"),
    ("J. R. Tovek, the governor of Tarvo,", "J. R. Tovek", "he", "the governor"),
    ("Lt. Col. Anya Verd, an army spokeswoman,", "Anya Verd", "she", "the spokeswoman"),
]


def _short(intro: str) -> str:
    return intro.split(",")[0]


def _speaker(paragraphs: list[str], target: int = -1) -> str | None:
    got = quotes(EN_LEAD, *paragraphs)
    assert got, paragraphs
    return got[target][1]


# --- 1. a quotation over several paragraphs ---------------------------------------------------------------------

OVER_PARAGRAPHS = [
    ('{I} said on Tuesday: "{Q1}.\n"{Q2}."', -1),
    ('"{Q1}," {S} said. "{Q2}.\n"{Q3}."', -1),
    ('"{Q1}," {S} said. "{Q2}.\n"{Q3}.\n"We are ready for talks."', -1),
    ('"{Q1}.\n"{Q2}," {S} said.', 0),
    ('{S} said on Tuesday that the brigade would stay.\n"{Q1}.\n"{Q2}."', -1),
]


@pytest.mark.parametrize(("shape", "target"), OVER_PARAGRAPHS)
@pytest.mark.parametrize(("intro", "label", "he", "role"), PEOPLE)
def test_a_quotation_over_paragraphs_is_its_speaker_s_throughout(shape, target, intro, label, he, role):
    text = shape.format(I=intro, S=_short(intro), Q1=Q1, Q2=Q2, Q3=Q3)
    assert _speaker(text.split("\n"), target) == label, text


# --- 2. a paragraph that is only a quotation, after one that names its speaker ----------------------------------

INTROS = [
    "{I} told reporters on Tuesday:",
    "{I} said in a statement:",
    "In a statement, {I} said:",
    "{S} said in a video posted on Telegram:",
    "Speaking to reporters in Tarvo, {S} said:",
    "{S} wrote on X:",
    "{S} added:",
    "{S} told Kessel Radio on Tuesday:",
    "Kessel Radio quoted {S} as saying:",
    "{I} told reporters on Tuesday that the brigade would stay.",
    "{I} said the brigade would stay in Tarvo.",
    "In a statement, {I} said the brigade would stay in Tarvo.",
]


@pytest.mark.parametrize("intro_shape", INTROS)
@pytest.mark.parametrize(("intro", "label", "he", "role"), PEOPLE)
def test_a_bare_quotation_after_a_paragraph_naming_its_speaker_is_theirs(intro_shape, intro, label, he, role):
    lead = intro_shape.format(I=intro, S=_short(intro))
    assert _speaker([lead, f'"{Q1}. {Q2}."']) == label, lead


# --- 3. a pronoun or a role in the next paragraph -------------------------------------------------------------------

TAGS_AFTER = [
    "{he} added",
    "{he} continued",
    "{he} went on",
    "{he} noted",
    "{role} said",
    "{role} added",
    "{he} told reporters",
    "{he} said in the statement",
    "{he} wrote",
]
TAGS_BEFORE = ["{He} added: ", "{Role} said: ", "{He} also said that "]


def _first_paragraphs(intro: str) -> list[str]:
    return [f"{intro} said the brigade would stay in Tarvo.", f'"{Q3}," {intro} said on Tuesday.']


@pytest.mark.parametrize("tag", TAGS_AFTER)
@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize(("intro", "label", "he", "role"), PEOPLE)
def test_a_pronoun_or_role_after_the_quotation_names_the_last_speaker(tag, first, intro, label, he, role):
    second = f'"{Q1}," ' + tag.format(he=he, role=role) + "."
    assert _speaker([_first_paragraphs(intro)[first], second]) == label, second


@pytest.mark.parametrize("tag", TAGS_BEFORE)
@pytest.mark.parametrize("first", [0, 1])
@pytest.mark.parametrize(("intro", "label", "he", "role"), PEOPLE)
def test_a_pronoun_or_role_before_the_quotation_names_the_last_speaker(tag, first, intro, label, he, role):
    second = tag.format(He=he.capitalize(), Role=role.capitalize()) + f'"{Q1}."'
    assert _speaker([_first_paragraphs(intro)[first], second]) == label, second


# --- 4. the speaker named after the quotation, with titles, particles, initials and a clause after --------------

NAMED_AFTER = [
    '"{Q1}," said {N}, a spokesman for the brigades, who spoke from Tarvo.',
    '"{Q1}," said {N}, who leads the council.',
    '"{Q1}," {N} told reporters.',
    '"{Q1}", {N} said.',
    '"{Q1}," {N}, the brigade\'s commander, told reporters in Tarvo on Monday.',
    '"{Q1}," according to {N}.',
    '"{Q1}," {N} wrote on Telegram on Tuesday.',
    '"{Q1}," {N} said in a post on X.',
    '{N} wrote on X: "{Q1}."',
]
NAMES = [
    ("Brig. Gen. Dario Kesh", "Dario Kesh"),
    ("Dr. Mira Solen", "Mira Solen"),
    ("Abdel-Rahim al-Kesswani", "Abdel-Rahim al-Kesswani"),
    ("Abu Tarek", "Abu Tarek"),
    ("Nasser bin Hamad al-Tarvi", "Nasser bin Hamad al-Tarvi"),
    ("Jan van der Kessel", "Jan van der Kessel"),
    ("Col. A. K. Verd", "A. K. Verd"),
    ("Sen. Tomas Rell", "Tomas Rell"),
]


@pytest.mark.parametrize("shape", NAMED_AFTER)
@pytest.mark.parametrize(("name", "label"), NAMES)
def test_a_speaker_named_with_title_particle_or_initials_speaks(shape, name, label):
    text = shape.format(N=name, Q1=Q1)
    assert _speaker([text]) == label, text


# --- 5. a body's statement, read, added or quoted in the paragraph after --------------------------------------------

BODIES = [
    ("the Kessian defence ministry", "the Kessian defence ministry", "the ministry"),
    ("the Kessel Brigade", "Kessel Brigade", "the group"),
    ("the Veloria Front", "Veloria Front", "the group"),
]
BODY_FOLLOWS = [
    '"{Q1}," the statement read.',
    '"{Q1}," the statement added.',
    '"{Q1}," the statement went on.',
    '"{Q1}," it added.',
    '"{Q1}," {role} said.',
    '"{Q1}," it said in the statement.',
    'The statement read: "{Q1}."',
    'It added: "{Q1}."',
    'According to the statement, "{Q1}."',
    '"{Q1}," according to the statement.',
]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


@pytest.mark.parametrize("follows", BODY_FOLLOWS)
@pytest.mark.parametrize(
    "first", ["{B} issued a statement on Monday.", "{B} said in a statement on Monday that its fighters had left."]
)
@pytest.mark.parametrize(("body", "label", "role"), BODIES)
def test_a_body_s_statement_goes_on_in_the_paragraph_after(follows, first, body, label, role):
    paragraphs = [first.format(B=_cap(body)), follows.format(Q1=Q1, role=role)]
    assert _speaker(paragraphs) == label, paragraphs


# --- 6. a verb of the tag news writes seldom ---------------------------------------------------------------------

RARE_VERBS = ["resolved", "sighed", "cried", "appealed", "charged"]
RARE_SHAPES = [
    'Arlo Venn, the brigade spokesman, {v}, "{Q1}."',
    'The brigade spokesman {v}, "{Q1}."',
    'Arlo Venn {v}: "{Q1}."',
    '"{Q1}," Arlo Venn {v}.',
    '"{Q1}," {v} Arlo Venn, the brigade spokesman.',
    'Arlo Venn, the brigade spokesman, spoke on Monday.\n"{Q1}," he {v}.',
]


@pytest.mark.parametrize("shape", RARE_SHAPES)
@pytest.mark.parametrize("verb", RARE_VERBS)
def test_a_rare_verb_of_the_tag_gives_the_words_a_speaker(shape, verb):
    text = shape.format(v=verb, Q1=Q1)
    assert _speaker(text.split("\n")) in ("Arlo Venn", "the brigade spokesman"), text


@pytest.mark.parametrize(
    "text",
    [
        "Arlo Venn was charged with murder on Monday.",
        "Prosecutors charged Arlo Venn with fraud.",
        "The brigade charged into Tarvo on Monday.",
        "Arlo Venn appealed for calm.",
        "The dispute was resolved on Monday.",
    ],
)
def test_guard_a_rare_verb_with_no_words_of_its_own_says_nothing(text):
    from tests.draft.conftest import said_en

    assert said_en(text) == [], text


# --- 7. a role that refers back to a title written short ('Gen.', 'Col.', 'Sen.') ----------------------------------

TITLES = [
    ("Gen.", "the general"),
    ("General", "the general"),
    ("Brig. Gen.", "the general"),
    ("Col.", "the colonel"),
    ("Lt. Col.", "the colonel"),
    ("Capt.", "the captain"),
    ("Sen.", "the senator"),
    ("Dr.", "the doctor"),
    ("Sgt.", "the sergeant"),
    ("Adm.", "the admiral"),
    ("Gov.", "the governor"),
    ("Governor", "the governor"),
]


@pytest.mark.parametrize(("title", "role"), TITLES)
@pytest.mark.parametrize(
    "second", ['"{Q1}," {role} said.', '{Role} added: "{Q1}."', '"{Q1}," {role} told reporters in Tarvo.']
)
def test_a_role_after_a_short_title_is_the_one_so_titled(title, role, second):
    paragraphs = [
        f"{title} Dario Kesh said the brigade would stay in Tarvo.",
        second.format(Q1=Q1, role=role, Role=_cap(role)),
    ]
    assert _speaker(paragraphs) == "Dario Kesh", paragraphs


def test_guard_a_role_of_another_office_is_not_the_one_titled():
    paragraphs = ["Gen. Dario Kesh said the brigade would stay in Tarvo.", f'"{Q1}," the senator said.']
    assert _speaker(paragraphs) != "Dario Kesh", paragraphs


# --- 8. a participle that goes on with the words: 'Adding: "..."' ---------------------------------------------------

GOES_ON = ['Adding: "{Q2}."', 'Adding, "{Q2}."', 'Stressing: "{Q2}."', 'Noting: "{Q2}."']
BEFORE_IT = [
    ('"{Q1}," Arlo Venn said.', "Arlo Venn"),
    ("Arlo Venn said on Monday that the brigade would stay.", "Arlo Venn"),
    ('The Kessel Brigade said in a statement: "{Q1}."', "Kessel Brigade"),
]


@pytest.mark.parametrize("goes_on", GOES_ON)
@pytest.mark.parametrize(("before", "label"), BEFORE_IT)
def test_a_participle_with_no_subject_goes_on_with_the_last_speaker_s_words(goes_on, before, label):
    paragraphs = [before.format(Q1=Q1), goes_on.format(Q2=Q2)]
    assert _speaker(paragraphs) == label, paragraphs


@pytest.mark.parametrize("goes_on", GOES_ON)
def test_a_participle_after_a_quotation_in_its_own_paragraph_goes_on_with_it(goes_on):
    paragraphs = [
        "A statement from the Kessian interior ministry dismissed the claims.",
        f'"The ministry would like to say that the town is calm." {goes_on.format(Q2=Q2)}',
    ]
    assert _speaker(paragraphs) == "the Kessian interior ministry", paragraphs


# --- 9. controls: no one is guessed ------------------------------------------------------------------------------

TWO_SAYERS = [
    "{A} said the brigade would stay, while {B} said it would leave.",
    "{A} said the brigade would stay, but {B} said it would leave.",
    "{A} said the brigade would stay, and {B} said it would leave.",
    "{A} said the brigade would stay; {B} said it would leave.",
    "{A} and {B} met in Tarvo on Monday.",
]
PAIRS = [("Arlo Venn", "Dario Kesh"), ("Lev Arno", "Tomas Rell"), ("Mira Solen", "Anya Verd")]


@pytest.mark.parametrize("first", TWO_SAYERS)
@pytest.mark.parametrize(("a", "b"), PAIRS)
@pytest.mark.parametrize("tag", ["added", "said", "went on"])
def test_a_pronoun_after_two_who_both_spoke_is_no_one_guessed(first, a, b, tag):
    he = "she" if a == "Mira Solen" else "he"
    paragraphs = [first.format(A=a, B=b), f'"{Q1}," {he} {tag}.']
    assert _speaker(paragraphs) is None, paragraphs


@pytest.mark.parametrize(
    "first",
    [
        "Arlo Venn said the brigade would stay. Dario Kesh had left for Tarvo.",
        "Arlo Venn said that Dario Kesh had denied the reports.",
        "Arlo Venn denied any role, hours after Dario Kesh said the brigade had left.",
        "Spokeswoman Mira Solen said the brigade would stay, while Dario Kesh said it would leave.",
    ],
)
def test_guard_one_who_spoke_beside_one_who_did_not_or_only_inside_his_words_is_still_he(first):
    he = "she" if "Mira" in first else "he"
    label = "Mira Solen" if "Mira" in first else "Arlo Venn"
    assert _speaker([first, f'"{Q1}," {he} added.']) == label, first


SCARE_AND_TITLES = [
    'Residents fled the "red zone" near the border on Monday.',
    'The so-called "buffer zone" has stayed empty since May.',
    'The "peace plan" has stalled since May.',
    'The report, titled "Tarvo Under Fire", was published on Monday.',
    'The Kessel Institute published a report called "The Long Winter in Tarvo" on Monday.',
    'Protesters chanted "Freedom for Tarvo" in the square.',
    'The operation, dubbed "Iron Winter", began in May.',
    'The song "Long Road to Tarvo" was played at the rally.',
    'The campaign, known as "Hands Off Tarvo", began in May.',
]


@pytest.mark.parametrize("text", SCARE_AND_TITLES)
@pytest.mark.parametrize("before", ["Arlo Venn, the spokesman, spoke on Monday.", "The brigade left Tarvo on Monday."])
def test_scare_quotes_titles_and_slogans_are_no_one_s_words(text, before):
    assert _speaker([before, text]) is None, text


def test_words_on_a_banner_are_no_one_s():
    paragraphs = [
        "Arlo Venn said on Monday that the brigade would stay.",
        'Banners reading "No more war in Kessia" hung from the town hall.',
    ]
    assert _speaker(paragraphs) is None, paragraphs


def test_the_group_after_two_bodies_named_together_is_no_one_guessed():
    paragraphs = ["The Kessel Brigade and the Veloria Front signed a truce on Monday.", f'"{Q1}," the group said.']
    assert _speaker(paragraphs) is None, paragraphs


def test_all_he_could_say_was_is_his_words():
    paragraphs = ["Arlo Venn was asked about the talks.", f'All he could say was: "{Q2}."']
    assert _speaker(paragraphs) == "Arlo Venn", paragraphs
