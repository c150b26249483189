"""Golden test: tests/fixtures/minimal renders to exactly the Markdown under tests/fixtures/expected/.

After an intended change to templates or rendering, regenerate and review:

    FACTSHEET_REGEN=1 .venv/bin/pytest tests/render/test_golden.py
    git diff tests/fixtures/expected
"""

from __future__ import annotations

import difflib
import os

import pytest

from generator.project import Project
from generator.render import render_pages
from generator.validate import check_project
from tests.render.kit import REPO, TEMPLATES

MINIMAL = REPO / "tests" / "fixtures" / "minimal"
EXPECTED = REPO / "tests" / "fixtures" / "expected"


def rendered() -> dict[str, str]:
    corpus, issues = check_project(Project(MINIMAL))
    assert [i.text() for i in issues if i.severity == "error"] == []
    return render_pages(corpus, TEMPLATES)


def committed() -> dict[str, str]:
    return {p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8") for p in EXPECTED.rglob("*.md")}


def regenerate(pages: dict[str, str]) -> None:
    for stale in set(committed()) - set(pages):
        (EXPECTED / stale).unlink()
    for path, text in pages.items():
        target = EXPECTED / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for folder in sorted((p for p in EXPECTED.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()


def test_minimal_fixture_renders_to_the_committed_markdown():
    pages = rendered()
    if os.environ.get("FACTSHEET_REGEN"):
        regenerate(pages)
        pytest.skip(f"regenerated {len(pages)} files under {EXPECTED.relative_to(REPO)}; review with git diff")
    expected = committed()
    assert sorted(pages) == sorted(expected), "pages added or removed; regenerate with FACTSHEET_REGEN=1"
    for path in sorted(pages):
        if pages[path] != expected[path]:
            diff = "".join(
                difflib.unified_diff(
                    expected[path].splitlines(keepends=True),
                    pages[path].splitlines(keepends=True),
                    f"expected/{path}",
                    f"rendered/{path}",
                )
            )
            pytest.fail(f"{path} differs from the golden copy (FACTSHEET_REGEN=1 to accept):\n{diff}")
