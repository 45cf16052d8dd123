"""The Python blocks of the docs pages and the README, and what each page says of them.

A block is a fenced ```python block at the start of a line. Marks are HTML comments on
the line before the fence (a blank line between is allowed), invisible on the site:

* ``<!-- real-api -->``: needs the real API (a file only the reader has, the live
  service); it is type-checked, never run;
* ``<!-- pytest -->``: a test module; it runs under pytest, with the ``moonshot`` plugin;
* ``<!-- output -->`` before a ```text block: what the python block just above it prints,
  compared line for line.

Every other block runs on its own, against a fresh ``LocalMoonshot``. A page whose blocks
call operations an API document may lack (the previous one has no Responses) says so once:
``<!-- operations: /v1/responses /v1/tools/search -->``; against a document without one of
them, its blocks are neither run nor type-checked.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
_FENCE = re.compile(
    r"(?:^<!-- (?P<mark>[\w-]+) -->\n(?:\n)?)?^```(?P<lang>\w*)[^\n]*\n(?P<body>.*?)^```[ \t]*$",
    re.M | re.S,
)
MARKS = {"real-api", "pytest", "output"}
_OPERATIONS = re.compile(r"^<!-- operations:([^>]*)-->", re.M)


@dataclass(frozen=True)
class Block:
    page: str
    """The page, relative to the repository (``docs/streaming.md``, ``README.md``)."""
    line: int
    """The line of the opening fence."""
    source: str
    mark: str | None
    output: str | None
    """What the page says the block prints, if it says."""
    operations: tuple[str, ...] = ()
    """The API paths the page's blocks call that a document may lack."""

    @property
    def key(self) -> str:
        return f"{self.page}:{self.line}"


def pages() -> list[Path]:
    """Every page of the site, then the README."""
    return [*sorted(DOCS.rglob("*.md")), ROOT / "README.md"]


def page_blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    name = path.relative_to(ROOT).as_posix()
    found: list[Block] = []
    needs = tuple(p for m in _OPERATIONS.finditer(text) for p in m[1].split())
    for match in _FENCE.finditer(text):
        mark, lang, body = match["mark"], match["lang"], match["body"]
        if mark is not None and mark not in MARKS:
            raise ValueError(f"{name}: unknown mark <!-- {mark} -->")
        if mark == "output":
            if lang != "text" or not found or found[-1].output is not None:
                raise ValueError(
                    f"{name}: <!-- output --> must mark a ```text block after a python one"
                )
            last = found[-1]
            found[-1] = Block(last.page, last.line, last.source, last.mark, body, needs)
        elif lang == "python":
            line = text.count("\n", 0, match.start("lang")) + 1
            found.append(Block(name, line, body, mark, None, needs))
    return found


def documented_paths() -> set[str]:
    """The paths of the API document the suite runs on."""
    spec = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    return set(spec.get("paths", {}))


def all_blocks() -> list[Block]:
    return [block for page in pages() for block in page_blocks(page)]
