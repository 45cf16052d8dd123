"""The errors page's table names every exception the package exports, and its except
example catches subclasses before their bases."""

from __future__ import annotations

import re

import moonshot

from ._blocks import DOCS, page_blocks

PAGE = DOCS / "errors.md"


def _exceptions() -> set[str]:
    return {
        name
        for name in moonshot.__all__
        if isinstance(getattr(moonshot, name), type)
        and issubclass(getattr(moonshot, name), moonshot.MoonshotError)
    }


def test_the_table_has_a_row_per_exported_exception() -> None:
    rows = set(re.findall(r"^\| `(\w+)`", PAGE.read_text(encoding="utf-8"), re.M))
    assert _exceptions() - {"MoonshotError", "APIError", "APIStatusError"} <= rows
    assert rows <= _exceptions()


def test_the_except_example_catches_subclasses_first() -> None:
    chains = [
        [getattr(moonshot, n) for n in re.findall(r"^except moonshot\.(\w+)", b.source, re.M)]
        for b in page_blocks(PAGE)
    ]
    caught = max(chains, key=len)
    assert len(caught) >= 4
    for i, early in enumerate(caught):
        for late in caught[i + 1 :]:
            assert not issubclass(late, early), f"{late.__name__} after its base {early.__name__}"
