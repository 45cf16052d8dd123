"""The overlay's packages import in one direction only (README "Architecture")."""

from __future__ import annotations

import ast
from pathlib import Path

import moonshot

OVERLAY = Path(moonshot.__file__).parent
# Each package may import only the packages after it (and the root's leaf modules).
ORDER = ["resources", "agents", "batching", "_batches", "_uploads", "_streams", "_http", "_openapi"]
LEAVES = {"_errors", "_defaults"}
ROOT_ENTRY = {"__init__.py", "_client.py", "_errors.py", "_defaults.py", "py.typed"}


def _runtime_imports(path: Path) -> set[str]:
    """Top-level names of moonshot the module imports when it runs (TYPE_CHECKING aside)."""
    package = path.relative_to(OVERLAY.parent).with_suffix("").parts[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = list(package[: len(package) - (child.level - 1)])
                    parts = base + (child.module.split(".") if child.module else [])
                    if len(parts) == 1:  # from .. import name: the names are modules
                        found.update(alias.name for alias in child.names)
                    else:
                        found.add(parts[1])
                elif child.module and child.module.startswith("moonshot."):
                    found.add(child.module.split(".")[1])
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_the_root_keeps_only_the_public_entry_modules() -> None:
    files = {p.name for p in OVERLAY.iterdir() if p.is_file()}
    packages = {p.name for p in OVERLAY.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert files == ROOT_ENTRY
    assert packages == {*ORDER, "testing", "cli", "types"}


def test_packages_import_only_the_packages_below_them() -> None:
    wrong = []
    for index, package in enumerate(ORDER):
        allowed = {package, *ORDER[index + 1 :], *LEAVES}
        for path in sorted((OVERLAY / package).rglob("*.py")):
            for name in _runtime_imports(path) - allowed:
                wrong.append(f"{path.relative_to(OVERLAY)} imports {name}")
    assert wrong == []


def test_the_leaf_modules_import_no_package_at_run_time() -> None:
    for name in LEAVES:
        assert _runtime_imports(OVERLAY / f"{name}.py") <= LEAVES - {name}
