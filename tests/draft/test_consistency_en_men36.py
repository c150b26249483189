"""English, round 36 of issue 17, known shapes (made-up names and facts, our own sentences):

- 'X said reports that Y were made up' (or invented, concocted): a judgement of falsehood as the predicate of
  'reports that ...' is X's denial (not where the clause's own predicate is the judgement: 'claims that the vote was
  void');
- a promise told inside another's reported clause ('He reiterated that the Kessel Brigade had promised that "..."'):
  one claim, the teller's, as the gold reads 'The report added that Iran had promised ...' (not a second claim for
  the brigade), while a promise told by its own maker stays the maker's;
- a ministry by its field alone ('the Interior Ministry', 'the Ministry of Interior') in an article that names two
  states or more: unlinked, its notes proposing the ministries on file (as the Arabic drafting reads 'وزارة الداخلية');
  still linked where the article names one state, or where its own name names the state;
- '..., stressing that this was not true' (unquoted, 'insisting it was false') after the speaker tells another's
  claim, with or without 'that': the speaker of the main clause denies what the claim told, not the claimant;
- armed people in the plural as speakers ('Kessan gunmen, known as the Red Hand, said', 'fighters of the Kessel
  Brigade told', 'tribal fighters, calling themselves the Tarsk Guard,'): the group where it is named, else an
  unnamed group so described ('Masked gunmen', 'Armed men loyal to Dara Venn'), never a person nor no one;
- 'The Sudanese group', 'the Iraqi faction', no name: the group of that state named last, by its name, owner or
  appositive; where only groups of other states are named, an unnamed group so described (never another state's
  group, nor a body called 'Sudanese').
"""

from __future__ import annotations

import pytest

from generator.project import Project
from generator.validate import check_project
from tests.conftest import REPO
from tests.draft.conftest import (
    EN_LEAD,
    built,
    claimants_en,
    drafts,
    project_index,
    record_kinds,
    said_en,
)

# --- 'said reports that ... were made up' ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "Lev Arno, a spokesman for the Kessel Brigade, said reports that the group had attacked the convoy were made "
            "up.",
            "lev-arno",
        ),
        ("Dara Venn told reporters that reports that he had fled to Morvia were invented.", "dara-venn"),
        ("Lev Arno says reports that the brigade withdrew from Tarsk are made up.", "lev-arno"),
        ("Reports that the brigade withdrew from Tarsk were made up, Lev Arno said.", "lev-arno"),
        (
            "The Kessel Brigade said on Sunday that allegations that its men had looted the market were invented.",
            "kessel-brigade",
        ),
        ("Dara Venn told the council that rumours that he was ill were made up.", "dara-venn"),
        ("Lev Arno said claims that the vote was void were wrong.", "lev-arno"),
        ("Lev Arno said reports that the brigade had been routed were exaggerated.", "lev-arno"),
        (
            "The Kessel Brigade said reports that its fighters had been killed in Tarsk had been concocted.",
            "kessel-brigade",
        ),
        (
            "The ministry said on Monday that reports that its officers had detained Dara Venn were fabricated.",
            "the ministry",
        ),
        ("Mira Solen insisted that claims that she had met the envoy in Tarsk have been made up.", "mira-solen"),
    ],
)
def test_reports_that_are_judged_made_up_are_the_speakers_denial(text: str, denier: str) -> None:
    assert claimants_en(text) == [("denial", denier)]


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno said claims that the vote was void.",  # the clause's own predicate: what was claimed
        "Lev Arno said reports that the vote was invalid had reached the council.",
        "Lev Arno said reports that the brigade was wrong to attack had spread.",
    ],
)
def test_a_judgement_inside_the_reported_clause_is_no_denial(text: str) -> None:
    assert [kind for kind, _ in claimants_en(text)] == ["claim"]


# --- a promise told inside another's reported clause -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Lev Arno, a spokesman for the council, spoke on Monday.",
                'He reiterated that the Kessel Brigade had promised that "no fighters would enter the city".',
            ),
            [("quote", "Lev Arno")],
        ),
        (
            ("Dara Venn said the Kessel Brigade had promised that it would withdraw from Tarsk.",),
            [("reported", "Dara Venn")],
        ),
        (
            ('Lev Arno stressed that the brigade had pledged that "the road will reopen on Friday".',),
            [("quote", "Lev Arno")],
        ),
        (("Lev Arno said the Kessel Brigade has vowed to free the hostages.",), [("reported", "Lev Arno")]),
        (("Lev Arno said on Monday that the council pledged to rebuild the bridge.",), [("reported", "Lev Arno")]),
        (
            ('Mira Solen told reporters the rebels had promised "a full withdrawal by Friday".',),
            [("quote", "Mira Solen")],
        ),
        # its own maker's promise stays its own
        (("The Kessel Brigade promised that it would withdraw from Tarsk.",), [("reported", "Kessel Brigade")]),
        (('The Kessel Brigade vowed: "We will free the hostages."',), [("quote", "Kessel Brigade")]),
    ],
)
def test_a_promise_told_inside_a_report_is_the_tellers_one_claim(
    paragraphs: tuple[str, ...], speakers: list[tuple[str, str]]
) -> None:
    assert [(kind, who) for kind, who, _ in said_en(*paragraphs)] == speakers


# --- a ministry by its field alone, where the article names two states or more ---------------------------------------

ARRESTED = "The Interior Ministry said on Monday that its forces had arrested three men near the border."


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Iraq and Syria have agreed to open the border crossing.", ARRESTED),
        ("Officials in Iraq and Iran traded charges over the strike.", ARRESTED),
        (ARRESTED, "Syrian officials and Iraqi officials met in Baghdad on Tuesday."),  # the states named after it
        (
            "Iraq and Syria have agreed to open the border crossing.",
            "The Ministry of Interior said on Monday that its forces had arrested three men near the border.",
        ),
        (
            "Officials in Iraq and Iran traded charges over the strike.",
            "The interior ministry denied that its officers had detained the reporter.",
        ),
        (
            "Damascus and Baghdad have agreed to open the border crossing.",
            "The Interior Ministry, in a statement, said the men had crossed from Tarsk.",
        ),
    ],
)
def test_a_ministry_by_its_field_alone_among_two_states_stays_unlinked(paragraphs: tuple[str, ...]) -> None:
    assert "iraqi-interior-ministry" not in [who for _, who in claimants_en(*paragraphs, index=project_index())]


@pytest.mark.parametrize(
    ("paragraphs", "linked"),
    [
        (("The Iraqi government said the border would stay closed.", ARRESTED), "iraqi-interior-ministry"),
        ((ARRESTED,), "iraqi-interior-ministry"),  # (no state named: as before)
        (
            (
                "Iraq and Syria have agreed to open the border crossing.",
                "The Iraqi Interior Ministry said on Monday that its forces had arrested three men near the border.",
            ),
            "iraqi-interior-ministry",
        ),
        (
            (
                "Iraq and Syria have agreed to open the border crossing.",
                "Iraq's Interior Ministry said on Monday that its forces had arrested three men near the border.",
            ),
            "iraqi-interior-ministry",
        ),
        (
            (
                "Iraq and Syria have agreed to open the border crossing.",
                "The Syrian Defence Ministry said its jets had struck a convoy.",
            ),
            "syrian-defence-ministry",
        ),
    ],
)
def test_a_ministry_that_names_its_state_or_in_a_one_state_article_is_linked(
    paragraphs: tuple[str, ...], linked: str
) -> None:
    assert linked in [who for _, who in claimants_en(*paragraphs, index=project_index())]


def test_the_unlinked_ministry_among_two_states_is_proposed_in_its_notes() -> None:
    corpus, _ = check_project(Project(REPO))
    paragraphs = ("Iraq and Syria have agreed to open the border crossing.", ARRESTED)
    records = drafts("en", EN_LEAD, *paragraphs, index=project_index(), corpus=corpus)
    ministry = next(d for d in records if d.type == "actor" and d.data["name"] == "Interior Ministry")
    assert "iraqi-interior-ministry" in ministry.data["notes"]


# --- 'X said Y claimed ..., stressing that this was not true' --------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "denial"),
    [
        (
            (
                "The Kessel Brigade claimed it had shot down a drone over Tarsk.",
                "Lev Arno, the governor of Tarsk, told reporters the brigade had said it downed a drone, stressing "
                "that this was not true.",
            ),
            ("lev-arno", "it downed a drone"),
        ),
        (("Lev Arno said the Kessel Brigade claimed to have captured the bridge, insisting it was false.",), None),
        (
            ("Dara Venn said the rebels had claimed the attack on the depot, stressing that the claim was baseless.",),
            ("dara-venn", "the attack on the depot"),
        ),
        (
            ("The minister said militants had claimed they killed ten soldiers, insisting that it was untrue.",),
            ("the minister", "they killed ten soldiers"),
        ),
        (
            (
                "Lev Arno noted that Ostravia accused the brigade of shelling the market, stressing that this was untrue.",
            ),
            ("lev-arno", "the brigade of shelling the market"),
        ),
        (
            (
                "Lev Arno said on Friday that the Kessel Brigade claimed it had taken the town, stressing that this "
                "was not true.",
            ),
            ("lev-arno", "it had taken the town"),
        ),
        (
            ("Mira Solen said that the Kessel Brigade had claimed the attack, insisting it was false.",),
            ("mira-solen", "the attack"),
        ),
    ],
)
def test_going_on_to_call_a_told_claim_false_is_the_tellers_denial(
    paragraphs: tuple[str, ...], denial: tuple[str, str] | None
) -> None:
    records = [
        (d["denier"].get("actor") or d["denier"].get("described_as"), d["denied"])
        for d in built("en", EN_LEAD, *paragraphs)
        if d["type"] == "denial"
    ]
    assert len(records) == 1
    if denial is None:
        assert records[0][0] == "lev-arno"
    else:
        assert records[0] == denial


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        # the claimant goes on in its own voice: its own
        (
            "The Kessel Brigade claimed it had taken the town, insisting that reports of a retreat were false.",
            "kessel-brigade",
        ),
        # no claim told: the speaker's, as before
        (
            "Lev Arno said the Kessel Brigade had taken the town, stressing that reports of a retreat were false.",
            "lev-arno",
        ),
    ],
)
def test_going_on_in_ones_own_voice_stays_ones_own(text: str, denier: str) -> None:
    assert claimants_en(text) == [("denial", denier)]


# --- armed people in the plural as speakers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kessan gunmen, known as the Red Hand, said they had attacked the checkpoint.", "red-hand"),
        ("Fighters of the Kessel Brigade told reporters they would not leave Tarsk.", "kessel-brigade"),
        ("Gunmen from the Kessel Brigade said they had freed the hostages.", "kessel-brigade"),
        ("Tribal fighters, calling themselves the Tarsk Guard, said they had taken the hill.", "tarsk-guard"),
        ("Masked gunmen told residents that the road would stay closed.", "Masked gunmen"),
        ("Armed men loyal to Dara Venn said the village was under their control.", "Armed men loyal to Dara Venn"),
        ("Armed men said the village was under their control.", "Armed men"),
        ("Jihadists from the Marno Front said they had shelled the base.", "marno-front"),
        ("The militia, known as the Kessel Brigade, said it had taken the hill.", "kessel-brigade"),
        # (as before)
        ("Militants loyal to Lev Arno said they had seized the bridge at Tarsk.", "militants loyal to Lev Arno"),
    ],
)
def test_armed_people_speak_as_their_group_or_as_described(text: str, speaker: str) -> None:
    assert claimants_en(text) == [("claim", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Fighters of the IRGC said they had left the base.", "irgc"),
        ("Gunmen from Kataib Hezbollah told residents they would stay.", "kataib-hezbollah"),
    ],
)
def test_armed_people_of_a_group_on_file_speak_as_that_record(text: str, speaker: str) -> None:
    assert claimants_en(text, index=project_index()) == [("claim", speaker)]


def test_armed_people_are_no_person() -> None:
    kinds = record_kinds("en", EN_LEAD, "Kessan gunmen, known as the Red Hand, said they had attacked the checkpoint.")
    assert kinds == {"red-hand": "armed-group"}


# --- 'the Sudanese group': the group of that state named last ----------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Marno Front, an Iraqi faction, fought the Kessel Brigade, a Syrian militia.",
                "The Syrian group said it had withdrawn from Tarsk.",
            ),
            "kessel-brigade",
        ),
        (
            (
                "The Kessel Forces, a Sudanese militia, seized Tarsk.",
                "The Marno Front, a Libyan group, seized Kessa.",
                "The Sudanese group said it would keep fighting.",
            ),
            "kessel-forces",
        ),
        (
            (
                "The Iraqi Kessel Brigade clashed with the army.",
                "The Sudanese group said it had withdrawn from Tarsk.",
            ),
            "the Sudanese group",
        ),
        (
            (
                "Sudan's Kessel Forces seized Tarsk on Monday.",
                "The Marno Front, a Libyan faction, seized Kessa on Tuesday.",
                "The Sudanese faction said it would not withdraw.",
            ),
            "kessel-forces",
        ),
        (
            (
                "The Marno Front, a Libyan faction, seized Kessa on Tuesday.",
                "The Sudanese group said it would not withdraw.",
            ),
            "the Sudanese group",
        ),
        # (as before)
        (
            (
                "The Marno Front, an Iraqi faction, fought the Kessel Brigade, a Syrian militia.",
                "The Iraqi faction said it had withdrawn from Tarsk.",
            ),
            "marno-front",
        ),
        (("Sudan's Kessel Forces seized Tarsk.", "The Sudanese group said it would keep fighting."), "kessel-forces"),
        (
            ("Lev Arno, a Sudanese commander, spoke.", "The Sudanese group said it would keep fighting."),
            "the Sudanese group",
        ),
    ],
)
def test_a_states_group_is_the_group_of_that_state_named_last(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [who for _, who in claimants_en(*paragraphs)][-1] == speaker
    assert "sudanese" not in record_kinds("en", EN_LEAD, *paragraphs)
