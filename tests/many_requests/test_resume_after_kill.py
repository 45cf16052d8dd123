"""A run killed with SIGKILL at any moment, rerun with the same output: every request
exactly once in the file. The runner is a real subprocess; the server lives here."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from moonshot.testing import LocalMoonshot

from .conftest import KEY, any_model

COUNT = 200
RUNNER = """
import sys
import moonshot
base_url, output, model, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def ask(i):
    return {"model": model, "messages": [{"role": "user", "content": f"q{i}"}]}
requests = ({"custom_id": f"k{i}", "body": ask(i)} for i in range(count))
with moonshot.Moonshot(base_url=base_url, api_key=sys.argv[5]) as client:
    for _ in client.chat.completions.create_many(requests, max_concurrency=6, output=output):
        pass
"""


def _run(server: LocalMoonshot, output: Path) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-c", RUNNER, server.url, str(output), any_model(), str(COUNT), KEY]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _line_count(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _kill_after(process: subprocess.Popen[bytes], output: Path, lines: int) -> None:
    deadline = time.monotonic() + 60
    while _line_count(output) < lines and process.poll() is None:
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the runner wrote too slowly")
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_twice_then_rerun_every_custom_id_exactly_once(
    server: LocalMoonshot, tmp_path: Path
) -> None:
    server.faults.delay(0.003, count=None, path="/v1/chat/completions")
    output = tmp_path / "results.jsonl"
    _kill_after(_run(server, output), output, 40)
    first = _line_count(output)
    _kill_after(_run(server, output), output, first + 60)
    assert _line_count(output) < COUNT  # both kills landed mid-run
    final = _run(server, output)
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    ids = []
    for line in output.read_text(encoding="utf-8").splitlines():
        ids.append(json.loads(line)["custom_id"])  # no torn line is left in the file
    assert sorted(ids) == sorted(f"k{i}" for i in range(COUNT))
    assert len(ids) == len(set(ids)) == COUNT
