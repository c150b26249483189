"""Browser tests: the built sites served over HTTP on 127.0.0.1 and driven in Debian's headless Chromium.

Each site is built once per session. Chromium is Debian's package (``tasks.py
test`` installs it as root when it is missing); Playwright only drives it and
never downloads a browser. Without Chromium the tests are skipped with the
reason, except in CI, where they must run.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.build import build_site
from generator.project import Project
from generator.validate import check_project
from tests.build.sites import hostile_project, seed_project
from tests.render.kit import REPO

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = REPO / "tests" / "artifacts"


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; in CI the browser tests must run (python3 tasks.py test installs Chromium as root)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        _unavailable("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium, as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@dataclass
class Site:
    project: Project
    url: str
    """The site's address, ending in '/'."""

    @property
    def root(self) -> Path:
        return self.project.site_dir

    def page(self, path: str) -> str:
        return self.url + path


def built_and_served(project: Project) -> Iterator[Site]:
    """Build ``project`` (its records must be valid) and serve the site over HTTP until the caller is done.

    Session fixtures ``yield from`` it, so the server stops when the fixture is torn down.
    """
    corpus, issues = check_project(project)
    assert [i.text() for i in issues if i.severity == "error"] == []
    build_site(project, corpus.published(), quiet=True)
    yield from served(project)


def served(project: Project) -> Iterator[Site]:
    """Serve ``project``'s built site over HTTP until the caller is done."""
    handler = functools.partial(_Quiet, directory=str(project.site_dir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(project, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory):
    """The seed corpus (content/ of this repository) in git, built and served."""
    yield from built_and_served(seed_project(tmp_path_factory.mktemp("seed") / "project"))


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory):
    """tests/fixtures/hostile with its 1 MB description, built and served."""
    yield from built_and_served(hostile_project(tmp_path_factory.mktemp("hostile") / "project"))


@pytest.fixture
def page(browser):
    """A fresh page at desktop size that records console errors, page errors, dialogs and policy violations."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda m: tab.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(f"page error: {e}"))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog: {d.message}"), d.dismiss()))
    tab.add_init_script(WATCH_POLICY)
    yield tab
    context.close()


# Collects Content Security Policy violations on the page, for policy_violations().
WATCH_POLICY = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__violations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
});
"""


def policy_violations(tab) -> list[str]:
    return tab.evaluate("window.__violations || []")


def wait_until(tab, expression: str, timeout: float = 20.0) -> None:
    """Poll a JavaScript expression until it is true.

    Playwright's wait_for_function compiles its predicate with eval, which the site's
    Content Security Policy forbids; evaluate() goes through the debugger and is not.
    """
    deadline = time.monotonic() + timeout
    while not tab.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        tab.wait_for_timeout(100)


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name
