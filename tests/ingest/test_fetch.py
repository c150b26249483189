"""Reading the input: local files of every sort, and http(s) fetches against servers on 127.0.0.1 and 127.0.0.2.

The servers are real (http.server in a thread). A fetch from them needs
``allow_private`` (they are loopback addresses); where a test needs a local
server to stand for a public one, it names that address in ``treat_as_public``.
"""

from __future__ import annotations

import datetime
import http.server
import ipaddress
import socket
import threading
import time
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.errors import FactsheetError, UsageError
from generator.ingest import fetch
from generator.ingest.fetch import FetchLimits, address_class, address_refusal, decode_text, is_url, read_target
from tests.ingest.conftest import ARTICLES

LOCAL = FetchLimits(allow_private=True)
"""The limits for fetching from the test servers, which listen on loopback addresses."""

PAGES = {
    "/article": (200, "text/html; charset=utf-8", (ARTICLES / "wire-kessel-clash.html").read_bytes()),
    "/plain": (200, "text/plain; charset=utf-8", b"Title\n\nBody.\n"),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.4 binary"),
    "/missing": (404, "text/html", b"not here"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []
    """Every path asked of any test server, in order."""

    def do_GET(self):
        self.requests.append(f"{self.server.server_address[0]}{self.path}")
        path, query = self.path.partition("?")[0], parse_qs(urlsplit(self.path).query)
        if path in ("/moved", "/to"):
            self.send_response(302)
            self.send_header("Location", query["url"][0] if path == "/to" else "/article")
            self.end_headers()
            return
        if path == "/loop":
            self.send_response(301)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if path in ("/drip", "/drip-headers"):
            return self.drip(headers_too=path == "/drip-headers")
        if path in ("/big", "/big-unannounced"):
            return self.big(announced=path == "/big")
        if path == "/slow":
            time.sleep(1.5)
        status, content_type, body = PAGES.get(path, PAGES["/missing"])
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def drip(self, headers_too: bool) -> None:
        """An answer at 8 bytes a second (over a minute in all), for as long as the client listens."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"x" * 240 + b"\r\n\r\n"
        body = b"Title\n\n" + b"Slow text. " * 30
        if not headers_too:
            self.wfile.write(head)
            head = b""
        data = head + body
        try:
            for i in range(0, len(data), 8):
                self.wfile.write(data[i : i + 8])
                self.wfile.flush()
                time.sleep(1)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def big(self, announced: bool) -> None:
        """A 64 KiB text page; with Content-Length, or closing the connection to end it."""
        body = b"Title\n\n" + b"a" * (64 * 1024)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if announced:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.close_connection = True
        self.end_headers()
        try:
            for i in range(0, len(body), 4096):
                self.wfile.write(body[i : i + 4096])
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep test output quiet
        pass


def serve(host: str):
    httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    return httpd, f"http://{host}:{httpd.server_address[1]}"


@pytest.fixture(scope="module")
def server():
    httpd, url = serve("127.0.0.1")
    yield url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def second_server():
    """Another server, on 127.0.0.2 (Linux answers on all of 127/8): the private host a redirect points at."""
    httpd, url = serve("127.0.0.2")
    yield url
    httpd.shutdown()
    httpd.server_close()


def test_urls_and_paths_are_told_apart():
    assert is_url("https://example.org/a") and is_url("ftp://x") and is_url("javascript:alert(1)")
    assert not is_url("article.html") and not is_url("C:\\Users\\me\\article.html") and not is_url("./a:b.txt")


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://example.org/a.txt", "javascript:alert(1)", "data:text/html,x"]
)
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
    page = read_target(server + "/moved", LOCAL)
    assert page.is_html and page.url == server + "/article"
    assert page.retrieved == datetime.date.today().isoformat()
    plain = read_target(server + "/plain", LOCAL)
    assert not plain.is_html and decode_text(plain) == "Title\n\nBody.\n"


@pytest.mark.parametrize("path, message", [("/missing", "answered 404"), ("/report.pdf", "application/pdf")])
def test_server_answers_that_are_not_articles(server, path, message):
    with pytest.raises(FactsheetError, match=message):
        read_target(server + path, LOCAL)


def test_network_failures_are_errors_with_a_hint(server):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    with pytest.raises(FactsheetError) as refused:
        read_target(f"http://127.0.0.1:{closed_port}/article", LOCAL)
    assert "could not fetch" in refused.value.message and "save the page" in refused.value.hint
    with pytest.raises(FactsheetError, match="within 0.3 seconds"):
        read_target(server + "/slow", FetchLimits(seconds=0.3, allow_private=True))


# What ingest connects to -----------------------------------------------------------------


@pytest.mark.parametrize(
    "address, kind",
    [
        ("93.184.215.14", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata service
        ("fe80::1", "link-local"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("192.0.2.7", "private"),  # documentation range
        ("240.0.0.1", "reserved"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("255.255.255.255", "broadcast"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("::ffff:93.184.215.14", None),
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
        ("64:ff9b::5db8:d70e", None),  # NAT64 of 93.184.215.14
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
        ("2002:c0a8:101::", "private"),  # 6to4 of 192.168.1.1
    ],
)
def test_the_address_classifier(address, kind):
    found = address_class(ipaddress.ip_address(address))
    if kind is None:
        assert found is None
    else:
        assert found is not None and kind in found


def test_the_flag_allows_private_addresses_but_never_multicast_or_unspecified():
    def refused(address: str, limits: FetchLimits) -> bool:
        return address_refusal(ipaddress.ip_address(address), limits) is not None

    for address in ("127.0.0.1", "10.0.0.1", "fe80::1", "::ffff:192.168.0.1"):
        assert refused(address, FetchLimits()) and not refused(address, LOCAL)
    for address in ("224.0.0.1", "0.0.0.0", "::", "255.255.255.255", "::ffff:0.0.0.0"):
        assert refused(address, FetchLimits()) and refused(address, LOCAL)
    assert not refused("8.8.8.8", FetchLimits())


def test_without_the_flag_a_loopback_server_is_refused_before_connecting(server):
    Handler.requests.clear()
    for url in (server + "/article", server.replace("127.0.0.1", "localhost") + "/article"):
        with pytest.raises(UsageError) as refused:
            read_target(url)
        assert "a loopback address" in refused.value.message and "--allow-private-addresses" in refused.value.hint
    assert Handler.requests == []
    assert read_target(server + "/article", LOCAL).is_html  # with the flag, the same server is read


def test_a_redirect_from_a_public_address_to_a_private_one_is_refused(server, second_server):
    """127.0.0.1 plays a public server (the test seam); its redirect to 127.0.0.2, a loopback address, is refused."""
    public_only = FetchLimits(treat_as_public=frozenset({"127.0.0.1"}))
    assert read_target(server + "/article", public_only).is_html  # the seam works: the "public" server is read
    Handler.requests.clear()
    with pytest.raises(FactsheetError) as refused:
        read_target(f"{server}/to?url={second_server}/article", public_only)
    assert not isinstance(refused.value, UsageError)  # the server's doing, not the editor's: exit 1
    message = refused.value.message
    assert "redirected to" in message and "127.0.0.2" in message and "a loopback address" in message
    assert "\n" not in message and "--allow-private-addresses" in refused.value.hint
    assert Handler.requests == ["127.0.0.1/to?url=" + second_server + "/article"]  # 127.0.0.2 was never asked


def test_the_connection_goes_to_the_address_that_was_checked(server, second_server, monkeypatch):
    """DNS rebinding: a name answering 'public' to the check and 'private' later must not reach the private host."""
    port = int(server.rsplit(":", 1)[1])
    answers = iter(["127.0.0.1", "127.0.0.2"])
    lookups = []

    def rebinding_dns(host, port, **kwargs):
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(fetch, "_resolve", rebinding_dns)
    Handler.requests.clear()
    page = read_target(f"http://news.example:{port}/article", FetchLimits(treat_as_public=frozenset({"127.0.0.1"})))
    assert page.is_html and lookups == ["news.example"]
    assert Handler.requests == ["127.0.0.1/article"]


def test_an_ftp_redirect_is_refused_before_any_connection(server):
    with socket.socket() as listener:  # an ftp server's port: it must see no connection at all
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.3)
        ftp = f"ftp://anonymous:guest@127.0.0.1:{listener.getsockname()[1]}/article.txt"
        with pytest.raises(FactsheetError) as refused:
            read_target(f"{server}/to?url={ftp}", LOCAL)
        assert "redirected to" in refused.value.message and "cannot ingest a 'ftp:' address" in refused.value.message
        with pytest.raises(TimeoutError):
            listener.accept()


@pytest.mark.parametrize("target", ["file:///etc/passwd", "gopher://127.0.0.1:70/", "javascript:alert(1)"])
def test_redirects_to_other_schemes_are_refused(server, target):
    with pytest.raises(FactsheetError, match="cannot ingest"):
        read_target(f"{server}/to?url={target}", LOCAL)


def test_redirects_are_bounded(server):
    Handler.requests.clear()
    with pytest.raises(FactsheetError, match="redirected more than 3 times"):
        read_target(server + "/loop", FetchLimits(redirects=3, allow_private=True))
    assert len(Handler.requests) == 4


def test_credentials_in_an_address_are_not_sent(server):
    with pytest.raises(UsageError, match="user name or password"):
        read_target(server.replace("http://", "http://me:secret@") + "/article", LOCAL)


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_dripping_server_is_cut_at_the_total_deadline(server, path):
    """8 bytes a second never trips a per-read timeout; one deadline over the whole fetch does.

    Without it the fetch would succeed after the whole drip (over a minute), so the error is the proof.
    """
    with pytest.raises(FactsheetError) as slow:
        read_target(server + path, FetchLimits(seconds=2, allow_private=True))
    assert "did not finish within 2 seconds" in slow.value.message and "save the page" in slow.value.hint


def test_a_slow_name_lookup_counts_against_the_deadline(monkeypatch):
    def hanging_dns(host, port, **kwargs):
        time.sleep(5)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(fetch, "_resolve", hanging_dns)
    with pytest.raises(FactsheetError, match="did not finish within 0.5 seconds"):  # not "could not fetch" after 5 s
        read_target("http://slow-dns.example/article", FetchLimits(seconds=0.5, allow_private=True))


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_an_oversize_body_is_cut(server, path):
    with pytest.raises(FactsheetError, match="is larger than 16,384 bytes"):
        read_target(server + path, FetchLimits(max_bytes=16 * 1024, allow_private=True))
    assert len(read_target(server + path, FetchLimits(max_bytes=128 * 1024, allow_private=True)).data) > 64 * 1024


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    """The same pages over TLS on 127.0.0.1, with a self-signed certificate made by the openssl command."""
    import shutil
    import ssl
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    httpd.shutdown()
    httpd.server_close()


def test_https_checks_the_certificate_of_the_checked_address(https_server, monkeypatch):
    url, cert = https_server
    with pytest.raises(FactsheetError) as untrusted:
        read_target(url + "/article", LOCAL)
    assert "TLS failed" in untrusted.value.message and "certificate" in untrusted.value.hint
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trust the test certificate, as a CA bundle would
    page = read_target(url + "/moved", LOCAL)
    assert page.is_html and page.url == url + "/article"
