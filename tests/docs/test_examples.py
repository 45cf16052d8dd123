"""Every Python block of the docs and the README runs, type-checks and prints what its page shows.

Blocks come from tests/docs/_blocks.py (marks explained there). Each block that can run
runs on its own, as a reader who copies it would run it: in an empty folder, with
``MOONSHOT_BASE_URL`` and ``MOONSHOT_API_KEY`` pointing at a fresh ``LocalMoonshot``, and no
connection allowed off this machine. All blocks, the real-API ones included, are checked
by ``mypy --strict`` in one run.
"""

from __future__ import annotations

import contextlib
import io
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from moonshot.testing import LocalMoonshot

from ._blocks import ROOT, Block, all_blocks, documented_paths

PATHS = documented_paths()
ALL_BLOCKS = all_blocks()
# The blocks whose operations this document has (all of them on the current document).
BLOCKS = [b for b in ALL_BLOCKS if set(b.operations) <= PATHS]
RUNNABLE = [b for b in BLOCKS if b.mark != "real-api"]
KEY = "sk-docs-examples"
_LOCAL = {"127.0.0.1", "::1", "localhost"}


def _ids(block: Block) -> str:
    return block.key


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection but loopback: nothing a page shows may reach the real API."""
    connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in _LOCAL:
            raise OSError(f"a docs example tried to reach {address[0]}")
        return connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture
def reader_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_network: None) -> Any:
    """An empty folder and a client environment pointing at a fresh local server."""
    monkeypatch.chdir(tmp_path)
    for name in ("MOONSHOT_LOG", "MOONSHOT_DEMO_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with LocalMoonshot(api_key=KEY) as server:
        monkeypatch.setenv("MOONSHOT_API_KEY", KEY)
        monkeypatch.setenv("MOONSHOT_BASE_URL", server.url)
        yield server


def _run(block: Block) -> str:
    out = io.StringIO()
    code = compile(block.source, block.key, "exec")
    with contextlib.redirect_stdout(out):
        exec(code, {"__name__": "__main__"})
    return out.getvalue()


@pytest.mark.parametrize("block", [b for b in RUNNABLE if b.mark is None], ids=_ids)
def test_block_runs_and_prints_what_the_page_shows(block: Block, reader_env: Any) -> None:
    printed = _run(block)
    if block.output is not None:
        got = [line.rstrip() for line in printed.rstrip("\n").splitlines()]
        shown = [line.rstrip() for line in block.output.rstrip("\n").splitlines()]
        assert got == shown, f"{block.key} prints:\n{printed}"


@pytest.mark.parametrize("block", [b for b in RUNNABLE if b.mark == "pytest"], ids=_ids)
def test_pytest_block_passes(block: Block, tmp_path: Path) -> None:
    test_file = tmp_path / "test_page_block.py"
    test_file.write_text(block.source, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"\b\d+ passed\b", done.stdout), done.stdout


def test_every_block_type_checks_under_mypy_strict(tmp_path: Path) -> None:
    names: dict[str, Block] = {}
    for n, block in enumerate(BLOCKS):
        name = f"docs_block_{n:03d}.py"
        (tmp_path / name).write_text(block.source, encoding="utf-8")
        names[name] = block
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            *sorted(names),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    # Errors located in a block, shown at the page's line.
    errors = [
        re.sub(
            r"^(docs_block_\d{3}\.py):(\d+)",
            lambda m: f"{names[m[1]].page}:{names[m[1]].line + int(m[2])}",
            line,
        )
        for line in done.stdout.splitlines()
        if line.startswith("docs_block_") and ": error:" in line
    ]
    assert not errors, "\n".join(errors)
    assert "Success" in done.stdout or errors == [], done.stdout


def test_blocks_are_found() -> None:
    """The collector sees the pages' blocks (a broken pattern would pass everything)."""
    assert len(RUNNABLE) >= 20
    assert all(b.operations for b in ALL_BLOCKS if b not in BLOCKS)
    assert any(b.output is not None for b in BLOCKS)
    assert any(b.page == "README.md" for b in BLOCKS)
    assert any(b.mark == "real-api" for b in BLOCKS)  # type-checked, never run
    assert any(b.mark == "pytest" for b in RUNNABLE)
