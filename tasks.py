#!/usr/bin/env python3
"""Set up and run factsheet from a fresh clone, with nothing but Python 3.11+ and git.

    python3 tasks.py build [factsheet build options]   build the site from content/ into site/
    python3 tasks.py test [pytest options]             run the whole test suite
    python3 tasks.py check                             ruff check, ruff format --check and mypy

Each creates .venv/ on first use and installs the pinned dependencies
(constraints.txt) into it, again only when pyproject.toml or constraints.txt
change. Any other first word runs that factsheet command: `python3 tasks.py validate`.

`test` also needs two Debian packages: chromium, which the browser tests drive
(Playwright never downloads a browser here), and Java, which runs the Nu HTML
checker. Run as root, it installs whichever is missing with apt-get; otherwise
the tests that need them are skipped and say why (in CI, with CI set, they fail).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"


def _say(message: str) -> None:
    print(f"tasks.py: {message}", file=sys.stderr, flush=True)


def _install(extras: str) -> None:
    """Install the project (editable) with ``extras`` into .venv, unless that exact install is done."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs under whatever python3 the machine has
        sys.exit(f"tasks.py: factsheet needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        _say("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    inputs = b"".join((ROOT / f).read_bytes() for f in ("pyproject.toml", "constraints.txt"))
    stamp = VENV / f".installed-{extras or 'core'}-{hashlib.sha256(inputs).hexdigest()[:16]}"
    if stamp.exists():
        return
    _say(f"installing factsheet{f'[{extras}]' if extras else ''} with pinned dependencies")
    quiet = ["--quiet"] if os.environ.get("CI") else []
    subprocess.run([str(PYTHON), "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", *quiet, "-c", "constraints.txt", "-e", target], cwd=ROOT, check=True
    )
    stamp.touch()


CHROMIUM = Path("/usr/bin/chromium")
CHECKS = (["ruff", "check", "."], ["ruff", "format", "--check", "."], ["mypy"])
"""What keeps the code honest; CI and the pre-commit hooks run the same."""


def _system_packages() -> None:
    """Install Debian's chromium and a Java runtime for the browser and HTML tests, when missing and root."""
    wanted = []
    if not CHROMIUM.exists():
        wanted.append("chromium")
    if shutil.which("java") is None:
        wanted.append("default-jre-headless")
    if not wanted:
        return
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        _say(
            f"{' and '.join(wanted)} not installed (apt-get as root installs them): the tests that need them are skipped"
        )
        return
    _say(f"installing {' '.join(wanted)} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    quiet = ["-qq"] if os.environ.get("CI") else []
    subprocess.run(["apt-get", *quiet, "update"], check=True, env=env)
    subprocess.run(["apt-get", *quiet, "install", "-y", *wanted], check=True, env=env)


def main(argv: list[str]) -> int:
    task, args = (argv[0], argv[1:]) if argv else ("build", [])
    if task in ("-h", "--help"):
        print(__doc__)
        return 0
    if task == "check":
        _install("test")
        failed = 0
        for command in CHECKS:
            _say(" ".join(command))
            failed |= subprocess.run([str(BIN / command[0]), *command[1:]], cwd=ROOT).returncode
        return 1 if failed else 0
    if task == "test":
        _install("test")
        _system_packages()
        return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT).returncode
    _install("")
    return subprocess.run([str(BIN / "factsheet"), task, *args], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
