"""English, round 42 of issue 17: a denial reported through others, a denial named as a noun, and who the denier is
when a sentence names several sides (a generated grid of made-up sentences, after rounds 35 and 40).

Round 35's grid crossed the words of denying and round 40's the denials without such a word. This one crosses what
they lack: a denial relayed by an outlet ('state media quoted X as denying', 'X told AFP that', 'a statement carried
by the news agency said X rejected', 'according to Kessel TV, X denied', 'X was quoted by Y as saying', 'Y reported
that X denied'), whose denier is X, never the outlet, and an outlet's own denial; the denial as a noun ('In a denial
issued on Monday, X said', 'X's denial came hours after', 'The denial by X', 'a swift denial from X', 'X has long
denied', 'X, which denies ..., said', 'In response, X said'); who the denier is when the accuser and the denier are
in one sentence ('X denied Y's claim that', 'Responding to Y's accusation, X said', 'Y accused X of ..., which X
denied', 'X rejected allegations by Y that', 'While Y says ..., X insists', 'Y's claims were dismissed by X', 'the
reports were denied by X'), two deniers in one sentence, a spokesman with a long title, a deputy, an adviser, a
source close to a body; and frames that deny nothing (an outlet reporting a charge, 'could not be independently
verified', 'did not respond to a request for comment', 'declined to comment', 'has not denied', a question, 'denied
entry to', 'denied access', 'denied him bail'). Each combination must draft the right deniers, or none.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 42, 78 of the 796 combinations failed. By cause: 20 a denial told by another as not made ('X
has not denied the reports, Kessel TV said', 'Kessel TV reported that X has not denied ...': drafted as the outlet's
denial, 'denied' read as a deed done); 16 a denial of one's own part told to an outlet named after 'the' or to a
state's media ('told the Kessel News Agency that it had no role', 'told Velorian state media that'; 'told Kessel TV
that' was read); 16 a denial named as a noun with its denier after 'by' or 'from' and no verb of saying ('The denial
by X came after Y said ...', 'The reports drew a swift denial from X'); 5 the owner's denial as the subject of a verb
of time ("X's denial came hours after Y accused it of ...": Y's words in the clause of time took the sentence); 5 a
question the text asks ('Did Lev Arno deny reports ...?', drafted as a denial by 'Did Lev Arno'); 3 a body or a
person named without an office joined to one with an office ('The Kessel Brigade and Mayor Dara Sol denied': only
the mayor, or the mayor twice). After round 42, 13 still fail, each listed in NOT_YET and expected to fail: "X's
response to the report: '...'" (6), a ministry described by its state's possessive as an owner ("Veloria's defence
ministry's denial") or accused ('accused Veloria's defence ministry of ..., which the ministry denied': 'the
ministry'), and a speaker described, not named, joined to a named one ('An adviser to Lev Arno and Mayor Dara Sol
denied': one denier of both). Not in the grid, and not read: a headline that names the denier ('Lev Arno denies role
in attack') then 'He said the reports were false.' in the body drafts nothing; an agentless passive ('The claims
were rejected.') drafts no denier.

Round 43 (test_consistency_en_lex43.py) read "X's response to the report: '...'" and a ministry described by its
state's possessive as an owner ("Veloria's defence ministry's denial"): 8 of the 13 run here; 5 remain.

Round 44 (test_consistency_en_lex44.py) read a speaker described joined to one named after an office ("Veloria's
defence ministry and Mayor Dara Sol denied", 'An adviser to Lev Arno and Mayor Dara Sol denied': one denial each) and
'the ministry' of 'accused Veloria's defence ministry of ..., which the ministry denied' (the ministry described before
in the sentence); one remains: 'a charge it denied' after a ministry described by its state's possessive (no denier).

Round 45 (test_consistency_en_lex45.py) read that one: 'it' after a name that only qualifies a description's head is
the body described ("accused Veloria's defence ministry of ..., a charge it denied"); none remains.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import deniers, deniers_case, in_sentence, unique_paragraphs

LEAD = "Talks resumed in Port Sable on Sunday."

# (kind, subject at the head of a sentence, the label its denial gets, its pronoun as subject, its pronoun as object,
# its possessive, the side it speaks for in reported speech, the short name a later mention uses)
DENIERS = [
    ("group", "The Kessel Brigade", "Kessel Brigade", "it", "it", "its", "it", "the brigade"),
    ("person", "Lev Arno", "Lev Arno", "he", "him", "his", "his men", "Arno"),
    (
        "ministry",
        "Veloria's defence ministry",
        "Veloria's defence ministry",
        "it",
        "it",
        "its",
        "its forces",
        "the ministry",
    ),
    (
        "spokesman",
        "Kessel Brigade spokesman Dario Venn",
        "Dario Venn",
        "he",
        "the brigade",
        "his",
        "the brigade",
        "Venn",
    ),
    (
        "long title",
        "Dario Venn, the spokesman for the political bureau of the Kessel Brigade,",
        "Dario Venn",
        "he",
        "the brigade",
        "his",
        "the brigade",
        "Venn",
    ),
    ("deputy", "Deputy Defence Minister Tarek Oman", "Tarek Oman", "he", "Veloria", "his", "Velorian forces", "Oman"),
    ("adviser", "An adviser to Lev Arno", "an adviser to Lev Arno", "he", "Arno", "his", "Arno's men", "the adviser"),
    (
        "source",
        "A source close to the Kessel Brigade",
        "a source close to the Kessel Brigade",
        "he",
        "the brigade",
        "its",
        "the brigade",
        "the source",
    ),
]

WHAT = "reports that its fighters attacked the convoy"
ATTACK = "the attack on the convoy"
ACCUSER = "Mira Sol"
OUTLETS = ["Kessel TV", "AFP", "the Kessel News Agency", "Velorian state media"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _bare(subject: str) -> str:
    """The subject without an apposition set off by commas ('Dario Venn')."""
    return subject.split(",")[0]


def _poss(subject: str) -> str:
    """The possessive of the subject ('the Kessel Brigade's', 'Dario Venn's')."""
    return _bare(subject) + "'s"


# Frames that read oddly of a speaker described, not named ('An adviser to Lev Arno's denial', 'accused a source
# close to the brigade'): left out for those.
_NOT_OF_A_DESCRIPTION = {
    "possessive denial came after",
    "possessive rejection of the reports",
    "response to the report, colon",
    "Y accused X, which X denied",
    "Y accused X, a charge X denied",
    "issued a denial, after a charge",
    "in response, said",
    "none|could not be verified",
}

Row = tuple[str, tuple[str, ...], tuple[str, ...]]


def _grid() -> list[Row]:
    """(frame, paragraphs, the labels of the deniers it must draft, in order; empty: none)."""
    out: list[Row] = []
    for kind, s, label, pro, obj, _, side, short in DENIERS:
        low = in_sentence(s)
        bare_low = in_sentence(_bare(s))
        one = (label,)
        # 1. relayed by an outlet
        for outlet in OUTLETS:
            o = _cap(outlet)
            out += [
                (f"{kind}|quoted as denying|{outlet}", (f"{o} quoted {bare_low} as denying {WHAT}.",), one),
                (f"{kind}|told that, false|{outlet}", (f"{s} told {outlet} that the reports were false.",), one),
                (
                    f"{kind}|told that, no role|{outlet}",
                    (f"{s} told {outlet} that {side} had no role in {ATTACK}.",),
                    one,
                ),
                (
                    f"{kind}|told on Monday that|{outlet}",
                    (f"{s} told {outlet} on Monday that the accusations were baseless.",),
                    one,
                ),
                (f"{kind}|according to, denied|{outlet}", (f"According to {outlet}, {low} denied {WHAT}.",), one),
                (
                    f"{kind}|quoted by as saying|{outlet}",
                    (f"{s} was quoted by {outlet} as saying the reports were baseless.",),
                    one,
                ),
                (f"{kind}|reported that denied|{outlet}", (f"{o} reported that {bare_low} denied {WHAT}.",), one),
                (f"{kind}|denied, reported|{outlet}", (f"{s} denied {WHAT}, {outlet} reported.",), one),
                (f"{kind}|denied, according to|{outlet}", (f"{s} denied {WHAT}, according to {outlet}.",), one),
                (
                    f"{kind}|in an interview with|{outlet}",
                    (f"In an interview with {outlet}, {low} denied {WHAT}.",),
                    one,
                ),
                (f"{kind}|speaking to|{outlet}", (f"Speaking to {outlet}, {low} rejected {WHAT}.",), one),
                (
                    f"{kind}|statement carried by|{outlet}",
                    (f"A statement carried by {outlet} said {bare_low} rejected {WHAT}.",),
                    one,
                ),
                (
                    f"{kind}|quoted, colon|{outlet}",
                    (f'{o} quoted {bare_low} as saying: "These reports are lies."',),
                    one,
                ),
                # the outlet reports a charge, or what the side said that denies nothing
                (
                    f"{kind}|outlet reports a charge|{outlet}",
                    (f"{o} reported that {bare_low} attacked the convoy.",),
                    (),
                ),
                (
                    f"{kind}|quoted, no denial|{outlet}",
                    (f"{o} quoted {bare_low} as saying the talks would resume on Monday.",),
                    (),
                ),
                (
                    f"{kind}|none|has not denied, said|{outlet}",
                    (f"{_bare(s)} has not denied {WHAT}, {outlet} said.",),
                    (),
                ),
                (
                    f"{kind}|none|reported, has not denied|{outlet}",
                    (f"{o} reported that {bare_low} has not denied {WHAT}.",),
                    (),
                ),
                (
                    f"{kind}|told, a charge|{outlet}",
                    (f"{s} told {outlet} that {ACCUSER}'s fighters attacked the convoy.",),
                    (),
                ),
            ]
        # 2. the denial as a noun
        out += [
            (
                f"{kind}|in a denial issued",
                (f"In a denial issued on Monday, {low} said {side} had no role in {ATTACK}.",),
                one,
            ),
            (
                f"{kind}|possessive denial came after",
                (f"{_poss(s)} denial came hours after {ACCUSER} accused {obj} of attacking the convoy.",),
                one,
            ),
            (
                f"{kind}|issued a denial, after a charge",
                (f"{ACCUSER} accused {bare_low} of attacking the convoy.", f"{_bare(s)} issued a denial on Monday."),
                one,
            ),
            (
                f"{kind}|the denial by",
                (f"The denial by {bare_low} came after {ACCUSER} said {side} attacked the convoy.",),
                one,
            ),
            (
                f"{kind}|possessive rejection of the reports",
                (f"{_poss(s)} rejection of the reports came on Monday.",),
                one,
            ),
            (f"{kind}|a swift denial from", (f"The reports drew a swift denial from {bare_low}.",), one),
            (f"{kind}|has long denied", (f"{_bare(s)} has long denied {WHAT}.",), one),
            (f"{kind}|has repeatedly denied", (f"{_bare(s)} has repeatedly denied {WHAT}.",), one),
            (
                f"{kind}|in response, said",
                (
                    f"{ACCUSER} accused {bare_low} of attacking the convoy.",
                    f"In response, {bare_low} said the accusation was baseless.",
                ),
                one,
            ),
            (
                f"{kind}|response to the report, colon",
                (f'{_poss(s)} response to the report: "These are lies."',),
                one,
            ),
        ]
        relative = "who" if kind in ("person", "spokesman", "long title") else "which"
        out.append(
            (
                f"{kind}|which denies, said",
                (f"{_bare(s)}, {relative} denies any role in {ATTACK}, said on Monday {pro} would attend the talks.",),
                one,
            )
        )
        # 3. the accuser and the denier in one sentence
        out += [
            (
                f"{kind}|denied Y's claim",
                (f"{_bare(s)} denied {ACCUSER}'s claim that {side} attacked the convoy.",),
                one,
            ),
            (
                f"{kind}|responding to Y's accusation",
                (f"Responding to {ACCUSER}'s accusation, {low} said {side} had no role in {ATTACK}.",),
                one,
            ),
            (
                f"{kind}|Y accused X, which X denied",
                (f"{ACCUSER} accused {bare_low} of attacking the convoy, which {short} denied.",),
                one,
            ),
            (
                f"{kind}|Y accused X, a charge X denied",
                (f"{ACCUSER} accused {bare_low} of attacking the convoy, a charge {pro} denied.",),
                one,
            ),
            (
                f"{kind}|rejected allegations by Y",
                (f"{_bare(s)} rejected allegations by {ACCUSER} that {side} attacked the convoy.",),
                one,
            ),
            (
                f"{kind}|while Y says, X insists",
                (f"While {ACCUSER} says {side} attacked the convoy, {bare_low} insists {side} had no role in it.",),
                one,
            ),
            (f"{kind}|Y's claims were dismissed by X", (f"{ACCUSER}'s claims were dismissed by {bare_low}.",), one),
            (f"{kind}|the reports were denied by X", (f"The reports were denied by {bare_low}.",), one),
            (
                f"{kind}|X and Y denied",
                (f"{_bare(s)} and Mayor Dara Sol denied reports that their men attacked the convoy.",),
                (label, "Dara Sol"),
            ),
        ]
        # 4. frames that deny nothing
        out += [
            (f"{kind}|none|did not respond", (f"{_bare(s)} did not respond to a request for comment.",), ()),
            (f"{kind}|none|declined to comment", (f"{_bare(s)} declined to comment on the reports.",), ()),
            (f"{kind}|none|has not denied", (f"{_bare(s)} has not denied {WHAT}.",), ()),
            (f"{kind}|none|a question", (f"Did {bare_low} deny {WHAT}?",), ()),
            (f"{kind}|none|denied entry", (f"{_bare(s)} denied entry to the reporters.",), ()),
            (f"{kind}|none|denied access", (f"{_bare(s)} denied the reporters access to the camp.",), ()),
            (f"{kind}|none|denied him bail", (f"{_bare(s)} denied him bail.",), ()),
            (f"{kind}|none|was denied entry", (f"{_bare(s)} was denied entry to Veloria.",), ()),
            (
                f"{kind}|none|could not be verified",
                (f"{ACCUSER} said {bare_low} attacked the convoy. The claim could not be independently verified.",),
                (),
            ),
        ]
    # an outlet's own denial
    out += [
        ("outlet|own denial|Kessel TV", ("Kessel TV denied reports that it had been shut down.",), ("Kessel TV",)),
        (
            "outlet|own denial|news agency",
            ("The Kessel News Agency denied reports that it had been shut down.",),
            ("Kessel News Agency",),
        ),
    ]

    def reads_oddly(frame: str) -> bool:  # (of a speaker described: _NOT_OF_A_DESCRIPTION)
        kind, name = frame.split("|")[:2]
        return kind in ("adviser", "source") and name in _NOT_OF_A_DESCRIPTION

    return unique_paragraphs([row for row in out if not reads_oddly(row[0])])


GRID = _grid()
SAMPLE = sorted(random.Random(42).sample(range(len(GRID)), min(len(GRID), 600)))


# What the rules of round 42 leave unread (see the module's docstring): a ministry described by its state's possessive
# beside another denier or accused before 'the ministry' denies; a described speaker joined to a named one. Each is
# run, and expected to fail until read. (Round 43 read "X's response to the report: '...'" and "Veloria's defence
# ministry's denial", test_consistency_en_lex43.py.)
NOT_YET: tuple[str, ...] = ()


def _case(i: int, marks: str):
    return deniers_case(*GRID[i], marks, NOT_YET)


@pytest.mark.parametrize(
    ("paragraphs", "labels"), [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::4]]
)
def test_a_relayed_or_named_denial_is_drafted_by_the_right_deniers(paragraphs, labels) -> None:
    assert deniers("en", LEAD, *paragraphs, once=True) == list(labels)


@pytest.mark.parametrize(
    "text",
    [
        # a denial asked for, awaited or lacking is none made
        "The ministry demanded a denial from the Kessel Brigade.",
        "There was no denial from the Kessel Brigade.",
        "The lack of a denial from the Kessel Brigade was telling.",
        "Residents were still awaiting a denial from Lev Arno.",
        # a question the text asks, and a denial told as not made
        "Has the Kessel Brigade rejected the reports?",
        "Lev Arno said the brigade has not denied the reports.",
        "Lev Arno said the brigade had never denied the reports.",
        # two named who meet, one with an office: no one denies
        "Lev Arno and Mayor Dara Sol met in Barno on Monday.",
    ],
)
def test_what_only_names_a_denial_drafts_none(text: str) -> None:
    assert deniers("en", LEAD, text, once=True) == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # the answer inside a quotation after a question in it is still a denial
        ('Lev Arno said: "Did we attack the convoy? No. These reports are lies."', ["Lev Arno"]),
        # a denial by an agent, though another's words follow in a clause of time
        (
            "The reports were denied by the Kessel Brigade hours after Mira Sol said it attacked the convoy.",
            ["Kessel Brigade"],
        ),
        ("Mayor Dara Sol and the Kessel Brigade denied the reports.", ["Dara Sol", "Kessel Brigade"]),
    ],
)
def test_a_denial_beside_a_question_a_clause_of_time_or_an_office_keeps_its_deniers(text: str, labels) -> None:
    assert deniers("en", LEAD, text, once=True) == labels
