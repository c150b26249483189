"""English, round 45 of issue 17: denials in words beyond 'deny', which the rules may read as a claim or not at all
(a generated grid of made-up articles, after rounds 43 and 44).

Each article is two or three paragraphs: a charge told first (a strike reported by an outlet, or a video shared
online), or told after the answer, or not told at all; and the answer. The grid crosses the denier's form (a named man,
a named woman, a title and name, a body, a group, an unnamed official, an unnamed source, and 'the ministry' after the
ministry was named), the frame of the answer ('X said', 'X told Kessel TV', 'X said in a statement', 'X said on X',
'X said in a video', 'according to X', 'In a statement, X said'; and, for a verb of dismissing, the verb alone, 'in a
statement', 'on X (formerly Twitter)', 'in a video', 'In a statement, X ...', 'according to Kessel TV') and what the
answer says: verbs beyond 'deny' ('rejected the claims', 'dismissed the report as', 'refuted', 'rebuffed',
'disputed', 'pushed back on', 'contradicted', with 'categorically', 'strongly', 'flatly'), the report called
'baseless', 'fabricated', 'a fabrication', 'lies', 'propaganda', 'fake news', 'unfounded', 'false', 'untrue',
'nonsense' or 'ridiculous', 'there is no truth to', 'has nothing to do with', 'played no part in', 'not involved',
'insisted that its forces had not', 'no strike had taken place', the video called old, doctored or filmed in another
country; a denial issued by X, a report denied by X, 'X, which denied ...', and a charge in the same sentence that X
denies ('accused X of ..., which it denies', 'a charge X denies'). The controls draft no denial by the speaker: the
speaker's own charge ('X accused Kessia of lying'), a third party's denial the speaker tells (its denier is the third
party), a confirmation ('X did not deny the report'), a question, a refusal to comment.

What is asserted is who denies, each once, in order (``deniers(..., once=True)``).

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 45, 129 of the 724 articles run here failed (720 sampled, straight and curly marks, and the four
not read yet): 89 a wrong denier ('The ministry rejected the claims' after 'The Velorian interior ministry opened a new
office' drafted as 'the ministry', a description no earlier sentence had set as a subject of a deed; 'accused the
Velorian defence ministry of ..., which it denies' drafted as 'Velorian'), 13 drafted as a claim ('X said the video
was old', 'X said the video had been filmed in another country'), 26 not read ('X rebuffed the accusations', 'A
denial was issued by X'), 1 a denial where none is (a group's counter-charge of lying). After round 45 none fails but
the four in NOT_YET; round 46 reads three of them (the one charged by an active verb, described by 'the ministry').
"""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from tests.draft.conftest import deniers_case, en_grid_deniers, in_sentence, unique_paragraphs


class Speaker(NamedTuple):
    kind: str
    subject: str
    """At the head of a sentence."""
    label: str
    """The label its denial gets."""
    it: str
    """Its pronoun as an object-less subject ('which it denies')."""
    side: str
    """The side charged, as the charge names it."""
    forces: str
    """The side's forces, as the speaker's reported words name them."""
    intro: str = ""
    """A paragraph that names the speaker before the charge ('the ministry' after the ministry was named)."""


SPEAKERS = [
    Speaker("man", "Lev Arno", "Lev Arno", "he", "the Kessel Brigade", "the brigade's fighters"),
    Speaker("woman", "Selka Moran", "Selka Moran", "she", "the Velorian army", "the army's soldiers"),
    Speaker("title", "Defence Minister Arlo Venn", "Arlo Venn", "he", "Velorian forces", "the Velorian soldiers"),
    Speaker(
        "body",
        "The Velorian defence ministry",
        "the Velorian defence ministry",
        "it",
        "Velorian forces",
        "its forces",
    ),
    Speaker("group", "The Kessel Brigades", "Kessel Brigades", "it", "the Kessel Brigades", "its fighters"),
    Speaker(
        "official",
        "A senior Velorian official",
        "a senior Velorian official",
        "he",
        "Velorian forces",
        "the Velorian soldiers",
    ),
    Speaker("source", "A Velorian security source", "a Velorian security source", "he", "Velorian forces", "the army"),
    Speaker(
        "ministry named before",
        "The ministry",
        "the Velorian interior ministry",
        "it",
        "Velorian police",
        "its officers",
        "The Velorian interior ministry opened a new office in Barno on Monday.",
    ),
]


STRIKE = "Kessel TV reported that {side} struck an aid convoy near Tarvo, killing twelve civilians."
STRIKE_AFTER = "Kessel TV had reported that {side} struck an aid convoy near Tarvo, killing twelve civilians."
VIDEO = "A video shared online on Sunday appeared to show {side} burning homes near Tarvo."


class Shape(NamedTuple):
    name: str
    text: str
    """A verb phrase ('vp': '{S} rejected the claims') or a reported clause ('clause': '{S} said ...')."""
    kind: str
    charges: tuple[str, ...] = ("strike", "after", "none")
    """The charges it is told with: 'strike' before, 'after' (the strike told in the next paragraph), 'none',
    'video' before."""


ALL = ("strike", "after", "none")
ANSWERS = ("strike", "after")  # a negation that only answers a charge told
VIDEO_ONLY = ("video",)

SHAPES = [
    # verbs of dismissing beyond 'deny'
    Shape("rejected", "rejected the claims", "vp"),
    Shape("dismissed as", "dismissed the report as propaganda", "vp"),
    Shape("dismissed as baseless", 'dismissed the report as "baseless"', "vp"),
    Shape("refuted", "refuted the report", "vp"),
    Shape("rebuffed", "rebuffed the accusations", "vp"),
    Shape("disputed", "disputed the report", "vp"),
    Shape("pushed back", "pushed back on the report", "vp"),
    Shape("contradicted", "contradicted the report", "vp"),
    Shape("categorically rejected", "categorically rejected the claims", "vp"),
    Shape("strongly denied", "strongly denied the report", "vp"),
    Shape("flatly denied", "flatly denied any role in the strike", "vp", ANSWERS),
    # the report called false
    Shape("called baseless", 'called the report "baseless"', "vp"),
    Shape("called fabricated", 'called the report "fabricated"', "vp"),
    Shape("called a fabrication", 'called the report "a fabrication"', "vp"),
    Shape("called lies", 'called the claims "lies"', "vp"),
    Shape("called propaganda", 'called the report "propaganda"', "vp"),
    Shape("called fake news", 'called the report "fake news"', "vp"),
    Shape("called unfounded", "called the report unfounded", "vp"),
    Shape("called false", "called the claims false", "vp"),
    Shape("called untrue", "called the report untrue", "vp"),
    Shape("called nonsense", 'called the claims "nonsense"', "vp"),
    Shape("called ridiculous", 'called the report "ridiculous"', "vp"),
    Shape("described as", "described the report as a lie", "vp"),
    # reported words that deny
    Shape("no truth", "there was no truth to the report", "clause"),
    Shape("nothing to do", "{self} had nothing to do with the strike", "clause", ANSWERS),
    Shape("played no part", "{self} played no part in the strike", "clause", ANSWERS),
    Shape("not involved", '{self} was "not involved"', "clause", ANSWERS),
    Shape("had not struck", "{forces} had not struck the convoy", "clause", ANSWERS),
    Shape("no strike", "no strike had taken place near Tarvo", "clause", ANSWERS),
    Shape("report false", 'the report was "false"', "clause"),
    Shape("claims baseless", "the claims were baseless", "clause"),
    Shape("report fabricated", 'the report was "fabricated"', "clause"),
    Shape("claims lies", 'the claims were "lies and propaganda"', "clause"),
    Shape("video old", "the video was old", "clause", VIDEO_ONLY),
    Shape("video doctored", "the video was doctored", "clause", VIDEO_ONLY),
    Shape("video another country", "the video had been filmed in another country", "clause", VIDEO_ONLY),
    Shape("video fake", 'the video was "fake"', "clause", VIDEO_ONLY),
]

# sentences of their own: {S} the speaker at the head, {s} inside a sentence, {it} its pronoun, {side} the side charged
SENTENCES = [
    ("denial issued", "A denial was issued by {s} on Monday.", ANSWERS),
    ("denied by", "The report was denied by {s}.", ANSWERS),
    ("which denied", "{S}, which denied the report, said talks would resume on Monday.", ANSWERS),
    ("has denied after charge", "Kessel TV accused {s} of striking the convoy, which {it} has denied.", ("none",)),
    ("a charge it denies", "Kessel TV accused {s} of striking the convoy, a charge {it} denies.", ("none",)),
    ("which it denies", "Kessel TV accused {s} of striking the convoy, which {it} denies.", ("none",)),
]

# controls: no denial by the speaker ({other}: the third party whose denial is told)
CONTROLS = [
    ("accuses", "{S} accused Kessia of lying about the convoy.", ()),
    ("third party", "{S} said the Kessian army had denied the report.", ("the Kessian army",)),
    ("did not deny", "{S} did not deny the report.", ()),
    ("question", "{S} asked whether the report was true.", ()),
    ("declined", "{S} declined to comment on the report.", ()),
]

VP_FRAMES = [
    ("plain", "{S} {vp}."),
    ("in a statement", "{S} {vp} in a statement."),
    ("on X", "{S} {vp} on X, formerly Twitter."),
    ("in a video", "{S} {vp} in a video posted on Telegram."),
    ("In a statement,", "In a statement, {s} {vp}."),
    ("according to", "According to Kessel TV, {s} {vp}."),
]

CLAUSE_FRAMES = [
    ("said", "{S} said {clause}."),
    ("told", "{S} told Kessel TV {clause}."),
    ("said in a statement", "{S} said in a statement that {clause}."),
    ("said on X", "{S} said on X that {clause}."),
    ("said in a video", "{S} said in a video that {clause}."),
    ("according to", "According to {s}, {clause}."),
    ("In a statement, said", "In a statement, {s} said {clause}."),
    ("insisted", "{S} insisted that {clause}."),
]

Row = tuple[str, tuple[str, ...], tuple[str, ...]]


def _self(s: Speaker) -> str:
    """The speaker's side as its reported words name it."""
    return {"man": "the brigade", "woman": "the army", "group": "the group"}.get(s.kind, "Veloria")


def _fill(text: str, s: Speaker) -> str:
    return text.format(S=s.subject, s=in_sentence(s.subject), it=s.it, side=s.side, forces=s.forces, self=_self(s))


def _answers(s: Speaker) -> list[tuple[str, str, tuple[str, ...]]]:
    """(frame, the answer, the charges it is told with) for one speaker."""
    out = []
    for shape in SHAPES:
        frames = VP_FRAMES if shape.kind == "vp" else CLAUSE_FRAMES
        for frame, template in frames:
            sentence = template.format(S="{S}", s="{s}", vp=shape.text, clause=shape.text)
            out.append((f"{shape.name}|{frame}", _fill(sentence, s), shape.charges))
    for name, template, charges in SENTENCES:
        out.append((name, _fill(template, s), charges))
    return out


def _charged(s: Speaker, charge: str, answer: str) -> tuple[str, ...]:
    intro = (s.intro,) if s.intro else ()
    if charge == "strike":
        return (*intro, _fill(STRIKE, s), answer)
    if charge == "video":
        return (*intro, _fill(VIDEO, s), answer)
    if charge == "after":
        return (*intro, answer, _fill(STRIKE_AFTER, s))
    return (*intro, answer)


def _grid() -> list[Row]:
    """(frame, paragraphs, the deniers it must draft, each once, in order)."""
    out: list[Row] = []
    for s in SPEAKERS:
        for frame, answer, charges in _answers(s):
            for charge in charges:
                out.append((f"{s.kind}|{charge}|{frame}", _charged(s, charge, answer), (s.label,)))
        for name, template, others in CONTROLS:
            out.append((f"{s.kind}|strike|control {name}", _charged(s, "strike", _fill(template, s)), others))
    return unique_paragraphs(out)


GRID = _grid()
SAMPLE = sorted(random.Random(45).sample(range(len(GRID)), min(len(GRID), 640)))

# Shapes the rules do not read yet (each fails, strictly): a group's counter-charge of lying after the charge against
# it, drafted as its denial.
NOT_YET: tuple[str, ...] = ("group|strike|control accuses",)


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [deniers_case(*GRID[i], "straight", NOT_YET) for i in SAMPLE]
    + [deniers_case(*GRID[i], "curly", NOT_YET) for i in SAMPLE[::8]],
)
def test_a_denial_in_words_beyond_deny_is_drafted_by_its_denier(paragraphs, labels) -> None:
    assert en_grid_deniers(paragraphs) == list(labels)


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [deniers_case(*row, "straight", NOT_YET) for row in GRID if any(k in row[0] for k in NOT_YET)],
)
def test_the_shapes_not_read_yet(paragraphs, labels) -> None:
    assert en_grid_deniers(paragraphs) == list(labels)
