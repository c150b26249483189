"""English, round 39 of issue 17: no quotation is drafted with a wrong speaker, and words in marks that are no one's
speech are drafted as no one's quotation (a generated grid of made-up sentences, the other half of round 37's).

Round 37's grid asks that the right speaker is found; this one sets beside the speaker another person, body or state
that could be taken for it: named between the tag and the quotation or inside it ('X told Y, "..."', 'X said of Y:',
'X, speaking after Y, said', 'X, who met Y on Monday, said', 'In a letter to Y, X wrote', 'X said Y's forces
"..."'), one who spoke the words X relays ('X, quoting Y, said', 'Y was quoted by X as saying', 'X cited Y as
saying', 'X told Meridian Wire that Y had said "..."'), one who speaks for X ('X's spokesman', 'a spokesman for X',
'X's office', 'X's lawyer'), a second speaker in the same paragraph or in the next after a quotation that runs over
a paragraph break, and a clause after an inverted tag that names another ('"...," said X, whose brigade Y leads').
Beside these, words in marks that no one speaks here: scare quotes, the name of an operation, a newspaper or a
campaign, the title of a video or a report, a slogan chanted or written on a sign, a nickname; and a term defined
('what officials call "pacification"'), which may go to those whose term it is, and to no one else (the gold files
list such words under `ignore`: benchmarks/articles/README.md).

Each frame is crossed with the kinds of speaker (a person on file by an English alias of the record, a person with an
office, an official unnamed, a body, a state, an outlet, 'he' after the person was named in the sentence before) and
the kinds of the other one named (a person, a body, a state), written with straight and with curly marks.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only, apart from the
person on file (Qasim Muslih, written by his alias Qasem Musleh), whose record the index reads.

On main before round 39, 244 of the 1699 combinations failed (the same 244 with curly marks), each for every kind of
speaker alike: 143 words that another's statement, claim, remark, words or pledge said, cited by the sentence's
subject ('X criticised Y's remark that "..."', 'X responded to Y's statement: "..."', 'X referred to Y's remarks
last week that "..."', 'X responded to claims by Y that "..."', 'X mocked a statement by Y: "..."'), given to X or
to no one (only the nouns of a report, with nothing between, had been read as the owner's); 77 words in marks that
name or title a thing given to the sentence's subject ('announced the operation "Northern Shield"', 'told the
newspaper "Kessel Daily" that', 'posted a video titled "..."', 'said the "Northern Shield" operation had ended',
'rejected the term "liberation"', 'posted under the hashtag "#SafeKessa"', 'wrote the book "..."', 'a sign that read
"..."', 'a placard that said "..."', 'under the title "..."', 'said the group "Friends of Kessa" had left'); 21 what
others call a thing given to the one whose account cites it ('X said what officials call "pacification" had
failed', 'Residents call the road "the road of death", X said'); 3 a state not on file with an aside that opens with
'which' before its verb ('Valdoria, which met Dara Venn on Monday, said:'), read as no name and so no speaker. After
round 39 none fails. Of the sample the tests run, 137 of 900 straight and 46 of 300 curly failed on main.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import analyse, curly, index_if, quotation_speakers

LEAD = "Talks resumed in Kessa on Sunday."
W = "We will stay in the town until the talks end"
M = "The road to Kessa must open before the winter"
X = "Nobody in the brigade wants another long siege"
# the grid's quotations, by the key its expectations use
KEYS = {"W": W, "M": M, "X": X}

# (kind, subject at the head of a sentence, the same after an inverted verb (None: not written so), its possessive,
# the label its quotations get, the sentence before that names it (for an anaphor), whether the index on file is used,
# the relative pronoun after it)
SPEAKERS = [
    ("on file", "Qasem Musleh", "Qasem Musleh", "Qasem Musleh's", "Qasim Muslih", None, True, "who"),
    (
        "office",
        "Brigade commander Lev Arno",
        "brigade commander Lev Arno",
        "Lev Arno's",
        "Lev Arno",
        None,
        False,
        "who",
    ),
    (
        "official",
        "A senior Valdorian official",
        "a senior Valdorian official",
        None,
        "a senior Valdorian official",
        None,
        False,
        "who",
    ),
    (
        "body",
        "The Kessel Brigade",
        "the Kessel Brigade",
        "The Kessel Brigade's",
        "Kessel Brigade",
        None,
        False,
        "which",
    ),
    ("state", "Valdoria", "Valdoria", "Valdoria's", "Valdoria", None, False, "which"),
    ("outlet", "The Kessa Herald", "the Kessa Herald", None, "Kessa Herald", None, False, "which"),
    ("pronoun", "He", None, "His", "Lev Arno", "Lev Arno arrived in Kessa on Monday.", False, "who"),
]

# (kind, as written at the head of a sentence, inside one, its label, its possessive)
OTHERS = [
    ("person", "Dara Venn", "Dara Venn", "Dara Venn", "Dara Venn's"),
    ("body", "The Ossan Front", "the Ossan Front", "Ossan Front", "the Ossan Front's"),
    ("state", "Tarvania", "Tarvania", "Tarvania", "Tarvania's"),
]


def _low(text: str) -> str:
    return text[0].lower() + text[1:] if text.split()[0] in ("The", "A", "He", "His") else text


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# A frame: (name, paragraphs, {quotation key: the labels it must be drafted with}). 'S' stands for the speaker's label,
# 'O' for the other's; an empty set: no one.
Frame = tuple[str, list[str], dict[str, set[str]]]


def _w() -> str:
    """The quotation W as words that go on a clause ('claimed that "we will ...')."""
    return W[0].lower() + W[1:]


def _distractor_frames(s: str, inv: str | None, rel: str, o: str, o_low: str, o_poss: str) -> list[Frame]:
    """The speaker speaks; another is named between the tag and the quotation or inside the quotation."""
    low = _low(s)
    out: list[Frame] = [
        ("told other,", [f'{s} told {o_low}, "{W}."'], {"W": {"S"}}),
        ("told other:", [f'{s} told {o_low}: "{W}."'], {"W": {"S"}}),
        ("told other that", [f'{s} told {o_low} that "{W}."'], {"W": {"S"}}),
        ("after, told other", [f'"{W}," {low} told {o_low}.'], {"W": {"S"}}),
        ("said of", [f'{s} said of {o_low}: "{W}."'], {"W": {"S"}}),
        ("after, said of", [f'"{W}," {low} said of {o_low}.'], {"W": {"S"}}),
        ("speaking after", [f'{s}, speaking after {o_low}, said: "{W}."'], {"W": {"S"}}),
        ("met on Monday", [f'{s}, {rel} met {o_low} on Monday, said: "{W}."'], {"W": {"S"}}),
        ("said after meeting", [f'{s} said after meeting {o_low}: "{W}."'], {"W": {"S"}}),
        ("others' forces", [f'{s} said {o_poss} forces "{W[3:]}."'], {"W": {"S"}}),
        ("letter to", [f'In a letter to {o_low}, {low} wrote: "{W}."'], {"W": {"S"}}),
        ("speaking to", [f'Speaking to {o_low} on Monday, {low} said: "{W}."'], {"W": {"S"}}),
        ("asked about", [f'Asked about {o_low}, {low} said: "{W}."'], {"W": {"S"}}),
        ("in response to", [f'{s} said in response to {o_low}: "{W}."'], {"W": {"S"}}),
        ("named inside", [f'{s} said: "{_cap(o_low)} will not move us. {W}."'], {"W": {"S"}}),
        ("named inside, after", [f'"{_cap(o_low)} will not move us. {W}," {low} said.'], {"W": {"S"}}),
        ("accused", [f'{s} accused {o_low} of lying, saying: "{W}."'], {"W": {"S"}}),
        # the words are the other's, relayed by the speaker
        ("quoting", [f'{s}, quoting {o_low}, said: "{W}."'], {"W": {"O"}}),
        ("quoted by", [f'{_cap(o_low)} was quoted by {low} as saying: "{W}."'], {"W": {"O"}}),
        ("cited as saying", [f'{s} cited {o_low} as saying: "{W}."'], {"W": {"O"}}),
        ("told outlet that other had said", [f'{s} told Meridian Wire that {o_low} had said "{W}."'], {"W": {"O"}}),
        ("said other told", [f'{s} said {o_low} had told the envoy: "{W}."'], {"W": {"O"}}),
        # the words are what the other's statement, claim or remark said, whoever cites them
        ("other's claim that", [f'{s} rejected {o_poss} claim that "{_w()}."'], {"W": {"O"}}),
        ("other's remark that", [f'{s} criticised {o_poss} remark that "{_w()}."'], {"W": {"O"}}),
        ("other's statement:", [f'{s} responded to {o_poss} statement: "{W}."'], {"W": {"O"}}),
        ("other's words:", [f'{s} praised {o_poss} words: "{W}."'], {"W": {"O"}}),
        ("other's remarks last week", [f'{s} referred to {o_poss} remarks last week that "{_w()}."'], {"W": {"O"}}),
        ("other's pledge on Monday", [f'{s} welcomed {o_poss} pledge on Monday that "{_w()}."'], {"W": {"O"}}),
        ("claims by other", [f'{s} responded to claims by {o_low} that "{_w()}."'], {"W": {"O"}}),
        ("a statement by other", [f'{s} mocked a statement by {o_low}: "{W}."'], {"W": {"O"}}),
        # two speakers in one paragraph, each with a quotation
        ("two in one paragraph", [f'{s} said: "{W}." {_cap(o_low)} said: "{M}."'], {"W": {"S"}, "M": {"O"}}),
        ("two in one, after", [f'"{W}," {low} said. "{M}," {o_low} said.'], {"W": {"S"}, "M": {"O"}}),
        ("two in one, while", [f'"{W}," {low} said, while {o_low} said: "{M}."'], {"W": {"S"}, "M": {"O"}}),
        # a quotation over a paragraph break, then a second speaker in the next paragraph
        (
            "continued, then other",
            [f'{s} said: "{W}.', f'"{M}."', f'{_cap(o_low)} said: "{X}."'],
            {"W": {"S"}, "M": {"S"}, "X": {"O"}},
        ),
        (
            "continued, then other after",
            [f'{s} said: "{W}.', f'"{M}."', f'"{X}," {o_low} said.'],
            {"W": {"S"}, "M": {"S"}, "X": {"O"}},
        ),
        ("others' envoy", [f'{s} told {o_poss} envoy: "{W}."'], {"W": {"S"}}),
        ("in a call with", [f'{s}, in a call with {o_low}, said: "{W}."'], {"W": {"S"}}),
        ("said other partial", [f'{s} said {o_low} "had no right to close the road."'], {"had no right": {"S"}}),
        ("said other was", [f'{s} said that {o_low} was "{W[3:]}."'], {"W": {"S"}}),
        ("accused of partial", [f'{s} accused {o_low} of "{W[3:]}."'], {"W": {"S"}}),
        ("warned other", [f'{s} warned {o_low}: "{W}."'], {"W": {"S"}}),
        ("responded, saying", [f'{s} responded to {o_low}, saying: "{W}."'], {"W": {"S"}}),
        ("interview with outlet", [f'In an interview with Meridian Wire, {low} said: "{W}."'], {"W": {"S"}}),
        ("according to outlet", [f'"{W}," {low} said, according to Meridian Wire.'], {"W": {"S"}}),
        ("according to other", [f'According to {o_low}, {low} said: "{W}."'], {"W": {"S"}}),
        ("outlet quoted", [f'Meridian Wire quoted {low} as saying: "{W}."'], {"W": {"S"}}),
        ("carried by outlet", [f'{s} said in a statement carried by Meridian Wire: "{W}."'], {"W": {"S"}}),
        ("after, reply to", [f'"{W}," {low} said in reply to {o_low}.'], {"W": {"S"}}),
        ("other's remarks came after", [f'The remarks came after {o_low} said: "{W}."'], {"W": {"O"}}),
        # the second of two, after the first's quotation
        ("two, replied", [f'"{W}," {low} said. {_cap(o_low)} replied: "{M}."'], {"W": {"S"}, "M": {"O"}}),
        ("two, however", [f'"{W}," {low} said. {_cap(o_low)}, however, said: "{M}."'], {"W": {"S"}, "M": {"O"}}),
        ("two, but", [f'{s} said: "{W}." But {o_low} said "{M}."'], {"W": {"S"}, "M": {"O"}}),
        ("two, and", [f'{s} said "{W}," and {o_low} said "{M}."'], {"W": {"S"}, "M": {"O"}}),
        ("two, told, replied", [f'"{W}," {low} told {o_low}. "{M}," {o_low} replied.'], {"W": {"S"}, "M": {"O"}}),
        (
            "two paragraphs, other's after",
            [f'"{W}," {low} said.', f'"{M}," {o_low} said.'],
            {"W": {"S"}, "M": {"O"}},
        ),
        (
            "continued, then however",
            [f'{s} said: "{W}.', f'"{M}."', f'{_cap(o_low)}, however, said: "{X}."'],
            {"W": {"S"}, "M": {"S"}, "X": {"O"}},
        ),
    ]
    if not low.startswith("he"):
        out += [
            (
                "other, then speaker after",
                [f"{_cap(o_low)} arrived in Kessa on Monday.", f'"{W}," {low} said.'],
                {"W": {"S"}},
            ),
            ("other relays", [f'{_cap(o_low)} said {low} had told the envoy: "{W}."'], {"W": {"S"}}),
            ("told by", [f'{_cap(o_low)} was told by {low}: "{W}."'], {"W": {"S"}}),
        ]
    if inv is not None:
        out += [
            ("inverted, whose", [f'"{W}," said {inv}, whose brigade {o_low} leads.'], {"W": {"S"}}),
            ("inverted, who met", [f'"{W}," said {inv}, {rel} met {o_low} on Monday.'], {"W": {"S"}}),
            ("inverted, speaking after", [f'"{W}," said {inv}, speaking after {o_low}.'], {"W": {"S"}}),
            ("inverted, a rival of", [f'"{W}," said {inv}, a rival of {o_low}.'], {"W": {"S"}}),
            ("inverted, adding", [f'"{W}," said {inv}, adding that {o_low} had left.'], {"W": {"S"}}),
            ("after, adding", [f'"{W}," {inv} said, adding that {o_low} had left.'], {"W": {"S"}}),
            ("two in one, inverted", [f'"{W}," said {inv}. "{M}," said {o_low}.'], {"W": {"S"}, "M": {"O"}}),
            (
                "outlet relays",
                [f'Meridian Wire reported that {o_low} said: "{W}," citing {inv}.'],
                {"W": {"O"}},
            ),
        ]
    return out


# What speaks for the speaker, by its possessive: the words are the one who speaks for it, not its own ('X's lawyer')
AGENTS = ["spokesman", "office", "lawyer", "adviser"]


def _agent_frames(s: str, poss: str) -> list[Frame]:
    out: list[Frame] = []
    for agent in AGENTS:
        out.append((f"its {agent}", [f'{poss} {agent} said: "{W}."'], {"W": {f"~{agent}"}}))
        out.append((f"its {agent}, after", [f'"{W}," {_low(poss)} {agent} said.'], {"W": {f"~{agent}"}}))
    return out


def _agent_for_frames(inv: str) -> list[Frame]:
    return [
        ("a spokesman for", [f'A spokesman for {inv} said: "{W}."'], {"W": {"~spokesman"}}),
        ("a lawyer for", [f'"{W}," a lawyer for {inv} said.'], {"W": {"~lawyer"}}),
    ]


def _no_speech_frames(s: str, low: str, low_poss: str) -> list[Frame]:
    """Words in marks that are no one's speech here, in a sentence whose subject is the speaker or that names it."""
    return [
        ("scare quotes", [f'{s} condemned the so-called "liberation" of the town.'], {"liberation": set()}),
        (
            "scare, after",
            [f'The so-called "liberation" of the town was condemned by {low} on Monday.'],
            {"liberation": set()},
        ),
        ("operation", [f'{s} announced the operation "Northern Shield" on Monday.'], {"Northern Shield": set()}),
        ("operation, capital", [f'{s} launched Operation "Northern Shield" on Monday.'], {"Northern Shield": set()}),
        ("newspaper", [f'{s} told the newspaper "Kessel Daily" that the town was calm.'], {"Kessel Daily": set()}),
        (
            "newspaper, subject",
            [f'The newspaper "Kessel Daily" reported that {low} had left Kessa.'],
            {"Kessel Daily": set()},
        ),
        ("video titled", [f'{s} posted a video titled "{W}" on Monday.'], {"W": set()}),
        ("report titled", [f'{s} published a report titled "{W}" on Monday.'], {"W": set()}),
        ("campaign", [f'{s} launched a campaign called "Safe Kessa" on Monday.'], {"Safe Kessa": set()}),
        ("slogan chanted", [f'Supporters of {low} chanted "{W}" outside the ministry.'], {"W": set()}),
        ("chanting slogans", [f'Crowds gathered outside {low_poss} offices chanting "{W}".'], {"W": set()}),
        ("sign reading", [f'{s} put up signs reading "{W}" across the town.'], {"W": set()}),
        ("banners", [f'Protesters carried banners with the words "{W}" past {low_poss} offices.'], {"W": set()}),
        ("under the slogan", [f'{s} held a rally under the slogan "{W}".'], {"W": set()}),
        ("nicknamed", [f'{s}, nicknamed "the Falcon", arrived in Kessa on Monday.'], {"the Falcon": set()}),
        ("known as", [f'{s}, known as "the Falcon" in Kessa, arrived on Monday.'], {"the Falcon": set()}),
        ("dubbed", [f'{s} met a group dubbed "the Night Riders" in Kessa.'], {"the Night Riders": set()}),
        ("code-named", [f'{s} began an operation code-named "Northern Shield".'], {"Northern Shield": set()}),
        ("quoted name before", [f'{s} said the "Northern Shield" operation had ended.'], {"Northern Shield": set()}),
        ("the term", [f'{s} rejected the term "liberation" on Monday.'], {"liberation": set()}),
        ("calls itself", [f'{s} met a group that calls itself "the Night Riders".'], {"the Night Riders": set()}),
        ("hashtag", [f'{s} posted under the hashtag "#SafeKessa" on Monday.'], {"#SafeKessa": set()}),
        ("statement titled", [f'{s} issued a statement titled "{W}" on Monday.'], {"W": set()}),
        ("book", [f'{s} wrote the book "{W}" in Kessa.'], {"W": set()}),
        ("graffiti", [f'Graffiti reading "{W}" appeared near {low_poss} offices.'], {"W": set()}),
        ("sign that read", [f'{s} posted a photo of a sign that read "{W}".'], {"W": set()}),
        ("placard that said", [f'{s} said a placard that said "{W}" hung in the square.'], {"W": set()}),
        ("under the title", [f'{s} wrote on Telegram under the title "{W}".'], {"W": set()}),
        ("author of", [f'{s}, the author of "We Will Stay", arrived in Kessa.'], {"We Will Stay": set()}),
        (
            "the group in marks",
            [f'{s} said the group "Friends of Kessa" had left the town.'],
            {"Friends of Kessa": set()},
        ),
        ("place in marks", [f'{s} met envoys in the "Green Zone" of Kessa.'], {"Green Zone": set()}),
        # the speaker's own word, quoted in part: its or no one's
        ("described as", [f'{s} described the attack as "cowardly".'], {"cowardly": {"?S"}}),
        ("what it described as", [f'{s} condemned what it described as "a cowardly attack".'], {"cowardly": {"?S"}}),
        ("scare after said", [f'{s} said the "liberation" of the town had failed.'], {"liberation": {"?S"}}),
        # a term defined: its own people's, or no one's ('?': that label or none)
        (
            "what officials call",
            [f'{s} carried out what officials call "pacification" in the town.'],
            {"pacification": {"?officials"}},
        ),
        (
            "said what officials call",
            [f'{s} said what officials call "pacification" had failed.'],
            {"pacification": {"?officials"}},
        ),
        (
            "residents call, after",
            [f'Residents call the road "the road of death", {_low(s)} said.'],
            {"the road of": set()},
        ),
        ("said residents call", [f'{s} said residents call the road "the road of death".'], {"the road of": set()}),
        ("what it calls", [f'{s} carried out what it calls "pacification" in the town.'], {"pacification": {"?S"}}),
    ]


def _grid() -> list[tuple[str, list[str], dict[str, set[str]], bool]]:
    """(id, paragraphs, {quotation key: the labels it must be drafted with}, whether the index on file is used); a
    label '~agent' is any one label naming that agent ('Lev Arno's spokesman', 'a spokesman for Lev Arno') or, for a
    body or a state, which its spokesman and office speak for, the body's own; '?label': that label or none."""
    rows = []
    for kind, s, inv, poss, label, before, on_file, rel in SPEAKERS:
        low = _low(s) if kind != "pronoun" else "him"
        low_poss = f"{_low(s)}'s" if kind != "pronoun" else "his"
        frames: list[tuple[str, str, Frame]] = []
        for okind, o, o_low, olabel, o_poss in OTHERS:
            for frame in _distractor_frames(s, inv, rel, o, o_low, o_poss):
                frames.append((f"{kind}|{okind}|{frame[0]}", olabel, frame))
        if poss is not None:
            for frame in _agent_frames(s, poss):
                frames.append((f"{kind}|agent|{frame[0]}", "", frame))
        if inv is not None:
            for frame in _agent_for_frames(inv):
                frames.append((f"{kind}|agent|{frame[0]}", "", frame))
        for frame in _no_speech_frames(s, low, low_poss):
            frames.append((f"{kind}|none|{frame[0]}", "", frame))
        for what, olabel, (_, paragraphs, expected) in frames:
            names = {"S": label, "O": olabel, "?S": f"?{label}"}
            labels = {k: {names.get(v, v) for v in vs} for k, vs in expected.items()}
            if kind in ("body", "state"):
                labels = {k: {f"{v}|{label}" if v.startswith("~") else v for v in vs} for k, vs in labels.items()}
            paragraphs = paragraphs if before is None else [f"{before} {paragraphs[0]}", *paragraphs[1:]]
            rows.append((what, paragraphs, labels, on_file))
    return rows


GRID = _grid()
SAMPLE = sorted(random.Random(39).sample(range(len(GRID)), min(len(GRID), 900)))


def speakers_of_quotations(paragraphs: list[str], keys: list[str], on_file: bool) -> dict[str, set[str]]:
    """Who each of the grid's quotations (by key, or by its own words for a key that is no quotation of the grid) is
    drafted as said by."""
    out: dict[str, set[str]] = {k: set() for k in keys}
    for unit in analyse("en", LEAD, *paragraphs, index=index_if(on_file)).units:
        for a in unit.attributions:
            quote = a.quote.text.lower()
            for key in keys:
                words = KEYS.get(key, key).lower()
                if words[:20] in quote or words[3:20] in quote:
                    out[key].add(a.speaker.label)
    return out


def _right(got: set[str], want: set[str]) -> bool:
    if not want:
        return not got
    (w,) = want
    if w.startswith("?"):
        return got <= {w[1:]}
    if w.startswith("~"):
        agent, _, principal = w[1:].partition("|")
        return len(got) == 1 and all(agent in g.lower() or g == principal for g in got)
    return got == want


def _case(i: int, marks: str):
    what, paragraphs, expected, on_file = GRID[i]
    if marks == "curly":
        paragraphs = [curly(p) for p in paragraphs]
    return pytest.param(paragraphs, expected, on_file, id=f"{what}|{marks}")


@pytest.mark.parametrize(
    ("paragraphs", "expected", "on_file"),
    [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::3]],
)
def test_no_quotation_is_drafted_with_a_wrong_speaker(paragraphs, expected, on_file):
    found = speakers_of_quotations(paragraphs, list(expected), on_file)
    assert all(_right(found[k], want) for k, want in expected.items()), (paragraphs, found, expected)


def _speakers(*paragraphs: str) -> dict[str, set[str]]:
    """Who each quotation of 'Title', LEAD and ``paragraphs`` is drafted as said by, by its first ten characters."""
    return quotation_speakers("en", LEAD, *paragraphs)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a predicate in marks after another's statement is the words of the one who judges it
        ('Dara Venn\'s statement "lacked any credibility," Lev Arno said.', {"lacked any": {"Lev Arno"}}),
        # a noun of a thing before words that read as said, not as a name: the speaker's
        ('The ministry said the group "has no link to the attack."', {"has no lin": {"the ministry"}}),
        ('Lev Arno said the campaign "will not stop."', {"will not s": {"Lev Arno"}}),
        ('The operation "will go on until the town is safe," Lev Arno said.', {"will go on": {"Lev Arno"}}),
        # the one told, a newspaper not named in marks, is no title
        (f'Lev Arno told the newspaper: "{W}."', {W[:10]: {"Lev Arno"}}),
        # a name in marks beside a quotation leaves the quotation its speaker
        (f'Lev Arno said the campaign "Safe Kessa" had ended, adding: "{W}."', {W[:10]: {"Lev Arno"}}),
        # (a word of signs inside the speaker's own words is theirs)
        (f'Lev Arno said: "The signs are down and {W[0].lower()}{W[1:]}."', {"The signs ": {"Lev Arno"}}),
    ],
)
def test_words_in_marks_that_are_said_keep_their_speaker(paragraph: str, expected: dict[str, set[str]]) -> None:
    assert _speakers(paragraph) == expected
