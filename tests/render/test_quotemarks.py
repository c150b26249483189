"""Our quotation marks around a passage that brings marks of its own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.quotemarks import enclose, wholly_quoted

MARKS = "“”‘’\"'«»"


def shown(text: str, *, nest: bool = True) -> str:
    opening, passage, closing = enclose(text, nest=nest)
    return opening + passage + closing


@pytest.mark.parametrize(
    ("passage", "expected"),
    [
        ("plain words", "“plain words”"),
        # Wholly inside its own pair: the source's marks are enough.
        (
            "“These factions are classified as terrorist organisations”",
            "“These factions are classified as terrorist organisations”",
        ),
        ('"a dangerous matter"', '"a dangerous matter"'),
        ("«کتائب حزبالله»", "«کتائب حزبالله»"),
        # Marks that close early or open late: ours outside, theirs made single inside.
        ("describing the matter as “dangerous.”", "“describing the matter as ‘dangerous.’”"),
        # Cut inside a quotation: its one mark at the edge is half of the pair.
        (
            "“Increasing attacks in Balochistan by militants based in Iran further",
            "“Increasing attacks in Balochistan by militants based in Iran further”",
        ),
        ("to remain.”", "“to remain.”"),
        ("to remain,” Al-Zurfi said", "“to remain,’ Al-Zurfi said”"),
        ('"a cut quotation', '"a cut quotation"'),
        ("“one ‘inner’ then cut", "“one ‘inner’ then cut”"),
        ("“We deny it,” she said. “All of it.”", "“‘We deny it,’ she said. ‘All of it.’”"),
        ("“We deny it,” she said. “All of it", "“‘We deny it,’ she said. ‘All of it”"),
        ('the "Fatemiyoun" brigade', "“the 'Fatemiyoun' brigade”"),
        ('"A" and "B"', "“'A' and 'B'”"),
    ],
)
def test_a_passage_is_shown_with_one_outer_pair_of_double_marks(passage, expected):
    assert shown(passage) == expected


def test_right_to_left_passages_keep_their_own_marks_inside_ours():
    passage = '"معسكر أبو منتظر المحمداوي"، وهو الاسم الجديد لـ"معسكر أشرف"'
    assert shown(passage, nest=False) == "“" + passage + "”"
    assert shown("«لشکر الطفوف»", nest=False) == "«لشکر الطفوف»"


def test_wholly_quoted_needs_the_first_mark_to_close_at_the_end():
    assert wholly_quoted("“one “two” three”")
    assert not wholly_quoted("“one” and “two”")
    assert not wholly_quoted("“unclosed")
    assert not wholly_quoted("“")
    assert not wholly_quoted("«mismatched”")


@given(st.text(alphabet=st.sampled_from(list(MARKS) + list("ab ,."))))
def test_only_quotation_marks_change_and_no_double_marks_pile_up_at_the_edges(text):
    opening, passage, closing = enclose(text)
    # The words are the source's, in order; only the marks may differ.
    assert [c for c in passage if c not in MARKS] == [c for c in text if c not in MARKS]
    if opening and closing:
        # Guillemets may sit inside our marks: they differ from them, as in French.
        assert passage[:1] not in {"“", '"'}
        assert passage[-1:] not in {"”", '"'}
    else:
        # A mark of ours is left out only where the source's own mark stands in for it.
        assert passage == text
        assert (opening + passage.strip())[:1] in {"“", '"', "«"}
        assert (passage.strip() + closing)[-1:] in {"”", '"', "»"}
