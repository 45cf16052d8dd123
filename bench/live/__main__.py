"""``python -m bench.live [--quick]``: the many-requests bench (README "Many requests under
rate limits"). Every contestant runs against a fresh local server process with the same
limits; the table goes to stdout and ``bench/results/live.md``.

Scenarios:
1. RPM and concurrency: the server allows ``RPM`` requests a minute (a fixed window, as
   the local server's per-key knob counts) and ``C`` at a time, answering after
   ``latency``; the runner is told ``rpm`` and ``max_concurrency=C``; the others get the
   same semaphore. The limit is min(RPM / 60, C / latency) requests a second.
2. Concurrency the client is not told: the server allows 4 at a time, every client may
   open 8; the runner has to find the 4 (AIMD). The limit is 4 / latency.
3. 100k-request input: peak RSS growth (``bench.live.memory``).
4. SIGKILL mid-run three times, then a rerun: every custom_id exactly once (``bench.live.kill``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from moonshot._openapi.chat_request import chat_catalog

from bench.common import ROOT

from . import contestants
from .kill import kill_and_resume


@dataclass(frozen=True)
class Limits:
    name: str
    server: list[str]
    client: dict[str, Any]
    per_second: float
    count: int
    reference: dict[str, Any] | None = None
    """Limits for a reference row: the naive loop told the server's exact limit."""


class LiveServer:
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


def _with(limits: Limits, client: dict[str, Any]) -> Limits:
    return Limits(limits.name, limits.server, client, limits.per_second, limits.count)


def _requests(count: int) -> list[dict[str, Any]]:
    model = next(iter(chat_catalog().by_model))
    return [
        {
            "custom_id": f"b{i}",
            "body": {
                "model": model,
                "messages": [{"role": "user", "content": f"question {i}"}],
                "max_completion_tokens": 64,
            },
        }
        for i in range(count)
    ]


Runner = Callable[[str, list[dict[str, Any]], dict[str, Any]], Any]
CONTESTANTS: list[tuple[str, Runner]] = [
    ("moonshot create_many (async)", contestants.run_create_many),
    ("moonshot create_many (sync)", contestants.run_create_many_sync),
    ("naive gather + semaphore + retries", contestants.run_naive),
    ("openai SDK, gather + semaphore, max_retries=7", contestants.run_openai),
]


def _measure(limits: Limits, name: str, runner: Runner) -> dict[str, Any]:
    requests = _requests(limits.count)
    with LiveServer(limits.server) as server:
        started = time.perf_counter()
        outcome = runner(server.url, requests, dict(limits.client))
        if asyncio.iscoroutine(outcome):
            outcome = asyncio.run(outcome)
        wall = time.perf_counter() - started
        stats = server.stats()
    ok, failed = outcome
    answers = sum(stats.values())
    refused = stats.get("429", 0)
    row = {
        "scenario": limits.name,
        "client": name,
        "ok": ok,
        "failed": failed,
        "wall": wall,
        "per_second": ok / wall,
        "of_limit": ok / wall / limits.per_second,
        "answers": answers,
        "share_429": refused / answers if answers else 0.0,
    }
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


def _scenarios(quick: bool) -> list[Limits]:
    scale = 0.3 if quick else 1.0
    rpm_window = 10.0
    rpm_per_window = 100  # 600 a minute: 10 a second
    latency = 0.2
    return [
        Limits(
            "RPM 600 + concurrency 4 (both told to the runner), 0.2 s answers",
            [
                "--rate-limit",
                str(rpm_per_window),
                "--window",
                str(rpm_window),
                "--concurrency-limit",
                "4",
                "--latency",
                str(latency),
            ],
            {"max_concurrency": 4, "rpm": rpm_per_window * 60 / rpm_window},
            min(rpm_per_window / rpm_window, 4 / latency),
            int(300 * scale),
        ),
        Limits(
            "concurrency 4 (the runner may open 8), 0.2 s answers",
            ["--concurrency-limit", "4", "--latency", str(latency)],
            {"max_concurrency": 8},
            4 / latency,
            int(300 * scale),
            reference={"max_concurrency": 4},
        ),
    ]


def _table(rows: list[dict[str, Any]], memory: dict[str, Any], kill: dict[str, Any]) -> str:
    out = [
        "| scenario | client | ok / failed | wall s | req/s | % of limit | 429 share |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        share = f"{r['share_429'] * 100:.1f}% ({r['answers']} answers)"
        out.append(
            f"| {r['scenario']} | {r['client']} | {r['ok']} / {r['failed']} | {r['wall']:.1f} | "
            f"{r['per_second']:.2f} | {r['of_limit'] * 100:.0f}% | {share} |"
        )
    exact = "yes" if kill["exactly_once"] else "NO"
    out += [
        "",
        "| measure | result |",
        "|---|---|",
        f"| {memory['count']:,}-request JSONL input, peak RSS growth | "
        f"{memory['growth_mib']:.1f} MiB ({memory['lines']:,} lines written, "
        f"{memory['wall']:.0f} s, in-process mock transport) |",
        f"| SIGKILL x{len(kill['killed_at_lines'])} mid-run "
        f"(at {kill['killed_at_lines']} lines), rerun | {kill['lines']} lines for "
        f"{kill['count']} requests: {kill['missing']} missing, {kill['twice']} twice, "
        f"exactly once: {exact} |",
    ]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, to check the bench runs")
    args = parser.parse_args()
    rows = []
    for limits in _scenarios(args.quick):
        rows += [_measure(limits, name, runner) for name, runner in CONTESTANTS]
        if "rpm" in limits.client:
            untold = {k: v for k, v in limits.client.items() if k != "rpm"}
            name = "moonshot create_many (async), rpm not given: X-RateLimit-* only"
            rows.append(_measure(_with(limits, untold), name, contestants.run_create_many))
        if limits.reference is not None:
            name = "reference: the naive loop, semaphore at the server's exact limit"
            rows.append(_measure(_with(limits, limits.reference), name, contestants.run_naive))
    count = 5_000 if args.quick else 100_000
    memory_run = subprocess.run(
        [sys.executable, "-m", "bench.live.memory", str(count)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    memory = json.loads(memory_run.stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory() as folder, LiveServer(["--latency", "0.005"]) as server:
        kill = kill_and_resume(
            server.url, Path(folder) / "results.jsonl", 300 if args.quick else 1000, kills=3
        )
    table = _table(rows, memory, kill)
    print(table)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "live.md").write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
