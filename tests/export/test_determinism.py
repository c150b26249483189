"""Every export format gives the same bytes for the same content and history, run after run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from generator.export import EXPORTERS
from generator.project import Project
from tests.conftest import FIXTURES, REPO, check
from tests.export.gitrepo import commit_all, init

# Exports every format of the project in argv[1] and prints {format: {file: text}} as JSON.
EXPORT_ALL = """
import json, sys
from generator.export import EXPORTERS
from generator.project import Project
from generator.validate import check_project
project = Project(sys.argv[1])
corpus, _ = check_project(project)
print(json.dumps({name: cls(project).files(corpus.published()) for name, cls in sorted(EXPORTERS.items())}))
"""


@pytest.fixture
def project(tmp_path) -> Project:
    """The fictional corpus in git, with a site address, so every format has something to say."""
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "minimal", root)
    (root / "mkdocs.yml").write_text("site_name: Test\nsite_url: https://facts.example.org/\n")
    (root / "docs").mkdir()  # mkdocs' default docs_dir, which must exist for it to load the file
    init(root)
    commit_all(root, "Add the corpus")
    return Project(root)


def test_expected_formats_are_registered():
    assert {"json", "csv", "ftm", "claimreview", "atom"} <= set(EXPORTERS)


@pytest.mark.parametrize("name", sorted(EXPORTERS))
def test_same_bytes_twice(project, name):
    outputs = []
    for _ in range(2):
        corpus, issues = check(project)  # load afresh, as a second run would
        assert issues == []
        files = EXPORTERS[name](project).files(corpus.published())
        outputs.append({file: text.encode("utf-8") for file, text in files.items()})
    assert outputs[0] == outputs[1]
    assert all(outputs[0].values())


def test_same_bytes_across_processes_with_different_hash_seeds(project):
    """Set and dict order must not leak into the output: Python salts string hashes per process."""
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", EXPORT_ALL, str(project.root)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert set(runs[0]) == set(EXPORTERS)
