"""The architecture page's drawing is the code's import graph, and it has no cycle.

The drawing (scripts/docs_architecture.py, made at every docs build) is read back from its
SVG and held against the imports the architecture test reads on its own
(tests/client/test_architecture.py) and against its declared package order.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from tests.client import test_architecture as order

from ._blocks import ROOT


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "docs_architecture", ROOT / "scripts" / "docs_architecture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["docs_architecture"] = module
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()
SVG = SCRIPT.svg()
DRAWN = set(re.findall(r'data-from="([^"]+)" data-to="([^"]+)"', SVG))
LAYER = {
    name: int(layer) for name, layer in re.findall(r'data-name="([^"]+)" data-layer="(\d+)"', SVG)
}


def test_every_package_and_root_module_is_drawn() -> None:
    overlay = ROOT / "overlay" / "moonshot"
    expected = {p.stem for p in overlay.glob("*.py")}
    expected |= {p.name for p in overlay.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert set(LAYER) == expected | {"moonshot_openapi"}


def test_every_arrow_points_down_so_there_is_no_cycle() -> None:
    assert DRAWN
    assert [(a, b) for a, b in DRAWN if LAYER[a] <= LAYER[b]] == []


def test_every_static_import_between_packages_is_drawn() -> None:
    """Independently of the drawing's own reader: the architecture test's import reader."""
    overlay = Path(order.OVERLAY)
    nodes = set(LAYER)
    for package in order.ORDER:
        for path in (overlay / package).rglob("*.py"):
            for target in order._runtime_imports(path):
                if target in nodes and target != package:
                    assert (package, target) in DRAWN, f"{path} imports {target}: not drawn"


def test_the_drawing_keeps_the_declared_package_order() -> None:
    rank = {name: i for i, name in enumerate(order.ORDER)}
    upward = [(a, b) for a, b in DRAWN if a in rank and b in rank and rank[a] > rank[b]]
    assert upward == []


def test_a_cycle_cannot_be_drawn() -> None:
    try:
        SCRIPT.layers(["a", "b"], {("a", "b"), ("b", "a")})
    except ValueError as error:
        assert "cycle" in str(error)
    else:
        raise AssertionError("a cycle was drawn")
