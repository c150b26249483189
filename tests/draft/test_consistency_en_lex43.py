"""English, round 43 of issue 17: a denial given as a response, by a body named through possessives, and told again
by a pronoun or an office after the denier was named (a generated grid of made-up articles, after rounds 40 and 42).

Each article is two paragraphs: a report or charge, then the answer. The grid crosses the denier's form (a named man,
a named woman, a title and name, a body, a body named by its state's possessive, a spokesman named by a stacked
possessive, a group, an unnamed official), the frame of the answer ("X's response to the report: '...'", 'In
response, X said', 'Reacting to the report, X said', 'X hit back, saying', "X's denial came hours after ...", 'Asked
about the report, X said', a headline 'X denies ...' over 'He said the reports were false.', and a lead that names X
over 'The spokesman said ...'), and what the answer says ('the report is false', 'baseless', 'we had nothing to do
with it', and a negation with no word of denying that answers the charge: 'no civilians were killed in the strike',
'none of our fighters crossed the border'). A negation that answers no report or charge named before is no denial
('no talks were planned', after a report of aid convoys), nor is a confirmation, a claim, a question, or another's
denial that X reports (its denier is the other: 'X said Kessia had denied the report').

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 43, 360 of the grid's 1440 articles (720, straight and curly marks) failed, and 188 of the 750
the tests run. By cause: 280 a negation with no word of denying that answers the charge told in the paragraph before
('In response, X said no civilians were killed in the strike', '"None of our fighters crossed the border," X said
when asked about the report': drafted as claims); 36 "X's response to the report: '...'" (no verb of saying: the words
were no one's, or a named owner's claim, or, after a state's possessive, the outlet's that told the report); 18 'The
ministry said ...' or 'The spokesman said ...' after a body or a spokesman described, not named, met the press in the
lead ('Veloria's defence ministry spoke to reporters on Monday.': drafted as 'the ministry'); 16 another's denial told
after 'X hit back, saying' ('saying Kessia had denied the report': no denier); 6 a stacked possessive before a
participle ("Veloria's defence ministry's spokesman hit back, saying ...": drafted as the ministry); 4 "Veloria's
defence ministry's denial came ..." (no denier). After round 43 none fails. A quotation of the denier's that tells
another's denial ('"Kessia has denied the report," X said') is the denier's words, and no denial; a third side's
'no civilians were killed' after a report of the strike dismisses the report, and denies it.
"""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from tests.draft.conftest import deniers, deniers_case, in_sentence, unique_paragraphs

LEAD = "Talks resumed in Port Sable on Sunday."


class Denier(NamedTuple):
    kind: str
    subject: str
    """At the head of a sentence."""
    label: str
    """The label its denial gets."""
    pronoun: str
    """The pronoun a later sentence opens with."""
    intro: str
    """How a lead names it, with an office a later sentence refers to."""
    back: str
    """That later reference: 'The spokesman'."""
    side: str
    """The side charged, as the charge names it."""
    short: str
    """The side charged, as the denier's reported words name it."""
    fighters: str
    """The side's fighters, as the denier's reported words name them."""


DENIERS = [
    Denier(
        "man",
        "Lev Arno",
        "Lev Arno",
        "He",
        "Lev Arno, the spokesman for the Kessel Brigade,",
        "The spokesman",
        "the Kessel Brigade",
        "the brigade",
        "the brigade's fighters",
    ),
    Denier(
        "woman",
        "Selka Moran",
        "Selka Moran",
        "She",
        "Selka Moran, the spokeswoman for the Velorian army,",
        "The spokeswoman",
        "the Velorian army",
        "the army",
        "the army's soldiers",
    ),
    Denier(
        "title",
        "Defence Minister Arlo Venn",
        "Arlo Venn",
        "He",
        "Defence Minister Arlo Venn",
        "The minister",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
    ),
    Denier(
        "body",
        "The Velorian defence ministry",
        "the Velorian defence ministry",
        "It",
        "The Velorian defence ministry",
        "The ministry",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
    ),
    Denier(
        "possessive",
        "Veloria's defence ministry",
        "Veloria's defence ministry",
        "It",
        "Veloria's defence ministry",
        "The ministry",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
    ),
    Denier(
        "stacked",
        "Veloria's defence ministry's spokesman",
        "Veloria's defence ministry's spokesman",
        "He",
        "Veloria's defence ministry's spokesman",
        "The spokesman",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
    ),
    Denier(
        "group",
        "The Kessel Brigades",
        "Kessel Brigades",
        "It",
        "The Kessel Brigades",
        "The group",
        "the Kessel Brigades",
        "the group",
        "the group's fighters",
    ),
    Denier(
        "official",
        "A senior official",
        "a senior official",
        "He",
        "A senior official",
        "The official",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
    ),
]


class Content(NamedTuple):
    name: str
    charge: str
    """The paragraph before the answer ({side}: the side charged)."""
    reported: str
    """The answer in reported speech ({short}, {fighters}: the side, as the denier names it)."""
    quoted: str
    """The answer in the denier's own words."""
    denies: bool


STRIKE = "Kessel TV reported that {side} struck an aid convoy near Tarvo, killing twelve civilians."
BORDER = "Kessel TV reported that fighters from {side} crossed the border into Kessia on Sunday."
CONVOYS = "Kessel TV reported that aid convoys would reach Tarvo on Monday."

CONTENTS = [
    Content("false", STRIKE, "the report was false", "The report is false.", True),
    Content("baseless", STRIKE, "the claims were baseless", "These claims are baseless.", True),
    Content(
        "nothing to do", STRIKE, "{short} had nothing to do with the strike", "We had nothing to do with it.", True
    ),
    Content(
        "no civilians",
        STRIKE,
        "no civilians were killed in the strike",
        "No civilians were killed in the strike.",
        True,
    ),
    Content(
        "none crossed",
        BORDER,
        "none of {fighters} crossed the border",
        "None of our fighters crossed the border.",
        True,
    ),
    # a negation that answers no report or charge named before
    Content("none|no talks", CONVOYS, "no talks with Kessia were planned", "No talks with Kessia are planned.", False),
    # a confirmation, a claim, a question
    Content("none|confirms", STRIKE, "the report was accurate", "The report is accurate.", False),
    Content(
        "none|a claim",
        STRIKE,
        "Kessian fighters had attacked the convoy first",
        "Kessian fighters attacked the convoy first.",
        False,
    ),
    Content("none|a question", STRIKE, "{short} would look into the report", "Who saw the strike?", False),
]

# Another's denial that the denier reports: its denier is Kessia (in reported speech; a quotation that tells it is the
# quoting speaker's words, and no denial).
KESSIA = Content("third party", STRIKE, "Kessia had denied the report", "Kessia has denied the report.", True)

Row = tuple[str, tuple[str, ...], tuple[str, ...]]


def _poss(subject: str) -> str:
    """The possessive: 'Lev Arno's', 'The Kessel Brigades''."""
    return subject + ("'" if subject.endswith("s") else "'s")


def _fill(text: str, d: Denier) -> str:
    return text.format(side=d.side, short=d.short, fighters=d.fighters)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# Frames that read oddly of a speaker described, not named, or named by a possessive already ("A senior official's
# response to the report", "Veloria's defence ministry's spokesman's denial"): left out for those.
_POSSESSIVE_FRAMES = {"response, colon", "denial came after"}
_NO_POSSESSIVE = {"stacked", "official"}


def _answers(d: Denier, c: Content) -> list[tuple[str, str]]:
    """(frame, the answer's paragraph) for one denier and one content."""
    s, low = d.subject, in_sentence(d.subject)
    rep = _fill(c.reported, d)
    out = [
        ("in response, said", f"In response, {low} said {rep}."),
        ("in response, colon", f'In response, {low} said: "{c.quoted}"'),
        ("reacting, said", f"Reacting to the report, {low} said {rep}."),
        ("reacting, quote after", f'Reacting to the report, {low} said, "{c.quoted}"'),
        ("hit back, saying", f"{s} hit back, saying {rep}."),
        ("asked, said", f"Asked about the report, {low} said {rep}."),
        ("asked, quote first", f'"{c.quoted[:-1]}," {low} said when asked about the report.'),
        ("response, colon", f'{_poss(s)} response to the report: "{c.quoted}"'),
    ]
    if c.name == "none|a question":
        out = [
            ("in response, asked", f"In response, {low} asked whether anyone had seen the strike."),
            ("asked, asked", f"Asked about the report, {low} asked reporters who had seen the strike."),
            ("response, colon", f'{_poss(s)} response to the report: "{c.quoted}"'),
        ]
    if c.name == "none|confirms":
        out.append(("asked, confirmed", f"Asked about the report, {low} confirmed it."))
        out.append(("in response, confirmed", f"In response, {low} confirmed the report."))
    return out


def _grid() -> list[Row]:
    """(frame, paragraphs, the labels of the deniers it must draft, in order; empty: none)."""
    out: list[Row] = []
    for d in DENIERS:
        one = (d.label,)
        for c in [*CONTENTS, KESSIA]:
            labels = ("Kessia",) if c is KESSIA else one if c.denies else ()
            for frame, answer in _answers(d, c):
                if frame in _POSSESSIVE_FRAMES and d.kind in _NO_POSSESSIVE:
                    continue
                # (another's denial in the denier's quotation: the quotation is the denier's words, and no denial)
                told = () if c is KESSIA and '"' in answer else labels
                out.append((f"{d.kind}|{frame}|{c.name}", (_fill(c.charge, d), answer), told))
            # a lead that names the denier, then its office in the next paragraph
            if c is not KESSIA and c.name != "none|a question":
                lead = f"{d.intro} spoke to reporters in Kessel City on Monday. {_fill(c.charge, d)}"
                out.append(
                    (f"{d.kind}|lead, then office|{c.name}", (lead, f"{d.back} said {_fill(c.reported, d)}."), labels)
                )
        # the denial as a noun
        charge = _fill(STRIKE, d)
        if d.kind not in _NO_POSSESSIVE:
            out += [
                (
                    f"{d.kind}|denial came after|false",
                    (
                        f"{_poss(d.subject)} denial came hours after Kessel TV reported that {d.side} struck the convoy.",
                    ),
                    one,
                ),
                (f"{d.kind}|denial came on|false", (charge, f"{_poss(d.subject)} denial came on Monday."), one),
            ]
        # a headline that names the denier, then a pronoun in the body
        headline = f"{d.subject} denies role in convoy strike"
        for c in CONTENTS[:5]:
            out.append(
                (f"{d.kind}|headline, pronoun|{c.name}", (headline, f"{d.pronoun} said {_fill(c.reported, d)}."), one)
            )
        out.append(
            (
                f"{d.kind}|headline, pronoun|none|talks",
                (headline, f"{d.pronoun} said the talks would resume on Monday."),
                (),
            )
        )
    return unique_paragraphs(out)


GRID = _grid()
SAMPLE = sorted(random.Random(43).sample(range(len(GRID)), min(len(GRID), 600)))


def grid_deniers(paragraphs: tuple[str, ...]) -> list[str]:
    """The deniers drafted, each once, in order; a headline is the first paragraph read, the lead otherwise."""
    first = () if paragraphs[0].endswith("strike") else (LEAD,)
    return deniers("en", *first, *paragraphs, once=True)


NOT_YET: tuple[str, ...] = ()


def _case(i: int, marks: str):
    return deniers_case(*GRID[i], marks, NOT_YET)


@pytest.mark.parametrize(
    ("paragraphs", "labels"), [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::4]]
)
def test_a_denial_given_as_a_response_is_drafted_by_the_right_deniers(paragraphs, labels) -> None:
    assert grid_deniers(paragraphs) == list(labels)


@pytest.mark.parametrize(
    ("paragraphs", "labels"),
    [
        # a negation before the charge answers nothing yet: a claim
        (
            (
                "Lev Arno said no civilians were killed in Tarvo on Sunday.",
                "Kessel TV later reported that the brigade's strike on Tarvo killed twelve civilians.",
            ),
            [],
        ),
        # the one who told the charge, going on, denies nothing
        (
            (
                "Kessel TV reported that Velorian forces struck a convoy near Tarvo, killing twelve civilians.",
                "Kessel TV said no civilians were killed in Kessel City.",
            ),
            [],
        ),
        # the same verb of another matter (no word of the charge's matter besides it), or another deed done to the
        # same people
        (
            (
                "Kessel TV reported that Velorian forces struck a convoy near Tarvo, killing twelve civilians.",
                "Selka Moran said no journalists were killed in Kessia this year.",
            ),
            [],
        ),
        (
            (
                "Kessel TV reported that Velorian forces struck a convoy near Tarvo, killing twelve civilians.",
                "Selka Moran said no civilians were evacuated from Tarvo.",
            ),
            [],
        ),
        (
            (
                "Kessel TV reported that twelve civilians were killed in a Velorian strike near Tarvo.",
                "Selka Moran said no journalists were killed in Kessia this year.",
            ),
            [],
        ),
        # a third side that says no one did what was told denies it too (it dismisses the report)
        (
            (
                "Kessel TV reported that Velorian forces struck a convoy near Tarvo, killing twelve civilians.",
                "The Kessel Red Crescent said no civilians were killed in the strike.",
            ),
            ["Kessel Red Crescent"],
        ),
        # a response under a label that calls nothing false, or answers with a plan: the owner's claim
        (("Kessel TV reported that talks had failed.", 'Lev Arno\'s response to the report: "We will study it."'), []),
        (("Kessel TV reported that talks had failed.", 'Selka Moran\'s reply: "The talks resume on Monday."'), []),
        # one who met the press, then another body of the same kind: not the first
        (
            (
                "Veloria's defence ministry spoke to reporters in Kessel City on Monday.",
                "The interior ministry said the report was false.",
            ),
            ["the interior ministry"],
        ),
        # a participle of saying that tells another's words, none of them a denial
        (
            (
                "Kessel TV reported that Velorian forces struck a convoy near Tarvo.",
                "Lev Arno hit back, saying Kessia had confirmed the report.",
            ),
            [],
        ),
    ],
)
def test_what_answers_no_charge_told_before_is_no_denial(paragraphs, labels) -> None:
    assert grid_deniers(paragraphs) == labels
