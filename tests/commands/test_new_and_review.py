"""`factsheet new` writes a draft that validates; `factsheet review` stamps only what passes, keeping the file's layout."""

from __future__ import annotations

import pytest

from generator.model.records import RECORD_TYPES
from tests.conftest import check
from tests.test_cli import run


@pytest.mark.parametrize("type_name", [t for t in RECORD_TYPES if t != "source"])
def test_skeleton_of_every_type_is_a_valid_draft(base_project, type_name):
    out = run("new", type_name, "Brand New Thing", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    path = base_project.root / out.stdout.strip()
    assert path == base_project.content_dir / type_name / "brand-new-thing.yaml"
    assert path.read_text().startswith(f"# yaml-language-server: $schema=../../schema/{type_name}.schema.json\n")
    issues = check(base_project)[1]
    assert [i for i in issues if i.severity == "error"] == []
    corpus = check(base_project)[0]
    assert corpus.get("brand-new-thing").status == "draft"


def test_new_never_overwrites_and_ids_are_unique_across_types(base_project):
    out = run("new", "actor", "Port Sable", cwd=base_project.root)  # a place already has this id
    assert out.returncode == 2 and "already used by content/place/port-sable.yaml" in out.stderr
    assert run("new", "group", "Twice", cwd=base_project.root).returncode == 0
    before = (base_project.content_dir / "group" / "twice.yaml").read_text()
    assert run("new", "group", "Twice", cwd=base_project.root).returncode == 2
    assert (base_project.content_dir / "group" / "twice.yaml").read_text() == before


def test_new_needs_an_id_for_names_without_latin_letters(base_project):
    out = run("new", "group", "\u0641\u0627\u0637\u0645\u06cc\u0648\u0646", cwd=base_project.root)
    assert out.returncode == 2 and "--id" in out.stderr
    out = run("new", "group", "\u0641\u0627\u0637\u0645\u06cc\u0648\u0646", "--id", "fatemiyoun", cwd=base_project.root)
    assert out.returncode == 0


def test_new_refuses_ids_that_are_paths(base_project):
    out = run("new", "group", "X", "--id", "../../etc/evil", cwd=base_project.root)
    assert out.returncode == 2
    assert not (base_project.root.parent / "etc").exists()


def test_review_stamps_only_the_review_fields_and_keeps_comments(base_project):
    path = base_project.content_dir / "place" / "port-sable.yaml"
    path.write_text(
        "# curated by hand\n" + path.read_text().replace("name: Port Sable", "name: Port Sable  # as printed")
    )
    before = path.read_text()
    out = run("review", "port-sable", "--by", "Ed Itor", "--date", "2031-04-01", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    after = path.read_text()
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["status: reviewed", "reviewed_by: Ed Itor", 'reviewed_at: "2031-04-01"']
    assert "# curated by hand" in after and "# as printed" in after
    record = check(base_project)[0].get("port-sable")
    assert (record.status, record.reviewed_by, record.reviewed_at) == ("reviewed", "Ed Itor", "2031-04-01")


def test_review_refuses_a_draft_that_is_not_ready(base_project):
    run("new", "group", "Unfinished", cwd=base_project.root)
    path = base_project.content_dir / "group" / "unfinished.yaml"
    before = path.read_text()
    out = run("review", "unfinished", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 1 and "uncited" in out.stderr and "not ready for review" in out.stderr
    assert path.read_text() == before


def test_review_refuses_placeholders(base_project):
    run("new", "claim", "Somebody said something", cwd=base_project.root)
    path = base_project.content_dir / "claim" / "somebody-said-something.yaml"
    path.write_text(
        path.read_text().replace(
            "citations: []", "citations:\n  - source: veloria-courier-2031\n    quote: A port official"
        )
    )
    out = run("review", "somebody-said-something", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 1 and "TODO" in out.stderr


def test_review_of_an_unknown_id(base_project):
    out = run("review", "no-such-record", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 2 and "no record with the id" in out.stderr
    out = run("review", "port-sabel", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 2 and "did you mean port-sable?" in out.stderr


def test_written_records_have_no_trailing_spaces_even_with_long_values(base_project):
    long_name = " ".join(["Very"] * 60) + " Long Brigade"
    out = run("new", "group", long_name, "--id", "long-one", cwd=base_project.root)
    assert out.returncode == 0
    text = (base_project.content_dir / "group" / "long-one.yaml").read_text()
    assert all(line == line.rstrip() for line in text.splitlines())
    assert f"name: {long_name}" in text  # one line, never folded


def test_review_takes_several_ids(base_project):
    out = run("review", "port-sable", "ilse-marrow", "--by", "Ed", "--date", "2031-04-01", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    corpus = check(base_project)[0]
    assert corpus.get("port-sable").status == corpus.get("ilse-marrow").status == "reviewed"


def test_review_source_stamps_every_draft_drawn_from_it_and_lists_the_rest(base_project):
    for rid in ("guards-took-weapons", "ministry-denies-missing-weapons"):
        path = base_project.content_dir / ("claim" if rid.startswith("guards") else "denial") / f"{rid}.yaml"
        path.write_text(path.read_text() + "status: draft\n")
    run("new", "group", "Unfinished", cwd=base_project.root)  # a draft citing nothing: not drawn from the source
    out = run("review", "--source", "veloria-courier-2031", "--by", "Ed", "--date", "2031-04-01", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("reviewed by Ed") == 2
    corpus = check(base_project)[0]
    assert (
        corpus.get("guards-took-weapons").status == corpus.get("ministry-denies-missing-weapons").status == "reviewed"
    )
    assert corpus.get("unfinished").status == "draft"
    assert corpus.get("port-sable").status is None  # cites the source but was no draft


def test_review_stamps_the_ready_and_names_the_rest(base_project):
    run("new", "group", "Unfinished", cwd=base_project.root)
    out = run("review", "port-sable", "unfinished", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 1 and "unfinished is not ready for review" in out.stderr
    corpus = check(base_project)[0]
    assert corpus.get("port-sable").status == "reviewed" and corpus.get("unfinished").status == "draft"


def test_review_of_an_unknown_source(base_project):
    out = run("review", "--source", "no-such-source", "--by", "Ed", cwd=base_project.root)
    assert out.returncode == 2 and "no source with the id" in out.stderr


def test_new_proposes_a_short_id_and_says_how_to_choose_another(base_project):
    summary = (
        "Ilse Marrow said the guards withdrew because the council of Port Sable had asked them to leave the harbour."
    )
    out = run("new", "claim", summary, cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    path = base_project.root / out.stdout.strip()
    assert path.stem == "ilse-marrow-guards-withdrew-port-sable"  # names kept first, fillers out
    assert len(path.stem) <= 40
    assert "--id" in out.stderr and f"id: {path.stem}" in out.stderr


def test_new_claim_offers_the_speaker_named_and_the_most_recent_source(base_project):
    import os
    import time

    run("new", "group", "Fresh Front", cwd=base_project.root)  # not a source: never offered as one
    newer = base_project.content_dir / "source" / "veloria-courier-2031.yaml"
    os.utime(newer, (time.time() + 5, time.time() + 5))
    out = run("new", "claim", "Ilse Marrow said the guards left", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    text = (base_project.root / out.stdout.strip()).read_text()
    assert "claimant:" in text and "  actor: ilse-marrow" in text
    assert "factsheet cite ID veloria-courier-2031" in text
    assert "source to cite: veloria-courier-2031" in out.stderr
    assert [i for i in check(base_project)[1] if i.severity == "error"] == []
    out = run("new", "claim", "A port official said Ilse Marrow had left", cwd=base_project.root)
    text = (base_project.root / out.stdout.strip()).read_text()
    assert "actor: ilse-marrow" not in text  # named, but not the one speaking
    out = run("new", "denial", "Someone unnamed denied it all", cwd=base_project.root)
    text = (base_project.root / out.stdout.strip()).read_text()
    assert "described_as: 'TODO" in text or 'described_as: "TODO' in text or "described_as: TODO" in text
    assert "ilse-marrow" in text and "veloria-interior-ministry" in text  # existing actors offered
