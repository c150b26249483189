"""English, round 44 of issue 17: negations that are NOT denials, said by one who did or did not deny before, after a
charge or report or none (a generated grid of made-up articles, after round 43).

Each article is two or three paragraphs: a charge or report told first (a strike, a border crossing, an arrest,
funding, a death; by an outlet, a side, or the article itself) or news of no charge at all; then, where a charge was
told, the speaker's denial of it or nothing; then a sentence of the speaker's that holds a negation. The grid crosses
the speaker's form (a named man, a named woman, a title and name, a body, a group, an unnamed official), the frame of
the last sentence (reported speech, a quotation before its verb, a quotation after a colon, 'He added that ...' after
the denial) and what it says. A negation of a third party or another deed ('the army has not yet entered Kessel City',
'no talks are planned', 'we will not retreat', 'the strike was not the first this month', 'not only ... but also',
'fighters who did not take part', a third party's words in marks, 'we do not deny that we struck', a charge the speaker
makes against another side, 'no one has claimed responsibility', 'did not say how many', 'declined to comment', 'did
not respond to a request for comment') denies nothing: it drafts no denial and no place of one. The controls answer the
charge ('no civilians were killed in the strike', 'none of our fighters crossed the border', 'the report is false',
and, from one who denied before, 'we did not strike the convoy'), and must be denials, with their place.

What is asserted is every place a denial is drafted at, as (paragraph, denier), the paragraphs counted from the first
after the lead: a place drafted at a sentence that denies nothing is a wrong place.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 44, 1158 of the grid's 4020 articles failed: 1122 a wrong place, 36 a denial missed. By cause:
1080 a negation from one who had denied just before, read as the denial told again (a counter-charge 'Kessia has not
stopped shelling our villages', 'has never respected a ceasefire'; 'no talks are planned'; 'nothing will stop us';
'no one has claimed responsibility'; 'no aid convoys have reached Tarvo since March', 'no civilians have been evacuated
yet'; 'fighters who did not take part'; 'the attack was not the first this month'); 42 'X said the attack was not the
first this month' from one who had not denied (read as an act not done); 18 'the brigade was not funded by Ostravia'
and 18 'Tovek Banks is alive and well' after the charge of that funding or the report of that death, from one who
had not denied (claims). After round 44 none fails. A first-person 'We did not receive any orders' in marks is a
denial by the tool's rules whatever was told before, and is left out of the grid (a third party's words in marks
here deny nothing: 'The roads to Tarvo are not safe').
"""

from __future__ import annotations

import random
from typing import NamedTuple

import pytest

from tests.draft.conftest import EN_LEAD, analyse, curly, in_sentence, unique_paragraphs


class Speaker(NamedTuple):
    kind: str
    subject: str
    """At the head of a sentence."""
    label: str
    """The label its denial gets."""
    pronoun: str
    side: str
    """The side charged, as the charge names it."""
    short: str
    """The side, as the speaker's reported words name it."""
    fighters: str
    """The side's fighters, as the speaker's reported words name them."""
    our: str
    """'our' in the speaker's reported words."""


SPEAKERS = [
    Speaker(
        "man",
        "Lev Arno",
        "Lev Arno",
        "He",
        "the Kessel Brigade",
        "the brigade",
        "the brigade's fighters",
        "his",
    ),
    Speaker(
        "woman",
        "Selka Moran",
        "Selka Moran",
        "She",
        "the Velorian army",
        "the army",
        "the army's soldiers",
        "her",
    ),
    Speaker(
        "title",
        "Defence Minister Arlo Venn",
        "Arlo Venn",
        "He",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
        "his",
    ),
    Speaker(
        "body",
        "The Velorian defence ministry",
        "the Velorian defence ministry",
        "It",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
        "its",
    ),
    Speaker(
        "group",
        "The Kessel Brigades",
        "Kessel Brigades",
        "It",
        "the Kessel Brigades",
        "the group",
        "the group's fighters",
        "its",
    ),
    Speaker(
        "official",
        "A senior Velorian official",
        "a senior Velorian official",
        "He",
        "Velorian forces",
        "Velorian forces",
        "the Velorian soldiers",
        "his",
    ),
]


class Charge(NamedTuple):
    name: str
    told: str
    """The first paragraph ({side}: the side charged); empty: only the lead, no charge."""
    answers: tuple[tuple[str, str, str], ...]
    """(name, reported, quoted) of the negations that answer it: denials by anyone."""
    restates: tuple[tuple[str, str, str], ...] = ()
    """(name, reported, quoted) of the negations that answer it once the speaker has denied: places of its denial."""


FALSE = ("false", "the report was false", "The report is false.")
CHARGES = [
    Charge(
        "strike",
        "Kessel TV reported that {side} struck an aid convoy near Tarvo, killing twelve civilians.",
        (
            FALSE,
            ("no civilians", "no civilians were killed in the strike", "No civilians were killed in the strike."),
            ("did not strike", "{short} did not strike the convoy", "We did not strike the convoy."),
        ),
    ),
    Charge(
        "crossing",
        "Kessian officials said fighters from {side} crossed the border into Kessia on Sunday.",
        (
            FALSE,
            ("none crossed", "none of {fighters} crossed the border", "None of our fighters crossed the border."),
        ),
    ),
    Charge(
        "arrest",
        "Kessel TV reported that {side} arrested three journalists in Tarvo on Sunday.",
        (FALSE, ("no arrests", "no journalists were arrested in Tarvo", "No journalists were arrested in Tarvo.")),
    ),
    Charge(
        "funding",
        "The Kessian government accused Ostravia of funding {side}.",
        (FALSE, ("not funded", "{short} was not funded by Ostravia", "We are not funded by Ostravia.")),
    ),
    Charge(
        "death",
        "Kessel TV reported that Tovek Banks, a commander of {side}, was killed in a strike near Tarvo.",
        (FALSE, ("alive", "Tovek Banks was alive and well", "Tovek Banks is alive and well.")),
    ),
    Charge(
        "article",
        "{Side} struck an aid convoy near Tarvo on Sunday, killing twelve civilians.",
        (),
    ),
    Charge("none", "", ()),
]


class Negation(NamedTuple):
    name: str
    reported: str
    """In reported speech ({short}, {fighters}, {our}: the side as the speaker's words name it)."""
    quoted: str
    """In the speaker's own words; empty: told only as the article's own sentence (``reported`` whole)."""


# Negations that deny no charge told (of a third party, of another deed, of a plan, a vow, a counter-charge)
NEGATIONS = [
    Negation(
        "not yet entered", "the army had not yet entered Kessel City", "The army has not yet entered Kessel City."
    ),
    Negation("no talks", "no talks were planned", "No talks are planned."),
    Negation("will not retreat", "{short} would not retreat", "We will not retreat."),
    Negation("not the first", "the attack was not the first this month", "The attack was not the first this month."),
    Negation(
        "not only",
        "{short} had not only rebuilt the bridge but also reopened the market",
        "We have not only rebuilt the bridge but also reopened the market.",
    ),
    Negation(
        "relative clause",
        "fighters who did not take part in the fighting would be released",
        "Fighters who did not take part in the fighting will be released.",
    ),
    Negation(
        "does not deny",
        "{short} did not deny striking the convoy",
        "We do not deny that we struck the convoy.",
    ),
    Negation(
        "counter-charge",
        "Kessia had not stopped shelling {our} villages",
        "Kessia has not stopped shelling our villages.",
    ),
    Negation(
        "counter-charge, never",
        "Kessia had never respected a ceasefire",
        "Kessia has never respected a ceasefire.",
    ),
    Negation(
        "no one claimed",
        "no one had claimed responsibility for the attack",
        "No one has claimed responsibility for the attack.",
    ),
    Negation(
        "no convoys reached",
        "no aid convoys had reached Tarvo since March",
        "No aid convoys have reached Tarvo since March.",
    ),
    Negation("nothing will stop", "nothing would stop {short} from rebuilding Tarvo", "Nothing will stop us."),
    Negation(
        "no one evacuated",
        "no civilians had been evacuated from Tarvo yet",
        "No civilians have been evacuated from Tarvo yet.",
    ),
    # the article's own sentences about the speaker
    Negation("did not say how many", "{S} did not say how many fighters took part.", ""),
    Negation("declined to comment", "{S} declined to comment on the report.", ""),
    Negation("did not respond", "{S} did not respond to a request for comment.", ""),
    Negation("could not be reached", "{S} could not be reached for comment.", ""),
    # a third party's words in marks, told by the speaker
    Negation(
        "third party in marks",
        '{S} said a Kessian commander had told reporters: "The roads to Tarvo are not safe."',
        "",
    ),
]

Row = tuple[str, tuple[str, ...], tuple[tuple[int, str], ...]]


def _fill(text: str, s: Speaker) -> str:
    return text.format(
        side=s.side, Side=s.side[0].upper() + s.side[1:], short=s.short, fighters=s.fighters, our=s.our, S=s.subject
    )


def _sentences(s: Speaker, reported: str, quoted: str, denied: bool) -> list[tuple[str, str]]:
    """(frame, the last paragraph) for one speaker and one negation; ``denied``: the speaker denied just before."""
    if not quoted:
        return [("article", _fill(reported, s))]
    rep = _fill(reported, s)
    out = [
        ("said", f"{s.subject} said {rep}."),
        ("quote first", f'"{quoted[:-1]}," {in_sentence(s.subject)} said.'),
        ("colon", f'{s.subject} said: "{quoted}"'),
    ]
    if denied:
        out.append(("added, pronoun", f"{s.pronoun} added that {rep}."))
    return out


def _grid() -> list[Row]:
    """(frame, paragraphs, the places of the denials it must draft: (paragraph, denier label))."""
    out: list[Row] = []
    for s in SPEAKERS:
        for c in CHARGES:
            for denied in (False, True):
                if denied and c.name in ("none", "article"):
                    continue
                first = (_fill(c.told, s),) if c.told else ()
                before = (*first, f"{s.subject} denied the report.") if denied else first
                prior = ((len(before), s.label),) if denied else ()
                last = len(before) + 1
                items = [(n, False) for n in NEGATIONS]
                items += [(Negation(*a), True) for a in c.answers]
                items += [(Negation(*a), denied) for a in c.restates]
                for negation, denies in items:
                    for frame, sentence in _sentences(s, negation.reported, negation.quoted, denied):
                        places = (*prior, (last, s.label)) if denies else prior
                        name = f"{s.kind}|{c.name}|{'denied' if denied else 'fresh'}|{negation.name}|{frame}"
                        out.append((name, (*before, sentence), places))
    return unique_paragraphs(out)


def denial_places(*paragraphs: str) -> list[tuple[int, str]]:
    """(paragraph, denier label) of every denial unit drafted from the lead plus ``paragraphs``, in order; the
    paragraphs counted from 1, the first after the lead."""
    units = analyse("en", EN_LEAD, *paragraphs).units
    # (paragraph 1 is the title, 2 the lead)
    return [(u.number - 2, u.speaker.label) for u in units if u.kind == "denial"]


GRID = _grid()
SAMPLE = sorted(random.Random(44).sample(range(len(GRID)), min(len(GRID), 640)))

# Shapes the rules do not read yet (each fails, strictly).
NOT_YET: tuple[str, ...] = ()


def _case(i: int, marks: str):
    frame, paragraphs, places = GRID[i]
    if marks == "curly":
        paragraphs = tuple(curly(p) for p in paragraphs)
        places = tuple((n, curly(label)) for n, label in places)
    xfail = [pytest.mark.xfail(reason="not read yet", strict=True)] if any(k in frame for k in NOT_YET) else []
    return pytest.param(paragraphs, places, id=f"{marks}|{frame}", marks=xfail)


@pytest.mark.parametrize(
    ("paragraphs", "places"), [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::5]]
)
def test_a_negation_that_answers_no_charge_drafts_no_denial(paragraphs, places) -> None:
    assert denial_places(*paragraphs) == list(places)


@pytest.mark.parametrize(
    ("paragraphs", "places"),
    [
        # backing denied of another backer than the one charged, or a death denied of another than the one told
        # killed, or with no death told: no answer to the charge
        (
            (
                "The Kessian government accused Ostravia of funding the Kessel Brigade.",
                "Lev Arno said the brigade was not funded by Kessia.",
            ),
            [],
        ),
        (
            (
                "Kessel TV reported that Tovek Banks was killed in a strike near Tarvo.",
                "Lev Arno said Dara Sol was alive and well.",
            ),
            [],
        ),
        (("Kessel TV reported that talks on Tarvo had resumed.", "Lev Arno said Tovek Banks was alive and well."), []),
        (
            (
                "Kessel TV reported that Tovek Banks was killed in a strike near Tarvo.",
                'Selka Moran said: "Tovek Banks is still alive."',
            ),
            [(2, "Selka Moran")],
        ),
        # from one who denied, a negation that denies nothing beside one that does: the place stays
        (
            (
                "Kessel TV reported that the Kessel Brigade struck an aid convoy near Tarvo.",
                "Lev Arno denied the report.",
                '"We did not strike the convoy, and nothing will stop us," Lev Arno said.',
            ),
            [(2, "Lev Arno"), (3, "Lev Arno")],
        ),
        (
            (
                "Kessel TV reported that the Kessel Brigade struck an aid convoy near Tarvo.",
                "Lev Arno denied the report.",
                "He added that fighters who did not take part were freed, and that the brigade had no role in the strike.",
            ),
            [(2, "Lev Arno"), (3, "Lev Arno")],
        ),
        # the same shapes denying nothing, in other words
        (
            (
                "Kessel TV reported that the Kessel Brigade struck an aid convoy near Tarvo.",
                "Lev Arno denied the report.",
                '"Kessia has not ceased its raids on Barno, and no food has reached the town so far," he said.',
            ),
            [(2, "Lev Arno")],
        ),
        (
            (
                "Kessel TV reported that the Kessel Brigade struck an aid convoy near Tarvo.",
                "Selka Moran rejected the report.",
                "She said the raid was not the last, and that no one could stop the brigade.",
            ),
            [(2, "Selka Moran")],
        ),
    ],
)
def test_what_answers_the_charge_in_other_words_and_what_only_looks_so(paragraphs, places) -> None:
    assert denial_places(*paragraphs) == places


@pytest.mark.parametrize(
    ("paragraphs", "places"),
    [
        # a speaker described and one named after an office, joined: one denial each
        (
            ("Veloria's defence ministry and Mayor Dara Sol denied the reports.",),
            [(1, "Veloria's defence ministry"), (1, "Dara Sol")],
        ),
        (
            ("The Velorian defence ministry and Governor Mira Sol rejected the reports.",),
            [(1, "the Velorian defence ministry"), (1, "Mira Sol")],
        ),
        (
            ("An adviser to Lev Arno and Mayor Dara Sol denied the reports.",),
            [(1, "an adviser to Lev Arno"), (1, "Dara Sol")],
        ),
        # one man's two titles before his name
        (("Official spokesman of the brigade and MP Dario Venn denied the reports.",), [(1, "Dario Venn")]),
        # one name with 'and' in it, or the two joined in no subject of denying
        (("The Foreign and Expatriates Ministry denied the reports.",), [(1, "Foreign and Expatriates Ministry")]),
        (("The Velorian defence ministry and Mayor Dara Sol met in Barno on Monday.",), []),
        (("Talks between the ministry and Mayor Dara Sol failed, Lev Arno said.",), []),
        # 'the ministry' answering a charge against a ministry described before in the sentence is that ministry
        (
            ("Mira Sol accused Veloria's defence ministry of attacking the convoy, which the ministry denied.",),
            [(1, "Veloria's defence ministry")],
        ),
        (
            ("Mira Sol accused the Velorian interior ministry of hiding the report, a charge the ministry denied.",),
            [(1, "the Velorian interior ministry")],
        ),
        # another body's noun, or two described before: as written
        (
            ("Mira Sol accused Veloria's defence ministry of attacking the convoy, which the army denied.",),
            [(1, "the army")],
        ),
        (
            ("Mira Sol accused the interior ministry and the defence ministry of lying, which the ministry denied.",),
            [(1, "the ministry")],
        ),
    ],
)
def test_a_described_denier_joined_or_described_before_in_the_sentence(paragraphs, places) -> None:
    assert denial_places(*paragraphs) == places
