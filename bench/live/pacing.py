"""``python -m bench.live.pacing [--output FILE]``: a ``create_many`` run recorded over time,
for the docs' pacing chart (``scripts/docs_charts.py``).

A local server allows ``--rpm`` requests a minute per key (counted in fixed windows of
``--window`` seconds) and answers each chat request after ``--latency`` seconds; the sync
runner is told the same ``rpm`` and ``max_concurrency``. Every ``on_progress`` snapshot is
kept (time, requests in flight, results so far, 429s met), with the limit, as JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

from moonshot import Moonshot
from moonshot.batching import Progress
from moonshot.testing import LocalMoonshot

CHAT = "/v1/chat/completions"


def record(count: int, rpm: int, window: float, latency: float, concurrency: int) -> dict[str, Any]:
    per_window = max(1, round(rpm * window / 60))
    snapshots: list[dict[str, float]] = []

    def keep(progress: Progress) -> None:
        snapshots.append(
            {
                "t": round(progress.elapsed, 4),
                "in_flight": progress.in_flight,
                "done": progress.done,
                "rate_limited": progress.rate_limited,
            }
        )

    requests = [
        {"model": "kimi-k2.6", "messages": [{"role": "user", "content": f"Question {i}"}]}
        for i in range(count)
    ]
    with LocalMoonshot(rate_limit=per_window, rate_limit_window=window) as server:
        server.faults.delay(latency, count=None, path=CHAT)
        with Moonshot(base_url=server.url, api_key="sk-pacing") as client:
            started = time.monotonic()
            results = list(
                client.chat.completions.create_many(
                    requests, max_concurrency=concurrency, rpm=rpm, on_progress=keep
                )
            )
            wall = time.monotonic() - started
    return {
        "what": "create_many (sync) against LocalMoonshot, one on_progress snapshot per event",
        "measured": time.strftime("%Y-%m-%d", time.gmtime()),
        "python": platform.python_version(),
        "requests": count,
        "ok": sum(r.ok for r in results),
        "rpm_limit": rpm,
        "window_seconds": window,
        "latency_seconds": latency,
        "max_concurrency": concurrency,
        "wall_seconds": round(wall, 3),
        "snapshots": snapshots,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--rpm", type=int, default=600)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--output", type=Path, default=Path("bench/results/pacing.json"))
    args = parser.parse_args()
    data = record(args.count, args.rpm, args.window, args.latency, args.concurrency)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"{data['ok']}/{data['requests']} ok in {data['wall_seconds']} s "
        f"({data['ok'] / data['wall_seconds']:.2f}/s against {args.rpm / 60:.2f}/s), "
        f"{data['snapshots'][-1]['rate_limited']} 429s -> {args.output}"
    )


if __name__ == "__main__":
    main()
