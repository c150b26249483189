"""English, round 37 of issue 17: a quotation's speaker is drafted alike whoever speaks, whatever the verb of saying,
whatever the frame (a generated grid of made-up sentences, as round 35's grid of denials).

The existing tests vary one axis at a time on a few verbs; this grid crosses them. It crosses the kinds of speaker (a
title before the name, an office after it or before it, a kunya, a person on file, a body named bare or with its
state, 'he' and 'the spokesman' after the person was named in the paragraph before) with the verbs of saying news
uses (said, says, added, told, stressed, noted, explained, warned, insisted, claimed, argued, wrote, posted, tweeted,
declared, announced, affirmed, acknowledged, conceded, recalled, continued, went on) and 'according to', in the frames
news sets them in ('"...," X said.', '"...," said X.', 'X said: "..."', 'X said that "..."', 'X told Y: "..."',
'"..." X said in a statement.', 'X said on Telegram that "..."', a quotation split around its tag, a quotation running
over two paragraphs, '"...," according to X.', a time or place between the speaker and the quotation). Each
combination is written with straight and with curly marks, and with and without another person named earlier in the
paragraph (or, for 'he' and 'the spokesman', in the paragraph before, ahead of the speaker). Every quotation of the
combination must be drafted with its speaker and no other.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only, apart from the
person on file (Mohammed Shia al-Sudani), whose record the index reads.

On main before round 37, 1838 of the 9188 combinations failed with straight marks (548 of 3063 with curly ones, every
third), each cause for every verb and frame alike: 1154 a name with a particle at the head of a sentence or after a
quotation ('Karel van Dorne said', 'Marta de los Vessa' read as 'Dorne', 'Vessa' or no one: 'dos', 'das', 'los', 'las',
'ould' were no particles, and a first word before any particle but the Arabic ones was dropped there); 618 a kunya
alone after the name in full ('Abu Dara' after 'Abu Dara al-Venni', a second speaker); 46 'went on to say' or 'went on
to add' ('the Interior Ministry of Valdoria went on to' as the speaker, 'add' no verb); 20 a colon after a short
clause about its subject ('A ministry official spoke in Kessa on Thursday:', 'Brigade spokesman Lev Arno was blunt:',
"The brigade's spokesman, Lev Arno, was blunt:", 'He was blunt:' given to the person named before, or to no one).
After it none fails. Of the sample the tests run, 197 of 900 straight and 58 of 300 curly failed on main.
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import analyse, curly, index_if, quotation_speakers, said

LEAD = "Talks resumed in Kessa on Sunday."
WORDS = "The crossing at Kessa is closed and no one passed"
MORE = "We will stay in the town until the talks end"
OTHER = "Dara Venn, a farmer from Kessa, fled the town last week."

# (kind, subject as written, the same after an inverted verb or 'according to' (None: not written so), the label its
# quotations get, the paragraph before that names it (for an anaphor), whether the index on file is used)
SPEAKERS = [
    ("title", "Colonel Lev Arno", "Colonel Lev Arno", "Lev Arno", None, False),
    (
        "office after",
        "Lev Arno, the Kessel Brigade's spokesman,",
        "Lev Arno, the Kessel Brigade's spokesman",
        "Lev Arno",
        None,
        False,
    ),
    ("office before", "Brigade spokesman Lev Arno", "Brigade spokesman Lev Arno", "Lev Arno", None, False),
    (
        "office, name",
        "the brigade's spokesman, Lev Arno,",
        "the brigade's spokesman, Lev Arno",
        "Lev Arno",
        None,
        False,
    ),
    ("kunya", "Abu Dara al-Venni", "Abu Dara al-Venni", "Abu Dara al-Venni", None, False),
    (
        "on file",
        "Iraqi Prime Minister Mohammed Shia al-Sudani",
        "Iraqi Prime Minister Mohammed Shia al-Sudani",
        "Mohammed Shia al-Sudani",
        None,
        True,
    ),
    ("body", "the Kessel Brigade", "the Kessel Brigade", "Kessel Brigade", None, False),
    (
        "body of state",
        "the Interior Ministry of Valdoria",
        "the Interior Ministry of Valdoria",
        "Interior Ministry of Valdoria",
        None,
        False,
    ),
    ("pronoun", "he", None, "Lev Arno", "Lev Arno, the Kessel Brigade's spokesman, arrived in Kessa on Monday.", False),
    (
        "the spokesman",
        "the spokesman",
        "the spokesman",
        "Lev Arno",
        "Lev Arno, the Kessel Brigade's spokesman, arrived in Kessa on Monday.",
        False,
    ),
    ("surname", "Arno", "Arno", "Lev Arno", "Colonel Lev Arno arrived in Kessa on Monday.", False),
    (
        "kunya alone",
        "Abu Dara",
        "Abu Dara",
        "Abu Dara al-Venni",
        "Abu Dara al-Venni arrived in Kessa on Monday.",
        False,
    ),
    ("particle name", "Karel van Dorne", "Karel van Dorne", "Karel van Dorne", None, False),
    (
        "particle name, office after",
        "Marta de los Vessa, the Valdorian envoy,",
        "Marta de los Vessa, the Valdorian envoy",
        "Marta de los Vessa",
        None,
        False,
    ),
    ("body's official", "a ministry official", "a ministry official", "a ministry official", None, False),
]

# (verb after its subject, whether it is written inverted ('"...," said X'), whether it takes 'that')
VERBS = [
    ("said", True, True),
    ("says", True, True),
    ("added", True, True),
    ("told reporters", False, True),
    ("told Meridian Wire", False, True),
    ("stressed", True, True),
    ("noted", True, True),
    ("explained", True, True),
    ("warned", True, True),
    ("insisted", True, True),
    ("claimed", True, True),
    ("argued", True, True),
    ("wrote", True, True),
    ("posted", False, False),
    ("tweeted", True, True),
    ("declared", True, True),
    ("announced", True, True),
    ("affirmed", True, True),
    ("acknowledged", True, True),
    ("conceded", True, True),
    ("recalled", True, True),
    ("continued", True, False),
    ("went on", True, False),
    ("went on to say", False, True),
    ("went on to add", False, True),
]

# where the words were given, between a verb and 'that' (a verb of writing online takes the place it wrote on)
OCCASIONS = ["in a video", "on Telegram", "on X", "in an interview"]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _frames(verb: str, inverted: bool, that: bool, s: str, inv: str | None) -> list[tuple[str, list[str], int]]:
    """(frame name, the paragraphs of the frame, how many quotations it has) of one verb with one subject."""
    w, m = WORDS, MORE
    told = verb.startswith("told")
    out = [
        ("after", [f'"{w}," {s} {verb}.'], 1),
        ("colon", [f'{_cap(s)} {verb}: "{w}."'], 1),
        ("split", [f'"{w}," {s} {verb}. "{m}."'], 2),
        ("two paragraphs", [f'{_cap(s)} {verb}: "{w}.', f'"{m}."'], 2),
        ("on Thursday", [f'"{w}," {s} {verb} on Thursday.'], 1),
    ]
    if verb not in ("continued", "went on", "went on to say", "went on to add"):
        # (these go on with words already begun, never with a place and time of their own)
        out.append(("in Kessa, colon", [f'{_cap(s)} {verb} in Kessa on Thursday: "{w}."'], 1))
    if not told:
        out.append(("in a statement", [f'"{w}" {s} {verb} in a statement.'], 1))
    if inverted and inv is not None:
        out.append(("inverted", [f'"{w}," {verb} {inv}.'], 1))
        out.append(("inverted, split", [f'"{w}," {verb} {inv}. "{m}."'], 2))
    if that:
        out.append(("that", [f'{_cap(s)} {verb} that "{w}."'], 1))
        if not told and not verb.startswith("went on"):
            for occasion in OCCASIONS:
                out.append((f"{occasion} that", [f'{_cap(s)} {verb} {occasion} that "{w}."'], 1))
    if verb == "posted":
        for occasion in ("on Telegram", "on X"):
            out.append((f"posted {occasion}", [f'{_cap(s)} posted {occasion}: "{w}."'], 1))
    return out


def _grid() -> list[tuple[str, str, list[str], int, str, bool]]:
    """(speaker kind, verb and frame, paragraphs, quotations, label, whether the index on file is used)."""
    out = []
    for kind, s, inv, label, before, on_file in SPEAKERS:
        for verb, inverted, that in VERBS:
            for frame, paragraphs, n in _frames(verb, inverted, that, s, inv):
                out.append((kind, f"{verb}|{frame}", paragraphs, n, label, before, on_file))
        if inv is not None:
            out.append((kind, "according to", [f'"{WORDS}," according to {inv}.'], 1, label, before, on_file))
        # no verb of saying: a short clause about the speaker, then a colon
        for clause in ("was blunt", "spoke in Kessa on Thursday", "was more cautious"):
            out.append((kind, f"{clause}|colon", [f'{_cap(s)} {clause}: "{WORDS}."'], 1, label, before, on_file))
    rows = []
    for kind, what, paragraphs, n, label, before, on_file in out:
        for other in (False, True):
            if before is not None:
                lead = [f"{OTHER} {before}"] if other else [before]
                text = [*lead, *paragraphs]
            else:
                text = [f"{OTHER} {paragraphs[0]}", *paragraphs[1:]] if other else list(paragraphs)
            rows.append((kind, f"{what}|{'other' if other else 'alone'}", text, n, label, on_file))
    return rows


GRID = _grid()
SAMPLE = sorted(random.Random(37).sample(range(len(GRID)), min(len(GRID), 900)))


def speakers_of_quotations(paragraphs: list[str], on_file: bool) -> dict[str, set[str]]:
    """Who each of the grid's two quotations ('WORDS', 'MORE') is drafted as said by."""
    out: dict[str, set[str]] = {}
    for unit in analyse("en", LEAD, *paragraphs, index=index_if(on_file)).units:
        for a in unit.attributions:
            for key, words in (("WORDS", WORDS), ("MORE", MORE)):
                if words[:20] in a.quote.text:
                    out.setdefault(key, set()).add(a.speaker.label)
    return out


def _case(i: int, marks: str):
    kind, what, paragraphs, n, label, on_file = GRID[i]
    if marks == "curly":
        paragraphs = [curly(p) for p in paragraphs]
    return pytest.param(paragraphs, n, label, on_file, id=f"{kind}|{what}|{marks}")


@pytest.mark.parametrize(
    ("paragraphs", "n", "label", "on_file"),
    [_case(i, "straight") for i in SAMPLE] + [_case(i, "curly") for i in SAMPLE[::3]],
)
def test_every_quotation_is_drafted_with_its_speaker_whatever_the_verb_and_frame(paragraphs, n, label, on_file):
    expected = {"WORDS": {label}} if n == 1 else {"WORDS": {label}, "MORE": {label}}
    assert speakers_of_quotations(paragraphs, on_file) == expected, paragraphs


def _speakers(*paragraphs: str) -> dict[str, set[str]]:
    """Who each quotation of 'Title', LEAD and ``paragraphs`` is drafted as said by, by its first ten characters."""
    return quotation_speakers("en", LEAD, *paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "label"),
    [
        # a kunya alone is the one person named before in full with it, and no one where two share it
        (("Abu Dara al-Venni arrived in Kessa on Monday.", f'"{WORDS}," Abu Dara said.'), "Abu Dara al-Venni"),
        (("Umm Sami al-Venni arrived in Kessa on Monday.", f'"{WORDS}," Umm Sami said.'), "Umm Sami al-Venni"),
        (("Abu Dara al-Venni and Abu Dara al-Kessi met in Kessa.", f'"{WORDS}," Abu Dara said.'), "Abu Dara"),
        (("Abu Dara al-Venni arrived in Kessa on Monday.", f'"{WORDS}," Abu Dara al-Kessi said.'), "Abu Dara al-Kessi"),
        # a name's particle goes on with it at the head of a sentence as in its middle
        ((f'Luiz da Vessa said: "{WORDS}."',), "Luiz da Vessa"),
        ((f'"{WORDS}," Tran Van Lo said.',), "Tran Van Lo"),
        ((f'Sidi ould Dorne told reporters: "{WORDS}."',), "Sidi ould Dorne"),
        # ('of' still joins a common word to a place, not to a name)
        ((f'Residents of Kessa said: "{WORDS}."',), "residents of Kessa"),
        # going on to say, add or proceeding to say, whoever speaks
        ((f'The Union of Kessa Farmers went on to say: "{WORDS}."',), "Union of Kessa Farmers"),
        ((f'The Union of Kessa Farmers proceeded to say: "{WORDS}."',), "Union of Kessa Farmers"),
        ((f'A ministry official went on to add: "{WORDS}."',), "a ministry official"),
        # a colon after a short clause about a subject: the subject's, not the one named before, nor the body
        ((f'{OTHER} A ministry official spoke in Kessa on Thursday: "{WORDS}."',), "a ministry official"),
        ((f'{OTHER} Kessel Brigade spokesman Lev Arno was blunt: "{WORDS}."',), "Lev Arno"),
        ((f'{OTHER} The brigade\'s spokesman, Lev Arno, was blunt: "{WORDS}."',), "Lev Arno"),
        (("Lev Arno arrived in Kessa on Monday.", f'He was blunt: "{WORDS}."'), "Lev Arno"),
    ],
)
def test_the_causes_the_grid_found_are_mended(paragraphs, label) -> None:
    assert _speakers(*paragraphs) == {WORDS[:10]: {label}}


@pytest.mark.parametrize(
    "text",
    [
        # 'add' is speech only with the words it adds
        "The ministry plans to add new units to the force.",
        "The brigade went on to add two hundred fighters to its ranks.",
    ],
)
def test_add_without_words_says_nothing(text: str) -> None:
    assert said("en", LEAD, text) == []


@pytest.mark.parametrize(
    ("paragraphs", "words"),
    [
        # a clause that names another before the colon, or a verb of saying whose 'he' is no one: no speaker read
        ((f'{OTHER} The army met Lev Arno in Kessa: "{WORDS}."',), WORDS),
        ((f'The message was clear on Thursday: "{WORDS}."',), WORDS),
        ((f'"{WORDS}," Lev Arno said.', "Dario Venn arrived in Kessel later that day.", f'He added: "{MORE}."'), MORE),
    ],
)
def test_a_colon_after_no_subject_of_its_own_gives_no_speaker(paragraphs, words) -> None:
    assert words[:10] not in _speakers(*paragraphs)
