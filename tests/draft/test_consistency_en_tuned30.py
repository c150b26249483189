"""English, round 30 of issue 17, shapes left over from round 29:

- a body's wing or arm speaks for it, described with its body ("the Veloran army's media wing said", 'the group's
  political arm said in a statement', 'the media wing of the army said'); an appositive 'the media wing of the army'
  after a person described still leaves that person the speaker;
- 'X, spokesman for Y, said' (an office with no article) gives X the role, of Y where Y is on file, as 'X, a
  spokesman for Y,' does, whatever the lead said of the body;
- 'in remarks carried by X', 'in an interview broadcast by X': the outlet relays what was said and is no subject of
  the claim or denial; the one who made the remarks speaks;
- 'Minister of State for Foreign Affairs X' is the person X in the whole office, not a person 'Foreign Affairs X'.

Made-up names only. Guards: 'Deputy Minister for Foreign Affairs X' and 'Minister of Foreign Affairs X' stay X; a
body named as what a denial is about is still a subject.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, built, speakers

LEAD = "Talks resumed in Kessel on Sunday."


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Darvan Front", Known("darvan-front", "group", "armed-group", "Darvan Front"))
    index.add("Kessel News Agency", Known("kna", "actor", "outlet", "Kessel News Agency"))
    index.add("KNA", Known("kna", "actor", "outlet", "Kessel News Agency"))
    index.add("Kessel Television", Known("ktv", "actor", "outlet", "Kessel Television"))
    index.add("Lev Arno", Known("lev-arno", "actor", "person", "Lev Arno"))
    return index


# --- a body's wing or arm ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Veloran army\'s media wing said on Tuesday that "no talks are under way."',
            "the Veloran army's media wing",
        ),
        (
            '"No talks are under way," the Veloran army\'s media wing said in a statement.',
            "the Veloran army's media wing",
        ),
        (
            'The Darvan Front\'s political arm said in a statement that the truce "is over."',
            "the Darvan Front's political arm",
        ),
        ('The group\'s political arm said in a statement that it "rejects the plan."', "the group's political arm"),
        ('"We reject the plan," the movement\'s political wing said.', "the movement's political wing"),
        (
            'The media wing of the Veloran army said that "no talks are under way."',
            "the media wing of the Veloran army",
        ),
        ('The movement\'s armed wing denied the reports, calling them "lies."', "the movement's armed wing"),
    ],
)
def test_a_bodys_wing_speaks(text: str, speaker: str) -> None:
    found = speakers("en", LEAD, text)
    assert found and all(label == speaker for _, label in found), found


@pytest.mark.parametrize("appositive", ["the media wing of the Veloran army", "the political arm of the Darvan Front"])
def test_a_wing_in_apposition_to_a_person_described_does_not_speak(appositive: str) -> None:
    found = speakers(
        "en", LEAD, f'A spokesman with Kessel Press Relations, {appositive}, said that "the army holds no talks."'
    )
    assert found == [("quote", "a spokesman with Kessel Press Relations")]


# --- 'X, spokesman for Y' with no article -------------------------------------------------------------------------


def _roles(*paragraphs: str) -> list[dict]:
    actor = next(d for d in built("en", LEAD, *paragraphs, index=_index()) if d["id"] == "tamir-oskan")
    return actor.get("roles", [])


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "An armed group in the north of Veloria denied on Monday that it had attacked the convoy.",
            'Tamir Oskan, spokesman for the Darvan Front, said the group "had no part in the attack."',
        ),
        ("A militia in Kessel rejected the claims.", 'Tamir Oskan, spokesman for the Darvan Front, said "lies."'),
        (
            "An armed group denied it.",
            "Tamir Oskan, spokesman for the Darvan Front, denied that it attacked the convoy.",
        ),
        ('"We had no part in it," Tamir Oskan, chief spokesman of the Darvan Front, told reporters.',),
        ('"We had no part in it," said Tamir Oskan, spokesman for the Darvan Front.',),
    ],
)
def test_an_office_with_no_article_is_a_role_of_its_body(paragraphs: tuple[str, ...]) -> None:
    roles = _roles(*paragraphs)
    assert [r.get("organization") for r in roles] == ["darvan-front"], roles


# --- remarks carried by an outlet ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Lev Arno spoke on Monday.",
            'He said in remarks carried by the state news agency KNA that it was "baseless."',
        ),
        ("Lev Arno spoke on Monday.", "In remarks carried by the Kessel News Agency, he denied that the army shot."),
        (
            "In remarks carried by the Kessel News Agency, the foreign minister denied that the army had shelled the town.",
        ),
        ('Lev Arno, in comments carried by the Kessel News Agency (KNA), said "we hold no talks."',),
        ('"We hold no talks," the foreign minister said in remarks carried by the Kessel News Agency.',),
        ('In remarks broadcast by Kessel Television, the minister said "we hold no talks."',),
        ("Lev Arno, in an interview broadcast by Kessel Television, denied that the army had shelled the town.",),
        ('In an interview aired on Kessel Television on Monday, Lev Arno said "we hold no talks."',),
    ],
)
def test_the_outlet_that_carried_the_remarks_is_no_subject(paragraphs: tuple[str, ...]) -> None:
    drafts = [d for d in built("en", LEAD, *paragraphs, index=_index()) if d["type"] in ("claim", "denial")]
    assert drafts
    for d in drafts:
        assert not {"kna", "ktv"} & set(d.get("subjects", [])), d
        assert (d.get("claimant") or d.get("denier")) != {"actor": "kna"}


def test_an_outlet_denied_about_is_still_a_subject() -> None:
    drafts = built("en", LEAD, "Lev Arno denied a report by the Kessel News Agency that the army shot.", index=_index())
    assert any("kna" in d.get("subjects", []) for d in drafts if d["type"] == "denial")


# --- 'Minister of State for Foreign Affairs X' --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ('Minister of State for Foreign Affairs Dario Venn said the reports were "baseless."', None),
        ("Veloria's Minister of State for Foreign Affairs Dario Venn denied that the army shelled the town.", None),
        ('"We hold no talks," said Minister of State for Foreign Affairs Dario Venn.', None),
        ('Minister of State for Defence Affairs Dario Venn said "we hold no talks."', None),
        ('Minister of State for External Affairs Dario Venn told reporters "we hold no talks."', None),
        (
            'Deputy Minister for Foreign Affairs Dario Venn said "we hold no talks."',
            "Deputy Minister for Foreign Affairs",
        ),
        ('Minister of Foreign Affairs Dario Venn said "we hold no talks."', "Minister of Foreign Affairs"),
        ('The Minister of State for Foreign Affairs, Dario Venn, said "we hold no talks."', None),
    ],
)
def test_minister_of_state_for_a_portfolio(text: str, office: str | None) -> None:
    found = speakers("en", LEAD, text)
    assert found and all(label == "Dario Venn" for _, label in found), found
    actor = next(d for d in built("en", LEAD, text) if d["type"] == "actor")
    title = actor["roles"][0]["title"]
    assert title == office if office else title.startswith("Minister of State for "), title


def test_minister_of_state_named_again_by_surname() -> None:
    found = speakers(
        "en",
        LEAD,
        'Minister of State for Foreign Affairs Dario Venn said "we hold no talks."',
        '"Nothing has changed," Venn added.',
    )
    assert [label for _, label in found] == ["Dario Venn", "Dario Venn"]


# --- 'the <nationality> leader' is not another body's leader --------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Darvan Front leader Sheikh Lev Arno denied on Monday Veloran claims that his group had weapons.",
            '"This is laughable," Arno said.',
            "President Venn pledged on Monday to honor the deal.",
            "The Veloran leader told state TV that Kessel is dedicated to the deal. The stockpile, he said, is "
            '"in safe areas and under the full control of the army."',
        ),
        (
            "Darvan Front leader Lev Arno denied the claims.",
            '"This is laughable," Arno said.',
            '"It holds," the Veloran leader said.',
        ),
    ],
)
def test_a_leader_of_another_nation_is_not_the_named_leader(paragraphs: tuple[str, ...]) -> None:
    found = speakers("en", LEAD, *paragraphs)
    assert found[-1][1] != "Lev Arno", found


def test_the_office_holder_with_the_body_named_is_still_read() -> None:
    found = speakers(
        "en",
        LEAD,
        "Darvan Front leader Lev Arno denied the claims.",
        '"This is laughable," Arno said.',
        '"It holds," the Front leader said.',
    )
    assert found[-1][1] == "Lev Arno"


# --- 'the group' after a party described so that spoke -------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Al-Tariq al-Watani, a Veloran party affiliated with the Kessel League and close to the Darvan Front, also denied"
        ' reports about a camp. The group even stated that it refused "to give the enemy any pretext."',
        'Al-Tariq al-Watani, a Veloran party close to the Darvan Front, also denied the reports. The group said it "has no'
        ' camp."',
        'Al-Tariq al-Watani, a Veloran Sunni party, also denied the reports. The group said it "has no camp."',
        'Al-Tariq al-Watani, an opposition movement backed by the Kessel League, also denied the reports. "We have no'
        ' camp," the group said.',
    ],
)
def test_the_group_is_the_party_that_spoke(second: str) -> None:
    found = speakers("en", LEAD, "The Darvan Front denied the reports on Monday.", second)
    assert found[-1][1] == "Al-Tariq al-Watani", found


# --- 'X, the commander said, "<the rest of X's clause>"': an aside, not an appositive --------------------------------


@pytest.mark.parametrize(
    "second",
    [
        'Omar Deng, the commander was quoted as saying, "was arrested on March 16 at his home, a week before the attack."',
        'Omar Deng, the commander said, "was arrested a week before the attack."',
        'Omar Deng, the commander added, "was held in a cell in Kessel when it happened."',
        'The member, the commander was quoted as saying, "was arrested a week before."',
    ],
)
def test_a_name_before_an_aside_of_saying_is_not_the_speaker(second: str) -> None:
    found = speakers("en", LEAD, "Darvan Front commander Abu Lev said the member was framed.", second)
    assert found[-1][1] == "Abu Lev", found


def test_a_closed_appositive_still_gives_the_name() -> None:
    found = speakers(
        "en",
        LEAD,
        "Darvan Front commander Abu Lev said the member was framed.",
        'Omar Deng, the commander, said the member "was arrested a week before the attack."',
    )
    assert found[-1][1] == "Omar Deng"


# --- rulers and elders speak, as leaders do ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Darvan Emirate's rulers urged Veloria not to make baseless accusations before calling on Kessel to talk.",
        "The Darvan Front's rulers denied the accusations.",
        "Tribal elders in Kessel dismissed the reports as baseless.",
    ],
)
def test_rulers_and_elders_deny(text: str) -> None:
    found = speakers("en", LEAD, text)
    assert [kind for kind, _ in found] == ["denial"], found


# --- its part said to be confined to less, after its denial --------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "A Foreign Ministry source denied reports that Veloria has sent troops to Kessel.",
            '"Veloria\'s role in the Kessel conflict is still confined to providing military advice," the source told'
            " Kessel Wire.",
        ),
        (
            "Lev Arno denied that the brigade had attacked the town.",
            '"The brigade\'s presence in Kessel is limited to a few advisers," he said.',
        ),
        (
            "Lev Arno denied that the brigade had attacked the town.",
            '"Our operations are restricted to the north," he added.',
        ),
    ],
)
def test_a_part_confined_to_less_restates_the_denial(paragraphs: tuple[str, str]) -> None:
    found = speakers("en", LEAD, *paragraphs)
    assert [kind for kind, _ in found] == ["denial", "denial"], found


def test_talks_limited_to_an_issue_are_no_denial() -> None:
    found = speakers(
        "en",
        LEAD,
        "Lev Arno denied that the brigade had attacked the town.",
        '"The talks are limited to the border issue," he said.',
    )
    assert [kind for kind, _ in found] == ["denial", "quote"], found


# --- 'X made another baseless claim, alleging ...': X claims, it does not deny ----------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "In addition, Kessel Wire made another baseless claim, alleging that militants had launched 16 attacks.",
        "Kessel Wire made yet another false claim, saying that militants had launched 16 attacks.",
        "Kessel Wire then made fresh baseless claims, alleging that militants had launched 16 attacks.",
    ],
)
def test_the_one_who_made_the_baseless_claim_does_not_deny(last: str) -> None:
    found = speakers(
        "en",
        LEAD,
        "In a statement, the Veloran ministry condemned the false reports by Kessel Wire.",
        "The army swiftly rejected this claim.",
        last,
    )
    assert ("denial", "Kessel Wire") not in found, found


# --- a statement's line of address names no one who speaks ---------------------------------------------------------


@pytest.mark.parametrize(
    "address", ["To the Media and Public Opinion:", "To Public Opinion:", "To the Kessel Press Corps:"]
)
def test_the_addressee_of_a_statement_does_not_speak(address: str) -> None:
    found = [
        (u.kind, u.speaker.label)
        for u in analyse(
            "en",
            address,
            "Besides its attacks, the Ostravian Occupying State is publishing false news about our forces. It targets our"
            " people, claiming through its media that they were our fighters and publishing numbers far from reality.",
            "Darvan Media Center",
        ).units
    ]
    assert found and all(label not in address for _, label in found), found


# --- proof asked for in place of the charges, after a denial ---------------------------------------------------------


@pytest.mark.parametrize(
    "quoted",
    [
        "We send a message to the committee. You must provide concrete evidence and real proof, not allegations.",
        "Let them show proof, not accusations.",
        "They should present real evidence, not rumours.",
    ],
)
def test_proof_not_allegations_restates_the_denial(quoted: str) -> None:
    found = speakers("en", LEAD, "Lev Arno rejected the allegations against his movement.", f'"{quoted}" he said.')
    assert [kind for kind, _ in found] == ["denial", "denial"], found


def test_evidence_asked_for_otherwise_is_no_denial() -> None:
    found = speakers(
        "en", LEAD, "Lev Arno denied the charges.", '"The court must provide evidence before ruling," he said.'
    )
    assert [kind for kind, _ in found] == ["denial", "quote"], found


# --- a quotation over three paragraphs, opened once and closed once ---------------------------------------------------

_OPENS = "In its statement, the Veloran Interior Ministry said it {o}closely followed the events of yesterday evening in Kessel."
_MIDDLE = "Subsequently, the minister instructed the competent authorities to follow up on the reports and investigate."
_CLOSES = "The Ministry also reassures the citizens that the situation is stable, and investigations are continuing.{c}"


@pytest.mark.parametrize(
    ("o", "c", "middle"),
    [
        ("\u201c", "\u201d", 1),
        ('"', '"', 1),
        ("\u2018\u2018", "\u2019\u2019", 1),
        ("\u2018\u2018", "\u2019\u2019", 0),
        ("\u201c", "\u201d", 2),
    ],
)
def test_a_quotation_over_paragraphs_is_the_speakers_throughout(o: str, c: str, middle: int) -> None:
    paragraphs = [_OPENS.format(o=o), *[_MIDDLE] * middle, _CLOSES.format(c=c)]
    found = speakers("en", LEAD, *paragraphs)
    assert found == [("quote", "Veloran Interior Ministry")] * (2 + middle), found


def test_a_paragraph_after_an_open_quotation_that_none_closes_is_not_quoted() -> None:
    found = speakers(
        "en", LEAD, _OPENS.format(o="\u201c"), _MIDDLE, "The ministry gave no figures. Lev Arno said \u201cno.\u201d"
    )
    assert len(found) == 2, found
