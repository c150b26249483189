"""Reading what is to be archived: a local file, or a page fetched over http(s) with a timeout.

Everything works offline on local files. Only http and https addresses are
fetched: a ``file:`` address would read the local disk behind the editor's
back, and ``ftp:``, ``javascript:`` or ``data:`` are not articles. Every
failure becomes a message with a hint; nothing here prints a traceback.
"""

from __future__ import annotations

import datetime
import re
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator import __version__
from generator.errors import FactsheetError, UsageError

TIMEOUT = 30
"""Seconds to wait for a server before giving up."""
MAX_BYTES = 20 * 1024 * 1024
"""An article page is far smaller; anything larger is not what the editor meant."""
USER_AGENT = f"factsheet/{__version__} (archiving a source for a fact sheet)"

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


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


def read_target(target: str) -> Fetched:
    """Read a local file or fetch an http(s) page."""
    match = _SCHEME.match(target)
    if match and is_url(target):
        scheme = match.group(1).lower()
        if scheme not in ("http", "https"):
            raise UsageError(f"cannot ingest a '{scheme}:' address",
                             hint="give an http:// or https:// address, or the path of a saved file (without file://)")  # fmt: skip
        return fetch_url(target)
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
        raise FactsheetError(f"cannot read {path}: {exc.strerror or exc}", hint="check the file's permissions") from None
    if len(data) > MAX_BYTES:
        raise FactsheetError(f"{path} is larger than {MAX_BYTES // 2**20} MB", hint="ingest the article, not a dump")
    is_html = path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(data)
    # notes name the file, not the folder it sat in (often someone's Downloads)
    return Fetched(data, is_html, None, None, None, path.name)


def looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head


def fetch_url(url: str) -> Fetched:
    parts = urlsplit(url)
    if not parts.netloc:
        raise UsageError(f"'{url}' has no host", hint="write the full address, e.g. https://example.org/article")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - scheme checked above
            final = response.geturl()
            if urlsplit(final).scheme not in ("http", "https"):
                raise FactsheetError(f"{url} redirected to a non-http address", hint="save the page and ingest the file")
            data = response.read(MAX_BYTES + 1)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise FactsheetError(f"the server answered {exc.code} {exc.reason} for {url}",
                             hint="check the address; if the page needs a login, save it and ingest the file") from None  # fmt: skip
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else (getattr(exc.reason, "strerror", None) or exc.reason)
        raise FactsheetError(f"could not fetch {url}: {reason}",
                             hint="check the address and the network connection, or save the page and ingest the file") from None  # fmt: skip
    except (TimeoutError, socket.timeout):
        raise FactsheetError(f"{url} did not answer within {TIMEOUT} seconds",
                             hint="try again later, or save the page and ingest the file") from None  # fmt: skip
    except (OSError, ValueError) as exc:  # connection reset, malformed address, bad status line...
        raise FactsheetError(f"could not fetch {url}: {exc}",
                             hint="check the address and the network connection, or save the page and ingest the file") from None  # fmt: skip
    if len(data) > MAX_BYTES:
        raise FactsheetError(f"{url} is larger than {MAX_BYTES // 2**20} MB", hint="that is not an article page")
    if content_type not in (*_HTML_TYPES, "text/plain"):
        raise FactsheetError(f"{url} is {content_type}, not an article page",
                             hint="ingest HTML pages or plain text; save other documents as text first")  # fmt: skip
    is_html = content_type in _HTML_TYPES or looks_like_html(data)
    return Fetched(data, is_html, charset, final, datetime.date.today().isoformat(), url)


def decode_text(fetched: Fetched) -> str:
    """A plain-text input as str: UTF-8 (with or without BOM) or the charset the server named; binary is refused."""
    data = fetched.data
    if b"\x00" in data[:8192]:
        raise FactsheetError(f"{fetched.label} is a binary file, not text",
                             hint="ingest an HTML page or a plain-text (UTF-8) copy of the article")  # fmt: skip
    for encoding in ("utf-8-sig", fetched.charset):
        if not encoding:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise FactsheetError(f"{fetched.label} is not UTF-8 text",
                         hint="save the copy as UTF-8 (most editors offer it under 'Save as' / 'Encoding')")  # fmt: skip
