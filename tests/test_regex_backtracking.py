"""No regular expression in generator/ can backtrack over a long run of one kind of character (issue 13).

Python's ``re`` backtracks, and three shapes of pattern make it retry a run of
characters from many places, so that time grows with the square (or cube) of the
run's length, as ``escape_md``'s ``\\s*[^\\S ] *$`` and the drafter's
``([\\w.]+)[.!?]*$`` did on no-break spaces and dots:

- two unlimited repeats that can take the same characters, one after the other
  (only optional items, or characters the first could take, between them), with
  something after them that can fail: every split of the run is tried;
- an unlimited repeat holding another whose characters can also start the next round;
- for a pattern that is searched for (not only matched at a given place), an
  unlimited repeat at its start that can run over the places where another match
  could start, with something after it that can fail: each of those places
  rescans the run. A lookbehind that no character of the repeat passes, or ``\\b``
  before word characters, lets a match start only where the run starts.

This test reads every pattern in generator/ (compiled at module level or written
inline in a call to ``re``) with Python's own parser and looks for those shapes,
judging character sets on a sample of characters. Possessive repeats and atomic
groups give nothing back, so what follows them cannot make them retry.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import re._constants as C
import re._parser as P
from pathlib import Path

import generator

SAMPLE = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + list(
        "\t\n\r\x0b\x0c\u00a0\u2028\u3000\u201c\u201d\u2018\u2019\u00ab\u00bb\u2014\u2013\u0640\u200céÉßاب٣²\u2591中"
    )
)
SEARCHING = {"search", "sub", "subn", "finditer", "findall", "split"}
ANCHORED = {"match", "fullmatch"}


def _category(cat: object, ch: str) -> bool:
    word = ch.isalnum() or ch == "_"
    return {
        C.CATEGORY_DIGIT: ch.isdecimal(),
        C.CATEGORY_NOT_DIGIT: not ch.isdecimal(),
        C.CATEGORY_SPACE: ch.isspace(),
        C.CATEGORY_NOT_SPACE: not ch.isspace(),
        C.CATEGORY_WORD: word,
        C.CATEGORY_NOT_WORD: not word,
    }[cat]


class Shapes:
    """The character sets, nullability and failure points of one parsed pattern's nodes."""

    def __init__(self, flags: int) -> None:
        self.ignorecase = bool(flags & re.IGNORECASE)
        self.dotall = bool(flags & re.DOTALL)

    def _is(self, ch: str, code: int) -> bool:
        return chr(code) in {ch, ch.lower(), ch.upper()} if self.ignorecase else chr(code) == ch

    def single(self, node: tuple) -> frozenset[str] | None:
        """The characters a one-character node matches, or None if the node is not one."""
        op, av = node
        if op is C.LITERAL:
            return frozenset(c for c in SAMPLE if self._is(c, av))
        if op is C.NOT_LITERAL:
            return frozenset(c for c in SAMPLE if not self._is(c, av))
        if op is C.ANY:
            return SAMPLE if self.dotall else SAMPLE - {"\n"}
        if op is C.IN:
            negate = any(o is C.NEGATE for o, _ in av)
            out = set()
            for c in SAMPLE:
                hit = False
                for o, a in av:
                    if o is C.LITERAL:
                        hit = hit or self._is(c, a)
                    elif o is C.RANGE:
                        forms = {c, c.lower(), c.upper()} if self.ignorecase else {c}
                        hit = hit or any(len(x) == 1 and a[0] <= ord(x) <= a[1] for x in forms)
                    elif o is C.CATEGORY:
                        hit = hit or _category(a, c)
                if hit != negate:
                    out.add(c)
            return frozenset(out)
        return None

    def chars(self, seq: list) -> frozenset[str]:
        """Every character a sequence of nodes can consume."""
        out: set[str] = set()
        for node in seq:
            op, av = node
            one = self.single(node)
            if one is not None:
                out |= one
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                out |= self.chars(list(av[2]))
            elif op is C.SUBPATTERN:
                out |= self.chars(list(av[3]))
            elif op is C.ATOMIC_GROUP:
                out |= self.chars(list(av))
            elif op is C.BRANCH:
                for alt in av[1]:
                    out |= self.chars(list(alt))
        return frozenset(out)

    def first(self, seq: list) -> frozenset[str]:
        """The characters a sequence can start with."""
        out: set[str] = set()
        for node in seq:
            op, av = node
            one = self.single(node)
            if one is not None:
                return frozenset(out | one)
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                out |= self.first(list(av[2]))
            elif op is C.SUBPATTERN:
                out |= self.first(list(av[3]))
            elif op is C.ATOMIC_GROUP:
                out |= self.first(list(av))
            elif op is C.BRANCH:
                for alt in av[1]:
                    out |= self.first(list(alt))
            if not self.nullable([node]):
                break
        return frozenset(out)

    def nullable(self, seq: list) -> bool:
        for op, av in seq:
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if av[0] > 0 and not self.nullable(list(av[2])):
                    return False
            elif op is C.SUBPATTERN:
                if not self.nullable(list(av[3])):
                    return False
            elif op is C.ATOMIC_GROUP:
                if not self.nullable(list(av)):
                    return False
            elif op is C.BRANCH:
                if not any(self.nullable(list(alt)) for alt in av[1]):
                    return False
            elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
                return False
        return True

    def can_fail(self, seq: list) -> bool:
        """Whether matching can fail in ``seq`` (a required character, or an assertion)."""
        for op, av in seq:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS):
                return True
            if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                if av[0] > 0 and self.can_fail(list(av[2])):
                    return True
            elif op is C.SUBPATTERN:
                if self.can_fail(list(av[3])):
                    return True
            elif op is C.ATOMIC_GROUP:
                if self.can_fail(list(av)):
                    return True
            elif op is C.BRANCH:
                if all(self.can_fail(list(alt)) for alt in av[1]):
                    return True
            elif self.single((op, av)) is not None:
                return True
        return False


def _unlimited(node: tuple) -> bool:
    return node[0] in (C.MAX_REPEAT, C.MIN_REPEAT) and node[1][1] is C.MAXREPEAT


def _tail_repeat(node: tuple) -> tuple | None:
    """The unlimited (backtracking) repeat a node ends with, looking into groups."""
    if _unlimited(node):
        return node
    if node[0] is C.SUBPATTERN and node[1][3]:
        return _tail_repeat(list(node[1][3])[-1])
    return None


def problems(pattern: str, flags: int, searched: bool) -> list[str]:
    shapes = Shapes(flags)
    found: list[str] = []

    def walk(seq: list, rest_fails: bool) -> None:
        for i, node in enumerate(seq):
            op, av = node
            after_fails = rest_fails or shapes.can_fail(seq[i + 1 :])
            # Two repeats in a row that share characters, with only optional or shared ones between.
            a = _tail_repeat(node)
            if a is not None:
                taken = shapes.chars(list(a[1][2]))
                for j in range(i + 1, len(seq)):
                    b = seq[j]
                    head = b if _unlimited(b) else None
                    if head is None and b[0] is C.SUBPATTERN and b[1][3] and _unlimited(next(iter(b[1][3]))):
                        head = next(iter(b[1][3]))
                    if head is not None and taken & shapes.first(list(head[1][2])):
                        if rest_fails or shapes.can_fail(seq[j + 1 :]):
                            found.append(f"repeats that share characters in a row: {pattern!r}")
                        break
                    one = shapes.single(b)
                    if not (shapes.nullable([b]) or (one is not None and one <= taken)):
                        break
            # A repeat inside a repeat whose next round can start with the inner one's characters.
            if _unlimited(node):
                body = list(av[2])
                inner = _tail_repeat(body[-1]) if body else None
                if after_fails and (
                    shapes.nullable(body)
                    or (inner is not None and shapes.chars(list(inner[1][2])) & shapes.first(body))
                ):
                    found.append(f"a repeat inside a repeat: {pattern!r}")
            # Into groups: atomic ones and possessive repeats give nothing back to what follows.
            if op is C.SUBPATTERN:
                walk(list(av[3]), after_fails)
            elif op is C.ATOMIC_GROUP:
                walk(list(av), False)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                walk(list(av[2]), True)
            elif op is C.POSSESSIVE_REPEAT:
                walk(list(av[2]), False)
            elif op is C.BRANCH:
                for alt in av[1]:
                    walk(list(alt), after_fails)

    def start(seq: list, guard: frozenset[str], rest_fails: bool) -> None:
        """Searched patterns: a repeat the match can open with, that runs over other starting places."""
        for i, node in enumerate(seq):
            op, av = node
            after_fails = rest_fails or shapes.can_fail(seq[i + 1 :])
            if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING) and not flags & re.MULTILINE:
                return
            if op is C.AT and av is C.AT_BOUNDARY:
                guard = guard | frozenset(c for c in SAMPLE if c.isalnum() or c == "_")
            elif op is C.ASSERT_NOT and av[0] == -1:
                behind = list(av[1])
                one = shapes.single(behind[0]) if len(behind) == 1 else None
                guard = guard | (one or frozenset())
            elif op is C.ASSERT and av[0] == -1:  # '(?<=\S)': the match cannot start after any other character
                behind = list(av[1])
                one = shapes.single(behind[0]) if len(behind) == 1 else None
                guard = guard | (SAMPLE - one if one is not None else frozenset())
            elif _unlimited(node):
                run = shapes.chars(list(av[2]))
                if run - guard and run & shapes.first(seq) and after_fails:
                    found.append(f"searched, and can start anywhere in a run it then rescans: {pattern!r}")
                    return
            elif op is C.SUBPATTERN:
                start(list(av[3]) + seq[i + 1 :], guard, rest_fails)
                return
            elif op is C.BRANCH:
                for alt in av[1]:
                    start(list(alt) + seq[i + 1 :], guard, rest_fails)
                return
            if not shapes.nullable([node]):
                return

    parsed = list(P.parse(pattern, flags))
    walk(parsed, False)
    if searched:
        start(parsed, frozenset(), False)
    return found


def _patterns() -> dict[tuple[str, int], tuple[str, bool]]:
    """Every pattern in generator/: (source, flags) -> (where, whether it is ever searched for)."""
    out: dict[tuple[str, int], tuple[str, bool]] = {}
    methods: dict[str, set[str]] = {}
    sources = sorted(Path(generator.__file__).parent.rglob("*.py"))
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id != "re":
                methods.setdefault(owner.id, set()).add(node.func.attr)
            if isinstance(owner, ast.Name) and owner.id == "re" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and node.func.attr != "compile":
                    flags = 0
                    for kw in node.keywords:
                        if kw.arg == "flags":
                            flags = eval(compile(ast.Expression(kw.value), "flags", "eval"), {"re": re})
                    where = f"{path.relative_to(Path(generator.__file__).parent.parent)}:{node.lineno}"
                    out[(first.value, flags)] = (where, node.func.attr not in ANCHORED)
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name == "generator.__main__":
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            found = [value] if isinstance(value, re.Pattern) else []
            if isinstance(value, (tuple, list)):
                for item in value:
                    found += [x for x in (item if isinstance(item, tuple) else (item,)) if isinstance(x, re.Pattern)]
                    found += (
                        [v for v in vars(item).values() if isinstance(v, re.Pattern)]
                        if hasattr(item, "__dict__")
                        else []
                    )
            used = methods.get(name)
            searched = used is None or bool(used & SEARCHING) or not used <= ANCHORED
            for p in found:
                key = (p.pattern, p.flags & ~re.UNICODE)
                prior = out.get(key, ("", False))[1]
                out[key] = (f"{info.name}.{name}", searched or prior)
    return out


def test_the_shapes_are_recognised_in_the_patterns_issue_13_found():
    assert problems(r"^ *[^\S ]\s*|\s*[^\S ] *$", 0, True)
    assert problems(r"([\w.]+)[.!?]*$", 0, True)
    assert problems(r"(?:,|\s+and|\s+or|\s+but)*[\s.,;:]*$", 0, True)
    assert problems(r"((?:\b[a-z]+ )+)$", 0, True)
    assert problems(r"(?:\s+(?:also|had))+\s*$", re.IGNORECASE, True)
    assert problems(r"[.!?]+[\u201d)]*(\s+)(?=[A-Z])", 0, True)
    assert problems(r"^\s*(?:-?\s*advertisement\s*-?)\s*$", re.IGNORECASE, False)
    assert problems(r"(a+)+$", 0, False)
    # and not in their rewrites, nor in ordinary patterns
    assert not problems(r"(?<![.!?])[.!?]+[\u201d)]*(\s+)(?=[A-Z])", 0, True)
    assert not problems(r",?(?<!\s)\s+but\s+|;\s|\s-\s", 0, True)
    assert not problems(r"(?<=\S)\s+(?:who|which)\s+", 0, True)
    assert problems(r"(?<=[a-z\s])\s+(?:who|which)\s+", 0, True)  # a lookbehind that allows a space guards nothing
    assert not problems(r"^\s*+(?>-?\s*advertisement\s*-?)\s*+$", re.IGNORECASE, False)
    assert not problems(r"\s+", 0, True)
    assert not problems(r"[^\W_]+(?:'[^\W_]+)*", 0, True)
    assert not problems(r"\b([a-z]+)/([a-z0-9]+(?:-[a-z0-9]+)*)\.md\b", 0, True)


def test_no_pattern_in_the_generator_backtracks_over_long_runs():
    found = {
        where: issues
        for (source, flags), (where, searched) in _patterns().items()
        if (issues := problems(source, flags, searched))
    }
    assert found == {}
