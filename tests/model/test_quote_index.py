"""Finding quotes costs about the quotes' length: each archive is indexed once, each distinct quote looked up once.

Issue 13: 4,000 failing quotes against a 2.5 MB archive took 13.5 s, each one read
the whole text several times. These tests count the work (look-ups, whole-text
scans), and check the index against a plain search on random texts.
"""

from __future__ import annotations

import random

from generator.model.archive import ArchivedText, fold

WORDS = [
    "harbour",
    "militia",
    "ledger",
    "crossing",
    "border",
    "official",
    "minister",
    "denied",
    "said",
    "the",
    "of",
    "a",
    "in",
    "on",
    "to",
    "and",
]


def _archive(paragraphs: int, seed: int = 1) -> ArchivedText:
    rng = random.Random(seed)
    text = "\n\n".join(
        f"Paragraph {i} " + " ".join(rng.choice(WORDS) for _ in range(rng.randrange(8, 30))) + "."
        for i in range(paragraphs)
    )
    return ArchivedText(text)


def _quotes(archive: ArchivedText, n: int, seed: int = 2, longest: int = 8) -> list[str]:
    rng = random.Random(seed)
    words = archive.folded.split(" ")
    out = []
    for _ in range(n):
        i = rng.randrange(len(words) - longest)
        out.append(" ".join(words[i : i + rng.randrange(3, longest)]))
    return out


def test_a_quote_cited_many_times_is_looked_up_once():
    archive = _archive(50)
    quote = _quotes(archive, 1)[0]
    for k in range(500):
        # The same words, copied with other spaces: one quote after folding.
        assert archive.locate(quote.replace(" ", "  \n" if k % 2 else " ")) is not None
    assert archive.searches == 1


def test_quotes_and_failing_quotes_are_found_without_reading_the_whole_text():
    archive = _archive(2_000)
    quotes = [q for q in _quotes(archive, 600, longest=12) if len(q.split(" ")) >= 6][:400]
    # A typo before the last word, as when a quote is copied by hand.
    failing = [" ".join([*q.split(" ")[:-1], "zqx", q.split(" ")[-1]]) for q in quotes]
    for q in quotes:
        assert archive.locate(q) is not None
    for q in failing:
        assert archive.locate(q) is None
        assert archive.nearest(q) is not None  # the hint, found through the index too
    assert archive.scans == 0


def _reference_locate(archive: ArchivedText, quote: str, paragraph: int | None) -> tuple[int, int] | None:
    """What ``locate`` answered before the index: ``str.find`` on the folded text."""
    needle = fold(quote)
    if not needle:
        return None
    folded, starts = archive.folded, archive._index[1]
    at = -1
    if paragraph is not None and 1 <= paragraph <= len(starts):
        at = folded.find(needle, starts[paragraph - 1])
        if at >= 0 and paragraph < len(starts) and at >= starts[paragraph]:
            at = -1
    if at < 0:
        at = folded.find(needle)
    return None if at < 0 else (at, sum(1 for s in starts if s <= at))


def test_the_index_finds_what_a_plain_search_finds():
    rng = random.Random(3)
    vocab = ["a", "aa", "the", "said", "“No", "group”", "—", "-", "x", "ab", "’s", "\u00a0"]
    for _ in range(400):
        text = "".join(
            rng.choice(vocab) + rng.choice([" ", "  ", "\n", "\n\n", "\t"]) for _ in range(rng.randrange(1, 50))
        )
        archive = ArchivedText(text)
        folded = archive.folded
        for _ in range(25):
            if folded and rng.random() < 0.6:
                a = rng.randrange(len(folded))
                quote = folded[a : rng.randrange(a, min(len(folded), a + 40) + 1)]
                if quote and rng.random() < 0.3:
                    k = rng.randrange(len(quote))
                    quote = quote[:k] + rng.choice("xyz ") + quote[k + 1 :]
            else:
                quote = " ".join(rng.choice(vocab) for _ in range(rng.randrange(1, 6)))
            paragraph = rng.choice([None, 1, 2, 3, 5])
            assert archive.locate(quote, paragraph) == _reference_locate(archive, quote, paragraph), (text, quote)


def test_two_word_quotes_and_missing_words_are_found_without_reading_the_whole_text():
    archive = _archive(2_000)
    words = archive.folded.split(" ")
    pairs = [f"{words[i][-3:]} {words[i + 1][:4]}" for i in range(1, 4_000, 37) if words[i + 1].startswith("Para")]
    assert pairs and all(archive.locate(q) is not None for q in pairs)  # 'Paragraph' begins few words
    assert archive.locate("nowhere") is None and archive.locate("ledgerzqx") is None
    assert archive.scans == 0
