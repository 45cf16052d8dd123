"""Uploading a large file from disk: peak memory growth and MB/s, one fresh process per run.

``python -m bench.scenarios.upload <client> <api_url> <path> <server pid>`` imports the
client, makes a small warm-up upload, resets the process's RSS high-water mark
(``/proc/self/clear_refs``), uploads ``path`` and prints a JSON line: wall and CPU
seconds, the server's CPU seconds over the same interval, bytes the server counted, and
peak RSS growth over the RSS just before the upload.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import ROOT, BenchServer, Sample, process_cpu
from bench.workload import API_KEY

PURPOSE = "file-extract"


def _status_kib(name: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{name} not in /proc/self/status")


def _reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0); False where that is not allowed."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def create_file(path: Path, size: int) -> None:
    """A ``size``-byte file of incompressible bytes, written once before measuring."""
    if path.exists() and path.stat().st_size == size:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    block = os.urandom(1 << 20)
    with path.open("wb") as out:
        for start in range(0, size, len(block)):
            out.write(block[: size - start])


def _uploader(client: str, api_url: str) -> Callable[[Path], int]:
    """Returns ``upload(path) -> bytes the server received`` for one client."""
    if client == "moonshot":
        import moonshot

        ms = moonshot.Moonshot(api_key=API_KEY, base_url=api_url)
        return lambda path: int(ms.files.create(file=path, purpose=PURPOSE).bytes_)
    if client == "openai":
        import openai

        oa = openai.OpenAI(api_key=API_KEY, base_url=api_url)
        return lambda path: int(oa.files.create(file=path, purpose=PURPOSE).bytes)  # type: ignore[arg-type]
    import httpx2

    hx = httpx2.Client(base_url=api_url, headers={"Authorization": f"Bearer {API_KEY}"})

    def upload(path: Path) -> int:
        with path.open("rb") as source:
            files = {"file": (path.name, source, "application/octet-stream")}
            response = hx.post("/files", files=files, data={"purpose": PURPOSE})
        response.raise_for_status()
        return int(response.json()["bytes"])

    return upload


def worker(client: str, api_url: str, path: Path, server_pid: int) -> dict[str, float]:
    upload = _uploader(client, api_url)
    small = path.with_name("warmup.bin")
    create_file(small, 4096)
    upload(small)
    exact = _reset_peak()
    baseline = _status_kib("VmRSS")
    server0, cpu0, wall0 = process_cpu(server_pid), time.process_time(), time.perf_counter()
    received = upload(path)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    server_cpu = process_cpu(server_pid) - server0
    peak = _status_kib("VmHWM")
    return {
        "wall": wall,
        "cpu": cpu,
        "server_cpu": server_cpu,
        "received": received,
        "size": path.stat().st_size,
        "growth_bytes": max(peak - baseline, 0) * 1024,
        "exact_peak": float(exact),
    }


def measure(server: BenchServer, client: str, path: Path) -> Sample:
    """Run one upload of ``path`` in a fresh process."""
    pid = str(server.process.pid)
    done = subprocess.run(
        [sys.executable, "-m", "bench.scenarios.upload", client, server.api_url, str(path), pid],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    size = result["size"]
    if result["received"] < size:
        raise RuntimeError(f"{client}: server received {result['received']} of {size} bytes")
    return Sample(
        "upload",
        client,
        result["wall"],
        result["cpu"],
        size,
        result["server_cpu"],
        {"growth_bytes": result["growth_bytes"], "exact_peak": result["exact_peak"]},
    )


if __name__ == "__main__":
    name, url, file, server_pid = sys.argv[1:5]
    print(json.dumps(worker(name, url, Path(file), int(server_pid))))
