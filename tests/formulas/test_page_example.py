"""The official-tools page's example program, unchanged, against ``moonshot serve``.

The program is read from the page at test time and run as a separate process with the
openai SDK and httpx, as the page has it; only its environment differs
(``MOONSHOT_BASE_URL`` is the local server's). It loads the formulas' declarations,
asks the question, runs the fibers the model calls and prints the final answer. Its
model is written into it (kimi-k2.5, which the document no longer lists and the pages
still describe: the server serves such models as the API does).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import _facts

KEY = "sk-formulas-page-example"


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """``moonshot serve`` on a free port; its URL."""
    command = [sys.executable, "-m", "moonshot.cli", "serve", "--port", "0"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"on (http://\S+)", line)
        assert found, f"moonshot serve printed {line!r}"
        yield found.group(1)
    finally:
        process.terminate()
        process.wait(timeout=10)


def _run_page_program(tmp_path: Path, url: str, *args: str) -> str:
    program = tmp_path / "formula_chat.py"
    program.write_text(_facts.page_program(), encoding="utf-8")
    env = {**os.environ, "MOONSHOT_BASE_URL": url, "MOONSHOT_API_KEY": KEY}
    done = subprocess.run(
        [sys.executable, str(program), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


def test_the_page_program_searches_and_answers(served: str, tmp_path: Path) -> None:
    out = _run_page_program(tmp_path, served, "--question", "What drives the tides of the moon?")
    assert "Initialized formulas: ['moonshot/web-search:latest']" in out
    assert "Total unique tools loaded: 1" in out
    assert "Calling tool: web_search" in out
    # The protected formula's result is the encrypted output, passed on unchanged.
    assert "Tool result: ----MOONSHOT ENCRYPTED BEGIN----" in out
    answer = out.split("AI Response:", 1)[1]
    assert "How the Moon drives the tides" in answer  # the local index's page, decrypted


def test_the_page_program_with_more_formulas(served: str, tmp_path: Path) -> None:
    names = [f["name"] for f in _facts.official() if not f.get("runs_code")]
    args = [arg for name in names for arg in ("--formula", name)]
    out = _run_page_program(tmp_path, served, *args, "--question", "What is the date today?")
    loaded = re.search(r"Total unique tools loaded: (\d+)", out)
    assert loaded and int(loaded.group(1)) >= len(names)  # web-search twice: deduplicated
    assert "Calling tool: date" in out and "AI Response:" in out
