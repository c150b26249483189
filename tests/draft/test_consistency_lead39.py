"""Round 39's lead rules, on made-up sentences: a body's denial restated in the words of one who speaks for it,
however his title is set ('X, its spokesman,', 'X, a spokesman for the brigade,', 'Brigade spokesman X', 'army
spokesman X', 'a ministry spokesman'), and 'nowhere near' as words that say something is not so. A speaker of
another body, or of another office of the same kind, restates nothing of the body's denial. And from the fresh
development articles: a speaker's second verb that says a thing is not so ('condemned the attack and said none of its
members were involved'), the present of plural speakers ('The leaders insist'), 'those interviewed' as speakers, two
adverbs joined before a denial, a description less 'linked by/to', creeds' adjectives no names, 'its promised
crackdown' no verb, a place named after someone before 'barracks', and one's innocence maintained."""

from __future__ import annotations

import pytest

from generator.draft.lang.en import negates
from tests.draft.conftest import said_en

BRIGADE = "The Kessel Brigade denied carrying out the attack on the convoy."
ARMY = "The army denied that its jets had struck the market."
MINISTRY = "The ministry denied the report."


def kinds(*paragraphs: str) -> list[str]:
    """The kind of each unit drafted after the lead, in order."""
    return [kind for kind, _, _ in said_en(*paragraphs)]


@pytest.mark.parametrize(
    ("lead", "quoted"),
    [
        (BRIGADE, '"We have never attacked civilians," Lev Arno, its spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, the brigade\'s spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, the brigade\u2019s spokesman, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, a spokesman for the brigade, said.'),
        (BRIGADE, '"We have never attacked civilians," Lev Arno, spokesman of the Kessel Brigade, said.'),
        (BRIGADE, 'Brigade spokesman Lev Arno said: "Our fighters were not near the road that day."'),
        (BRIGADE, 'Its spokesman Lev Arno said: "Our fighters were nowhere near the road that day."'),
        (BRIGADE, '"No prisoners were moved," a brigade official said.'),
        (ARMY, '"Our aircraft did not fly over the town on Monday," army spokesman Lev Arno said.'),
        (MINISTRY, '"No prisoners were moved," a ministry spokesman said.'),
        ("Dara Venn denied the report.", '"No prisoners were moved," Lev Arno, her spokesman, said.'),
    ],
)
def test_a_denial_restated_by_one_who_speaks_for_the_denier_is_a_place_of_it(lead: str, quoted: str) -> None:
    assert kinds(lead, quoted) == ["denial", "denial"]


@pytest.mark.parametrize(
    ("lead", "quoted"),
    [
        # (words that deny nothing of their own: '"We have never attacked civilians," the army's spokesman said' is the
        # army's own denial from round 40, as '"We never attacked civilians"' was before)
        (BRIGADE, '"We have always kept away from civilians," Lev Arno, a spokesman for the Valdorian army, said.'),
        (BRIGADE, '"We have always kept away from civilians," Lev Arno, the army\'s spokesman, said.'),
        (BRIGADE, '"No prisoners were moved," a Valdorian official said.'),
        (
            "The Foreign Ministry denied the report.",
            'Defence Ministry spokesman Lev Arno said: "Our jets did not fly."',
        ),
        (ARMY, '"Our jets did not fly over the town," said Lev Arno, a spokesman for the rebels.'),
        (ARMY, '"Our jets did not fly over the town," rebel spokesman Lev Arno said.'),
        (MINISTRY, '"No prisoners were moved," a police spokesman said.'),
        ("Dara Venn denied the report.", '"No prisoners were moved," Lev Arno, her deputy, said.'),
    ],
)
def test_words_of_another_side_restate_no_denial(lead: str, quoted: str) -> None:
    assert kinds(lead, quoted) == ["denial", "quote"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Our fighters were nowhere near the road that day.", True),
        ("The convoy was nowhere near the border.", True),
        ("The talks are going nowhere.", False),
    ],
)
def test_nowhere_near_says_something_is_not_so(words: str, expected: bool) -> None:
    assert negates(words) is expected


# --- a speaker's second verb, plural presents, those interviewed ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lev Arno condemned the attack and said none of the group's members were involved.", "Lev Arno"),
        ("Lev Arno criticised the attack and said the group had no role in it.", "Lev Arno"),
        ("The leaders condemned the attack and insisted none of its members were involved.", "the leaders"),
        ("The leaders have described the attack as wrong and insist none of its members were involved.", "the leaders"),
        ("The leaders insist none of its members were involved.", "the leaders"),
        ("Those interviewed claimed none of the brigade’s members were involved.", "those interviewed"),
        (
            "Those interviewed, including Lev Arno, said none of the brigade’s members were involved.",
            "those interviewed",
        ),
        ("Those we spoke to said none of the brigade’s members were involved.", "those we spoke to"),
        ("“We completely and categorically deny involvement,” said Lev Arno.", "Lev Arno"),
        ("Lev Arno completely and categorically denied the report.", "Lev Arno"),
        ("The armed group linked by officials to the killing denied involvement today.", "the armed group"),
        ("The militia linked to Veloria denied the report.", "the militia"),
        ("The Islamist group denied involvement.", "the Islamist group"),
        ("The armed Shiite militia denied involvement.", "the armed Shiite militia"),
        ("Lev Arno has maintained his innocence.", "Lev Arno"),
        ("Lev Arno professed his innocence.", "Lev Arno"),
    ],
)
def test_denials_read_in_more_of_the_ways_news_writes_them(text: str, speaker: str) -> None:
    denials = [(kind, who) for kind, who, _ in said_en(text) if kind == "denial"]
    assert denials[:1] == [("denial", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Lev Arno condemned the attack and said the talks would go on.",
        "The leaders insist on a ceasefire.",
        "The ministry wants to insist that the talks go on.",
        "Lev Arno refused to profess his innocence.",
        "Those interviewed said the talks would go on.",
    ],
)
def test_no_denial_where_nothing_is_said_not_to_be_so(text: str) -> None:
    assert all(kind != "denial" for kind, _, _ in said_en(text))


def test_a_participle_after_a_determiner_is_no_verb() -> None:
    # 'its promised crackdown' before a person named earlier: no one speaks by 'promised'
    text = (
        "Lev Arno scorned calls for his arrest before the visit by Dara Venn, the envoy, and the council's deadline "
        "for Veloria to begin its promised crackdown."
    )
    assert all(who != "Dara Venn" for _, who, _ in said_en("Dara Venn, the envoy, arrived on Monday.", text))


def test_a_name_before_barracks_is_a_place_not_who_he_is() -> None:
    units = said_en(
        "Brigade spokesman Lev Arno said the brigade had 300 fighters. The group holds the former Dara Venn barracks.",
        "Even so, he said he did not expect an assault.",
    )
    assert units[-1][1] == "Lev Arno"
