"""`factsheet new TYPE NAME`: start a record from a skeleton the editor fills in.

The skeleton is a draft that already validates (with warnings for what it
still lacks): its first line points the YAML language server at the type's
schema, each field with a fixed vocabulary lists the choices, and the optional
fields follow as comments, ready to uncomment.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass
from typing import Any, Literal, get_args, get_origin

import click
from ruamel.yaml.comments import CommentedMap

from generator.commands.common import Settings, pass_settings
from generator.errors import UsageError
from generator.model.fields import MAX_ID_LENGTH, check_slug
from generator.model.records import RECORD_TYPES
from generator.model.slug import slugify
from generator.project import Project
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


SHORT_ID = 40
"""Proposed ids stay this short: an id is typed in references and read in addresses."""
_FILLER = frozenset(
    re.split(
        r"\s+",
        "a an the and or of to in on at for from by with as that this these those is are was were be been has have had "
        "said says say told tells according would will could should it its their his her they he she who which what "
        "there here than then also about into over",
    )
)


def short_id(name: str, limit: int = SHORT_ID) -> str:
    """An id of the words that matter in ``name``, at most ``limit`` characters: whole words, fillers left out.

    Names (capitalised words) are kept first, then the other words in order while they fit, all in the
    order ``name`` has them: 'Adnan Al-Zurfi said the Iraqi government is allowing groups ...' ->
    'adnan-al-zurfi-iraqi-government-iraq'.
    """
    full = slugify(name, limit=10_000)
    if len(full) <= limit:
        return full
    tokens = [(slugify(w), w[:1].isupper()) for w in re.findall(r"[^\W_]+", name)]
    words = [(i, w, named) for i, (w, named) in enumerate(tokens) if w and w not in _FILLER]
    if not words:
        return full[:limit].strip("-")
    chosen: set[int] = set()

    def fits(extra: int) -> bool:
        return len("-".join(w for i, w, _ in words if i in chosen or i == extra)) <= limit

    for want_named in (True, False):
        for i, _word, named in words:
            if named == want_named and i not in chosen and fits(i):
                chosen.add(i)
    out = "-".join(dict.fromkeys(w for i, w, _ in words if i in chosen))
    return out or full[:limit].strip("-")


@dataclass
class Offers:
    """What the project already has that a new claim or denial likely uses: its speaker, its source."""

    speaker: str | None = None
    """An actor or group whose name (or alias) the new record's summary opens with."""
    actors: list[str] = dataclasses.field(default_factory=list)
    """Existing actors and groups to choose from, those of the most recent source first."""
    source: str | None = None
    """The most recently archived source: the article being worked through."""


def offers(project: Project, name: str) -> Offers:
    """Look through the records once for the speaker named in ``name`` and the most recent source."""
    from generator.load.records import load_records

    corpus, _ = load_records(project.content_dir, lambda p: str(p))
    found = Offers()
    sources = [(project.content_dir / "source" / f"{s.id}.yaml", s.id) for s in corpus.of_type("source")]
    dated = [(path.stat().st_mtime, sid) for path, sid in sources if path.exists()]
    if dated:
        found.source = max(dated)[1]
    # The speaker is who the summary opens with: "Adnan Al-Zurfi said ...", "The interior ministry denied ...".
    text = name.casefold().removeprefix("the ")
    speakers = [r for t in ("actor", "group") for r in corpus.of_type(t)]
    matches = []
    for record in speakers:
        names = [getattr(record, "name", "")] + [a.name for a in getattr(record, "aliases", [])]
        hits = [n for n in names if n and len(n) >= 4 and _opens(text, n.casefold().removeprefix("the "))]
        if hits:
            matches.append((-max(len(n) for n in hits), record.id))
    if matches:
        found.speaker = min(matches)[1]
    cited = {r.id for r, _ in corpus.citing(found.source)} if found.source else set()
    found.actors = sorted((r.id for r in speakers), key=lambda rid: (rid not in cited, rid))
    return found


def _opens(text: str, name: str) -> bool:
    """Whether ``text`` begins with ``name`` as whole words."""
    return text.startswith(name) and not text[len(name) : len(name) + 1].isalnum()


def skeleton(type_name: str, name: str, offer: Offers | None = None) -> str:
    """The text of a new draft record of ``type_name`` called ``name``, with what the project offers filled in."""
    offer = offer or Offers()
    cls = RECORD_TYPES[type_name]
    doc = CommentedMap()
    optional: list[str] = []
    for field in field_order(type_name):
        info = cls.model_fields[field]
        choices = _choices(info.annotation)
        if field == NAME_FIELD.get(type_name, "name"):
            doc[field] = name
        elif field in ("claimant", "denier") and offer.speaker:
            doc[field] = CommentedMap(actor=offer.speaker)
            doc.yaml_add_eol_comment("the summary opens with it; or `described_as: ...` for someone unnamed", field)
        elif field in ("claimant", "denier"):
            doc[field] = CommentedMap(described_as=f"{PLACEHOLDER}: who, as the source describes them")
            some = ", ".join(offer.actors[:6]) + (", ..." if len(offer.actors) > 6 else "")
            doc.yaml_add_eol_comment(
                "or `actor: <id>` for someone with a record" + (f": {some}" if some else ""), field
            )
        elif field == "status":
            doc[field] = "draft"
            doc.yaml_add_eol_comment("drafts are never published; `factsheet review ID` when done", field)
        elif field == "citations":
            doc[field] = []
            if offer.source:
                doc.yaml_add_eol_comment(f"factsheet cite ID {offer.source} 'verbatim words' adds one", field)
            else:
                doc.yaml_add_eol_comment("- {source: <source id>, quote: <verbatim words>, paragraph: <n>}", field)
        elif field in STARTERS.get(type_name, {}):
            doc[field] = STARTERS[type_name][field]
        elif info.is_required() and choices:
            doc[field] = choices[0]
            doc.yaml_add_eol_comment("one of: " + ", ".join(choices), field)
        elif info.is_required():
            doc[field] = f"{PLACEHOLDER}: {field}"
        elif field not in ("reviewed_by", "reviewed_at", "former_ids"):  # written by review, rename and merge
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
@click.option(
    "--id",
    "record_id",
    help=f"The id (file name); default: the words of NAME that matter, at most {SHORT_ID} characters.",
)
@pass_settings
def command(settings: Settings, type_name: str, name: str, record_id: str | None) -> None:
    """Create content/TYPE/ID.yaml: a draft skeleton for a record called NAME (sources come from `factsheet ingest`).

    A claim or denial whose summary opens with an existing actor or group gets it as the speaker, and the
    skeleton names the most recently archived source to cite.
    """
    proposed = record_id is None
    record_id = record_id or short_id(name)
    if not record_id:
        raise UsageError(f"cannot make an id from {name!r}", hint="pass one with --id, e.g. --id fatemiyoun")
    try:
        check_slug(record_id)
    except ValueError:
        raise UsageError(
            f"'{record_id}' is not an id",
            hint=f"ids are lowercase slugs of a-z, 0-9 and hyphens, at most {MAX_ID_LENGTH} characters",
        ) from None
    taken = _id_in_use(settings, record_id)
    if taken:
        raise UsageError(
            f"the id '{record_id}' is already used by content/{taken}/{record_id}.yaml", hint="choose another with --id"
        )
    project = settings.project()
    offer = offers(project, name) if type_name in ("claim", "denial") else Offers()
    path = project.content_dir / type_name / f"{record_id}.yaml"
    write_new(path, skeleton(type_name, name, offer))
    click.echo(project.relative(path))
    if proposed:
        click.echo(
            f"id: {record_id} (the words that matter; ids never change once published, so choose "
            f'another now with --id, e.g. factsheet new {type_name} "..." --id {record_id})',
            err=True,
        )
    if offer.speaker:
        click.echo(f"speaker: {offer.speaker} (the summary opens with it)", err=True)
    if offer.source:
        click.echo(f"source to cite: {offer.source} (the most recently archived)", err=True)
