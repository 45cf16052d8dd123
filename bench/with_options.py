"""What ``client.with_options(...)`` adds to a sync chat call.

``python -m bench.with_options [--requests N] [--rounds R] [--runs 3]`` measures, in
interleaved rounds against ``bench/server.py``, the client CPU per request of a plain
``client.chat.completions.create(...)`` and of
``client.with_options(timeout=5).chat.completions.create(...)``, and prints both side by
side with their ratio, once per run. The target (issue 26): at most 1.1x.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import moonshot

from bench.common import BenchServer
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS


def _medians(client: moonshot.Moonshot, requests: int, rounds: int) -> tuple[float, float]:
    def plain() -> object:
        return client.chat.completions.create(model=MODEL, messages=MESSAGES, **PARAMS)

    def with_options() -> object:
        return client.with_options(timeout=5).chat.completions.create(
            model=MODEL, messages=MESSAGES, **PARAMS
        )

    variants: list[Callable[[], object]] = [plain, with_options]
    for call in variants:
        for _ in range(50):
            call()
    samples: list[list[float]] = [[], []]
    for turn in range(rounds):
        order = [0, 1] if turn % 2 == 0 else [1, 0]
        for index in order:
            call = variants[index]
            started = time.process_time()
            for _ in range(requests):
                call()
            samples[index].append((time.process_time() - started) / requests * 1e6)
    return statistics.median(samples[0]), statistics.median(samples[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per variant per round")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| run | plain call µs (CPU, median) | with_options(timeout=5) call µs | ratio |")
    print("|---|---|---|---|")
    with BenchServer(100) as server:
        client = moonshot.Moonshot(api_key=API_KEY, base_url=server.api_url)
        try:
            for run in range(1, args.runs + 1):
                plain, optioned = _medians(client, args.requests, args.rounds)
                print(f"| {run} | {plain:.1f} | {optioned:.1f} | {optioned / plain:.2f}x |")
        finally:
            client.close()


if __name__ == "__main__":
    main()
