"""`factsheet rename` and `factsheet merge` in a real git repository: references, former ids, exports, history."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.changelog import record_changelog
from generator.export import EXPORTERS
from generator.project import Project
from generator.validate import check_project
from tests.conftest import FIXTURES
from tests.export.gitrepo import commit_all, init
from tests.test_cli import run

GROUP = "sable-harbour-guard"
DUPLICATE = """# A second record for the same militia, made from the same article before anyone noticed.
name: Gardes du Port
kind: militia
aliases:
  - name: the guards
    citations:
      - source: veloria-courier-2031
        quote: the guards had taken weapons
description: A militia of Port Sable.
citations:
  - source: veloria-courier-2031
    quote: a militia also known as the Gardes du Port
    paragraph: 2
  # the same passage the other record cites
  - source: veloria-courier-2031
    quote: The Sable Harbour Guard, a militia
"""


@pytest.fixture
def repo(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    shutil.copytree(FIXTURES / "base", root)
    init(root)
    commit_all(root, "Add the base corpus", date="2031-03-05T09:00:00+00:00")
    return Project(root)


def errors(project: Project) -> list[str]:
    _, issues = check_project(project)
    return [i.text() for i in issues if i.severity == "error"]


def exported(project: Project) -> dict:
    corpus, _ = check_project(project)
    return json.loads(EXPORTERS["json"](project).export(corpus.published()))


def test_rename_moves_the_file_rewrites_references_and_keeps_the_old_id(repo):
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(
        claim.read_text().replace("subjects: [sable-harbour-guard]", "subjects: [sable-harbour-guard]  # who")
    )
    commit_all(repo.root, "Say who the claim is about", date="2031-03-06T09:00:00+00:00")
    before = claim.read_text()

    out = run("rename", GROUP, "port-sable-guard", cwd=repo.root)
    assert out.returncode == 0, out.stderr
    assert not (repo.content_dir / "group" / f"{GROUP}.yaml").exists()
    moved = (repo.content_dir / "group" / "port-sable-guard.yaml").read_text()
    assert "\nformer_ids:\n  - sable-harbour-guard\ncitations:\n" in moved  # where the model puts it
    # the reference changed and nothing else did: the comment (at its column) and the flow-style list stay
    after = claim.read_text().splitlines()
    changed = [(a, b) for a, b in zip(before.splitlines(), after, strict=False) if a != b]
    assert len(after) == len(before.splitlines())
    assert [re.sub(" +#", " #", b) for _, b in changed] == ["subjects: [port-sable-guard] # who"]
    assert errors(repo) == []

    doc = exported(repo)
    assert {"id": GROUP, "successor": "port-sable-guard", "type": "group"} in doc["retired"]
    assert next(r for r in doc["records"] if r["id"] == "port-sable-guard")["former_ids"] == [GROUP]

    commit_all(repo.root, "Rename the guard to the name the port uses", date="2031-03-07T09:00:00+00:00")
    corpus, _ = check_project(repo)
    entries = record_changelog(repo, corpus)["port-sable-guard"]
    assert [w.text for w in entries[0].changes] == [f"renamed from {GROUP}"]
    assert entries[0].reason == "Rename the guard to the name the port uses"
    assert entries[-1].kind == "added"


def test_a_former_id_stays_retired(repo):
    assert run("rename", GROUP, "port-sable-guard", cwd=repo.root).returncode == 0
    taken = run("rename", "port-sable", GROUP, cwd=repo.root)
    assert taken.returncode == 2 and "former id of 'port-sable-guard'" in taken.stderr
    # a reference written with the old id afterwards is an error that names the record it became
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(claim.read_text().replace("[port-sable-guard]", f"[{GROUP}]"))
    assert any(f"'{GROUP}' is a former id of 'port-sable-guard'" in e for e in errors(repo))
    # renaming back to a former id of the record itself is allowed, and swaps the two
    claim.write_text(claim.read_text().replace(f"[{GROUP}]", "[port-sable-guard]"))
    assert run("rename", "port-sable-guard", GROUP, cwd=repo.root).returncode == 0
    assert errors(repo) == []
    assert exported(repo)["retired"] == [{"id": "port-sable-guard", "successor": GROUP, "type": "group"}]


def test_rename_refuses_wrong_ids(repo):
    assert run("rename", "no-such-record", "x", cwd=repo.root).returncode == 2
    assert run("rename", GROUP, "Not A Slug", cwd=repo.root).returncode == 2
    assert run("rename", GROUP, "port-sable", cwd=repo.root).returncode == 2
    assert (repo.content_dir / "group" / f"{GROUP}.yaml").exists()


def test_merge_keeps_every_alias_and_citation_of_both(repo):
    (repo.content_dir / "group" / "gardes-du-port.yaml").write_text(DUPLICATE)
    claim = repo.content_dir / "claim" / "guards-took-weapons.yaml"
    claim.write_text(
        claim.read_text().replace("subjects: [sable-harbour-guard]", "subjects: [sable-harbour-guard, gardes-du-port]")
    )
    commit_all(repo.root, "Add the Gardes du Port", date="2031-03-06T09:00:00+00:00")
    corpus, _ = check_project(repo)
    both = [corpus.get(GROUP), corpus.get("gardes-du-port")]
    aliases = {a.name for r in both for a in r.aliases} | {"Gardes du Port"}
    citations = {(c.source, c.quote) for r in both for _, c in _all_citations(r)}

    out = run("merge", "gardes-du-port", GROUP, cwd=repo.root)
    assert out.returncode == 0, out.stderr
    assert not (repo.content_dir / "group" / "gardes-du-port.yaml").exists()
    assert errors(repo) == []
    corpus, _ = check_project(repo)
    merged = corpus.get(GROUP)
    assert {a.name for a in merged.aliases} == aliases
    assert {(c.source, c.quote) for _, c in _all_citations(merged)} == citations
    assert merged.description == "A militia of Port Sable."  # filled in from the merged record, which had one
    assert merged.former_ids == ["gardes-du-port"]
    assert corpus.get("guards-took-weapons").subjects == [GROUP]
    assert {"id": "gardes-du-port", "successor": GROUP, "type": "group"} in exported(repo)["retired"]


def test_merge_refuses_records_decided_to_be_different(repo):
    (repo.content_dir / "group" / "gardes-du-port.yaml").write_text(
        DUPLICATE + "not_same_as:\n  - record: sable-harbour-guard\n    reason: A different militia of the same port.\n"
    )
    out = run("merge", "gardes-du-port", GROUP, cwd=repo.root)
    assert out.returncode == 2 and "not the same as" in out.stderr
    assert (repo.content_dir / "group" / "gardes-du-port.yaml").exists()
    assert run("merge", "port-sable", GROUP, cwd=repo.root).returncode == 2  # a place into a group


def _all_citations(record):
    from generator.model.walk import iter_citations

    return list(iter_citations(record))


def test_followthemoney_lists_the_former_id_as_a_referent(repo):
    pytest.importorskip("followthemoney")
    assert run("rename", GROUP, "port-sable-guard", cwd=repo.root).returncode == 0
    corpus, _ = check_project(repo)
    lines = [json.loads(line) for line in EXPORTERS["ftm"](repo).export(corpus.published()).splitlines()]
    entity = next(e for e in lines if e["id"] == "fs-port-sable-guard")
    assert entity["referents"] == [f"fs-{GROUP}"]
