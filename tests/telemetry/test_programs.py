"""The programs docs/telemetry.md quotes run and print what it shows; the overhead bench's
smoke run works (its figures are printed, never judged here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import spec_facts as facts

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> str:
    # A model of the document the suite runs on (the example's default may not be in it).
    env = {**os.environ, "MOONSHOT_DEMO_MODEL": facts.plain_model()}
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_spans_example_prints_a_chat_call_and_a_stream() -> None:
    out = _run("examples/telemetry_spans.py")
    spans = out.split("--- metrics")[0]
    assert spans.count("kind=CLIENT") == 2
    assert "event moonshot.retry" in spans
    assert "gen_ai.request.stream = true" in spans
    assert "gen_ai.response.time_to_first_chunk" in spans
    assert "sk-example" not in out
    for metric in (
        "gen_ai.client.token.usage [{token}] input",
        "gen_ai.client.operation.duration [s]",
        "gen_ai.client.operation.time_to_first_chunk [s]",
    ):
        assert metric in out


def test_the_overhead_bench_runs() -> None:
    out = _run("-m", "bench.telemetry", "--quick")
    rows = [line for line in out.splitlines() if line.startswith("| chat") or "stream (" in line]
    assert len(rows) == 2
    assert all(line.count("x)") == 4 for line in rows)
