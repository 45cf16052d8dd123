"""What OpenTelemetry reporting costs per call (issue 28).

``python -m bench.telemetry [--requests N] [--rounds R] [--runs 3] [--quick]`` measures,
in interleaved rounds against ``bench/server.py``, the client CPU per sync chat request
and per streamed chat request (``--stream-chunks`` chunks) of three clients:

- ``no otel``: what a client holds when ``opentelemetry-api`` is not installed, twice
  (a second client the same: the spread between the two is the measure's noise);
- ``api, no SDK``: ``opentelemetry-api`` installed, no provider configured (the
  default of an application that does not use OpenTelemetry); target: at most 1.02x;
- ``SDK, in memory``: the SDK's TracerProvider and MeterProvider with an in-memory span
  exporter (SimpleSpanProcessor) and an in-memory metric reader.

It prints the medians side by side with their ratio to ``no otel``, once per run.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable

import moonshot
from moonshot._telemetry.runtime import OFF
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from bench.common import BenchServer
from bench.workload import API_KEY, MESSAGES, MODEL, PARAMS

NAMES = ("no otel", "no otel (again)", "api, no SDK", "SDK, in memory")


def _clients(url: str) -> tuple[list[moonshot.Moonshot], InMemorySpanExporter]:
    bare = moonshot.Moonshot(api_key=API_KEY, base_url=url)
    bare._telemetry = OFF
    again = moonshot.Moonshot(api_key=API_KEY, base_url=url)
    again._telemetry = OFF
    default = moonshot.Moonshot(api_key=API_KEY, base_url=url)
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    sdk = moonshot.Moonshot(
        api_key=API_KEY,
        base_url=url,
        tracer_provider=tracer_provider,
        meter_provider=meter_provider,
    )
    return [bare, again, default, sdk], exporter


def _medians(
    calls: list[Callable[[], object]], requests: int, rounds: int, exporter: InMemorySpanExporter
) -> list[float]:
    for call in calls:
        for _ in range(20):
            call()
    samples: list[list[float]] = [[] for _ in calls]
    for turn in range(rounds):
        order = list(range(len(calls)))
        order = order[turn % len(order) :] + order[: turn % len(order)]
        for index in order:
            call = calls[index]
            gc.collect()  # the SDK client's garbage is not collected on another's time
            started = time.process_time()
            for _ in range(requests):
                call()
            samples[index].append((time.process_time() - started) / requests * 1e6)
            exporter.clear()  # the in-memory exporter's list is not what is measured
    return [statistics.median(found) for found in samples]


def _row(label: str, run: int, medians: list[float]) -> str:
    base = medians[0]
    cells = [f"{m:.1f} ({m / base:.3f}x)" for m in medians]
    return f"| {label} | {run} | " + " | ".join(cells) + " |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="per client per round")
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stream-chunks", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="a smoke run (CI)")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.rounds, args.runs = 10, 2, 1
    print("client CPU µs per call (median), and its ratio to `no otel`")
    print("| call | run | " + " | ".join(NAMES) + " |")
    print("|---|---|" + "---|" * len(NAMES))
    with BenchServer(args.stream_chunks) as server:
        clients, exporter = _clients(server.api_url)
        try:

            def chat(client: moonshot.Moonshot) -> Callable[[], object]:
                return lambda: client.chat.completions.create(
                    model=MODEL, messages=MESSAGES, **PARAMS
                )

            def stream(client: moonshot.Moonshot) -> Callable[[], object]:
                def read() -> object:
                    with client.chat.completions.create(
                        model=MODEL, messages=MESSAGES, stream=True, **PARAMS
                    ) as chunks:
                        return chunks.get_final_completion()

                return read

            for run in range(1, args.runs + 1):
                calls = [chat(c) for c in clients]
                print(_row("chat", run, _medians(calls, args.requests, args.rounds, exporter)))
                calls = [stream(c) for c in clients]
                medians = _medians(calls, max(args.requests // 4, 5), args.rounds, exporter)
                print(_row(f"stream ({args.stream_chunks} chunks)", run, medians))
        finally:
            for client in clients:
                client.close()


if __name__ == "__main__":
    main()
