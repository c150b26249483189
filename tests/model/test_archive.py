"""Finding quotes in archived texts: verbatim except whitespace, quote and dash styles."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.model.archive import ArchivedText, fold, looks_like_headline

TEXT = "Headline here\n\nFirst  paragraph with \u201ccurly quotes\u201d and an en\u2013dash.\n\n\nSecond paragraph\nwraps here.\n"


def test_paragraphs_split_on_blank_lines():
    assert ArchivedText(TEXT).paragraphs == [
        "Headline here",
        "First  paragraph with \u201ccurly quotes\u201d and an en\u2013dash.",
        "Second paragraph\nwraps here.",
    ]


def test_fold_normalises_only_whitespace_quotes_and_dashes():
    assert fold("\u2018a\u2019  \u201cb\u201d\u2014c\n") == "'a' \"b\"-c"
    assert fold("Caf\u00e9") == "Caf\u00e9"  # letters are never folded


def test_find_returns_original_offsets_and_paragraph():
    archive = ArchivedText(TEXT)
    span = archive.find('with "curly quotes" and an en-dash')
    assert span is not None and span.paragraph == 2
    assert TEXT[span.start : span.end] == "with \u201ccurly quotes\u201d and an en\u2013dash"


def test_find_across_a_line_break_within_a_paragraph():
    archive = ArchivedText(TEXT)
    span = archive.find("Second paragraph wraps")
    assert span.paragraph == 3 and TEXT[span.start : span.end] == "Second paragraph\nwraps"


def test_case_and_words_must_match():
    archive = ArchivedText(TEXT)
    assert archive.find("first paragraph") is None
    assert archive.find("Second paragraph wrapped") is None
    assert archive.find("   ") is None


def test_nearest_points_at_the_divergence():
    paragraph, matched, quote_has, archive_has = ArchivedText(TEXT).nearest("Second paragraph unwraps here")
    assert paragraph == 3 and matched.endswith("Second paragraph ")
    assert quote_has.startswith("unwraps") and archive_has.startswith("wraps")


def test_paragraph_of_an_offset():
    archive = ArchivedText(TEXT)
    assert archive.paragraph_of(TEXT.index("Second")) == 3
    assert archive.paragraph_of(0) == 1


def test_paragraph_locator_picks_among_repeated_words():
    archive = ArchivedText("A\n\nthe same words\n\nthe same words again\n")
    assert archive.find("the same words").paragraph == 2
    assert archive.find("the same words", paragraph=3).paragraph == 3
    assert archive.find("the same words", paragraph=1).paragraph == 2  # not there: first occurrence


_TEXTS = st.text(alphabet=st.sampled_from(list("ab \n\u2019'\u2014-\u00a0\u0641")), max_size=60)


@given(_TEXTS, st.data())
def test_any_substring_is_found_and_maps_back_to_the_original(text, data):
    archive = ArchivedText(text)
    folded = archive.folded
    if not folded.strip():
        return
    i = data.draw(st.integers(0, len(folded) - 1))
    j = data.draw(st.integers(i + 1, len(folded)))
    quote = folded[i:j]
    if not quote.strip():
        return
    span = archive.find(quote)
    assert span is not None
    assert fold(text[span.start : span.end]) == fold(quote)


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Kessel Brigade denies sending fighters to Port Sable", True),
        ("U.S. denies role in Kessel raid", True),  # a full stop inside
        ("Venn accuses the U.S.", True),  # an abbreviation's stop at the end
        ("Arno: we will not stand by ...", True),  # an ellipsis
        ("Is the Kessel Brigade back?", True),
        ("The brigade said on Monday that none of its fighters had crossed.", False),
        ("The brigade said none of its men had crossed the river at Kessel Gate.\u201d", False),  # closed by a mark
        ("نفى المتحدث باسم لواء كسيل، الثلاثاء، إرسال مقاتلين إلى المدينة.", False),
        ("لواء كسيل ينفي إرسال مقاتلين إلى المدينة", True),
        (" ".join(["word"] * 31), False),  # too long for a headline, stop or none
    ],
)
def test_a_first_line_reads_as_a_headline_unless_long_or_ended_by_a_full_stop(line, headline):
    assert looks_like_headline(line) is headline
