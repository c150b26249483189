"""`factsheet ingest` end to end: archive and record written once, never overwritten, errors without tracebacks."""

from __future__ import annotations

import datetime
import hashlib
import shutil

import yaml

from generator.commands.ingest import command
from generator.ingest import Overrides, ingest
from generator.ingest.fetch import FetchLimits
from generator.project import Project
from tests.conftest import REPO, check
from tests.ingest.conftest import ARTICLES, invoke
from tests.ingest.test_fetch import server  # noqa: F401 - the local http server fixture

WIRE_ID = "meridian-wire-2024-04-veloria-closes-kessel-gate-border"
TEXT_OPTIONS = ("--publisher", "Port Sable Evening Post", "--language", "en", "--published", "2024-10")


def files(project: Project) -> list[str]:
    return sorted(str(p.relative_to(project.root)) for p in project.root.rglob("*") if p.is_file())


def test_an_html_page_becomes_an_archive_and_a_valid_source_record(minimal_project):
    out = invoke(command, minimal_project, str(ARTICLES / "wire-kessel-clash.html"))
    assert out.exit_code == 0, out.output
    assert out.output.splitlines() == [f"seeds/{WIRE_ID}.txt", f"content/source/{WIRE_ID}.yaml"]
    archive = minimal_project.seeds_dir / f"{WIRE_ID}.txt"
    record = yaml.safe_load((minimal_project.content_dir / "source" / f"{WIRE_ID}.yaml").read_text())
    assert record["sha256"] == hashlib.sha256(archive.read_bytes()).hexdigest()
    assert record["archive"] == f"seeds/{WIRE_ID}.txt"
    assert (record["title"], record["publisher"], record["author"], record["language"], record["published"]) == (
        "Veloria closes Kessel Gate after border clash, army says",
        "Meridian Wire",
        "Jonas Feld",
        "en",
        "2024-04-15",
    )
    assert record["url"].startswith("https://meridianwire.example/") and "retrieved" not in record
    assert "article:published_time" in record["date_note"] and "trafilatura" in record["notes"]
    corpus, issues = check(minimal_project)
    assert issues == [] and corpus.get(WIRE_ID).archive == f"seeds/{WIRE_ID}.txt"


def test_the_same_text_again_is_a_no_op(minimal_project):
    invoke(command, minimal_project, str(ARTICLES / "wire-kessel-clash.html"))
    before = files(minimal_project)
    out = invoke(command, minimal_project, str(ARTICLES / "wire-kessel-clash.html"), "--id", "another-id")
    assert out.exit_code == 0 and out.output == f"already ingested as {WIRE_ID}\n"
    assert files(minimal_project) == before


def test_plain_text_needs_language_and_publisher_and_never_guesses_them(minimal_project, cli_main, capsys):
    article = str(ARTICLES / "holdout-local-news-flood.txt")
    code = cli_main("--project", str(minimal_project.root), "ingest", article, "--publisher", "Port Sable Evening Post")
    err = capsys.readouterr().err
    assert code == 2 and "never guesses" in err and "--language" in err and "Traceback" not in err
    code = cli_main("--project", str(minimal_project.root), "ingest", article, "--language", "en")
    assert code == 2 and "--publisher" in capsys.readouterr().err
    assert not list(minimal_project.seeds_dir.glob("port-sable*"))
    assert cli_main("--project", str(minimal_project.root), "ingest", article, *TEXT_OPTIONS) == 0
    path = minimal_project.content_dir / "source" / "port-sable-evening-post-2024-10-flood-wall-fails-port-sable.yaml"
    record = yaml.safe_load(path.read_text())
    assert record["published"] == "2024-10" and "url" not in record and "retrieved" not in record
    assert record["title"] == "Flood wall fails in Port Sable as river reaches record height"


def test_a_taken_id_is_refused_with_a_hint(minimal_project, cli_main, capsys):
    root = str(minimal_project.root)
    flood = str(ARTICLES / "holdout-local-news-flood.txt")
    assert cli_main("--project", root, "ingest", flood, *TEXT_OPTIONS, "--id", "shared-id") == 0
    before = files(minimal_project)
    other = str(ARTICLES / "feature-men-who-came-back.txt")
    assert cli_main("--project", root, "ingest", other, *TEXT_OPTIONS, "--id", "shared-id") == 1
    err = capsys.readouterr().err
    assert "is taken by content/source/shared-id.yaml" in err and "--id" in err
    assert cli_main("--project", root, "ingest", other, *TEXT_OPTIONS, "--id", "grey-banner-brigade") == 1
    assert "content/group/grey-banner-brigade.yaml" in capsys.readouterr().err
    (minimal_project.seeds_dir / "stray.txt").write_text("Some other text\n")
    assert cli_main("--project", root, "ingest", other, *TEXT_OPTIONS, "--id", "stray") == 1
    assert "already holds a different text" in capsys.readouterr().err
    assert files(minimal_project) == sorted([*before, "seeds/stray.txt"])


def test_an_archive_left_by_an_interrupted_run_is_reused(minimal_project):
    first = ingest(minimal_project, str(ARTICLES / "wire-kessel-clash.html"))
    first.record.unlink()
    again = ingest(minimal_project, str(ARTICLES / "wire-kessel-clash.html"))
    assert again.created and again.record.exists() and again.archive == first.archive
    assert check(minimal_project)[1] == []


def test_options_are_validated_like_the_fields_they_fill(minimal_project, cli_main, capsys):
    article = str(ARTICLES / "wire-kessel-clash.html")
    for option, value in (
        ("--published", "15 April 2024"),
        ("--language", "English"),
        ("--id", "../escape"),
        ("--url", "ftp://example.org/x"),
    ):
        assert cli_main("--project", str(minimal_project.root), "ingest", article, option, value) == 2
        assert f"{option} '{value}' is not valid" in capsys.readouterr().err
    assert not (minimal_project.root.parent / "escape.txt").exists()


def test_options_override_the_page(minimal_project):
    result = ingest(
        minimal_project,
        str(ARTICLES / "wire-kessel-clash.html"),
        Overrides(
            id="kessel-clash", title="Kessel Gate closed", published="2024-04", url="https://meridianwire.example/short"
        ),
    )
    assert result.data["title"] == "Kessel Gate closed" and result.data["published"] == "2024-04"
    assert result.data["url"] == "https://meridianwire.example/short" and "date_note" not in result.data
    assert result.archive.read_text().startswith(
        "Veloria closes Kessel Gate after border clash"
    )  # the archive is the page's


def test_a_title_in_arabic_gets_a_transliterated_id(minimal_project):
    result = ingest(minimal_project, str(ARTICLES / "html_arabic_title.html"))
    assert result.source_id == "alsahl-nt-2024-05-mjls-mhafzt-dwrnmark-ytalb-bfth"
    assert result.archive.name == f"{result.source_id}.txt"
    assert (result.data["language"], result.data["publisher"]) == (
        "ar",
        "\u0627\u0644\u0633\u0627\u062d\u0644 \u0646\u062a",
    )
    assert check(minimal_project)[1] == []


def test_a_fetched_page_records_its_address_and_the_day(minimal_project, server):
    result = ingest(minimal_project, server + "/moved", limits=FetchLimits(allow_private=True))
    assert result.data["url"].startswith("https://meridianwire.example/")  # the page's canonical address
    assert result.data["retrieved"] == datetime.date.today().isoformat()
    assert server + "/moved" in result.data["notes"]


def test_input_errors_give_a_message_and_a_hint_never_a_traceback(minimal_project, cli_main, capsys, tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    cases = [
        (["ingest", str(tmp_path / "missing.html")], 2, "there is no file"),
        (["ingest", str(tmp_path)], 2, "is a folder"),
        (["ingest", "file:///etc/hostname"], 2, "cannot ingest a 'file:' address"),
        (["ingest", "ftp://example.org/article.txt"], 2, "cannot ingest a 'ftp:' address"),
        (["ingest", "javascript:alert(1)"], 2, "cannot ingest a 'javascript:' address"),
        (["ingest", str(binary), *TEXT_OPTIONS], 1, "binary"),
    ]
    for args, code, message in cases:
        assert cli_main("--project", str(minimal_project.root), *args) == code, args
        err = capsys.readouterr().err
        assert message in err and "hint:" in err and "Traceback" not in err


def test_the_curated_seed_reingested_from_an_aggregator_copy_is_recognised(tmp_path):
    """Boilerplate stripping reproduces the editor's archive byte for byte, so the copy is 'already ingested'."""
    root = tmp_path / "real"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "seeds", root / "seeds")
    seed = (REPO / "seeds" / "the-new-arab-2025-02-afghan-pakistani-militias-iraq.txt").read_text(encoding="utf-8")
    title, body = seed.split("\n\n", 1)
    paragraphs = body.rstrip("\n").split("\n\n")
    copy = "\n".join(
        [
            "spot_img",
            title,
            "Views: 1,532",
            "",
            paragraphs[0],
            "",
            "Fatemiyoun and Zainabiyoun fighters in Syria [Getty]",
            "",
            "\n\n".join(paragraphs[1:]),
            "",
            "La source de cet article se trouve sur ce site",
            "",
            "SHARE:",
            "Facebook",
            "Twitter",
            "WhatsApp",
            "",
            "LEAVE A REPLY",
            "Please enter your comment!",
            "Please enter your name here",
            "",
        ]
    )
    saved = tmp_path / "aggregator-copy.txt"
    saved.write_text(copy, encoding="utf-8")
    out = invoke(command, Project(root), str(saved), "--publisher", "The New Arab", "--language", "en")
    assert out.exit_code == 0, out.output
    assert out.output == "already ingested as the-new-arab-2025-02-afghan-pakistani-militias-iraq\n"


def test_the_command_refuses_a_loopback_server_unless_allowed(minimal_project, cli_main, capsys, server):
    assert cli_main("--project", str(minimal_project.root), "ingest", server + "/article") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "a loopback address" in err and "--allow-private-addresses" in err
    assert "Traceback" not in err and not (minimal_project.seeds_dir / f"{WIRE_ID}.txt").exists()
    assert (
        cli_main("--project", str(minimal_project.root), "ingest", "--allow-private-addresses", server + "/article")
        == 0
    )
    assert (minimal_project.seeds_dir / f"{WIRE_ID}.txt").exists()
