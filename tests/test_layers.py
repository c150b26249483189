"""The package's layers, read from its imports: what may depend on what, and what stays private."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE.parent).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def imports(tree: ast.Module) -> Iterator[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for every import in ``tree``, at any depth."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, [alias.name for alias in node.names], node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], node.lineno


def test_the_walk_sees_the_imports_it_judges():
    tree = ast.parse("from generator.errors import gh_data\ndef f():\n    from generator.history import git_env\n")
    assert list(imports(tree)) == [("generator.errors", ["gh_data"], 1), ("generator.history", ["git_env"], 3)]


def test_no_module_takes_another_modules_private_names():
    found = [
        f"{path}:{line}: {module}.{name}"
        for path, tree in modules()
        for module, names, line in imports(tree)
        if module.startswith("generator")
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert found == []


@pytest.mark.parametrize(
    ("layer", "below"),
    [
        ("generator/model/", ("generator.load", "generator.validate", "generator.render", "generator.export")),
        ("generator/render/", ("generator.export", "generator.build", "generator.commands", "generator.cli")),
        ("generator/export/", ("generator.render", "generator.build", "generator.commands", "generator.cli")),
        ("generator/validate/", ("generator.render", "generator.export", "generator.build", "generator.commands")),
        # text helpers shared by the drafter, the validator and search: below all three
        ("generator/folding.py", ("generator.render", "generator.draft", "generator.validate", "generator.model")),
        ("generator/wording.py", ("generator.render", "generator.draft", "generator.validate", "generator.model")),
        # the date reader sits below the drafting rules, and the words of saying both read below the two
        ("generator/weekdays.py", ("generator.draft", "generator.ingest", "generator.render", "generator.model")),
        ("generator/saying.py", ("generator.weekdays", "generator.draft", "generator.render", "generator.model")),
    ],
)
def test_a_layer_never_reaches_up(layer: str, below: tuple[str, ...]):
    found = [
        f"{path}:{line}: {module}"
        for path, tree in modules()
        if path.startswith(layer)
        for module, _, line in imports(tree)
        if module.startswith(below)
    ]
    assert found == []


def test_yaml_is_read_only_by_the_hardened_reader():
    """PyYAML's loaders appear in one module; the others read records through it (or edit them round-trip)."""
    loaders = {"load", "safe_load", "full_load", "unsafe_load", "load_all", "safe_load_all", "compose", "parse"}
    found = []
    for path, tree in modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in loaders
                and path != "generator/load/yamldoc.py"
            ):
                found.append(f"{path}:{node.lineno}: yaml.{node.attr}")
    assert found == []


def test_every_command_lives_in_commands():
    cli = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    decorated = [
        node.name
        for node in ast.walk(cli)
        if isinstance(node, ast.FunctionDef)
        for decorator in node.decorator_list
        if "command" in ast.unparse(decorator)
    ]
    assert decorated == []
