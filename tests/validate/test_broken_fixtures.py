"""Each file in tests/fixtures/broken/ holds one fault, named for it, and says where it should be reported.

The header of a fixture reads::

    # place: content/<type>/<id>.yaml     where the test drops the file into a copy of fixtures/base
    # expect: CODE LINE:COL [text]        the issue expected, and text its message or hint must contain

The test asserts that exact issue, and that nothing else in the corpus fails,
so a fault in one record never cascades into errors about others.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, check

CASES = sorted((FIXTURES / "broken").glob("*.yaml"))
_HEADER = re.compile(
    r"^# place: (?P<place>\S+)\n# expect: (?P<code>[a-z0-9-]+) (?P<line>\d+):(?P<col>\d+)(?: (?P<text>.*))?$", re.M
)


def _header(path: Path) -> dict:
    m = _HEADER.search(path.read_text(encoding="utf-8"))
    assert m, f"{path.name} lacks its '# place:' and '# expect:' header"
    return m.groupdict()


def test_there_are_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_broken_fixture_reports_its_fault(case: Path, base_project):
    spec = _header(case)
    target = base_project.root / spec["place"]
    target.write_bytes(case.read_bytes())
    _, issues = check(base_project)

    wanted = [i for i in issues if i.code == spec["code"] and i.path == spec["place"]]
    assert wanted, f"expected {spec['code']} in {spec['place']}, got:\n" + "\n".join(i.text() for i in issues)
    positions = {(i.line, i.col) for i in wanted}
    assert (int(spec["line"]), int(spec["col"])) in positions, [i.text() for i in wanted]
    if spec["text"]:
        severity = spec["text"] if spec["text"] in ("warning", "error") else None
        if severity:
            assert all(i.severity == severity for i in wanted)
        else:
            assert any(spec["text"] in i.message or spec["text"] in i.hint for i in wanted), [i.text() for i in wanted]
    elsewhere = [i for i in issues if i.path != spec["place"]]
    assert not elsewhere, "the fault cascaded into other files:\n" + "\n".join(i.text() for i in elsewhere)
