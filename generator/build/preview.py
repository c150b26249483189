"""The live preview behind `factsheet serve`: regenerate the Markdown on every edit, rebuild only what changed.

Built on public interfaces only, and wired differently from `mkdocs serve` so that it stays
quick with tens of thousands of pages:

* Nothing polls the docs folder (mkdocs' own server polls every file it watches twice a
  second, which at thousands of pages costs more than the rebuild itself). The operating
  system's file events on content/, seeds/, templates/ and mkdocs.yml wake our regenerator,
  which writes the pages and then asks the build thread to run mkdocs' build, with our plugin.
* A small server of our own (:mod:`generator.build.preview_server`) serves the site, and the
  preview's status and script: the pages show the errors that stopped the last edit, and
  reload after each build.
* Rebuilds are mkdocs' "dirty" builds, converting only pages whose Markdown changed,
  unless the templates, mkdocs.yml or factsheet itself changed (the build stamp), which
  rebuilds every page.
* An edit is shown in two passes: first the pages about records, with the downloads and the
  corpus-wide pages (lists, timeline, home) of the previous pass; then, once that rebuild
  is visible, everything brought up to date. The corpus-wide pages are the largest, so
  rendering and converting them is most of what a pass costs at tens of thousands of records.
"""

from __future__ import annotations

import gc
import json
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.build import Downloads, generated_pages, write_docs
from generator.build.incremental import build_stamp
from generator.build.plugin import NAME as PLUGIN_NAME
from generator.build.plugin import FactsheetPlugin, install
from generator.build.preview_server import PreviewServer
from generator.errors import BuildError, format_issues
from generator.load.records import FileMemo
from generator.project import Project
from generator.siteconfig import SiteSettings, load_mkdocs_config


@dataclass
class Preview:
    """One preview session: regenerates the docs and asks the server to rebuild."""

    project: Project
    drafts: bool
    echo: Callable[[str], None]
    site_dir: str = ""
    """The folder of the site last built (a full rebuild makes a new one)."""
    dev_addr: str = "127.0.0.1:8000"
    config: Any = None
    """mkdocs' config as loaded for the last good regeneration; the next build uses it, so a pass reads
    mkdocs.yml once (and an edit to it shows)."""
    stamp: str = ""
    """The build stamp of the Markdown last written."""
    built_stamp: str | None = None
    """The build stamp of the site last built (None before the first build)."""
    downloads: Downloads | None = None
    files: FileMemo = field(default_factory=dict)
    """Records as last read, so an edit re-reads only the files that changed."""
    built: threading.Event = field(default_factory=threading.Event)
    problems: list[str] = field(default_factory=list)
    """The errors that stopped the last regeneration, as the terminal prints them; empty once fixed."""
    builds: int = 0
    """Site builds finished: the pages in the browser reload when it grows."""
    build_requested: threading.Event = field(default_factory=threading.Event)
    """Set when the Markdown changed and the site should be built again; the server's build thread waits on it."""

    def status(self) -> bytes:
        """What the pages' preview script asks for: the errors to show, and the build to reload at."""
        return json.dumps({"build": self.builds, "errors": self.problems}, ensure_ascii=False).encode("utf-8")

    def regenerate(self, *, quick: bool = False, quiet_issues: bool = False) -> bool:
        """Validate and write the Markdown; True when pages were written.

        ``quick`` writes the pages about records only, keeping the last downloads and the
        corpus-wide pages (lists, timeline) as they were: those follow in a full pass.
        ``quiet_issues`` does not print the content's warnings again (the quick pass did).
        """
        from generator.validate import check_project, has_errors

        corpus, issues = check_project(self.project, memo=self.files)
        if issues and not quiet_issues:
            self.echo(format_issues(issues, "text"))
        if has_errors(issues):
            self.problems = [issue.text() for issue in sorted(issues) if issue.severity == "error"]
            self.echo("factsheet: errors above; the preview keeps the last good pages")
            return False
        try:
            config = self.load()
            self.stamp = build_stamp(self.project, self.drafts)
            docs = write_docs(
                self.project,
                corpus if self.drafts else corpus.published(),
                drafts=self.drafts,
                stamp=self.stamp,
                downloads=self.downloads if quick else None,
                quick=quick,
                partial=True,  # the preview stays up; the note says which download is missing
                site=SiteSettings.of(config),
            )
        except BuildError as exc:
            self.problems = [exc.message + (f"\n  hint: {exc.hint}" if exc.hint else "")]
            self.echo(f"factsheet: {exc.message}")
            return False
        self.problems = []
        self.config = config
        self.downloads = docs.downloads
        report = docs.report
        what = "record pages" if quick else "pages and downloads"
        self.echo(
            f"factsheet: regenerated {what} ({docs.pages - docs.reused} rendered, "
            f"{len(report.written)} files changed, {len(report.removed)} removed)"
        )
        return True

    def load(self) -> Any:
        """mkdocs' config of mkdocs.yml as it is now, with the plugin and the preview's script; raises BuildError."""
        warnings: list[str] = []
        config = load_mkdocs_config(self.project, site_dir=self.site_dir, dev_addr=self.dev_addr, warnings=warnings)
        for warning in warnings:  # the preview is not strict: say what mkdocs thinks of mkdocs.yml, and go on
            self.echo(f"mkdocs.yml: {warning}")
        # The preview has no search index; the site folder is its own, not links to a live site.
        install(config, FactsheetPlugin(generated=generated_pages(self.project), index_search=False))
        config.extra_javascript.append(f"{STATUS_PATH}preview.js")  # errors on every page, reload after a build
        return config

    def pull_trigger(self) -> None:
        """Ask for the site to be built again from the Markdown just written."""
        self.built.clear()
        self.build_requested.set()

    def on_change(self) -> None:
        """An input changed: pages first, then, once they are built, the downloads."""
        if self.downloads is None:  # no good pass yet: nothing to be quick with
            if self.regenerate():
                self.pull_trigger()
            return
        if not self.regenerate(quick=True):
            return  # the problems are printed; the preview keeps the last good pages
        self.pull_trigger()
        self.built.wait(timeout=600)
        if self.regenerate(quiet_issues=True):
            self.pull_trigger()


def serve(project: Project, *, dev_addr: str, drafts: bool, echo: Callable[[str], None]) -> None:
    """Serve a live preview of ``project`` at ``dev_addr`` until interrupted."""
    from mkdocs.commands.build import build
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer

    site_dir = tempfile.mkdtemp(prefix="factsheet-preview-")
    preview = Preview(project, drafts, echo, site_dir=site_dir, dev_addr=dev_addr)
    preview.regenerate()

    def dirty_build(config) -> bool:
        """Tell the plugin (mkdocs' startup event runs once per server, not per build) what kind of build this is."""
        dirty = preview.built_stamp == preview.stamp
        config.plugins[PLUGIN_NAME].dirty = dirty
        return dirty

    config = preview.config if preview.config is not None else preview.load()
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    serve_url = f"http://{host}:{port}{mount_path}"

    def builder(config: Any = None) -> None:
        """Build the site: a dirty build in the served folder, a full one in a new folder switched in when whole.

        mkdocs empties the site folder before a full build, so building the served folder in
        place would answer 404 for as long as every page takes to build.
        """
        stamp = preview.stamp
        if config is None:
            config = preview.config
        config.site_url = serve_url
        dirty = dirty_build(config)
        served = server.site_dir
        target = served if dirty else Path(tempfile.mkdtemp(prefix="factsheet-preview-"))
        config.site_dir = str(target)
        try:
            build(config, serve_url=serve_url, dirty=dirty)
            if not dirty:
                server.site_dir = target.resolve()
                shutil.rmtree(served, ignore_errors=True)
            preview.site_dir = str(target)
            preview.built_stamp = stamp
        except BaseException:
            if not dirty:
                shutil.rmtree(target, ignore_errors=True)
            raise
        finally:
            preview.builds += 1
            preview.built.set()

    status_prefix = mount_path.rstrip("/") + "/" + STATUS_PATH
    server = PreviewServer(
        Path(site_dir),
        host,
        port,
        mount_path,
        {
            status_prefix + "status.json": lambda: (preview.status(), "application/json; charset=utf-8"),
            status_prefix + "preview.js": lambda: (PREVIEW_JS.encode("utf-8"), "text/javascript; charset=utf-8"),
        },
    )

    def build_loop() -> None:
        while True:
            preview.build_requested.wait()
            preview.build_requested.clear()
            try:
                builder()
            except Exception as exc:  # keep serving the last good site; the editor sees why
                echo(f"factsheet: could not build the preview: {type(exc).__name__}: {exc}")

    pending = threading.Event()

    def is_change(event) -> bool:  # reads (opened, closed) are events too: mkdocs reads mkdocs.yml on every build
        return event.event_type in ("created", "modified", "deleted", "moved") and not event.is_directory

    class OnChange(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if is_change(event):
                pending.set()

    watched = {str(project.mkdocs_yml.resolve()), str(project.history_reasons.resolve())}

    class OnConfigChange(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            paths = {getattr(event, "src_path", ""), getattr(event, "dest_path", "")}
            if is_change(event) and watched & paths:
                pending.set()

    def loop() -> None:
        while True:
            pending.wait()
            time.sleep(0.3)  # an editor's save is often several events: coalesce them
            pending.clear()
            try:
                preview.on_change()
            except Exception as exc:  # keep serving; the editor sees the problem and fixes it
                echo(f"factsheet: could not regenerate: {type(exc).__name__}: {exc}")

    observer = Observer()
    for folder in (project.content_dir, project.seeds_dir, project.templates_dir):
        if folder.is_dir():
            observer.schedule(OnChange(), str(folder), recursive=True)
    # mkdocs.yml and history-reasons.yaml sit in the project root, beside build/ where we write: watch the
    # root alone, not below it.
    observer.schedule(OnConfigChange(), str(project.mkdocs_yml.resolve().parent), recursive=False)
    if threading.current_thread() is threading.main_thread():
        # A service manager or a terminal closing stops the preview with SIGTERM: clean up as for Ctrl+C,
        # or each stop would leave a whole site behind in the temporary folder.
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        builder(config)
        # What the first build leaves behind lives as long as the preview; without this, every
        # later collection walks it all again, which slows each regeneration by half.
        gc.collect()
        gc.freeze()
        threading.Thread(target=build_loop, daemon=True).start()
        observer.start()
        threading.Thread(target=loop, daemon=True).start()
        echo(f"factsheet: previewing at {serve_url} (Ctrl+C stops)")
        server.serve_forever()
    except KeyboardInterrupt:
        echo("factsheet: preview stopped")
    finally:
        server.shutdown()
        observer.stop()
        shutil.rmtree(server.site_dir, ignore_errors=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


STATUS_PATH = "_factsheet-preview/"
"""Where, below the site's address, the preview serves its script and its status (never a page's address)."""

PREVIEW_JS = """// factsheet serve: show the errors that stopped the preview on every page, and reload after a build.
// Loaded from the site itself (the Content Security Policy forbids inline scripts); every text is set
// with textContent, so a message shows as written.
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  if (!here) return;
  var status = new URL("status.json", here);
  var first = null;
  var shown = null;
  function banner(errors) {
    var text = errors.join("\\n");
    if (text === shown) return;
    shown = text;
    var old = document.getElementById("fs-preview-errors");
    if (old) old.remove();
    if (!errors.length) return;
    var box = document.createElement("div");
    box.id = "fs-preview-errors";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:sticky;top:0;z-index:10;background:#fde8e8;color:#5f0b0b;" +
      "border-bottom:3px solid #b42318;padding:0.6rem 1rem;font-size:0.8rem;max-height:40vh;overflow:auto";
    var title = document.createElement("strong");
    title.textContent = "The preview is out of date: the last edit was not applied because of " +
      (errors.length === 1 ? "this error" : "these " + errors.length + " errors") +
      ". This page shows the last good version.";
    var list = document.createElement("pre");
    list.style.cssText = "white-space:pre-wrap;margin:0.4rem 0 0;background:none;color:inherit";
    list.textContent = text;
    box.appendChild(title);
    box.appendChild(list);
    document.body.insertBefore(box, document.body.firstChild);
  }
  function poll() {
    fetch(status, { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (first === null) first = state.build;
        else if (state.build !== first) { location.reload(); return; }
        banner(state.errors || []);
      })
      .catch(function () {})
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
"""
