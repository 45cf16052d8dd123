"""Peak memory of the client against the faults of ``test_bounds.py`` at the issue's sizes:
a 1 GiB gzip bomb and a 300 MB SSE line end in the typed error with peak RSS growth
below the cap in force plus a small constant, an endless stream below twice its cap
(what it assembled, and the joined ``.partial``), and a 1 GiB download to disk keeps
memory flat, on the sync and the async client. The ``openai`` SDK meets the same bomb, for the
README's comparison.

Each call runs in a fresh process (``_memory_probe.py``) whose peak-RSS mark is reset
after a warm-up call, so the figure is the call's own. ``MOONSHOT_SOAK=full``
(``make bounds``) runs the issue's sizes; CI runs smaller ones that still pass the caps.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spec_facts as facts
from moonshot._http.limits import CHAT, CHAT_STREAM, DEFAULT_MAX_LINE_BYTES

from . import _figures
from ._bounds_servers import PATTERN, MiB, bomb, endless_line, endless_stream, large_body
from ._servers import Action, ScriptedServer, completion, event_stream, respond_json, text_events

FULL = os.environ.get("MOONSHOT_SOAK") == "full"
BOMB = 1024 * MiB if FULL else 160 * MiB
LINE = 300 * 1000 * 1000 if FULL else 100 * MiB
DOWNLOAD = 1024 * MiB if FULL else 128 * MiB
# What a call may use beyond the cap: one inflate step and one network read, the
# parser's and the interpreter's working memory (measured: README "Reliability").
CONSTANT = 16 * MiB
PROBE = Path(__file__).with_name("_memory_probe.py")
MODEL = facts.plain_model()

pytestmark = [pytest.mark.soak, pytest.mark.timeout(900 if FULL else 180)]


def _probe(client: str, mode: str, fault: str, plan: list[Action], dest: str = "") -> Any:
    with ScriptedServer(plan=plan, record=False) as server:
        done = subprocess.run(
            [sys.executable, str(PROBE), client, mode, fault, server.url, MODEL, dest],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def _mib(value: int) -> str:
    return f"{value / MiB:,.1f} MiB"


def _record(name: str, figure: dict[str, Any]) -> None:
    _figures.bounds[name] = (
        f"peak RSS +{_mib(figure['growth'])} ({figure['outcome'].split(':')[0]}, "
        f"{figure['seconds']} s)"
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_gzip_bomb_peak_memory(mode: str) -> None:
    plan = [respond_json(completion()), bomb(BOMB)]
    ours = _probe("moonshot", mode, "bomb", plan)
    assert ours["outcome"].startswith("ResponseTooLargeError"), ours
    assert CHAT.default is not None
    assert ours["growth"] < CHAT.default + CONSTANT, ours
    _record(f"gzip bomb of {_mib(BOMB)}, moonshot {mode} (cap {_mib(CHAT.default)})", ours)
    theirs = _probe("openai", mode, "bomb", [respond_json(completion()), bomb(BOMB)])
    _record(f"gzip bomb of {_mib(BOMB)}, openai {openai_version()} {mode}", theirs)
    assert theirs["growth"] > ours["growth"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_endless_sse_line_peak_memory(mode: str) -> None:
    plan = [event_stream(text_events(["hi"])), endless_line(LINE)]
    ours = _probe("moonshot", mode, "line", plan)
    assert ours["outcome"].startswith("StreamTooLargeError"), ours
    assert ours["growth"] < DEFAULT_MAX_LINE_BYTES + CONSTANT, ours
    _record(
        f"SSE line of {LINE / 1e6:,.0f} MB, moonshot {mode} (cap {_mib(DEFAULT_MAX_LINE_BYTES)})",
        ours,
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_endless_stream_peak_memory(mode: str) -> None:
    """A stream holds the completion it assembles: the cap, and at the end one joined
    copy of it for ``.partial``."""
    plan = [event_stream(text_events(["hi"])), endless_stream(120)]
    ours = _probe("moonshot", mode, "stream", plan)
    assert ours["outcome"].startswith("StreamTooLargeError"), ours
    assert CHAT_STREAM.default is not None
    assert ours["growth"] < 2 * CHAT_STREAM.default + CONSTANT, ours
    _record(f"endless stream, moonshot {mode} (cap {_mib(CHAT_STREAM.default)})", ours)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_download_to_disk_keeps_memory_flat(mode: str, tmp_path: Path) -> None:
    dest = tmp_path / "content.bin"
    plan = [large_body(MiB), large_body(DOWNLOAD)]
    ours = _probe("moonshot", mode, "download", plan, str(dest))
    assert ours["outcome"] == f"ok: {DOWNLOAD} bytes written", ours
    assert ours["growth"] < CONSTANT, ours
    assert dest.stat().st_size == DOWNLOAD
    with dest.open("rb") as written:
        assert written.read(MiB) == PATTERN
        written.seek(DOWNLOAD - MiB)
        assert written.read() == PATTERN
    _record(f"download of {_mib(DOWNLOAD)} to disk, moonshot {mode}", ours)


def openai_version() -> str:
    import openai

    return str(openai.__version__)
