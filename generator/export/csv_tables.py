"""CSV tables for spreadsheets: one file per record type, plus one row per citation in statements.csv.

Columns come from the model: ``id`` first, then each field of the type in
declaration order, the fields every record shares last (as in the JSON
export). A field holding one statement (a claim's ``claimant``) becomes one
column per sub-field (``claimant.actor``, ``claimant.described_as``...); a list
becomes one cell, its items joined with ``; ``. Lists of statements are
summarised in their cell (aliases as ``name [lang]``); their citations, with
quotes, are the rows of statements.csv. The JSON export is the lossless one.

Files are UTF-8 without a byte-order mark, with a header row, quoted as
RFC 4180 says and ending lines with ``\\n``. A spreadsheet may split the file
on ``,``, ``;`` (European locales), tab or ``|``, so every cell holding any of
those (or a quote or line break) is quoted, and formula guards go wherever a
field could begin under any of those separators: a ``=``, ``+``, ``-``, ``@``,
tab or carriage return at the start of a cell or of a line, or right after one
of the separators (spaces and quotes in between count as nothing), gets a
``'`` before it, so that the spreadsheet shows text instead of running a formula.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel

from generator.export.base import Exporter, register
from generator.model.corpus import Corpus
from generator.model.records import (
    RECORD_TYPES,
    Alias,
    Citation,
    DifferingAccount,
    NotSameAs,
    Record,
    Relationship,
    Role,
    StatusChange,
)
from generator.model.walk import iter_citations

LIST_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Field starts that spreadsheets read as a formula; such fields get an apostrophe before them."""
SEPARATORS = (",", ";", "\t", "|")
"""The field separators spreadsheets use across locales; a cell holding one is always quoted."""

# Where a spreadsheet splitting on any common separator could see a field begin with a formula:
# at the start of the cell, or after a separator or line break, past any spaces or quotes.
_FORMULA_AT_FIELD_START = re.compile(r"""(?:^|[,;\t|\r\n])[ "]*(?=[=+\-@\t\r])""")
_NEEDS_QUOTES = re.compile(r"""[,;\t|"\r\n]""")

STATEMENT_COLUMNS = ("record_id", "record_type", "property", "value", "source", "quote", "paragraph", "date")

# Fields every record shares (status, notes, citations...) read best after the type's own.
_SHARED = tuple(name for name in Record.model_fields if name != "id")


def _alias_cell(alias: Alias) -> str:
    kind = "" if alias.kind == "alias" else f" ({alias.kind})"
    return f"{alias.name} [{alias.lang}]{kind}" if alias.lang else f"{alias.name}{kind}"


def _relationship_cell(rel: Relationship) -> str:
    return f"{rel.type} {rel.target}" + (f" ({rel.date})" if rel.date else "")


def _role_cell(role: Role) -> str:
    text = role.title + (f" @ {role.organization}" if role.organization else "")
    qualifiers = [q for q in (role.date, "former" if role.former else None) if q]
    return text + (f" ({', '.join(qualifiers)})" if qualifiers else "")


def _not_same_as_cell(decision: NotSameAs) -> str:
    return f"not {decision.record}"


def _status_change_cell(change: StatusChange) -> str:
    return f"{change.status} {change.date}" + (f" by {change.by}" if change.by else "")


def _differing_account_cell(account: DifferingAccount) -> str:
    return f"differs from {account.claim} on {account.detail}"


def _citation_cell(citation: Citation) -> str:
    return citation.source + (f" ¶{citation.paragraph}" if citation.paragraph else "")


STATEMENT_CELLS: dict[type[BaseModel], Callable[[Any], str]] = {
    Alias: _alias_cell,
    Relationship: _relationship_cell,
    Role: _role_cell,
    NotSameAs: _not_same_as_cell,
    StatusChange: _status_change_cell,
    DifferingAccount: _differing_account_cell,
    Citation: _citation_cell,
}
"""How a statement reads in a single cell; a statement type missing here falls back to its field values."""


def statement_cell(item: BaseModel) -> str:
    render = STATEMENT_CELLS.get(type(item))
    if render:
        return render(item)
    return " ".join(scalar_cell(v) for v in item.model_dump(exclude_defaults=True).values())


def scalar_cell(value: Any) -> str:
    """A plain value as text: booleans as true/false, absent values as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, BaseModel):
        return statement_cell(value)
    if isinstance(value, list):
        return LIST_SEPARATOR.join(scalar_cell(v) for v in value)
    return str(value)


def field_order(cls: type[Record]) -> list[str]:
    """A type's fields in column order: its own in declaration order, then the shared ones."""
    own = [name for name in cls.model_fields if name != "id" and name not in _SHARED]
    return own + [name for name in _SHARED if name in cls.model_fields]


def _single_statement(cls: type[Record], name: str) -> type[BaseModel] | None:
    """The model class of a field that holds exactly one statement (claimant, denier), if it is one."""
    annotation = cls.model_fields[name].annotation
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def columns(cls: type[Record]) -> list[str]:
    """The header of a type's table, derived from its model."""
    out = ["id"]
    for name in field_order(cls):
        nested = _single_statement(cls, name)
        out += [f"{name}.{sub}" for sub in nested.model_fields] if nested else [name]
    return out


def record_row(record: Record, header: list[str]) -> list[str]:
    row = []
    for column in header:
        value: Any = record
        for part in column.split("."):
            value = getattr(value, part, None) if value is not None else None
        row.append(scalar_cell(value))
    return row


def property_name(path: tuple[str | int, ...]) -> str:
    """A path of keys and indexes as statements.csv names it: ("relationships", 2) -> 'relationships[2]'."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def statement_rows(record: Record) -> Iterable[list[str]]:
    """One row per citation in the record: the statement it backs, then the citation."""
    order = {name: i for i, name in enumerate(field_order(type(record)))}
    cited = sorted(iter_citations(record), key=lambda item: (order.get(str(item[0][0]), len(order)), item[0]))
    for path, citation in cited:
        statement_path = path[:-2]  # drop ("citations", n)
        if statement_path:
            statement: Any = record  # walks down through lists and statements to the cited one
            for step in statement_path:
                statement = statement[step] if isinstance(step, int) else getattr(statement, step)
            prop = property_name(statement_path)
            value, date = statement_cell(statement), getattr(statement, "date", None)
        else:
            value = getattr(record, "summary", None) or record.label
            prop, date = "citations", getattr(record, "date", None)
        yield [
            record.id,
            record.TYPE,
            prop,
            value,
            citation.source,
            citation.quote,
            scalar_cell(citation.paragraph),
            scalar_cell(date),
        ]


def safe_cell(text: str) -> str:
    """Defuse a cell a spreadsheet would evaluate: '=1+1' becomes "'=1+1", 'a;=1' becomes "a;'=1"."""
    return _FORMULA_AT_FIELD_START.sub(lambda m: m[0] + "'", text)


def quoted(cell: str) -> str:
    """A cell as an RFC 4180 field, quoted whenever it holds a separator of any locale, a quote or a line break."""
    return '"' + cell.replace('"', '""') + '"' if _NEEDS_QUOTES.search(cell) else cell


def csv_line(cells: Iterable[str]) -> str:
    """One RFC 4180 line ending in '\\n', every cell defused and quoted as needed.

    Written by hand rather than with the csv module, whose minimal quoting looks
    only at its own delimiter: a cell with ';' would go out bare, and a
    spreadsheet that splits on ';' would see the text after it as a new field.
    """
    line = ",".join(quoted(safe_cell(c)) for c in cells)
    return (line or '""') + "\n"  # a row of one empty cell is not an empty line


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    return csv_line(header) + "".join(csv_line(row) for row in rows)


@register
class CsvExporter(Exporter):
    NAME = "csv"
    FILE_NAME = "csv"
    MIME_TYPE = "text/csv"
    TITLE = "Tables of records and cited statements (CSV)"
    MULTI_FILE = True

    def files(self, corpus: Corpus) -> dict[str, str]:
        out = {}
        for type_name, cls in RECORD_TYPES.items():
            header = columns(cls)
            out[f"{type_name}.csv"] = table(header, (record_row(r, header) for r in corpus.of_type(type_name)))
        out["statements.csv"] = table(STATEMENT_COLUMNS, (row for r in corpus for row in statement_rows(r)))
        return out
