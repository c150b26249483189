"""The live preview's memo of loaded files: unchanged files are not read again, changed ones are."""

from __future__ import annotations

import shutil
from pathlib import Path

import generator.load.records as records_module
from generator.project import Project
from generator.validate import check_project

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_memo_reads_only_changed_files_and_gives_the_same_result(tmp_path, monkeypatch):
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", root)
    project = Project(root)
    memo: dict = {}
    first, first_issues = check_project(project, memo=memo)
    assert len(memo) == len(first)

    reads: list[Path] = []
    real = records_module.read_document
    monkeypatch.setattr(records_module, "read_document", lambda path, rel: reads.append(path) or real(path, rel))
    again, again_issues = check_project(project, memo=memo)
    assert reads == [] and again.records == first.records and again_issues == first_issues

    group = next((project.content_dir / "group").glob("*.yaml"))
    text = group.read_text()
    name = next(line for line in text.splitlines() if line.startswith("name:"))
    group.write_text(text.replace(name, "name: Renamed Group\nnmae: typo"))
    changed, issues = check_project(project, memo=memo)
    assert reads == [group]
    fresh, fresh_issues = check_project(project)
    assert changed.records == fresh.records and issues == fresh_issues
    assert any(i.code == "unknown-field" for i in issues)
