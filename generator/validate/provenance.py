"""Provenance: archived texts are where they should be and unchanged, and every quote is in them.

This is what lets a reader trust a footnote: the quoted words occur verbatim
in a copy of the source that cannot change without the build noticing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from generator.errors import Issue, issue_at
from generator.model.archive import ArchivedText
from generator.model.records import Source
from generator.model.walk import iter_citations
from generator.validate.registry import Context, check


def archive_path(ctx: Context, source: Source) -> tuple[Path | None, str]:
    """The archive's absolute path if it is a safe path inside seeds/, else (None, why not)."""
    raw = source.archive
    posix = PurePosixPath(raw)
    if "\\" in raw or posix.is_absolute() or raw.startswith("~"):
        return None, f"'{raw}' is not a relative path; write it as seeds/<file>"
    if ".." in posix.parts or not posix.parts or posix.parts[0] != "seeds" or len(posix.parts) < 2:
        return None, f"'{raw}' does not stay inside seeds/"
    path = ctx.project.root.joinpath(*posix.parts)
    seeds = ctx.project.seeds_dir.resolve()
    for parent in [path, *path.parents]:
        if parent == ctx.project.root:
            break
        if parent.is_symlink():
            return None, f"'{raw}' passes through a link, which may lead outside the project"
    if not path.resolve().is_relative_to(seeds):
        return None, f"'{raw}' resolves outside seeds/"
    return path, ""


@check("archives")
def check_archives(ctx: Context) -> Iterator[Issue]:
    """Each source's archive is safe, present, unchanged (sha256) and UTF-8; readable ones are kept for quotes."""
    corpus = ctx.corpus
    for source in corpus.all_of(Source):
        origin = corpus.origins[source.id]
        here = origin.loc(("archive",))
        path, why = archive_path(ctx, source)
        if path is None:
            yield issue_at(origin.path, here, "archive-outside", why)
            continue
        if not path.is_file():
            yield issue_at(origin.path, here, "archive-missing", f"there is no file at '{source.archive}'")
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest != source.sha256:
            yield issue_at(
                origin.path,
                origin.loc(("sha256",)),
                "checksum-mismatch",
                f"'{source.archive}' has sha256 {digest}, not the one recorded",
                f"restore the archived text, or if the change is intended set sha256: {digest}",
            )
        try:
            corpus.archives[source.id] = ArchivedText(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield issue_at(
                ctx.shown(path),
                (1, 1),
                "yaml-encoding",
                f"archived text is not UTF-8 (byte {exc.start})",
                "save the archive as UTF-8",
            )


@check("quotes")
def check_quotes(ctx: Context) -> Iterator[Issue]:
    """Every quote occurs in its source's archived text, in the paragraph its locator names."""
    corpus = ctx.corpus
    for record in corpus:
        origin = corpus.origins[record.id]
        for path, citation in iter_citations(record):
            archive = corpus.archives.get(citation.source)
            if archive is None:
                continue  # unknown source or unreadable archive: reported by other checks
            found = archive.locate(citation.quote, citation.paragraph)
            if found is None:
                near = archive.nearest(citation.quote)
                hint = (
                    f"paragraph {near[0]} matches as far as '…{near[1]}', then the quote has "
                    f"'{near[2]}…' where the archive has '{near[3]}…'"
                    if near
                    else "not even its opening words occur in the archive; check the source id"
                )
                yield issue_at(
                    origin.path,
                    origin.loc((*path, "quote")),
                    "quote-not-found",
                    f"the quote is not in the archived text of '{citation.source}'",
                    hint,
                )
            elif citation.paragraph is not None and citation.paragraph != found[1]:
                yield issue_at(
                    origin.path,
                    origin.loc((*path, "paragraph")),
                    "wrong-paragraph",
                    f"the quote starts in paragraph {found[1]}, not {citation.paragraph}",
                    f"set paragraph: {found[1]}",
                )


@check("orphans")
def check_orphans(ctx: Context) -> Iterator[Issue]:
    """Every file under seeds/ is the archive of some source, and none is a link."""
    seeds = ctx.project.seeds_dir
    if not seeds.is_dir():
        return
    used = {PurePosixPath(s.archive) for s in ctx.corpus.all_of(Source)}
    for path in sorted(seeds.rglob("*")):
        rel = path.relative_to(ctx.project.root)
        if any(part.startswith(".") for part in rel.parts) or path.name in ("README.md", "README"):
            continue
        if path.is_symlink():
            yield issue_at(ctx.shown(path), (1, 1), "symlink", "links are not followed in seeds/")
        elif path.is_file() and PurePosixPath(rel.as_posix()) not in used and not _claimed_by_invalid(ctx):
            yield issue_at(ctx.shown(path), (1, 1), "orphan-file", "no source record archives this file")


def _claimed_by_invalid(ctx: Context) -> bool:
    """While a source record fails to load we cannot tell which file it archives; stay quiet."""
    return any(t == "source" for t in ctx.corpus.invalid.values())
