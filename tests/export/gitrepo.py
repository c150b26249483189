"""Throwaway git repositories for history and feed tests: fixed authors and dates, no user configuration."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def git(root: Path, *args: str, author: str = "Ann Editor", date: str = "2025-02-13T10:04:05+01:00") -> str:
    """Run git in ``root`` with a fixed identity and date, ignoring the machine's git configuration."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(root),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": "editor@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    done = subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def init(root: Path) -> None:
    git(root, "init", "-q", "-b", "main")


def commit_all(root: Path, message: str, **identity: str) -> str:
    """Stage everything under ``root`` and commit it; returns the commit hash."""
    git(root, "add", "-A", **identity)
    git(root, "commit", "-q", "-m", message, **identity)
    return git(root, "rev-parse", "HEAD").strip()
