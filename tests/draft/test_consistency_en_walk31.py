"""English, round 31 of issue 17, walk-through (wire copy on Sudan's Rapid Support Forces, Somalia's government
and al-Shabab, the Niger Delta's militants and Nigeria's army):

- a nickname set off by commas after a name is an aside, like 'known as' ('X, nicknamed "the Hawk", denied'): the
  subject before it still denies;
- a quoted statement that names its own side, then denies ('X said on its Facebook page: "The X denies the
  allegations ..."'), denies in those words, as 'We deny ...' does: not the channel and colon before them;
- the outlet that reported the denial, set after it ('..., the dpa reported'), is no part of what is denied;
- a clause opened by 'after', 'as' or 'while' has its own subject when it is a name with a lowercase Arabic article
  ('His remarks came after al-Kessel said ...': al-Kessel said it), as with a capital;
- a person named in full with three names or more may be named later by a middle one, as Arabic names are
  ('Brig. Lev Dario Arno ... Brig. Dario affirmed'): the one person, where no one else has that name;
- having no activity in a place denies it, as having no presence or forces there does ('stressed that the brigade has
  no activity in Veloria');
- a name set in marks as the subject of a verb of denying ('"Kessel Brigade" denies Kessel Times report', as
  headlines translated from Arabic write) denies, though a capital follows the verb (a denied thing, not a speaker
  after the verb as in '"...," said X') and though where it is stands between ('"X" in Veloria denies ...');
- a paragraph that opens with a participle of saying or urging and no subject ('While inviting "..."', 'Stressing
  that "..."') goes on with the words of the last speaker, as a paragraph of quotation alone does.

Made-up names only.
"""

from __future__ import annotations

import pytest

from tests.draft.conftest import denied, speakers

LEAD = "Talks resumed in Kessel on Sunday."


# --- a nickname after a name is an aside ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Lev Arno, nicknamed "The Hawk", denied reports about a shipment of rifles.', "Lev Arno"),
        ("Lev Arno, nicknamed \u201cThe Hawk\u201d, denied reports about a shipment of rifles.", "Lev Arno"),
        ("Lev Arno, nicknamed the Hawk, denied reports about a shipment of rifles.", "Lev Arno"),
        ('Lev Arno, dubbed "The Hawk", denied reports about a shipment of rifles.', "Lev Arno"),
        ('Lev Arno, dubbed "The Hawk" by his men, denied reports about a shipment of rifles.', "Lev Arno"),
        (
            "The Kessel Brigade in Veloria, led by Lev Arno, nicknamed \u201cThe Hawk\u201d, denied what was "
            "published Monday by the newspaper Kessel Times about a shipment of rifles.",
            "Kessel Brigade",
        ),
        (
            'The Kessel Brigade, commanded by Lev Arno, nicknamed "The Hawk", rejected reports that it had '
            "bought rifles.",
            "Kessel Brigade",
        ),
    ],
)
def test_a_nickname_after_a_name_is_an_aside(text: str, who: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", who)]


def test_a_nickname_aside_leaves_what_is_denied_whole() -> None:
    assert denied("en", LEAD, 'Lev Arno, nicknamed "The Hawk", denied reports about a shipment of rifles.') == [
        "reports about a shipment of rifles"
    ]


# --- a quoted statement that names its own side, then denies ----------------------------------------------------

_SIDE = "The Kessel Brigade denies the allegations circulating on social media about its fighters storming a prison"


@pytest.mark.parametrize(
    "text",
    [
        f'The Kessel Brigade said on its Facebook page: "{_SIDE}."',
        f"The Kessel Brigade said on its Facebook page: \u201c{_SIDE}.\u201d",
        f'The Kessel Brigade said in a statement: "{_SIDE}."',
        f'The Kessel Brigade said on its Telegram channel: "{_SIDE}."',
        f'The Kessel Brigade said: "{_SIDE}."',
        f'The Kessel Brigade Command wrote on X: "{_SIDE}."',
        f'"{_SIDE}," the Kessel Brigade said on its Facebook page.',
    ],
)
def test_a_quoted_side_that_denies_denies_in_its_words(text: str) -> None:
    assert denied("en", LEAD, text) == [_SIDE]


def test_we_deny_in_a_quotation_after_a_channel_is_as_before() -> None:
    assert denied(
        "en", LEAD, 'The Kessel Brigade said on its Telegram channel: "We deny the allegations about the prison."'
    ) == ["We deny the allegations about the prison"]


# --- the outlet that reported the denial is no part of it ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Velorian army on Sunday denied claims that a militant group had killed 29 soldiers, the dpa reported.",
        "The Velorian army on Sunday denied claims that a militant group had killed 29 soldiers, Reuters reported.",
        "The Velorian army on Sunday denied claims that a militant group had killed 29 soldiers, state media reported.",
        "The Velorian army denied claims that a militant group had killed 29 soldiers, Kessel Wire reported on Monday.",
        "The Velorian army denied claims that a militant group had killed 29 soldiers, the official news agency "
        "reported.",
    ],
)
def test_the_outlet_reporting_a_denial_is_not_denied(text: str) -> None:
    assert denied("en", LEAD, text) == ["claims that a militant group had killed 29 soldiers"]


# --- a subordinate clause whose subject is a name with a lowercase article --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "His remarks came after al-Kessel said its fighters overran a military base near Dovra.",
        "His remarks came after al-Kessel said its fighters overran a military base at Ostra village near Dovra "
        "killing five soldiers including two commanders in the attack.",
        "The remarks came after al-Kessel claimed its fighters overran a military base near Dovra.",
        "The statement came as al-Kessel said its fighters overran a military base near Dovra.",
        "The army's statement came hours after el-Kessel said its fighters overran a military base near Dovra.",
        "It came after al-Kessel announced that its fighters had overrun a military base near Dovra.",
    ],
)
def test_a_lowercase_article_name_after_a_subordinator_speaks(text: str) -> None:
    found = speakers("en", LEAD, text)
    assert [kind for kind, _ in found] == ["reported"]
    assert "Kessel" in found[0][1]


def test_a_capital_name_after_a_subordinator_is_as_before() -> None:
    assert speakers(
        "en", LEAD, "His remarks came after the Kessel Brigade said its fighters overran a base near Dovra."
    ) == [("reported", "Kessel Brigade")]


# --- a person named later by a middle name ----------------------------------------------------------------------

_FULL = "The spokesman of the Kessel Brigade, Brig. Lev Dario Arno, has denied reports about a shipment of rifles."


@pytest.mark.parametrize(
    "later",
    [
        "Brig. Dario affirmed that the brigade has no ties to Veloria.",
        "Dario affirmed that the brigade has no ties to Veloria.",
        "Brigadier Dario said the brigade has no ties to Veloria.",
        "At a press conference he held Tuesday, Dario praised the brigade's fighters.",
        "Brig. Dario said the talks in Ostra would resume.",
    ],
)
def test_a_middle_name_later_is_the_person_named_in_full(later: str) -> None:
    assert {who for _, who in speakers("en", LEAD, _FULL, later)} == {"Lev Dario Arno"}


def test_a_middle_name_shared_by_two_people_is_neither() -> None:
    found = speakers(
        "en", LEAD, _FULL, "Tomas Dario Venn said the talks would resume.", "Dario said the talks had failed."
    )
    assert found[-1][1] not in ("Lev Dario Arno", "Tomas Dario Venn")


def test_a_first_name_of_two_is_no_middle_name() -> None:
    found = speakers(
        "en", LEAD, "Lev Arno said the talks had failed.", "Dario said the talks would resume.", "Arno said so."
    )
    assert [who for _, who in found] == ["Lev Arno", "Dario", "Lev Arno"]


# --- no activity in a place, as no presence --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno stressed that the Kessel Brigade has no activity in Veloria.",
        "Lev Arno said the Kessel Brigade has no activity in Veloria.",
        "Lev Arno said the brigade has no military activity in Veloria.",
        "Lev Arno said the Kessel Brigade had no activities in Veloria.",
        "Lev Arno said it has no activity in Veloria.",
        'Lev Arno said: "We have no activity in Veloria."',
    ],
)
def test_no_activity_in_a_place_is_a_denial(text: str) -> None:
    assert [kind for kind, _ in speakers("en", LEAD, text)] == ["denial"]


def test_no_activity_in_the_government_is_no_denial() -> None:
    assert [
        kind for kind, _ in speakers("en", LEAD, "Lev Arno said the Kessel Brigade has no activity in the government.")
    ] == ["reported"]


# --- a name in marks as the subject of a verb of denying ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Kessel Brigade" denies Kessel Times report',
        "\u201cKessel Brigade\u201d denies Kessel Times report",
        '"Kessel Brigade" in Veloria denies Kessel Times report',
        "\u201cKessel Brigade\u201d in Veloria denies Kessel Times report..\u201dfalse inventions\u201d",
        'The "Kessel Brigade" in Veloria denied reports about a shipment of rifles.',
        '"Kessel Brigade" rejects Velorian claims of a raid on Ostra',
        '"Kessel Brigade" denies Veloria\'s report on the raid',
    ],
)
def test_a_name_in_marks_denies(text: str) -> None:
    assert speakers("en", LEAD, text) == [("denial", "Kessel Brigade")]


def test_words_said_before_a_speaker_set_after_the_verb_are_as_before() -> None:
    assert speakers("en", LEAD, '"We will not leave Ostra," said Lev Arno.') == [("quote", "Lev Arno")]


# --- a paragraph that goes on with the last speaker's words, opening with a participle ---------------------------

_INDICATED = (
    "The Kessel Brigade denied what was published Wednesday by the newspaper Ostra Times.",
    'It also indicated that "the repeated attempts to weave stories have been exposed and convince no one".',
)


@pytest.mark.parametrize(
    "text",
    [
        'While inviting "all the media to check the facts first".',
        'While inviting "all the media to check the facts first", underlining that "its doors are open to all".',
        'Inviting "all the media to check the facts first".',
        'Stressing that "all the media must check the facts first".',
        'Adding that "all the media must check the facts first".',
        'Underlining that "its doors are open to all reporters".',
        'And urging "all the media to check the facts first".',
    ],
)
def test_a_paragraph_opening_with_a_participle_goes_on_with_the_last_speaker(text: str) -> None:
    found = speakers("en", LEAD, *_INDICATED, text)
    assert len(found) == 3
    assert found[-1][1] == "Kessel Brigade"


def test_a_paragraph_naming_its_own_subject_is_as_before() -> None:
    found = speakers("en", LEAD, *_INDICATED, 'Lev Arno, a resident, said "all the media must check the facts first".')
    assert found[-1] == ("quote", "Lev Arno")
