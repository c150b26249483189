"""English, round 45 of issue 17: denials whose denier is easily mistaken (a generated grid of made-up articles).

Each article is one to three paragraphs after the lead. The grid crosses the shape that names the denier with who
denies (a man, a woman, a spokesperson by name, title or body alone, a ministry, a group, a state) and with straight
or curly marks:

- one who speaks for a body: 'Arlo Venn, a spokesman for the Kessian defence ministry, denied ...', 'the ministry's
  spokesman, Arlo Venn, said ...', 'ministry spokeswoman Mira Sol told Veloria Post ...', by title alone ('a
  spokesman for the ministry') and by the body alone;
- a body's denial, then its spokesman's ('Veloria rejected the report. "It is a lie," foreign ministry spokesman
  Arlo Venn said'): two deniers, each at his own place, as the gold names them (before round 45 the body's place was
  drafted as the spokesman's);
- relayed denials ('Veloria Post quoted X as denying', 'X told Y that ...', 'according to X', 'in comments carried by
  state media', 'speaking to Veloria Post'): the outlet and the reporter are never the denier;
- the accuser and the accused in one sentence or paragraph ('Kessia accused Veloria of the strike; Veloria denied it'),
  two bodies of one state, a leader and his group, a pronoun or 'the group', 'the army' after two candidates;
- several deniers ('X and Y denied', 'X denied ..., as did Y', 'X, like Y, denied'; 'neither X nor Y denied' denies
  nothing);
- controls: the accuser's own words deny nothing, and 'X said Y had denied' is Y's denial only.

What is asserted is every place a denial is drafted at, as (paragraph, denier label), the paragraphs counted from the
first after the lead.

On main before round 45, 142 of the grid's 483 articles (straight marks, and every second one with curly marks) failed:
116 a wrong denier (108 a state's or a ministry's denial drafted as its spokesman's who spoke next, 8 a group's so),
18 a denial where none is ('Arlo Venn accused the Tarvo Front of the strike. He denied the accusation' drafted as
Venn's, the accuser's; 'It denied' after a ministry that charged a man, as the ministry's), 5 a second denier missed
('X, like Y, denied'), 3 not read ('The Kessian defence ministry and Arlo Venn denied ...'). After round 45 none fails.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.draft.conftest import EN_LEAD, analyse, curly, in_sentence, unique_paragraphs


class Person(NamedTuple):
    name: str
    pronoun: str
    """'He' or 'She'."""
    office: str
    """'spokesman', 'spokeswoman' or 'spokesperson'."""


PEOPLE = [
    Person("Arlo Venn", "He", "spokesman"),
    Person("Mira Sol", "She", "spokeswoman"),
    Person("Dario Quell", "He", "spokesperson"),
    Person("Tamsin Oro", "She", "spokesperson"),
]


class Body(NamedTuple):
    subject: str
    """At the head of a sentence."""
    label: str
    """The label its denial gets."""
    owner: str
    """Its name before an office ('Kessian defence ministry spokesman')."""
    short: str
    """Its noun, as 'the ministry' names it again."""


BODIES = [
    Body("The Kessian defence ministry", "the Kessian defence ministry", "Kessian defence ministry", "the ministry"),
    Body("The Tarvo Front", "Tarvo Front", "Tarvo Front", "the group"),
    Body(
        "The Velorian interior ministry", "the Velorian interior ministry", "Velorian interior ministry", "the ministry"
    ),
]


Row = tuple[str, tuple[str, ...], tuple[tuple[int, str], ...]]


def _spokesperson_rows() -> list[Row]:
    """One who speaks for a body, by name and title, title alone, or the body alone: the denier as written."""
    out: list[Row] = []
    for p in PEOPLE:
        for b in BODIES:
            body = in_sentence(b.subject)
            named = {
                "name, a spokesman for": f"{p.name}, a {p.office} for {body}, denied the reports.",
                "body's spokesman, name,": f"{b.subject}'s {p.office}, {p.name}, said the reports were false.",
                "owner spokesman name told outlet": f"{b.owner} {p.office} {p.name} told Veloria Post the reports were false.",
                "quote, owner spokesman name said": f'"The reports are false," {b.owner} {p.office} {p.name} said.',
                "name, the spokesman of": f"{p.name}, the {p.office} of {body}, rejected the reports as baseless.",
                "name, spokesman for, told reporters": (
                    f"{p.name}, {p.office} for {body}, told reporters in Kessel City that the reports were false."
                ),
            }
            for frame, text in named.items():
                out.append((f"spokes|{frame}|{p.name}|{b.owner}", (text,), ((1, p.name),)))
            title = f"a {p.office} for {body}"
            out.append(
                (
                    f"spokes|title alone|{p.office}|{b.owner}",
                    (f"A {p.office} for {body} denied the reports.",),
                    ((1, title),),
                )
            )
        # (the body alone, once per body)
    for b in BODIES:
        out.append((f"spokes|body alone|{b.owner}", (f"{b.subject} denied the reports.",), ((1, b.label),)))
    return out


def _body_then_spokesperson_rows() -> list[Row]:
    """A body's (or a state's) denial, then its spokesperson's in his own words: two deniers, each at his place."""
    out: list[Row] = []
    states = [
        ("Veloria", "Velorian foreign ministry", "Veloria"),
        ("Kessia", "Kessian foreign ministry", "Kessia"),
    ]
    for p in PEOPLE:
        for state, owner, label in states:
            leads = {
                "state rejected as false": f"{state} rejected as false on Friday a report by Kessel TV that it had armed the Tarvo Front.",
                "state rejected allegations": f"{state} on Sunday rejected allegations that it had armed the Tarvo Front.",
                "state has denied charges": f"{state} has denied charges by Ostravia that it arms the Tarvo Front.",
            }
            follows = {
                "quote before speaker": f'"The report is a lie," {owner} {p.office} {p.name} said.',
                "reported": f"{owner[0].upper() + owner[1:]} {p.office} {p.name} said the charges were baseless.",
                "we reject": f'"We reject these baseless allegations," {owner} {p.office} {p.name} said.',
            }
            for lead, first in leads.items():
                for follow, second in follows.items():
                    name = f"body then spokes|{lead}|{follow}|{p.name}|{state}"
                    out.append((name, (first, second), ((1, label), (2, p.name))))
        for b in BODIES:
            first = f"{b.subject} denied the reports."
            follows = {
                "quote, the body's spokesman": f'"The reports are false," {in_sentence(b.subject)}\'s {p.office}, {p.name}, said.',
                "name, a spokesman for it": f"{p.name}, a {p.office} for {b.short}, said the reports were false.",
            }
            for follow, second in follows.items():
                out.append(
                    (
                        f"body then spokes|body denied|{follow}|{p.name}|{b.owner}",
                        (first, second),
                        ((1, b.label), (2, p.name)),
                    )
                )
    return out


def _relayed_rows() -> list[Row]:
    """A denial relayed by an outlet or told to a reporter: the one who denies, never the outlet nor the reporter."""
    out: list[Row] = []
    for p in PEOPLE:
        frames = {
            "outlet quoted as denying": f"Veloria Post quoted {p.name} as denying the reports.",
            "told outlet that": f"{p.name} told Veloria Post that the reports were false.",
            "told a reporter, name, that": f"{p.name} told a Kessel TV reporter, Lina Corvo, that the reports were false.",
            "according to": f"According to {p.name}, the reports were false.",
            "comments carried by state media": f"In comments carried by state media, {p.name} denied the reports.",
            "speaking to outlet": f"Speaking to Veloria Post, {p.name} denied the reports.",
            "outlet reported that had denied": f"Kessel TV reported that {p.name} had denied the reports.",
            "in an interview with outlet": f"In an interview with Veloria Post, {p.name} rejected the reports as baseless.",
        }
        for frame, text in frames.items():
            out.append((f"relayed|{frame}|{p.name}", (text,), ((1, p.name),)))
    for b in BODIES:
        frames = {
            "outlet quoted as denying": f"Veloria Post quoted {in_sentence(b.subject)} as denying the reports.",
            "in a statement carried by state media": f"In a statement carried by state media, {in_sentence(b.subject)} denied the reports.",
            "according to": f"According to {in_sentence(b.subject)}, the reports were false.",
        }
        for frame, text in frames.items():
            out.append((f"relayed|{frame}|{b.owner}", (text,), ((1, b.label),)))
    return out


class Parties(NamedTuple):
    accuser: str
    """At the head of a sentence."""
    accused: str
    """Inside a sentence."""
    again: str
    """The accused named again at the head of a sentence."""
    label: str
    """The label of the accused's denial."""
    pronoun: str
    """The accused named again by a pronoun or a noun ('It', 'The group'); empty: none that is only the accused."""


PARTIES = [
    Parties("Kessia", "Veloria", "Veloria", "Veloria", ""),
    Parties("Lev Arno", "the Tarvo Front", "The Tarvo Front", "Tarvo Front", "The group"),
    Parties("The Kessian defence ministry", "the Tarvo Front", "The Tarvo Front", "Tarvo Front", "The group"),
    Parties("The Tarvo Front", "the Velorian army", "The Velorian army", "the Velorian army", "The army"),
    Parties(
        "The Velorian army",
        "the Velorian interior ministry",
        "The Velorian interior ministry",
        "the Velorian interior ministry",
        "The ministry",
    ),
]
# The label of a body's noun denying in a sentence after the one that charged it: as written, a form the gold accepts
# for it ('the army' after 'the Velorian army'); only a noun in the charging sentence itself is read as the body named.
NOUN_LABEL = {"The group": "Tarvo Front", "The army": "the army", "The ministry": "the ministry"}


def _two_party_rows() -> list[Row]:
    """The accuser and the accused: the accused denies, the accuser never does."""
    out: list[Row] = []
    for t in PARTIES:
        acc, low = t.accuser, in_sentence(t.again)
        rows = [
            (
                "semicolon, denied it",
                (f"{acc} accused {t.accused} of the strike on the convoy; {low} denied it.",),
                True,
            ),
            (
                "next paragraph",
                (f"{acc} accused {t.accused} of the strike on the convoy.", f"{t.again} denied the accusation."),
                True,
            ),
            (
                "a charge denied",
                (f"{acc} accused {t.accused} of the strike on the convoy, a charge {low} denied.",),
                True,
            ),
            (
                "but denied any role",
                (f"{acc} blamed {t.accused} for the strike on the convoy, but {low} denied any role.",),
                True,
            ),
            (
                "victim then accused",
                (f"{acc} said {t.accused} had shelled villages near Barno.", f"{t.again} denied the charge."),
                True,
            ),
            ("accuser only", (f"{acc} accused {t.accused} of the strike on the convoy.",), False),
            ("accuser quoted", (f'"The strike was carried out by {t.accused}," {in_sentence(acc)} said.',), False),
        ]
        if t.pronoun:
            rows.append(
                (
                    "noun after two",
                    (f"{acc} accused {t.accused} of the strike on the convoy.", f"{t.pronoun} denied the accusation."),
                    True,
                )
            )
            rows.append(
                (
                    "noun after a paragraph between",
                    (
                        f"{acc} accused {t.accused} of the strike on the convoy.",
                        "The convoy was carrying food to Barno.",
                        f"{t.pronoun} denied the accusation.",
                    ),
                    True,
                )
            )
        for frame, paragraphs, denies in rows:
            label = NOUN_LABEL[t.pronoun] if frame.startswith("noun after") else t.label
            places = ((len(paragraphs), label),) if denies else ()
            out.append((f"two parties|{frame}|{t.accuser}|{t.accused}", paragraphs, places))
    # a leader and his group: the leader named denies
    for p in PEOPLE:
        out.append(
            (
                f"two parties|the group's leader, name|{p.name}",
                (
                    "Kessel TV reported that the Tarvo Front struck the convoy.",
                    f"The group's leader, {p.name}, denied the report.",
                ),
                ((2, p.name),),
            )
        )
        out.append(
            (
                f"two parties|group's leader name|{p.name}",
                (f"Tarvo Front leader {p.name} denied that the group struck the convoy.",),
                ((1, p.name),),
            )
        )
        # a pronoun after the accuser (a woman by her title) and the accused (a man)
        out.append(
            (
                f"two parties|he after a spokeswoman and a man|{p.name}",
                (
                    f"Kessian army spokeswoman Selka Moran accused {p.name} of ordering the strike.",
                    f"{p.pronoun} denied the accusation.",
                ),
                ((2, p.name),),
            )
        )
        # the accuser by a pronoun, a group accused: no one the pronoun can be denies (no denier, not the accuser)
        out.append(
            (
                f"two parties|pronoun after the accuser|{p.name}",
                (
                    f"{p.name} accused the Tarvo Front of the strike on the convoy.",
                    f"{p.pronoun} denied the accusation.",
                ),
                (),
            )
        )
        out.append(
            (
                f"two parties|pronoun after the accuser, a place after|{p.name}",
                (f"{p.name} blamed the Tarvo Front for the strike in Barno.", f"{p.pronoun} denied the accusation."),
                (),
            )
        )
        # 'it' after a body that charged a person: not the body
        out.append(
            (
                f"two parties|it after the accusing body|{p.name}",
                (f"The Kessian defence ministry accused {p.name} of ordering the strike.", "It denied the accusation."),
                (),
            )
        )
        # the accused person by a pronoun after a body that charged him
        out.append(
            (
                f"two parties|pronoun after the accusing body|{p.name}",
                (
                    f"The Kessian defence ministry accused {p.name} of ordering the strike.",
                    f"{p.pronoun} denied the accusation.",
                ),
                ((2, p.name),),
            )
        )
    return out


def _several_rows() -> list[Row]:
    """Two deniers in one sentence, or none."""
    out: list[Row] = []
    pairs = [(PEOPLE[0].name, PEOPLE[1].name), (PEOPLE[1].name, PEOPLE[2].name), (PEOPLE[2].name, PEOPLE[0].name)]
    pairs += [("The Tarvo Front", "Veloria"), ("The Kessian defence ministry", "Arlo Venn")]
    labels = {"The Tarvo Front": "Tarvo Front", "The Kessian defence ministry": "the Kessian defence ministry"}
    for one, two in pairs:
        a, b = labels.get(one, one), labels.get(two, two)
        in_two = in_sentence(two)
        frames = {
            "X and Y denied": (f"{one} and {in_two} denied the reports.", ((1, a), (1, b))),
            "X and Y both rejected": (f"{one} and {in_two} have both rejected the reports as false.", ((1, a), (1, b))),
            "X denied, as did Y": (f"{one} denied the reports, as did {in_two}.", ((1, a), (1, b))),
            "X, like Y, denied": (f"{one}, like {in_two}, denied the reports.", ((1, a), (1, b))),
            "neither X nor Y denied": (f"Neither {in_sentence(one)} nor {in_two} denied the reports.", ()),
            "X said Y had denied": (f"{one} said {in_two} had denied the reports.", ((1, b),)),
        }
        for frame, (text, places) in frames.items():
            out.append((f"several|{frame}|{one}|{two}", (text,), places))
    return out


def _grid() -> list[Row]:
    return unique_paragraphs(
        _spokesperson_rows() + _body_then_spokesperson_rows() + _relayed_rows() + _two_party_rows() + _several_rows()
    )


def denial_places(*paragraphs: str) -> list[tuple[int, str]]:
    """(paragraph, denier label) of every denial unit drafted from the lead plus ``paragraphs``, once each, sorted; the
    paragraphs counted from 1, the first after the lead."""
    units = analyse("en", EN_LEAD, *paragraphs).units
    # (paragraph 1 is the title, 2 the lead)
    return sorted({(u.number - 2, u.speaker.label) for u in units if u.kind == "denial"})


GRID = _grid()

# Shapes the rules do not read yet (each fails, strictly), with the reason.
NOT_YET: dict[str, str] = {}


def _case(i: int, marks: str):
    frame, paragraphs, places = GRID[i]
    if marks == "curly":
        paragraphs = tuple(curly(p) for p in paragraphs)
        places = tuple((n, curly(label)) for n, label in places)
    reasons = [why for key, why in NOT_YET.items() if key in frame]
    xfail = [pytest.mark.xfail(reason=reasons[0], strict=True)] if reasons else []
    return pytest.param(paragraphs, sorted(places), id=f"{marks}|{frame}", marks=xfail)


@pytest.mark.parametrize(
    ("paragraphs", "places"),
    [_case(i, "straight") for i in range(len(GRID))] + [_case(i, "curly") for i in range(0, len(GRID), 2)],
)
def test_the_denier_is_the_one_who_denies(paragraphs, places) -> None:
    assert denial_places(*paragraphs) == places
