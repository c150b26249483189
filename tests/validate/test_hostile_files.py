"""Hostile or careless files end in a clear issue, quickly and within bounded memory, never a crash.

Each case runs the whole validator over a copy of the base corpus with one bad
file added, in a subprocess with a memory cap, so a blow-up shows as a failure
rather than taking the test run down.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO

MEMORY_CAP = 400 * 1024 * 1024  # a few hundred MB, as promised in SECURITY.md
TIME_CAP = 20  # seconds; each case takes well under one


def validate_with_caps(project_root):
    def cap():
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP + 600 * 1024 * 1024,) * 2)  # interpreter + libraries

    script = textwrap.dedent(
        r"""
        import json, re, sys
        from generator.project import Project
        from generator.validate import check_project
        _, issues = check_project(Project(sys.argv[1]))
        # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent (pytest) across exec
        status = open("/proc/self/status").read()
        peak = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) * 1024
        print(json.dumps({"peak": peak, "issues": [[i.path, i.line, i.col, i.code] for i in issues]}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(project_root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIME_CAP,
        preexec_fn=cap,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    import json

    return json.loads(out.stdout)


def _billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 10):
        p, c = chr(96 + n), chr(97 + n)
        lines.append(f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]")
    return ("\n".join(lines) + "\nname: x\nkind: militia\n").encode()


CASES = {
    "alias-bomb": (_billion_laughs(), "yaml-alias"),
    "deep-nesting": (b"name: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "yaml-syntax"),
    "deep-block-nesting": (b"".join(b"  " * i + b"k:\n" for i in range(200)) + b"  " * 200 + b"v\n", "yaml-too-deep"),
    "many-keys": (b"".join(b"k%d: v\n" % i for i in range(150_000)), "unknown-field"),
    "python-object": (b"name: !!python/object/apply:os.system ['touch /tmp/pwned']\nkind: militia\n", "yaml-tag"),
    "non-utf8": (b"name: \xff\xfe\nkind: militia\n", "yaml-encoding"),
    "nul-byte": (b"name: a\x00b\nkind: militia\n", "yaml-control-char"),
    "rtl-override": ("name: abc\u202edcb\nkind: militia\n".encode(), "yaml-control-char"),
    "multiple-documents": (b"name: a\nkind: militia\n---\nname: b\n", "yaml-multiple-documents"),
    "empty": (b"", "empty-file"),
    "only-comment": (b"# nothing\n", "empty-file"),
    "tabs": (b"name: x\nkind:\tmilitia\n", "yaml-tab"),
    "duplicate-keys": (b"name: x\nname: y\nkind: militia\n", "yaml-duplicate-key"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_gets_a_clear_issue(base_project, case):
    data, code = CASES[case]
    (base_project.content_dir / "group" / "hostile.yaml").write_bytes(data)
    report = validate_with_caps(base_project.root)
    codes = {c for path, _, _, c in report["issues"] if path == "content/group/hostile.yaml"}
    assert code in codes, report["issues"][:5]
    assert all(path == "content/group/hostile.yaml" for path, *_ in report["issues"])
    assert len(report["issues"]) <= 20
    assert report["peak"] < MEMORY_CAP


def test_hundred_megabyte_file_is_refused_unread(base_project):
    with (base_project.content_dir / "group" / "huge.yaml").open("wb") as fh:
        fh.write(b"name: x\n")
        fh.truncate(100 * 1024 * 1024)
    report = validate_with_caps(base_project.root)
    assert [c for *_, c in report["issues"]] == ["file-too-large"]
    assert report["peak"] < 200 * 1024 * 1024


def test_file_names_differing_only_by_case(base_project):
    src = base_project.content_dir / "place" / "port-sable.yaml"
    (base_project.content_dir / "place" / "Port-Sable.yaml").write_text(src.read_text())
    report = validate_with_caps(base_project.root)
    assert [(p, c) for p, _, _, c in report["issues"]] == [("content/place/Port-Sable.yaml", "invalid-id")]
