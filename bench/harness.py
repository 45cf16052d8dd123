"""Run every scenario for every client in interleaved rounds and write the results table.

``python -m bench.harness`` (``make bench``) or ``--quick`` (``make bench-quick``: few
rounds, small sizes; CI runs it to keep the harness working, never to judge speed).
Prints the table and writes ``bench/results/latest.md`` and ``latest.json``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import functools
import json
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from bench import report
from bench.common import ROOT, BenchServer, Meter, Sample
from bench.report import Results, Table, Target
from bench.scenarios import chat, http2, imports, streaming, upload, validation

RESULTS_DIR = ROOT / "bench" / "results"
T = TypeVar("T")


@dataclass(frozen=True)
class Config:
    rounds: int
    import_runs: int
    sync_requests: int
    sync_slices: int  # each round's sync requests, in this many interleaved samples
    async_requests: int
    concurrency: int
    stream_chunks: int
    upload_mb: int
    validation_calls: int
    h2_streams: int  # concurrent streams in the HTTP/2 measure
    h2_stream_chunks: int  # chunks per stream there


FULL = Config(
    rounds=5,
    import_runs=21,
    sync_requests=2000,
    sync_slices=4,
    async_requests=3000,
    concurrency=50,
    stream_chunks=20_000,
    upload_mb=100,
    validation_calls=5000,
    h2_streams=100,
    h2_stream_chunks=500,
)
QUICK = Config(
    rounds=2,
    import_runs=3,
    sync_requests=200,
    sync_slices=1,
    async_requests=300,
    concurrency=50,
    stream_chunks=2000,
    upload_mb=10,
    validation_calls=500,
    h2_streams=100,
    h2_stream_chunks=50,
)


def rotated(items: Sequence[T], turn: int) -> list[T]:
    """``items`` starting at a different one each round, so no client always goes first."""
    shift = turn % len(items) if items else 0
    return [*items[shift:], *items[:shift]]


def attempt(results: Results, scenario: str, client: str, work: Callable[[], Sample]) -> None:
    try:
        results.add(work())
    except Exception as error:  # one broken client must not hide the others' numbers
        results.fail(scenario, client, error)
        print(f"  {scenario} / {client} failed:", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)


def run_imports(results: Results, config: Config) -> None:
    print(f"import time: {config.import_runs} runs per client", file=sys.stderr)
    imports.compile_bytecode()  # as installed (see bench/scenarios/imports.py)
    try:
        for turn in range(config.import_runs):
            for client in rotated(list(imports.SNIPPETS), turn):
                attempt(results, "import", client, functools.partial(imports.measure, client))
    finally:
        imports.cleanup()


def run_rounds(results: Results, config: Config, server: BenchServer, upload_file: Path) -> None:
    sync_runners, close_sync = chat.sync_clients(server.api_url)
    stream_runners, close_streams = streaming.clients(server.api_url)
    try:
        for turn in range(config.rounds):
            print(f"round {turn + 1}/{config.rounds}", file=sys.stderr)
            # Sync CPU per request is the tightest target: finer interleaving (slices of
            # the round's requests, clients alternating) keeps slow drifts in machine
            # speed from landing on one client.
            per_slice = config.sync_requests // config.sync_slices
            for _slice in range(config.sync_slices):
                for name, run in rotated(list(sync_runners.items()), turn + _slice):
                    work = _bind_sync(run, per_slice)
                    attempt(results, "chat-sync", name, _measured("chat-sync", name, work, server))
            for name, arun in rotated(list(chat.ASYNC_RUNNERS.items()), turn):
                work = _bind_async(arun, server.api_url, config)
                attempt(results, "chat-async", name, _measured("chat-async", name, work, server))
            for name, srun in rotated(list(stream_runners.items()), turn):
                # Rates are per chunk on the wire, whatever each consumer hands back.
                work = _fixed_units(srun, config.stream_chunks)
                attempt(results, "stream", name, _measured("stream", name, work, server))
            for name in rotated(["moonshot", "openai", "raw httpx2"], turn):
                upload_run = functools.partial(upload.measure, server, name, upload_file)
                attempt(results, "upload", name, upload_run)
            for name in validation.REQUESTS:
                work = _bind_validation(name, config.validation_calls)
                attempt(results, "validation", name, _measured("validation", name, work, None))
    finally:
        close_sync()
        close_streams()


def run_http2(results: Results, config: Config) -> None:
    """Table 7, after the others: its server is another process, with its own certificate."""
    with (
        tempfile.TemporaryDirectory(prefix="moonshot-bench-tls-") as certs,
        BenchServer(
            config.h2_stream_chunks, "bench.h2server", "--cert-dir", certs, scheme="https"
        ) as server,
    ):
        ca_file = Path(certs) / "ca.pem"
        for turn in range(config.rounds):
            print(f"HTTP/2 round {turn + 1}/{config.rounds}", file=sys.stderr)
            for name in rotated(list(http2.CLIENTS), turn):
                work = functools.partial(http2.measure, server, ca_file, name, config.h2_streams)
                attempt(results, "http2", name, work)


def _measured(
    scenario: str, client: str, work: Callable[[Meter], int], server: BenchServer | None
) -> Callable[[], Sample]:
    """A thunk that runs ``work`` under a fresh meter and returns its sample."""

    def run() -> Sample:
        meter = Meter(server)
        units = work(meter)
        return meter.sample(scenario, client, units)

    return run


def _bind_sync(run: chat.SyncRunner, n: int) -> Callable[[Meter], int]:
    return lambda meter: run(meter, n)


def _bind_async(run: chat.AsyncRunner, api_url: str, config: Config) -> Callable[[Meter], int]:
    return lambda meter: run(meter, api_url, config.async_requests, config.concurrency)


def _bind_validation(client: str, n: int) -> Callable[[Meter], int]:
    return lambda meter: validation.run(meter, client, n)


def _fixed_units(work: Callable[[Meter], int], units: int) -> Callable[[Meter], int]:
    def run(meter: Meter) -> int:
        work(meter)
        return units

    return run


def tables(config: Config) -> list[Table]:
    req_rate, req_cpu = report.rate("req"), report.cpu_per("req")
    return [
        Table(
            "import",
            "1. Import: fresh process, client constructed and `chat.completions` ready",
            (report.WALL_MS, report.CPU_MS),
            (report.WALL_MS,),
            ("openai",),
            f"Median of {config.import_runs} runs per client; the interpreter alone is shown. "
            "Every client as installed, its modules byte-compiled (moonshot's first, as a "
            f"wheel install does); `{imports.FROM_SOURCE}`: the same without bytecode, "
            "compiled in every process (an editable checkout under PYTHONDONTWRITEBYTECODE).",
        ),
        Table(
            "chat-sync",
            "2. Non-streaming chat completion, sequential, one sync client",
            (req_rate, req_cpu, report.SERVER),
            (req_cpu, req_rate),
            ("raw httpx2", "openai"),
            f"{config.sync_requests} requests per round in {config.sync_slices} interleaved "
            "samples; CPU is the client process only.",
        ),
        Table(
            "chat-async",
            f"3. Non-streaming chat completion, async, {config.concurrency} concurrent",
            (req_rate, req_cpu, report.SERVER),
            (req_rate, req_cpu),
            ("raw httpx2", "openai"),
            f"{config.async_requests} requests per round.",
        ),
        Table(
            "stream",
            f"4. Streaming: one {config.stream_chunks:,}-chunk SSE stream",
            (report.rate("chunk"), report.cpu_per("chunk"), report.SERVER),
            (report.rate("chunk"), report.cpu_per("chunk")),
            (streaming.LINES_FLOOR, streaming.SSE_FLOOR, "openai chunks"),
        ),
        Table(
            "upload",
            f"5. Upload of a {config.upload_mb} MB file from a `Path`, fresh process per run",
            (report.MB_PER_S, report.GROWTH, report.SERVER),
            (report.GROWTH,),
            ("openai",),
            "Peak growth: VmHWM during the upload minus VmRSS just before it "
            "(high-water mark reset through /proc/self/clear_refs).",
        ),
        Table(
            "validation",
            "6. Client-side request check: `ChatRequestBody.check` + `.kwargs`",
            (report.cpu_per("call"),),
            (),
            (),
            f"{config.validation_calls} calls per round.",
        ),
        Table(
            "http2",
            f"7. {config.h2_streams} concurrent SSE streams of {config.h2_stream_chunks:,} "
            "chunks, one `AsyncMoonshot`, HTTP/2 vs HTTP/1.1",
            (report.rate("chunk"), report.cpu_per("chunk"), report.CONNECTIONS, report.SERVER),
            (report.rate("chunk"), report.cpu_per("chunk")),
            ("moonshot HTTP/1.1",),
            "Both over TLS to the same hypercorn server (bench/h2server.py, its own process), "
            "which counts the TCP connections of the warm-up and measured rounds together "
            "(HTTP/1.1: one per stream in flight, and httpx2 keeps 20 alive between rounds).",
        ),
    ]


def targets() -> list[Target]:
    req_cpu, req_rate, chunk_rate = report.cpu_per("req"), report.rate("req"), report.rate("chunk")
    return [
        Target(
            "import moonshot <= 0.30x import openai",
            "import",
            "moonshot",
            report.WALL_MS,
            "openai",
            0.30,
            True,
        ),
        Target(
            "sync CPU/request <= 1.10x raw httpx2",
            "chat-sync",
            "moonshot",
            req_cpu,
            "raw httpx2",
            1.10,
            True,
        ),
        Target(
            "async 50-concurrent req/s >= 0.95x raw httpx2",
            "chat-async",
            "moonshot",
            req_rate,
            "raw httpx2",
            0.95,
            False,
        ),
        Target(
            "async 50-concurrent req/s >= 2x openai",
            "chat-async",
            "moonshot",
            req_rate,
            "openai",
            2.0,
            False,
        ),
        Target(
            "stream chunks/s >= 0.9x httpx2 iter_lines + json.loads",
            "stream",
            "moonshot chunks",
            chunk_rate,
            streaming.LINES_FLOOR,
            0.9,
            False,
        ),
        Target(
            "stream chunks/s >= 1.0x httpx2 SSE + json.loads",
            "stream",
            "moonshot chunks",
            chunk_rate,
            streaming.SSE_FLOOR,
            1.0,
            False,
        ),
        Target(
            "stream chunks/s >= 5x openai",
            "stream",
            "moonshot chunks",
            chunk_rate,
            "openai chunks",
            5.0,
            False,
        ),
        Target(
            "upload peak growth <= 25 MB",
            "upload",
            "moonshot",
            report.GROWTH,
            25.0,
            1.0,
            True,
        ),
        Target(
            "HTTP/2, 100 concurrent streams: one TCP connection",
            "http2",
            "moonshot HTTP/2",
            report.CONNECTIONS,
            1.0,
            1.0,
            True,
        ),
    ]


def validation_share(results: Results) -> str:
    check = results.median("validation", "moonshot (bench request)", report.cpu_per("call"))
    total = results.median("chat-sync", "moonshot", report.cpu_per("req"))
    if check is None or not total:
        return ""
    return (
        f"Request check: {check:.1f} µs of the {total:.1f} µs client CPU per sync request "
        f"({100 * check / total:.0f}%).\n"
    )


def machine() -> str:
    model = "?"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions = ", ".join(
        f"{name} {metadata.version(dist)}"
        for name, dist in (
            ("moonshot", "moonshot-client"),
            ("openai", "openai"),
            ("httpx2", "httpx2"),
            ("h2", "h2"),
            ("hypercorn", "hypercorn"),
        )
    )
    return (
        f"{datetime.date.today().isoformat()}; {os.cpu_count()} CPUs ({model}); "
        f"Python {platform.python_version()} ({platform.system()}); {versions}"
    )


def render(results: Results, config: Config, quick: bool, only: str | None = None) -> str:
    mode = "quick (CI smoke run; numbers are not meaningful)" if quick else "full"
    parts = [
        "## Benchmark results",
        "",
        f"Machine and date: {machine()}.",
        f"Mode: {mode}; {config.rounds} interleaved rounds; medians with (min{report.DASH}max).",
        "Server: bench/server.py, one asyncio process on 127.0.0.1, canned responses "
        "(table 7: bench/h2server.py, hypercorn over TLS).",
        "",
        report.render_targets(results, [t for t in targets() if only in (None, t.scenario)]),
    ]
    parts += [
        report.render_table(results, table)
        for table in tables(config)
        if only in (None, table.scenario)
    ]
    share = validation_share(results)
    if share:
        parts.append(share)
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="few rounds, small sizes")
    parser.add_argument("--rounds", type=int, help="override the number of rounds")
    parser.add_argument("--output", type=Path, default=RESULTS_DIR / "latest.md")
    parser.add_argument(
        "--only", choices=["import"], help="run this scenario alone (its table and targets)"
    )
    args = parser.parse_args(argv)
    config = QUICK if args.quick else FULL
    if args.rounds:
        config = dataclasses.replace(config, rounds=args.rounds)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    upload_file = RESULTS_DIR / f"upload-{config.upload_mb}mb.bin"
    if args.only is None:
        upload.create_file(upload_file, config.upload_mb * report.MB)

    results = Results()
    run_imports(results, config)
    if args.only is None:
        with BenchServer(config.stream_chunks) as server:
            run_rounds(results, config, server, upload_file)
        run_http2(results, config)

    text = render(results, config, args.quick, args.only)
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    raw = {
        "config": dataclasses.asdict(config),
        "samples": [dataclasses.asdict(s) for s in results.samples],
        "failures": {f"{s} / {c}": e for (s, c), e in results.failures.items()},
    }
    args.output.with_suffix(".json").write_text(json.dumps(raw, indent=1))
    if results.failures:
        print(f"{len(results.failures)} scenario(s) failed; see above.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
