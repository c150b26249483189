"""`factsheet serve` shows the errors that stopped the preview on every page, and drops them once fixed.

The real preview server, driven in Chromium: the banner comes from the site's own script (the
Content Security Policy forbids inline ones) and carries the terminal's `path:line:col` messages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.serving import free_port, get, start_serve, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _text(path: str) -> str:
    return Path(path).read_text()


def test_a_broken_record_shows_on_every_page_until_fixed(site_project, browser, tmp_path):
    group = next((site_project.content_dir / "group").glob("*.yaml"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    page_url, other_url = f"{base}/group/{group.stem}/", f"{base}/"
    status_url = f"{base}/_factsheet-preview/status.json"
    log = (tmp_path / "serve.log").open("w+")  # the server writes to it until the end
    proc = start_serve(site_project.root, port, log)
    page = browser.new_page()
    blocked: list[str] = []
    page.on(
        "console",
        lambda m: blocked.append(m.text) if "Content Security Policy" in m.text and "preview" in m.text else None,
    )
    try:
        assert wait_for(lambda: get(page_url) is not None, 180), _text(log.name)[-3000:]
        page.goto(page_url)
        assert page.locator("#fs-preview-errors").count() == 0
        good = group.read_text()
        group.write_text(good + "kind: [unclosed\n")
        assert wait_for(lambda: json.loads(get(status_url) or "{}").get("errors"), 60), _text(log.name)[-3000:]
        banner = page.locator("#fs-preview-errors")
        banner.wait_for(timeout=15_000)
        text = banner.inner_text()
        messages = json.loads(get(status_url))["errors"]
        first = messages[0].splitlines()[0]
        assert first.startswith(f"content/group/{group.name}:") and "error[" in first
        assert first in text and first in _text(log.name)  # the terminal's own words
        assert "last good version" in text
        # every served page, not only the one that was open
        other = browser.new_page()
        other.goto(other_url)
        other.locator("#fs-preview-errors").wait_for(timeout=15_000)
        assert first in other.locator("#fs-preview-errors").inner_text()
        # a message quoting markup from the record shows as text
        group.write_text(good + '"<img src=x id=planted>": 1\n')
        banner.filter(has_text="<img src=x id=planted>").wait_for(timeout=30_000)
        assert page.locator("#planted").count() == 0 and banner.locator("img").count() == 0
        # fixed: the page reloads after the rebuild and the banner is gone
        group.write_text(good.replace("name: ", "name: Fixed ", 1))
        assert wait_for(lambda: json.loads(get(status_url) or '{"errors": [1]}')["errors"] == [], 60)
        banner.wait_for(state="detached", timeout=30_000)
        other.locator("#fs-preview-errors").wait_for(state="detached", timeout=30_000)
        page.get_by_text("Fixed ").first.wait_for(timeout=30_000)  # reloaded after the rebuild, showing the edit
        assert blocked == []
    finally:
        page.close()
        proc.terminate()
        proc.wait(timeout=20)
