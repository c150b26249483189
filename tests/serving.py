"""Helpers for tests that start a real `factsheet serve`: a free port, a plain GET, and waiting for a condition."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> str | None:
    """The page's text, or None while the server does not answer it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(predicate: Callable[[], object], timeout: float) -> bool:
    """Whether ``predicate`` came true within ``timeout`` seconds, asked every 0.3 s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def start_serve(root: Path, port: int, log: IO[str], temp_dir: Path | None = None) -> subprocess.Popen[bytes]:
    """`factsheet serve` on 127.0.0.1:``port`` for the project at ``root``, its output in ``log``; not quieted by CI.

    ``temp_dir`` is the temporary folder it builds its site in (the system's when None)."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if temp_dir is not None:
        env["TMPDIR"] = str(temp_dir)
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )


@dataclass
class Serving:
    """A running `factsheet serve`: its address and what it printed."""

    base: str
    log_path: Path

    def log(self) -> str:
        """The end of what the server printed, for an assertion's message."""
        return self.log_path.read_text()[-3000:]


@contextmanager
def serving(root: Path, tmp_path: Path, temp_dir: Path | None = None) -> Iterator[Serving]:
    """`factsheet serve` for the project at ``root`` on a free port, answering its home page, until the block ends
    (then stopped with SIGTERM)."""
    port = free_port()
    log_path = tmp_path / "serve.log"
    with log_path.open("w+") as log:  # the server writes to it until the end
        proc = start_serve(root, port, log, temp_dir)
        try:
            running = Serving(f"http://127.0.0.1:{port}", log_path)
            assert wait_for(lambda: get(running.base + "/") is not None, 180), running.log()
            yield running
        finally:
            proc.terminate()
            proc.wait(timeout=20)
