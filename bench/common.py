"""The benchmark server's process, the meter every measurement goes through, and samples."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Sample:
    """One measurement of one client in one round of one scenario."""

    scenario: str
    client: str
    wall: float  # seconds
    cpu: float  # client process CPU seconds (user + system)
    units: float  # requests, chunks, calls or bytes, per scenario
    server_cpu: float = 0.0  # server process CPU seconds over the same interval
    extra: dict[str, float] = field(default_factory=dict)


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of process ``pid``, from ``/proc/<pid>/stat``."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


class BenchServer:
    """``bench/server.py`` (or another ``module`` that prints ``PORT <n>``, such as
    ``bench.h2server`` with ``scheme="https"``) in a child process; ``url`` is its address."""

    def __init__(
        self,
        stream_chunks: int,
        module: str = "bench.server",
        *args: str,
        scheme: str = "http",
    ) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, "--stream-chunks", str(stream_chunks), *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.url = f"{scheme}://127.0.0.1:{int(line.split()[1])}"
        self.api_url = self.url + "/v1"

    def cpu(self) -> float:
        return process_cpu(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)

    def __enter__(self) -> BenchServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Meter:
    """Times one measured block: client wall and CPU time, and the server's CPU time.

    Runners call ``with meter:`` around exactly the work being measured (after warm-up).
    """

    def __init__(self, server: BenchServer | None) -> None:
        self.server = server
        self.wall = self.cpu = self.server_cpu = 0.0

    def __enter__(self) -> Meter:
        gc.collect()
        self._server0 = self.server.cpu() if self.server else 0.0
        self._cpu0 = time.process_time()
        self._wall0 = time.perf_counter()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wall = time.perf_counter() - self._wall0
        self.cpu = time.process_time() - self._cpu0
        if self.server:
            self.server_cpu = self.server.cpu() - self._server0

    def sample(self, scenario: str, client: str, units: float, **extra: Any) -> Sample:
        return Sample(scenario, client, self.wall, self.cpu, units, self.server_cpu, extra)
