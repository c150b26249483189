"""`factsheet build` and `factsheet serve`: the website, built once or rebuilt live while editing."""

from __future__ import annotations

import click

from generator.commands.common import Settings, check_content, pass_settings
from generator.errors import BuildError, ContentError


@click.command("build")
@click.option("--drafts", is_flag=True, help="Show draft records, marked as drafts (for previews only; never publish).")
@click.option("--full", is_flag=True, help="Rebuild every page, not only those whose Markdown changed.")
@click.option("--partial", is_flag=True, help="Publish without a download whose exporter fails, instead of failing.")
@pass_settings
def build(settings: Settings, drafts: bool, full: bool, partial: bool) -> None:
    """Validate the records, render them to Markdown and build the site with `mkdocs build --strict` into site/."""
    from generator.build import build_site

    try:
        project, corpus = check_content(settings)
    except ContentError:
        raise SystemExit(1) from None
    settings.say(f"building {len(corpus)} records into {project.relative(project.site_dir)}/")
    result = build_site(
        project,
        corpus if drafts else corpus.published(),
        drafts=drafts,
        quiet=settings.quiet,
        incremental=not full,
        partial=partial,
    )
    for note in result.notes:  # what was left out is said even with --quiet and in CI
        click.echo(f"note: {note}", err=True)
    indexed = f", {result.search_index.pages} pages indexed for search" if result.search_index else ""
    settings.say(
        f"built {result.pages} pages{' incrementally' if result.incremental else ''} in {result.seconds:.1f}s "
        f"({result.pages - result.reused} rendered, {len(result.written)} Markdown files written, {result.unchanged} unchanged, {len(result.removed)} removed"
        f"{indexed})" + (" with drafts shown: do not publish this build" if drafts else "")
    )


@click.command("serve")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--drafts", is_flag=True, help="Show draft records, marked as drafts.")
@pass_settings
def serve(settings: Settings, dev_addr: str, drafts: bool) -> None:
    """Preview the site at --dev-addr, regenerating pages whenever a record, archive, template or mkdocs.yml changes."""
    from generator.build.preview import serve as serve_preview

    try:
        serve_preview(settings.project(), dev_addr=dev_addr, drafts=drafts, echo=lambda m: click.echo(m, err=True))
    except BuildError as exc:
        click.echo(f"factsheet: {exc.message}", err=True)
        raise SystemExit(1) from None
