"""The safe YAML reader: YAML 1.2 scalars, positions, and every kind of hostile or careless input."""

from __future__ import annotations

import pytest

from generator.load.yamldoc import MAX_FILE_BYTES, parse_document, read_document


def parse(text: str | bytes):
    raw = text.encode() if isinstance(text, str) else text
    return parse_document(raw, "f.yaml")


def test_scalars_follow_yaml_1_2_and_dates_stay_text():
    doc, issues = parse('a: 2025-02-13\nb: true\nc: 12\nd: 1.5\ne: ~\nf: "no"\ng: 2024-12-07/2024-12-08\n')
    assert issues == []
    assert doc.data == {
        "a": "2025-02-13",
        "b": True,
        "c": 12,
        "d": 1.5,
        "e": None,
        "f": "no",
        "g": "2024-12-07/2024-12-08",
    }


def test_positions_of_values_and_keys_are_recorded():
    doc, _ = parse("name: X\nlist:\n  - a: 1\n    b: two\n")
    assert doc.locs[("name",)] == (1, 7)
    assert doc.locs[("list", 0, "b")] == (4, 8)
    assert doc.key_locs[("list", 0, "b")] == (4, 5)


@pytest.mark.parametrize("word", ["yes", "No", "ON", "off", "y", "n"])
def test_yaml_1_1_booleans_are_ambiguous(word):
    doc, issues = parse(f"a: {word}\n")
    assert [i.code for i in issues] == ["yaml-ambiguous"]
    assert doc.data == {"a": word}  # still read, so later checks can run


@pytest.mark.parametrize("value", ["0123", "1:30", "1_000", "0b101"])
def test_yaml_1_1_numbers_are_ambiguous(value):
    assert [i.code for i in parse(f"a: {value}\n")[1]] == ["yaml-ambiguous"]


def test_quoted_words_are_plain_text():
    doc, issues = parse("a: 'yes'\nb: \"on\"\n")
    assert issues == [] and doc.data == {"a": "yes", "b": "on"}


def test_explicit_core_tags_are_allowed_but_python_tags_are_not():
    doc, issues = parse("a: !!str 12\n")
    assert issues == [] and doc.data == {"a": "12"}
    _, issues = parse("a: !!python/name:os.system\n")
    assert [i.code for i in issues] == ["yaml-tag"]


def test_alias_bomb_is_refused_quickly():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for n in range(1, 12):
        prev = chr(ord("a") + n - 1)
        cur = chr(ord("a") + n)
        lines.append(f"{cur}: &{cur} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
    _, issues = parse("\n".join(lines) + "\n")
    assert issues and {i.code for i in issues} == {"yaml-alias"}
    assert len(issues) <= 10


def test_deep_nesting_is_refused():
    _, issues = parse("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert [i.code for i in issues] in (["yaml-syntax"], ["yaml-too-deep"])
    _, issues = parse("a: " + "[" * 40 + "]" * 40 + "\n")
    assert [i.code for i in issues] == ["yaml-too-deep"]


def test_non_utf8_bytes_point_at_the_byte():
    _, issues = parse(b"name: ok\ntitle: caf\xe9\n")
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-encoding", 2, 11)]


def test_byte_order_mark_is_dropped():
    doc, issues = parse(b"\xef\xbb\xbfname: X\n")
    assert issues == [] and doc.data == {"name": "X"}


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b", "\u202e", "\u200b", "\x85"])
def test_control_and_invisible_characters(char):
    _, issues = parse(f"name: a{char}b\n")
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-control-char", 1, 8)]


def test_persian_zero_width_non_joiner_is_allowed():
    _doc, issues = parse("name: \u0645\u06cc\u200c\u0634\u0648\u062f\n")
    assert issues == []


def test_tabs_are_reported_where_they_are():
    _, issues = parse("a:\n  b: x\tc\n")
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-tab", 2, 7)]


def test_many_repeated_faults_are_capped():
    _, issues = parse("".join(f"k{i}: \x07\n" for i in range(100)))
    assert len(issues) == 11 and "90 more" in issues[-1].message


def test_non_string_keys_are_refused():
    _, issues = parse("? [a, b]\n: 1\n")
    assert [i.code for i in issues] == ["wrong-type"]


def test_merge_keys_are_refused():
    _, issues = parse("a: {b: 1}\nc:\n  <<: {d: 2}\n")
    assert [i.code for i in issues] == ["yaml-alias"]


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    doc, issues = read_document(big, "big.yaml")
    assert doc is None and [i.code for i in issues] == ["file-too-large"]


@pytest.mark.parametrize("escape", ["\\u202e", "\\x07", "\\0", "\\u200b"])
def test_control_characters_written_as_escapes_are_refused_too(escape):
    _, issues = parse(f'name: "a{escape}b"\n')
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-control-char", 1, 7)]


NONCHARACTERS = ["\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe", "\U0010ffff"]


@pytest.mark.parametrize("char", NONCHARACTERS)
def test_noncharacters_written_as_themselves_are_refused_where_they_are(char):
    _, issues = parse(f"name: Example\ndescription: An armed group.{char} More\n")
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-noncharacter", 2, 29)]
    assert f"U+{ord(char):04X}" in issues[0].message and "noncharacter" in issues[0].hint


@pytest.mark.parametrize("escape", ["\\uFFFF", "\\uFFFE", "\\uFDD0", "\\U0001FFFE", "\\U0010FFFF"])
def test_noncharacters_written_as_escapes_are_refused(escape):
    # The issue's record: MkDocs drops front matter holding U+FFFF and renders it as Markdown.
    _, issues = parse(f'name: Example\ndescription: "An armed group.{escape} [x](https://evil.example/)"\n')
    assert [(i.code, i.line, i.col) for i in issues] == [("yaml-noncharacter", 2, 14)]


@pytest.mark.parametrize("escape", ["\\uD800", "\\uDFFF", "\\U0000DC00"])
def test_lone_surrogates_written_as_escapes_are_refused(escape):
    _, issues = parse(f'name: "a{escape}b"\n')
    assert [(i.code, i.line) for i in issues] == [("yaml-noncharacter", 1)]


def test_a_surrogate_pair_written_as_two_escapes_is_refused_not_joined():
    # JSON joins \ud83d\ude00 into one emoji; YAML reads two lone surrogates.
    _, issues = parse('name: "\\ud83d\\ude00"\n')
    assert [i.code for i in issues] == ["yaml-noncharacter"]


@pytest.mark.parametrize("char", ["\u2028", "\u2029"])
def test_raw_line_and_paragraph_separators_are_refused_where_they_are(char):
    # libyaml reads them as line breaks (YAML 1.1), YAML 1.2 as characters: the file would mean two things.
    for text in (f"name: a{char}b\n", f'name: "a{char}b"\n', f"name: |\n  a{char}b\n"):
        _, issues = parse(text)
        assert [i.code for i in issues] == ["yaml-line-separator"], text
        line = text.split(char)[0].count("\n") + 1
        assert (issues[0].line, issues[0].col) == (line, len(text.split(char)[0].split("\n")[-1]) + 1)


@pytest.mark.parametrize("escape", ["\\L", "\\P", "\\u2028", "\\u2029"])
def test_line_separators_written_as_escapes_are_text(escape):
    doc, issues = parse(f'name: "a{escape}b"\n')
    assert issues == [] and doc.data["name"][1] in "\u2028\u2029"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.strategies import UNICODE_TEXT, refused_as_value, refused_raw, yaml_escaped, yaml_raw  # noqa: E402

_TEXT_CODES = {"yaml-control-char", "yaml-noncharacter", "yaml-line-separator", "yaml-encoding"}


def _refused_or_kept(raw: bytes, text: str, refused: bool) -> None:
    doc, issues = parse(raw)
    if refused:
        assert issues and {i.code for i in issues} <= _TEXT_CODES, [i.text() for i in issues]
        assert all(i.path == "f.yaml" and i.line == 1 and i.col >= 1 and i.hint for i in issues)
    else:
        assert issues == [] and doc.data == {"name": text}


@settings(max_examples=400, deadline=None)
@given(UNICODE_TEXT)
def test_any_text_is_kept_exactly_or_refused_with_a_located_error(text):
    """Any code point, written as itself or as an escape: the value is read unchanged, or refused at its place."""
    has_surrogate = any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    _refused_or_kept(yaml_raw(text), text, refused_raw(text) or has_surrogate)
    _refused_or_kept(yaml_escaped(text), text, refused_as_value(text))


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        # Not what the loader refuses on purpose (tested above): noncharacters (among the unassigned, Cn)
        # and the raw line and paragraph separators (Zl, Zp).
        | st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf", "Cn", "Zl", "Zp")),
            max_size=20,
        ),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text("abcdefgh_", min_size=1, max_size=8), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_json_like_value_round_trips(value):
    import json

    doc, issues = parse(f"v: {json.dumps(value, ensure_ascii=False)}\n")
    assert issues == [] and doc.data == {"v": value}
