"""English, round 32 of issue 17, known defects (made-up names and facts):

- an age or a short description set off by commas after a one-word name, or an age before the name, keeps the
  name the speaker: 'Arno, 52, said', 'Arno, a 40-year-old trader, told', '"...," said 61-year-old Lev Arno';
- a person's own account or channel ('wrote on his X account', "according to Lev Arno's Telegram channel", "in a
  post on Arno's Facebook page") names its owner as the speaker;
- a group's name with an Arabic particle ('al-Shabab', 'Jaish al-Adl', 'Ansar Allah') is a body, not a person;
- 'the militia rejected the Kessel Brigade's claims': the description is the body named before, not the one whose
  claims it rejects;
- 'only' restricts what is said ('it had only sent advisers'): no denial of the whole claim.
"""

from __future__ import annotations

import pytest

from generator.draft.names import Known, NameIndex
from tests.draft.conftest import analyse, built

LEAD = "Talks resumed in Port Sable on Sunday."


def _index() -> NameIndex:
    index = NameIndex()
    index.add("Veloria", Known("veloria", "place", "country", "Veloria"))
    index.add("Kessel", Known("kessel", "place", "city", "Kessel"))
    return index


def _said(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, str]]:
    return [(u.kind, u.speaker.label) for u in analyse("en", LEAD, *paragraphs, index=index or _index()).units]


def _records(*paragraphs: str, index: NameIndex | None = None) -> list[tuple[str, object]]:
    out = []
    for r in built("en", LEAD, *paragraphs, index=index or _index()):
        if r["type"] in ("claim", "denial"):
            who = r.get("claimant") or r.get("denier")
            out.append((r["type"], who.get("actor") or who.get("described_as")))
    return out


# --- an age or a description set off after a one-word name; an age before a name ----------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        ("Arno, 52, said the bridge had been closed since May.", "reported", "Arno"),
        ("Arno, 52, told reporters that the bridge had been closed since May.", "reported", "Arno"),
        ("Yusuf, 12, says the shelling goes on every night.", "reported", "Yusuf"),
        ("Arno, a 40-year-old trader, told Meridian Wire that prices had doubled.", "reported", "Arno"),
        ("Arno, aged 52, said prices had doubled.", "reported", "Arno"),
        ("Arno, a trader in Kessel, said prices had doubled.", "reported", "Arno"),
        ("Yusuf, 12, said: \u201cWe cannot sleep.\u201d", "quote", "Yusuf"),
        ("\u201cWe cannot sleep,\u201d Yusuf, 12, said.", "quote", "Yusuf"),
        ("\u201cWe cannot sleep,\u201d Arno, 52, told Meridian Wire.", "quote", "Arno"),
        ('"Prices have doubled," said 61-year-old Lev Arno.', "quote", "Lev Arno"),
        ("61-year-old Lev Arno said the shelling had stopped.", "reported", "Lev Arno"),
        ("The 61-year-old Lev Arno said the shelling had stopped.", "reported", "Lev Arno"),
        ('"We cannot sleep," said 61-year-old mother Mira Solen.', "quote", "Mira Solen"),
    ],
)
def test_an_age_or_an_aside_keeps_the_speaker(text: str, kind: str, who: str) -> None:
    assert _said(text) == [(kind, who)]


@pytest.mark.parametrize(
    "text",
    [
        "However, 52 people said the bridge had been closed since May.",
        "Meanwhile, a trader in Kessel said prices had doubled.",
        "Yesterday, 52, said nothing.",
    ],
)
def test_a_word_before_a_comma_is_no_name_by_that_alone(text: str) -> None:
    assert all(who not in ("However", "Meanwhile", "Yesterday") for _, who in _said(text))


# --- a person's own account or channel: its owner speaks -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"The border will stay closed," Lev Arno wrote on his X account.', "quote"),
        ("Lev Arno said on his Telegram channel that the border would stay closed.", "reported"),
        ("The border will stay closed, according to Lev Arno's Telegram channel.", "reported"),
        ("According to Lev Arno's Telegram channel, the border will stay closed.", "reported"),
        ("A post on Lev Arno's Telegram channel said the border would stay closed.", "reported"),
        ("Lev Arno's X account said the border would stay closed.", "reported"),
        ("Lev Arno's official Facebook page said on Monday that the border would stay closed.", "reported"),
        ('"The border will stay closed," read a post on Lev Arno\u2019s Facebook page.', "quote"),
        ('"The border will stay closed," Lev Arno\'s Telegram channel said.', "quote"),
        ('"The border will stay closed," Lev Arno wrote in a post on his Facebook page.', "quote"),
    ],
)
def test_the_owner_of_an_account_speaks(text: str, kind: str) -> None:
    assert _said(text) == [(kind, "Lev Arno")]


def test_a_post_on_a_body_s_channel_is_the_body_s() -> None:
    assert _said("A statement on the Kessel Brigade's website said the border would stay closed.") == [
        ("reported", "Kessel Brigade")
    ]


def test_the_owner_of_the_account_is_the_one_introduced() -> None:
    assert _said(
        "Lev Arno is the brigade's commander.",
        "In a post on Arno's Facebook page, he said the border would stay closed.",
    ) == [("reported", "Lev Arno")]


# --- a group's name with an Arabic particle is a body --------------------------------------------------------------


def _kinds(*paragraphs: str) -> dict[str, str]:
    """Each drafted actor's or group's id and its kind."""
    return {
        r["id"]: r.get("kind", "")
        for r in built("en", LEAD, *paragraphs, index=_index())
        if r["type"] in ("actor", "group")
    }


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Al-Shabab said it had attacked the base.", "al-shabab"),
        ("In a statement, al-Shabab claimed the attack on the base.", "al-shabab"),
        ("Al-Nujaba denied any role in the attack.", "al-nujaba"),
        ("Ansar Allah said it had attacked the base.", "ansar-allah"),
        ("Jund al-Varda said it had attacked the base.", "jund-al-varda"),
        ("Al-Qaeda said it had attacked the base.", "al-qaeda"),
        ("The militant group al-Varda said it had attacked the base.", "al-varda"),
        ("The armed movement Harun al-Sadiq denied any role in the attack.", "harun-al-sadiq"),
        ("Al-Varda, a militia active in the north, said it had attacked the base.", "al-varda"),
        ("Harun al-Sadiq, an armed group based in Kessel, denied any role in the attack.", "harun-al-sadiq"),
        ("Harun al-Sadiq, a militia loyal to the army, denied any role in the attack.", "harun-al-sadiq"),
    ],
)
def test_a_group_with_a_particle_is_no_person(text: str, slug: str) -> None:
    kinds = _kinds(text)
    assert slug in kinds and kinds[slug] != "person"


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Harun al-Sadiq, a member of the group, said he had left the base.", "harun-al-sadiq"),
        ("Harun al-Sadiq, the group's spokesman, said the base was attacked.", "harun-al-sadiq"),
        ("Lev Arno, a member of the militia, said he had left the base.", "lev-arno"),
        ("Sami al-Varda said he had left the base.", "sami-al-varda"),
        ("Sami al-Varda, a militia commander in Kessel, said he had left the base.", "sami-al-varda"),
        ("Sami al-Varda, a group leader, said he had left the base.", "sami-al-varda"),
    ],
)
def test_a_member_of_a_group_is_still_a_person(text: str, slug: str) -> None:
    assert _kinds(text).get(slug) == "person"


# --- 'the militia' is the body named before, not the one whose claims it rejects ----------------------------------

CHARGE = "The Kessel Brigade said on Monday that the Varda Front had shelled the market."


@pytest.mark.parametrize(
    "text",
    [
        "The militia rejected the Kessel Brigade's claims that it had shelled the market.",
        "The militia rejected claims by the Kessel Brigade that it had shelled the market.",
        "The group denied the Kessel Brigade's accusations that its fighters had shelled the market.",
        "The militia rejected the Kessel Brigade\u2019s claims, saying it had not shelled the market.",
        "The movement dismissed the Kessel Brigade's allegations as lies.",
        "The group denied allegations by the Kessel Brigade.",
    ],
)
def test_the_militia_is_not_the_body_whose_claims_it_rejects(text: str) -> None:
    assert _said(CHARGE, text)[-1] == ("denial", "Varda Front")


@pytest.mark.parametrize(
    "text",
    [
        "The militia rejected the Marno Brigade's claims that it had shelled the market.",
        "The group denied allegations by the Marno Brigade that it had shelled the market.",
    ],
)
def test_the_militia_is_no_body_named_after_it(text: str) -> None:
    # (the Marno Brigade is first named in the sentence, after the description: the body named before is meant)
    assert _said("The Varda Front took the town of Dorn on Sunday.", text)[-1] == ("denial", "Varda Front")


def test_the_militia_named_alone_is_no_body_named_after_it() -> None:
    assert all(
        who != "Kessel Brigade"
        for _, who in _said("The militia rejected the Kessel Brigade's claims that it had shelled the market.")
    )


def test_the_brigade_is_still_the_brigade_named_before() -> None:
    assert _said(
        "The Kessel Brigade took the town of Dorn on Sunday.",
        "The brigade denied the Varda Front's claims that it had shelled the market.",
    )[-1] == ("denial", "Kessel Brigade")


# --- 'only': a restricted statement is no denial of the whole claim -----------------------------------------------

ACCUSED = "The Kessel Brigade accused the ministry of arming the Varda Front."


def _kinds_of(*paragraphs: str) -> list[str]:
    return [kind for kind, _ in _said(ACCUSED, *paragraphs)[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said it had only sent advisers to Kessel.",
        "The ministry says it only sends advisers to Kessel.",
        '"We only train them," a ministry spokesman said.',
        '"We have only provided training," the ministry said.',
        "The ministry said that only advisers had been sent.",
        "The ministry said it had not only sent advisers but also trainers.",
        '"We have not only trained them but armed them," Lev Arno said.',
        '"We have not merely trained them," Lev Arno said.',
        "The ministry said it was not just a training mission.",
        "The ministry said its advisers had not simply watched the fighting.",
    ],
)
def test_a_restriction_is_no_denial(text: str) -> None:
    assert "denial" not in _kinds_of(text)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The ministry said it had not sent troops, only advisers.", "the ministry had sent troops"),
        ("The ministry said it had not sent troops, just advisers.", "the ministry had sent troops"),
        ("The ministry said it had not sent troops but only advisers.", "the ministry had sent troops"),
        ("The ministry said it had not sent troops to Kessel, only to Dorn.", "the ministry had sent troops to Kessel"),
        ("The ministry said the advisers were not armed and had only trained fighters.", "the advisers were armed"),
        ("The ministry said its advisers were not armed, but merely observed.", "its advisers were armed"),
    ],
)
def test_a_denial_leaves_out_what_it_restricts_itself_to(text: str, denied: str) -> None:
    drafted = [d["denied"] for d in built("en", LEAD, ACCUSED, text, index=_index()) if d["type"] == "denial"]
    assert drafted == [denied]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the report, saying only that advisers had visited Kessel.",
        "The ministry rejected the accusation, saying it was only training the group's fighters.",
        "The ministry denied arming the group, saying it only trained its fighters.",
    ],
)
def test_a_denial_saying_only_stays_a_denial(text: str) -> None:
    assert _kinds_of(text) == ["denial"]
