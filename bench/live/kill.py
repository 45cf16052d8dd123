"""Kill a ``create_many`` run with SIGKILL at random moments, rerun it, count the output.

The runner is ``python -m bench.live.kill run URL OUTPUT COUNT`` (a sync client, 8 at a
time); the bench kills it ``kills`` times after random numbers of written lines, then
lets a last run finish, and checks every custom_id is in the output exactly once.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import moonshot
from moonshot._openapi.chat_request import chat_catalog

from bench.common import ROOT

KEY = "sk-live-kill"


def _requests(count: int) -> Any:
    model = next(iter(chat_catalog().by_model))
    for i in range(count):
        yield {
            "custom_id": f"k{i}",
            "body": {"model": model, "messages": [{"role": "user", "content": f"q{i}"}]},
        }


def _runner(url: str, output: Path, count: int) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-m", "bench.live.kill", "run", url, str(output), str(count)]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def kill_and_resume(
    url: str, output: Path, count: int, kills: int, seed: int = 20
) -> dict[str, Any]:
    chooser = random.Random(seed)
    killed_at = []
    for _ in range(kills):
        process = _runner(url, output, count)
        target = _lines(output) + chooser.randint(count // (kills * 4), count // (kills + 1))
        while _lines(output) < target and process.poll() is None:
            time.sleep(chooser.uniform(0.0, 0.01))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        killed_at.append(_lines(output))
    final = _runner(url, output, count)
    final.wait()
    ids = collections.Counter()
    for line in output.read_text(encoding="utf-8").splitlines():
        ids[json.loads(line)["custom_id"]] += 1
    expected = {f"k{i}" for i in range(count)}
    return {
        "count": count,
        "killed_at_lines": killed_at,
        "final_exit": final.returncode,
        "lines": sum(ids.values()),
        "missing": len(expected - set(ids)),
        "twice": sum(1 for n in ids.values() if n > 1),
        "exactly_once": set(ids) == expected and all(n == 1 for n in ids.values()),
    }


def main() -> None:
    _, url, output, count = sys.argv[1:5]
    with moonshot.Moonshot(base_url=url, api_key=KEY) as client:
        for _ in client.chat.completions.create_many(
            _requests(int(count)), max_concurrency=8, output=output
        ):
            pass


if __name__ == "__main__":
    if sys.argv[1:2] == ["run"]:
        main()
