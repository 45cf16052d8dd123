"""Peak RSS growth of ``create_many`` over a large JSONL input (run as its own process).

``python -m bench.live.memory COUNT`` writes COUNT request lines to a temporary file,
warms up on 200 of them, resets the high-water mark (``/proc/self/clear_refs``), then
runs every line through ``AsyncMoonshot.chat.completions.create_many(read_jsonl(path),
output=...)`` against an in-process ``httpx2.MockTransport`` (no server: the measure is the
runner's memory, and 100k local HTTP round trips would take minutes). Prints one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

import httpx2
import moonshot
from moonshot._openapi.chat_request import chat_catalog
from moonshot.many_requests import read_jsonl

ANSWER = {
    "id": "cmpl-bench",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
}


def _kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _write_input(path: Path, count: int, prefix: str) -> None:
    model = next(iter(chat_catalog().by_model))
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            body = {
                "model": model,
                "messages": [{"role": "user", "content": f"question number {i}"}],
            }
            out.write(json.dumps({"custom_id": f"{prefix}{i}", "body": body}) + "\n")


async def _run(path: Path, output: Path) -> int:
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=ANSWER))
    http = httpx2.AsyncClient(transport=transport)
    done = 0
    async with moonshot.AsyncMoonshot(
        base_url="http://127.0.0.1:9/v1", api_key="k", http_client=http
    ) as client:
        async for result in client.chat.completions.create_many(read_jsonl(path), output=output):
            done += result.ok
    return done


def main() -> None:
    count = int(sys.argv[1])
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        _write_input(base / "warm.jsonl", 200, "w")
        _write_input(base / "big.jsonl", count, "r")
        asyncio.run(_run(base / "warm.jsonl", base / "warm-out.jsonl"))
        Path("/proc/self/clear_refs").write_text("5")
        before = _kib("VmRSS")
        started = time.perf_counter()
        done = asyncio.run(_run(base / "big.jsonl", base / "big-out.jsonl"))
        wall = time.perf_counter() - started
        peak = _kib("VmHWM")
        lines = (base / "big-out.jsonl").read_bytes().count(b"\n")
    print(
        json.dumps(
            {
                "count": count,
                "ok": done,
                "lines": lines,
                "wall": wall,
                "growth_mib": (peak - before) / 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
