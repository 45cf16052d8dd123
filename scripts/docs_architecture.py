"""The architecture diagram of the docs, drawn from the overlay's imports.

Nodes are the overlay's packages and root modules (``overlay/moonshot``) and the generated
package; an edge ``a -> b`` means some module of ``a`` imports ``b`` when it runs (imports
under ``if TYPE_CHECKING:`` never run and are left out; a lazy import named by a string,
``".resources.chat"`` or ``"moonshot_openapi.api"``, counts). Layers come from the edges
alone: a node sits one row above the highest node it imports, so every arrow points down,
and a cycle fails the drawing. The SVG carries each edge as ``data-from`` / ``data-to`` so
``tests/docs/test_architecture_diagram.py`` can hold it against the code.

``python scripts/docs_architecture.py > architecture.svg``
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OVERLAY = ROOT / "overlay" / "moonshot"
GENERATED = "moonshot_openapi"
# Imported by nearly every module and importing nothing of the package: drawn in the
# bottom row, without their many arrows (a ``data-leaf`` mark says so).
LEAVES = ("_errors", "_defaults")


def node_of(path: Path) -> str:
    """The diagram node of a module: its top-level package, or the root module's name."""
    parts = path.relative_to(OVERLAY).with_suffix("").parts
    return parts[0]


_LAZY = re.compile(r"^(\.+)([A-Za-z_][\w.]*)?$")


def _relative(package: tuple[str, ...], level: int, module: str | None) -> list[str]:
    base = list(package[: len(package) - (level - 1)])
    return base + (module.split(".") if module else [])


def _imported(path: Path) -> Iterator[str]:
    """The nodes a module imports at run time."""
    package = path.relative_to(OVERLAY.parent).with_suffix("").parts[:-1]

    def visit(node: ast.AST) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from (n for branch in child.orelse for n in visit(branch))
                continue
            if isinstance(child, ast.Constant) and isinstance(child.value, str):
                lazy = _LAZY.match(child.value)
                if child.value.startswith(GENERATED):
                    yield GENERATED
                elif lazy and len(lazy[1]) <= len(package):
                    parts = _relative(package, len(lazy[1]), lazy[2])
                    if len(parts) > 1:
                        yield parts[1]
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    parts = _relative(package, child.level, child.module)
                    if len(parts) == 1:  # from .. import name: the names are modules
                        yield from (alias.name for alias in child.names)
                    else:
                        yield parts[1]
                elif child.module and child.module.split(".")[0] == "moonshot":
                    if "." in child.module:
                        yield child.module.split(".")[1]
                    else:
                        yield from (alias.name for alias in child.names)
                elif child.module and child.module.split(".")[0] == GENERATED:
                    yield GENERATED
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    top = alias.name.split(".")
                    if top[0] == GENERATED:
                        yield GENERATED
                    elif top[0] == "moonshot" and len(top) > 1:
                        yield top[1]
            yield from visit(child)

    yield from visit(ast.parse(path.read_text(encoding="utf-8")))


def nodes() -> list[str]:
    found = {node_of(p) for p in OVERLAY.rglob("*.py")}
    return sorted(found | {GENERATED})


def edges() -> set[tuple[str, str]]:
    """(importer, imported) between different nodes, from every module of the overlay."""
    known = set(nodes())
    found: set[tuple[str, str]] = set()
    for path in OVERLAY.rglob("*.py"):
        source = node_of(path)
        for target in _imported(path):
            if target in known and target != source:
                found.add((source, target))
    return found


def layers(all_nodes: list[str], all_edges: set[tuple[str, str]]) -> dict[str, int]:
    """Row of each node: 0 for a node importing nothing, else one above its highest import."""
    row: dict[str, int] = {}
    visiting: set[str] = set()

    def depth(node: str) -> int:
        if node in row:
            return row[node]
        if node in visiting:
            raise ValueError(f"import cycle through {node}")
        visiting.add(node)
        below = [depth(b) for a, b in all_edges if a == node]
        visiting.discard(node)
        row[node] = 1 + max(below) if below else 0
        return row[node]

    for node in all_nodes:
        depth(node)
    return row


BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 128, 34, 22, 58, 20


def svg() -> str:
    all_nodes, all_edges = nodes(), edges()
    row = layers(all_nodes, all_edges)
    top = max(row.values())
    by_row: dict[int, list[str]] = {}
    for node in all_nodes:
        by_row.setdefault(row[node], []).append(node)
    widest = max(len(v) for v in by_row.values())
    width = 2 * MARGIN + widest * BOX_W + (widest - 1) * GAP_X
    height = 2 * MARGIN + (top + 1) * BOX_H + top * GAP_Y
    place: dict[str, tuple[float, float]] = {}
    for r, members in by_row.items():
        span = len(members) * BOX_W + (len(members) - 1) * GAP_X
        x0 = (width - span) / 2
        y = MARGIN + (top - r) * (BOX_H + GAP_Y)
        for i, node in enumerate(members):
            place[node] = (x0 + i * (BOX_W + GAP_X), y)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="13">',
        "<title>moonshot: packages and their run-time imports (arrows point to the imported)"
        "</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#6b7280"/></marker></defs>',
    ]
    for a, b in sorted(all_edges):
        if b in LEAVES:
            out.append(f'<desc class="leaf-edge" data-from="{escape(a)}" data-to="{escape(b)}"/>')
            continue
        (xa, ya), (xb, yb) = place[a], place[b]
        out.append(
            f'<line class="edge" data-from="{escape(a)}" data-to="{escape(b)}" '
            f'x1="{xa + BOX_W / 2:.1f}" y1="{ya + BOX_H:.1f}" x2="{xb + BOX_W / 2:.1f}" '
            f'y2="{yb:.1f}" stroke="#9ca3af" stroke-width="1" marker-end="url(#arrow)"/>'
        )
    for node in all_nodes:
        x, y = place[node]
        fill = "#fde68a" if node == GENERATED else "#dbeafe"
        out.append(
            f'<g class="node" data-name="{escape(node)}" data-layer="{row[node]}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{BOX_W}" height="{BOX_H}" rx="6" '
            f'fill="{fill}" stroke="#1f2937"/><text x="{x + BOX_W / 2:.1f}" '
            f'y="{y + BOX_H / 2 + 4:.1f}" text-anchor="middle">{escape(node)}</text></g>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(svg())
