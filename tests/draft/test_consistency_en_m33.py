"""English, round 33 of issue 17, known defects (made-up names and facts, our own sentences):

- a person described without a name ('the Kessel Brigade's main spokesman') whom the article names elsewhere in the
  same office ('Zabel Marut, the spokesman,'), before or after: the named person speaks, where no other holder can be
  meant; otherwise the description stays;
- 'Islamic State' (and 'ISIS', 'ISIL', 'the Islamic State group', 'Daesh') is an armed group, not a state; the
  Revolutionary Guards under their usual English names are the record on file for them;
- 'We did not arm them, we only trained them': only what is negated is denied, not what is admitted after it;
- 'There is no way X can operate without our consent', 'No strike was carried out without our approval': a claim of
  control, not a denial;
- 'The United States denied ...', 'Britain rejected ...' with no records on file: the country speaks.
"""

from __future__ import annotations

import pytest

from generator.draft.names import NameIndex
from tests.draft.conftest import built, claimants, project_index, speakers

LEAD = "Talks resumed in Port Sable on Sunday."


def _on_file() -> NameIndex:
    return project_index()


def _said(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    return speakers("en", LEAD, *paragraphs, index=index)


def _records(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    return claimants("en", LEAD, *paragraphs, index=index)


# --- a description, and the name of the one so described elsewhere -------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "\u201cThe talks have failed,\u201d the Kessel Brigade\u2019s main spokesman said.",
            "Zabel Marut, the spokesman, added that the brigade would fight on.",
        ),
        (
            "\u201cThe talks have failed,\u201d the Kessel Brigade's main spokesman said.",
            "Zabel Marut, the spokesman, added: \u201cWe will fight on.\u201d",
        ),
        (
            "The Kessel Brigade's chief spokesman said the talks had failed.",
            "\u201cWe will fight on,\u201d said Zabel Marut, the spokesman.",
        ),
        (
            # (as the reader already read a title before the name: speakers' rule of an office named in the article)
            '"The talks have failed," the brigade\'s main spokesman told reporters.',
            "Brigade spokesman Zabel Marut later said the fighters would stay.",
        ),
        (
            "Zabel Marut, the spokesman, said the talks had failed.",
            "\u201cWe will fight on,\u201d the Kessel Brigade's main spokesman said.",
        ),
        (
            "\u201cThe talks have failed,\u201d the ministry's spokeswoman said.",
            "Dina Venn, the spokeswoman, added that the border would stay closed.",
        ),
        (
            "\u201cThe roads are closed,\u201d the provincial governor said on Monday.",
            "Tarek Vossel, the governor, said more troops would arrive.",
        ),
    ],
)
def test_the_one_described_is_the_one_named_in_the_same_office(paragraphs: tuple[str, ...]) -> None:
    found = _said(*paragraphs)
    assert len(found) == 2
    named = found[1][1] if found[1][1] in ("Zabel Marut", "Dina Venn", "Tarek Vossel") else found[0][1]
    assert named in ("Zabel Marut", "Dina Venn", "Tarek Vossel")
    assert [who for _, who in found] == [named, named]


@pytest.mark.parametrize(
    ("paragraphs", "described"),
    [
        (
            # another body's spokesman: not the same office
            (
                "\u201cThe talks have failed,\u201d the Kessel Brigade's main spokesman said.",
                "\u201cWe will fight on,\u201d said Zabel Marut, a spokesman for the Velorian army.",
            ),
            "the Kessel Brigade's main spokesman",
        ),
        (
            # two holders described: the one named may be either
            (
                "\u201cThe talks have failed,\u201d the army's chief spokesman said.",
                "\u201cThe road is open,\u201d the brigade's main spokesman said.",
                "Zabel Marut, the spokesman, added that the fighters would stay.",
            ),
            "the army's chief spokesman",
        ),
        (
            # two persons named in that office: either may be the one described
            (
                "\u201cThe talks have failed,\u201d the brigade's main spokesman said.",
                "Zabel Marut, the spokesman, added that the fighters would stay.",
                "Tomas Rell, the spokesman, said the road was open.",
            ),
            "the brigade's main spokesman",
        ),
        (
            # 'a spokesman': one of several, perhaps
            (
                "\u201cThe talks have failed,\u201d a spokesman for the brigade said.",
                "Zabel Marut, the spokesman, added that the fighters would stay.",
            ),
            "a spokesman for the brigade",
        ),
        (
            # an official is no one office
            (
                "\u201cThe talks have failed,\u201d a senior official said.",
                "Zabel Marut, an official in the ministry, added that the fighters would stay.",
            ),
            "a senior official",
        ),
    ],
)
def test_a_description_stays_where_the_one_named_may_be_another(paragraphs: tuple[str, ...], described: str) -> None:
    found = _said(*paragraphs)
    assert found[0][1] == described


# --- Islamic State is an armed group; the Revolutionary Guards are the record on file ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State said it carried out the attack on the checkpoint.",
        "Islamic State claimed responsibility for the bombing, saying its fighters had killed ten soldiers.",
        "\u201cOur fighters took the hill,\u201d the Islamic State said in a statement.",
        "The Islamic State group denied that its commander had been killed.",
        "Islamic State denied any role in the attack.",
    ],
)
def test_islamic_state_is_an_armed_group_not_a_state(text: str) -> None:
    records = built("en", LEAD, text)
    groups = [r for r in records if r["type"] == "group"]
    assert groups and groups[0]["name"] == "Islamic State"
    assert [who for _, who in _records(text)] == [groups[0]["id"]]


@pytest.mark.parametrize(
    "text",
    [
        "ISIS said in a statement that its fighters had seized the town.",
        "ISIS denied any role in the attack.",
        "ISIL denied any role in the attack.",
        "The Islamic State said it carried out the attack on the checkpoint.",
        "Islamic State claimed the bombing, saying its fighters had killed ten soldiers.",
        "The Islamic State group denied that its commander had been killed.",
        "Daesh denied any role in the attack.",
        "\u201cOur fighters took the hill,\u201d ISIL said in a statement.",
        "\u201cOur fighters took the hill,\u201d IS said in a statement.",
        "IS denied any role in the attack.",
    ],
)
def test_the_names_of_islamic_state_are_the_record_on_file(text: str) -> None:
    assert [who for _, who in _records(text, index=_on_file())] == ["isis"]


@pytest.mark.parametrize(
    "text",
    [
        "The Iranian Revolutionary Guard Corps said it had launched missiles at the base.",
        "Iran's Revolutionary Guards said they had launched missiles at the base.",
        "The Revolutionary Guards denied sending troops to the region.",
        "The IRGC said it had launched missiles at the base.",
    ],
)
def test_the_names_of_the_revolutionary_guards_are_the_record_on_file(text: str) -> None:
    assert [who for _, who in _records(text, index=_on_file())] == ["irgc"]


def test_the_guards_after_their_full_name_are_the_record_on_file() -> None:
    found = _records(
        "The Islamic Revolutionary Guard Corps launched missiles at the base on Monday.",
        "The Guards said they had lost no commanders.",
        index=_on_file(),
    )
    assert [who for _, who in found] == ["irgc"]


# --- a denial with an admission: only what is negated is denied ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denied", "admitted"),
    [
        ('Lev Arno said: "We have not sent fighters; we sent advisers."', "fighters", "advisers"),
        ('Lev Arno said: "We have not sent fighters, we sent advisers."', "fighters", "advisers"),
        ('"We have not sent fighters; we sent advisers," Lev Arno said.', "fighters", "advisers"),
        ('"We did not arm them, we only trained them," Lev Arno said.', "arm", "trained"),
        ('"We did not arm them. We only trained them," Lev Arno said.', "arm", "trained"),
        ('Lev Arno said: "We never armed them, but we trained them."', "armed", "trained"),
        (
            "\u201cWe haven\u2019t sent a single fighter \u2014 we sent advisers,\u201d Lev Arno told reporters.",
            "fighter",
            "advisers",
        ),
        ("Lev Arno said they had not armed the fighters, only trained them.", "armed", "trained"),
        ("The ministry said it had not armed the militia but had trained its members.", "armed", "trained"),
        ("Lev Arno said the ministry did not send fighters; it sent advisers.", "fighters", "advisers"),
    ],
)
def test_only_what_is_negated_is_denied(text: str, denied: str, admitted: str) -> None:
    records = [r for r in built("en", LEAD, text) if r["type"] == "denial"]
    assert len(records) == 1
    assert denied in records[0]["denied"]
    assert admitted not in records[0]["denied"]


# --- a claim of control is no denial --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"There is no way the militia can operate without our consent," the governor said.',
        "The governor said there was no way the brigade could operate in the province without his approval.",
        '"Nothing happens here without our approval," Lev Arno said.',
        "Arno said nothing moves in the valley without the army's permission.",
        '"No strike was carried out without our consent," the minister said.',
        "The minister said no strike had been carried out without the government's approval.",
        '"There are no foreign forces in Kessel without the government\'s approval," Lev Arno said.',
        "Lev Arno said there were no foreign troops in the country without the government's consent.",
        '"There is no way foreign fighters are present here without our knowledge," the governor said.',
        "The army said that no fighters had crossed the border without its permission.",
        '"No attack was launched without the approval of the command," Lev Arno said.',
    ],
)
def test_nothing_without_our_consent_is_no_denial(text: str) -> None:
    assert [kind for kind, _ in _said(text)] in (["quote"], ["reported"])


def test_a_denial_with_a_without_of_another_kind_stays() -> None:
    assert [kind for kind, _ in _said("The army said it had not fired a shot without warning at the convoy.")] != [
        "quote"
    ]
    assert _said("The army denied that any fighters had crossed the border without its permission.") == [
        ("denial", "the army")
    ]


# --- a country denies, with no records on file --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The United States denied the reports.", "United States"),
        ("The United States denied that its troops had entered the town.", "United States"),
        ("The United States has rejected the accusation.", "United States"),
        ("Britain rejected the accusation that it had armed the militia.", "Britain"),
        ("Britain denied the reports.", "Britain"),
        ("France denied sending weapons to the group.", "France"),
        ("The United Kingdom denied the reports.", "United Kingdom"),
        ("Saudi Arabia denied the reports of a raid.", "Saudi Arabia"),
    ],
)
def test_a_country_that_denies_speaks_with_no_records(text: str, who: str) -> None:
    assert _said(text) == [("denial", who)]
    assert not [r for r in built("en", LEAD, text) if r["type"] == "actor" and r.get("kind") == "person"]
