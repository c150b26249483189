"""`factsheet cite RECORD SOURCE QUOTE`: a quotation added to a record, checked against the archive, layout kept."""

from __future__ import annotations

from tests.conftest import check
from tests.test_cli import run

CLAIM = "content/claim/guards-took-weapons.yaml"


def test_cite_finds_the_paragraph_and_keeps_the_file_as_written(base_project):
    path = base_project.root / CLAIM
    path.write_text(
        "# checked against the print edition\n"
        + path.read_text().replace('date: "2031-03"', 'date: "2031-03"  # month only')
    )
    before = path.read_text()
    # typographic quotes and spacing differ from the archive; the archive's own words are written
    out = run(
        "cite",
        "guards-took-weapons",
        "veloria-courier-2031",
        "The Sable  Harbour Guard, a militia",
        cwd=base_project.root,
    )
    assert out.returncode == 0, out.stderr
    assert "¶2" in out.stdout
    after = path.read_text()
    assert after.startswith(before.rstrip("\n"))  # only lines added, at the end of the citations
    assert after[len(before.rstrip("\n")) :] == (
        "\n  - source: veloria-courier-2031\n    quote: The Sable Harbour Guard, a militia\n    paragraph: 2\n"
    )
    corpus, issues = check(base_project)
    assert [i for i in issues if i.path == CLAIM] == []
    assert [(c.quote, c.paragraph) for c in corpus.get("guards-took-weapons").citations][-1] == (
        "The Sable Harbour Guard, a militia",
        2,
    )
    again = run(
        "cite",
        "guards-took-weapons",
        "veloria-courier-2031",
        "The Sable Harbour Guard, a militia",
        cwd=base_project.root,
    )
    assert again.returncode == 0 and "already cites" in again.stdout and path.read_text() == after


def test_cite_refuses_a_quotation_not_in_the_archive(base_project):
    path = base_project.root / CLAIM
    before = path.read_text()
    out = run(
        "cite",
        "guards-took-weapons",
        "veloria-courier-2031",
        "the guards had taken rifles from the armoury",
        cwd=base_project.root,
    )
    assert out.returncode == 1
    assert "not in the archived text of 'veloria-courier-2031'" in out.stderr
    assert "rifles" in out.stderr and "weapons" in out.stderr  # where the quote and the archive part
    assert "Traceback" not in out.stderr and path.read_text() == before


def test_cite_fills_a_new_skeleton_and_keeps_its_commented_fields(base_project):
    out = run("new", "claim", "Ilse Marrow said the guards withdrew", cwd=base_project.root)
    rid = (base_project.root / out.stdout.strip()).stem
    out = run("cite", rid, "veloria-courier-2031", "We withdrew because the council asked us to", cwd=base_project.root)
    assert out.returncode == 0, out.stderr
    text = (base_project.root / f"content/claim/{rid}.yaml").read_text()
    assert (
        "citations:\n  - source: veloria-courier-2031\n    quote: We withdrew because the council asked us to\n    paragraph: 3\n"
        in text
    )
    assert "# Optional fields" in text and text.index("# Optional fields") > text.index("paragraph: 3")
    issues = check(base_project)[1]
    assert [i for i in issues if i.path == f"content/claim/{rid}.yaml"] == []


def test_cite_unknown_record_or_source_is_a_usage_error(base_project):
    assert run("cite", "no-such", "veloria-courier-2031", "x", cwd=base_project.root).returncode == 2
    out = run("cite", "guards-took-weapons", "port-sable", "x", cwd=base_project.root)
    assert out.returncode == 2 and "no source with the id 'port-sable'" in out.stderr


def test_a_misspelled_id_gets_a_did_you_mean(base_project):
    out = run("cite", "guards-took-weapon", "veloria-courier-2031", "x", cwd=base_project.root)
    assert out.returncode == 2 and "did you mean guards-took-weapons?" in out.stderr
    out = run("cite", "guards-took-weapons", "veloria-courier", "x", cwd=base_project.root)
    assert out.returncode == 2 and "did you mean veloria-courier-2031?" in out.stderr
