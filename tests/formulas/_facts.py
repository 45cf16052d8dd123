"""What the formula tests know, read from the extension document and the page (never named)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "scripts" / "spec_extensions" / "formulas.json"
DOCS = ROOT.parent / "shared" / "spec" / "docs"
PAGE = "docs/platform/zh_guide_use-official-tools.md"


def extension() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(EXTENSION.read_text(encoding="utf-8"))
    return loaded


def official() -> list[dict[str, Any]]:
    """The official formulas the extension lists (from the page's table)."""
    return list(extension()["x-formulas"]["official"])


def running_code() -> list[dict[str, Any]]:
    return [f for f in official() if f.get("runs_code")]


def operations() -> list[tuple[str, str]]:
    """(METHOD, path) of every operation the extension adds."""
    return [
        (method.upper(), path)
        for path, item in extension()["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    ]


def page_text() -> str:
    """The official-tools page, beside the repository as in CI (where a missing page fails)."""
    path = DOCS.parent / PAGE
    if not path.is_file() and os.environ.get("CI") != "true":
        pytest.skip(f"the API's pages are not beside this clone ({DOCS})")
    assert path.is_file(), f"{PAGE} is not beside the repository"
    return path.read_text(encoding="utf-8")


def page_program() -> str:
    """The page's example program: its first Python code block, as printed."""
    found = re.search(r"```python[^\n]*\n(.*?)```", page_text(), re.DOTALL)
    assert found, "the page has no Python code block"
    return found.group(1)
