"""What the package's docstrings and comments point to exists (issue 26: stale docs).

A README section named in quotes is a heading of README.md; a repository path (under
``scripts/``, ``tests/``, ``examples/``, ``bench/`` or ``docs/``) is a file or folder of the
repository.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(ROOT / "overlay" / "moonshot").rglob("*.py"), *(ROOT / "scripts").glob("*.py")])
README_SECTION = re.compile(r'README(?: section)?\s+"([^"]+)"')
REPO_PATH = re.compile(r"(?<![\w/.])((?:scripts|tests|examples|bench|docs)/[\w./-]*[\w/])")


def _headings() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return {h.strip() for h in re.findall(r"^#+\s+(.+)$", text, re.MULTILINE)}


def _where(path: Path, text: str, offset: int) -> str:
    return f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, offset) + 1}"


def test_every_cited_readme_section_is_a_heading() -> None:
    headings = _headings()
    missing = [
        f"{_where(path, text, m.start())} {m.group(1)!r}"
        for path in SOURCES
        for text in [path.read_text(encoding="utf-8")]
        for m in README_SECTION.finditer(text)
        if m.group(1) not in headings
    ]
    assert missing == []


def test_every_cited_repository_path_exists() -> None:
    missing = [
        f"{_where(path, text, m.start())} {m.group(1)}"
        for path in SOURCES
        for text in [path.read_text(encoding="utf-8")]
        for m in REPO_PATH.finditer(text)
        if not (ROOT / m.group(1).rstrip(".")).exists()
    ]
    assert missing == []


def test_the_patterns_find_what_they_look_for() -> None:
    text = 'see README "Streaming" and README section "Nope"; tests/client/ and scripts/x.py.'
    assert [m.group(1) for m in README_SECTION.finditer(text)] == ["Streaming", "Nope"]
    assert [m.group(1) for m in REPO_PATH.finditer(text)] == ["tests/client/", "scripts/x.py"]
