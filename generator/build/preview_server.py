"""The preview's own small web server: the built site, plus answers the preview computes in memory.

Written on the standard library's HTTP server so that `factsheet serve` relies on public interfaces
only: mkdocs builds the site (through its plugin API), this serves it. It serves the files below the
site folder at the site's path (``site_url``'s path, ``/`` by default), a folder's ``index.html``,
and the site's own ``404.html`` for anything else; it never serves a file outside the site folder.
"""

from __future__ import annotations

import mimetypes
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

Answer = Callable[[], tuple[bytes, str]]
"""Computes a response body and its content type, each time it is asked."""


class PreviewServer:
    """Serves ``site_dir`` at ``mount_path`` on ``host:port``, and each of ``answers`` at its own path.

    ``site_dir`` may be set to another folder while serving; each request reads it once.
    """

    def __init__(self, site_dir: Path, host: str, port: int, mount_path: str, answers: dict[str, Answer]) -> None:
        self.site_dir = site_dir.resolve()
        self.mount_path = "/" + mount_path.strip("/") + "/" if mount_path.strip("/") else "/"
        self.answers = answers
        self.httpd = ThreadingHTTPServer((host, port), _handler(self))
        self.httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def resolve(self, url_path: str) -> tuple[int, Path | str | None]:
        """What a request path gets: (200, file), (301, new location) or (404, the site's 404 page or None)."""
        if not url_path.startswith(self.mount_path):
            return (301, self.mount_path) if url_path.rstrip("/") == self.mount_path.rstrip("/") else (404, None)
        relative = url_path[len(self.mount_path) :]
        site_dir = self.site_dir  # read once: a full rebuild switches the preview to a new folder
        target = (site_dir / relative).resolve()
        if not target.is_relative_to(site_dir):
            return 404, None
        if target.is_dir():
            if relative and not url_path.endswith("/"):
                return 301, url_path + "/"
            target = target / "index.html"
        if target.is_file():
            return 200, target
        missing = site_dir / "404.html"
        return 404, missing if missing.is_file() else None


def _handler(server: PreviewServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "factsheet-preview"

        def do_GET(self) -> None:
            self._respond(body=True)

        def do_HEAD(self) -> None:
            self._respond(body=False)

        def _respond(self, *, body: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            if path in server.answers:
                content, kind = server.answers[path]()
                self._send(200, content, kind, body)
                return
            status, found = server.resolve(path)
            if status == 301 and isinstance(found, str):
                self.send_response(301)
                self.send_header("Location", found)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if isinstance(found, Path):
                kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
                if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
                    kind += "; charset=utf-8"
                self._send(status, found.read_bytes(), kind, body)
                return
            self._send(404, b"Not found", "text/plain; charset=utf-8", body)

        def _send(self, status: int, content: bytes, kind: str, body: bool) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(content)))
            self.send_header("Cache-Control", "no-store")  # a preview: always the latest build
            self.end_headers()
            if body:
                self.wfile.write(content)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the terminal is for the editor's errors, not for every request

    return Handler
