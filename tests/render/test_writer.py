"""The writer touches only what changed, and removes only what it generated."""

import json
import os

import pytest

from generator.errors import BuildError
from generator.render.writer import read_manifest, write_pages


@pytest.fixture
def dirs(tmp_path):
    docs = tmp_path / "build" / "docs"
    return docs, tmp_path / "build" / "manifest.json"


def test_first_write_creates_pages_and_manifest(dirs):
    docs, manifest = dirs
    report = write_pages({"index.md": "home\n", "group/a.md": "a\n"}, docs, manifest)
    assert report.written == ["group/a.md", "index.md"] and report.unchanged == report.removed == []
    assert (docs / "group" / "a.md").read_text() == "a\n"
    assert json.loads(manifest.read_text())["files"] == ["group/a.md", "index.md"]


def test_unchanged_pages_are_not_rewritten(dirs):
    docs, manifest = dirs
    write_pages({"index.md": "home\n", "group/a.md": "a\n"}, docs, manifest)
    before = {p: os.stat(docs / p) for p in ("index.md", "group/a.md")}
    report = write_pages({"index.md": "home\n", "group/a.md": "a, changed\n"}, docs, manifest)
    assert report.written == ["group/a.md"] and report.unchanged == ["index.md"]
    after = os.stat(docs / "index.md")
    assert (after.st_ino, after.st_mtime_ns) == (before["index.md"].st_ino, before["index.md"].st_mtime_ns)
    # A changed page is replaced by a new file (atomic rename), not edited in place.
    assert os.stat(docs / "group/a.md").st_ino != before["group/a.md"].st_ino


def test_stale_generated_page_is_removed_with_its_empty_folder(dirs):
    docs, manifest = dirs
    write_pages({"index.md": "home\n", "claim/old.md": "old\n"}, docs, manifest)
    report = write_pages({"index.md": "home\n"}, docs, manifest)
    assert report.removed == ["claim/old.md"]
    assert not (docs / "claim").exists()
    assert json.loads(manifest.read_text())["files"] == ["index.md"]


def test_files_not_in_the_manifest_are_left_alone(dirs):
    docs, manifest = dirs
    write_pages({"index.md": "home\n"}, docs, manifest)
    (docs / "extra.md").write_text("hand-written\n")
    (docs / "group").mkdir()
    (docs / "group" / "notes.txt").write_text("keep\n")
    report = write_pages({"index.md": "home\n"}, docs, manifest)
    assert report.removed == []
    assert (docs / "extra.md").read_text() == "hand-written\n" and (docs / "group" / "notes.txt").exists()


def test_same_path_twice_is_refused(dirs):
    docs, manifest = dirs
    with pytest.raises(BuildError, match="written twice"):
        write_pages([("group/a.md", "1"), ("group/a.md", "2")], docs, manifest)
    assert not docs.exists() or not any(docs.iterdir())


@pytest.mark.parametrize(
    "path", ["../escape.md", "/etc/passwd", "group/../../x.md", "a//b.md", "", "a\\b.md", "./a.md"]
)
def test_paths_outside_the_docs_folder_are_refused(dirs, path):
    docs, manifest = dirs
    with pytest.raises(BuildError, match="refusing to write"):
        write_pages({path: "x"}, docs, manifest)


def test_symlinked_folder_leading_out_is_refused(dirs, tmp_path):
    docs, manifest = dirs
    outside = tmp_path / "outside"
    outside.mkdir()
    docs.mkdir(parents=True)
    (docs / "group").symlink_to(outside)
    with pytest.raises(BuildError, match="outside"):
        write_pages({"group/a.md": "x"}, docs, manifest)
    assert list(outside.iterdir()) == []


def test_tampered_manifest_never_removes_anything_outside(dirs, tmp_path):
    docs, manifest = dirs
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    write_pages({"index.md": "home\n"}, docs, manifest)
    manifest.write_text(json.dumps({"version": 1, "files": ["index.md", "../../victim.txt", str(victim)]}))
    report = write_pages({"index.md": "home\n"}, docs, manifest)
    assert victim.read_text() == "precious" and report.removed == []


def test_a_tampered_manifest_hands_mkdocs_no_path_outside(dirs, tmp_path):
    """The plugin adds to the site what the manifest lists: an entry leading elsewhere is never read."""
    docs, manifest = dirs
    write_pages({"index.md": "home\n"}, docs, manifest)
    listed = ["index.md", "../../victim.txt", "/etc/hostname", "a//b.md", "group/x.md"]
    manifest.write_text(json.dumps({"version": 1, "files": listed}))
    assert read_manifest(manifest) == {"index.md", "group/x.md"}


def test_unreadable_manifest_removes_nothing(dirs):
    docs, manifest = dirs
    write_pages({"index.md": "home\n", "a.md": "a\n"}, docs, manifest)
    manifest.write_text("{not json")
    report = write_pages({"index.md": "home\n"}, docs, manifest)
    assert report.removed == [] and (docs / "a.md").exists()


def test_no_temporary_files_are_left_behind(dirs):
    docs, manifest = dirs
    write_pages({"index.md": "home\n", "group/a.md": "a\n"}, docs, manifest)
    write_pages({"index.md": "home, again\n"}, docs, manifest)
    leftovers = [p for p in manifest.parent.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_bytes_are_written_as_is(dirs):
    docs, manifest = dirs
    write_pages({"assets/x.css": b"a{}\r\n"}, docs, manifest)
    assert (docs / "assets" / "x.css").read_bytes() == b"a{}\r\n"
