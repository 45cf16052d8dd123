"""``bench/live/server.py`` in its own process: its URL, its answer counts, stopping it."""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import ROOT

__all__ = ["LiveServer"]


class LiveServer:
    """The rate-limited live server, started with ``args``; ``stats()`` counts answers by status."""

    def __init__(self, args: list[str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.live.server", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        line = self.process.stdout.readline()
        if not line.startswith("URL "):
            raise RuntimeError(f"live server did not start: {line!r}")
        self.url = line.split()[1]

    def stats(self) -> dict[str, int]:
        assert self.process.stdout is not None and self.process.stdin is not None
        self.process.stdin.write("stats\n")
        self.process.stdin.flush()
        return {k: int(v) for k, v in json.loads(self.process.stdout.readline()).items()}

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *_: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """Kill it at once (a bench that is done with it, or one that cannot wait)."""
        self.process.kill()
        self.process.wait(timeout=10)
