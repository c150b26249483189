"""English, round 46 of issue 17: denials told without a verb of denying, which the rules may read as a claim or not
at all (a generated grid of made-up articles, after rounds 44 and 45).

Each article is two or three paragraphs: a charge told first (a strike reported by an outlet), or, for the controls of
a counter-account, none; and the answer. The grid crosses the denier's form (a named man, a named woman, a title and
name, a body, a group, an unnamed official, an unnamed source, and 'the ministry' after the ministry was named), the
frame of the answer ('X said', 'X told Kessel TV', 'X said in a statement', 'X said on X', 'X said in a video',
'according to X', 'In a statement, X said'; for a quotation, the tag after it: '"...," X said', '"...," X told
Kessel TV', '"...," X said in a statement', '"...," X wrote on X') and what the answer says, with no 'deny' in it:

- a counter-account of the charge ('its forces had only returned fire', 'the dead were fighters, not civilians',
  'the strike hit an empty depot', 'it was the Kessian army that struck the convoy');
- the charge answered with none of it ('there was no evidence that ...', 'no proof', 'not a single civilian',
  'at no time', 'never');
- the side's own words in a quotation ('"Our fighters were nowhere near Tarvo"', '"We have no presence in Tarvo"',
  '"This did not happen"', '"There was no such strike"');
- the charge judged ('politically motivated', 'a smear campaign', 'an attempt to tarnish', 'part of a
  disinformation campaign', 'figments of imagination', 'far from the truth', 'misleading', 'distorted', 'taken out
  of context', 'wide of the mark', 'completely wrong', 'not accurate', 'without basis', 'a pack of lies');
- and an unsigned statement whose first sentence answers the reports (its publisher's voice).

By the gold's conventions (benchmarks/articles/README.md) a statement that dismisses reports or accusations as false
is a denial whatever its verb, and so is a 'no evidence' by the accused side; a counter-account that answers a charge
told before is one too. The controls draft no denial by the speaker: the same counter-account with no charge told, a
third party's 'no evidence' (analysts), the accuser's 'no evidence' of a third side's part, 'misleading' said of the
speaker's own earlier statement, a refusal to comment, 'neither confirmed nor denied'.

What is asserted is who denies, each once, in order (``deniers(..., once=True)``). The grid is sampled with a fixed
seed. Made-up names only.
"""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from tests.draft.conftest import EN_LEAD, deniers, deniers_case, en_grid_deniers, in_sentence, unique_paragraphs


class Speaker(NamedTuple):
    kind: str
    subject: str
    """At the head of a sentence."""
    label: str
    """The label its denial gets."""
    its: str
    """Its possessive ('its earlier statement')."""
    side: str
    """The side charged, as the charge names it."""
    forces: str
    """The side's forces, as the speaker's reported words name them."""
    intro: str = ""
    """A paragraph that names the speaker before the charge ('the ministry' after the ministry was named)."""


SPEAKERS = [
    Speaker(
        "man",
        "Lev Arno, a spokesman for the Kessel Brigade,",
        "Lev Arno",
        "his",
        "the Kessel Brigade",
        "the brigade's fighters",
    ),
    Speaker(
        "woman",
        "Selka Moran, the army's spokeswoman,",
        "Selka Moran",
        "her",
        "the Velorian army",
        "the army's soldiers",
    ),
    Speaker("title", "Velorian Defence Minister Arlo Venn", "Arlo Venn", "his", "Velorian forces", "Velorian troops"),
    Speaker(
        "body", "The Velorian defence ministry", "the Velorian defence ministry", "its", "Velorian forces", "its forces"
    ),
    Speaker("group", "The Kessel Brigades", "Kessel Brigades", "its", "the Kessel Brigades", "its fighters"),
    Speaker(
        "official",
        "A senior Velorian official",
        "a senior Velorian official",
        "his",
        "Velorian forces",
        "Velorian troops",
    ),
    Speaker("source", "A Velorian security source", "a Velorian security source", "his", "Velorian forces", "the army"),
    Speaker(
        "ministry named before",
        "The ministry",
        "the Velorian interior ministry",
        "its",
        "Velorian police",
        "its officers",
        "The Velorian interior ministry opened a new office in Barno on Monday.",
    ),
]

STRIKE = "Meridian Wire reported that {side} struck a convoy near Tarvo, killing twelve civilians."

ANSWERS = ("strike",)
COUNTER = ("strike", "none")
"""A counter-account: a denial where it answers the charge told before; no denial where no charge was told."""

# reported clauses ('X said ...'), {forces} the speaker's side as its words name it
CLAUSES = [
    # counter-accounts
    ("only returned fire", "{forces} had only returned fire", COUNTER),
    ("fighters not civilians", "the men killed were fighters, not civilians", COUNTER),
    ("empty depot", "the strike had hit an empty depot", COUNTER),
    ("blame shifted", "it was the Kessian army that struck the convoy", COUNTER),
    ("carrying weapons", "the convoy was carrying weapons, not aid", COUNTER),
    # the charge answered with none of it
    ("no evidence", "there was no evidence that {forces} had struck the convoy", ANSWERS),
    ("no proof", "there was no proof of the claims", ANSWERS),
    ("not a single", "not a single civilian had been killed near Tarvo", ANSWERS),
    ("at no time", "at no time had {forces} fired on the convoy", ANSWERS),
    ("never", "{forces} had never targeted a convoy", ANSWERS),
    ("not one", "not one shell had been fired at the convoy", ANSWERS),
    # the charge judged
    ("politically motivated", "the report was politically motivated", ANSWERS),
    ("smear campaign", "the report was part of a smear campaign", ANSWERS),
    ("attempt to tarnish", "the report was an attempt to tarnish the image of {forces}", ANSWERS),
    ("disinformation", "the claims were part of a disinformation campaign", ANSWERS),
    ("figments", "the claims were figments of imagination", ANSWERS),
    ("far from the truth", "the report was far from the truth", ANSWERS),
    ("misleading", "the report was misleading", ANSWERS),
    ("distorted", "the report was distorted", ANSWERS),
    ("out of context", "the claims had been taken out of context", ANSWERS),
    ("wide of the mark", "the report was wide of the mark", ANSWERS),
    ("completely wrong", "the report was completely wrong", ANSWERS),
    ("not accurate", "the report was not accurate", ANSWERS),
    ("without basis", "the claims were without basis", ANSWERS),
    ("pack of lies", "the report was a pack of lies", ANSWERS),
]

CLAUSE_FRAMES = [
    ("said", "{S} said {clause}."),
    ("told", "{S} told Kessel TV {clause}."),
    ("said in a statement", "{S} said in a statement that {clause}."),
    ("said on X", "{S} said on X that {clause}."),
    ("said in a video", "{S} said in a video that {clause}."),
    ("according to", "According to {s}, {clause}."),
    ("In a statement, said", "In a statement, {s} said {clause}."),
]

# the side's own words in a quotation
QUOTES = [
    ("nowhere near", "Our fighters were nowhere near Tarvo"),
    ("no presence", "We have no presence in Tarvo"),
    ("did not happen", "This did not happen"),
    ("no such strike", "There was no such strike"),
    ("not a single shot", "Our forces did not fire a single shot at the convoy"),
    ("none of our", "None of our units were in Tarvo that day"),
    ("at no time we", "At no time did we target civilians"),
    ("pack of lies we", "What they are saying about us is a pack of lies"),
]

QUOTE_FRAMES = [
    ("said", '"{q}," {S} said.'),
    ("said after", '"{q}," said {s}.'),
    ("told", '"{q}," {S} told Kessel TV.'),
    ("said in a statement", '"{q}," {S} said in a statement.'),
    ("wrote on X", '"{q}," {S} wrote on X.'),
]

# controls: no denial by the speaker ({its} its possessive); the charge told before
CONTROLS = [
    ("analysts no evidence", "Analysts said there was no evidence that {side} had struck the convoy."),
    ("analysts told no evidence", "Analysts told Kessel TV there was no proof of the claims."),
    ("own statement misleading", "{S} said {its} own earlier statement on the convoy had been misleading."),
    ("declined", "{S} declined to comment on the report."),
    ("neither confirmed nor denied", "{S} neither confirmed nor denied the report."),
]

# controls: the speaker accuses another side, then says a third is not shown to be involved (its claim, no denial)
ACCUSERS = {
    "accuser no evidence": (
        "{S} accused the Dravan militia of striking a convoy near Tarvo.",
        "{S} said there was no evidence of Kessian involvement in the strike.",
    ),
    "accuser no proof": (
        "{S} blamed the Dravan militia for the shelling of Tarvo.",
        "{S} told Kessel TV there was no proof that the Kessian army had taken part.",
    ),
}

# an unsigned statement on the group's own site: its first sentence answers the reports, in the publisher's voice
STATEMENTS = [
    "The reports circulated by some media that fighters of the Kessel Brigade shelled Tarvo are baseless.",
    "What some outlets published about an attack by the Kessel Brigade on Tarvo is a pack of lies.",
    "The claims that the Kessel Brigade fired on the convoy near Tarvo are part of a smear campaign.",
    "The allegations that fighters of the Kessel Brigade shelled Tarvo are far from the truth.",
    "Reports of a Kessel Brigade attack on Tarvo are completely wrong.",
]
STATEMENT_AFTER = "The brigade remains committed to the ceasefire in the region."

Row = tuple[str, tuple[str, ...], tuple[str, ...]]


def _fill(text: str, s: Speaker) -> str:
    """The template filled in for one speaker (a speaker with an office set off by commas ends in one: the comma the
    template has after it is dropped)."""
    text = text.format(S=s.subject, s=in_sentence(s.subject), its=s.its, side=s.side, forces=s.forces)
    return text.replace(",.", ".").replace(",,", ",")


def _charged(s: Speaker, charge: str, answer: str) -> tuple[str, ...]:
    intro = (s.intro,) if s.intro else ()
    if charge == "strike":
        return (*intro, _fill(STRIKE, s), answer)
    return (*intro, answer)


def _rows(s: Speaker) -> list[Row]:
    out: list[Row] = []
    for name, clause, charges in CLAUSES:
        for frame, template in CLAUSE_FRAMES:
            answer = _fill(template.format(S="{S}", s="{s}", clause=clause), s)
            answer = answer[0].upper() + answer[1:]
            for charge in charges:
                expected = (s.label,) if charge == "strike" else ()
                control = "" if charge == "strike" else "control "
                out.append((f"{s.kind}|{charge}|{control}{name}|{frame}", _charged(s, charge, answer), expected))
    for name, quoted in QUOTES:
        for frame, template in QUOTE_FRAMES:
            answer = _fill(template.format(q=quoted, S="{S}", s="{s}"), s)
            out.append((f"{s.kind}|strike|{name}|quote {frame}", _charged(s, "strike", answer), (s.label,)))
    for name, template in CONTROLS:
        out.append((f"{s.kind}|strike|control {name}", _charged(s, "strike", _fill(template, s)), ()))
    for name, (charge, template) in ACCUSERS.items():
        intro = (s.intro,) if s.intro else ()
        out.append((f"{s.kind}|accuser|control {name}", (*intro, _fill(charge, s), _fill(template, s)), ()))
    return out


def _grid() -> list[Row]:
    """(frame, paragraphs, the deniers it must draft, each once, in order)."""
    out: list[Row] = []
    for s in SPEAKERS:
        out.extend(_rows(s))
    return unique_paragraphs(out)


GRID = _grid()
SAMPLE = sorted(random.Random(46).sample(range(len(GRID)), min(len(GRID), 640)))

# Shapes the rules do not read yet (each fails, strictly): the accuser's own 'no evidence' of a third side's part
# ('X accused the Dravan militia of ...' then 'X said there was no evidence of Kessian involvement') is drafted as X's
# denial. Telling it from the accused side's 'no evidence' needs who charged whom in the sentences before; a rule on the
# sentence alone (a side named after 'no evidence' that is not the speaker's) broke 'a senior Ostravian official said
# there was no conclusive evidence that the brigade had received Velorian drones', a denial by the gold's reading.
NOT_YET: tuple[str, ...] = ("|accuser|control",)


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [deniers_case(*GRID[i], "straight", NOT_YET) for i in SAMPLE]
    + [deniers_case(*GRID[i], "curly", NOT_YET) for i in SAMPLE[::8]],
)
def test_a_denial_without_a_verb_of_denying_is_drafted_by_its_denier(paragraphs, labels) -> None:
    assert en_grid_deniers(paragraphs) == list(labels)


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [deniers_case(*row, "straight", NOT_YET) for row in GRID if any(k in row[0] for k in NOT_YET)],
)
def test_the_shapes_not_read_yet(paragraphs, labels) -> None:
    assert en_grid_deniers(paragraphs) == list(labels)


@pytest.mark.parametrize("statement", STATEMENTS)
def test_an_unsigned_statement_answering_reports_is_its_publishers_denial(statement: str) -> None:
    assert deniers("en", statement, STATEMENT_AFTER, once=True) == ["the publisher"]


# The same words where they deny nothing: a third side's counter-account (its own account, whose side was not
# charged), the words of a charge ('not a single civilian was spared'), a state at no time ('at no time was the town
# safe'), a thing nowhere near, a writer's own sentence on reports that judges nothing.
PRECISION = [
    ("Analysts said the men killed were fighters, not civilians.",),
    ("A Kessian official said the strike had hit an empty depot.",),
    ("Ilsa Dorn, a Kessian aid worker, said the convoy was carrying food, not fuel.",),
    ("Witnesses said not a single civilian was spared.",),
    ("A Kessian official said at no time was the town safe for aid workers.",),
    ("Lev Arno, a spokesman for the Kessel Brigade, said the talks were nowhere near a deal.",),
    ("Meridian Wire said it was the first convoy to reach the town in a month.",),
]


@pytest.mark.parametrize("answer", [p[0] for p in PRECISION])
def test_the_same_words_that_deny_nothing_draft_no_denial(answer: str) -> None:
    assert deniers("en", EN_LEAD, STRIKE.format(side="Velorian forces"), answer) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The reports of a ceasefire in Tarvo were premature, and fighting resumed on Monday.",
        "What the ministry said on Monday was that the talks would resume.",
        "The claims by the Kessel Brigade were repeated by its allies on Monday.",
    ],
)
def test_a_writers_sentence_on_reports_is_no_publishers_denial(sentence: str) -> None:
    assert deniers("en", sentence, STATEMENT_AFTER) == []
