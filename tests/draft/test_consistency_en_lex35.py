"""English, round 35 of issue 17: every common word of denying, in every inflection and every common frame, is read
alike (a generated grid of made-up sentences).

Rules written on one article's sentence carry little to the next article; the words news denies with do. The grid
crosses the verbs of denying (each in its past, -s, -ing and participle, and the nouns made of them), the
judgements that call what was said false, and the adverbs that strengthen a denial, with the frames news sets them in
('X denied reports that Y', 'X, in a statement, denied Y', 'Y, X said, was false', 'In a denial, X said ...', 'X did
not deny Y' which denies nothing) and with the kinds of denier (a person on file with an office, a person unknown, a
ministry, an armed group, a state, a body's spokesman). Each combination must draft one denial by the right denier,
or none for a negated frame. The same combination written with American spellings or curly apostrophes is read the
same.

The grid is sampled with a fixed seed so that it runs in well under a minute. Made-up names only.

On main before round 35, 714 of the 4998 combinations failed, each for every kind of denier alike: 294 a labelling
verb with a report as its object and a judgement other than the few words said only of reports ('called the reports
fake', 'termed the claims made up'); 294 a judgement the lexicon lacked ('mendacious', 'deceptive', 'distorted', 'a
distortion', 'a myth', 'inconsistent with the facts'); 42 a speaker's tag set inside the subject judged ('The
reports, X said, were made up'); 56 a phrase of dismissing in its base form after haste ('was quick to brush aside');
28 a rejection as a noun ('issued a rejection of the reports').
"""

from __future__ import annotations

import random

import pytest

from tests.draft.conftest import curly, deniers, index_if, unique_paragraphs

LEAD = "Talks resumed in Port Sable on Sunday."

# (subject as written, the label its denial gets, the pronoun for it, whether it is on file)
SUBJECTS = [
    ("Iraqi Prime Minister Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani", "he", True),
    ("Lev Arno", "Lev Arno", "he", False),
    ("Veloria's defence ministry", "Veloria's defence ministry", "it", False),
    ("The Kessel Brigade", "Kessel Brigade", "it", False),
    ("Veloria", "Veloria", "it", False),
    ("A spokesman for the Kessel Brigade", "a spokesman for the Kessel Brigade", "he", False),
    ("Kessel Brigade spokesman Dario Venn", "Dario Venn", "he", False),
]

# (past, -s, base, -ing, participle) of every verb of denying, and the verbs of more than one word
VERBS = [
    ("denied", "denies", "deny", "denying", "denied"),
    ("rejected", "rejects", "reject", "rejecting", "rejected"),
    ("dismissed", "dismisses", "dismiss", "dismissing", "dismissed"),
    ("refuted", "refutes", "refute", "refuting", "refuted"),
    ("rebutted", "rebuts", "rebut", "rebutting", "rebutted"),
    ("repudiated", "repudiates", "repudiate", "repudiating", "repudiated"),
    ("disavowed", "disavows", "disavow", "disavowing", "disavowed"),
    ("disowned", "disowns", "disown", "disowning", "disowned"),
    ("debunked", "debunks", "debunk", "debunking", "debunked"),
    ("contradicted", "contradicts", "contradict", "contradicting", "contradicted"),
    ("disputed", "disputes", "dispute", "disputing", "disputed"),
    ("denied knowledge of", "denies knowledge of", "deny knowledge of", "denying knowledge of", "denied knowledge of"),
    ("brushed aside", "brushes aside", "brush aside", "brushing aside", "brushed aside"),
    ("shrugged off", "shrugs off", "shrug off", "shrugging off", "shrugged off"),
    (
        "poured cold water on",
        "pours cold water on",
        "pour cold water on",
        "pouring cold water on",
        "poured cold water on",
    ),
]
# The verbs that take a clause of what is so as their object ('denied that the brigade ...')
THAT_VERBS = ("denied", "disputed", "refuted")
NOUNS = ["denial", "rejection", "refutation", "rebuttal"]
ADVERBS = ["categorically", "strongly", "flatly", "vehemently", "firmly"]

# (the judgement after 'called the reports' or 'dismissed as', the same after 'the reports were' or in its place)
JUDGEMENTS = [
    ("false", "were false"),
    ("untrue", "were untrue"),
    ("baseless", "were baseless"),
    ("unfounded", "were unfounded"),
    ("groundless", "were groundless"),
    ("fabricated", "were fabricated"),
    ("made up", "were made up"),
    ("fake", "were fake"),
    ("lies", "were lies"),
    ("nonsense", "were nonsense"),
    ("rumours", "were rumours"),
    ("misleading", "were misleading"),
    ("incorrect", "were incorrect"),
    ("inaccurate", "were inaccurate"),
    ("inaccurate and misleading", "were inaccurate and misleading"),
    ("without foundation", "were without foundation"),
    ("far from the truth", "were far from the truth"),
    ("not true", "were not true"),
    (None, "had no truth in them"),
    (None, "had no basis"),
    ("devoid of truth", "were devoid of truth"),
    ("a figment of imagination", "were a figment of imagination"),
    ("propaganda", "were propaganda"),
    ("fiction", "were fiction"),
    # words false only of what was said ('the plan was absurd' denies nothing)
    ("absurd", "were absurd"),
    ("ridiculous", "were ridiculous"),
    ("invented", "were invented"),
    ("wrong", "were wrong"),
    ("exaggerated", "were exaggerated"),
    ("mendacious", "were mendacious"),
    ("deceptive", "were deceptive"),
    ("distorted", "were distorted"),
    ("a distortion", "were a distortion"),
    ("a myth", "were a myth"),
    ("pure fantasy", "were pure fantasy"),
    ("falsehoods", "were falsehoods"),
    ("untruthful", "were untruthful"),
    ("inconsistent with the facts", "were inconsistent with the facts"),
]

WHAT = "the reports of a raid on Port Sable"
CLAUSE = "the brigade's fighters raided Port Sable"
OTHER = "Mira Sol"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _low(subject: str) -> str:
    """The subject inside a sentence ('the Kessel Brigade', not 'The Kessel Brigade')."""
    return subject[0].lower() + subject[1:] if subject.split()[0] in ("The", "A") else subject


def _verb_frames(verb: tuple[str, ...], s: str) -> list[tuple[str, str, bool]]:
    """(frame name, sentence, whether it denies) of one verb with one subject."""
    past, present, base, ing, participle = verb
    out = [
        ("reports that", f"{s} {past} reports that {CLAUSE}.", True),
        ("has", f"{s} has {participle} {WHAT}.", True),
        ("on Monday", f"{s} on Monday {past} {WHAT}.", True),
        ("in a statement", f"{s}, in a statement, {past} {WHAT}.", True),
        ("claims by", f"{s} {past} claims by {OTHER} that {CLAUSE}.", True),
        ("present", f"{s} {present} {WHAT}.", True),
        ("issued a statement", f"{s} issued a statement on Monday {ing} {WHAT}.", True),
        ("was quick to", f"{s} was quick to {base} {WHAT}.", True),
        ("continued to", f"{s} continued to {base} {WHAT}.", True),
        ("did not", f"{s} did not {base} {WHAT}.", False),
        ("has not", f"{s} has not {participle} {WHAT}.", False),
        ("refused to", f"{s} refused to {base} {WHAT}.", False),
        ("will", f"{s} will {base} {WHAT} in court.", False),
    ]
    if past in THAT_VERBS:
        out.append(("that", f"{s} {past} that {CLAUSE}.", True))
    return out


def _adverb_frames(verb: tuple[str, ...], adverb: str, s: str) -> list[tuple[str, str, bool]]:
    past = verb[0]
    return [
        ("adverb before", f"{s} {adverb} {past} {WHAT}.", True),
        ("adverb on Monday", f"{s} on Monday {adverb} {past} {WHAT}.", True),
        ("outright", f"{s} {past} {WHAT} outright.", True),
    ]


def _noun_frames(noun: str, s: str, pronoun: str) -> list[tuple[str, str, bool]]:
    article = "an" if noun[0] in "aeiou" else "a"
    out = [
        ("issued a noun of", f"{s} issued {article} {noun} of {WHAT}.", True),
        ("posted a strong noun of", f"{s} posted a strong {noun} of {WHAT} on Telegram.", True),
        ("in a noun of", f"In {article} {noun} of {WHAT}, {_low(s)} said {pronoun} was at home in Barno.", True),
        ("repeated its noun", f"{s} repeated {'his' if pronoun == 'he' else 'its'} {noun} of {WHAT}.", True),
    ]
    if noun != "rejection":
        # (a rejection alone may be of a plan: only one of what was said denies)
        out.append(
            ("in a noun", f"In {article} {noun}, {_low(s)} said {pronoun} was at home in Barno on the day.", True)
        )
    return out


def _judgement_frames(judgement: tuple[str | None, str], s: str) -> list[tuple[str, str, bool]]:
    called, predicate = judgement
    low = _low(s)
    out = [
        ("said, was", f"The reports of a raid, {low} said, {predicate}.", True),
        ("said the reports were", f"{s} said the reports of a raid {predicate}.", True),
        ("quoted", f'"These reports {predicate}," {low} said.', True),
    ]
    if called is not None:
        out += [
            ("dismissed as", f"{s} dismissed as {called} reports that {CLAUSE}.", True),
            ("called", f"{s} called the reports {called}.", True),
            ("termed", f"{s} termed the claims {called}.", True),
            ("branded", f"{s} branded the allegations {called}.", True),
            ("described as", f"{s} described the reports as {called}.", True),
            ("dismissed the reports as", f"{s} dismissed the reports as {called}.", True),
        ]
    return out


FIXED = [
    ("no truth quoted", '"There is no truth to these reports," {low} said.', True),
    ("no truth said", "{s} said there was no truth to the reports.", True),
]


def _grid() -> list[tuple[str, str, str, str, bool, bool]]:
    """(frame, word, sentence, denier's label, whether it denies, whether the index on file is used)."""
    out = []
    for s, label, pronoun, on_file in SUBJECTS:
        for verb in VERBS:
            for frame, text, denies in _verb_frames(verb, s):
                out.append((frame, verb[0], text, label, denies, on_file))
            for adverb in ADVERBS:
                for frame, text, denies in _adverb_frames(verb, adverb, s):
                    word = f"{adverb} {verb[0]}" if frame != "outright" else f"{verb[0]} outright"
                    out.append((frame, word, text, label, denies, on_file))
        for noun in NOUNS:
            for frame, text, denies in _noun_frames(noun, s, pronoun):
                out.append((frame, noun, text, label, denies, on_file))
        for judgement in JUDGEMENTS:
            for frame, text, denies in _judgement_frames(judgement, s):
                out.append((frame, judgement[1], text, label, denies, on_file))
        for frame, text, denies in FIXED:
            out.append((frame, frame, text.format(s=s, low=_low(s)), label, denies, on_file))
    # the outright frame does not depend on the adverb: keep one of each
    return unique_paragraphs(out, at=2)


GRID = _grid()
SAMPLE = sorted(random.Random(35).sample(range(len(GRID)), min(len(GRID), 1200)))

# British to American spellings of the words in the grid
_AMERICAN = [("defence", "defense"), ("rumours", "rumors")]


def american(text: str) -> str:
    for british, us in _AMERICAN:
        text = text.replace(british, us)
    return text


def _case(i: int):
    frame, word, text, label, denies, on_file = GRID[i]
    return pytest.param(text, label, denies, on_file, id=f"{frame}|{word}|{label}")


@pytest.mark.parametrize(("text", "label", "denies", "on_file"), [_case(i) for i in SAMPLE])
def test_every_word_of_denying_in_every_frame_denies_by_the_right_denier(text, label, denies, on_file) -> None:
    assert deniers("en", LEAD, text, index=index_if(on_file)) == ([label] if denies else [])


@pytest.mark.parametrize(("text", "label", "denies", "on_file"), [_case(i) for i in SAMPLE[::4]])
def test_the_grid_reads_alike_in_american_spelling_and_with_curly_marks(text, label, denies, on_file) -> None:
    british = deniers("en", LEAD, text, index=index_if(on_file))
    for spell in (american, curly, lambda t: curly(american(t))):
        assert deniers("en", LEAD, spell(text), index=index_if(on_file)) == [spell(who) for who in british]


@pytest.mark.parametrize(
    "text",
    [
        # words said of a decision or a plan as well as of reports: a judgement, no denial
        "Lev Arno called the decision incorrect.",
        "Lev Arno called the plan absurd.",
        "Lev Arno described the talks as exaggerated.",
        "The plan, Lev Arno said, was absurd.",
        "The new unit, Lev Arno said, was made up of former guards.",
        # a rejection of what no one said: a refusal, no denial
        "Lev Arno issued a rejection of the plan.",
        "In a rejection of the offer, Lev Arno said he would stay in Barno.",
        # a phrase of dismissing without what was said as its object, or after a modal or a refusal
        "Lev Arno was quick to rule out talks.",
        "Lev Arno continued to challenge the ruling in court.",
        "Lev Arno will brush aside the reports in court.",
        "Lev Arno declined to rule out the reports.",
    ],
)
def test_the_new_words_deny_only_what_was_said(text: str) -> None:
    assert deniers("en", LEAD, text) == []
