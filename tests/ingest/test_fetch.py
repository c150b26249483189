"""Reading the input: local files of every sort, and http(s) fetches against a server on 127.0.0.1."""

from __future__ import annotations

import datetime
import http.server
import socket
import threading
import time

import pytest

from generator.errors import FactsheetError, UsageError
from generator.ingest import fetch
from generator.ingest.fetch import decode_text, is_url, read_target
from tests.ingest.conftest import ARTICLES

PAGES = {
    "/article": (200, "text/html; charset=utf-8", (ARTICLES / "wire-kessel-clash.html").read_bytes()),
    "/plain": (200, "text/plain; charset=utf-8", "Title\n\nBody.\n".encode()),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4 binary"),
    "/missing": (404, "text/html", b"not here"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(1.5)
        status, content_type, body = PAGES.get(self.path, PAGES["/missing"])
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_and_paths_are_told_apart():
    assert is_url("https://example.org/a") and is_url("ftp://x") and is_url("javascript:alert(1)")
    assert not is_url("article.html") and not is_url("C:\\Users\\me\\article.html") and not is_url("./a:b.txt")


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)", "data:text/html,x"])
def test_only_http_and_https_are_fetched(target):
    with pytest.raises(UsageError, match="cannot ingest"):
        read_target(target)


def test_local_files(tmp_path):
    with pytest.raises(UsageError, match="there is no file"):
        read_target(str(tmp_path / "nope.html"))
    with pytest.raises(UsageError, match="is a folder"):
        read_target(str(tmp_path))
    page = read_target(str(ARTICLES / "html_no_metadata.html"))
    assert page.is_html and page.url is None and page.retrieved is None and page.label == "html_no_metadata.html"
    sniffed = tmp_path / "saved-page"
    sniffed.write_bytes(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert read_target(str(sniffed)).is_html


def test_binary_and_non_utf8_text_are_refused(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(FactsheetError, match="binary"):
        decode_text(read_target(str(png)))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Caf\u00e9 ferm\u00e9\n".encode("latin-1"))
    with pytest.raises(FactsheetError, match="not UTF-8"):
        decode_text(read_target(str(latin1)))
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffTitle\n\nBody.\n".encode("utf-8"))
    assert decode_text(read_target(str(bom))) == "Title\n\nBody.\n"


def test_fetching_a_page_follows_redirects_and_records_the_day(server):
    page = read_target(server + "/moved")
    assert page.is_html and page.url == server + "/article"
    assert page.retrieved == datetime.date.today().isoformat()
    plain = read_target(server + "/plain")
    assert not plain.is_html and decode_text(plain) == "Title\n\nBody.\n"


@pytest.mark.parametrize("path, message", [("/missing", "answered 404"), ("/report.pdf", "application/pdf")])
def test_server_answers_that_are_not_articles(server, path, message):
    with pytest.raises(FactsheetError, match=message):
        read_target(server + path)


def test_network_failures_are_errors_with_a_hint(server, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    with pytest.raises(FactsheetError) as refused:
        read_target(f"http://127.0.0.1:{closed_port}/article")
    assert "could not fetch" in refused.value.message and "save the page" in refused.value.hint
    monkeypatch.setattr(fetch, "TIMEOUT", 0.3)
    with pytest.raises(FactsheetError, match="within 0.3 seconds|timed out"):
        read_target(server + "/slow")
