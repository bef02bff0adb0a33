"""The modules of the pipeline: no module-level name is bound twice (a constant defined again further down a long
module silently changes what every function above it reads), and none reaches for another's private names (what a
module shares, it names without an underscore)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((ROOT / "components").glob("*.py")) + sorted((ROOT / "scripts").glob("*.py"))


def _bound_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_module_level_name_is_bound_twice(path):
    names = _bound_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_a_name_bound_twice_is_caught():
    tree = ast.parse("FACILITIES = ('base',)\ndef f():\n    return FACILITIES\nFACILITIES = frozenset()\n")
    assert _bound_names(tree)["FACILITIES"] == 2


def _private_imports(tree: ast.Module) -> list[str]:
    return [f"{node.module}.{alias.name}" for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("components")
            for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]


@pytest.mark.parametrize("path", sorted((ROOT / "components").glob("*.py")), ids=lambda p: p.name)
def test_no_component_imports_a_private_name_of_another(path):
    assert _private_imports(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_a_private_import_is_caught():
    tree = ast.parse("from components.movement_roles import _about, places_with_roles\n")
    assert _private_imports(tree) == ["components.movement_roles._about"]
