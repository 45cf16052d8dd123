"""The Python blocks of the docs pages and the README, and what each page says of them.

A block is a fenced ```python block at the start of a line. Marks are HTML comments on
the line before the fence (a blank line between is allowed), invisible on the site:

* ``<!-- real-api -->``: needs the real API (a file only the reader has, the live
  service); it is type-checked, never run;
* ``<!-- pytest -->``: a test module; it runs under pytest, with the ``moonshot`` plugin;
* ``<!-- output -->`` before a ```text block: what the python block just above it prints,
  compared line for line.

Every other block runs on its own, against a fresh ``LocalMoonshot``.
"""

from __future__ import annotations

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
    for match in _FENCE.finditer(text):
        mark, lang, body = match["mark"], match["lang"], match["body"]
        if mark is not None and mark not in MARKS:
            raise ValueError(f"{name}: unknown mark <!-- {mark} -->")
        if mark == "output":
            if lang != "text" or not found or found[-1].output is not None:
                raise ValueError(f"{name}: <!-- output --> must mark a ```text block after a python one")
            found[-1] = Block(found[-1].page, found[-1].line, found[-1].source, found[-1].mark, body)
        elif lang == "python":
            line = text.count("\n", 0, match.start("lang")) + 1
            found.append(Block(name, line, body, mark, None))
    return found


def all_blocks() -> list[Block]:
    return [block for page in pages() for block in page_blocks(page)]
