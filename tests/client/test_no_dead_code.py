"""Every module-level name the wheel ships is used by the package itself (issue 26).

Build-only code belongs in scripts/, test-only code in tests/: a function, class or constant
of overlay/moonshot that nothing in the package refers to (only scripts or tests do) is
caught here. Public names count as used when a public module exports them (imported or
named in a lazy export table); a decorated function (a pytest fixture) is registered by
its decorator.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import moonshot

OVERLAY = Path(moonshot.__file__).parent
# "module path:name" of a table the build reads from the package on purpose, because it
# must stay one source of truth with run-time code beside it (say why in a comment).
BUILD_INPUTS: set[str] = {
    # scripts/generate_views.py declares on the views exactly the properties
    # model_patches adds to the classes at run time: one table for both, beside the patches.
    "_openapi/model_patches.py:CLIENT_VIEWS",
    "_openapi/model_patches.py:view_extras",
    "_openapi/model_patches.py:VIEW_IMPORTS",
}


def _module_names(tree: ast.Module) -> list[tuple[str, ast.stmt]]:
    found: list[tuple[str, ast.stmt]] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.append((node.name, node))
        elif isinstance(node, ast.Assign):
            found += [(t.id, node) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.append((node.target.id, node))
    return [
        (name, node)
        for name, node in found
        if not name.startswith("__") and not getattr(node, "decorator_list", None)
    ]


def _is_all(node: ast.AST) -> bool:
    targets = node.targets if isinstance(node, ast.Assign) else []
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def _references(trees: dict[Path, ast.Module]) -> Counter[tuple[Path | None, str]]:
    """(module, name) for a bare name used inside that module, (None, name) for a name
    imported, reached as an attribute or named in a string (lazy export tables)."""
    refs: Counter[tuple[Path | None, str]] = Counter()
    for path, tree in trees.items():
        for top in tree.body:
            if _is_all(top):
                continue
            for node in ast.walk(top):
                if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Store):
                    refs[path, node.id] += 1
                elif isinstance(node, ast.ImportFrom):
                    refs.update((None, alias.name) for alias in node.names)
                elif isinstance(node, ast.Attribute):
                    refs[None, node.attr] += 1
                elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                    refs[None, node.value] += 1
    return refs


def _unused(trees: dict[Path, ast.Module], root: Path) -> list[str]:
    refs = _references(trees)
    unused = []
    for path, tree in trees.items():
        for name, node in _module_names(tree):
            inside_itself = sum(
                1
                for sub in ast.walk(node)
                if isinstance(sub, ast.Name)
                and sub.id == name
                and not isinstance(sub.ctx, ast.Store)
            )
            where = path.relative_to(root)
            if f"{where.as_posix()}:{name}" in BUILD_INPUTS:
                continue
            if refs[path, name] - inside_itself <= 0 and refs[None, name] == 0:
                unused.append(f"{where}:{node.lineno} {name}")
    return unused


def test_every_module_level_name_is_used_by_the_package() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in OVERLAY.rglob("*.py")}
    assert _unused(trees, OVERLAY) == []


def test_the_check_finds_a_name_only_tests_would_use(tmp_path: Path) -> None:
    module = tmp_path / "mod.py"
    source = (
        '__all__ = ["helper", "used"]\n'
        "def helper():\n    return helper\n"
        "def used():\n    return 1\n"
        "VALUE = used()\n"
        "@fixture\ndef registered():\n    return 2\n"
    )
    module.write_text(source, encoding="utf-8")
    assert _unused({module: ast.parse(source)}, tmp_path) == ["mod.py:2 helper", "mod.py:6 VALUE"]
