"""Quotations and sentences: found in every quotation style, and never split inside a quotation."""

from __future__ import annotations

from generator.draft.text import MASK, Paragraph, find_quotes, mask, split_sentences


def paragraph(text: str) -> Paragraph:
    quotes = find_quotes(text, 2)
    para = Paragraph(2, text, quotes, mask(text, quotes))
    para.sentences = split_sentences(para)
    return para


def test_curly_straight_and_guillemet_quotations():
    text = '\u201cA,\u201d he said. "B." She called it \u00abC\u00bb and \u201eD\u201c.'
    assert [q.text for q in find_quotes(text)] == ["A,", "B.", "C", "D"]


def test_an_unclosed_quotation_runs_to_the_end_of_the_paragraph():
    (q,) = find_quotes("\u201cThe water came in under the door.")
    assert not q.closed and q.text == "The water came in under the door."


def test_masking_blanks_the_words_but_keeps_marks_and_final_punctuation():
    text = "\u201cWe will go. Now,\u201d Lind said."
    masked = mask(text, find_quotes(text))
    assert masked == "\u201c" + MASK * 15 + ",\u201d Lind said."
    assert len(masked) == len(text)


def test_sentences_split_outside_quotations_and_not_after_abbreviations():
    para = paragraph(
        "\u201cNobody asked. They paid,\u201d he says. Dr. Ivo Sarkis of the U.S. mission agrees. "
        "\u201cIt ended.\u201d Then he left."
    )
    assert [s.text for s in para.sentences] == [
        "\u201cNobody asked. They paid,\u201d he says.",
        "Dr. Ivo Sarkis of the U.S. mission agrees.",
        "\u201cIt ended.\u201d",
        "Then he left.",
    ]
    assert [len(s.quotes) for s in para.sentences] == [1, 0, 1, 0]
    assert para.sentences[2].only_quotes() and not para.sentences[0].only_quotes()
