"""AccountLimits across processes (issue 30): ``python -m bench.limits [--quick]``.

Four processes run ``chat.completions.create_many`` against one rate-limited local server
(``bench/live/server.py``: a request limit per window, a concurrency limit, a latency),
first each alone (told the account's limits: ``max_concurrency`` and ``rpm``, paced in
its own process), then sharing ``AccountLimits`` on one Redis server. Printed: answers
per second against the limit's rate (the share of the limit reached) and the share of
429s among all answers. Then the lease: a process holding every slot on slow requests
is SIGKILLed and the time until its slots are free again is measured (``make
bench-limits``; needs redis-server, ``make redis``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROCESSES = 4


@dataclass(frozen=True)
class Sizes:
    limit: int  # requests per window (the server's)
    window: float  # seconds
    concurrency: int
    latency: float  # seconds per answer
    per_process: int  # requests each process sends
    lease: float  # seconds

    @property
    def rpm(self) -> float:
        return self.limit * 60.0 / self.window


# The account: concurrency 4, 600 RPM (counted per 10 s window, so a run sees
# several windows in half a minute; the server's Reset is whole seconds).
FULL = Sizes(limit=100, window=10.0, concurrency=4, latency=0.05, per_process=100, lease=2.0)
QUICK = Sizes(limit=20, window=2.0, concurrency=4, latency=0.05, per_process=10, lease=1.0)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Redis:
    """redis-server (or valkey-server) on a free loopback port, for this run only."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server") or shutil.which("valkey-server")
        if binary is None:
            raise SystemExit("no redis-server or valkey-server: run `make redis` first")
        port = _free_port()
        folder = tempfile.mkdtemp(prefix="moonshot-bench-redis-")
        self.process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", folder],
            stdout=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{port}/0"
        for _ in range(500):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.01)
        raise SystemExit("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class Server:
    """``bench/live/server.py`` in its own process; ``stats()`` counts answers by status."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.live.server", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("URL "):
            raise SystemExit(f"the local server did not start: {line!r}")
        self.url = line.split()[1]

    def stats(self) -> dict[str, int]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("stats\n")
        self.process.stdin.flush()
        counts: dict[str, int] = json.loads(self.process.stdout.readline())
        return counts

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)


def _worker_args(mode: str, url: str, store: str, key: str, sizes: Sizes, count: int) -> list[str]:
    return [
        sys.executable, "-m", "bench.limits", "worker",
        "--mode", mode, "--url", url, "--store", store, "--key", key,
        "--count", str(count), "--rpm", str(sizes.rpm),
        "--concurrency", str(sizes.concurrency), "--lease", str(sizes.lease),
    ]  # fmt: skip


def worker(args: argparse.Namespace) -> None:
    """One process: ``create_many`` alone (its own pacing) or under shared AccountLimits."""
    import moonshot
    from moonshot._openapi.chat_request import chat_catalog

    model = next(iter(chat_catalog().by_model))
    requests = [
        {"model": model, "messages": [{"role": "user", "content": f"question {i}"}]}
        for i in range(args.count)
    ]
    if args.mode == "shared":
        limits = moonshot.AccountLimits(
            concurrency=args.concurrency,
            rpm=args.rpm,
            store=args.store,
            key=args.key,
            lease_seconds=args.lease,
        )
        client = moonshot.Moonshot(base_url=args.url, api_key="sk-bench", account_limits=limits)
        results = client.chat.completions.create_many(requests, max_concurrency=args.concurrency)
    else:
        client = moonshot.Moonshot(base_url=args.url, api_key="sk-bench")
        results = client.chat.completions.create_many(
            requests, max_concurrency=args.concurrency, rpm=args.rpm
        )
    started = time.time()
    ok = sum(result.ok for result in results)
    print(json.dumps({"ok": ok, "started": started, "ended": time.time()}), flush=True)


def run_mode(mode: str, redis: Redis, sizes: Sizes) -> dict[str, float]:
    server = Server(
        "--rate-limit", str(sizes.limit),
        "--window", str(sizes.window),
        "--concurrency-limit", str(sizes.concurrency),
        "--latency", str(sizes.latency),
    )  # fmt: skip
    key = uuid.uuid4().hex
    try:
        workers = [
            subprocess.Popen(
                _worker_args(mode, server.url, redis.url, key, sizes, sizes.per_process),
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(PROCESSES)
        ]
        ok, starts, ends = 0, [], []
        for process in workers:
            out, _ = process.communicate(timeout=600)
            report = json.loads(out.strip().splitlines()[-1])
            ok += report["ok"]
            starts.append(report["started"])
            ends.append(report["ended"])
        # From the first process's first request to the last answer (imports left out).
        elapsed = max(ends) - min(starts)
        counts = server.stats()
    finally:
        server.stop()
    answered = counts.get("200", 0)
    limited = counts.get("429", 0)
    allowed_rate = sizes.limit / sizes.window
    return {
        "ok": ok,
        "answers": sum(counts.values()),
        "429": limited,
        "seconds": elapsed,
        "limit_share": answered / elapsed / allowed_rate,
        "share_429": limited / max(sum(counts.values()), 1),
    }


_HOLDER = """
import sys, moonshot
from moonshot._openapi.chat_request import chat_catalog
url, store, key, concurrency, lease = sys.argv[1:6]
limits = moonshot.AccountLimits(
    concurrency=int(concurrency), store=store, key=key, lease_seconds=float(lease)
)
client = moonshot.Moonshot(base_url=url, api_key="sk-bench", account_limits=limits)
model = next(iter(chat_catalog().by_model))
requests = [{"model": model, "messages": [{"role": "user", "content": "slow"}]}] * 50
for _ in client.chat.completions.create_many(requests, max_concurrency=int(concurrency)):
    pass
"""


def run_kill(redis: Redis, sizes: Sizes) -> dict[str, float]:
    """A process holding every slot on slow answers, SIGKILLed: when are they back?"""
    import moonshot

    server = Server("--latency", "60")
    key = uuid.uuid4().hex
    limits = moonshot.AccountLimits(
        concurrency=sizes.concurrency, store=redis.url, key=key, lease_seconds=sizes.lease
    )
    holder = subprocess.Popen(
        [
            sys.executable, "-c", _HOLDER, server.url, redis.url, key,
            str(sizes.concurrency), str(sizes.lease),
        ],
        cwd=ROOT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while limits.in_flight() < sizes.concurrency:
            if time.monotonic() > deadline:
                raise SystemExit("the holder never took every slot")
            time.sleep(0.02)
        time.sleep(sizes.lease * 1.5)  # longer than a lease: renewed while in flight
        held_past_lease = limits.in_flight()
        os.kill(holder.pid, signal.SIGKILL)
        killed = time.monotonic()
        while limits.in_flight() > 0 and time.monotonic() - killed < sizes.lease * 5:
            time.sleep(0.01)
        back = time.monotonic() - killed
        free_after = sizes.concurrency - limits.in_flight()
    finally:
        holder.kill()
        holder.wait()
        server.stop()
    return {"held_past_lease": held_past_lease, "back_after": back, "free_after": free_after}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    sub = parser.add_subparsers(dest="command")
    work = sub.add_parser("worker")
    for name in ("mode", "url", "store", "key"):
        work.add_argument(f"--{name}", required=True)
    work.add_argument("--count", type=int, required=True)
    work.add_argument("--rpm", type=float, required=True)
    work.add_argument("--concurrency", type=int, required=True)
    work.add_argument("--lease", type=float, required=True)
    args = parser.parse_args()
    if args.command == "worker":
        worker(args)
        return
    sizes = QUICK if args.quick else FULL
    redis = Redis()
    try:
        print(
            f"{PROCESSES} processes x {sizes.per_process} create_many requests; server: "
            f"{sizes.limit} requests / {sizes.window:g} s ({sizes.rpm:g} RPM), concurrency "
            f"{sizes.concurrency}, {sizes.latency * 1000:g} ms an answer"
        )
        print(
            f"{'mode':<8} {'seconds':>8} {'answers':>8} {'429s':>6} {'limit':>7} {'429 share':>10}"
        )
        rows = {}
        for mode in ("alone", "shared"):
            row = rows[mode] = run_mode(mode, redis, sizes)
            print(
                f"{mode:<8} {row['seconds']:8.1f} {row['answers']:8.0f} {row['429']:6.0f} "
                f"{row['limit_share']:7.1%} {row['share_429']:10.1%}"
            )
        kill = run_kill(redis, sizes)
        print(
            f"SIGKILL of a process holding all {sizes.concurrency} slots: held past the "
            f"{sizes.lease:g} s lease while alive ({kill['held_past_lease']:.0f} slots), back "
            f"{kill['back_after']:.2f} s after the kill ({kill['free_after']:.0f} free)"
        )
        shared = rows["shared"]
        verdict = (
            shared["limit_share"] >= 0.90
            and shared["share_429"] <= 0.02
            and kill["back_after"] <= sizes.lease
        )
        print("targets (shared >= 90 % of the limit, <= 2 % 429s, slots back within the lease):",
              "met" if verdict else "NOT met")  # fmt: skip
    finally:
        redis.stop()


if __name__ == "__main__":
    main()
