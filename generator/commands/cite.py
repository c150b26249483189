"""`factsheet cite RECORD SOURCE QUOTE`: add a quotation to a record's citations, with its paragraph found for you.

The quotation must be in the source's archived text (whitespace, quote and dash
styles may differ, as validation allows); it is written as the archive has it, with
the paragraph it starts in. The record file is edited in place, so its comments and
layout stay and the diff shows the one new citation.
"""

from __future__ import annotations

import click
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.commands.common import Settings, pass_settings
from generator.errors import FactsheetError, UsageError
from generator.model.records import RECORD_TYPES
from generator.roundtrip import edit_record, plain, set_field


def _trail(item: CommentedMap, text: str) -> None:
    """Put comment lines after ``item``'s last value (ruamel keeps them on the last key)."""
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    last = list(item)[-1]
    item.ca.items[last] = [None, None, CommentToken(text, CommentMark(0), None), None]


def _move_trailing_comment(previous: object, item: CommentedMap) -> None:
    """The comment lines (and final line break) after the list's old last item now follow the new last item."""
    if not isinstance(previous, CommentedMap) or not len(previous):
        return
    last = list(previous)[-1]
    slot = previous.ca.items.get(last)
    if slot and len(slot) > 2 and slot[2] is not None:
        _trail(item, slot[2].value)
        slot[2] = None


@click.command("cite")
@click.argument("record_id", metavar="RECORD")
@click.argument("source_id", metavar="SOURCE")
@click.argument("quote")
@click.option("--paragraph", type=click.IntRange(min=1), help="The paragraph, when the words occur in more than one.")
@pass_settings
def command(settings: Settings, record_id: str, source_id: str, quote: str, paragraph: int | None) -> None:
    """Cite QUOTE from source SOURCE in record RECORD: checked against the archive, paragraph found, file kept as written."""
    from generator.validate import check_project
    from generator.validate.references import did_you_mean

    project = settings.project()
    path = next(
        (
            project.content_dir / t / f"{record_id}.yaml"
            for t in RECORD_TYPES
            if (project.content_dir / t / f"{record_id}.yaml").is_file()
        ),
        None,
    )
    corpus, _ = check_project(project)  # reads and checks the archives
    if path is None:
        near = did_you_mean(corpus, record_id, tuple(RECORD_TYPES))
        raise UsageError(
            f"there is no record with the id '{record_id}'",
            hint=f"did you mean {' or '.join(near)}?" if near else "the id is the file name under content/",
        )
    if corpus.type_of(source_id) != "source":
        near = did_you_mean(corpus, source_id, ("source",))
        raise UsageError(
            f"there is no source with the id '{source_id}'",
            hint=f"did you mean {' or '.join(near)}?"
            if near
            else "archive the article with `factsheet ingest`; its id is the file name under content/source/",
        )
    archive = corpus.archives.get(source_id)
    if archive is None:
        raise FactsheetError(f"the archived text of '{source_id}' cannot be read", hint="`factsheet validate` says why")
    span = archive.find(quote, paragraph)
    if span is None:
        parting = archive.nearest(quote)
        hint = "copy the words verbatim from the archived text; only whitespace, quote and dash styles may differ"
        if parting:
            where, same, ours, theirs = parting
            hint = f"¶{where} matches up to “…{same}”, then the quote has “{ours}…” where the archive has “{theirs}…”"
        raise FactsheetError(f"the quotation is not in the archived text of '{source_id}'", hint=hint)
    if paragraph is not None and span.paragraph != paragraph:
        raise FactsheetError(
            f"the quotation is not in ¶{paragraph} of '{source_id}'; it is in ¶{span.paragraph}",
            hint=f"pass --paragraph {span.paragraph}, or leave --paragraph out",
        )
    exact = archive.text[span.start : span.end]
    citation = {"source": source_id, "quote": " ".join(exact.split()), "paragraph": span.paragraph}
    added = False

    def add(doc: CommentedMap) -> None:
        nonlocal added
        existing = doc.get("citations")
        if isinstance(existing, list) and any(
            isinstance(c, dict)
            and c.get("source") == source_id
            and " ".join(str(c.get("quote", "")).split()) == citation["quote"]
            for c in existing
        ):
            return
        item = plain(citation)
        if isinstance(existing, CommentedSeq) and len(existing):
            _move_trailing_comment(existing[-1], item)
            existing.append(item)
        else:
            # `citations: []  # hint` then the skeleton's commented-out fields: the hint goes, the rest follows the list
            token = doc.ca.items.pop("citations", [None, None, None, None])[2] if "citations" in doc else None
            set_field(doc, path.parent.name, "citations", [citation])
            if token is not None and "\n" in token.value:
                rest = token.value.split("\n", 1)[1]
                if rest.strip():
                    _trail(doc["citations"][0], "\n" + rest)
        added = True

    edit_record(path, add)
    shown = project.relative(path)
    if not added:
        click.echo(f"{shown}: already cites this quotation from {source_id}")
        return
    click.echo(f"{shown}: cites {source_id} ¶{span.paragraph}: “{citation['quote']}”")
