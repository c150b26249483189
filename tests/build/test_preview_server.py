"""The preview's own server: the site at its path, folders' index pages, the site's 404, nothing outside."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest

from generator.build.preview_server import PreviewServer


@pytest.fixture
def served(tmp_path):
    site = tmp_path / "site"
    (site / "group" / "x").mkdir(parents=True)
    (site / "group" / "x" / "index.html").write_text("<p>group x</p>")
    (site / "404.html").write_text("<p>not here</p>")
    (tmp_path / "secret.txt").write_text("outside the site")
    server = PreviewServer(
        site, "127.0.0.1", 0, "/facts/", {"/facts/_p/status.json": lambda: (b'{"ok":1}', "application/json")}
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.httpd.server_address[1]}"
    server.shutdown()


def get(url: str) -> tuple[int, str, str]:
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode(), response.headers.get("Location", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers.get("Location", "")


def test_pages_answers_and_missing_pages(served):
    assert get(f"{served}/facts/group/x/")[:2] == (200, "<p>group x</p>")
    assert get(f"{served}/facts/group/x")[::2] == (301, "/facts/group/x/")
    assert get(f"{served}/facts")[::2] == (301, "/facts/")
    assert get(f"{served}/facts/_p/status.json")[:2] == (200, '{"ok":1}')
    assert get(f"{served}/facts/nothing/")[:2] == (404, "<p>not here</p>")
    assert get(f"{served}/elsewhere/")[0] == 404


def test_nothing_outside_the_site_folder_is_served(served):
    for path in ("/facts/../secret.txt", "/facts/%2e%2e/secret.txt", "/facts/group/../../secret.txt"):
        status, body, _ = get(served + path)
        assert "outside the site" not in body and status == 404, path
