"""The overlay's import graph has one direction and no cycle (README "Architecture").

The graph is read from the source with ``ast``: each import is an edge from the unit that
imports (a package of ``overlay/moonshot`` or a module of its root) to the unit it names.
Imports at module level, inside functions (run on first use) and under ``TYPE_CHECKING``
(annotations only) are three kinds, each held to the same order, so a cycle cannot hide in
a deferred import or a type annotation.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import moonshot
import pytest

OVERLAY = Path(moonshot.__file__).parent
# Top to bottom: each unit may import only the units after it. The command line and the
# local server use the client like any caller; the root's entry modules (the public names,
# the clients, the re-exported types, the old name of many_requests) sit on the packages;
# _errors and _defaults are leaves every layer may read.
ORDER = [
    "cli",
    "testing",
    "__init__",
    "types",
    "batching",
    "_client",
    "resources",
    "agents",
    "many_requests",
    "_batch_lines",
    "_uploads",
    "_streams",
    "_http",
    "_telemetry",
    "_limits",
    "_openapi",
    "_errors",
    "_defaults",
]
ROOT_FILES = {"__init__.py", "_client.py", "batching.py", "_errors.py", "_defaults.py"}
# The only module that imports the generated package at run time (the "door").
DOOR = "_openapi/generated.py"
KINDS = ("module", "function", "typing")

Edge = tuple[str, str, str, str]  # kind, importing unit, imported unit, file


def _unit(parts: list[str]) -> str:
    """The unit of a dotted name under ``moonshot`` (parts after ``moonshot``): a package
    or root module, else the root package itself (``from moonshot import Moonshot``)."""
    return parts[0] if parts and _is_module(parts[0]) else "__init__"


def _targets(node: ast.ImportFrom | ast.Import, package: list[str]) -> list[list[str]]:
    """The dotted names (as parts, ``moonshot`` first) an import statement reaches; for
    ``from moonshot import a, b`` each name (a submodule, or a name of the root)."""
    if isinstance(node, ast.Import):
        return [alias.name.split(".") for alias in node.names]
    base = package[: len(package) - (node.level - 1)] if node.level else []
    module = base + (node.module.split(".") if node.module else [])
    if module != ["moonshot"]:
        return [module]
    return [["moonshot", alias.name] for alias in node.names]


def _is_module(name: str) -> bool:
    return (OVERLAY / name / "__init__.py").is_file() or (OVERLAY / f"{name}.py").is_file()


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(kind, dotted parts) of every import in ``path``."""
    relative = path.relative_to(OVERLAY.parent).with_suffix("").parts
    package = list(relative[:-1])
    found: list[tuple[str, list[str]]] = []

    def visit(node: ast.AST, kind: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = kind
            if isinstance(child, ast.If) and _is_type_checking(child):
                inner = "typing"
            elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and kind == "module":
                inner = "function"
            if isinstance(child, ast.Import | ast.ImportFrom):
                found.extend((inner, target) for target in _targets(child, package))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "module")
    return found


def _runtime_imports(path: Path) -> set[str]:
    """The names under ``moonshot`` that ``path`` imports when it runs (``TYPE_CHECKING``
    aside): the first part of each dotted name, for readers of the graph by name."""
    return {
        target[1]
        for kind, target in _imports(path)
        if kind != "typing" and target[0] == "moonshot" and len(target) > 1
    }


def _source_unit(path: Path) -> str:
    relative = path.relative_to(OVERLAY)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _edges() -> list[Edge]:
    edges = []
    for path in sorted(OVERLAY.rglob("*.py")):
        source = _source_unit(path)
        for kind, target in _imports(path):
            if target[0] != "moonshot":
                continue
            unit = _unit(target[1:])
            if unit != source:
                edges.append((kind, source, unit, str(path.relative_to(OVERLAY))))
    return edges


def _cycles(edges: list[Edge]) -> list[list[str]]:
    """The strongly connected groups of more than one unit (Tarjan)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for _, source, target, _ in edges:
        graph[source].add(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return groups


def test_the_root_keeps_only_the_entry_modules_and_every_unit_is_ordered() -> None:
    files = {p.name for p in OVERLAY.iterdir() if p.is_file() and p.suffix == ".py"}
    packages = {p.name for p in OVERLAY.iterdir() if (p / "__init__.py").is_file()}
    assert files == ROOT_FILES
    assert {*packages, *(Path(name).stem for name in files)} == set(ORDER)


@pytest.mark.parametrize("kind", KINDS)
def test_units_import_only_the_units_below_them(kind: str) -> None:
    rank = {unit: position for position, unit in enumerate(ORDER)}
    upward = sorted(
        f"{file} ({source}) imports {target}"
        for edge_kind, source, target, file in _edges()
        if edge_kind == kind and rank[target] <= rank[source]
    )
    assert upward == []


def test_the_units_import_each_other_in_no_cycle() -> None:
    assert _cycles(_edges()) == []


def test_the_cycle_finder_and_the_graph_see_what_they_should() -> None:
    edges = [("module", "a", "b", "x"), ("typing", "b", "a", "y"), ("module", "b", "c", "z")]
    assert _cycles(edges) == [["a", "b"]]
    seen = {(kind, source, target) for kind, source, target, _ in _edges()}
    # One of each kind today: a module-level, a deferred and an annotation-only import.
    assert ("module", "resources", "_http") in seen
    assert ("function", "resources", "many_requests") in seen
    assert ("typing", "_client", "resources") in seen


def _runtime_generated_imports(path: Path) -> list[str]:
    """Run-time imports of ``moonshot_openapi`` in ``path``, and dynamic imports at all."""
    found = [
        f"imports {'.'.join(target)}"
        for kind, target in _imports(path)
        if kind != "typing" and target[0] == "moonshot_openapi"
    ]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name.endswith(("import_module", "__import__")):
                found.append(f"calls {name}")
    return found


def test_only_the_door_imports_the_generated_package_at_run_time() -> None:
    dynamic_allowed = {"__init__.py", "_client.py"}  # lazy public names and resources
    wrong = []
    for path in sorted(OVERLAY.rglob("*.py")):
        relative = str(path.relative_to(OVERLAY))
        if relative == DOOR:
            continue
        for problem in _runtime_generated_imports(path):
            if problem.startswith("calls") and relative in dynamic_allowed:
                continue
            wrong.append(f"{relative} {problem}")
    assert wrong == []
    assert any(p.startswith("calls") for p in _runtime_generated_imports(OVERLAY / DOOR))
