"""Drafting does work linear in the text (issue 13): no pattern is retried over long runs, no sentence is reread.

The expressions the drafter used to search with are the specification here: each
function that replaced one gives the same answers on random text, and the whole
reader's work (lines of Python run, not time) grows in step with its input.
"""

from __future__ import annotations

import random
import re

import generator.draft.denials as denials
import generator.draft.descriptors as descriptors
import generator.draft.names as names
import generator.draft.speakers as speakers
import generator.draft.text as text
import generator.draft.verbs as verbs
from generator.draft.build import Builder
from generator.draft.names import NameIndex
from generator.model.archive import ArchivedText
from tests.draft.conftest import reader
from tests.work import CountingSet, lines_run

OLD_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*$")
OLD_BOUNDARY = re.compile(r"[.!?]+[\u201d\u2019\"\u00bb)\]]*(\s+)(?=[\u201c\"\u00ab\u2018(\[]|[A-Z0-9\u00c0-\u00de])")
OLD_CONNECTORS = re.compile(r"(?:,|\s+and|\s+or|\s+but)*[\s.,;:]*$")
OLD_CLAUSE_END = re.compile(r",?\s+but\s+|;\s|,\s+while\s+|,\s+whereas\s+|,\s+although\s+|\s-\s|\u2014")
OLD_RELATIVE = re.compile(r"\s+(?:who|which|that|whose|where)\b.*$", re.IGNORECASE | re.DOTALL)
OLD_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+$")
OLD_LOWER_TITLE = re.compile(r"((?:\b[a-z]+ )+)$")
OLD_TRAILING = re.compile(
    rf"(?:\s+(?:also|further|then|later|again|previously|repeatedly|separately|reportedly|allegedly|once|has|have|"
    rf"had|would|will|could|did|does|do|had also|has also|on (?:{verbs.DAYS})|(?:on|in) \d{{4}}|{verbs.DAYS}|"
    rf"(?:this|last|earlier|later) (?:week|month|year|weekend)))+\s*$",
    re.IGNORECASE,
)


def _texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10))) for _ in range(n)]


def test_the_word_before_a_boundary_and_the_boundaries_are_as_the_expressions_found_them():
    for s in _texts([*'ab.!?_ 1A\u2591é²\u201d"(', "\u00a0", "\n"], 30_000, 1):
        for end in (e for e in range(1, len(s) + 1) if s[e - 1] in ".!?"):
            m = OLD_WORD_BEFORE.search(s[:end])
            assert text.word_before(s, end) == (m.group(1) if m else ""), (s, end)
        assert [m.span(1) for m in text._BOUNDARY.finditer(s)] == [m.span(1) for m in OLD_BOUNDARY.finditer(s)], s


def test_clause_ends_and_trailing_connectors_are_as_the_expressions_found_them():
    pieces = [
        ",",
        " ",
        "\n",
        ".",
        ";",
        ":",
        "and",
        "or",
        "but",
        "x",
        "d",
        "\u00a0",
        "-",
        "who",
        "WHO",
        "whoa",
        "while",
        "\u2014",
    ]
    for s in _texts(pieces, 30_000, 2):
        assert denials.drop_trailing_connectors(s) == OLD_CONNECTORS.sub("", s), s
        assert descriptors._CUT_RELATIVE.sub("", s) == OLD_RELATIVE.sub("", s), s
        for pos in (p for p in range(len(s) + 1) if p == 0 or not s[p - 1].isspace()):  # a verb ends before pos
            new, old = denials._CLAUSE_END.search(s, pos), OLD_CLAUSE_END.search(s, pos)
            assert (new and new.span()) == (old and old.span()), (s, pos)
    for s in _texts(["not", "never", "no longer", "no", " ", "  ", "\n", "x", "cannot", "é", "_"], 20_000, 3):
        for v in range(len(s) + 1):
            assert denials._negated(s, v) == bool(OLD_NEGATED.search(s[:v])), (s, v)


def test_trailing_adverbs_and_lowercase_titles_are_as_the_expressions_found_them():
    pieces = [
        " ",
        "  ",
        "\n",
        "also",
        "ALSO",
        "had",
        "has",
        "do",
        "does",
        "on",
        "in",
        "monday",
        "this",
        "week",
        "2024",
        "x",
        "X",
        "é",
        "_",
        "a1",
    ]
    for s in _texts(pieces, 30_000, 4):
        m = OLD_TRAILING.search(s)
        assert (speakers._trailing_start(s) or None) == (m.start() if m and m.start() > 0 else None), s
        m = OLD_LOWER_TITLE.search(s)
        assert names.lowercase_words_at_end(s) == (m.group(1) if m else ""), s


def _reading_work(paragraph: str) -> int:
    modules = (text, speakers, names, denials, descriptors, verbs)
    return lines_run(reader, paragraph, modules=modules)[1]


def test_the_issues_paragraph_of_dots_reads_in_linear_work():
    def dots(n: int) -> str:
        return "He said" + "." * n + "x and then" + "." * n + " The minister denied it."

    assert _reading_work(dots(40_000)) / _reading_work(dots(10_000)) < 5


def test_runs_of_spaces_words_and_sentences_read_in_linear_work():
    cases = {
        "spaces": lambda n: "The minister said" + "\u00a0" * n + "that it was false.",
        "adverbs": lambda n: "The minister" + " also" * (n // 5) + " x said it was false.",
        "titles": lambda n: "The" + " said" * (n // 5) + " Minister Dario Venn denied it.",
        "commas": lambda n: "The minister denied " + "," * n + "x.",
        "sentences": lambda n: "The minister denied it. " * (n // 24),
    }
    for name, make in cases.items():
        assert _reading_work(make(40_000)) / _reading_work(make(10_000)) < 5, name


def test_a_sentence_longer_than_any_article_sentence_is_left_unread():
    long = "Venn said " + "the harbour was quiet and " * 200 + "nothing happened."
    assert len(long) > speakers.MAX_SENTENCE_CHARS
    (reading,) = reader(long).readings
    assert not reading.acts and not reading.mentions


def test_many_drafts_with_one_base_get_their_ids_in_linear_lookups():
    taken = CountingSet({"harbour-official"})
    builder = Builder("lantern-gazette", ArchivedText("x"), NameIndex(), taken)
    ids = [builder.free_id("Harbour official") for _ in range(1_000)]
    assert ids[0] == "harbour-official-2" and ids[-1] == "harbour-official-1001" and len(set(ids)) == 1_000
    assert taken.lookups <= 3 * 1_000  # numbering from 2 each time took 1,000 * 1,000 / 2
