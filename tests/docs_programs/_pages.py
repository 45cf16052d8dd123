"""The Python programs of the API's pages, read from their ```python blocks."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "docs"
_FENCE = re.compile(r"^([ \t]*)```python[^\n]*\n(.*?)^[ \t]*```", re.M | re.S)
# The API's addresses as the programs write them; the test points them at LocalMoonshot.
BASE_URLS = ("https://api.moonshot.ai/v1", "https://api.moonshot.cn/v1")


@dataclass(frozen=True)
class Block:
    key: str
    """``page#n``: the n-th ```python block of the page (from 0)."""
    line: int
    """The line of its opening fence."""
    source: str


def page_blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    name = page.relative_to(DOCS).as_posix()
    return [
        Block(f"{name}#{n}", text.count("\n", 0, found.start()) + 1, textwrap.dedent(found[2]))
        for n, found in enumerate(_FENCE.finditer(text))
    ]


def all_blocks() -> list[Block]:
    """Every ```python block under DOCS, pages in name order."""
    pages = sorted(p for p in DOCS.rglob("*") if p.suffix in (".md", ".txt", ".mdx"))
    return [block for page in pages for block in page_blocks(page)]


def pointed_at(source: str, base_url: str) -> str:
    """The program with the API's address replaced by ``base_url``: the only change."""
    for official in BASE_URLS:
        source = source.replace(official, base_url)
    return source
