"""`factsheet new TYPE NAME`: start a record from a skeleton the editor fills in.

The skeleton is a draft that already validates (with warnings for what it
still lacks): its first line points the YAML language server at the type's
schema, each field with a fixed vocabulary lists the choices, and the optional
fields follow as comments, ready to uncomment.
"""

from __future__ import annotations

import io
from typing import Any, Literal, get_args, get_origin

import click
from ruamel.yaml.comments import CommentedMap

from generator.commands.common import Settings, pass_settings
from generator.errors import UsageError
from generator.model.fields import MAX_ID_LENGTH, check_slug
from generator.model.records import RECORD_TYPES
from generator.model.slug import slugify
from generator.roundtrip import field_order, modeline, yaml_writer
from generator.writefile import write_new

PLACEHOLDER = "TODO"
"""Marks text the editor still has to write; `factsheet review` refuses a record that contains it."""
# The field that NAME fills, where it is not `name`.
NAME_FIELD = {"claim": "summary", "denial": "summary", "source": "title"}
NEW_TYPES = [t for t in RECORD_TYPES if t != "source"]
# Optional fields a type still needs one of, so the skeleton validates (a denial says what was denied).
STARTERS = {"denial": {"denied": f"{PLACEHOLDER}: what was denied, in the source's terms"}}


def _choices(annotation: Any) -> tuple[str, ...]:
    if get_origin(annotation) is Literal:
        return tuple(get_args(annotation))
    for arg in get_args(annotation):
        found = _choices(arg)
        if found:
            return found
    return ()


def skeleton(type_name: str, name: str) -> str:
    """The text of a new draft record of ``type_name`` called ``name``."""
    cls = RECORD_TYPES[type_name]
    doc = CommentedMap()
    optional: list[str] = []
    for field in field_order(type_name):
        info = cls.model_fields[field]
        choices = _choices(info.annotation)
        if field == NAME_FIELD.get(type_name, "name"):
            doc[field] = name
        elif field in ("claimant", "denier"):
            doc[field] = CommentedMap(described_as=f"{PLACEHOLDER}: who, as the source describes them")
            doc.yaml_add_eol_comment("or `actor: <id>` for someone with a record", field)
        elif field == "status":
            doc[field] = "draft"
            doc.yaml_add_eol_comment("drafts are never published; `factsheet review ID` when done", field)
        elif field == "citations":
            doc[field] = []
            doc.yaml_add_eol_comment("- {source: <source id>, quote: <verbatim words>, paragraph: <n>}", field)
        elif field in STARTERS.get(type_name, {}):
            doc[field] = STARTERS[type_name][field]
        elif info.is_required() and choices:
            doc[field] = choices[0]
            doc.yaml_add_eol_comment("one of: " + ", ".join(choices), field)
        elif info.is_required():
            doc[field] = f"{PLACEHOLDER}: {field}"
        elif field not in ("reviewed_by", "reviewed_at"):
            hint = "one of: " + ", ".join(choices) if choices else (info.description or "").split(";")[0]
            optional.append(f"# {field}:  # {hint}")
    buf = io.StringIO()
    yaml_writer().dump(doc, buf)
    tail = "\n# Optional fields; see docs/records.md:\n" + "\n".join(optional) + "\n" if optional else ""
    return modeline(type_name) + buf.getvalue() + tail


def _id_in_use(settings: Settings, record_id: str) -> str | None:
    content = settings.project().content_dir
    for type_name in RECORD_TYPES:
        if (content / type_name / f"{record_id}.yaml").exists():
            return type_name
    return None


@click.command("new")
@click.argument("type_name", metavar="TYPE", type=click.Choice(NEW_TYPES))
@click.argument("name")
@click.option("--id", "record_id", help="The id (file name); default: a slug of NAME.")
@pass_settings
def command(settings: Settings, type_name: str, name: str, record_id: str | None) -> None:
    """Create content/TYPE/ID.yaml: a draft skeleton for a record called NAME (sources come from `factsheet ingest`)."""
    record_id = record_id or slugify(name)
    if not record_id:
        raise UsageError(f"cannot make an id from {name!r}", hint="pass one with --id, e.g. --id fatemiyoun")
    try:
        check_slug(record_id)
    except ValueError:
        raise UsageError(f"'{record_id}' is not an id",
                         hint=f"ids are lowercase slugs of a-z, 0-9 and hyphens, at most {MAX_ID_LENGTH} characters")  # fmt: skip
    taken = _id_in_use(settings, record_id)
    if taken:
        raise UsageError(f"the id '{record_id}' is already used by content/{taken}/{record_id}.yaml",
                         hint="choose another with --id")  # fmt: skip
    path = settings.project().content_dir / type_name / f"{record_id}.yaml"
    write_new(path, skeleton(type_name, name))
    click.echo(settings.project().relative(path))
