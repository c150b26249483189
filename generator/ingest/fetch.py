"""Reading what is to be archived: a local file, or a page fetched over http(s) within set limits.

Everything works offline on local files. Only http and https addresses are
fetched: a ``file:`` address would read the local disk behind the editor's
back, and ``ftp:``, ``javascript:`` or ``data:`` are not articles.

A fetch is made with http.client, not urllib, so that every step can be
checked before it happens: the scheme and the resolved address of the first
request and of every redirect (followed by hand, at most MAX_REDIRECTS), with
loopback, private, link-local and other non-public addresses refused unless the
editor allows them; the connection goes to the address that was checked; and
one deadline and one size limit bound the whole download. Proxy settings in the
environment are not used: through a proxy the address could not be checked.
Every failure becomes a one-line message with a hint; nothing here prints a
traceback.
"""

from __future__ import annotations

import datetime
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from generator import __version__
from generator.errors import FactsheetError, UsageError

TIMEOUT = 30
"""Seconds a whole fetch may take, redirects and every read included, before it is given up."""
MAX_BYTES = 20 * 1024 * 1024
"""An article page is far smaller; anything larger is not what the editor meant."""
MAX_REDIRECTS = 5
"""Redirects followed before giving up; each one's address is checked like the first."""
USER_AGENT = f"factsheet/{__version__} (archiving a source for a fact sheet)"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_URL_SAFE = "".join(chr(c) for c in range(0x21, 0x7F))
"""Printable ASCII stays as written in a request path; spaces, controls and non-ASCII are %-encoded."""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class FetchLimits:
    """What a fetch may reach and spend. The defaults are what `factsheet ingest` uses."""

    seconds: float = TIMEOUT
    """Total time for the whole fetch: every lookup, connection, redirect and read (not per read)."""
    max_bytes: int = MAX_BYTES
    """Largest body read; a larger one is refused, whether it says so in Content-Length or not."""
    redirects: int = MAX_REDIRECTS
    allow_private: bool = False
    """Connect to loopback, private, link-local and reserved addresses too (``--allow-private-addresses``)."""
    treat_as_public: frozenset[str] = field(default_factory=frozenset)
    """Test seam: addresses (e.g. ``127.0.0.1``) to treat as public, so a local server can play a public one."""


@dataclass(frozen=True)
class Fetched:
    """The bytes read, whether they are HTML, and where they came from."""

    data: bytes
    is_html: bool
    charset: str | None
    url: str | None
    """The address fetched (after redirects); None for a local file."""
    retrieved: str | None
    """Today's date for a fetch; None for a local file, whose copy date we do not know."""
    label: str
    """How messages and notes name the input: the file's name, or the address."""


def is_url(target: str) -> bool:
    """Whether ``target`` names a scheme (``https:``, ``file:``) rather than a path; 'C:\\x' is a Windows path."""
    match = _SCHEME.match(target)
    return match is not None and len(match.group(1)) > 1


def read_target(target: str, limits: FetchLimits = FetchLimits()) -> Fetched:
    """Read a local file or fetch an http(s) page (within ``limits``; a local file needs no network)."""
    match = _SCHEME.match(target)
    if match and is_url(target):
        scheme = match.group(1).lower()
        if scheme not in ("http", "https"):
            raise UsageError(
                f"cannot ingest a '{scheme}:' address",
                hint="give an http:// or https:// address, or the path of a saved file (without file://)",
            )
        return fetch_url(target, limits)
    return read_file(Path(target))


def read_file(path: Path) -> Fetched:
    if not path.exists():
        raise UsageError(f"there is no file at {path}", hint="check the path, or give an http(s) address")
    if path.is_dir():
        raise UsageError(f"{path} is a folder", hint="give the file of one article (.html or .txt)")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise FactsheetError(
            f"cannot read {path}: {exc.strerror or exc}", hint="check the file's permissions"
        ) from None
    if len(data) > MAX_BYTES:
        raise FactsheetError(f"{path} is larger than {MAX_BYTES // 2**20} MB", hint="ingest the article, not a dump")
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(data)
    # notes name the file, not the folder it sat in (often someone's Downloads)
    return Fetched(data, is_html, None, None, None, path.name)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head


def fetch_url(url: str, limits: FetchLimits = FetchLimits()) -> Fetched:
    """Fetch an http(s) page within ``limits``, following at most ``limits.redirects`` redirects by hand.

    Before every connection, the first and each redirect's, the address is
    checked: scheme http or https, no credentials, a host whose every resolved
    address is public (:func:`address_refusal`), and the connection goes to the
    very address checked, so a second DNS answer cannot swap in another one.
    """
    deadline = time.monotonic() + limits.seconds
    current = url
    for hop in range(limits.redirects + 1):
        target = _check_target(current, limits, deadline, redirected_from=url if hop else None)
        answer = _get(target, deadline, limits)
        if answer.status in _REDIRECTS:
            location = answer.headers.get("Location")
            if not location:
                raise FactsheetError(
                    f"{_shown(current)} answered {answer.status} without saying where to",
                    hint="save the page in a browser and ingest the file",
                )
            current = urljoin(current, location.strip())
            continue
        if answer.status != 200:
            raise FactsheetError(
                f"the server answered {answer.status} {_shown(answer.reason)} for {_shown(current)}",
                hint="check the address; if the page needs a login, save it and ingest the file",
            )
        content_type = answer.headers.get_content_type()
        if content_type not in (*_HTML_TYPES, "text/plain"):
            raise FactsheetError(
                f"{_shown(current)} is {_shown(content_type)}, not an article page",
                hint="ingest HTML pages or plain text; save other documents as text first",
            )
        is_html = content_type in _HTML_TYPES or looks_like_html(answer.body)
        charset = answer.headers.get_content_charset()
        return Fetched(answer.body, is_html, charset, current, datetime.date.today().isoformat(), url)
    raise FactsheetError(
        f"{_shown(url)} redirected more than {limits.redirects} times",
        hint="open it in a browser, save the page and ingest the file",
    )


@dataclass(frozen=True)
class _Target:
    """One checked request: where to connect (the addresses already vetted) and what to ask for."""

    url: str
    scheme: str
    host: str
    port: int
    path: str
    addresses: list[tuple[socket.AddressFamily, tuple[Any, ...]]]
    """(family, socket address) pairs from one DNS lookup, each checked; connections go only to these."""


@dataclass
class _Answer:
    status: int
    reason: str
    headers: http.client.HTTPMessage
    body: bytes


def _resolve(host: str, port: int) -> list[tuple[Any, ...]]:
    """The DNS lookup, in one place (tests may replace it to play a rebinding server)."""
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)


def _lookup(host: str, port: int, deadline: float) -> list[tuple[Any, ...]]:
    """:func:`_resolve` within the fetch's deadline: the system resolver may wait far longer on a dead network."""
    found: list[list[tuple[Any, ...]]] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            found.append(_resolve(host, port))
        except BaseException as exc:  # handed to the caller below
            failed.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(max(deadline - time.monotonic(), 0))
    if failed:
        raise failed[0]
    if not found:
        raise TimeoutError
    return found[0]


def _check_target(url: str, limits: FetchLimits, deadline: float, redirected_from: str | None) -> _Target:
    """Refuse, before any connection, what ingest must not reach; see :func:`fetch_url`."""
    error: type[FactsheetError] = FactsheetError if redirected_from else UsageError
    where = f"{_shown(redirected_from)} redirected to {_shown(url)}, but " if redirected_from else ""
    save = "save the page in a browser and ingest the file"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise error(
            f"{where}cannot ingest a '{_shown(scheme)}:' address", hint=f"ingest only reads http(s) pages; {save}"
        )
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise error(
            f"{where}'{_shown(url)}' has an invalid port",
            hint="write the full address, e.g. https://example.org/article",
        ) from None
    if not host:
        raise error(
            f"{where}'{_shown(url)}' has no host", hint="write the full address, e.g. https://example.org/article"
        )
    if parts.username is not None or parts.password is not None:
        raise error(
            f"{where}'{_shown(url)}' carries a user name or password",
            hint="ingest does not send credentials; for a page behind a login, save it and ingest the file",
        )
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise error(f"{where}the host name in '{_shown(url)}' is not valid", hint="check the address") from None
    port = port or (443 if scheme == "https" else 80)
    try:
        infos = _lookup(host, port, deadline)
    except TimeoutError:
        raise _too_slow(url, limits) from None
    except (socket.gaierror, UnicodeError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise FactsheetError(
            f"{where}could not find the host {_shown(host)}: {reason}",
            hint=f"check the address and the network connection, or {save}",
        ) from None
    addresses = []
    for family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        refusal = address_refusal(ip, limits)
        if refusal:
            raise error(
                f"{where}{_shown(host)} resolves to {ip}, {refusal}; ingest connects only to public addresses",
                hint=f"to fetch from your own network on purpose, pass --allow-private-addresses; or {save}",
            )
        addresses.append((family, tuple(sockaddr)))
    if not addresses:
        raise FactsheetError(f"{where}{_shown(host)} has no address", hint=f"check the address, or {save}")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return _Target(url, scheme, host, port, quote(path, safe=_URL_SAFE), addresses)


def _get(target: _Target, deadline: float, limits: FetchLimits) -> _Answer:
    """GET ``target`` from one of its checked addresses, all within ``deadline`` and ``limits.max_bytes``."""
    connection_class = http.client.HTTPSConnection if target.scheme == "https" else http.client.HTTPConnection
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _too_slow(target.url, limits)
    conn = connection_class(target.host, target.port, timeout=remaining)
    # Connect to an address checked above, never to a fresh lookup of the name: a DNS server
    # answering differently the second time (DNS rebinding) must not reach another host.
    conn._create_connection = lambda *_args, **_kw: _connect(target, deadline)  # type: ignore[attr-defined]
    cut = threading.Event()

    def cut_off() -> None:  # the deadline: wake any read blocked on the socket, whatever it is doing
        cut.set()
        if conn.sock is not None:
            try:
                socket.socket.shutdown(conn.sock, socket.SHUT_RDWR)
            except OSError:
                pass

    timer = threading.Timer(remaining, cut_off)
    timer.daemon = True
    timer.start()
    try:
        conn.putrequest("GET", target.path, skip_accept_encoding=True)
        conn.putheader("User-Agent", USER_AGENT)
        conn.putheader("Accept", "text/html, text/plain;q=0.9")
        conn.putheader("Accept-Encoding", "identity")
        conn.endheaders()
        response = conn.getresponse()
        if response.status in _REDIRECTS:
            return _Answer(response.status, response.reason, response.headers, b"")
        declared = response.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > limits.max_bytes:
            raise _too_large(target.url, limits)
        chunks: list[bytes] = []
        size = 0
        while True:
            if conn.sock is not None:
                conn.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            chunk = response.read1(65536)
            if cut.is_set():
                raise _too_slow(target.url, limits)
            if not chunk:
                break
            size += len(chunk)
            if size > limits.max_bytes:
                raise _too_large(target.url, limits)
            chunks.append(chunk)
        return _Answer(response.status, response.reason, response.headers, b"".join(chunks))
    except FactsheetError:
        raise
    except TimeoutError:
        raise _too_slow(target.url, limits) from None
    except ssl.SSLError as exc:
        if cut.is_set():
            raise _too_slow(target.url, limits) from None
        raise FactsheetError(
            f"could not fetch {_shown(target.url)}: TLS failed ({_shown(exc.reason or exc)})",
            hint="check the address (https:// needs a valid certificate), or save the page and ingest the file",
        ) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        if cut.is_set():
            raise _too_slow(target.url, limits) from None
        reason = getattr(exc, "strerror", None) or type(exc).__name__ + (f": {exc}" if str(exc) else "")
        raise FactsheetError(
            f"could not fetch {_shown(target.url)}: {_shown(reason)}",
            hint="check the address and the network connection, or save the page and ingest the file",
        ) from None
    finally:
        timer.cancel()
        conn.close()


def _connect(target: _Target, deadline: float) -> socket.socket:
    """A TCP connection to the first checked address that answers (as socket.create_connection, minus the lookup)."""
    last: OSError | None = None
    for family, sockaddr in target.addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(remaining)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError("no address to connect to")


def _too_slow(url: str, limits: FetchLimits) -> FactsheetError:
    return FactsheetError(
        f"{_shown(url)} did not finish within {limits.seconds:g} seconds",
        hint="try again later, or save the page in a browser and ingest the file",
    )


def _too_large(url: str, limits: FetchLimits) -> FactsheetError:
    return FactsheetError(
        f"{_shown(url)} is larger than {_size(limits.max_bytes)}",
        hint="that is not an article page; save the article's text and ingest the file",
    )


def _size(n: int) -> str:
    return f"{n // 2**20} MB" if n >= 2**20 and n % 2**20 == 0 else f"{n:,} bytes"


def _shown(value: object, limit: int = 200) -> str:
    """A value from the network or the command line fit for a one-line message: no control characters, bounded."""
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


_NOT_SPECIAL = {
    "is_loopback": "a loopback address",
    "is_link_local": "a link-local address",
    "is_reserved": "a reserved address",
    "is_private": "a private address",
}
_BROADCAST = ipaddress.IPv4Address("255.255.255.255")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")


def address_class(ip: IPAddress) -> str | None:
    """What kind of non-public address ``ip`` is ("a loopback address"...), or None for a public unicast one.

    An IPv6 address that carries an IPv4 one (IPv4-mapped ``::ffff:a.b.c.d``, the
    NAT64 prefix ``64:ff9b::/96``, 6to4 ``2002::/16``) is judged by the IPv4 address
    inside, which is where a connection to it ends up.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        nat64 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None
        inner = ip.ipv4_mapped or ip.sixtofour or nat64
        if inner is not None:
            kind = address_class(inner)
            return f"{kind} ({inner} inside IPv6)" if kind else None
    if ip.is_unspecified:
        return "the unspecified address"
    if ip.is_multicast:
        return "a multicast address"
    if ip == _BROADCAST:
        return "the broadcast address"
    for test, kind in _NOT_SPECIAL.items():
        if getattr(ip, test):
            return kind
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED:
        return "a carrier-grade NAT address"
    if not ip.is_global:
        return "an address that is not publicly routable"
    return None


_NEVER = ("the unspecified address", "a multicast address", "the broadcast address")
"""Address kinds no web server has, refused even with --allow-private-addresses."""


def address_refusal(ip: IPAddress, limits: FetchLimits) -> str | None:
    """Why ingest will not connect to ``ip`` under ``limits``; None when it may."""
    if str(ip) in limits.treat_as_public:
        return None
    kind = address_class(ip)
    if kind is None or (limits.allow_private and not kind.startswith(_NEVER)):
        return None
    return kind


def decode_text(fetched: Fetched) -> str:
    """A plain-text input as str: UTF-8 (with or without BOM) or the charset the server named; binary is refused."""
    data = fetched.data
    if b"\x00" in data[:8192]:
        raise FactsheetError(
            f"{fetched.label} is a binary file, not text",
            hint="ingest an HTML page or a plain-text (UTF-8) copy of the article",
        )
    for encoding in ("utf-8-sig", fetched.charset):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise FactsheetError(
        f"{fetched.label} is not UTF-8 text",
        hint="save the copy as UTF-8 (most editors offer it under 'Save as' / 'Encoding')",
    )
