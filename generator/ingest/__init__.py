"""Ingest: archive an article under seeds/ and describe it in a new source record.

    fetched  = fetch.read_target(FILE_OR_URL)       a local file, or an http(s) fetch within set limits
    article  = extract.from_html / from_text        main text, paragraphs, metadata; boilerplate dropped
    archive  = article.text()                       title line, blank line, paragraphs; NFC; final newline
    record   = content/source/<id>.yaml             title, publisher, url, language, published, sha256...

Nothing is ever overwritten: the same text already archived by a source is a
no-op ("already ingested as <id>"), and an id taken by other content is an
error whose hint is --id. Metadata comes only from what the page says of
itself or from the editor's options, never from a guess: the language is
never detected from the words, and a date keeps the precision it was given.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from generator.errors import FactsheetError, UsageError
from generator.ingest.extract import Article, from_html, from_text
from generator.ingest.fetch import Fetched, FetchLimits, decode_text, read_target
from generator.ingest.ids import default_id
from generator.load.yamldoc import read_document
from generator.model.fields import check_edtf, check_language, check_slug, check_url
from generator.model.records import RECORD_TYPES, Source
from generator.project import Project
from generator.roundtrip import create_record
from generator.writefile import write_new


@dataclass(frozen=True)
class Overrides:
    """What the editor says on the command line; each wins over what the page says."""

    id: str | None = None
    title: str | None = None
    publisher: str | None = None
    language: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass
class Result:
    """What ingest did: the source id, its files, and whether they were written now or existed already."""

    source_id: str
    archive: Path
    record: Path
    created: bool
    article: Article | None = None
    data: dict = field(default_factory=dict)


def checked_overrides(overrides: Overrides) -> Overrides:
    """The options, each validated as the model validates the field it fills; bad ones are usage errors."""
    checks = (
        (
            "id",
            check_slug,
            "ids are lowercase slugs of a-z, 0-9 and single hyphens, e.g. --id meridian-wire-2024-04-kessel",
        ),
        ("language", check_language, "give a BCP 47 tag such as --language en, ar or fa-Arab"),
        ("published", check_edtf, "write YYYY, YYYY-MM or YYYY-MM-DD: the precision you actually know"),
        ("url", check_url, "give the article's http(s) address"),
    )
    for name, check, hint in checks:
        value = getattr(overrides, name)
        if value is None:
            continue
        try:
            check(value)
        except ValueError:
            raise UsageError(f"--{name} '{value}' is not valid", hint=hint) from None
    return overrides


DEFAULT_LIMITS = FetchLimits()
"""Public addresses only, one deadline and one size limit (see :class:`FetchLimits`)."""


def ingest(
    project: Project,
    target: str,
    overrides: Overrides = Overrides(),
    today: datetime.date | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Result:
    """Archive ``target`` (a path, or an http(s) URL fetched within ``limits``) into ``project``; see the module doc."""
    overrides = checked_overrides(overrides)
    fetched = read_target(target, limits)
    article = read_article(fetched)
    text = article.text()
    raw = text.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()

    known = sources_by_sha256(project)
    if digest in known:
        source_id = known[digest]
        return Result(
            source_id,
            project.seeds_dir / f"{source_id}.txt",
            project.content_dir / "source" / f"{source_id}.yaml",
            created=False,
            article=article,
        )

    data = record_data(article, fetched, overrides, digest, today or datetime.date.today())
    source_id = overrides.id or default_id(data["title"], data["publisher"], data.get("published"), digest)
    archive = project.seeds_dir / f"{source_id}.txt"
    record = project.content_dir / "source" / f"{source_id}.yaml"
    data["archive"] = f"seeds/{archive.name}"
    _check_id_free(project, source_id, archive, raw)
    try:
        Source.model_validate({**data, "id": source_id})
    except ValidationError as exc:
        first = exc.errors()[0]
        field_name = ".".join(str(p) for p in first["loc"]) or "record"
        raise FactsheetError(
            f"the source record would be invalid: {field_name}: {first['msg']}",
            hint=f"pass the right value with --{field_name}" if field_name in Overrides.__dataclass_fields__ else "",
        ) from None

    wrote_archive = not archive.exists()
    if wrote_archive:
        write_new(archive, raw)  # the very bytes hashed above
    try:
        create_record(record, "source", data)
    except BaseException:
        if wrote_archive:
            archive.unlink(missing_ok=True)
        raise
    return Result(source_id, archive, record, created=True, article=article, data=data)


def read_article(fetched: Fetched) -> Article:
    if b"\x00" in fetched.data[:8192]:
        raise FactsheetError(
            f"{fetched.label} is a binary file, not an article",
            hint="ingest an HTML page or a plain-text (UTF-8) copy of the article",
        )
    if fetched.is_html:
        return from_html(fetched.data, base_url=fetched.url)
    return from_text(decode_text(fetched))


def record_data(article: Article, fetched: Fetched, overrides: Overrides, digest: str, today: datetime.date) -> dict:
    """The new source record's fields, from the options first and the page's own metadata second."""
    title = overrides.title or article.title
    if not title:
        raise UsageError("the page gives no title", hint='pass it with --title "..."')
    publisher = overrides.publisher or article.publisher
    if not publisher:
        raise UsageError(f"{fetched.label} does not say who published it", hint='pass it with --publisher "..."')
    language = overrides.language or article.language
    if not language:
        raise UsageError(
            f"{fetched.label} does not declare its language, and factsheet never guesses it",
            hint="pass it with --language, e.g. --language en",
        )
    data: dict = {"title": title, "publisher": publisher}
    if article.author:
        data["author"] = article.author
    url = overrides.url or article.url or fetched.url
    if url:
        data["url"] = url
    data["language"] = language
    published = overrides.published or article.published
    if published:
        data["published"] = published
        if not overrides.published and article.published_from:
            data["date_note"] = f"From {article.published_from}."
    if fetched.retrieved:
        data["retrieved"] = fetched.retrieved
    data["archive"] = ""  # set once the id is known
    data["sha256"] = digest
    data["notes"] = _notes(article, fetched, overrides, today)
    return data


def _notes(article: Article, fetched: Fetched, overrides: Overrides, today: datetime.date) -> str:
    said = []
    if article.kind == "html":
        said.append("main text extracted from the HTML with trafilatura")
        if article.language and not overrides.language:
            said.append(f"language from the page's {article.language_from}")
    if article.dropped:
        kinds = sorted({d.reason for d in article.dropped})
        said.append(f"dropped {len(article.dropped)} line(s) of page furniture ({', '.join(kinds)})")
    detail = f"; {'; '.join(said)}" if said else ""
    return (
        f"Ingested with `factsheet ingest` from {fetched.label} on {today.isoformat()}{detail}. "
        "Check the title, publisher and date against the original."
    )


def sources_by_sha256(project: Project) -> dict[str, str]:
    """The sha256 each existing source record gives for its archive, mapped to the source's id."""
    found: dict[str, str] = {}
    folder = project.content_dir / "source"
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.yaml")):
        parsed, _ = read_document(path, path)  # the one hardened reader; its issues are validate's to report
        doc = parsed.data if parsed is not None else None
        if isinstance(doc, dict) and isinstance(doc.get("sha256"), str):
            found.setdefault(doc["sha256"].strip().lower(), path.stem)
    return found


def _check_id_free(project: Project, source_id: str, archive: Path, raw: bytes) -> None:
    """Refuse an id that a record of any type already has, or whose archive path holds other text."""
    for type_name in RECORD_TYPES:
        taken = project.content_dir / type_name / f"{source_id}.yaml"
        if taken.exists():
            raise FactsheetError(
                f"the id '{source_id}' is taken by {project.relative(taken)}", hint="choose another id with --id"
            )
    if archive.is_symlink() or (archive.exists() and archive.read_bytes() != raw):
        raise FactsheetError(
            f"{project.relative(archive)} already holds a different text", hint="choose another id with --id"
        )
