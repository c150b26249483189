"""`factsheet build` and `factsheet serve`: the website, built once or rebuilt live while editing."""

from __future__ import annotations

import threading
import time

import click

from generator.commands.common import Settings, check_content, pass_settings
from generator.errors import BuildError, ContentError


@click.command("build")
@click.option("--drafts", is_flag=True, help="Show draft records, marked as drafts (for previews only; never publish).")
@click.option("--full", is_flag=True, help="Rebuild every page, not only those whose Markdown changed.")
@pass_settings
def build(settings: Settings, drafts: bool, full: bool) -> None:
    """Validate the records, render them to Markdown and build the site with `mkdocs build --strict` into site/."""
    from generator.build import build_site

    try:
        project, corpus = check_content(settings)
    except ContentError:
        raise SystemExit(1)
    settings.say(f"building {len(corpus)} records into {project.relative(project.site_dir)}/")
    result = build_site(
        project, corpus if drafts else corpus.published(), drafts=drafts, quiet=settings.quiet, incremental=not full
    )
    for note in result.notes:
        settings.say(f"note: {note}")
    indexed = f", {result.search_index.pages} pages indexed for search" if result.search_index else ""
    settings.say(
        f"built {result.pages} pages{' incrementally' if result.incremental else ''} in {result.seconds:.1f}s "
        f"({len(result.written)} Markdown files written, {result.unchanged} unchanged, {len(result.removed)} removed"
        f"{indexed})" + (" with drafts shown: do not publish this build" if drafts else "")
    )


class _Regenerator:
    """Re-renders the Markdown when a record, archive or template changes; mkdocs' server does the rest.

    Only our inputs are watched, never build/ where we write, so a rebuild cannot
    trigger another; bursts of events (an editor's save writes several) are
    coalesced into one regeneration.
    """

    DEBOUNCE = 0.3

    def __init__(self, settings: Settings, drafts: bool) -> None:
        self.settings = settings
        self.drafts = drafts
        self.pending = threading.Event()
        self.runs = 0

    def regenerate(self) -> None:
        from generator.build import write_docs
        from generator.validate import check_project, has_errors
        from generator.errors import format_issues

        project = self.settings.project()
        corpus, issues = check_project(project)
        self.runs += 1
        if issues:
            click.echo(format_issues(issues, "text"), err=True)
        if has_errors(issues):
            click.echo("factsheet: errors above; the preview keeps the last good pages", err=True)
            return
        try:
            docs = write_docs(project, corpus if self.drafts else corpus.published(), drafts=self.drafts)
        except BuildError as exc:
            click.echo(f"factsheet: {exc.message}", err=True)
            return
        report = docs.report
        click.echo(f"factsheet: regenerated ({len(report.written)} pages changed, {len(report.removed)} removed)", err=True)

    def loop(self) -> None:
        while True:
            self.pending.wait()
            time.sleep(self.DEBOUNCE)
            self.pending.clear()
            try:
                self.regenerate()
            except Exception as exc:  # keep serving; the editor sees the problem and fixes it
                click.echo(f"factsheet: could not regenerate: {type(exc).__name__}: {exc}", err=True)


@click.command("serve")
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--drafts", is_flag=True, help="Show draft records, marked as drafts.")
@pass_settings
def serve(settings: Settings, dev_addr: str, drafts: bool) -> None:
    """Preview the site at --dev-addr, regenerating pages whenever a record, archive or template changes."""
    from mkdocs.commands.serve import serve as mkdocs_serve
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    project = settings.project()
    regenerator = _Regenerator(settings, drafts)
    regenerator.regenerate()

    class OnChange(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.event_type in ("created", "modified", "deleted", "moved") and not event.is_directory:
                regenerator.pending.set()

    observer = Observer()
    for folder in (project.content_dir, project.seeds_dir, project.templates_dir):
        if folder.is_dir():
            observer.schedule(OnChange(), str(folder), recursive=True)
    observer.start()
    threading.Thread(target=regenerator.loop, daemon=True).start()
    try:
        # "dirty": on each change mkdocs converts only the pages whose Markdown we rewrote
        mkdocs_serve(config_file=str(project.mkdocs_yml), livereload=True, build_type="dirty", dev_addr=dev_addr)
    finally:
        observer.stop()
