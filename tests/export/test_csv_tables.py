"""The CSV export: columns from the model, flattened cells, statements.csv, quoting and formula guards."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.export import EXPORTERS
from generator.export.csv_tables import (
    FORMULA_STARTS,
    SEPARATORS,
    STATEMENT_COLUMNS,
    columns,
    csv_line,
    field_order,
    table,
)
from generator.model.records import RECORD_TYPES, Record
from tests.conftest import REPO, check


def export(project) -> dict[str, str]:
    corpus, issues = check(project)
    assert issues == []
    return EXPORTERS["csv"](project).files(corpus)


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_one_file_per_type_and_statements(base_project):
    files = export(base_project)
    assert sorted(files) == sorted([f"{t}.csv" for t in RECORD_TYPES] + ["statements.csv"])
    assert {name: len(rows(text)) for name, text in files.items()} == {
        "source.csv": 1,
        "group.csv": 1,
        "actor.csv": 2,
        "place.csv": 1,
        "event.csv": 1,
        "claim.csv": 1,
        "denial.csv": 1,
        "statements.csv": 10,
    }


def test_columns_follow_the_model(base_project):
    shared = [name for name in Record.model_fields if name != "id"]
    for cls in RECORD_TYPES.values():
        header = columns(cls)
        assert header[0] == "id" and header[-len(shared) :] == shared
        # every field is a column, or one column per sub-field when it holds a single statement
        assert list(dict.fromkeys(c.split(".")[0] for c in header[1:])) == field_order(cls)
    assert columns(RECORD_TYPES["group"]) == [
        "id",
        "name",
        "aliases",
        "description",
        "same_as",
        "not_same_as",
        "kind",
        "origin",
        "date",
        "relationships",
        "status",
        "reviewed_by",
        "reviewed_at",
        "notes",
        "former_ids",
        "citations",
    ]
    claimant = ["claimant.actor", "claimant.described_as", "claimant.affiliation"]
    assert columns(RECORD_TYPES["claim"])[1:5] == ["summary", *claimant]
    assert export(base_project)["group.csv"].splitlines()[0] == ",".join(columns(RECORD_TYPES["group"]))


def test_cells_flatten_lists_and_statements(base_project):
    files = export(base_project)
    (group,) = rows(files["group.csv"])
    assert group["aliases"] == "Gardes du Port [fr]"
    assert group["relationships"] == "withdrew-from port-sable (2031-03)"
    assert group["citations"] == "veloria-courier-2031 ¶2"
    assert group["origin"] == "" and group["status"] == ""
    marrow = next(r for r in rows(files["actor.csv"]) if r["id"] == "ilse-marrow")
    assert marrow["roles"] == "spokeswoman @ sable-harbour-guard"
    (claim,) = rows(files["claim.csv"])
    assert (claim["claimant.actor"], claim["claimant.described_as"]) == ("", "a port official")
    assert claim["subjects"] == "sable-harbour-guard"


def test_statements_have_one_row_per_citation(base_project):
    statements = rows(export(base_project)["statements.csv"])
    assert list(statements[0]) == list(STATEMENT_COLUMNS)
    assert STATEMENT_COLUMNS == (
        "record_id",
        "record_type",
        "property",
        "value",
        "source",
        "quote",
        "paragraph",
        "date",
    )
    group = [r for r in statements if r["record_id"] == "sable-harbour-guard"]
    assert [(r["property"], r["value"], r["date"]) for r in group] == [
        ("aliases[0]", "Gardes du Port [fr]", ""),
        ("relationships[0]", "withdrew-from port-sable (2031-03)", "2031-03"),
        ("citations", "Sable Harbour Guard", ""),
    ]
    assert group[0]["quote"] == "a militia also known as the Gardes du Port" and group[0]["paragraph"] == "2"
    claim = next(r for r in statements if r["record_type"] == "claim")
    assert (claim["property"], claim["date"]) == ("citations", "2031-03")
    assert claim["value"].startswith("A port official said")


def test_text_round_trips_through_a_csv_reader(base_project):
    path = base_project.content_dir / "place" / "port-sable.yaml"
    odd = 'Port "Sable", بندر; two\nlines'
    path.write_text(path.read_text().replace("name: Port Sable", f"name: {odd!r}".replace("\\n", "\n\n")))
    (place,) = rows(export(base_project)["place.csv"])
    assert place["name"] == odd


def test_lines_end_in_newline_and_carriage_returns_are_quoted():
    line = csv_line(["a\rb", "c\r\nd", "plain"])
    assert line == '"a\rb","c\r\nd",plain\n'
    assert next(csv.reader(io.StringIO(line, newline=""))) == ["a\rb", "c\r\nd", "plain"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_like_cells_are_defused(start):
    line = csv_line([f"{start}SUM(A1)", "safe"])
    assert next(csv.reader(io.StringIO(line, newline=""))) == [f"'{start}SUM(A1)", "safe"]


def fields(text: str, delimiter: str) -> list[str]:
    """Every field of ``text`` read as a spreadsheet in a locale splitting on ``delimiter`` would."""
    return [field for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) for field in row]


def test_a_cell_holding_a_separator_of_any_locale_is_quoted_and_defused():
    line = csv_line(["Harmless;=1+1;x", "a|b", "tab\there", "plain"])
    assert line == '"Harmless;\'=1+1;x","a|b","tab\there",plain\n'
    assert next(csv.reader(io.StringIO(line, newline=""))) == ["Harmless;'=1+1;x", "a|b", "tab\there", "plain"]
    for delimiter in SEPARATORS:
        assert not any(f.startswith(FORMULA_STARTS) for f in fields(line, delimiter)), delimiter


_PIECES = [*SEPARATORS, *FORMULA_STARTS, '"', "'", " ", "\n", "\r\n", "=1+1", "@SUM(A1)", "-2", "x"]
_CHARACTER = st.one_of(st.sampled_from(_PIECES), st.characters(exclude_categories=("Cs",)))
_CELL = st.lists(_CHARACTER, max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(st.lists(_CELL, min_size=1, max_size=4), min_size=1, max_size=4))
def test_no_field_starts_a_formula_whatever_separator_a_spreadsheet_splits_on(rows):
    text = table([f"c{i}" for i in range(max(len(r) for r in rows))], rows)
    for delimiter in SEPARATORS:
        found = fields(text, delimiter)
        assert not any(f.startswith(FORMULA_STARTS) for f in found), (delimiter, text)
    read = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert len(read) == len(rows)
    for got, cells in zip(read, rows, strict=False):
        assert len(got) == len(cells)
        for cell, original in zip(
            got, cells, strict=False
        ):  # docs/exports.md's rule undoes the guards (an original "'=" aside)
            assert unguard(cell) == original or _GUARD.search(original)


_GUARD = re.compile(r"""(^|[,;\t|\r\n])([ "]*)'(?=[=+\-@\t\r])""")


def unguard(cell: str) -> str:
    """The rule docs/exports.md gives readers for removing the guards."""
    return _GUARD.sub(r"\1\2", cell)


def test_the_documented_unguard_rule_is_the_one_tested():
    assert _GUARD.pattern in (REPO / "docs" / "exports.md").read_text()


def test_formula_in_content_is_defused_in_the_export(base_project):
    path = base_project.content_dir / "group" / "sable-harbour-guard.yaml"
    path.write_text(path.read_text().replace("name: Gardes du Port", "name: '=HYPERLINK(\"http://x\")'"))
    files = export(base_project)
    (group,) = rows(files["group.csv"])
    assert group["aliases"] == '\'=HYPERLINK("http://x") [fr]'
    alias = next(r for r in rows(files["statements.csv"]) if r["property"] == "aliases[0]")
    assert alias["value"].startswith("'=")


def test_files_are_utf8_without_bom_and_lf_only(base_project):
    for text in export(base_project).values():
        assert not text.startswith("\ufeff") and "\r\n" not in text and text.endswith("\n")
        text.encode("utf-8")
