"""Writing files: atomic, readable like any new file, and never over a file someone else made."""

import os
import stat

import pytest

from generator.errors import FactsheetError
from generator.writefile import FILE_MODE, write_atomic, write_generated, write_new


def test_written_files_get_the_ordinary_mode(tmp_path):
    write_atomic(tmp_path / "a.txt", "x")
    write_new(tmp_path / "b.txt", "y")
    for name in ("a.txt", "b.txt"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == FILE_MODE
    assert FILE_MODE & 0o044  # group and others can read under the usual umask


def test_write_new_never_replaces(tmp_path):
    target = tmp_path / "record.yaml"
    target.write_text("curated")
    with pytest.raises(FactsheetError):
        write_new(target, "generated")
    assert target.read_text() == "curated"
    assert [p.name for p in tmp_path.iterdir()] == ["record.yaml"]  # no temporary file left


def test_write_generated_refuses_a_file_without_the_marker(tmp_path):
    target = tmp_path / "x.json"
    assert write_generated(target, "MARK 1", "MARK") is True
    assert write_generated(target, "MARK 1", "MARK") is False  # unchanged: not rewritten
    target.write_text("hand written")
    with pytest.raises(FactsheetError):
        write_generated(target, "MARK 2", "MARK")
    assert target.read_text() == "hand written"
